-- 0004 (PostgreSQL): the analyst views carry date_source, SQLite's
-- migration 0012: "text", "context" or "published" (migration 0003), as
-- the last column, as the views' contract requires. PostgreSQL expands
-- "SELECT *" when a view is created, so the "<schema>_sql" views over
-- these are replaced too; CREATE OR REPLACE keeps their grants.
CREATE OR REPLACE VIEW analyst_events AS
SELECT id, type, label, cameo, substr(cameo, 1, 2) AS cameo_root, plover, plover_mode,
       goldstein, quad_class, date, date_precision, location_id, topic, quote,
       source_actor_code, target_actor_code, confidence, mention_count, document_count,
       source_count, first_seen, last_seen, date_source
FROM events;

CREATE OR REPLACE VIEW analyst_dyads AS
SELECT x.event_id, x.source_id, x.target_id, v.date, v.date_precision, v.type, v.cameo,
       substr(v.cameo, 1, 2) AS cameo_root, v.plover, v.quad_class, v.goldstein,
       v.location_id, v.date_source
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
  FOREACH v IN ARRAY ARRAY['events', 'dyads']
  LOOP
    EXECUTE format('CREATE OR REPLACE VIEW %I.%I AS SELECT * FROM %I.%I', views, v, main,
                   'analyst_' || v);
    EXECUTE format('CREATE OR REPLACE VIEW %I.%I AS SELECT * FROM %I.%I', views,
                   'analyst_' || v, main, 'analyst_' || v);
  END LOOP;
END
$$;
