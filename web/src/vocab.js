// Colours, shapes and labels of event types from the server's vocabulary
// (GET /api/v1/vocabulary), so a type the server adds is never grey: each
// type takes its quad class's hue family (verbal/material cooperation,
// verbal/material conflict) and a shade of its own; a type the vocabulary
// does not list gets a hue from its name. Pure functions; no DOM.

// Hue ranges per quad class (0 = unknown): blues/teals for cooperation,
// oranges/reds for conflict, so a glance separates the two.
const QUAD = {
  1: { hues: [170, 215], shape: 'round-tag', name: 'verbal cooperation' },
  2: { hues: [90, 150], shape: 'round-rectangle', name: 'material cooperation' },
  3: { hues: [25, 50], shape: 'diamond', name: 'verbal conflict' },
  4: { hues: [330, 365], shape: 'triangle', name: 'material conflict' },
  0: { hues: [250, 300], shape: 'ellipse', name: 'other' },
};

function hash(s) {
  let h = 2166136261;
  for (const c of String(s)) h = Math.imul(h ^ c.codePointAt(0), 16777619) >>> 0;
  return h;
}

function hsl(h, s, l) {
  h = ((h % 360) + 360) % 360;
  const f = (n) => {
    const k = (n + h / 30) % 12;
    const a = (s / 100) * Math.min(l / 100, 1 - l / 100);
    return Math.round(255 * (l / 100 - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return '#' + [f(0), f(8), f(4)].map((x) => x.toString(16).padStart(2, '0')).join('');
}

// A palette: {types: [{name, label, quad_class, color, shape}], color(t), shape(t), label(t), quadName(q)}.
export function buildPalette(vocab) {
  const types = (vocab?.event_types || []).map((t) => ({ ...t }));
  const byQuad = new Map();
  for (const t of types) {
    const q = QUAD[t.quad_class] ? t.quad_class : 0;
    if (!byQuad.has(q)) byQuad.set(q, []);
    byQuad.get(q).push(t);
  }
  // Within a quad class, spread the types over its hue range and alternate
  // lightness, so neighbours in the legend differ.
  for (const [q, list] of byQuad) {
    const [h0, h1] = QUAD[q].hues;
    list.forEach((t, i) => {
      const hue = list.length === 1 ? (h0 + h1) / 2 : h0 + ((h1 - h0) * i) / (list.length - 1);
      t.color = hsl(hue, 70, [38, 50, 30, 44][i % 4]);
      t.shape = QUAD[q].shape;
      t.quad = q;
    });
  }
  const byName = new Map(types.map((t) => [t.name, t]));
  const unknown = (name) => ({ name, label: name, quad: 0, color: hsl(250 + (hash(name) % 50), 65, 42), shape: QUAD[0].shape });
  const get = (name) => byName.get(name) || unknown(name);
  return {
    types,
    color: (name) => get(name).color,
    shape: (name) => get(name).shape,
    label: (name) => get(name).label || name,
    quadName: (q) => (QUAD[q] || QUAD[0]).name,
    entityTypes: vocab?.entity_types || [],
  };
}

// True when a colour is a grey (no hue to tell it apart): what no event type may be.
export function isGrey(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return Math.max(r, g, b) - Math.min(r, g, b) < 40;
}

// Edge colour for a mean Goldstein score (-10 conflict … +10 cooperation):
// red through a neutral purple-grey to blue (colour-blind safe ends).
export function goldsteinColor(g) {
  if (g == null || Number.isNaN(g)) return '#6b7280';
  const t = Math.max(-1, Math.min(1, g / 10));
  return t < 0 ? hsl(5, 75, 45 + 10 * (1 + t)) : hsl(215, 70, 55 - 15 * t);
}
