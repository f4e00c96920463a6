import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeState, encodeState, emptyState, parseExpansion } from '../../src/state.js';

test('state survives a round trip through the URL', () => {
  const s = { ...emptyState(), q: 'lavrov', expanded: ['e7', 'e6:260', 'v1'], removed: ['v2', 'v5'], selected: 'v4',
              hiddenEntityTypes: ['location'], hiddenEventTypes: ['statement'], country: 'RUS',
              from: '2025-01-01', to: '2025-08-31' };
  assert.deepEqual(decodeState(encodeState(s)), s);
});

test('the query string is readable and stable', () => {
  const s = { ...emptyState(), expanded: ['e7', 'v1'], to: '2025-08-15', hiddenEventTypes: ['summit', 'meeting'] };
  assert.equal(encodeState(s), '?x=e7,v1&hide_vt=meeting,summit&to=2025-08-15');
});

test('an empty state is an empty query string', () => {
  assert.equal(encodeState(emptyState()), '');
  assert.deepEqual(decodeState(''), emptyState());
});

test('the older seeds= form reads as expanded entities', () => {
  assert.deepEqual(decodeState('?seeds=7,12&x=v1').expanded, ['e7', 'e12', 'v1']);
});

test('malformed URL values are dropped, not trusted', () => {
  const s = decodeState('?x=e7,x,v9,e1:abc,<b>&drop=e2,zz&sel=<script>&country=russia&from=yesterday&to=2025-08-31&hide_vt=ok,Bad%20Type');
  assert.deepEqual(s.expanded, ['e7', 'v9']);
  assert.deepEqual(s.removed, ['e2']);
  assert.equal(s.selected, '');
  assert.equal(s.country, '');
  assert.equal(s.from, '');
  assert.equal(s.to, '2025-08-31');
  assert.deepEqual(s.hiddenEventTypes, ['ok']);
});

test('a reversed range is put in order', () => {
  const s = decodeState('?from=2025-12-01&to=2025-08-01');
  assert.equal(s.from, '2025-08-01');
  assert.equal(s.to, '2025-12-01');
});

test('expansions carry an optional cap', () => {
  assert.deepEqual(parseExpansion('e7:260'), { id: 'e7', limit: 260 });
  assert.deepEqual(parseExpansion('v1'), { id: 'v1', limit: 0 });
});

// Issue 16: a date range starting on a month-only date was dropped from the URL on reload.
test('a month-only or year-only bound survives the URL, widened to its month or year', () => {
  const s = decodeState('?from=2022-03&to=2022');
  assert.equal(s.from, '2022-03-01');
  assert.equal(s.to, '2022-12-31');
  assert.deepEqual(decodeState(encodeState(s)), s);
});

test('views, dyads, network seeds and the map place round-trip', () => {
  const s = { ...emptyState(), view: 'network', netSeeds: [7, 12], top: 200, from: '2022-01-01', to: '2022-01-31' };
  assert.deepEqual(decodeState(encodeState(s)), s);
  const d = { ...emptyState(), view: 'dyad', a: 7, b: 12, place: 3 };
  assert.deepEqual(decodeState(encodeState(d)), d);
  assert.equal(decodeState('?view=nope&a=x').view, '');
});
