import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseBucket, bins, binOf, histogram, windowOf, stepWindow, fullDate, dateBounds } from '../../src/timebar.js';

test('the bucket follows the span: days, weeks, months', () => {
  assert.equal(chooseBucket('2022-02-01', '2022-03-31'), 'day');
  assert.equal(chooseBucket('2021-10-01', '2022-06-30'), 'week');
  assert.equal(chooseBucket('2015-01-01', '2024-12-31'), 'month');
});

// Issue 16: the slider had one stop per distinct date instead of a time scale.
test('bins are a real time scale: empty periods included, weeks start on Monday', () => {
  assert.deepEqual(bins('2021-11-15', '2022-02-03', 'month'), ['2021-11', '2021-12', '2022-01', '2022-02']);
  assert.equal(binOf('2022-03-06', 'week'), '2022-02-28');
  assert.equal(binOf('2022-02-28', 'week'), '2022-02-28');
  assert.deepEqual(bins('2022-03-01', '2022-03-14', 'week'), ['2022-02-28', '2022-03-07', '2022-03-14']);
  assert.equal(bins('2022-01-01', '2022-12-31', 'day').length, 365);
});

test('partially dated and undated events are counted, not dropped', () => {
  const rows = [
    { date: '2022-03-05', type: 'meeting', count: 2 }, { date: '2022-03-20', type: 'call', count: 1 },
    { date: '2022-03', type: 'statement', count: 4 }, { date: '2022', type: 'statement', count: 3 },
  ];
  const months = histogram(rows, { from: '2022-01-01', to: '2022-04-30', bucket: 'month', total: 15 });
  assert.deepEqual(months.bins.map((b) => b.total), [0, 0, 7, 0]);
  assert.deepEqual(months.bins[2].counts, { meeting: 2, call: 1, statement: 4 });
  assert.equal(months.partial.n, 3);
  assert.equal(months.partial.year, 3);
  assert.equal(months.undated, 5);
  const days = histogram(rows, { from: '2022-03-01', to: '2022-03-31', bucket: 'day', total: 10 });
  assert.equal(days.bins.reduce((n, b) => n + b.total, 0), 3);
  assert.equal(days.partial.n, 7, 'a month-only date is not put on a day');
  assert.equal(days.partial.month, 4);
});

test('a brushed range of bins is a window of full dates; play steps by its length', () => {
  const h = histogram([], { from: '2022-01-01', to: '2022-06-30', bucket: 'month' });
  assert.deepEqual(windowOf(h, 2, 1), { from: '2022-02-01', to: '2022-03-31' });
  assert.deepEqual(stepWindow('2022-03-01', '2022-03-31', '2022-06-30'), { from: '2022-04-01', to: '2022-04-30' });
  assert.equal(stepWindow('2022-06-01', '2022-06-30', '2022-06-30'), null);
});

// Issue 16: a range starting on a month-only date was dropped from the URL on reload.
test('URL dates of any precision become full dates', () => {
  assert.equal(fullDate('2022-03'), '2022-03-01');
  assert.equal(fullDate('2022-02', true), '2022-02-28');
  assert.equal(fullDate('2024', true), '2024-12-31');
  assert.equal(fullDate('yesterday'), '');
  assert.deepEqual(dateBounds('2022-03-05'), ['2022-03-05', '2022-03-05']);
});

test('a dyad series: counts by type per month, the mean Goldstein, coarse dates counted apart', async () => {
  const { dyadSeries } = await import('../../src/aggregate.js');
  const s = dyadSeries([
    { date: '2022-03-05', type: 'meeting', goldstein: 1 }, { date: '2022-03-09', type: 'call', goldstein: 3 },
    { date: '2022-01-02', type: 'threat', goldstein: -4 }, { date: '2022', type: 'statement', goldstein: 0 }, { date: null, type: 'call' },
  ]);
  assert.deepEqual(s.series.map((x) => x.period), ['2022-01', '2022-03']);
  assert.deepEqual(s.series[1].counts, { meeting: 1, call: 1 });
  assert.equal(s.series[1].goldstein, 2);
  assert.equal(s.series[0].goldstein, -4);
  assert.equal(s.undated, 2);
});
