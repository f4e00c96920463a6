// Which graph nodes are visible under the filters and the time range.
// Works on plain node data ({id, kind, type, country, date}) and edges
// ({source, target}); no DOM, no Cytoscape.

// True when an event node passes the filters.
export function eventVisible(ev, state) {
  if (state.hiddenEventTypes.includes(ev.type)) return false;
  if (ev.date) {
    if (state.from && ev.date < state.from) return false;
    if (state.to && ev.date > state.to) return false;
  } else if (state.from || state.to) {
    return false; // an undated event cannot be placed inside a date range
  }
  return true;
}

// The ids of visible nodes. An entity is visible when its type is shown,
// it matches the country filter, and it is a seed or touches a visible event.
export function visibleIds(nodes, edges, state, seeds = []) {
  const visible = new Set();
  const events = new Map(nodes.filter((n) => n.kind === 'event').map((n) => [n.id, n]));
  for (const [id, ev] of events) if (eventVisible(ev, state)) visible.add(id);
  const touching = new Set();
  for (const e of edges) if (visible.has(e.target)) touching.add(e.source);
  const seedIds = new Set(seeds.map((s) => 'e' + s));
  for (const n of nodes) {
    if (n.kind !== 'entity') continue;
    if (state.hiddenEntityTypes.includes(n.type)) continue;
    if (state.country && n.country !== state.country) continue;
    if (seedIds.has(n.id) || touching.has(n.id)) visible.add(n.id);
  }
  return visible;
}

// Sorted distinct event dates, for the time slider.
export function eventDates(nodes) {
  return [...new Set(nodes.filter((n) => n.kind === 'event' && n.date).map((n) => n.date))].sort();
}
