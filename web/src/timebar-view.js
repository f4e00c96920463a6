// The time bar under the canvas: a histogram of events over time (day, week
// or month bins by the span shown), brushing selects the window for every
// view, play steps the window forward; events dated only to a month or a
// year, and undated ones, are counted in the caption, never dropped.
import { histogram, chooseBucket, windowOf, stepWindow, dateBounds } from './timebar.js';

const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function createTimebar({ host, load, color, onWindow }) {
  host.innerHTML = `<div class="tb-head">
      <span class="tb-title" id="tb-title">Time</span>
      <label>From <input type="date" id="tb-from"></label><label>to <input type="date" id="tb-to"></label>
      <button id="tb-prev" title="The previous window" aria-label="Previous window">◀</button>
      <button id="tb-play" aria-pressed="false" title="Step the window forward">Play</button>
      <button id="tb-next" title="The next window" aria-label="Next window">▶</button>
      <button id="tb-zoom" title="Show only the window on the bar">Zoom in</button>
      <button id="tb-all" title="Show the whole span">Zoom out</button>
      <button id="tb-clear">All dates</button>
      <output id="tb-caption" aria-live="polite"></output></div>
    <svg id="tb-svg" role="img" aria-labelledby="tb-caption" preserveAspectRatio="none"></svg>`;
  const svg = host.querySelector('#tb-svg');
  let data = null, domain = null, h = null, win = { from: '', to: '' }, timer = null;

  // The span shown: by default the 1st–99th percentile of dated events, so a
  // stray 1945 reference does not squeeze the war into one bar.
  function defaultDomain() {
    const days = [];
    for (const r of data.rows) if (/^\d{4}-\d{2}-\d{2}$/.test(r.date)) for (let i = 0; i < Math.min(r.count, 50); i++) days.push(r.date);
    days.sort();
    if (!days.length) return null;
    const q = (p) => days[Math.min(days.length - 1, Math.floor(p * days.length))];
    return { from: q(0.01), to: q(0.99) };
  }

  function draw() {
    if (!data || !domain) { svg.innerHTML = ''; host.querySelector('#tb-caption').textContent = 'No dated events.'; return; }
    const bucket = chooseBucket(domain.from, domain.to);
    h = histogram(data.rows, { from: domain.from, to: domain.to, bucket, total: data.total });
    const W = svg.clientWidth || 800, H = svg.clientHeight || 64, n = h.bins.length, bw = W / n;
    const max = Math.max(1, ...h.bins.map((b) => b.total));
    const types = [...new Set(h.bins.flatMap((b) => Object.keys(b.counts)))].sort();
    let out = '';
    h.bins.forEach((b, i) => {
      const inWin = (!win.from || b.end >= win.from) && (!win.to || b.bin.slice(0, 10) <= win.to);
      out += `<rect class="tb-bg${inWin && (win.from || win.to) ? ' in' : ''}" x="${(i * bw).toFixed(2)}" y="0" width="${bw.toFixed(2)}" height="${H}"/>`;
      let y = H - 12;
      for (const t of types) {
        const c = b.counts[t];
        if (!c) continue;
        const hh = (c / max) * (H - 16);
        y -= hh;
        out += `<rect x="${(i * bw + (bw > 3 ? 0.5 : 0)).toFixed(2)}" y="${y.toFixed(2)}" width="${Math.max(0.5, bw - (bw > 3 ? 1 : 0)).toFixed(2)}" height="${hh.toFixed(2)}" fill="${color(t)}" opacity="${inWin ? 1 : 0.35}"/>`;
      }
    });
    out += `<text x="2" y="${H - 2}">${esc(h.bins[0].bin)}</text><text x="${W - 2}" y="${H - 2}" text-anchor="end">${esc(h.bins[n - 1].bin)}</text>`;
    out += `<text x="${W / 2}" y="${H - 2}" text-anchor="middle">${bucket === 'day' ? 'days' : bucket === 'week' ? 'weeks' : 'months'}; max ${max}</text>`;
    svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
    svg.innerHTML = out;
    svg.dataset.bucket = bucket;
    svg.dataset.bins = String(n);
    caption();
  }

  // Exact counts for the caption: the events the window holds as the API's
  // from/to select them (a date of any precision overlapping the window),
  // and of those how many are dated only to a month or year.
  function caption() {
    let day = 0, coarse = 0;
    for (const r of data.rows) {
      const full = /^\d{4}-\d{2}-\d{2}$/.test(r.date);
      const [a, b] = dateBounds(r.date);
      if (win.from && b < win.from) continue;
      if (win.to && a > win.to) continue;
      if (full) day += r.count; else coarse += r.count;
    }
    const undated = h?.undated ?? 0;
    host.querySelector('#tb-caption').innerHTML = (win.from || win.to ? `${esc(win.from || 'start')} → ${esc(win.to || 'end')}: ` : 'All dates: ')
      + `<span id="tb-count">${day + coarse}</span> events`
      + (coarse ? ` (${coarse} of them dated only to a month or year${win.from || win.to ? ' overlapping it' : ''})` : '')
      + (!win.from && !win.to && undated ? `, ${undated} undated` : win.from || win.to ? ' (undated events are outside any window)' : '');
    host.querySelector('#tb-title').textContent = 'Time';
  }

  function binAt(clientX) {
    const r = svg.getBoundingClientRect();
    return Math.max(0, Math.min(h.bins.length - 1, Math.floor(((clientX - r.left) / r.width) * h.bins.length)));
  }
  let brushStart = null;
  svg.addEventListener('pointerdown', (e) => { if (!h) return; brushStart = binAt(e.clientX); svg.setPointerCapture(e.pointerId); });
  svg.addEventListener('pointermove', (e) => {
    if (brushStart == null) return;
    win = windowOf(h, brushStart, binAt(e.clientX));
    draw();
  });
  svg.addEventListener('pointerup', (e) => {
    if (brushStart == null) return;
    win = windowOf(h, brushStart, binAt(e.clientX));
    brushStart = null;
    onWindow(win);
  });
  const $ = (id) => host.querySelector(id);
  $('#tb-from').addEventListener('change', (e) => onWindow({ from: e.target.value, to: win.to }));
  $('#tb-to').addEventListener('change', (e) => onWindow({ from: win.from, to: e.target.value }));
  $('#tb-clear').addEventListener('click', () => onWindow({ from: '', to: '' }));
  $('#tb-zoom').addEventListener('click', () => { if (win.from && win.to) { domain = { ...win }; draw(); } });
  $('#tb-all').addEventListener('click', () => { domain = defaultDomain(); draw(); });
  const step = (dir) => {
    if (!win.from || !win.to || !domain) return false;
    const next = dir > 0 ? stepWindow(win.from, win.to, domain.to) : null;
    if (dir < 0) {
      const len = Date.parse(win.to) - Date.parse(win.from);
      const to = new Date(Date.parse(win.from) - 86400000).toISOString().slice(0, 10);
      const from = new Date(Date.parse(to) - len).toISOString().slice(0, 10);
      if (to < domain.from) return false;
      onWindow({ from, to });
      return true;
    }
    if (!next) return false;
    onWindow(next);
    return true;
  };
  $('#tb-prev').addEventListener('click', () => step(-1));
  $('#tb-next').addEventListener('click', () => step(1));
  $('#tb-play').addEventListener('click', () => {
    if (timer) return stopPlay();
    if (!win.from || !win.to) { // play from the start, a month at a time
      const first = h.bins[0].bin.slice(0, 7);
      onWindow({ from: first + '-01', to: dateBounds(first)[1] });
    }
    $('#tb-play').setAttribute('aria-pressed', 'true');
    $('#tb-play').textContent = 'Pause';
    timer = setInterval(() => { if (!step(1)) stopPlay(); }, 1500);
  });
  function stopPlay() {
    clearInterval(timer); timer = null;
    $('#tb-play').setAttribute('aria-pressed', 'false');
    $('#tb-play').textContent = 'Play';
  }
  new ResizeObserver(() => draw()).observe(svg);

  return {
    async init() { data = await load(); domain = defaultDomain(); draw(); },
    setWindow(w) {
      win = { from: w.from || '', to: w.to || '' };
      $('#tb-from').value = win.from; $('#tb-to').value = win.to;
      if (domain && win.from && win.to && (win.from < domain.from || win.to > domain.to)) {
        domain = { from: win.from < domain.from ? win.from : domain.from, to: win.to > domain.to ? win.to : domain.to };
      }
      draw();
    },
    histogram: () => h,
    stop: stopPlay,
  };
}
