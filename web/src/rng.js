// A seeded Math.random for the duration of a call: the force layout
// (fcose) draws its starting positions from Math.random, so the same
// elements in the same order lay out the same way — a reloaded link shows
// the picture it was shared with.
export function seeded(seed) {
  let a = seed >>> 0;
  return () => { // mulberry32
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function withSeed(seed, fn) {
  const saved = Math.random;
  Math.random = seeded(seed);
  try { return fn(); } finally { Math.random = saved; }
}

// A seed from a list of ids (order-independent).
export function seedOf(ids) {
  let h = 2166136261;
  for (const id of [...ids].sort()) for (const c of id) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return h;
}
