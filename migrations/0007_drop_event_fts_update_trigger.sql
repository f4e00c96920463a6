-- 0007: the store keeps event_fts in step when a merge rewrites an event's
-- label, topic or quote, instead of an AFTER UPDATE trigger. The store now
-- writes all new full-text rows at commit (one FTS5 flush per transaction);
-- a trigger's 'delete' of a row whose insert is still pending would corrupt
-- the index, and its statement savepoint flushed the pending terms of every
-- document in the transaction as a segment of their own.
DROP TRIGGER events_au;
