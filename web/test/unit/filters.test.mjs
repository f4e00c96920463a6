import { test } from 'node:test';
import assert from 'node:assert/strict';
import { visibleIds, eventVisible, eventDates } from '../../src/filters.js';
import { emptyState } from '../../src/state.js';

const nodes = [
  { id: 'e1', kind: 'entity', type: 'person', country: 'UKR' },
  { id: 'e2', kind: 'entity', type: 'person', country: 'USA' },
  { id: 'e3', kind: 'entity', type: 'location', country: 'DEU' },
  { id: 'v1', kind: 'event', type: 'meeting', date: '2025-12-14' },
  { id: 'v2', kind: 'event', type: 'summit', date: '2025-08-15' },
  { id: 'v3', kind: 'event', type: 'statement', date: null },
];
const edges = [
  { source: 'e1', target: 'v1' }, { source: 'e2', target: 'v1' },
  { source: 'e2', target: 'v2' }, { source: 'e3', target: 'v3' },
];

test('a time range ending before September hides December events and their lone entities', () => {
  const s = { ...emptyState(), to: '2025-08-31' };
  const v = visibleIds(nodes, edges, s, [2]);
  assert.ok(v.has('v2'));
  assert.ok(!v.has('v1'));
  assert.ok(!v.has('v3'), 'undated events cannot be placed in a range');
  assert.ok(v.has('e2'));
  assert.ok(!v.has('e1'));
});

test('type and country filters', () => {
  const s = { ...emptyState(), hiddenEventTypes: ['summit'], hiddenEntityTypes: ['location'] };
  const v = visibleIds(nodes, edges, s);
  assert.ok(!v.has('v2'));
  assert.ok(!v.has('e3'));
  assert.ok(v.has('e1'));
  const byCountry = visibleIds(nodes, edges, { ...emptyState(), country: 'USA' });
  assert.ok(byCountry.has('e2') && !byCountry.has('e1'));
  assert.equal(eventVisible(nodes[3], emptyState()), true);
});

test('event dates are distinct and sorted', () => {
  assert.deepEqual(eventDates(nodes), ['2025-08-15', '2025-12-14']);
});
