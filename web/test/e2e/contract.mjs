// The API contract the UI relies on: for each endpoint, the documented shape
// (issue 5 / the front-end brief) as a sample. compare() lists keys missing
// from a real response (the UI may break) and keys the docs do not mention
// (harmless, reported as notes). Run by test/e2e/run.mjs against the server
// under test; also usable alone: node test/e2e/contract.mjs http://127.0.0.1:8080
const entitySummary = { id: 1, name: '', type: '', country: null, sector: null, actor_code: null, event_count: 0, mention_count: 0 };
const eventSummary = { id: 1, type: '', label: '', cameo: '', plover: '', plover_mode: null, date: null, date_precision: null,
  location: null, participants: [{ id: 1, name: '', type: '', role: '' }], confidence: 0, goldstein: 0, mentions: 0, documents: 0, sources: 0 };
const list = (item) => ({ items: [item], next: null, truncated: false });
const graph = { elements: { nodes: [{ data: {} }], edges: [{ data: { id: '', source: '', target: '', role: '' } }] },
  truncated: false, hidden: {} };

// [path, required sample, optional keys documented but not needed by the UI]
export const CONTRACT = [
  ['/health', { status: 'ok', schema_version: 1 }],
  ['/stats', { documents: 0, entities: 0, events: 0 }],
  ['/entities?q=Lavrov', list(entitySummary)],
  ['/entities/{lavrov}', { ...entitySummary, aliases: [''], roles: [{ title: '', of: '', valid_from: null, valid_to: null }],
    counts: { events: 0, mentions: 0, documents: 0 }, top_coparticipants: [], first_seen: '', last_seen: '' }],
  ['/entities/{lavrov}/events', list(eventSummary)],
  ['/events?q=Berlin', list(eventSummary)],
  ['/events/{berlin}', { ...eventSummary, quote: null, topic: null, source_actor_code: null, target_actor_code: null, quad_class: 0,
    evidence: [{ document: { id: 1, title: null, source: '', url: null, published_at: '' }, start: 0, end: 0, text: '' }] }],
  ['/graph?seed={witkoff}&depth=1', graph],
  ['/paths?from={zelenskyy}&to={putin}', { paths: [{ length: 0, nodes: [''] }], elements: graph.elements }],
  ['/timeline?entity={lavrov}&bucket=month', { bucket: '', series: [{ period: '', counts: {} }] }],
  ['/search?q=Lavrov', { entities: [entitySummary], events: [eventSummary], documents: [{ id: 1, title: null, snippet: '' }] }],
  ['/documents/1', { id: 1, external_id: '', title: null, url: null, source: '', published_at: '', text: '',
    entities: [{ start: 0, end: 0, entity_id: 0, name: '', type: '' }], events: [{ start: 0, end: 0, event_id: 0, type: '' }] }],
];

// Node data the graph endpoints document, by kind.
const NODE_KEYS = { entity: ['id', 'kind', 'entity_id', 'label', 'type', 'country', 'degree'],
                    event: ['id', 'kind', 'event_id', 'label', 'type', 'date', 'cameo', 'plover', 'degree'] };

export function compare(sample, actual, path = '', out = { missing: [], extra: [] }) {
  if (sample === null || typeof sample !== 'object') return out;
  if (Array.isArray(sample)) {
    if (Array.isArray(actual) && actual.length && sample.length) compare(sample[0], actual[0], path + '[0]', out);
    else if (!Array.isArray(actual)) out.missing.push(`${path} (not an array)`);
    return out;
  }
  if (actual === null || typeof actual !== 'object') { out.missing.push(`${path} (not an object)`); return out; }
  for (const k of Object.keys(sample)) {
    if (!(k in actual)) out.missing.push(`${path}.${k}`);
    else compare(sample[k], actual[k], `${path}.${k}`, out);
  }
  if (Object.keys(sample).length) for (const k of Object.keys(actual)) if (!(k in sample)) out.extra.push(`${path}.${k}`);
  return out;
}

export async function checkContract(base) {
  const get = async (p) => {
    const r = await fetch(base + '/api/v1' + p);
    if (!r.ok) throw new Error(`${p}: HTTP ${r.status} ${await r.text()}`);
    return r.json();
  };
  const find = async (q) => (await get(`/entities?q=${encodeURIComponent(q)}`)).items[0]?.id;
  const ids = { lavrov: await find('Lavrov'), witkoff: await find('Witkoff'), zelenskyy: await find('Zelenskyy'), putin: await find('Putin') };
  ids.berlin = (await get('/events?q=Berlin')).items.find((v) => v.location?.name === 'Berlin')?.id
    ?? (await get(`/entities/${ids.witkoff}/events`)).items.find((v) => v.date === '2025-12-14')?.id;
  const report = [];
  for (const [tmpl, sample] of CONTRACT) {
    const p = tmpl.replace(/\{(\w+)\}/g, (_, k) => ids[k]);
    const body = await get(p);
    const { missing, extra } = compare(sample, body);
    if (p.startsWith('/graph') || p.startsWith('/paths')) {
      for (const n of body.elements?.nodes || []) {
        for (const k of NODE_KEYS[n.data.kind] || []) if (!(k in n.data)) missing.push(`.elements.nodes[${n.data.id}].data.${k}`);
      }
    }
    report.push({ path: p, missing: [...new Set(missing)], extra: [...new Set(extra)] });
  }
  return report;
}

if (process.argv[1] === import.meta.filename) {
  const report = await checkContract(process.argv[2] || 'http://127.0.0.1:8080');
  for (const r of report) console.log(r.path, JSON.stringify({ missing: r.missing, extra: r.extra }));
}
