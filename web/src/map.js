// The map view: where the window's events happened (GET /api/v1/places),
// on an offline world map (Natural Earth via the world-atlas package, drawn
// with d3-geo: nothing is fetched at run time), markers sized by event
// count; a click picks the place and lists its events.
import { geoNaturalEarth1, geoPath, geoGraticule10 } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import world from 'world-atlas/countries-110m.json';
import { api } from './api.js';

const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const W = 960, H = 500;

export function createMap({ host, navigate }) {
  const projection = geoNaturalEarth1().fitExtent([[4, 4], [W - 4, H - 4]], { type: 'Sphere' });
  const path = geoPath(projection);
  const land = path(feature(world, world.objects.countries));
  const borders = path(mesh(world, world.objects.countries, (a, b) => a !== b));
  host.innerHTML = `<div class="pane-head"><h2>Map</h2><p class="hint" id="map-note"></p></div>
    <div class="map-wrap"><svg id="map-svg" viewBox="0 0 ${W} ${H}" role="group" aria-label="World map of event places">
      <path d="${path({ type: 'Sphere' })}" fill="#eef4fb"/><path d="${path(geoGraticule10())}" fill="none" stroke="#dbe4ee" stroke-width=".5"/>
      <path d="${land}" fill="#dfe3e8"/><path d="${borders}" fill="none" stroke="#fff" stroke-width=".6"/>
      <g id="map-markers"></g></svg></div>`;
  const g = host.querySelector('#map-markers');
  let lastKey = '', places = [];
  const activate = (el) => { if (el?.dataset.place) navigate({ place: Number(el.dataset.place) }, true); };
  g.addEventListener('click', (e) => activate(e.target.closest('[data-place]')));
  g.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); activate(e.target.closest('[data-place]')); } });

  async function show(state) {
    const q = new URLSearchParams({ limit: '1000' });
    if (state.from) q.set('from', state.from);
    if (state.to) q.set('to', state.to);
    const key = q.toString() + '|' + state.place;
    if (key === lastKey) return places;
    lastKey = key;
    const r = await api(`/places?${q}`);
    places = r.items;
    const shown = places.filter((p) => p.lat != null);
    const max = Math.max(1, ...shown.map((p) => p.events));
    g.innerHTML = shown.map((p) => {
      const [x, y] = projection([p.lon, p.lat]);
      const rad = 3 + 17 * Math.sqrt(p.events / max);
      return `<circle class="marker${p.id === state.place ? ' picked' : ''}" data-place="${p.id}" data-name="${esc(p.name)}" cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${rad.toFixed(1)}" `
        + `tabindex="0" role="button" aria-label="${esc(p.name)}: ${p.events} event${p.events > 1 ? 's' : ''}"><title>${esc(p.name)}: ${p.events}</title></circle>`;
    }).join('');
    host.querySelector('#map-note').textContent = `${r.placed_events} events at ${shown.length} places on the map`
      + (r.unplaced_events ? `; ${r.unplaced_events} at places without coordinates (regions, continents)` : '')
      + '. Click a marker to list its events.';
    return places;
  }
  return { show, places: () => places };
}
