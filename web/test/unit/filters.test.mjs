import { test } from 'node:test';
import assert from 'node:assert/strict';
import { visibleIds, eventPasses, entityPasses, eventDates } from '../../src/filters.js';
import { emptyState } from '../../src/state.js';

// The seed article in miniature: Berlin (Dec) joins Zelenskyy and Witkoff,
// Anchorage (Aug) joins Putin and Trump, the Kremlin meeting (undated) joins
// Witkoff and Putin.
const nodes = [
  { id: 'e2', kind: 'entity', type: 'person', country: 'UKR' },
  { id: 'e6', kind: 'entity', type: 'person', country: 'USA' },
  { id: 'e5', kind: 'entity', type: 'person', country: 'USA' },
  { id: 'e14', kind: 'entity', type: 'person', country: 'RUS' },
  { id: 'e3', kind: 'entity', type: 'location', country: 'DEU' },
  { id: 'v1', kind: 'event', type: 'meeting', date: '2025-12-14' },
  { id: 'v6', kind: 'event', type: 'summit', date: '2025-08-15' },
  { id: 'v5', kind: 'event', type: 'meeting', date: null },
];
const edges = [
  { source: 'e2', target: 'v1' }, { source: 'e6', target: 'v1' },
  { source: 'e14', target: 'v6' }, { source: 'e5', target: 'v6' },
  { source: 'e6', target: 'v5' }, { source: 'e14', target: 'v5' },
];

test('no filters: everything is visible, including lone nodes', () => {
  const v = visibleIds(nodes, edges, emptyState());
  assert.equal(v.size, nodes.length);
});

test('a range ending before September hides Berlin and keeps Anchorage', () => {
  const s = { ...emptyState(), to: '2025-08-31' };
  const v = visibleIds(nodes, edges, s, ['e6']);
  assert.ok(v.has('v6'), 'Anchorage stays');
  assert.ok(!v.has('v1'), 'Berlin goes');
  assert.ok(!v.has('v5'), 'undated events cannot be placed in a range');
  assert.ok(!v.has('e2'), 'Zelenskyy only took part in Berlin');
  assert.ok(v.has('e6'), 'a pinned (expanded) entity stays');
  assert.ok(v.has('e14') && v.has('e5'));
});

test('a range starting in September hides Anchorage', () => {
  const v = visibleIds(nodes, edges, { ...emptyState(), from: '2025-09-01' });
  assert.ok(v.has('v1') && !v.has('v6') && !v.has('e5'));
});

test('event-type filter hides events and the entities that only they connect', () => {
  const v = visibleIds(nodes, edges, { ...emptyState(), hiddenEventTypes: ['summit'] });
  assert.ok(!v.has('v6'));
  assert.ok(!v.has('e5'), 'Trump only attends the summit');
  assert.ok(v.has('e14'), 'Putin still attends the Kremlin meeting');
});

test('entity-type filter hides that type; lone entities of other types stay', () => {
  const v = visibleIds(nodes, edges, { ...emptyState(), hiddenEntityTypes: ['location'] });
  assert.ok(!v.has('e3'));
  assert.ok(v.has('e2'));
});

test('country filter keeps that country’s entities and the events they are in', () => {
  const v = visibleIds(nodes, edges, { ...emptyState(), country: 'USA' });
  assert.deepEqual([...v].filter((id) => id.startsWith('e')).sort(), ['e5', 'e6']);
  assert.ok(v.has('v1') && v.has('v6') && v.has('v5'));
  const r = visibleIds(nodes, edges, { ...emptyState(), country: 'UKR' });
  assert.ok(r.has('v1') && !r.has('v6') && !r.has('v5'));
});

test('passes', () => {
  assert.equal(eventPasses(nodes[7], emptyState()), true);
  assert.equal(eventPasses(nodes[7], { ...emptyState(), from: '2020-01-01' }), false);
  assert.equal(entityPasses(nodes[0], { ...emptyState(), country: 'RUS' }), false);
});

test('event dates are distinct and sorted', () => {
  assert.deepEqual(eventDates([...nodes, { id: 'v9', kind: 'event', date: '2025-08-15' }]), ['2025-08-15', '2025-12-14']);
});

// Its speed is measured in bench/filters.bench.mjs, not asserted here.
test('filtering 2,000 elements keeps what passes', () => {
  const ns = [], es = [];
  for (let i = 0; i < 700; i++) ns.push({ id: 'e' + i, kind: 'entity', type: i % 3 ? 'person' : 'organization', country: i % 2 ? 'USA' : 'RUS' });
  for (let i = 0; i < 500; i++) ns.push({ id: 'v' + i, kind: 'event', type: 'meeting', date: `2025-${String(1 + (i % 12)).padStart(2, '0')}-01` });
  for (let i = 0; i < 800; i++) es.push({ source: 'e' + (i % 700), target: 'v' + (i % 500) });
  const v = visibleIds(ns, es, { ...emptyState(), to: '2025-06-30', country: 'USA' });
  assert.ok(v.size > 0 && v.size < 1200);
  for (const id of v) if (id.startsWith('e')) assert.equal(ns[Number(id.slice(1))].country, 'USA');
});

// Issue 16: the country filter hid NATO, the EU and the UN, which have no country.
test('the country filter keeps entities that have no country (international organisations)', () => {
  const nato = { id: 'e40', kind: 'entity', type: 'organization', country: null };
  const v = visibleIds([...nodes, nato], [...edges, { source: 'e40', target: 'v6' }], { ...emptyState(), country: 'RUS' });
  assert.ok(v.has('e40'), 'NATO stays');
  assert.ok(v.has('v6') && v.has('e14'));
  assert.equal(entityPasses(nato, { ...emptyState(), country: 'USA' }), true);
});
