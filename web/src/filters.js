// Which graph nodes are visible under the filters and the time window.
// Works on plain node data ({id, kind, type, country, date}) and edges
// ({source, target}); no DOM, no Cytoscape.
import { dateBounds } from './timebar.js';

// True when an event node passes the event-type filter and the time range.
export function eventPasses(ev, state) {
  if (state.hiddenEventTypes.includes(ev.type)) return false;
  if (ev.date) {
    // A month- or year-only date is a span: it passes when the span meets the window.
    const [start, end] = dateBounds(ev.date);
    if (state.from && end < state.from) return false;
    if (state.to && start > state.to) return false;
  } else if (state.from || state.to) {
    return false; // an undated event cannot be placed inside a date range
  }
  return true;
}

// True when an entity node passes the entity-type and country filters. An
// entity without a country (NATO, the EU, the UN) is not anyone's, so a
// country filter leaves it alone.
export function entityPasses(en, state) {
  if (state.hiddenEntityTypes.includes(en.type)) return false;
  if (state.country && en.country && en.country !== state.country) return false;
  return true;
}

// The ids of visible nodes.
// - An event is visible when it passes and, if it has participants on screen,
//   at least one of them passes (so a country filter drops foreign events).
// - An entity is visible when it passes and is pinned (expanded/searched),
//   touches a visible event, or has no events on screen at all.
export function visibleIds(nodes, edges, state, pinned = []) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const adj = new Map();
  for (const e of edges) {
    if (!byId.has(e.source) || !byId.has(e.target)) continue;
    if (!adj.has(e.source)) adj.set(e.source, []);
    if (!adj.has(e.target)) adj.set(e.target, []);
    adj.get(e.source).push(e.target);
    adj.get(e.target).push(e.source);
  }
  const passes = new Set();
  for (const n of nodes) {
    if (n.kind === 'event' ? eventPasses(n, state) : entityPasses(n, state)) passes.add(n.id);
  }
  const visible = new Set();
  for (const n of nodes) {
    if (n.kind !== 'event' || !passes.has(n.id)) continue;
    const nb = adj.get(n.id) || [];
    if (!nb.length || nb.some((m) => passes.has(m))) visible.add(n.id);
  }
  const pin = new Set(pinned);
  for (const n of nodes) {
    if (n.kind === 'event' || !passes.has(n.id)) continue;
    const nb = adj.get(n.id) || [];
    if (pin.has(n.id) || !nb.length || nb.some((m) => visible.has(m))) visible.add(n.id);
  }
  return visible;
}

// Sorted distinct event dates on screen.
export function eventDates(nodes) {
  return [...new Set(nodes.filter((n) => n.kind === 'event' && n.date).map((n) => n.date))].sort();
}
