-- 0008: provenance as one row per document and fact instead of one per span.
-- An ingest wrote a row per span with a copy of its text, the extractor
-- version and a time, plus a 'participant' row per event participant
-- repeating the event's first span: 196k rows and 30 MB for the 25 MB UNGDC
-- corpus, the largest single cost of ingesting it. Now a row holds the
-- fact's first span, a count, the further spans as JSON when there is more
-- than one, and for an event the entities the document puts in it. Span text
-- is read from the document (offsets are code points, as substr() counts),
-- the extractor version and time from the document row. No foreign keys:
-- the store deletes a document's provenance with it and deletes a fact only
-- once nothing points at it (Store::IntegrityCheck looks for orphans); the
-- parent lookups cost more than the row.
CREATE TABLE mentions_packed (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('entity', 'event', 'role')),
  entity_id INTEGER,
  event_id INTEGER,
  role_id INTEGER,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  sentence INTEGER,
  span_count INTEGER NOT NULL DEFAULT 1 CHECK (span_count >= 1),
  -- every span as [[start, end, sentence], ...] when span_count > 1
  spans TEXT CHECK (spans IS NULL OR json_valid(spans)),
  -- kind 'event': JSON array of the entity ids this document puts in it
  participants TEXT CHECK (participants IS NULL OR json_valid(participants)),
  rule TEXT,
  CHECK (start >= 0 AND end >= start)
);
INSERT INTO mentions_packed(document_id, kind, entity_id, event_id, role_id, start, end,
                            sentence, span_count, spans, participants, rule)
SELECT document_id, kind, entity_id, event_id, role_id, min(start), end, sentence, count(*),
       CASE WHEN count(*) > 1 THEN json_group_array(json_array(start, end, sentence)) END,
       CASE WHEN kind = 'event' THEN (
         SELECT json_group_array(DISTINCT p.entity_id) FROM mentions p
         WHERE p.kind = 'participant' AND p.document_id = g.document_id
           AND p.event_id = g.event_id) END,
       rule
FROM (SELECT * FROM mentions WHERE kind <> 'participant'
      ORDER BY document_id, kind, entity_id, event_id, role_id, start, end) g
GROUP BY document_id, kind, entity_id, event_id, role_id;
DROP TABLE mentions;
ALTER TABLE mentions_packed RENAME TO mentions;
CREATE INDEX mentions_document ON mentions(document_id);
CREATE INDEX mentions_entity ON mentions(entity_id, kind, document_id) WHERE entity_id IS NOT NULL;
CREATE INDEX mentions_event ON mentions(event_id, kind, document_id) WHERE event_id IS NOT NULL;
CREATE INDEX mentions_role ON mentions(role_id) WHERE role_id IS NOT NULL;
