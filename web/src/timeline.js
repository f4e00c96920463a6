// The selected entity's timeline (GET /timeline) as a small stacked bar
// chart in SVG: one bar per period, one segment per event type. Returns an
// SVG string; no DOM needed, so it is unit-tested directly.

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// The periods between the first and the last (inclusive) for month buckets
// ("2025-08" .. "2025-12"), so empty months show as gaps; other buckets as given.
export function fillPeriods(series, bucket) {
  if (bucket !== 'month' || series.length < 2) return series;
  const byPeriod = new Map(series.map((s) => [s.period, s]));
  const [y0, m0] = series[0].period.split('-').map(Number);
  const [y1, m1] = series[series.length - 1].period.split('-').map(Number);
  const out = [];
  for (let y = y0, m = m0; y < y1 || (y === y1 && m <= m1); m === 12 ? (y++, m = 1) : m++) {
    const period = `${y}-${String(m).padStart(2, '0')}`;
    out.push(byPeriod.get(period) || { period, counts: {} });
    if (out.length > 600) break;
  }
  return out;
}

// A period the bucket can place: "YYYY-MM" for months, "YYYY-MM-DD" for days,
// "YYYY-Www" for weeks. Others (a year-only "1942" among months) are events
// dated more coarsely than the bucket: counted apart, not drawn as a bar.
export function regularPeriod(period, bucket) {
  if (bucket === 'month') return /^\d{4}-\d{2}$/.test(period);
  if (bucket === 'day') return /^\d{4}-\d{2}-\d{2}$/.test(period);
  return /^\d{4}-W\d{2}$/.test(period);
}

export function timelineSvg(series, { bucket = 'month', color = () => '#4b7bec', width = 300, height = 90 } = {}) {
  const regular = (series || []).filter((s) => s.period && regularPeriod(s.period, bucket));
  const coarse = (series || []).filter((s) => !s.period || !regularPeriod(s.period, bucket))
    .reduce((n, s) => n + Object.values(s.counts).reduce((a, b) => a + b, 0), 0);
  const note = coarse ? `<p class="hint small coarse-dates">${coarse} event${coarse > 1 ? 's' : ''} dated only to the year${bucket !== 'month' ? ' or month' : ''}, not drawn.</p>` : '';
  if (!regular.length) return '<p class="hint empty-timeline">No events dated to the ' + bucket + '.</p>' + note;
  const all = fillPeriods([...regular].sort((a, b) => a.period.localeCompare(b.period)), bucket);
  const totals = all.map((s) => Object.values(s.counts).reduce((a, b) => a + b, 0));
  const max = Math.max(1, ...totals);
  const plotH = height - 18, gap = all.length > 60 ? 0 : 2;
  const bw = Math.max(1, (width - 24) / all.length - gap);
  const types = [...new Set(all.flatMap((s) => Object.keys(s.counts)))].sort();
  let bars = '';
  all.forEach((s, i) => {
    let y = plotH;
    const x = 24 + i * (bw + gap);
    for (const t of types) {
      const c = s.counts[t] || 0;
      if (!c) continue;
      const h = (c / max) * (plotH - 4);
      y -= h;
      bars += `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${bw.toFixed(1)}" height="${h.toFixed(1)}" fill="${esc(color(t))}"><title>${esc(s.period)}: ${c} ${esc(t)}</title></rect>`;
    }
  });
  const label = `${totals.reduce((a, b) => a + b, 0)} events by ${bucket}, ${all[0].period} to ${all[all.length - 1].period}`;
  return `<svg class="timeline" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(label)}">`
    + `<line x1="24" y1="${plotH}" x2="${width}" y2="${plotH}" stroke="#aab"/>`
    + `<text x="20" y="10" text-anchor="end">${max}</text><text x="20" y="${plotH}" text-anchor="end">0</text>`
    + bars
    + `<text x="24" y="${height - 3}">${esc(all[0].period)}</text>`
    + (all.length > 1 ? `<text x="${width}" y="${height - 3}" text-anchor="end">${esc(all[all.length - 1].period)}</text>` : '')
    + `</svg>`
    + `<div class="tl-keys">${types.map((t) => `<span><i style="background:${esc(color(t))}"></i>${esc(t)}</span>`).join('')}</div>`
    + note;
}
