import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsCsv } from '../../src/csv.js';

test('events become RFC 4180 CSV with a header, quoted where needed', () => {
  const csv = eventsCsv([
    { id: 7, date: '2025-12-14', date_precision: 'day', type: 'meeting', label: 'talks, "round two"', cameo: '040', plover: 'CONSULT',
      goldstein: -4, location: { id: 3, name: 'Berlin' }, participants: [{ name: 'Volodymyr Zelenskyy', role: 'participant' }, { name: 'Steve Witkoff' }] },
  ]);
  const lines = csv.split('\r\n');
  assert.equal(lines[0], 'id,date,date_precision,type,label,cameo,plover,goldstein,location,participants');
  assert.equal(lines[1], '7,2025-12-14,day,meeting,"talks, ""round two""",040,CONSULT,-4,Berlin,Volodymyr Zelenskyy (participant); Steve Witkoff');
  assert.equal(lines[2], '');
});

test('a cell that a spreadsheet would run as a formula is defused', () => {
  const csv = eventsCsv([{ id: 1, label: '=HYPERLINK("x")', participants: [] }]);
  assert.match(csv, /"'=HYPERLINK\(""x""\)"/);
});
