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
