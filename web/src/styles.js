// Shapes and colours of entity types (shape *and* colour per type), shared
// by the canvas and the legend. Event types take theirs from the server's
// vocabulary (vocab.js).

export const ENTITY_STYLE = {
  person: { shape: 'ellipse', color: '#3b6fd8' },
  organization: { shape: 'round-rectangle', color: '#8854d0' },
  country: { shape: 'hexagon', color: '#1e9e5a' },
  location: { shape: 'diamond', color: '#e0a40f' },
  group: { shape: 'triangle', color: '#7f8c9d' },
};

export const entityStyle = (t) => ENTITY_STYLE[t] || { shape: 'ellipse', color: '#95a5a6' };

// A node's label on the canvas, with "+N" when neighbours are left out.
export function nodeLabel(data, more) {
  return more > 0 ? `${data.label} (+${more})` : data.label;
}
