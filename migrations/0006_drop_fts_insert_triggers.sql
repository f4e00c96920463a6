-- 0006: the store writes new full-text rows itself instead of AFTER INSERT
-- triggers. A virtual-table write inside a trigger runs in a statement
-- savepoint, and FTS5 flushes its pending terms at every savepoint, so each
-- inserted row became an index segment of its own: about 12 µs per row, more
-- than the rest of an event insert. The delete and update triggers stay;
-- those writes are rare.
DROP TRIGGER aliases_ai;
DROP TRIGGER documents_ai;
DROP TRIGGER events_ai;
