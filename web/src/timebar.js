// The time bar's arithmetic: which bucket a span needs, the bins of a
// histogram on a real time scale (empty periods included), how partially
// dated and undated events are counted (never silently dropped), and the
// window a brushed range of bins stands for. Pure; no DOM.

const DAY = 86400000;
const pad = (n) => String(n).padStart(2, '0');
const iso = (t) => new Date(t).toISOString().slice(0, 10);
const parse = (d) => Date.parse(d + 'T00:00:00Z');

// "2022", "2022-03", "2022-03-05" → the first and last day it covers.
export function dateBounds(date) {
  if (/^\d{4}$/.test(date)) return [`${date}-01-01`, `${date}-12-31`];
  if (/^\d{4}-\d{2}$/.test(date)) {
    const [y, m] = date.split('-').map(Number);
    return [`${date}-01`, iso(Date.UTC(y, m, 0))];
  }
  return [date, date];
}

// Day bins up to ~4 months, weeks up to ~3 years, else months.
export function chooseBucket(from, to) {
  const days = (parse(dateBounds(to)[1]) - parse(dateBounds(from)[0])) / DAY;
  return days <= 124 ? 'day' : days <= 1100 ? 'week' : 'month';
}

// The bin a full date falls in: "2022-03-05" (day), the Monday of its week
// "2022-02-28" (week), "2022-03" (month).
export function binOf(date, bucket) {
  if (bucket === 'month') return date.slice(0, 7);
  if (bucket === 'day') return date;
  const t = parse(date);
  const dow = (new Date(t).getUTCDay() + 6) % 7;
  return iso(t - dow * DAY);
}

// Every bin from the one holding `from` to the one holding `to`, in order.
export function bins(from, to, bucket, max = 2000) {
  const out = [];
  if (bucket === 'month') {
    let [y, m] = from.slice(0, 7).split('-').map(Number);
    const end = to.slice(0, 7);
    for (let s = `${y}-${pad(m)}`; s <= end && out.length < max; m === 12 ? (y++, m = 1) : m++, s = `${y}-${pad(m)}`) out.push(s);
    return out;
  }
  const step = bucket === 'week' ? 7 * DAY : DAY;
  for (let t = parse(binOf(from, bucket)); t <= parse(to) && out.length < max; t += step) out.push(iso(t));
  return out;
}

// The last day of a bin.
export function binEnd(bin, bucket) {
  if (bucket === 'month') return dateBounds(bin)[1];
  if (bucket === 'week') return iso(parse(bin) + 6 * DAY);
  return bin;
}

// A histogram from dated events' (date, type, count) rows — dates of any
// precision. An event whose date is coarser than the bucket (a year-only date
// under months, a month-only date under days or weeks) goes to `partial`,
// not to a bin it may not belong to; `undated` = total − dated.
//   → {bucket, bins: [{bin, end, counts: {type: n}, total}], partial: {n, byPrecision}, undated, total}
export function histogram(rows, { from, to, bucket, total = null }) {
  const list = bins(from, to, bucket);
  const index = new Map(list.map((b, i) => [b, i]));
  const out = list.map((b) => ({ bin: b, end: binEnd(b, bucket), counts: {}, total: 0 }));
  const partial = { n: 0, year: 0, month: 0 };
  let dated = 0;
  for (const r of rows) {
    if (!r.date) continue;
    dated += r.count;
    const precision = /^\d{4}$/.test(r.date) ? 'year' : /^\d{4}-\d{2}$/.test(r.date) ? 'month' : 'day';
    if (precision === 'year' || (precision === 'month' && bucket !== 'month')) {
      partial.n += r.count;
      partial[precision] += r.count;
      continue;
    }
    const i = index.get(precision === 'month' ? r.date : binOf(r.date, bucket));
    if (i === undefined) continue; // outside the bar's span
    out[i].counts[r.type] = (out[i].counts[r.type] || 0) + r.count;
    out[i].total += r.count;
  }
  return { bucket, bins: out, partial, undated: total == null ? null : Math.max(0, total - dated), total };
}

// The window [from, to] (full dates) that bins i..j stand for.
export function windowOf(h, i, j) {
  if (i > j) [i, j] = [j, i];
  i = Math.max(0, i);
  j = Math.min(h.bins.length - 1, j);
  return { from: h.bins[i].bin.length === 7 ? h.bins[i].bin + '-01' : h.bins[i].bin, to: h.bins[j].end };
}

// The next window of the same length, for "play"; null past `last`.
// Whole months step by months ("March" → "April"), anything else by days.
export function stepWindow(from, to, last) {
  if (from.endsWith('-01') && dateBounds(to.slice(0, 7))[1] === to) {
    const [y0, m0] = from.split('-').map(Number), [y1, m1] = to.split('-').map(Number);
    const months = (y1 - y0) * 12 + (m1 - m0) + 1;
    const start = new Date(Date.UTC(y1, m1, 1)), end = new Date(Date.UTC(y1, m1 + months, 0));
    if (iso(start) > last) return null;
    return { from: iso(start), to: iso(Math.min(end.getTime(), parse(last))) };
  }
  const len = parse(to) - parse(from) + DAY;
  const nf = parse(to) + DAY;
  if (iso(nf) > last) return null;
  return { from: iso(nf), to: iso(Math.min(nf + len - DAY, parse(last))) };
}

// Normalises a URL date of any precision to a full date: the start of its
// span for `from`, the end for `to`; '' for anything else.
export function fullDate(d, end = false) {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(d || '')) return '';
  const [a, b] = dateBounds(d);
  return Number.isNaN(parse(a)) ? '' : end ? b : a;
}
