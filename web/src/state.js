// View state <-> URL query string, so a view can be shared and reloaded.
// Pure functions; no DOM.
//
//   q        the search box                 sel      the selected node (e12 / v7)
//   x        expanded nodes, in order, each "e12" or "v7", optionally ":limit"
//   drop     nodes collapsed away           hide_et / hide_vt   hidden entity / event types
//   country  ISO 3166 alpha-3               from, to            the time window (YYYY-MM-DD; a
//                                                                 YYYY-MM or YYYY bound is widened to
//                                                                 the whole month or year)
//   view     start | evidence | network | dyad | paths | map
//   a, b     the two actors of the dyad and path views (entity ids)
//   seeds    network seeds (entity ids; none = the top actors)    top     network size
//   place    the place picked on the map (entity id)

import { fullDate } from './timebar.js';

export const ENTITY_TYPES = ['person', 'organization', 'country', 'location', 'group'];
export const VIEWS = ['start', 'evidence', 'network', 'dyad', 'paths', 'map'];

export function emptyState() {
  return { q: '', expanded: [], removed: [], selected: '', hiddenEntityTypes: [], hiddenEventTypes: [],
           country: '', from: '', to: '', view: '', a: 0, b: 0, netSeeds: [], top: 0, place: 0 };
}

const list = (s) => (s ? s.split(',').map((x) => x.trim()).filter(Boolean) : []);
const NODE = /^[ev]\d+$/;
const EXPANSION = /^[ev]\d+(:\d+)?$/;
const TYPE = /^[a-z_]{1,40}$/;
const ID = /^\d{1,12}$/;
const id = (v) => (ID.test(v || '') ? Number(v) : 0);

// Parses location.search into a state object; unknown keys and malformed
// values are dropped. "seeds=7,12" (entity ids) is read as x=e7,e12.
export function decodeState(search) {
  const p = new URLSearchParams(search);
  const s = emptyState();
  s.q = (p.get('q') || '').slice(0, 200);
  s.view = VIEWS.includes(p.get('view')) ? p.get('view') : '';
  const seeds = list(p.get('seeds')).filter((x) => /^\d+$/.test(x));
  // seeds= names the network's seeds in the network view; elsewhere (older
  // links) entities to expand.
  if (s.view === 'network') s.netSeeds = [...new Set(seeds.map(Number))].slice(0, 50);
  const expand = s.view === 'network' ? [] : seeds.map((x) => 'e' + x);
  s.expanded = [...new Set([...expand, ...list(p.get('x')).filter((x) => EXPANSION.test(x))])];
  s.removed = [...new Set(list(p.get('drop')).filter((x) => NODE.test(x)))];
  s.selected = NODE.test(p.get('sel') || '') ? p.get('sel') : '';
  s.hiddenEntityTypes = list(p.get('hide_et')).filter((x) => TYPE.test(x));
  s.hiddenEventTypes = list(p.get('hide_vt')).filter((x) => TYPE.test(x));
  s.country = /^[A-Z]{3}$/.test(p.get('country') || '') ? p.get('country') : '';
  s.from = fullDate(p.get('from'));
  s.to = fullDate(p.get('to'), true);
  if (s.from && s.to && s.from > s.to) [s.from, s.to] = [fullDate(p.get('to')), fullDate(p.get('from'), true)];
  s.a = id(p.get('a'));
  s.b = id(p.get('b'));
  s.top = Math.min(500, id(p.get('top')));
  s.place = id(p.get('place'));
  return s;
}

// The query string for a state, without empty keys, in a stable order.
export function encodeState(s) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.expanded.length) p.set('x', [...new Set(s.expanded)].join(','));
  if (s.removed.length) p.set('drop', [...new Set(s.removed)].sort().join(','));
  if (s.selected) p.set('sel', s.selected);
  if (s.hiddenEntityTypes.length) p.set('hide_et', [...s.hiddenEntityTypes].sort().join(','));
  if (s.hiddenEventTypes.length) p.set('hide_vt', [...s.hiddenEventTypes].sort().join(','));
  if (s.country) p.set('country', s.country);
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.view) p.set('view', s.view);
  if (s.a) p.set('a', String(s.a));
  if (s.b) p.set('b', String(s.b));
  if (s.netSeeds?.length) p.set('seeds', s.netSeeds.join(','));
  if (s.top) p.set('top', String(s.top));
  if (s.place) p.set('place', String(s.place));
  const out = p.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return out ? '?' + out : '';
}

// "e7:300" -> {id: 'e7', limit: 300}; "v1" -> {id: 'v1', limit: 0}.
export function parseExpansion(x) {
  const [id, limit] = x.split(':');
  return { id, limit: limit ? Number(limit) : 0 };
}
