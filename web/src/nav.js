// Keyboard navigation on the canvas: from one node position, the nearest
// node in an arrow key's direction (within a 45° cone either side, distance
// weighted by how far off-axis it lies). Plain points in, an id out.
const DIRS = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] };

export function nearestInDirection(from, candidates, key) {
  const d = DIRS[key];
  if (!d) return '';
  let best = '', bestScore = Infinity;
  for (const c of candidates) {
    const dx = c.x - from.x, dy = c.y - from.y;
    const along = dx * d[0] + dy * d[1];
    const across = Math.abs(dx * d[1] - dy * d[0]);
    if (along <= 0 || across > along) continue;
    const score = along + 2 * across;
    if (score < bestScore) { bestScore = score; best = c.id; }
  }
  return best;
}
