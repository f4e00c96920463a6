// Which graph nodes are visible under the filters and the time range, and the
// time slider's arithmetic. Works on plain node data ({id, kind, type,
// country, date}) and edges ({source, target}); no DOM, no Cytoscape.

// True when an event node passes the event-type filter and the time range.
export function eventPasses(ev, state) {
  if (state.hiddenEventTypes.includes(ev.type)) return false;
  if (ev.date) {
    if (state.from && ev.date < state.from) return false;
    if (state.to && ev.date > state.to) return false;
  } else if (state.from || state.to) {
    return false; // an undated event cannot be placed inside a date range
  }
  return true;
}

// True when an entity node passes the entity-type and country filters.
export function entityPasses(en, state) {
  if (state.hiddenEntityTypes.includes(en.type)) return false;
  if (state.country && en.country !== state.country) return false;
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

// Sorted distinct event dates, for the time slider.
export function eventDates(nodes) {
  return [...new Set(nodes.filter((n) => n.kind === 'event' && n.date).map((n) => n.date))].sort();
}

// Slider positions for a range: the slider has one stop per distinct date;
// [0, n-1] is "all dates". A bound between stops snaps inward.
export function rangeToIndices(dates, from, to) {
  const n = dates.length;
  if (!n) return [0, 0];
  let a = 0, b = n - 1;
  if (from) { a = dates.findIndex((d) => d >= from); if (a < 0) a = n - 1; }
  if (to) { b = -1; dates.forEach((d, i) => { if (d <= to) b = i; }); if (b < 0) b = 0; }
  return a <= b ? [a, b] : [b, a];
}

// The range two slider positions stand for; an end at the slider's extreme
// is open (''), so events added later beyond it stay visible.
export function indicesToRange(dates, a, b) {
  if (!dates.length) return { from: '', to: '' };
  if (a > b) [a, b] = [b, a];
  a = Math.max(0, Math.min(dates.length - 1, a));
  b = Math.max(0, Math.min(dates.length - 1, b));
  return { from: a > 0 ? dates[a] : '', to: b < dates.length - 1 ? dates[b] : '' };
}
