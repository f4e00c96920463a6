// A stand-in for Parley's REST API (the shapes of /api/v1 as documented in
// issue 5) over the hand-written fixture in fixture.mjs, plus the built app
// from dist/. For developing and testing the UI without the C++ server:
//
//   node test/mock-server.mjs [--port 8088]        # then open http://127.0.0.1:8088/
//   PARLEY_MOCK=1 npm run test:e2e                 # the browser tests against it
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { DOCUMENT, ENTITIES, EVENTS } from './fixture.mjs';

const webRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', 'dist');
const cp = (s) => [...s].length; // length in code points

// ---- the fixture, indexed --------------------------------------------------

const entityById = new Map(ENTITIES.map((e) => [e.id, e]));
const eventById = new Map(EVENTS.map((v) => [v.id, v]));
const cpIndexOf = (text, sub) => {
  const i = text.indexOf(sub);
  return i < 0 ? -1 : cp(text.slice(0, i));
};

// Entity mentions: every occurrence of every alias (longest first, no overlaps).
const mentions = [];
{
  const aliases = ENTITIES.flatMap((e) => e.aliases.map((a) => [a, e])).sort((a, b) => b[0].length - a[0].length);
  const taken = new Array(DOCUMENT.text.length).fill(false);
  for (const [alias, e] of aliases) {
    const re = new RegExp(`(?<![\\p{L}])${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
    for (const m of DOCUMENT.text.matchAll(re)) {
      const a = m.index, b = a + alias.length;
      if (taken.slice(a, b).some(Boolean)) continue;
      taken.fill(true, a, b);
      const start = cp(DOCUMENT.text.slice(0, a));
      mentions.push({ start, end: start + cp(alias), entity_id: e.id, name: e.name, type: e.type, text: alias });
    }
  }
  mentions.sort((x, y) => x.start - y.start);
}
const eventSpans = EVENTS.map((v) => {
  const start = cpIndexOf(DOCUMENT.text, v.evidence);
  if (start < 0) throw new Error(`fixture: evidence of event ${v.id} is not in the text`);
  return { start, end: start + cp(v.evidence), event_id: v.id, type: v.type };
}).sort((x, y) => x.start - y.start || x.event_id - y.event_id);

const eventsOf = (entityId) => EVENTS.filter((v) => v.participants.some(([p]) => p === entityId));
const newestFirst = (a, b) => (b.date || '').localeCompare(a.date || '') || b.id - a.id;

function entitySummary(e) {
  return { id: e.id, name: e.name, type: e.type, country: e.country, sector: e.sector, actor_code: e.actor_code,
           event_count: eventsOf(e.id).length, mention_count: mentions.filter((m) => m.entity_id === e.id).length };
}

function eventLabel(v) {
  const names = v.participants.map(([p]) => entityById.get(p).name).join(', ');
  const place = v.location ? ' in ' + entityById.get(v.location).name : '';
  return `${v.type}: ${names}${place}`;
}

function eventSummary(v) {
  const loc = v.location ? entityById.get(v.location) : null;
  return { id: v.id, type: v.type, label: eventLabel(v), cameo: v.cameo, plover: v.plover, plover_mode: null,
           date: v.date, date_precision: v.date ? 'day' : null, location: loc ? { id: loc.id, name: loc.name } : null,
           participants: v.participants.map(([p, role]) => {
             const e = entityById.get(p);
             return { id: e.id, name: e.name, type: e.type, role };
           }),
           confidence: v.confidence, goldstein: v.goldstein, mentions: 1, documents: 1, sources: 1 };
}

function eventDetail(v) {
  const span = eventSpans.find((s) => s.event_id === v.id);
  const d = DOCUMENT;
  return { ...eventSummary(v), quote: v.quote, topic: v.topic, source_actor_code: v.source_actor_code,
           target_actor_code: v.target_actor_code, quad_class: v.quad_class,
           evidence: [{ document: { id: d.id, title: d.title, source: d.source, url: d.url, published_at: d.published_at },
                        start: span.start, end: span.end, text: v.evidence }] };
}

function entityDetail(e) {
  const co = new Map();
  for (const v of eventsOf(e.id)) {
    for (const [p] of v.participants) if (p !== e.id) co.set(p, (co.get(p) || 0) + 1);
  }
  const s = entitySummary(e);
  return { ...s, aliases: e.aliases, roles: e.roles,
           counts: { events: s.event_count, mentions: s.mention_count, documents: s.mention_count ? 1 : 0 },
           top_coparticipants: [...co].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([id, count]) => {
             const c = entityById.get(id);
             return { id, name: c.name, type: c.type, count };
           }),
           first_seen: e.first_seen, last_seen: e.last_seen };
}

const entityNode = (e) => ({ data: { id: 'e' + e.id, kind: 'entity', entity_id: e.id, label: e.name, name: e.name,
                                     type: e.type, country: e.country, degree: eventsOf(e.id).length } });
const eventNode = (v) => ({ data: { id: 'v' + v.id, kind: 'event', event_id: v.id, label: v.type + (v.date ? ' ' + v.date : ''),
                                    name: eventLabel(v), type: v.type, date: v.date, cameo: v.cameo, plover: v.plover,
                                    degree: v.participants.length } });
const edge = (v, p, role) => ({ data: { id: `p${v.id}-${p}-${role}`, source: 'e' + p, target: 'v' + v.id, role } });

// ---- parameters --------------------------------------------------------------

class Problem extends Error {
  constructor(status, detail, param) { super(detail); this.status = status; this.param = param; }
}
const DATE = /^\d{4}-\d{2}-\d{2}$/;
function date(p, name) {
  const v = p.get(name);
  if (v == null || v === '') return '';
  if (!DATE.test(v)) throw new Problem(400, `parameter '${name}': expected YYYY-MM-DD`, name);
  return v;
}
function int(p, name, def, max) {
  const v = p.get(name);
  if (v == null || v === '') return def;
  if (!/^\d+$/.test(v) || Number(v) < 1 || (max && Number(v) > max)) throw new Problem(400, `parameter '${name}': expected an integer 1..${max || '∞'}`, name);
  return Number(v);
}
const inRange = (v, from, to) => !(from || to) || (v.date && (!from || v.date >= from) && (!to || v.date <= to));

function page(items, p, path) {
  const limit = int(p, 'limit', 50, 1000);
  const offset = p.get('cursor') ? Number(Buffer.from(p.get('cursor'), 'base64url').toString()) : 0;
  if (!Number.isInteger(offset) || offset < 0) throw new Problem(400, "parameter 'cursor': not a cursor", 'cursor');
  const out = items.slice(offset, offset + limit);
  let next = null;
  if (offset + limit < items.length) {
    const q = new URLSearchParams(p);
    q.set('cursor', Buffer.from(String(offset + limit)).toString('base64url'));
    next = `/api/v1${path}?${q}`;
  }
  return { items: out, next, truncated: next !== null };
}

const matches = (q, ...texts) => texts.some((t) => t && t.toLowerCase().split(/[^\p{L}\p{N}]+/u).some((w) => w.startsWith(q)))
  || texts.some((t) => t && t.toLowerCase().startsWith(q));

function entityList(p) {
  const q = (p.get('q') || '').trim().toLowerCase();
  const type = p.get('type'), country = p.get('country');
  return ENTITIES.filter((e) => (!q || e.aliases.some((a) => matches(q, a)))
    && (!type || e.type === type) && (!country || e.country === country))
    .map(entitySummary).sort((a, b) => b.mention_count - a.mention_count || a.id - b.id);
}

function eventList(p, only) {
  const from = date(p, 'from'), to = date(p, 'to');
  const q = (p.get('q') || '').trim().toLowerCase();
  const participant = p.get('participant') ? Number(p.get('participant')) : null;
  return (only || EVENTS).filter((v) => (!p.get('type') || v.type === p.get('type'))
    && (!p.get('plover') || v.plover === p.get('plover')) && (!p.get('cameo') || v.cameo === p.get('cameo'))
    && (!p.get('role') || v.participants.some(([, r]) => r === p.get('role')))
    && (!participant || v.participants.some(([x]) => x === participant))
    && (!p.get('location') || v.location === Number(p.get('location')))
    && inRange(v, from, to) && (!q || matches(q, eventLabel(v), v.evidence)))
    .sort(newestFirst).map(eventSummary);
}

// The neighbourhood of the seeds: entities and events alternate, so depth d
// walks d entity→event→entity hops. limit caps the number of nodes; hidden
// counts, per returned node, the neighbours that were left out.
function graph(p) {
  const seeds = (p.get('seed') || '').split(',').filter(Boolean);
  if (!seeds.length || seeds.some((s) => !/^\d+$/.test(s))) throw new Problem(400, "parameter 'seed': expected entity ids", 'seed');
  const depth = int(p, 'depth', 1, 3), limit = int(p, 'limit', 200, 5000);
  const types = (p.get('types') || '').split(',').filter(Boolean);
  const from = date(p, 'from'), to = date(p, 'to');
  for (const s of seeds) if (!entityById.has(Number(s))) throw new Problem(404, `no entity ${s}`, 'seed');
  const evOk = (v) => (!types.length || types.includes(v.type)) && inRange(v, from, to);
  const nodes = new Map(), edges = new Map(), hidden = {};
  const add = (id, node) => { if (!nodes.has(id) && nodes.size < limit) nodes.set(id, node); return nodes.has(id); };
  let frontier = seeds.map(Number);
  for (const s of frontier) add('e' + s, entityNode(entityById.get(s)));
  let truncated = false;
  for (let d = 0; d < depth; d++) {
    const next = [];
    for (const eid of frontier) {
      for (const v of eventsOf(eid).filter(evOk).sort(newestFirst)) {
        if (!add('v' + v.id, eventNode(v))) { truncated = true; continue; }
        for (const [pid, role] of v.participants) {
          if (!nodes.has('e' + pid)) {
            if (!add('e' + pid, entityNode(entityById.get(pid)))) { truncated = true; continue; }
            next.push(pid);
          }
          edges.set(`p${v.id}-${pid}-${role}`, edge(v, pid, role));
        }
      }
    }
    frontier = next;
  }
  for (const [id] of nodes) {
    const all = id[0] === 'e' ? eventsOf(Number(id.slice(1))).filter(evOk).map((v) => 'v' + v.id)
      : eventById.get(Number(id.slice(1))).participants.map(([pid]) => 'e' + pid);
    const missing = all.filter((x) => !nodes.has(x)).length;
    if (missing) hidden[id] = missing;
  }
  return { elements: { nodes: [...nodes.values()], edges: [...edges.values()] }, truncated, hidden };
}

function paths(p) {
  const from = int(p, 'from'), to = int(p, 'to');
  if (!entityById.has(from)) throw new Problem(404, `no entity ${from}`, 'from');
  if (!entityById.has(to)) throw new Problem(404, `no entity ${to}`, 'to');
  const maxDepth = int(p, 'max_depth', 4, 6);
  const prev = new Map([['e' + from, null]]);
  let frontier = ['e' + from];
  for (let d = 0; d < maxDepth * 2 && frontier.length && !prev.has('e' + to); d++) {
    const next = [];
    for (const id of frontier) {
      const nb = id[0] === 'e' ? eventsOf(Number(id.slice(1))).map((v) => 'v' + v.id)
        : eventById.get(Number(id.slice(1))).participants.map(([x]) => 'e' + x);
      for (const n of nb) if (!prev.has(n)) { prev.set(n, id); next.push(n); }
    }
    frontier = next;
  }
  if (!prev.has('e' + to)) return { paths: [], elements: { nodes: [], edges: [] } };
  const ids = [];
  for (let id = 'e' + to; id; id = prev.get(id)) ids.unshift(id);
  const nodes = ids.map((id) => (id[0] === 'e' ? entityNode(entityById.get(Number(id.slice(1)))) : eventNode(eventById.get(Number(id.slice(1))))));
  const edges = [];
  for (let i = 1; i < ids.length; i += 2) {
    const v = eventById.get(Number(ids[i].slice(1)));
    for (const [pid, role] of v.participants) if (pid === Number(ids[i - 1].slice(1)) || pid === Number(ids[i + 1].slice(1))) edges.push(edge(v, pid, role));
  }
  return { paths: [{ length: (ids.length - 1) / 2, nodes: ids }], elements: { nodes, edges } };
}

function timeline(p) {
  const entity = int(p, 'entity');
  if (!entityById.has(entity)) throw new Problem(404, `no entity ${entity}`, 'entity');
  const bucket = p.get('bucket') || 'month';
  if (!['day', 'week', 'month'].includes(bucket)) throw new Problem(400, "parameter 'bucket': expected day, week or month", 'bucket');
  const from = date(p, 'from'), to = date(p, 'to');
  const series = new Map();
  for (const v of eventsOf(entity)) {
    if (!v.date || !inRange(v, from, to)) continue;
    const period = bucket === 'month' ? v.date.slice(0, 7) : v.date; // weeks: close enough for a mock
    const counts = series.get(period) || {};
    counts[v.type] = (counts[v.type] || 0) + 1;
    series.set(period, counts);
  }
  return { bucket, series: [...series].sort().map(([period, counts]) => ({ period, counts })) };
}

function search(p) {
  const q = (p.get('q') || '').trim();
  if (!q) throw new Problem(400, "parameter 'q': required", 'q');
  const lower = q.toLowerCase();
  const i = DOCUMENT.text.toLowerCase().indexOf(lower);
  const documents = i < 0 ? [] : [{ id: DOCUMENT.id, title: DOCUMENT.title, published_at: DOCUMENT.published_at,
    snippet: '…' + DOCUMENT.text.slice(Math.max(0, i - 60), i).replace(/[<&]/g, '') + '<mark>' + DOCUMENT.text.slice(i, i + q.length) + '</mark>'
             + DOCUMENT.text.slice(i + q.length, i + q.length + 60).replace(/[<&]/g, '') + '…' }];
  const qp = new URLSearchParams({ q });
  return { entities: entityList(qp).slice(0, 10), events: eventList(qp).slice(0, 10), documents };
}

// ---- routing -------------------------------------------------------------------

function route(path, p) {
  let m;
  if (path === '/health') return { status: 'ok', schema_version: 1, backend: 'mock' };
  if (path === '/stats') return { documents: 1, entities: ENTITIES.length, events: EVENTS.length, mentions: mentions.length };
  if (path === '/entities') return page(entityList(p), p, path);
  if ((m = path.match(/^\/entities\/(\d+)$/))) {
    const e = entityById.get(Number(m[1]));
    if (!e) throw new Problem(404, `no entity ${m[1]}`, 'id');
    return entityDetail(e);
  }
  if ((m = path.match(/^\/entities\/(\d+)\/events$/))) {
    const id = Number(m[1]);
    if (!entityById.has(id)) throw new Problem(404, `no entity ${m[1]}`, 'id');
    return page(eventList(p, eventsOf(id)), p, path);
  }
  if (path === '/events') return page(eventList(p), p, path);
  if ((m = path.match(/^\/events\/(\d+)$/))) {
    const v = eventById.get(Number(m[1]));
    if (!v) throw new Problem(404, `no event ${m[1]}`, 'id');
    return eventDetail(v);
  }
  if (path === '/graph') return graph(p);
  if (path === '/paths') return paths(p);
  if (path === '/timeline') return timeline(p);
  if (path === '/search') return search(p);
  if ((m = path.match(/^\/documents\/(\d+)$/))) {
    if (Number(m[1]) !== DOCUMENT.id) throw new Problem(404, `no document ${m[1]}`, 'id');
    return { ...DOCUMENT, entities: mentions, events: eventSpans };
  }
  throw new Problem(404, `no route ${path}`);
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
                '.map': 'application/json', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml' };

export function startMock({ port = 0, host = '127.0.0.1', delayMs = 0 } = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname.startsWith('/api/v1/')) {
      if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
      try {
        const body = JSON.stringify(route(url.pathname.slice(7), url.searchParams));
        res.writeHead(200, { 'content-type': 'application/json' }).end(body);
      } catch (err) {
        const status = err instanceof Problem ? err.status : 500;
        res.writeHead(status, { 'content-type': 'application/problem+json' }).end(JSON.stringify({
          type: 'about:blank', title: status === 404 ? 'Not Found' : status === 400 ? 'Bad Request' : 'Internal Server Error',
          status, detail: err.message, instance: url.pathname, ...(err.param ? { param: err.param } : {}) }));
      }
      return;
    }
    const rel = url.pathname === '/' ? 'index.html' : normalize(decodeURIComponent(url.pathname)).replace(/^[/\\]+/, '');
    if (rel.startsWith('..')) return res.writeHead(400).end();
    try {
      const body = await readFile(join(webRoot, rel));
      res.writeHead(200, { 'content-type': TYPES[extname(rel)] || 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok) => server.listen(port, host, () => {
    const { port: p } = server.address();
    ok({ url: `http://${host}:${p}`, close: () => new Promise((done) => server.close(done)) });
  }));
}

if (process.argv[1] === import.meta.filename) {
  const i = process.argv.indexOf('--port');
  const { url } = await startMock({ port: i > 0 ? Number(process.argv[i + 1]) : 8088 });
  console.log(`mock parley serving ${url}/`);
}
