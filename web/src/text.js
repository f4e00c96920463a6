// Highlighting: turns spans in Unicode code points (what the API reports)
// into segments of a JavaScript (UTF-16) string.

// Code point offset -> UTF-16 index for every position of `text`.
export function codePointIndex(text) {
  const map = [0];
  let i = 0;
  for (const ch of text) {
    i += ch.length;
    map.push(i);
  }
  return map;
}

// Splits `text` into [{text, classes: Set, ids}] segments where each span
// ({start, end, cls, id}) in code points covers some segments.
export function segments(text, spans) {
  const map = codePointIndex(text);
  const n = map.length - 1;
  const cuts = new Set([0, n]);
  const clean = spans
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start < s.end)
    .map((s) => ({ ...s, start: Math.max(0, Math.min(n, s.start)), end: Math.max(0, Math.min(n, s.end)) }));
  for (const s of clean) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k], b = points[k + 1];
    if (a === b) continue;
    const covering = clean.filter((s) => s.start <= a && s.end >= b);
    out.push({ text: text.slice(map[a], map[b]), classes: new Set(covering.map((s) => s.cls)),
               ids: covering.map((s) => s.id) });
  }
  return out;
}
