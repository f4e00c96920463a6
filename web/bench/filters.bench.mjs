// Benchmark: one filter pass over 2,000 elements (700 entities, 500 events,
// 800 edges), as the time bar and the filters run it. Prints the median of
// 50 runs; asserts nothing (performance is measured, not asserted).
import { visibleIds } from '../src/filters.js';
import { emptyState } from '../src/state.js';

const ns = [], es = [];
for (let i = 0; i < 700; i++) ns.push({ id: 'e' + i, kind: 'entity', type: i % 3 ? 'person' : 'organization', country: i % 2 ? 'USA' : 'RUS' });
for (let i = 0; i < 500; i++) ns.push({ id: 'v' + i, kind: 'event', type: 'meeting', date: `2025-${String(1 + (i % 12)).padStart(2, '0')}-01` });
for (let i = 0; i < 800; i++) es.push({ source: 'e' + (i % 700), target: 'v' + (i % 500) });
const times = [];
for (let k = 0; k < 50; k++) {
  const t0 = performance.now();
  visibleIds(ns, es, { ...emptyState(), to: '2025-06-30', country: 'USA' });
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
console.log(`filter pass, 2,000 elements: median ${times[25].toFixed(2)} ms, max ${times[49].toFixed(2)} ms`);
