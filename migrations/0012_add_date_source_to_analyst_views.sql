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
