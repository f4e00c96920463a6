// Parley's browser UI: search, a Cytoscape canvas of entities and events,
// details with evidence, filters, a time range, shareable URLs, exports.
import cytoscape from 'cytoscape';
import { api } from './api.js';
import { decodeState, encodeState, ENTITY_TYPES } from './state.js';
import { visibleIds, eventDates } from './filters.js';
import { segments } from './text.js';
import { GraphModel } from './graph.js';

const ENTITY_STYLE = {
  person: ['ellipse', '#4b7bec'], organization: ['round-rectangle', '#8854d0'],
  country: ['hexagon', '#20bf6b'], location: ['diamond', '#f7b731'], group: ['triangle', '#a5b1c2'],
};
const EVENT_COLORS = {
  meeting: '#0fb9b1', summit: '#0a8f88', visit: '#2bcbba', call: '#45aaf2', negotiation: '#3867d6',
  statement: '#778ca3', proposal: '#26de81', agreement: '#20bf6b', support: '#a3cb38',
  cooperation: '#7bed9f', aid: '#78e08f', request: '#fed330', demand: '#fa8231',
  accusation: '#eb3b5a', rejection: '#fc5c65', threat: '#c0392b', sanction: '#8e44ad',
  protest: '#e67e22', fight: '#6d214f', assault: '#b33939',
};
const eventColor = (t) => EVENT_COLORS[t] || '#95a5a6';

const $ = (id) => document.getElementById(id);
const model = new GraphModel();
let state = decodeState(location.search);
let cy;

function setStatus(text, error = false) {
  $('status').textContent = text;
  $('status').classList.toggle('error', error);
}

function saveUrl() {
  history.replaceState(null, '', location.pathname + encodeState(state));
}

function escapeHtml(s) {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

// ---- canvas -------------------------------------------------------------

function initCanvas() {
  cy = cytoscape({
    container: $('cy'),
    wheelSensitivity: 0.3,
    minZoom: 0.05,
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'text-valign': 'bottom',
        'text-margin-y': 3, 'text-wrap': 'ellipsis', 'text-max-width': 120, width: 26, height: 26 } },
      ...Object.entries(ENTITY_STYLE).map(([t, [shape, color]]) => ({
        selector: `node[kind = "entity"][type = "${t}"]`, style: { shape, 'background-color': color } })),
      { selector: 'node[kind = "event"]', style: { shape: 'round-tag', width: 16, height: 16, 'font-size': 9,
        'background-color': (n) => eventColor(n.data('type')) } },
      { selector: 'edge', style: { width: 1.2, 'line-color': '#b8c2d1', 'curve-style': 'straight',
        label: 'data(role)', 'font-size': 7, color: '#8a94a6', 'text-rotation': 'autorotate' } },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#ffb400' } },
      { selector: '.hidden', style: { display: 'none' } },
    ],
  });
  cy.on('tap', 'node', (e) => select(e.target.id()));
  cy.on('dbltap', 'node', (e) => expand(e.target.id()));
  cy.on('tap', (e) => { if (e.target === cy) select(''); });
}

function render(newIds = []) {
  const existing = new Set(cy.elements().map((e) => e.id()));
  const want = new Set([...model.nodes.keys(), ...model.edges.keys()]);
  cy.batch(() => {
    cy.elements().filter((e) => !want.has(e.id())).remove();
    const add = [];
    for (const data of model.nodes.values()) if (!existing.has(data.id)) add.push({ group: 'nodes', data });
    for (const data of model.edges.values()) if (!existing.has(data.id)) add.push({ group: 'edges', data });
    cy.add(add);
  });
  applyFilters();
  if (newIds.length || existing.size === 0) layout();
  $('undo').disabled = !model.canUndo();
  setStatus(model.nodes.size ? `${model.nodes.size} nodes, ${model.edges.size} edges` :
    'Nothing to show yet: search for someone.');
}

function layout() {
  const big = cy.nodes().length > 600;
  cy.layout(big ? { name: 'concentric', animate: false, minNodeSpacing: 4 }
                : { name: 'cose', animate: false, nodeRepulsion: 9000, idealEdgeLength: 70,
                    numIter: 800, randomize: false }).run();
}

// ---- filters --------------------------------------------------------------

function refreshFilterControls() {
  const nodes = [...model.nodes.values()];
  const eventTypes = [...new Set(nodes.filter((n) => n.kind === 'event').map((n) => n.type))].sort();
  $('event-types').innerHTML = eventTypes.map((t) =>
    `<label><input type="checkbox" data-vt="${escapeHtml(t)}" ${state.hiddenEventTypes.includes(t) ? '' : 'checked'}> ${escapeHtml(t)}</label>`).join('') || '<span class="hint">none yet</span>';
  const countries = [...new Set(nodes.map((n) => n.country).filter(Boolean))].sort();
  if (state.country && !countries.includes(state.country)) countries.push(state.country);
  $('country').innerHTML = '<option value="">any</option>' + countries.map((c) =>
    `<option ${c === state.country ? 'selected' : ''}>${escapeHtml(c)}</option>`).join('');
  const dates = eventDates(nodes);
  for (const id of ['time-from', 'time-to']) {
    $(id).max = String(Math.max(0, dates.length - 1));
    $(id).disabled = dates.length < 2;
  }
  $('time-from').value = String(state.from ? Math.max(0, dates.findIndex((d) => d >= state.from)) : 0);
  let toIdx = dates.length - 1;
  if (state.to) { toIdx = -1; dates.forEach((d, i) => { if (d <= state.to) toIdx = i; }); }
  $('time-to').value = String(Math.max(0, toIdx));
  $('time-label').textContent = state.from || state.to ? `${state.from || '…'} – ${state.to || '…'}` : 'all dates';
  $('cy').dataset.dates = dates.join(',');
}

function applyFilters() {
  const nodes = [...model.nodes.values()];
  const visible = visibleIds(nodes, [...model.edges.values()], state, state.seeds);
  cy.batch(() => {
    cy.nodes().forEach((n) => n.toggleClass('hidden', !visible.has(n.id())));
  });
  refreshFilterControls();
  saveUrl();
}

function initFilters() {
  $('entity-types').innerHTML = ENTITY_TYPES.map((t) =>
    `<label><input type="checkbox" data-et="${t}" ${state.hiddenEntityTypes.includes(t) ? '' : 'checked'}> ${t}</label>`).join('');
  $('filters').addEventListener('change', (e) => {
    const t = e.target;
    if (t.dataset.et) toggle(state.hiddenEntityTypes, t.dataset.et, !t.checked);
    else if (t.dataset.vt) toggle(state.hiddenEventTypes, t.dataset.vt, !t.checked);
    else if (t.id === 'country') state.country = t.value;
    else return;
    applyFilters();
  });
  const onTime = () => {
    const dates = ($('cy').dataset.dates || '').split(',').filter(Boolean);
    if (!dates.length) return;
    let a = Number($('time-from').value), b = Number($('time-to').value);
    if (a > b) [a, b] = [b, a];
    state.from = a > 0 ? dates[a] : '';
    state.to = b < dates.length - 1 ? dates[b] : '';
    applyFilters();
  };
  $('time-from').addEventListener('input', onTime);
  $('time-to').addEventListener('input', onTime);
  $('legend').innerHTML =
    Object.entries(ENTITY_STYLE).map(([t, [shape, c]]) => `<li><span class="swatch" style="background:${c}"></span>${t} (${shape})</li>`).join('') +
    Object.entries(EVENT_COLORS).slice(0, 12).map(([t, c]) => `<li><span class="swatch" style="background:${c};border-radius:3px"></span>event: ${t}</li>`).join('');
}

function toggle(arr, value, on) {
  const i = arr.indexOf(value);
  if (on && i < 0) arr.push(value);
  if (!on && i >= 0) arr.splice(i, 1);
}

// ---- loading ------------------------------------------------------------

async function loadSeed(entityId, limit = 200) {
  setStatus('Loading…');
  try {
    const g = await api(`/graph?seed=${entityId}&depth=1&limit=${limit}`);
    if (!state.seeds.includes(entityId)) state.seeds.push(entityId);
    const added = model.merge(g.elements, g.hidden);
    render(added);
    if (!g.elements.nodes.length) setStatus('No connections found.');
  } catch (err) {
    setStatus(`Could not load the graph: ${err.message}`, true);
  }
}

async function expand(id) {
  if (!id) return;
  if (id.startsWith('e')) return loadSeed(Number(id.slice(1)), 300);
  try {
    const ev = await api(`/events/${id.slice(1)}`);
    const nodes = [], edges = [];
    for (const p of ev.participants) {
      nodes.push({ data: { id: 'e' + p.id, kind: 'entity', entity_id: p.id, label: p.name, name: p.name, type: p.type } });
      edges.push({ data: { id: `p${ev.id}-${p.id}-${p.role}`, source: 'e' + p.id, target: id, role: p.role } });
    }
    render(model.merge({ nodes, edges }));
  } catch (err) {
    setStatus(`Could not expand: ${err.message}`, true);
  }
}

// ---- details ------------------------------------------------------------

async function select(id) {
  state.selected = id;
  saveUrl();
  cy.$(':selected').unselect();
  $('expand').disabled = $('collapse').disabled = !id;
  if (!id) { $('details').innerHTML = '<p class="hint">Select a node to see its details.</p>'; return; }
  cy.$id(id).select();
  $('details').innerHTML = '<p class="hint">Loading…</p>';
  try {
    if (id.startsWith('e')) await showEntity(Number(id.slice(1)));
    else await showEvent(Number(id.slice(1)));
  } catch (err) {
    $('details').innerHTML = `<p class="error">Could not load details: ${escapeHtml(err.message)}</p>`;
  }
}

async function showEntity(id) {
  const [e, evs, tl] = await Promise.all([api(`/entities/${id}`), api(`/entities/${id}/events?limit=30`),
    api(`/timeline?entity=${id}&bucket=month`)]);
  const hidden = model.hidden['e' + id] || 0;
  $('details').innerHTML = `
    <h2>${escapeHtml(e.name)}</h2>
    <div>${escapeHtml(e.type)}${e.country ? ' · ' + escapeHtml(e.country) : ''}${e.actor_code ? ' · ' + escapeHtml(e.actor_code) : ''}</div>
    <div class="codes"><span>${e.counts.events} events</span><span>${e.counts.mentions} mentions</span><span>${e.counts.documents} documents</span></div>
    ${hidden ? `<p><button class="linklike" id="show-more">show ${hidden} more</button></p>` : ''}
    <h3>Also known as</h3><div>${e.aliases.map(escapeHtml).join(', ') || '—'}</div>
    <h3>Roles</h3><ul>${e.roles.map((r) => `<li>${escapeHtml(r.title)}${r.of ? ' (' + escapeHtml(r.of) + ')' : ''}${r.valid_from ? ', from ' + r.valid_from : ''}${r.valid_to ? ' to ' + r.valid_to : ''}</li>`).join('') || '<li>—</li>'}</ul>
    <h3>Timeline</h3>${timelineSvg(tl.series)}
    <h3>Events</h3><ul id="entity-events">${evs.items.map((v) => `<li><button class="linklike" data-event="${v.id}">${escapeHtml(v.date || 'undated')} · ${escapeHtml(v.label)}</button></li>`).join('') || '<li>—</li>'}</ul>`;
  $('details').querySelectorAll('[data-event]').forEach((b) => b.addEventListener('click', () => focusEvent(Number(b.dataset.event))));
  if (hidden) $('show-more').addEventListener('click', () => loadSeed(id, 1000));
}

function timelineSvg(series) {
  if (!series.length) return '<div class="hint">no dated events</div>';
  const totals = series.map((s) => Object.values(s.counts).reduce((a, b) => a + b, 0));
  const max = Math.max(...totals), w = 300, h = 60, bw = Math.max(2, Math.floor(w / series.length) - 2);
  const bars = series.map((s, i) => {
    const bh = Math.max(2, Math.round((totals[i] / max) * (h - 14)));
    return `<rect x="${i * (bw + 2)}" y="${h - 12 - bh}" width="${bw}" height="${bh}"><title>${s.period}: ${totals[i]}</title></rect>`;
  }).join('');
  return `<svg class="timeline" width="${w}" height="${h}" role="img" aria-label="events per month">${bars}` +
    `<text x="0" y="${h - 1}">${series[0].period}</text><text x="${w - 40}" y="${h - 1}">${series[series.length - 1].period}</text></svg>`;
}

async function focusEvent(eventId) {
  const id = 'v' + eventId;
  if (!model.nodes.has(id)) {
    const ev = await api(`/events/${eventId}`);
    model.merge({ nodes: [{ data: { id, kind: 'event', event_id: ev.id, label: ev.type + (ev.date ? ' ' + ev.date : ''), name: ev.label, type: ev.type, date: ev.date } }] });
    render([id]);
    await expand(id);
  }
  select(id);
}

async function showEvent(id) {
  const v = await api(`/events/${id}`);
  $('details').innerHTML = `
    <h2>${escapeHtml(v.label)}</h2>
    <div class="codes"><span>${escapeHtml(v.type)}</span>${v.cameo ? `<span>CAMEO ${escapeHtml(v.cameo)}</span>` : ''}${v.plover ? `<span>PLOVER ${escapeHtml(v.plover)}${v.plover_mode ? '/' + escapeHtml(v.plover_mode) : ''}</span>` : ''}<span>Goldstein ${v.goldstein}</span></div>
    <div>${escapeHtml(v.date || 'undated')}${v.location ? ' · ' + escapeHtml(v.location.name) : ''}</div>
    <h3>Participants</h3><ul>${v.participants.map((p) => `<li>${escapeHtml(p.name)} <span class="hint">(${escapeHtml(p.role)})</span></li>`).join('') || '<li>—</li>'}</ul>
    ${v.quote ? `<h3>Quote</h3><blockquote>${escapeHtml(v.quote)}</blockquote>` : ''}
    <h3>Evidence</h3>
    ${v.evidence.map((e) => `<div class="evidence"><div>${escapeHtml(e.text)}</div>
      <div class="src">${escapeHtml(e.document.source || 'unknown source')} · ${escapeHtml(e.document.published_at || '')}
      ${e.document.url ? ` · <a href="${escapeHtml(e.document.url)}" target="_blank" rel="noopener">link</a>` : ''}
      · <button class="linklike" data-doc="${e.document.id}">open document</button></div></div>`).join('')}`;
  $('details').querySelectorAll('[data-doc]').forEach((b) => b.addEventListener('click', () => openDocument(Number(b.dataset.doc))));
}

async function openDocument(id) {
  const d = await api(`/documents/${id}`);
  $('doc-title').textContent = d.title || d.external_id || `Document ${d.id}`;
  $('doc-meta').textContent = [d.source, d.published_at, d.url].filter(Boolean).join(' · ');
  const spans = [...d.entities.map((s) => ({ ...s, cls: 'entity', id: 'e' + s.entity_id })),
                 ...d.events.map((s) => ({ ...s, cls: 'event', id: 'v' + s.event_id }))];
  $('doc-text').innerHTML = segments(d.text, spans).map((seg) => seg.classes.size
    ? `<mark class="${[...seg.classes].join(' ')}" title="${escapeHtml(seg.ids.join(' '))}">${escapeHtml(seg.text)}</mark>`
    : escapeHtml(seg.text)).join('');
  $('doc-dialog').showModal();
}

// ---- search ---------------------------------------------------------------

let suggestTimer, suggestions = [], active = -1;

async function suggest(q) {
  if (q.trim().length < 2) return hideSuggestions();
  try {
    const [ents, evs] = await Promise.all([api(`/entities?q=${encodeURIComponent(q)}&limit=8`),
      api(`/events?q=${encodeURIComponent(q)}&limit=5`).catch(() => ({ items: [] }))]);
    suggestions = [...ents.items.map((e) => ({ kind: 'entity', id: e.id, label: e.name, meta: e.type + (e.country ? ' · ' + e.country : '') })),
                   ...evs.items.map((v) => ({ kind: 'event', id: v.id, label: v.label, meta: v.date || 'event' }))];
    active = suggestions.length ? 0 : -1;
    drawSuggestions();
  } catch (err) {
    setStatus(`Search failed: ${err.message}`, true);
  }
}

function drawSuggestions() {
  const ul = $('suggestions');
  ul.hidden = false;
  ul.innerHTML = suggestions.length ? suggestions.map((s, i) =>
    `<li role="option" id="opt-${i}" aria-selected="${i === active}" data-i="${i}"><span>${escapeHtml(s.label)}</span><span class="kind">${escapeHtml(s.meta)}</span></li>`).join('')
    : '<li class="hint">No matches</li>';
  $('search').setAttribute('aria-activedescendant', active >= 0 ? `opt-${active}` : '');
}

function hideSuggestions() { $('suggestions').hidden = true; suggestions = []; active = -1; }

async function choose(s) {
  hideSuggestions();
  if (!s) return;
  if (s.kind === 'entity') {
    await loadSeed(s.id);
    select('e' + s.id);
  } else {
    const ev = await api(`/events/${s.id}`);
    if (ev.participants.length) await loadSeed(ev.participants[0].id);
    await focusEvent(s.id);
  }
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
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && suggestions.length) { active = (active + 1) % suggestions.length; drawSuggestions(); e.preventDefault(); }
    else if (e.key === 'ArrowUp' && suggestions.length) { active = (active - 1 + suggestions.length) % suggestions.length; drawSuggestions(); e.preventDefault(); }
    else if (e.key === 'Enter') { choose(suggestions[active]); e.preventDefault(); }
    else if (e.key === 'Escape') hideSuggestions();
  });
  $('suggestions').addEventListener('mousedown', (e) => {
    const li = e.target.closest('li[data-i]');
    if (li) { e.preventDefault(); choose(suggestions[Number(li.dataset.i)]); }
  });
  input.addEventListener('blur', () => setTimeout(hideSuggestions, 150));
}

// ---- toolbar and keys -----------------------------------------------------

function download(name, href) {
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

function initToolbar() {
  $('expand').addEventListener('click', () => expand(state.selected));
  $('collapse').addEventListener('click', () => { model.collapse(state.selected); render(); });
  $('undo').addEventListener('click', () => { if (model.undo()) render(); });
  $('fit').addEventListener('click', () => cy.fit(undefined, 30));
  $('export-png').addEventListener('click', () => download('parley-graph.png', cy.png({ full: true, scale: 2, bg: '#ffffff' })));
  $('export-json').addEventListener('click', () => download('parley-graph.json',
    URL.createObjectURL(new Blob([JSON.stringify(model.toJSON(), null, 1)], { type: 'application/json' }))));
  document.addEventListener('keydown', (e) => {
    if (e.key === '/' && document.activeElement !== $('search')) { $('search').focus(); e.preventDefault(); }
    else if (e.key === 'Escape' && !$('doc-dialog').open) select('');
    else if ((e.ctrlKey || e.metaKey) && e.key === 'z' && document.activeElement !== $('search')) { if (model.undo()) render(); }
  });
}

async function restore() {
  for (const seed of [...state.seeds]) await loadSeed(seed);
  if (state.selected) {
    if (!model.nodes.has(state.selected) && state.selected.startsWith('v')) await focusEvent(Number(state.selected.slice(1)));
    else await select(state.selected);
  }
}

initCanvas();
initFilters();
initSearch();
initToolbar();
window.parley = { cy, model, state: () => state }; // for tests and the console
restore().then(() => { document.body.dataset.ready = '1'; });
