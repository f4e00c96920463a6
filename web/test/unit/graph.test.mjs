import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GraphModel, capElements } from '../../src/graph.js';

const el = (nodes, edges) => ({
  nodes: nodes.map((n) => ({ data: typeof n === 'string' ? { id: n } : n })),
  edges: edges.map(([s, t]) => ({ data: { id: `${s}-${t}`, source: s, target: t } })),
});

test('merge adds only new nodes, updates data and drops dangling edges', () => {
  const g = new GraphModel();
  assert.deepEqual(g.merge(el(['e1', 'v1'], [['e1', 'v1'], ['e9', 'v1']])), ['e1', 'v1']);
  assert.equal(g.edges.size, 1);
  assert.deepEqual(g.merge(el([{ id: 'e1', degree: 3 }, 'e2'], [['e2', 'v1']])), ['e2']);
  assert.equal(g.nodes.get('e1').degree, 3);
  assert.equal(g.edges.size, 2);
});

test('"show N more" counts neighbours not on screen from the degree, else the server’s hidden map', () => {
  const g = new GraphModel();
  g.merge(el([{ id: 'e1', degree: 5 }, 'v1', 'v2', { id: 'e2' }], [['e1', 'v1'], ['e1', 'v2'], ['e2', 'v1']]), { e2: 4 });
  assert.equal(g.more('e1'), 3);
  assert.equal(g.more('e2'), 4);
  assert.equal(g.more('v1'), 0);
  assert.equal(g.more('nope'), 0);
  g.merge(el(['v3', 'v4', 'v5'], [['e1', 'v3'], ['e1', 'v4'], ['e1', 'v5']]));
  assert.equal(g.more('e1'), 0, 'all five on screen now');
});

test('collapse removes leaves only, remembers them, and undo restores everything', () => {
  const g = new GraphModel();
  g.merge(el(['e1', 'v1', 'e2', 'v2', 'e3'], [['e1', 'v1'], ['e2', 'v1'], ['e2', 'v2'], ['e3', 'v2']]));
  g.markExpanded('v1');
  const removed = g.collapse('v1');
  assert.deepEqual(removed, ['e1']);
  assert.ok(!g.nodes.has('e1') && g.nodes.has('e2'));
  assert.ok(g.removed.has('e1'));
  assert.ok(!g.expanded.has('v1'));
  assert.equal(g.edges.size, 3);
  assert.ok(g.undo());
  assert.ok(g.nodes.has('e1') && !g.removed.has('e1') && g.expanded.has('v1'));
  assert.equal(g.edges.size, 4);
});

test('collapsing an entity removes what its expansion brought, two hops out', () => {
  // Lavrov's part of the graph, then Witkoff's expansion: Berlin with
  // Zelenskyy, the Kremlin meeting with Putin.
  const g = new GraphModel();
  g.merge(el(['e7', 'v4', 'v2'], [['e7', 'v4'], ['e7', 'v2']]));
  g.markExpanded('e7');
  g.merge(el(['e6', 'v1', 'e2', 'v10', 'e14'], [['e6', 'v1'], ['e2', 'v1'], ['e6', 'v10'], ['e14', 'v10']]));
  g.markExpanded('e6');
  assert.deepEqual(g.collapse('e6').sort(), ['e14', 'e2', 'v1', 'v10']);
  assert.deepEqual([...g.nodes.keys()].sort(), ['e6', 'e7', 'v2', 'v4']);
  g.undo();
  g.markExpanded('e14');
  assert.deepEqual(g.collapse('e6').sort(), ['e2', 'v1'], 'Putin was expanded himself: his part stays');
});

test('collapse keeps leaves that were expanded themselves', () => {
  const g = new GraphModel();
  g.merge(el(['e1', 'v1', 'v2'], [['e1', 'v1'], ['e1', 'v2']]));
  g.markExpanded('v2');
  assert.deepEqual(g.collapse('e1'), ['v1']);
});

test('collapsed-away nodes stay away on later merges unless forced', () => {
  const g = new GraphModel();
  g.merge(el(['e1', 'v1', 'v2'], [['e1', 'v1'], ['e1', 'v2']]));
  g.remove(['v2']);
  assert.deepEqual(g.merge(el(['e1', 'v2'], [['e1', 'v2']])), []);
  assert.ok(!g.nodes.has('v2'));
  assert.deepEqual(g.merge(el(['e1', 'v2'], [['e1', 'v2']]), {}, { force: true }), ['v2']);
  assert.ok(!g.removed.has('v2'));
});

test('undo walks back step by step; merge without record leaves no undo point', () => {
  const g = new GraphModel();
  g.merge(el(['a'], []), {}, { record: false });
  assert.equal(g.canUndo(), false);
  g.merge(el(['b'], []));
  g.merge(el(['c'], []));
  g.undo();
  assert.deepEqual([...g.nodes.keys()], ['a', 'b']);
  g.undo();
  assert.deepEqual([...g.nodes.keys()], ['a']);
  assert.equal(g.undo(), false);
  g.clear();
  assert.equal(g.nodes.size, 0);
  g.undo();
  assert.equal(g.nodes.size, 1);
});

test('the undo stack is bounded', () => {
  const g = new GraphModel();
  for (let i = 0; i < 80; i++) g.merge(el(['n' + i], []));
  assert.equal(g.history.length, g.maxHistory);
});

test('expansions are listed in order with their caps, for the URL', () => {
  const g = new GraphModel();
  g.markExpanded('e7');
  g.markExpanded('v1');
  g.markExpanded('e7', 260);
  assert.deepEqual(g.expansions(), ['e7:260', 'v1']);
});

test('a 2,000-element graph merges, counts and collapses quickly', () => {
  const g = new GraphModel();
  const nodes = [], edges = [];
  for (let i = 0; i < 800; i++) nodes.push({ id: 'e' + i, degree: 3 });
  for (let i = 0; i < 400; i++) nodes.push({ id: 'v' + i });
  for (let i = 0; i < 800; i++) edges.push(['e' + i, 'v' + (i % 400)]);
  const t0 = performance.now();
  g.merge(el(nodes, edges));
  assert.equal(g.nodes.size + g.edges.size, 2000);
  assert.equal(g.more('e0'), 2);
  g.collapse('v0');
  assert.equal(g.nodes.size, 1198);
  assert.ok(g.undo());
  assert.equal(g.toJSON().elements.nodes.length, 1200);
  assert.ok(performance.now() - t0 < 1000);
});

// Issue 16: around a busy actor the canvas grew past any cap (849 nodes for
// Putin with x=e…:1000); an expansion is now trimmed to the room left.
test('capElements keeps whole events within the room left, in order', () => {
  const n = (id, kind) => ({ data: { id, kind } });
  const ed = (s, t) => ({ data: { id: `${s}-${t}`, source: s, target: t } });
  const elements = {
    nodes: [n('e1', 'entity'), n('v1', 'event'), n('e2', 'entity'), n('v2', 'event'), n('e3', 'entity'), n('e4', 'entity'), n('v3', 'event')],
    edges: [ed('e1', 'v1'), ed('e2', 'v1'), ed('e1', 'v2'), ed('e3', 'v2'), ed('e4', 'v2'), ed('e1', 'v3'), ed('e2', 'v3')],
  };
  const present = new Set(['e1']);
  // Room 3: v1 with e2 (2 new), then v2 would need 3 more: skipped; v3 needs 1 (e2 is kept).
  const r = capElements(elements, present, 3);
  assert.deepEqual(r.elements.nodes.map((x) => x.data.id).sort(), ['e1', 'e2', 'v1', 'v3']);
  assert.equal(r.dropped, 3);
  for (const e of r.elements.edges) assert.ok(['e1', 'e2', 'v1', 'v3'].includes(e.data.source) && ['e1', 'e2', 'v1', 'v3'].includes(e.data.target));
  // No event is kept without all its participants.
  const all = capElements(elements, present, 100);
  assert.equal(all.dropped, 0);
  assert.equal(all.elements.nodes.length, 7);
  assert.equal(capElements(elements, present, 0).elements.nodes.length, 1, 'no room: only what is there');
});
