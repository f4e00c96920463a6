-- 0002 (PostgreSQL): the read-only SQL interface's contract, SQLite's
-- migration 0010 in PostgreSQL's terms (GET/POST /api/v1/sql, `parley sql`).
-- Analysts query these views, never the tables: the views change only by a
-- new migration that keeps their columns. The analyst_* views sit beside the
-- tables; the schema "<this schema>_sql" names each of them also without the
-- prefix (entities, events, participants, evidence, documents, dyads) and is
-- the only schema on a SQL query's search_path. Queries run as the role
-- parley_sql, which may read that schema's views and nothing else: a view
-- reads its tables with its owner's rights, so the role needs none on them.
-- Creating the role needs CREATEROLE; without it the graph still migrates,
-- and the SQL interface answers that the role is missing (docs/deploy.md).
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
SELECT m.id, m.document_id, m.kind, m.entity_id, m.event_id, m.role_id, m.start, m."end",
       m.sentence, m.span_count,
       substr((SELECT d.text FROM documents d WHERE d.id = m.document_id), (m.start + 1)::int,
              (m."end" - m.start)::int) AS text,
       m.rule
FROM mentions m;

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

DO $$
DECLARE
  main text := current_schema();
  views text := current_schema() || '_sql';
  v text;
BEGIN
  EXECUTE format('CREATE SCHEMA %I', views);
  FOREACH v IN ARRAY ARRAY['entities', 'events', 'participants', 'evidence', 'documents', 'dyads']
  LOOP
    EXECUTE format('CREATE VIEW %I.%I AS SELECT * FROM %I.%I', views, v, main, 'analyst_' || v);
    EXECUTE format('CREATE VIEW %I.%I AS SELECT * FROM %I.%I', views, 'analyst_' || v, main,
                   'analyst_' || v);
  END LOOP;
  -- One role for every graph of the cluster; concurrent migrations of two
  -- schemas may both try to create it.
  BEGIN
    CREATE ROLE parley_sql NOLOGIN;
  EXCEPTION WHEN duplicate_object OR unique_violation OR insufficient_privilege THEN
    NULL;
  END;
  BEGIN
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO parley_sql', views);
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO parley_sql', views);
    -- A superuser may SET ROLE to any role; anyone else must be a member.
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
      EXECUTE format('GRANT parley_sql TO %I', current_user);
    END IF;
  EXCEPTION WHEN undefined_object OR insufficient_privilege THEN
    NULL;
  END;
END
$$;
