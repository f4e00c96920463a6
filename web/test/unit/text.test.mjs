import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segments, codePointIndex } from '../../src/text.js';

test('code point offsets map onto UTF-16 indexes', () => {
  assert.deepEqual(codePointIndex('a😀b'), [0, 1, 3, 4]);
});

test('spans in code points highlight the right characters after astral ones', () => {
  const text = '😀 Lavrov met Witkoff';
  const segs = segments(text, [{ start: 2, end: 8, cls: 'entity', id: 'e7' }]);
  const marked = segs.filter((s) => s.classes.has('entity'));
  assert.equal(marked.length, 1);
  assert.equal(marked[0].text, 'Lavrov');
  assert.equal(segs.map((s) => s.text).join(''), text);
});

test('overlapping spans split into segments carrying both classes', () => {
  const segs = segments('Lavrov met Witkoff.', [
    { start: 0, end: 19, cls: 'event', id: 'v1' }, { start: 0, end: 6, cls: 'entity', id: 'e7' }]);
  assert.equal(segs[0].text, 'Lavrov');
  assert.deepEqual([...segs[0].classes].sort(), ['entity', 'event']);
  assert.equal(segs[1].text, ' met Witkoff.');
});

test('out-of-range and empty spans are ignored safely', () => {
  const segs = segments('abc', [{ start: 2, end: 99, cls: 'x' }, { start: 1, end: 1, cls: 'y' }]);
  assert.equal(segs.map((s) => s.text).join(''), 'abc');
});
