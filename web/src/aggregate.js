// Where the time bar and the dyad view get their numbers. One module, so
// they can move to the server's /api/v1/aggregate (issue 17) in one place:
// today the time bar reads GET /timeline?bucket=day — one row per exact
// stored date (day, "YYYY-MM" or "YYYY") and type — and bins it itself
// (timebar.js); the dyad view reads the events the two actors share.
import { api } from './api.js';

// Dated event counts: [{date, type, count}] over the whole graph, or one
// entity's; `total` counts the undated too (for an honest "undated" figure).
export async function datedCounts({ entity = 0 } = {}) {
  const [tl, total] = await Promise.all([
    api(`/timeline?bucket=day${entity ? `&entity=${entity}` : ''}`),
    entity ? api(`/entities/${entity}`).then((e) => e.counts?.events ?? e.event_count) : api('/stats').then((s) => s.events),
  ]);
  const rows = [];
  for (const s of tl.series || []) for (const [type, count] of Object.entries(s.counts)) rows.push({ date: s.period, type, count });
  return { rows, total };
}

// The events two entities take part in together, newest first, in the
// window. Walks the pages of the less active one's events (at most `max`
// events read) and keeps those the other one is in.
export async function pairEvents(a, b, { from = '', to = '', max = 3000, counts = null } = {}) {
  let [x, y] = [a, b];
  if (counts && counts[b] < counts[a]) [x, y] = [b, a];
  const q = new URLSearchParams({ limit: '500' });
  if (from) q.set('from', from);
  if (to) q.set('to', to);
  let next = `/entities/${x}/events?${q}`;
  const out = [];
  let read = 0, truncated = false;
  while (next) {
    const page = await api(next);
    read += page.items.length;
    for (const v of page.items) if (v.participants.some((p) => p.id === y)) out.push(v);
    next = page.next;
    if (next && read >= max) { truncated = true; break; }
  }
  return { events: out, truncated };
}

// Per period and type, with the mean Goldstein score per period: what
// event-data papers plot for a dyad. `bucket`: month or year.
export function dyadSeries(events, bucket = 'month') {
  const by = new Map();
  let undated = 0;
  for (const v of events) {
    if (!v.date || (bucket === 'month' && v.date.length < 7)) { undated++; continue; }
    const p = bucket === 'month' ? v.date.slice(0, 7) : v.date.slice(0, 4);
    if (!by.has(p)) by.set(p, { period: p, counts: {}, g: 0, gn: 0 });
    const s = by.get(p);
    s.counts[v.type] = (s.counts[v.type] || 0) + 1;
    if (v.goldstein != null) { s.g += v.goldstein; s.gn++; }
  }
  const series = [...by.values()].sort((p, q) => p.period.localeCompare(q.period))
    .map((s) => ({ period: s.period, counts: s.counts, goldstein: s.gn ? s.g / s.gn : null }));
  return { series, undated };
}
