import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GraphModel } from '../../src/graph.js';

const el = (nodes, edges) => ({
  nodes: nodes.map((id) => ({ data: { id } })),
  edges: edges.map(([s, t]) => ({ data: { id: `${s}-${t}`, source: s, target: t } })),
});

test('merge adds only new nodes and drops dangling edges', () => {
  const g = new GraphModel();
  assert.deepEqual(g.merge(el(['e1', 'v1'], [['e1', 'v1'], ['e9', 'v1']])), ['e1', 'v1']);
  assert.equal(g.edges.size, 1);
  assert.deepEqual(g.merge(el(['e1', 'e2'], [['e2', 'v1']])), ['e2']);
});

test('collapse removes leaves and undo restores them', () => {
  const g = new GraphModel();
  g.merge(el(['e1', 'v1', 'e2', 'v2', 'e3'], [['e1', 'v1'], ['e2', 'v1'], ['e2', 'v2'], ['e3', 'v2']]));
  const removed = g.collapse('v1');
  assert.deepEqual(removed, ['e1']);
  assert.ok(!g.nodes.has('e1'));
  assert.ok(g.nodes.has('e2'));
  assert.ok(g.undo());
  assert.ok(g.nodes.has('e1'));
  assert.equal(g.edges.size, 4);
});

test('a 2,000-element graph merges quickly', () => {
  const g = new GraphModel();
  const nodes = [], edges = [];
  for (let i = 0; i < 1000; i++) { nodes.push('e' + i); nodes.push('v' + i); edges.push(['e' + i, 'v' + i]); }
  const t0 = performance.now();
  g.merge(el(nodes, edges));
  assert.equal(g.nodes.size, 2000);
  assert.ok(performance.now() - t0 < 500);
  assert.equal(g.toJSON().elements.nodes.length, 2000);
});
