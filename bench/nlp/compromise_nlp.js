// The compromise npm library doing what Parley's pipeline does, as far as it
// can: sentences, terms with part-of-speech tags, roots (lemmas) and names
// (people, places, organisations), over texts written by
// `bench_nlp --dump-text FILE` (one JSON string per line). Prints MB/s and
// peak RSS. compromise is installed once in bench/extract/compromise
// (`npm ci` there); this script reuses that copy. Timed in CPU time of the
// process (process.cpuUsage), as bench_nlp times Parley, with the wall-clock
// time beside it.
// Usage: node compromise_nlp.js TEXTS.ndjson
const fs = require('fs');
const path = require('path');
const readline = require('readline');
const nlp = require(require.resolve('compromise', {
  paths: [path.join(__dirname, '..', 'extract', 'compromise')],
}));

async function main() {
  const file = process.argv[2];
  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  let bytes = 0, seconds = 0, wall = 0, docs = 0, sentences = 0, terms = 0, names = 0;
  for await (const line of rl) {
    if (!line.trim()) continue;
    const text = JSON.parse(line);
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    const doc = nlp(text);
    doc.compute('root');
    sentences += doc.length;
    terms += doc.terms().length;
    names += doc.people().length + doc.places().length + doc.organizations().length;
    const c = process.cpuUsage(c0);
    seconds += (c.user + c.system) / 1e6;
    wall += Number(process.hrtime.bigint() - t0) / 1e9;
    bytes += Buffer.byteLength(text, 'utf8');
    docs++;
  }
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(`compromise: docs ${docs} text ${(bytes / 1e6).toFixed(1)} MB sentences ${sentences} terms ${terms} names ${names}`);
  console.log(`compromise: ${seconds.toFixed(2)} s CPU  ${(bytes / 1e6 / seconds).toFixed(3)} MB/s  (wall ${wall.toFixed(2)} s)  peak RSS ${rss.toFixed(1)} MB`);
}
main();
