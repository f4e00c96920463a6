// The path view: "how is A connected to B" — GET /api/v1/paths, each path
// drawn as a row from A to B (entities and the events that link them), and
// each hop's event listed; a click opens its evidence.
import cytoscape from 'cytoscape';
import { api } from './api.js';
import { picker } from './picker.js';

const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function createPaths({ host, entityStyle, palette, navigate, showEvent, showEntity }) {
  host.innerHTML = `<div class="pane-head"><h2>Paths</h2><div class="pickers"><div id="path-a"></div><div id="path-b"></div></div></div>
    <div class="paths-body"><div id="paths-cy" role="img" aria-label="The paths between the two actors"></div><div id="paths-list" aria-live="polite"></div></div>`;
  const pa = picker(host.querySelector('#path-a'), { label: 'From', onPick: (e) => navigate({ a: e.id }, true) });
  const pb = picker(host.querySelector('#path-b'), { label: 'To', onPick: (e) => navigate({ b: e.id }, true) });
  const list = host.querySelector('#paths-list');
  let cy = null, lastKey = '', hopEvents = [];
  list.addEventListener('click', (e) => {
    const b = e.target.closest('[data-event], [data-entity]');
    if (b?.dataset.event) showEvent(Number(b.dataset.event));
    else if (b?.dataset.entity) showEntity(Number(b.dataset.entity));
  });

  async function show(state) {
    const key = `${state.a}|${state.b}`;
    if (key === lastKey) { cy?.resize(); return; }
    lastKey = key;
    const [ea, eb] = await Promise.all([state.a ? api(`/entities/${state.a}`) : null, state.b ? api(`/entities/${state.b}`) : null]);
    if (key !== lastKey) return;  // a later show() owns the view
    // Picking the first actor must not wipe what is being typed into the second.
    pa.show(state.a, ea?.name); pb.show(state.b, eb?.name);
    if (!ea || !eb) { list.innerHTML = '<p class="hint">Pick two actors to see how they are connected.</p>'; hopEvents = []; cy?.elements().remove(); return; }
    list.innerHTML = '<p class="hint"><span class="spinner"></span> Searching…</p>';
    const r = await api(`/paths?from=${ea.id}&to=${eb.id}&k=5&max_depth=4`);
    if (key !== lastKey) return;
    const data = new Map(r.elements.nodes.map((n) => [n.data.id, n.data]));
    hopEvents = r.elements.nodes.filter((n) => n.data.kind === 'event').map((n) => n.data);
    if (!cy) {
      cy = cytoscape({ container: host.querySelector('#paths-cy'), minZoom: 0.2, maxZoom: 3, userPanningEnabled: true,
        style: [
          { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'text-valign': 'bottom', 'text-wrap': 'wrap', 'text-max-width': 110,
            width: 26, height: 26, color: '#1d2430' } },
          { selector: 'node[kind = "entity"]', style: { shape: (n) => entityStyle(n.data('type')).shape, 'background-color': (n) => entityStyle(n.data('type')).color } },
          { selector: 'node[kind = "event"]', style: { width: 16, height: 16, shape: (n) => palette().shape(n.data('type')), 'background-color': (n) => palette().color(n.data('type')) } },
          { selector: 'edge', style: { width: 1.5, 'line-color': '#9aa6b8' } },
        ] });
      cy.on('tap', 'node', (e) => (e.target.data('kind') === 'event' ? showEvent(e.target.data('event_id')) : showEntity(e.target.data('entity_id'))));
    }
    const pos = new Map();
    r.paths.forEach((p, row) => p.nodes.forEach((id, col) => { if (!pos.has(id)) pos.set(id, { x: col * 130, y: row * 90 }); }));
    cy.batch(() => {
      cy.elements().remove();
      cy.add([...r.elements.nodes.map((n) => ({ data: n.data, position: pos.get(n.data.id) || { x: 0, y: 0 } })), ...r.elements.edges]);
    });
    cy.fit(undefined, 30);
    const hop = (id) => {
      const d = data.get(id);
      return d.kind === 'entity' ? `<button class="linklike" data-entity="${d.entity_id}">${esc(d.name)}</button>`
        : `<button class="linklike hop" data-event="${d.event_id}">${esc(d.type)}${d.date ? ' ' + esc(d.date) : ''}</button>`;
    };
    list.innerHTML = r.paths.length
      ? `<h3>${r.paths.length} shortest path${r.paths.length > 1 ? 's' : ''} of ${r.paths[0].length} hop${r.paths[0].length > 1 ? 's' : ''}</h3><ol class="paths">`
        + r.paths.map((p) => `<li>${p.nodes.map(hop).join(' → ')}</li>`).join('') + '</ol>'
        + (r.truncated ? '<p class="hint small">The search stopped at its cap; longer connections may exist.</p>' : '')
      : `<p class="hint">No connection within 4 hops${r.truncated ? ' (the search stopped at its cap)' : ''}.</p>`;
  }
  return { show, events: () => hopEvents, resize: () => cy?.resize() };
}
