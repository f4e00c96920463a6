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
