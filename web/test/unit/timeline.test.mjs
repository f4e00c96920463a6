import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timelineSvg, fillPeriods } from '../../src/timeline.js';

test('month buckets are filled so gaps show', () => {
  const s = fillPeriods([{ period: '2025-08', counts: { summit: 1 } }, { period: '2025-12', counts: { meeting: 2 } }], 'month');
  assert.deepEqual(s.map((x) => x.period), ['2025-08', '2025-09', '2025-10', '2025-11', '2025-12']);
  assert.deepEqual(fillPeriods([{ period: '2024-12', counts: {} }, { period: '2025-01', counts: {} }], 'month').length, 2);
});

test('the chart stacks one rect per type and period, labelled for screen readers', () => {
  const svg = timelineSvg([{ period: '2025-12', counts: { meeting: 2, statement: 3 } }, { period: '2025-08', counts: { summit: 1 } }],
    { color: (t) => (t === 'meeting' ? '#123456' : '#abcdef') });
  assert.equal((svg.match(/<rect /g) || []).length, 3);
  assert.match(svg, /aria-label="6 events by month, 2025-08 to 2025-12"/);
  assert.match(svg, /fill="#123456"/);
  assert.match(svg, /<title>2025-12: 3 statement<\/title>/);
});

test('an empty series says so', () => {
  assert.match(timelineSvg([]), /No dated events/);
});

test('labels are escaped', () => {
  assert.doesNotMatch(timelineSvg([{ period: '<x>', counts: { '<b>': 1 } }]), /<x>|<b>/);
});
