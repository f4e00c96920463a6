// The start page: what is in the graph (documents, entities, events, date
// span), the most active actors and the latest events — where to begin.
import { api } from './api.js';

const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const n = (x) => Number(x || 0).toLocaleString('en');

export function createStart({ host, eventItems, shapeOf }) {
  let loaded = false;
  async function show() {
    if (loaded) return;
    loaded = true;
    host.innerHTML = '<p class="hint"><span class="spinner"></span> Loading…</p>';
    const [s, actors, events] = await Promise.all([api('/stats'), api('/entities?limit=12'), api('/events?limit=10')]);
    host.innerHTML = `<h2>What is in the graph</h2>
      <ul class="totals"><li><strong>${n(s.documents)}</strong> documents</li><li><strong>${n(s.entities)}</strong> entities</li>
        <li><strong>${n(s.events)}</strong> events</li><li>dated <strong>${esc(s.date_range.from || '—')}</strong> to <strong>${esc(s.date_range.to || '—')}</strong></li></ul>
      <div class="start-cols"><section aria-labelledby="h-actors"><h3 id="h-actors">Most active actors</h3><ol class="actors">
        ${actors.items.map((e) => `<li><button class="linklike" data-entity="${e.id}">${shapeOf(e.type)} ${esc(e.name)}</button> <span class="hint">${n(e.event_count)} events</span>`
          + ` <a href="?view=network&seeds=${e.id}" data-nav>network</a></li>`).join('')}</ol></section>
      <section aria-labelledby="h-latest"><h3 id="h-latest">Latest events</h3><ul class="events">${eventItems(events.items)}</ul></section></div>
      <h3>Where to begin</h3><ul class="begin">
        <li><a href="?view=network" data-nav>The actor network</a> — who deals with whom, over the window on the time bar.</li>
        <li><a href="?view=map" data-nav>The map</a> — where events happened.</li>
        <li><a href="?view=dyad" data-nav>A dyad</a> — two actors' events over time; <a href="?view=paths" data-nav>paths</a> — how two actors are connected.</li>
        <li>Search a name above (press <kbd>/</kbd>) to open the evidence graph around it.</li></ul>`;
  }
  return { show, reset: () => { loaded = false; } };
}
