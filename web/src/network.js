// The actor network view: GET /api/v1/network for the time window (around
// seeds, or the top actors), drawn with Cytoscape: node size = events in the
// window, edge width = shared events, edge colour = mean Goldstein, edge
// label = the dominant types. Clicking an edge lists its events.
import cytoscape from 'cytoscape';
import { api } from './api.js';
import { goldsteinColor } from './vocab.js';
import { withSeed, seedOf } from './rng.js';

export function createNetwork({ container, entityStyle, onNode, onEdge, onTimings }) {
  let cy = null;
  let lastKey = '';
  function init() {
    cy = cytoscape({
      container, minZoom: 0.05, maxZoom: 4, wheelSensitivity: 0.3,
      style: [
        { selector: 'node', style: {
          label: 'data(label)', width: 'data(size)', height: 'data(size)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3,
          color: '#1d2430', 'text-background-color': '#f6f7f9', 'text-background-opacity': 0.8, 'text-background-padding': 1,
          'min-zoomed-font-size': 7, 'border-width': 1, 'border-color': '#fff',
          shape: (n) => entityStyle(n.data('type')).shape, 'background-color': (n) => entityStyle(n.data('type')).color } },
        { selector: 'node[?seed]', style: { 'border-width': 3, 'border-color': '#1d2430' } },
        { selector: 'edge', style: {
          width: 'data(width)', 'line-color': 'data(color)', 'curve-style': 'haystack', 'haystack-radius': 0, opacity: 0.8,
          label: 'data(tag)', 'font-size': 8, color: '#3d4757', 'text-rotation': 'autorotate', 'min-zoomed-font-size': 9,
          'text-background-color': '#fff', 'text-background-opacity': 0.7 } },
        { selector: ':selected', style: { 'border-width': 4, 'border-color': '#ffb400', 'line-color': '#ffb400', opacity: 1 } },
      ],
    });
    cy.on('tap', 'node', (e) => onNode(e.target.data()));
    cy.on('tap', 'edge', (e) => onEdge(e.target.data(), cy.$id(e.target.data('source')).data(), cy.$id(e.target.data('target')).data()));
  }

  // Loads and draws the network for `state`; returns the response. Keeps the
  // current drawing when nothing that shapes it changed.
  async function show(state, { positions = null } = {}) {
    if (!cy) init();
    const q = new URLSearchParams();
    if (state.netSeeds.length) q.set('seed', state.netSeeds.join(','));
    q.set('top', String(state.top || (state.netSeeds.length ? 40 : 60)));
    if (state.from) q.set('from', state.from);
    if (state.to) q.set('to', state.to);
    const key = q.toString();
    if (key === lastKey && !positions) { cy.resize(); return null; }
    const t0 = performance.now();
    const body = await api(`/network?${key}`);
    const t1 = performance.now();
    lastKey = key;
    const maxEvents = Math.max(1, ...body.elements.nodes.map((n) => n.data.events));
    const maxEdge = Math.max(1, ...body.elements.edges.map((e) => e.data.events));
    const nodes = body.elements.nodes.map((n) => ({ data: { ...n.data, size: 14 + 46 * Math.sqrt(n.data.events / maxEvents) } }));
    const edges = body.elements.edges.map((e) => ({ data: { ...e.data,
      width: 1 + 9 * Math.log1p(e.data.events) / Math.log1p(maxEdge), color: goldsteinColor(e.data.goldstein),
      tag: `${e.data.events} · ${e.data.dominant_types.slice(0, 2).join(', ')}` } }));
    cy.batch(() => { cy.elements().remove(); cy.add([...nodes, ...edges]); });
    if (positions) {
      cy.nodes().forEach((n) => { if (positions[n.id()]) n.position(positions[n.id()]); });
      cy.fit(undefined, 30);
    } else if (nodes.length) {
      withSeed(seedOf(nodes.map((n) => n.data.id)), () => cy.layout({
        name: 'fcose', quality: nodes.length > 150 ? 'default' : 'proof', randomize: true, animate: false,
        nodeRepulsion: 9000, idealEdgeLength: (e) => 140 - 80 * (e.data('events') / maxEdge), edgeElasticity: 0.3,
        nodeSeparation: 80, fit: true, padding: 30, packComponents: true }).run());
    }
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    onTimings?.({ fetch: t1 - t0, draw: performance.now() - t1, total: performance.now() - t0, nodes: nodes.length, edges: edges.length });
    return body;
  }

  return {
    show,
    get cy() { return cy; },
    positions: () => (cy ? Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }])) : {}),
    resize: () => cy?.resize(),
    invalidate: () => { lastKey = ''; },
  };
}
