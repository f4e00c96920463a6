// Events as CSV (RFC 4180): what the "CSV" button downloads for the current
// view. Pure; no DOM.

const COLUMNS = ['id', 'date', 'date_precision', 'type', 'label', 'cameo', 'plover', 'goldstein', 'location', 'participants'];

function cell(v) {
  const s = v == null ? '' : String(v);
  // Quote when needed; a leading =, +, - or @ would be read as a formula by spreadsheets.
  const safe = /^[=+\-@]/.test(s) && !/^[+-]?\d+(\.\d+)?$/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
}

// `events`: API event summaries or graph node data ({id|event_id, date, type, label, ...,
// participants: [{name, role}] }).
export function eventsCsv(events) {
  const rows = [COLUMNS.join(',')];
  for (const v of events) {
    const parts = (v.participants || []).map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join('; ');
    rows.push([v.event_id ?? v.id, v.date, v.date_precision, v.type, v.label ?? v.name, v.cameo, v.plover, v.goldstein,
      v.location?.name ?? v.location ?? '', parts].map(cell).join(','));
  }
  return rows.join('\r\n') + '\r\n';
}
