-- Parley's full current schema, for people to read. Generated from
-- migrations/*.sql (tests/store/schema_test.cc proves that migrating an empty
-- database yields exactly this). Change the schema by adding a migration,
-- then regenerate: cat the header, schema_migrations and every migration.

CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at INTEGER NOT NULL
);

-- ===== 0001_create_graph.sql
-- 0001: the knowledge graph's first tables.
-- Times (first_seen, last_seen, ingested_at, created_at) are microseconds
-- since the Unix epoch (UTC) of the ingest that saw the fact; calendar dates
-- are ISO 8601 text. Offsets are Unicode code points into documents.text.

CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  external_id TEXT,
  url TEXT,
  title TEXT,
  source TEXT,
  published_at TEXT,
  ingested_at INTEGER NOT NULL,
  content_hash TEXT NOT NULL UNIQUE,
  text TEXT NOT NULL,
  metadata TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(metadata)),
  extractor_version TEXT NOT NULL
);
CREATE INDEX documents_external_id ON documents(external_id);
CREATE INDEX documents_published_at ON documents(published_at);

CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL CHECK (type IN ('person', 'organization', 'country', 'location', 'group')),
  name TEXT NOT NULL,
  dict_id TEXT UNIQUE,
  country TEXT,
  sector TEXT,
  actor_code TEXT,
  attributes TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(attributes)),
  mention_count INTEGER NOT NULL DEFAULT 0,
  document_count INTEGER NOT NULL DEFAULT 0,
  event_count INTEGER NOT NULL DEFAULT 0,
  first_seen INTEGER NOT NULL,
  last_seen INTEGER NOT NULL
);
CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
CREATE INDEX entities_type_country ON entities(type, country);
CREATE INDEX entities_event_count ON entities(event_count DESC);

CREATE TABLE aliases (
  id INTEGER PRIMARY KEY,
  entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  alias TEXT NOT NULL,
  norm TEXT NOT NULL,
  mention_count INTEGER NOT NULL DEFAULT 0,
  first_seen INTEGER NOT NULL,
  last_seen INTEGER NOT NULL,
  UNIQUE (entity_id, norm)
);
CREATE INDEX aliases_norm ON aliases(norm);

CREATE TABLE roles (
  id INTEGER PRIMARY KEY,
  entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  of_whom TEXT NOT NULL DEFAULT '',
  valid_from TEXT,
  valid_to TEXT,
  first_seen INTEGER NOT NULL,
  last_seen INTEGER NOT NULL,
  UNIQUE (entity_id, title, of_whom)
);

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  label TEXT NOT NULL DEFAULT '',
  cameo TEXT,
  plover TEXT,
  plover_mode TEXT,
  goldstein REAL,
  quad_class INTEGER,
  date TEXT,
  date_precision TEXT,
  location_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
  topic TEXT,
  quote TEXT,
  source_actor_code TEXT,
  target_actor_code TEXT,
  confidence REAL NOT NULL DEFAULT 0,
  mention_count INTEGER NOT NULL DEFAULT 0,
  document_count INTEGER NOT NULL DEFAULT 0,
  source_count INTEGER NOT NULL DEFAULT 0,
  first_seen INTEGER NOT NULL,
  last_seen INTEGER NOT NULL
);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_type_date ON events(type, date);
CREATE INDEX events_location ON events(location_id);
CREATE INDEX events_first_seen ON events(first_seen);

CREATE TABLE event_participants (
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  first_seen INTEGER NOT NULL,
  last_seen INTEGER NOT NULL,
  PRIMARY KEY (event_id, entity_id, role)
) WITHOUT ROWID;
CREATE INDEX event_participants_entity ON event_participants(entity_id, event_id);

-- Provenance: every fact row is backed by spans of documents. A fact that
-- loses its last mention (document retracted) is deleted.
CREATE TABLE mentions (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('entity', 'event', 'role', 'participant')),
  entity_id INTEGER REFERENCES entities(id) ON DELETE CASCADE,
  event_id INTEGER REFERENCES events(id) ON DELETE CASCADE,
  role_id INTEGER REFERENCES roles(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  sentence INTEGER,
  text TEXT NOT NULL,
  rule TEXT,
  extractor_version TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  CHECK (start >= 0 AND end >= start)
);
CREATE INDEX mentions_document ON mentions(document_id);
CREATE INDEX mentions_entity ON mentions(entity_id) WHERE entity_id IS NOT NULL;
CREATE INDEX mentions_event ON mentions(event_id) WHERE event_id IS NOT NULL;
CREATE INDEX mentions_role ON mentions(role_id) WHERE role_id IS NOT NULL;

-- Full-text indexes over names (every alias) and document text.
CREATE VIRTUAL TABLE alias_fts USING fts5(
  alias, content='aliases', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2', prefix='1 2 3');
CREATE TRIGGER aliases_ai AFTER INSERT ON aliases BEGIN
  INSERT INTO alias_fts(rowid, alias) VALUES (new.id, new.alias);
END;
CREATE TRIGGER aliases_ad AFTER DELETE ON aliases BEGIN
  INSERT INTO alias_fts(alias_fts, rowid, alias) VALUES ('delete', old.id, old.alias);
END;

CREATE VIRTUAL TABLE document_fts USING fts5(
  title, text, content='documents', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
  INSERT INTO document_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
  INSERT INTO document_fts(document_fts, rowid, title, text)
  VALUES ('delete', old.id, old.title, old.text);
END;

CREATE VIRTUAL TABLE event_fts USING fts5(
  label, topic, quote, content='events', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER events_ai AFTER INSERT ON events BEGIN
  INSERT INTO event_fts(rowid, label, topic, quote) VALUES (new.id, new.label, new.topic, new.quote);
END;
CREATE TRIGGER events_ad AFTER DELETE ON events BEGIN
  INSERT INTO event_fts(event_fts, rowid, label, topic, quote)
  VALUES ('delete', old.id, old.label, old.topic, old.quote);
END;
CREATE TRIGGER events_au AFTER UPDATE OF label, topic, quote ON events BEGIN
  INSERT INTO event_fts(event_fts, rowid, label, topic, quote)
  VALUES ('delete', old.id, old.label, old.topic, old.quote);
  INSERT INTO event_fts(rowid, label, topic, quote) VALUES (new.id, new.label, new.topic, new.quote);
END;

-- ===== 0002_create_changes.sql
-- 0002: the change feed. One row per created, updated or retracted fact, in
-- commit order; seq is the monotonic cursor downstream consumers resume from.
CREATE TABLE changes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  op TEXT NOT NULL CHECK (op IN ('created', 'updated', 'retracted')),
  kind TEXT NOT NULL CHECK (kind IN ('document', 'entity', 'event')),
  object_id INTEGER NOT NULL
);
CREATE INDEX changes_object ON changes(kind, object_id);

-- ===== 0003_add_covering_mention_indexes.sql
-- 0003: covering indexes for provenance counts. Refreshing an entity's or
-- event's counts after each document reads (kind, document_id) for every
-- mention of it; without these, each of those rows costs a table lookup, and
-- ingest slows down as popular entities accumulate mentions.
DROP INDEX mentions_entity;
DROP INDEX mentions_event;
CREATE INDEX mentions_entity ON mentions(entity_id, kind, document_id) WHERE entity_id IS NOT NULL;
CREATE INDEX mentions_event ON mentions(event_id, kind, document_id) WHERE event_id IS NOT NULL;

-- ===== 0004_add_query_indexes.sql
-- 0004: the REST API's event order. Event lists answer newest first with
-- undated events last (ORDER BY date IS NULL, date DESC, id DESC); with this
-- index a page is read in order and the scan stops at the limit, instead of
-- sorting every visible event for each page.
CREATE INDEX events_newest ON events((date IS NULL), date DESC, id DESC);

-- ===== 0005_add_participant_dates.sql
-- 0005: an entity's events in date order straight from an index. The event's
-- date is copied onto each participation (kept in step by the trigger below
-- and by the writer's insert), and the entity index is ordered like the
-- REST API's event lists (undated last, newest first). An entity's newest
-- events are then the first entries of its index range, so a neighbourhood
-- or event page costs the page, not the entity's whole history.
ALTER TABLE event_participants ADD COLUMN date TEXT;
UPDATE event_participants SET date = (SELECT date FROM events WHERE events.id = event_id);
DROP INDEX event_participants_entity;
CREATE INDEX event_participants_entity
  ON event_participants(entity_id, (date IS NULL), date DESC, event_id DESC);
CREATE TRIGGER events_date_to_participants AFTER UPDATE OF date ON events
  WHEN new.date IS NOT old.date BEGIN
  UPDATE event_participants SET date = new.date WHERE event_id = new.id;
END;

-- ===== 0006_drop_fts_insert_triggers.sql
-- 0006: the store writes new full-text rows itself instead of AFTER INSERT
-- triggers. A virtual-table write inside a trigger runs in a statement
-- savepoint, and FTS5 flushes its pending terms at every savepoint, so each
-- inserted row became an index segment of its own: about 12 µs per row, more
-- than the rest of an event insert. The delete and update triggers stay;
-- those writes are rare.
DROP TRIGGER aliases_ai;
DROP TRIGGER documents_ai;
DROP TRIGGER events_ai;

-- ===== 0007_drop_event_fts_update_trigger.sql
-- 0007: the store keeps event_fts in step when a merge rewrites an event's
-- label, topic or quote, instead of an AFTER UPDATE trigger. The store now
-- writes all new full-text rows at commit (one FTS5 flush per transaction);
-- a trigger's 'delete' of a row whose insert is still pending would corrupt
-- the index, and its statement savepoint flushed the pending terms of every
-- document in the transaction as a segment of their own.
DROP TRIGGER events_au;

-- ===== 0008_pack_mentions.sql
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

-- ===== 0009_rebuild_document_fts_by_column.sql
-- 0009: the document full-text index keeps, per term, the documents and
-- columns it occurs in but not its positions (detail=column). Searches are
-- prefix terms, never phrases (FtsPrefixQuery splits words as the tokenizer
-- does), and snippet() and bm25 ranking still work; indexing costs about a
-- third less and the index is half the size.
DROP TABLE document_fts;
CREATE VIRTUAL TABLE document_fts USING fts5(
  title, text, content='documents', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2', detail=column);
INSERT INTO document_fts(document_fts) VALUES ('rebuild');

-- ===== 0010_create_analyst_views.sql
-- 0010: the read-only SQL interface's contract (GET/POST /api/v1/sql,
-- `parley sql`). Analysts query these views, never the tables: the tables
-- may change with any migration, the views only by a new migration that
-- keeps their columns (add, never rename or drop). The SQL connection names
-- them without the prefix as well (entities, events, participants, evidence,
-- documents, dyads). Times are microseconds since the epoch (UTC); dates are
-- ISO 8601 text of day ("2022-03-14"), month ("2022-03") or year ("2022")
-- precision; codes are text ("040" is not 40).
CREATE VIEW analyst_entities AS
SELECT id, type, name, country, sector, actor_code, dict_id, attributes, mention_count,
       document_count, event_count, first_seen, last_seen
FROM entities;

CREATE VIEW analyst_events AS
SELECT id, type, label, cameo, substr(cameo, 1, 2) AS cameo_root, plover, plover_mode,
       goldstein, quad_class, date, date_precision, location_id, topic, quote,
       source_actor_code, target_actor_code, confidence, mention_count, document_count,
       source_count, first_seen, last_seen
FROM events;

CREATE VIEW analyst_participants AS
SELECT event_id, entity_id, role, date, first_seen, last_seen FROM event_participants;

-- One row per document and fact: the first span (code points into the
-- document's text), how many spans there are, and the extraction rule.
CREATE VIEW analyst_evidence AS
SELECT id, document_id, kind, entity_id, event_id, role_id, start, end, sentence, span_count,
       substr((SELECT d.text FROM documents d WHERE d.id = document_id), start + 1, end - start)
         AS text,
       rule
FROM mentions;

CREATE VIEW analyst_documents AS
SELECT id, external_id, url, title, source, published_at, ingested_at, metadata, text,
       extractor_version
FROM documents;

-- The dyad of every event as exports and /api/v1/aggregate choose it: the
-- first participant (first seen, then entity id, then role) in a source-like
-- role (source, speaker, host, proposer) and in a target-like role (target,
-- recipient, guest); failing that the first (the second, when the source
-- came from there) participant in a role of neither side that is not a
-- place. Source or target is NULL when the event has none.
CREATE VIEW analyst_dyads AS
SELECT x.event_id, x.source_id, x.target_id, v.date, v.date_precision, v.type, v.cameo,
       substr(v.cameo, 1, 2) AS cameo_root, v.plover, v.quad_class, v.goldstein,
       v.location_id
FROM (SELECT e.id AS event_id,
             coalesce((SELECT p.entity_id FROM event_participants p WHERE p.event_id = e.id AND p.role IN ('source', 'speaker', 'host', 'proposer') ORDER BY p.first_seen, p.entity_id, p.role LIMIT 1), (SELECT p.entity_id FROM event_participants p JOIN entities pe ON pe.id = p.entity_id WHERE p.event_id = e.id AND p.role NOT IN ('source', 'speaker', 'host', 'proposer', 'target', 'recipient', 'guest') AND pe.type <> 'location' ORDER BY p.first_seen, p.entity_id, p.role LIMIT 1 OFFSET 0)) AS source_id,
             coalesce((SELECT p.entity_id FROM event_participants p WHERE p.event_id = e.id AND p.role IN ('target', 'recipient', 'guest') ORDER BY p.first_seen, p.entity_id, p.role LIMIT 1), CASE WHEN (SELECT p.entity_id FROM event_participants p WHERE p.event_id = e.id AND p.role IN ('source', 'speaker', 'host', 'proposer') ORDER BY p.first_seen, p.entity_id, p.role LIMIT 1) IS NULL THEN (SELECT p.entity_id FROM event_participants p JOIN entities pe ON pe.id = p.entity_id WHERE p.event_id = e.id AND p.role NOT IN ('source', 'speaker', 'host', 'proposer', 'target', 'recipient', 'guest') AND pe.type <> 'location' ORDER BY p.first_seen, p.entity_id, p.role LIMIT 1 OFFSET 1) ELSE (SELECT p.entity_id FROM event_participants p JOIN entities pe ON pe.id = p.entity_id WHERE p.event_id = e.id AND p.role NOT IN ('source', 'speaker', 'host', 'proposer', 'target', 'recipient', 'guest') AND pe.type <> 'location' ORDER BY p.first_seen, p.entity_id, p.role LIMIT 1 OFFSET 0) END) AS target_id
      FROM events e) x
JOIN events v ON v.id = x.event_id;

-- ===== 0011_add_event_date_source.sql
-- 0011: where an event's date comes from (issue 14). "text" when the
-- event's clause states it, "context" when an earlier sentence of the
-- article does, "published" when none does and the publication date stands
-- in (as GDELT and POLECAT date events), NULL when undated. Dates stored
-- before this migration were all stated in the text.
ALTER TABLE events ADD COLUMN date_source TEXT;
UPDATE events SET date_source = 'text' WHERE date IS NOT NULL;

-- ===== 0012_add_date_source_to_analyst_views.sql
-- 0012: the analyst views carry date_source (migration 0011): whether an
-- event's date is stated by its clause ("text"), by an earlier sentence
-- ("context") or is the publication date ("published"). An analyst who
-- wants only stated dates filters on it. Added as the last column, as the
-- views' contract (0010) requires; SQLite cannot alter a view, so each is
-- dropped and created again in the same transaction.
DROP VIEW analyst_events;
CREATE VIEW analyst_events AS
SELECT id, type, label, cameo, substr(cameo, 1, 2) AS cameo_root, plover, plover_mode,
       goldstein, quad_class, date, date_precision, location_id, topic, quote,
       source_actor_code, target_actor_code, confidence, mention_count, document_count,
       source_count, first_seen, last_seen, date_source
FROM events;

DROP VIEW analyst_dyads;
CREATE VIEW analyst_dyads AS
SELECT x.event_id, x.source_id, x.target_id, v.date, v.date_precision, v.type, v.cameo,
       substr(v.cameo, 1, 2) AS cameo_root, v.plover, v.quad_class, v.goldstein,
       v.location_id, v.date_source
FROM (SELECT e.id AS event_id,
             coalesce((SELECT p.entity_id FROM event_participants p WHERE p.event_id = e.id AND p.role IN ('source', 'speaker', 'host', 'proposer') ORDER BY p.first_seen, p.entity_id, p.role LIMIT 1), (SELECT p.entity_id FROM event_participants p JOIN entities pe ON pe.id = p.entity_id WHERE p.event_id = e.id AND p.role NOT IN ('source', 'speaker', 'host', 'proposer', 'target', 'recipient', 'guest') AND pe.type <> 'location' ORDER BY p.first_seen, p.entity_id, p.role LIMIT 1 OFFSET 0)) AS source_id,
             coalesce((SELECT p.entity_id FROM event_participants p WHERE p.event_id = e.id AND p.role IN ('target', 'recipient', 'guest') ORDER BY p.first_seen, p.entity_id, p.role LIMIT 1), CASE WHEN (SELECT p.entity_id FROM event_participants p WHERE p.event_id = e.id AND p.role IN ('source', 'speaker', 'host', 'proposer') ORDER BY p.first_seen, p.entity_id, p.role LIMIT 1) IS NULL THEN (SELECT p.entity_id FROM event_participants p JOIN entities pe ON pe.id = p.entity_id WHERE p.event_id = e.id AND p.role NOT IN ('source', 'speaker', 'host', 'proposer', 'target', 'recipient', 'guest') AND pe.type <> 'location' ORDER BY p.first_seen, p.entity_id, p.role LIMIT 1 OFFSET 1) ELSE (SELECT p.entity_id FROM event_participants p JOIN entities pe ON pe.id = p.entity_id WHERE p.event_id = e.id AND p.role NOT IN ('source', 'speaker', 'host', 'proposer', 'target', 'recipient', 'guest') AND pe.type <> 'location' ORDER BY p.first_seen, p.entity_id, p.role LIMIT 1 OFFSET 0) END) AS target_id
      FROM events e) x
JOIN events v ON v.id = x.event_id;
