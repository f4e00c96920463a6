import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeState, encodeState, emptyState } from '../../src/state.js';

test('state survives a round trip through the URL', () => {
  const s = { ...emptyState(), q: 'lavrov', seeds: [7, 12], selected: 'v4',
              hiddenEntityTypes: ['location'], hiddenEventTypes: ['statement'], country: 'RUS',
              from: '2025-01-01', to: '2025-08-31' };
  assert.deepEqual(decodeState(encodeState(s)), s);
});

test('an empty state is an empty query string', () => {
  assert.equal(encodeState(emptyState()), '');
});

test('malformed URL values are dropped, not trusted', () => {
  const s = decodeState('?seeds=7,x,9&sel=<script>&country=russia&from=yesterday&to=2025-08-31');
  assert.deepEqual(s.seeds, [7, 9]);
  assert.equal(s.selected, '');
  assert.equal(s.country, '');
  assert.equal(s.from, '');
  assert.equal(s.to, '2025-08-31');
});
