// Runs compromise's people()/places()/organizations() over texts (one JSON string per line,
// as written by `bench_extract --dump-text FILE`) and prints MB/s and peak RSS.
// Usage: node run.js TEXTS.ndjson
const fs = require('fs');
const readline = require('readline');
const nlp = require('compromise');

async function main() {
  const file = process.argv[2];
  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  let bytes = 0, seconds = 0, found = 0, docs = 0;
  for await (const line of rl) {
    if (!line.trim()) continue;
    const text = JSON.parse(line);
    const t0 = process.hrtime.bigint();
    const doc = nlp(text);
    found += doc.people().length + doc.places().length + doc.organizations().length;
    seconds += Number(process.hrtime.bigint() - t0) / 1e9;
    bytes += Buffer.byteLength(text, 'utf8');
    docs++;
  }
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(`compromise: docs ${docs} text ${(bytes / 1e6).toFixed(1)} MB entities ${found}`);
  console.log(`compromise: ${seconds.toFixed(2)} s  ${(bytes / 1e6 / seconds).toFixed(2)} MB/s  peak RSS ${rss.toFixed(1)} MB`);
}
main();
