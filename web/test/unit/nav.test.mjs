import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nearestInDirection } from '../../src/nav.js';

const pts = [{ id: 'r', x: 100, y: 5 }, { id: 'far', x: 300, y: 0 }, { id: 'd', x: 0, y: 80 }, { id: 'diag', x: 50, y: 60 }, { id: 'l', x: -40, y: -10 }];

test('arrow keys move to the nearest node in that direction', () => {
  const o = { x: 0, y: 0 };
  assert.equal(nearestInDirection(o, pts, 'ArrowRight'), 'r');
  assert.equal(nearestInDirection(o, pts, 'ArrowDown'), 'd');
  assert.equal(nearestInDirection(o, pts, 'ArrowLeft'), 'l');
  assert.equal(nearestInDirection(o, pts, 'ArrowUp'), '');
  assert.equal(nearestInDirection(o, pts, 'Enter'), '');
});
