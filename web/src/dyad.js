// The dyad view: two actors → their shared events over time (counts by type
// per month, stacked, and the mean Goldstein line, as event-data papers plot
// them) with the list of events; a click opens an event's evidence.
import { api } from './api.js';
import { picker } from './picker.js';
import { pairEvents, dyadSeries } from './aggregate.js';

const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function dyadChart(series, { color, width = 640, height = 200 }) {
  if (!series.length) return '<p class="hint">No dated events shared in this window.</p>';
  const left = 30, right = 34, top = 8, bottom = 22, ph = height - top - bottom;
  const n = series.length, bw = (width - left - right) / n;
  const max = Math.max(1, ...series.map((s) => Object.values(s.counts).reduce((a, b) => a + b, 0)));
  const types = [...new Set(series.flatMap((s) => Object.keys(s.counts)))].sort();
  let bars = '', line = '';
  series.forEach((s, i) => {
    let y = top + ph;
    for (const t of types) {
      const c = s.counts[t] || 0;
      if (!c) continue;
      const h = (c / max) * ph;
      y -= h;
      bars += `<rect x="${(left + i * bw + 1).toFixed(1)}" y="${y.toFixed(1)}" width="${Math.max(1, bw - 2).toFixed(1)}" height="${h.toFixed(1)}" fill="${color(t)}"><title>${esc(s.period)}: ${c} ${esc(t)}</title></rect>`;
    }
  });
  const gy = (g) => top + ph / 2 - (g / 10) * (ph / 2);
  const pts = series.map((s, i) => (s.goldstein == null ? null : `${(left + (i + 0.5) * bw).toFixed(1)},${gy(s.goldstein).toFixed(1)}`)).filter(Boolean);
  if (pts.length) line = `<polyline points="${pts.join(' ')}" fill="none" stroke="#1d2430" stroke-width="2"/>`
    + pts.map((p) => `<circle cx="${p.split(',')[0]}" cy="${p.split(',')[1]}" r="2.5" fill="#1d2430"/>`).join('');
  const total = series.reduce((a, s) => a + Object.values(s.counts).reduce((x, y) => x + y, 0), 0);
  return `<svg class="dyad-chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${total} shared events by month, ${esc(series[0].period)} to ${esc(series[n - 1].period)}, with the mean Goldstein score">`
    + `<line x1="${left}" x2="${width - right}" y1="${top + ph}" y2="${top + ph}" stroke="#889"/>`
    + `<line x1="${left}" x2="${width - right}" y1="${gy(0)}" y2="${gy(0)}" stroke="#bbc" stroke-dasharray="3 3"/>`
    + `<text x="${left - 4}" y="${top + 8}" text-anchor="end">${max}</text><text x="${left - 4}" y="${top + ph}" text-anchor="end">0</text>`
    + `<text x="${width - right + 4}" y="${top + 8}">+10</text><text x="${width - right + 4}" y="${top + ph}">−10</text>`
    + bars + line
    + `<text x="${left}" y="${height - 6}">${esc(series[0].period)}</text><text x="${width - right}" y="${height - 6}" text-anchor="end">${esc(series[n - 1].period)}</text></svg>`
    + `<div class="tl-keys">${types.map((t) => `<span><i style="background:${color(t)}"></i>${esc(t)}</span>`).join('')}<span><i style="background:#1d2430;height:2px"></i>mean Goldstein (right axis)</span></div>`;
}

export function createDyad({ host, palette, navigate, showEvent, eventItems }) {
  host.innerHTML = `<div class="pane-head"><h2>Dyad</h2><div class="pickers"><div id="dyad-a"></div><div id="dyad-b"></div></div></div>
    <div id="dyad-body" aria-live="polite"><p class="hint">Pick two actors to see what passed between them.</p></div>`;
  const pa = picker(host.querySelector('#dyad-a'), { label: 'First actor', onPick: (e) => navigate({ a: e.id }, true) });
  const pb = picker(host.querySelector('#dyad-b'), { label: 'Second actor', onPick: (e) => navigate({ b: e.id }, true) });
  let lastKey = '', events = [];
  host.addEventListener('click', (e) => { const b = e.target.closest('[data-event]'); if (b) showEvent(Number(b.dataset.event)); });

  async function show(state) {
    const key = `${state.a}|${state.b}|${state.from}|${state.to}`;
    if (key === lastKey) return;
    lastKey = key;
    const body = host.querySelector('#dyad-body');
    if (!state.a || !state.b) { events = []; body.innerHTML = '<p class="hint">Pick two actors to see what passed between them.</p>'; }
    const [ea, eb] = await Promise.all([state.a ? api(`/entities/${state.a}`) : null, state.b ? api(`/entities/${state.b}`) : null]);
    if (key !== lastKey) return;  // a later show() owns the view
    // Picking the first actor must not wipe what is being typed into the second.
    pa.show(state.a, ea?.name); pb.show(state.b, eb?.name);
    if (!ea || !eb) return;
    body.innerHTML = '<p class="hint"><span class="spinner"></span> Loading shared events…</p>';
    const r = await pairEvents(ea.id, eb.id, { from: state.from, to: state.to, counts: { [ea.id]: ea.counts.events, [eb.id]: eb.counts.events } });
    if (key !== lastKey) return;
    events = r.events;
    const { series, undated } = dyadSeries(events);
    body.innerHTML = `<h3>${esc(ea.name)} and ${esc(eb.name)}: <span id="dyad-count">${events.length}</span> shared events${state.from || state.to ? ` (${esc(state.from || 'start')} → ${esc(state.to || 'end')})` : ''}</h3>`
      + dyadChart(series, { color: palette().color })
      + (undated ? `<p class="hint small">${undated} of them dated only to the year or not at all: listed, not charted.</p>` : '')
      + (r.truncated ? '<p class="hint small">Only the first 3,000 events were read.</p>' : '')
      + `<h3>Events</h3><ul class="events" id="dyad-events">${eventItems(events)}</ul>`;
  }
  return { show, events: () => events };
}
