// View state <-> URL query string, so a view can be shared and reloaded.
// Pure functions; no DOM.

export const ENTITY_TYPES = ['person', 'organization', 'country', 'location', 'group'];

export function emptyState() {
  return { q: '', seeds: [], selected: '', hiddenEntityTypes: [], hiddenEventTypes: [],
           country: '', from: '', to: '' };
}

const list = (s) => (s ? s.split(',').filter(Boolean) : []);

// Parses location.search into a state object; unknown keys are ignored.
export function decodeState(search) {
  const p = new URLSearchParams(search);
  const s = emptyState();
  s.q = p.get('q') || '';
  s.seeds = list(p.get('seeds')).filter((x) => /^\d+$/.test(x)).map(Number);
  s.selected = /^[ev]\d+$/.test(p.get('sel') || '') ? p.get('sel') : '';
  s.hiddenEntityTypes = list(p.get('hide_et'));
  s.hiddenEventTypes = list(p.get('hide_vt'));
  s.country = /^[A-Z]{3}$/.test(p.get('country') || '') ? p.get('country') : '';
  s.from = /^\d{4}-\d{2}-\d{2}$/.test(p.get('from') || '') ? p.get('from') : '';
  s.to = /^\d{4}-\d{2}-\d{2}$/.test(p.get('to') || '') ? p.get('to') : '';
  return s;
}

// The query string for a state, without empty keys, in a stable order.
export function encodeState(s) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.seeds.length) p.set('seeds', [...new Set(s.seeds)].join(','));
  if (s.selected) p.set('sel', s.selected);
  if (s.hiddenEntityTypes.length) p.set('hide_et', [...s.hiddenEntityTypes].sort().join(','));
  if (s.hiddenEventTypes.length) p.set('hide_vt', [...s.hiddenEventTypes].sort().join(','));
  if (s.country) p.set('country', s.country);
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  const out = p.toString();
  return out ? '?' + out : '';
}
