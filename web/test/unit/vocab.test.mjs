import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPalette, isGrey, goldsteinColor } from '../../src/vocab.js';

const vocab = {
  entity_types: ['person', 'organization'],
  event_types: [
    { name: 'meeting', label: 'Meeting', quad_class: 1 }, { name: 'call', label: 'Call', quad_class: 1 },
    { name: 'aid', label: 'Aid', quad_class: 2 }, { name: 'concession', label: 'Concession', quad_class: 2 },
    { name: 'coercion', label: 'Coercion', quad_class: 4 }, { name: 'investigation', label: 'Investigation', quad_class: 3 },
    { name: 'mobilization', label: 'Mobilization', quad_class: 4 }, { name: 'mediation', label: 'Mediation', quad_class: 1 },
  ],
};

// Issue 16: five event types (775 events, 466 concessions) had no colour and no legend entry.
test('every type of the vocabulary has a colour of its own, never grey, and a label', () => {
  const p = buildPalette(vocab);
  const colours = vocab.event_types.map((t) => p.color(t.name));
  for (const [i, c] of colours.entries()) assert.ok(!isGrey(c), `${vocab.event_types[i].name} is grey (${c})`);
  assert.equal(new Set(colours).size, colours.length, 'distinct colours');
  assert.equal(p.label('concession'), 'Concession');
  assert.equal(p.types.length, vocab.event_types.length, 'one legend entry per type');
});

test('a type the vocabulary does not know still gets a colour, and the same one every time', () => {
  const p = buildPalette(vocab);
  assert.ok(!isGrey(p.color('brand_new_type')));
  assert.equal(p.color('brand_new_type'), buildPalette(vocab).color('brand_new_type'));
  assert.ok(!isGrey(buildPalette(null).color('meeting')), 'no vocabulary yet');
});

test('cooperation and conflict differ by shape as well as colour', () => {
  const p = buildPalette(vocab);
  assert.notEqual(p.shape('meeting'), p.shape('coercion'));
  assert.notEqual(p.shape('aid'), p.shape('investigation'));
});

test('Goldstein colours run from conflict to cooperation', () => {
  const red = goldsteinColor(-10), blue = goldsteinColor(10);
  assert.ok(parseInt(red.slice(1, 3), 16) > parseInt(red.slice(5, 7), 16), 'conflict is red');
  assert.ok(parseInt(blue.slice(5, 7), 16) > parseInt(blue.slice(1, 3), 16), 'cooperation is blue');
  assert.equal(goldsteinColor(null), '#6b7280');
});
