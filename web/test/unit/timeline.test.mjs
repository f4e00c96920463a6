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
  assert.match(timelineSvg([]), /No events dated/);
});

// Issue 16: the server sends year-only periods ("1942") among months for the
// busiest actors; the chart read "1942-undefined … 1942-NaN" and drew nothing.
test('year-only periods among months: the months are drawn, the rest counted apart', () => {
  const svg = timelineSvg([{ period: '1942', counts: { statement: 2 } }, { period: '2022-01', counts: { meeting: 1 } },
    { period: '2022-03', counts: { call: 4 } }], { bucket: 'month' });
  assert.doesNotMatch(svg, /undefined|NaN/);
  assert.equal((svg.match(/<rect /g) || []).length, 2);
  assert.match(svg, /aria-label="5 events by month, 2022-01 to 2022-03"/);
  assert.match(svg, /2 events dated only to the year/);
});

test('labels are escaped', () => {
  assert.doesNotMatch(timelineSvg([{ period: '<x>', counts: { '<b>': 1 } }]), /<x>|<b>/);
});
