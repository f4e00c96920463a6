// Parley's browser UI, an analyst's workbench: a start page; the evidence
// view (a Cytoscape canvas of entities and events, details with evidence,
// the document view); the actor network, dyad, path and map views; a time
// bar whose window every view follows; filters, a shareable URL with
// Back/Forward between views, saved views, PNG/JSON/CSV exports, a token
// prompt. The logic that can live without the DOM is in plain modules
// (state, filters, graph, text, timeline, timebar, vocab, csv, rng).
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { api, setTokenPrompt } from './api.js';
import { decodeState, encodeState, parseExpansion, ENTITY_TYPES, emptyState } from './state.js';
import { visibleIds } from './filters.js';
import { segments } from './text.js';
import { GraphModel, capElements } from './graph.js';
import { timelineSvg } from './timeline.js';
import { nearestInDirection } from './nav.js';
import { ENTITY_STYLE, entityStyle, nodeLabel } from './styles.js';
import { buildPalette } from './vocab.js';
import { withSeed, seedOf } from './rng.js';
import { eventsCsv } from './csv.js';
import { datedCounts, pairEvents } from './aggregate.js';
import { createTimebar } from './timebar-view.js';
import { createNetwork } from './network.js';
import { createDyad } from './dyad.js';
import { createPaths } from './paths.js';
import { createMap } from './map.js';
import { createStart } from './start.js';

cytoscape.use(fcose);

const EXPAND_CAP = 60;   // neighbours fetched per expansion; "show N more" fetches more
const MORE_STEP = 200;
// Nodes on the evidence canvas at most: past this an event graph is a
// hairball; the actor network aggregates instead.
const EVIDENCE_CAP = 600;
let palette = buildPalette(null);
const eventColor = (t) => palette.color(t);

const $ = (id) => document.getElementById(id);
const model = new GraphModel();
let state = decodeState(location.search);
let cy;
let lastDates = [];
const timings = {};

// ---- small helpers -----------------------------------------------------------

function escapeHtml(s) {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

function setStatus(text, error = false) {
  $('status').textContent = text;
  $('status').classList.toggle('error', error);
}

let busyCount = 0;
async function busy(promise) {
  busyCount++;
  $('busy').hidden = false;
  $('cy').setAttribute('aria-busy', 'true');
  try { return await promise; } finally {
    if (--busyCount === 0) { $('busy').hidden = true; $('cy').removeAttribute('aria-busy'); }
  }
}

function saveUrl() {
  state.expanded = model.expansions();
  state.removed = [...model.removed];
  const url = location.pathname + encodeState(state) + location.hash;
  if (url !== location.pathname + location.search + location.hash) history.replaceState(history.state, '', url);
}

// The evidence canvas's node positions ride on the history entry, so a
// reload (or Back to it) shows the very picture that was left, not a fresh
// layout of the same nodes. A link opened elsewhere gets the seeded layout.
function savePositions() {
  if (!cy || !cy.nodes().length) return;
  const positions = {};
  cy.nodes().forEach((n) => { const p = n.position(); positions[n.id()] = { x: p.x, y: p.y }; });
  history.replaceState({ ...(history.state || {}), positions }, '', location.href);
}
const entryPositions = () => (history.state && history.state.positions) || null;

const pinned = () => [...model.expanded.keys(), state.selected].filter(Boolean);

// ---- canvas ---------------------------------------------------------------------

function initCanvas() {
  cy = cytoscape({
    container: $('cy'),
    wheelSensitivity: 0.3,
    minZoom: 0.03,
    maxZoom: 4,
    textureOnViewport: false,
    hideEdgesOnViewport: false,
    style: [
      { selector: 'node', style: { label: 'data(display)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3,
        'text-wrap': 'ellipsis', 'text-max-width': 140, width: 28, height: 28, 'border-width': 1, 'border-color': '#fff',
        color: '#1d2430', 'text-background-color': '#f6f7f9', 'text-background-opacity': 0.7, 'text-background-padding': 1,
        'min-zoomed-font-size': 7 } },
      ...Object.entries(ENTITY_STYLE).map(([t, s]) => ({
        selector: `node[kind = "entity"][type = "${t}"]`, style: { shape: s.shape, 'background-color': s.color } })),
      // Entities sized by their event count (a busy actor is visibly bigger);
      // events shaped by quad class and coloured by type (vocabulary).
      { selector: 'node[kind = "entity"]', style: { width: (n) => entitySize(n.data('degree')), height: (n) => entitySize(n.data('degree')) } },
      { selector: 'node[kind = "event"]', style: { shape: (n) => palette.shape(n.data('type')), width: 18, height: 18, 'font-size': 9, color: '#3d4757',
        'background-color': (n) => eventColor(n.data('type')) } },
      { selector: 'node[more > 0]', style: { 'border-width': 3, 'border-style': 'double', 'border-color': '#5a6478' } },
      { selector: 'edge', style: { width: 1.2, 'line-color': '#b8c2d1', 'curve-style': 'haystack', 'haystack-radius': 0,
        label: 'data(role)', 'font-size': 7, color: '#8a94a6', 'text-rotation': 'autorotate', 'min-zoomed-font-size': 8 } },
      { selector: 'edge[role = "source"], edge[role = "speaker"]', style: { 'line-color': '#8fa3c4' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#ffb400', 'border-style': 'solid' } },
      { selector: '.hidden', style: { display: 'none' } },
    ],
  });
  cy.on('tap', 'node', (e) => select(e.target.id()));
  cy.on('dragfree', 'node', savePositions);
  cy.on('dbltap', 'node', (e) => expandNode(e.target.id()));
  cy.on('tap', (e) => { if (e.target === cy) select(''); });
  // Keyboard: with the canvas focused, arrows move the selection to the
  // nearest node that way, Enter expands, +/- zoom, 0 fits.
  $('cy').addEventListener('keydown', (e) => {
    const shown = cy.nodes().filter((n) => !n.hasClass('hidden'));
    if (!shown.length) return;
    if (e.key.startsWith('Arrow')) {
      e.preventDefault();
      const cur = state.selected && cy.$id(state.selected).nonempty() ? cy.$id(state.selected) : null;
      let next = '';
      if (!cur) next = shown[0].id();
      else next = nearestInDirection(cur.position(), shown.filter((n) => n.id() !== cur.id()).map((n) => ({ id: n.id(), ...n.position() })), e.key);
      if (next) { select(next); if (!inView(cy.$id(next))) cy.center(cy.$id(next)); }
    } else if (e.key === 'Enter' && state.selected) { e.preventDefault(); expandNode(state.selected); }
    else if (e.key === '+' || e.key === '=') cy.zoom({ level: cy.zoom() * 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    else if (e.key === '-') cy.zoom({ level: cy.zoom() / 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    else if (e.key === '0') cy.fit(shown, 30);
  });
}

function entitySize(degree) {
  return Math.round(22 + 8 * Math.log10(1 + Math.max(0, Number(degree) || 0)) * 2);
}

function inView(n) {
  const p = n.renderedPosition();
  return p.x > 0 && p.y > 0 && p.x < cy.width() && p.y < cy.height();
}

// Brings Cytoscape in line with the model; lays out when nodes were added,
// placing new ones around `anchor` first so the picture does not jump.
function render({ added = [], anchor = '', layoutAll = false } = {}) {
  const t0 = performance.now();
  const want = new Set([...model.nodes.keys(), ...model.edges.keys()]);
  const existing = new Set(cy.elements().map((e) => e.id()));
  const first = existing.size === 0;
  cy.batch(() => {
    cy.elements().filter((e) => !want.has(e.id())).remove();
    const add = [];
    const fresh = [...model.nodes.values()].filter((d) => !existing.has(d.id));
    const pos = placeNew(fresh.map((d) => d.id), anchor, existing);
    for (const data of fresh) add.push({ group: 'nodes', data: { ...data }, position: pos.get(data.id) });
    for (const data of model.edges.values()) if (!existing.has(data.id)) add.push({ group: 'edges', data: { ...data } });
    cy.add(add);
    cy.nodes().forEach((n) => {
      const d = model.nodes.get(n.id());
      const more = model.more(n.id());
      if (n.data('more') !== more) n.data('more', more);
      const display = nodeLabel(d, more);
      if (n.data('display') !== display) n.data('display', display);
    });
  });
  applyFilters();
  if (layoutAll || first || added.length) layout({ randomize: first || layoutAll, fitAfter: first || added.length > 20 });
  $('undo').disabled = !model.canUndo();
  $('empty').hidden = model.nodes.size > 0 || state.view !== 'evidence';
  timings.render = performance.now() - t0;
  updateStatus();
  savePositions();
}

// Starting positions for new nodes: a fan around the anchor, facing away
// from the rest of the graph, events on an inner ring and the entities they
// bring on an outer ring behind them. The layout then only refines.
function placeNew(ids, anchor, existing) {
  const pos = new Map();
  const fresh = new Set(ids);
  const old = cy.nodes().filter((n) => existing.has(n.id()) && n.id() !== anchor);
  let a = anchor && cy.$id(anchor).nonempty() ? { ...cy.$id(anchor).position() } : null;
  if (!a && fresh.has(anchor) && old.length) { // a new anchor goes beside the current picture
    const bb = old.boundingBox();
    a = { x: bb.x2 + 220, y: (bb.y1 + bb.y2) / 2 };
    pos.set(anchor, a);
  }
  if (!a || !ids.length) return pos;
  let dir = Math.random() * 2 * Math.PI;
  if (old.length) {
    const c = old.reduce((acc, n) => ({ x: acc.x + n.position('x') / old.length, y: acc.y + n.position('y') / old.length }), { x: 0, y: 0 });
    if (Math.hypot(a.x - c.x, a.y - c.y) > 1) dir = Math.atan2(a.y - c.y, a.x - c.x);
  }
  const adj = model.adjacency();
  const ring1 = (adj.get(anchor) || []).filter((n) => fresh.has(n));
  const spread = old.length ? (4 * Math.PI) / 3 : 2 * Math.PI;
  const angleOf = new Map();
  ring1.forEach((id, i) => {
    const t = dir + (ring1.length === 1 ? 0 : (i / (ring1.length - (old.length ? 1 : 0)) - 0.5) * spread);
    angleOf.set(id, t);
    pos.set(id, { x: a.x + 100 * Math.cos(t), y: a.y + 100 * Math.sin(t) });
  });
  let k = 0;
  for (const id of ids) {
    if (pos.has(id) || id === anchor) continue;
    const parent = (adj.get(id) || []).find((n) => angleOf.has(n));
    const t = (parent ? angleOf.get(parent) : dir) + ((k++ % 3) - 1) * 0.35;
    const base = parent ? pos.get(parent) : a;
    pos.set(id, { x: base.x + 90 * Math.cos(t), y: base.y + 90 * Math.sin(t) });
  }
  return pos;
}

// What went wrong rebuilding the view from its URL; the status line keeps
// it (instead of a node count) until the user expands something.
let restoreProblem = '';

function updateStatus() {
  if (restoreProblem) return setStatus(restoreProblem, true);
  const shown = cy.nodes().filter((n) => !n.hasClass('hidden')).length;
  const total = model.nodes.size;
  setStatus(total ? `${shown} of ${total} nodes shown, ${model.edges.size} edges` : '');
}

function layout({ randomize = false, fitAfter = true } = {}) {
  const n = cy.nodes().length;
  if (!n) return;
  const t0 = performance.now();
  const eles = cy.elements().not('.hidden');
  // Packing disconnected components costs most of the time on big graphs
  // (≈0.65 s of ≈1 s at 1,200 nodes), so it is left out there.
  const opts = n > 800
    ? { name: 'fcose', quality: 'default', randomize: true, animate: false, packComponents: false, numIter: 1000,
        nodeRepulsion: 4500, idealEdgeLength: 40, fit: fitAfter, padding: 20 }
    : { name: 'fcose', quality: n > 300 ? 'default' : 'proof', randomize, animate: false, nodeRepulsion: 6000,
        idealEdgeLength: 70, nodeSeparation: 60, fit: fitAfter, padding: 30, packComponents: true };
  // Seeded by the elements, so a reloaded link gets the same picture.
  withSeed(seedOf(eles.nodes().map((x) => x.id())), () => eles.layout(opts).run());
  if (fitAfter || n < 400) {
    cy.fit(eles, 30);
    if (cy.zoom() > 1.4) { cy.zoom(1.4); cy.center(eles); }
  }
  timings.layout = performance.now() - t0;
}

// ---- filters and the time range ------------------------------------------------------

function applyFilters() {
  const t0 = performance.now();
  const nodes = [...model.nodes.values()];
  const visible = visibleIds(nodes, [...model.edges.values()], state, pinned());
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const hide = !visible.has(n.id());
      if (n.hasClass('hidden') !== hide) n.toggleClass('hidden', hide);
    });
  });
  timings.filter = performance.now() - t0;
  refreshFilterControls(nodes);
  saveUrl();
  if (cy) updateStatus();
}

function refreshFilterControls(nodes) {
  const eventTypes = [...new Set([...nodes.filter((n) => n.kind === 'event').map((n) => n.type), ...state.hiddenEventTypes])].sort();
  const counts = {};
  for (const n of nodes) if (n.kind === 'event') counts[n.type] = (counts[n.type] || 0) + 1;
  $('event-types').innerHTML = eventTypes.map((t) =>
    `<label><input type="checkbox" data-vt="${escapeHtml(t)}" ${state.hiddenEventTypes.includes(t) ? '' : 'checked'}>`
    + `<span class="swatch tag" style="background:${eventColor(t)}"></span>${escapeHtml(t)} <span class="hint">${counts[t] || 0}</span></label>`).join('')
    || '<span class="hint">none on screen yet</span>';
  const countries = [...new Set(nodes.map((n) => n.country).filter(Boolean))];
  if (state.country && !countries.includes(state.country)) countries.push(state.country);
  countries.sort();
  const sel = $('country');
  const html = '<option value="">any</option>' + countries.map((c) =>
    `<option value="${escapeHtml(c)}" ${c === state.country ? 'selected' : ''}>${escapeHtml(c)}</option>`).join('');
  if (sel.dataset.html !== html) { sel.innerHTML = html; sel.dataset.html = html; }
  sel.value = state.country;

  $('cy').dataset.dates = [...new Set(nodes.filter((n) => n.kind === 'event' && n.date).map((n) => n.date))].sort().join(',');
}

function initFilters() {
  $('entity-types').innerHTML = ENTITY_TYPES.map((t) =>
    `<label><input type="checkbox" data-et="${t}" ${state.hiddenEntityTypes.includes(t) ? '' : 'checked'}>`
    + `${shapeSvg(entityStyle(t).shape, entityStyle(t).color)}${t}</label>`).join('');
  $('filters').addEventListener('change', (e) => {
    const t = e.target;
    if (t.dataset.et) toggle(state.hiddenEntityTypes, t.dataset.et, !t.checked);
    else if (t.dataset.vt) toggle(state.hiddenEventTypes, t.dataset.vt, !t.checked);
    else if (t.id === 'country') state.country = t.value;
    else return;
    applyFilters();
  });
  drawLegend();
}

// The legend: entity shapes, then every event type of the vocabulary with
// its shape (by quad class) and colour.
function drawLegend() {
  const byQuad = new Map();
  for (const t of palette.types) { if (!byQuad.has(t.quad)) byQuad.set(t.quad, []); byQuad.get(t.quad).push(t); }
  $('legend').innerHTML =
    Object.entries(ENTITY_STYLE).map(([t, s]) => `<li>${shapeSvg(s.shape, s.color)}${t}</li>`).join('')
    + `<li>${shapeSvg('double', '#fff')}has more</li>`
    + [...byQuad.entries()].sort(([a], [b]) => a - b).map(([q, list]) => `<li class="head">Events: ${escapeHtml(palette.quadName(q))}</li>`
      + list.map((t) => `<li class="ev" data-type="${escapeHtml(t.name)}" title="${escapeHtml(t.description || '')}">${shapeSvg(t.shape, t.color)}${escapeHtml(t.label || t.name)}</li>`).join('')).join('');
}

function shapeSvg(shape, color) {
  const paths = {
    ellipse: '<circle cx="7" cy="7" r="6"/>',
    'round-rectangle': '<rect x="1" y="2" width="12" height="10" rx="3"/>',
    hexagon: '<polygon points="4,1 10,1 13,7 10,13 4,13 1,7"/>',
    diamond: '<polygon points="7,0 14,7 7,14 0,7"/>',
    triangle: '<polygon points="7,1 13,13 1,13"/>',
    'round-tag': '<polygon points="1,2 9,2 13,7 9,12 1,12"/>',
    double: '<circle cx="7" cy="7" r="5.5" stroke="#5a6478" stroke-width="2.5"/>',
  };
  return `<svg class="shape" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" fill="${color}" stroke="#0003">${paths[shape] || paths.ellipse}</svg>`;
}

function toggle(arr, value, on) {
  const i = arr.indexOf(value);
  if (on && i < 0) arr.push(value);
  if (!on && i >= 0) arr.splice(i, 1);
}

// ---- loading and expanding -------------------------------------------------------------

// Fetches a node's neighbours and merges them. Entities: GET /graph around
// them (capped; `limit` raises the cap for "show N more"). Events: their
// participants from GET /events/{id}.
async function fetchExpansion(id, limit) {
  if (id.startsWith('e')) {
    const g = await api(`/graph?seed=${id.slice(1)}&depth=1&limit=${limit || EXPAND_CAP}`);
    return { elements: g.elements, hidden: g.hidden || {}, truncated: g.truncated };
  }
  const ev = await api(`/events/${id.slice(1)}`);
  return { elements: eventElements(ev), hidden: {}, truncated: false };
}

function eventNodeData(ev) {
  return { id: 'v' + ev.id, kind: 'event', event_id: ev.id, label: ev.type + (ev.date ? ' ' + ev.date : ''), name: ev.label,
           type: ev.type, date: ev.date, cameo: ev.cameo, plover: ev.plover, degree: ev.participants.length };
}

function eventElements(ev) {
  const nodes = [{ data: eventNodeData(ev) }], edges = [];
  for (const p of ev.participants) {
    nodes.push({ data: { id: 'e' + p.id, kind: 'entity', entity_id: p.id, label: p.name, name: p.name, type: p.type } });
    edges.push({ data: { id: `p${ev.id}-${p.id}-${p.role}`, source: 'e' + p.id, target: 'v' + ev.id, role: p.role } });
  }
  return { nodes, edges };
}

async function expandNode(id, { limit = 0, quiet = false } = {}) {
  if (!id) return;
  const room = EVIDENCE_CAP - model.nodes.size;
  if (room <= 0 && model.nodes.has(id)) {
    setStatus(`The canvas holds ${EVIDENCE_CAP} nodes at most: collapse or remove some, or open the Network view, which aggregates.`, true);
    return;
  }
  if (!limit && room < EXPAND_CAP) limit = Math.max(1, room);
  try {
    const r = await busy(fetchExpansion(id, limit));
    const capped = capElements(r.elements, new Set(model.nodes.keys()), Math.max(0, room));
    const added = model.merge(capped.elements, r.hidden, { force: true });
    model.markExpanded(id, limit);
    restoreProblem = '';
    render({ added, anchor: id });
    if (!quiet) {
      const more = model.more(id);
      setStatus(added.length ? `Added ${added.length} node${added.length > 1 ? 's' : ''}${more ? `; ${more} more not shown` : ''}.`
        : 'No new neighbours.');
    }
    if (state.selected === id) refreshDetailsActions();
  } catch (err) {
    setStatus(`Could not expand: ${err.message}`, true);
    canvasError(`Could not load the graph around this node: ${err.message}`);
  }
}

// A failed load on an empty canvas says so where the eye is, not only in the status line.
function canvasError(message) {
  if (model.nodes.size > 1) return;
  $('empty').hidden = false;
  $('empty').innerHTML = `<p class="error" role="alert"><strong>${escapeHtml(message)}</strong></p>`
    + '<p class="hint">Try again, or search for someone else.</p>';
}

async function showMore(id) {
  const current = model.expanded.get(id) || EXPAND_CAP;
  await expandNode(id, { limit: current + MORE_STEP });
}

// Puts an event and its participants on the canvas and selects it.
async function focusEvent(eventId) {
  const id = 'v' + eventId;
  if (!model.nodes.has(id) || !model.expanded.has(id)) await expandNode(id, { quiet: true });
  await select(id);
  cy.$id(id).nonempty() && cy.animate({ center: { eles: cy.$id(id) }, duration: 200 });
}

// Puts an entity on the canvas and selects it. From the search box it is
// expanded at once (a lone node says little); from a link in the details or
// the document it is only added, and "Expand" is one click away.
async function focusEntity(entityId, { expand = false } = {}) {
  const id = 'e' + entityId;
  if (expand && !model.expanded.has(id)) await expandNode(id, { quiet: true });
  else if (!model.nodes.has(id)) {
    try {
      const e = await busy(api(`/entities/${entityId}`));
      const added = model.merge({ nodes: [{ data: { id, kind: 'entity', entity_id: e.id, label: e.name, name: e.name,
        type: e.type, country: e.country, degree: e.event_count ?? e.counts?.events } }] }, {}, { force: true });
      render({ added, anchor: state.selected });
    } catch (err) {
      return setStatus(`Could not add the entity: ${err.message}`, true);
    }
  }
  await select(id);
}

// ---- details -------------------------------------------------------------------------

let detailsToken = 0;

async function select(id) {
  state.selected = id;
  saveUrl();
  cy.$(':selected').unselect();
  for (const b of ['expand', 'collapse', 'remove']) $(b).disabled = !id;
  if (!id) {
    $('details').innerHTML = '<p class="hint">Select a node to see its details.</p>';
    $('details').classList.remove('open');
    applyFilters();
    return;
  }
  cy.$id(id).select();
  applyFilters();
  const token = ++detailsToken;
  $('details').classList.add('open');
  $('details').innerHTML = '<p class="hint"><span class="spinner"></span> Loading details…</p>';
  try {
    const html = id.startsWith('e') ? await entityHtml(Number(id.slice(1))) : await eventHtml(Number(id.slice(1)));
    if (token !== detailsToken) return;
    $('details').innerHTML = `<button class="close" id="details-close" aria-label="Close details" title="Close (Esc)">×</button>${html}`;
    refreshDetailsActions();
  } catch (err) {
    if (token !== detailsToken) return;
    $('details').innerHTML = `<button class="close" id="details-close" aria-label="Close details">×</button>`
      + `<p class="error" role="alert">Could not load details: ${escapeHtml(err.message)}</p>`;
  }
}

// The expand / show-more line of the details panel, which changes as the graph does.
function refreshDetailsActions() {
  const box = $('details').querySelector('.actions');
  const id = state.selected;
  if (!box || !id) return;
  const more = model.more(id);
  const expanded = model.expanded.has(id);
  const degreeKnown = Number.isInteger(model.nodes.get(id)?.degree);
  box.innerHTML = (!expanded && (more || !degreeKnown) ? `<button data-act="expand">Expand${more ? ` (${more} more)` : ''}</button>` : '')
    + (expanded && more ? `<button data-act="more">Show ${more} more</button>` : '')
    + (expanded ? `<button data-act="collapse">Collapse</button>` : '');
}

async function entityHtml(id) {
  const [e, evs, tl] = await Promise.all([api(`/entities/${id}`), api(`/entities/${id}/events?limit=25`),
    api(`/timeline?entity=${id}&bucket=month`).catch(() => null)]);
  const meta = [e.type, e.country, e.sector, e.actor_code].filter(Boolean).map(escapeHtml).join(' · ');
  return `
    <h2>${shapeSvg(entityStyle(e.type).shape, entityStyle(e.type).color)} ${escapeHtml(e.name)}</h2>
    <div class="meta">${meta}</div>
    <div class="codes"><span>${e.counts?.events ?? e.event_count} events</span><span>${e.counts?.mentions ?? e.mention_count} mentions</span>${e.counts?.documents != null ? `<span>${e.counts.documents} documents</span>` : ''}</div>
    <div class="actions"></div>
    <p class="view-links"><a href="?view=network&seeds=${e.id}" data-nav>Network around</a> ·
      <a href="?view=dyad&a=${e.id}" data-nav>Dyad with…</a> · <a href="?view=paths&a=${e.id}" data-nav>Paths from</a></p>
    <h3>Also known as</h3><div>${(e.aliases || []).filter((a) => a !== e.name).map(escapeHtml).join(', ') || '<span class="hint">—</span>'}</div>
    <h3>Roles</h3><ul class="roles">${(e.roles || []).map((r) => `<li>${escapeHtml(r.title)}${r.of ? ` <span class="hint">(${escapeHtml(r.of)})</span>` : ''}`
      + `<div class="hint">${r.valid_from ? 'from ' + escapeHtml(r.valid_from) : 'since ?'}${r.valid_to ? ' to ' + escapeHtml(r.valid_to) : ' — present'}</div></li>`).join('') || '<li class="hint">none known</li>'}</ul>
    ${(e.top_coparticipants || []).length ? `<h3>Most often with</h3><ul>${e.top_coparticipants.map((c) =>
      `<li><button class="linklike" data-entity="${c.id}">${escapeHtml(c.name)}</button> <span class="hint">${c.count}×</span></li>`).join('')}</ul>` : ''}
    <h3>Timeline</h3><div id="timeline">${tl ? timelineSvg(tl.series, { bucket: tl.bucket, color: eventColor }) : '<p class="hint">unavailable</p>'}</div>
    <h3>Events</h3><ul class="events" id="entity-events">${eventItems(evs.items)}</ul>
    ${evs.next ? `<button class="linklike" data-next="${escapeHtml(evs.next)}">more events…</button>` : ''}
    ${e.first_seen ? `<p class="hint small">first seen ${escapeHtml(e.first_seen)}, last seen ${escapeHtml(e.last_seen)}</p>` : ''}`;
}

function eventItems(items) {
  return items.map((v) => `<li><button class="linklike" data-event="${v.id}"><span class="swatch tag" style="background:${eventColor(v.type)}"></span>`
    + `${escapeHtml(v.date || 'undated')} · ${escapeHtml(v.label)}</button></li>`).join('') || '<li class="hint">no events</li>';
}

async function eventHtml(id) {
  const v = await api(`/events/${id}`);
  const codes = [`<span style="border-left:4px solid ${eventColor(v.type)}">${escapeHtml(v.type)}</span>`,
    v.cameo ? `<span title="CAMEO code">CAMEO ${escapeHtml(v.cameo)}</span>` : '',
    v.plover ? `<span title="PLOVER category">PLOVER ${escapeHtml(v.plover)}${v.plover_mode ? ' / ' + escapeHtml(v.plover_mode) : ''}</span>` : '',
    v.quad_class != null ? `<span title="quad class">quad ${escapeHtml(v.quad_class)}</span>` : '',
    v.goldstein != null ? `<span title="Goldstein scale">Goldstein ${escapeHtml(v.goldstein)}</span>` : '',
    v.confidence != null ? `<span title="extraction confidence">conf. ${Math.round(v.confidence * 100)}%</span>` : ''].join('');
  return `
    <h2>${escapeHtml(v.label)}</h2>
    <div class="codes">${codes}</div>
    <dl class="facts">
      <dt>Date</dt><dd>${escapeHtml(v.date || 'undated')}${v.date && v.date_precision && v.date_precision !== 'day' ? ` <span class="hint">(${escapeHtml(v.date_precision)})</span>` : ''}${v.date && v.date_source === 'published' ? ' <span class="hint">(publication date: the text states none)</span>' : ''}${v.date && v.date_source === 'context' ? ' <span class="hint">(from an earlier sentence)</span>' : ''}</dd>
      <dt>Place</dt><dd>${v.location ? `<button class="linklike" data-entity="${v.location.id}">${escapeHtml(v.location.name)}</button>` : '<span class="hint">unknown</span>'}</dd>
      ${v.topic ? `<dt>Topic</dt><dd>${escapeHtml(v.topic)}</dd>` : ''}
      ${v.source_actor_code || v.target_actor_code ? `<dt>Actors</dt><dd>${escapeHtml(v.source_actor_code || '?')} → ${escapeHtml(v.target_actor_code || '?')}</dd>` : ''}
    </dl>
    <div class="actions"></div>
    <h3>Participants</h3><ul class="participants">${v.participants.map((p) => `<li><button class="linklike" data-entity="${p.id}">`
      + `${shapeSvg(entityStyle(p.type).shape, entityStyle(p.type).color)} ${escapeHtml(p.name)}</button> <span class="role">${escapeHtml(p.role)}</span></li>`).join('') || '<li class="hint">none</li>'}</ul>
    ${v.quote ? `<h3>Quote</h3><blockquote>“${escapeHtml(v.quote)}”</blockquote>` : ''}
    <h3>Evidence</h3>
    ${(v.evidence || []).map((e) => `<figure class="evidence"><blockquote>${escapeHtml(e.text)}</blockquote>
      <figcaption class="src">${escapeHtml(e.document.title || e.document.source || 'document ' + e.document.id)}`
      + `${e.document.title && e.document.source ? ' · ' + escapeHtml(e.document.source) : ''}`
      + `${e.document.published_at ? ' · ' + escapeHtml(e.document.published_at) : ''}`
      + `${e.document.url ? ` · <a href="${escapeHtml(safeUrl(e.document.url))}" target="_blank" rel="noopener noreferrer">source link</a>` : ''}`
      + ` · <button class="linklike" data-doc="${e.document.id}" data-start="${e.start}" data-end="${e.end}">open document</button></figcaption></figure>`).join('')
      || '<p class="hint">no evidence recorded</p>'}`;
}

const safeUrl = (u) => (/^https?:\/\//i.test(u) ? u : '#');

// One delegated handler for everything clickable in the details panel.
function initDetails() {
  $('details').addEventListener('click', async (e) => {
    const b = e.target.closest('button, [data-event], [data-entity]');
    if (!b) return;
    if (b.id === 'details-close') return select('');
    if (b.dataset.act === 'expand') return expandNode(state.selected);
    if (b.dataset.act === 'more') return showMore(state.selected);
    if (b.dataset.act === 'collapse') return collapse();
    // Outside the evidence view a link only opens its details; there it
    // also puts the node on the canvas.
    if (b.dataset.event) return state.view === 'evidence' ? focusEvent(Number(b.dataset.event)) : select('v' + b.dataset.event);
    if (b.dataset.entity) return state.view === 'evidence' ? focusEntity(Number(b.dataset.entity)) : select('e' + b.dataset.entity);
    if (b.dataset.doc) return openDocument(Number(b.dataset.doc), { start: Number(b.dataset.start), end: Number(b.dataset.end) });
    if (b.dataset.next) {
      try {
        const page = await api(b.dataset.next);
        $('entity-events').insertAdjacentHTML('beforeend', eventItems(page.items));
        if (page.next) b.dataset.next = page.next; else b.remove();
      } catch (err) { setStatus(`Could not load more events: ${err.message}`, true); }
    }
  });
}

// ---- the document view -----------------------------------------------------------------

async function openDocument(id, focus = null) {
  let d;
  try { d = await busy(api(`/documents/${id}`)); } catch (err) { return setStatus(`Could not open the document: ${err.message}`, true); }
  $('doc-title').textContent = d.title || d.external_id || `Document ${d.id}`;
  $('doc-meta').innerHTML = [d.source, d.published_at].filter(Boolean).map(escapeHtml).join(' · ')
    + (d.url ? ` · <a href="${escapeHtml(safeUrl(d.url))}" target="_blank" rel="noopener noreferrer">${escapeHtml(d.url)}</a>` : '');
  const spans = [...(d.entities || []).map((s) => ({ ...s, cls: 'entity', id: 'e' + s.entity_id, name: s.name })),
                 ...(d.events || []).map((s) => ({ ...s, cls: 'event', id: 'v' + s.event_id, name: s.type }))];
  if (focus && Number.isInteger(focus.start)) spans.push({ start: focus.start, end: focus.end, cls: 'focus', id: '' });
  const names = new Map(spans.map((s) => [s.id, s.name]));
  $('doc-text').innerHTML = segments(d.text || '', spans).map((seg) => {
    if (!seg.classes.size) return escapeHtml(seg.text);
    const ids = seg.ids.filter(Boolean);
    const entity = ids.find((x) => x.startsWith('e'));
    const target = entity || ids[0] || '';
    const title = ids.map((x) => `${x.startsWith('e') ? '' : 'event: '}${names.get(x) || x}`).join('; ');
    return `<mark class="${[...seg.classes].join(' ')}" data-ids="${escapeHtml(ids.join(' '))}" data-target="${escapeHtml(target)}"`
      + `${target ? ' tabindex="0" role="button"' : ''} title="${escapeHtml(title)}">${escapeHtml(seg.text)}</mark>`;
  }).join('');
  $('doc-dialog').showModal();
  const f = $('doc-text').querySelector('mark.focus');
  if (f) f.scrollIntoView({ block: 'center' });
}

function initDocument() {
  $('doc-close').addEventListener('click', () => $('doc-dialog').close());
  const activate = (m) => {
    const target = m?.dataset.target;
    if (!target) return;
    $('doc-dialog').close();
    if (target.startsWith('e')) focusEntity(Number(target.slice(1)));
    else focusEvent(Number(target.slice(1)));
  };
  $('doc-text').addEventListener('click', (e) => activate(e.target.closest('mark')));
  $('doc-text').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); activate(e.target.closest('mark')); }
  });
}

// ---- search and typeahead -----------------------------------------------------------------

let suggestTimer, suggestSeq = 0, suggestions = [], active = -1, suggestionsFor = '';

async function suggest(q) {
  const seq = ++suggestSeq;
  if (q.trim().length < 2) return hideSuggestions();
  suggestions = [];
  suggestionsFor = '';
  drawSuggestions('<li class="hint" aria-disabled="true"><span class="spinner"></span> Searching…</li>');
  try {
    const r = await api(`/search?q=${encodeURIComponent(q.trim())}`);
    if (seq !== suggestSeq) return; // a newer query is under way
    suggestions = [
      ...(r.entities || []).slice(0, 8).map((e) => ({ kind: 'entity', id: e.id, label: e.name, type: e.type,
        meta: [e.type, e.country].filter(Boolean).join(' · ') + (e.event_count != null ? ` · ${e.event_count} events` : '') })),
      ...(r.events || []).slice(0, 6).map((v) => ({ kind: 'event', id: v.id, label: v.label, type: v.type, meta: v.date || 'undated' })),
      ...(r.documents || []).slice(0, 3).map((d) => ({ kind: 'document', id: d.id, label: d.title || `document ${d.id}`,
        snippet: d.snippet, meta: d.published_at || 'document' })),
    ];
    active = suggestions.length ? 0 : -1;
    suggestionsFor = q.trim();
    drawSuggestions();
  } catch (err) {
    if (seq !== suggestSeq) return;
    suggestions = [];
    drawSuggestions(`<li class="error" aria-disabled="true">Search failed: ${escapeHtml(err.message)}</li>`);
  }
}

// Document snippets carry <mark>; everything else in them is escaped.
const snippetHtml = (s) => escapeHtml(s).replace(/&lt;mark&gt;/g, '<mark>').replace(/&lt;\/mark&gt;/g, '</mark>');

function drawSuggestions(message) {
  const ul = $('suggestions');
  ul.hidden = false;
  $('search').setAttribute('aria-expanded', 'true');
  if (message) { ul.innerHTML = message; return; }
  let lastKind = '';
  ul.innerHTML = suggestions.length ? suggestions.map((s, i) => {
    const head = s.kind !== lastKind ? `<li class="group" role="presentation">${s.kind === 'entity' ? 'Entities' : s.kind === 'event' ? 'Events' : 'Documents'}</li>` : '';
    lastKind = s.kind;
    const icon = s.kind === 'entity' ? shapeSvg(entityStyle(s.type).shape, entityStyle(s.type).color)
      : s.kind === 'event' ? shapeSvg(palette.shape(s.type), eventColor(s.type)) : '📄';
    return `${head}<li role="option" id="opt-${i}" aria-selected="${i === active}" data-i="${i}">`
      + `<span class="label">${icon} ${escapeHtml(s.label)}${s.snippet ? `<span class="snippet">${snippetHtml(s.snippet)}</span>` : ''}</span>`
      + `<span class="kind">${escapeHtml(s.meta)}</span></li>`;
  }).join('') : '<li class="hint" aria-disabled="true">No matches</li>';
  $('search').setAttribute('aria-activedescendant', active >= 0 ? `opt-${active}` : '');
  ul.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
}

function hideSuggestions() {
  suggestSeq++;
  $('suggestions').hidden = true;
  $('search').setAttribute('aria-expanded', 'false');
  $('search').removeAttribute('aria-activedescendant');
  suggestions = [];
  active = -1;
}

async function choose(s) {
  hideSuggestions();
  if (!s) return;
  if (s.kind === 'entity' && state.view === 'network') return navigate({ netSeeds: [...new Set([...state.netSeeds, s.id])] }, true);
  if (s.kind === 'entity' && (state.view === 'dyad' || state.view === 'paths')) return navigate(state.a ? { b: s.id } : { a: s.id }, true);
  if (state.view !== 'evidence') await navigate({ view: 'evidence' }, true);
  if (s.kind === 'entity') await focusEntity(s.id, { expand: true });
  else if (s.kind === 'event') await focusEvent(s.id);
  else await openDocument(s.id);
}

function initSearch() {
  const input = $('search');
  input.value = state.q;
  input.addEventListener('input', () => {
    state.q = input.value;
    saveUrl();
    clearTimeout(suggestTimer);
    suggestTimer = setTimeout(() => suggest(input.value), 150);
  });
  input.addEventListener('focus', () => { if (input.value.trim().length >= 2 && $('suggestions').hidden) suggest(input.value); });
  input.addEventListener('keydown', (e) => {
    const open = !$('suggestions').hidden && suggestions.length;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (open) { active = (active + 1) % suggestions.length; drawSuggestions(); } else suggest(input.value);
    } else if (e.key === 'ArrowUp' && open) {
      e.preventDefault(); active = (active - 1 + suggestions.length) % suggestions.length; drawSuggestions();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      clearTimeout(suggestTimer);
      // Suggestions of an earlier text (still on screen while the new ones
      // load) must not be chosen: search the text as it is, then choose.
      if (open && suggestionsFor === input.value.trim()) choose(suggestions[active]);
      else {
        const text = input.value;
        suggest(text).then(() => { if (input.value === text && suggestions.length && suggestionsFor === text.trim()) choose(suggestions[active]); });
      }
    } else if (e.key === 'Escape') {
      if (!$('suggestions').hidden) { e.stopPropagation(); hideSuggestions(); }
    }
  });
  $('suggestions').addEventListener('mousedown', (e) => {
    const li = e.target.closest('li[data-i]');
    if (li) { e.preventDefault(); choose(suggestions[Number(li.dataset.i)]); }
  });
  input.addEventListener('blur', () => setTimeout(() => { if (document.activeElement !== input) hideSuggestions(); }, 150));
}

// ---- toolbar, exports and keys --------------------------------------------------------------

function download(name, href) {
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  if (href.startsWith('blob:')) setTimeout(() => URL.revokeObjectURL(href), 10000);
}

// The current view: visible elements with their positions, and the state.
function viewJson() {
  const vis = cy.elements().filter((e) => !e.hasClass('hidden') && (e.isNode() || (!e.source().hasClass('hidden') && !e.target().hasClass('hidden'))));
  const strip = (d) => { const { display, more, ...rest } = d; return rest; };
  return {
    generator: 'parley-web', exported_at: new Date().toISOString(), url: location.href,
    view: { ...state, expanded: model.expansions(), removed: [...model.removed] },
    elements: {
      nodes: vis.nodes().map((n) => ({ data: strip(n.data()), position: n.position() })),
      edges: vis.edges().map((e) => ({ data: strip(e.data()) })),
    },
  };
}

function collapse() {
  if (!state.selected) return;
  const removed = model.collapse(state.selected);
  render();
  setStatus(removed.length ? `Collapsed ${removed.length} node${removed.length > 1 ? 's' : ''}.` : 'Nothing to collapse: no leaves hang on this node.');
  refreshDetailsActions();
}

function removeSelected() {
  if (!state.selected) return;
  const id = state.selected;
  model.remove([id]);
  select('');
  render();
}

function undo() {
  if (!model.undo()) return;
  render();
  if (state.selected && !model.nodes.has(state.selected)) select('');
  else refreshDetailsActions();
  setStatus('Undone.');
}

function initToolbar() {
  $('expand').addEventListener('click', () => (model.expanded.has(state.selected) && model.more(state.selected)
    ? showMore(state.selected) : expandNode(state.selected)));
  $('collapse').addEventListener('click', collapse);
  $('remove').addEventListener('click', removeSelected);
  $('undo').addEventListener('click', undo);
  $('relayout').addEventListener('click', () => (state.view === 'network' ? (net.invalidate(), net.show(state)) : layout({ randomize: true })));
  $('fit').addEventListener('click', () => (state.view === 'network' ? net.cy?.fit(undefined, 30) : cy.fit(cy.elements().not('.hidden'), 30)));
  $('clear').addEventListener('click', () => { model.clear(); select(''); render(); });
  $('export-png').addEventListener('click', () => {
    const blob = (state.view === 'network' && net.cy ? net.cy : cy).png({ full: true, scale: 2, bg: '#ffffff', output: 'blob', maxWidth: 8000, maxHeight: 8000 });
    download('parley-graph.png', URL.createObjectURL(blob));
  });
  $('export-json').addEventListener('click', () => download('parley-graph.json',
    URL.createObjectURL(new Blob([JSON.stringify(viewJson(), null, 1)], { type: 'application/json' }))));

  document.addEventListener('keydown', (e) => {
    const typing = e.target.matches?.('input[type=search], input[type=text], textarea, select');
    if (e.key === '/' && !typing && !$('doc-dialog').open) { e.preventDefault(); $('search').focus(); $('search').select(); }
    else if (e.key === 'Escape' && !$('doc-dialog').open) {
      if (!$('suggestions').hidden) hideSuggestions();
      else if (state.selected) { select(''); }
    } else if ((e.ctrlKey || e.metaKey) && e.key === 'z' && !typing) { e.preventDefault(); undo(); }
    else if ((e.key === 'Delete') && !typing && state.selected && !$('doc-dialog').open) removeSelected();
  });
}

// ---- views, the time window and history ------------------------------------------------------

let net, dyad, pathsView, mapView, startPage, timebar;
let edgeEvents = null, placeEvents = null; // what the network edge / map place shown in the details hold
const viewTimings = {};

const defaultView = () => (state.expanded.length || state.selected ? 'evidence' : 'start');

function fullUrl(s = state) {
  return location.pathname + encodeState({ ...s, expanded: model.expansions(), removed: [...model.removed] }) + location.hash;
}

// Changes the state and the URL (a new history entry when `push`), then
// shows the view the state names. Back and Forward replay these entries.
async function navigate(patch, push = true) {
  Object.assign(state, patch);
  if (!state.view) state.view = defaultView();
  const url = fullUrl();
  if (url !== location.pathname + location.search + location.hash) history[push ? 'pushState' : 'replaceState'](null, '', url);
  savePositions(); // the new entry shows the same canvas
  await showView();
}

async function showView() {
  const view = state.view || defaultView();
  for (const el of document.querySelectorAll('.pane')) el.hidden = el.dataset.pane !== view;
  for (const a of document.querySelectorAll('#views a')) {
    if (a.dataset.view === view) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
  document.body.dataset.view = view;
  $('empty').hidden = view !== 'evidence' || model.nodes.size > 0;
  $('net-legend').hidden = view !== 'network';
  timebar?.setWindow(state);
  try {
    if (view === 'evidence') { cy.resize(); applyFilters(); }
    else if (view === 'network') await busy(net.show(state));
    else if (view === 'dyad') await busy(dyad.show(state));
    else if (view === 'paths') await busy(pathsView.show(state));
    else if (view === 'map') { await busy(mapView.show(state)); if (state.place) await showPlace(state.place); }
    else if (view === 'start') await busy(startPage.show());
  } catch (err) {
    setStatus(`Could not load the ${view} view: ${err.message}`, true);
  }
  document.body.dataset.shown = view;
}

// The window of the time bar applies to every view.
function setWindow(w) {
  navigate({ from: w.from || '', to: w.to || '' }, true);
}

// Back/Forward: the URL is the state. An evidence graph whose expansions
// differ is rebuilt (the seeded layout gives the same picture).
window.addEventListener('popstate', async () => {
  const next = decodeState(location.search);
  const sameGraph = JSON.stringify(next.expanded) === JSON.stringify(model.expansions())
    && JSON.stringify([...next.removed].sort()) === JSON.stringify([...model.removed].sort());
  state = next;
  if (!state.view) state.view = defaultView();
  $('search').value = state.q;
  if (!sameGraph) { model.clear(); cy.elements().remove(); await restore({ positions: entryPositions() }); }
  else if (state.selected) await select(state.selected); else await select('');
  await showView();
});

// ---- network edges and map places in the details panel -----------------------------------------

async function showEdge(edge, a, b) {
  const token = ++detailsToken;
  $('details').classList.add('open');
  $('details').innerHTML = '<p class="hint"><span class="spinner"></span> Loading shared events…</p>';
  const types = Object.entries(edge.by_type).sort((x, y) => y[1] - x[1])
    .map(([t, n]) => `<span style="border-left:4px solid ${eventColor(t)}">${escapeHtml(t)} ${n}</span>`).join('');
  try {
    const r = await pairEvents(a.entity_id, b.entity_id, { from: state.from, to: state.to, counts: { [a.entity_id]: a.events, [b.entity_id]: b.events } });
    if (token !== detailsToken) return;
    edgeEvents = r.events;
    $('details').innerHTML = `<button class="close" id="details-close" aria-label="Close details">×</button>
      <h2>${escapeHtml(a.name)} — ${escapeHtml(b.name)}</h2>
      <div class="codes"><span id="edge-count">${edge.events}</span><span>events together</span>${edge.goldstein != null ? `<span>mean Goldstein ${edge.goldstein.toFixed(1)}</span>` : ''}</div>
      <div class="codes">${types}</div>
      <p class="hint small">${escapeHtml(edge.first || '?')} to ${escapeHtml(edge.last || '?')}${state.from || state.to ? ` · window ${escapeHtml(state.from || 'start')} → ${escapeHtml(state.to || 'end')}` : ''}</p>
      <div class="actions"><button data-dyad="${a.entity_id},${b.entity_id}">Open as a dyad</button></div>
      <h3>Events</h3><ul class="events" id="edge-events">${eventItems(r.events)}</ul>`;
  } catch (err) {
    if (token === detailsToken) $('details').innerHTML = `<p class="error" role="alert">Could not load the events: ${escapeHtml(err.message)}</p>`;
  }
}

async function showPlace(id) {
  const token = ++detailsToken;
  $('details').classList.add('open');
  const q = new URLSearchParams({ location: String(id), limit: '200' });
  if (state.from) q.set('from', state.from);
  if (state.to) q.set('to', state.to);
  try {
    const [place, page] = await Promise.all([api(`/entities/${id}`), api(`/events?${q}`)]);
    if (token !== detailsToken) return;
    placeEvents = page.items;
    $('details').innerHTML = `<button class="close" id="details-close" aria-label="Close details">×</button>
      <h2>${shapeSvg(entityStyle(place.type).shape, entityStyle(place.type).color)} ${escapeHtml(place.name)}</h2>
      <div class="meta">${escapeHtml([place.type, place.country].filter(Boolean).join(' · '))}</div>
      <h3>Events here${state.from || state.to ? ' in the window' : ''}</h3><ul class="events" id="place-events">${eventItems(page.items)}</ul>
      ${page.next ? '<p class="hint small">The newest 200 are listed.</p>' : ''}`;
  } catch (err) {
    if (token === detailsToken) $('details').innerHTML = `<p class="error" role="alert">Could not load the place: ${escapeHtml(err.message)}</p>`;
  }
}

// ---- CSV, saved views, the token prompt --------------------------------------------------------

function currentEvents() {
  const view = state.view;
  if (view === 'evidence') {
    const names = new Map([...model.nodes.values()].filter((n) => n.kind === 'entity').map((n) => [n.id, n.name || n.label]));
    const parts = new Map();
    for (const e of model.edges.values()) {
      if (!parts.has(e.target)) parts.set(e.target, []);
      parts.get(e.target).push({ name: names.get(e.source) || e.source, role: e.role });
    }
    return cy.nodes('[kind = "event"]').filter((n) => !n.hasClass('hidden')).map((n) => ({ ...n.data(), participants: parts.get(n.id()) || [] }));
  }
  if (view === 'network') return edgeEvents;
  if (view === 'dyad') return dyad.events();
  if (view === 'paths') return pathsView.events();
  if (view === 'map') return placeEvents;
  return null;
}

function exportCsv() {
  const events = currentEvents();
  if (!events) return setStatus(state.view === 'network' ? 'Click an edge first: its events are what the CSV holds.' : state.view === 'map' ? 'Click a place first.' : 'No events in this view.', true);
  download(`parley-${state.view}.csv`, URL.createObjectURL(new Blob([eventsCsv(events)], { type: 'text/csv' })));
  setStatus(`${events.length} events exported.`);
}

const SAVED = 'parley.views';
const savedViews = () => { try { return JSON.parse(localStorage.getItem(SAVED) || '[]'); } catch { return []; } };
function drawSaved() {
  $('saved-views').innerHTML = '<option value="">Saved views…</option>'
    + savedViews().map((v, i) => `<option value="${i}">${escapeHtml(v.name)}</option>`).join('');
}
function saveView() {
  const name = (window.prompt('Name this view', `${state.view} ${new Date().toISOString().slice(0, 16).replace('T', ' ')}`) || '').trim();
  if (!name) return;
  const positions = state.view === 'network' ? net.positions()
    : Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
  const list = savedViews().filter((v) => v.name !== name);
  list.push({ name, url: location.search, view: state.view, positions, saved_at: new Date().toISOString() });
  localStorage.setItem(SAVED, JSON.stringify(list.slice(-50)));
  drawSaved();
  setStatus(`Saved “${name}”.`);
}
async function openSaved(i) {
  const v = savedViews()[i];
  if (!v) return;
  history.pushState(null, '', location.pathname + v.url);
  state = decodeState(v.url);
  if (!state.view) state.view = defaultView();
  $('search').value = state.q;
  model.clear();
  cy.elements().remove();
  await restore({ positions: v.view === 'evidence' ? v.positions : null });
  if (state.view === 'network') { net.invalidate(); timebar?.setWindow(state); await busy(net.show(state, { positions: v.positions })); }
  await showView();
  setStatus(`Opened “${v.name}”.`);
}

function askToken(why) {
  const d = $('token-dialog');
  $('token-why').textContent = (why ? why + ' ' : '') + 'Reading needs an API token. It is kept in this browser only.';
  $('token-input').value = '';
  d.showModal();
  return new Promise((resolve) => {
    d.addEventListener('close', () => resolve(d.returnValue === 'ok' ? $('token-input').value.trim() : null), { once: true });
  });
}

// ---- start: rebuild the view the URL describes ------------------------------------------------

async function restore({ positions = null } = {}) {
  restoreProblem = '';
  model.removed = new Set(state.removed);
  const failures = [];
  for (const x of state.expanded) {
    const { id, limit } = parseExpansion(x);
    try {
      const r = await busy(fetchExpansion(id, limit));
      // The same cap as a click: a link cannot put more on the canvas.
      const capped = capElements(r.elements, new Set(model.nodes.keys()), Math.max(0, EVIDENCE_CAP - model.nodes.size));
      if (capped.dropped) failures.push(`${id}: ${capped.dropped} nodes left out (the canvas holds ${EVIDENCE_CAP})`);
      model.merge(capped.elements, r.hidden, { record: false });
      model.markExpanded(id, limit);
    } catch (err) {
      failures.push(`${id}: ${err.message}`);
    }
  }
  model.history = [];
  render({ layoutAll: true });
  if (positions) {
    cy.nodes().forEach((n) => { if (positions[n.id()]) n.position(positions[n.id()]); });
    cy.fit(cy.elements().not('.hidden'), 30);
    savePositions();
  }
  if (state.selected) await select(state.selected);
  // Kept until the next expansion: showing the view recounts the nodes.
  if (failures.length) restoreProblem = `Could not load part of the view (${failures.join('; ')})`;
  updateStatus();
}

function initViews() {
  const shapeOf = (t) => shapeSvg(entityStyle(t).shape, entityStyle(t).color);
  net = createNetwork({
    container: $('net'), entityStyle,
    onNode: (d) => select(d.id),
    onEdge: (edge, a, b) => showEdge(edge, a, b),
    onTimings: (t) => Object.assign(viewTimings, { network: t }),
  });
  dyad = createDyad({ host: $('view-dyad'), palette: () => palette, navigate, showEvent: (id) => select('v' + id), eventItems });
  pathsView = createPaths({ host: $('view-paths'), entityStyle, palette: () => palette, navigate,
    showEvent: (id) => select('v' + id), showEntity: (id) => select('e' + id) });
  mapView = createMap({ host: $('view-map'), navigate });
  startPage = createStart({ host: $('view-start'), eventItems, shapeOf });
  timebar = createTimebar({ host: $('timebar'), load: () => datedCounts(), color: (t) => palette.color(t), onWindow: setWindow });
  document.addEventListener('click', (e) => {
    const a = e.target.closest('a[data-view], a[data-nav]');
    if (a && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
      e.preventDefault();
      const next = decodeState(new URL(a.href).search);
      const patch = { view: next.view };
      if ('nav' in a.dataset && next.netSeeds.length) patch.netSeeds = next.netSeeds;
      else if (next.view === 'network') patch.netSeeds = [];
      if (next.a) Object.assign(patch, { a: next.a, b: next.b });
      navigate(patch, true);
      return;
    }
    const dy = e.target.closest('[data-dyad]');
    if (dy) { const [x, y] = dy.dataset.dyad.split(',').map(Number); navigate({ view: 'dyad', a: x, b: y }, true); return; }
    const en = e.target.closest('#view-start [data-entity], #view-start [data-event]');
    if (en) { e.preventDefault(); select(en.dataset.entity ? 'e' + en.dataset.entity : 'v' + en.dataset.event); }
  });
  if (window.innerWidth < 900) $('filters-box').open = false; // the view first on a phone
  $('export-csv').addEventListener('click', exportCsv);
  $('save-view').addEventListener('click', saveView);
  $('saved-views').addEventListener('change', (e) => { if (e.target.value !== '') openSaved(Number(e.target.value)); e.target.value = ''; });
  drawSaved();
}

setTokenPrompt(askToken);
initCanvas();
initFilters();
initSearch();
initDetails();
initDocument();
initToolbar();
initViews();
// For tests and the console: the canvas, the model, the state, timings, and
// a way to load arbitrary elements (the 2,000-element benchmark uses it).
window.parley = {
  cy, model, timings, viewTimings, state: () => state, palette: () => palette,
  get net() { return net.cy; }, timebar: () => timebar.histogram(),
  loadElements(elements) {
    const t0 = performance.now();
    const added = model.merge(elements, {}, { force: true });
    render({ added, layoutAll: true });
    return { added: added.length, ms: performance.now() - t0, ...timings };
  },
  select, expandNode, focusEvent, focusEntity, navigate,
};
(async () => {
  try {
    palette = buildPalette(await api('/vocabulary'));
    drawLegend();
    if (cy) cy.style().update();
  } catch (err) {
    setStatus(`Could not load the vocabulary: ${err.message}`, true);
  }
  if (!state.view) { state.view = defaultView(); history.replaceState(null, '', fullUrl()); }
  await restore({ positions: entryPositions() });
  await showView();
  timebar.init().then(() => timebar.setWindow(state)).catch((err) => setStatus(`Could not load the time bar: ${err.message}`, true));
})().catch((err) => setStatus(`Could not start: ${err.message}`, true))
  .finally(() => { document.body.dataset.ready = '1'; });
