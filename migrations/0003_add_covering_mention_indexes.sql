-- 0003: covering indexes for provenance counts. Refreshing an entity's or
-- event's counts after each document reads (kind, document_id) for every
-- mention of it; without these, each of those rows costs a table lookup, and
-- ingest slows down as popular entities accumulate mentions.
DROP INDEX mentions_entity;
DROP INDEX mentions_event;
CREATE INDEX mentions_entity ON mentions(entity_id, kind, document_id) WHERE entity_id IS NOT NULL;
CREATE INDEX mentions_event ON mentions(event_id, kind, document_id) WHERE event_id IS NOT NULL;
