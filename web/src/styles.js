// Shapes and colours: entities by shape *and* colour per type, events as
// small tags coloured by event type. Shared by the canvas and the legend.

export const ENTITY_STYLE = {
  person: { shape: 'ellipse', color: '#3b6fd8' },
  organization: { shape: 'round-rectangle', color: '#8854d0' },
  country: { shape: 'hexagon', color: '#1e9e5a' },
  location: { shape: 'diamond', color: '#e0a40f' },
  group: { shape: 'triangle', color: '#7f8c9d' },
};

export const EVENT_COLORS = {
  meeting: '#0fb9b1', summit: '#067a74', visit: '#2bcbba', call: '#45aaf2', negotiation: '#3867d6',
  statement: '#778ca3', proposal: '#26de81', agreement: '#10893e', support: '#a3cb38',
  cooperation: '#7bed9f', aid: '#78e08f', request: '#fed330', demand: '#fa8231',
  accusation: '#eb3b5a', rejection: '#fc5c65', threat: '#c0392b', sanction: '#8e44ad',
  protest: '#e67e22', fight: '#6d214f', assault: '#b33939',
};
export const EVENT_SHAPE = 'round-tag';

export const eventColor = (t) => EVENT_COLORS[t] || '#95a5a6';
export const entityStyle = (t) => ENTITY_STYLE[t] || { shape: 'ellipse', color: '#95a5a6' };

// A node's label on the canvas, with "+N" when neighbours are left out.
export function nodeLabel(data, more) {
  return more > 0 ? `${data.label} (+${more})` : data.label;
}
