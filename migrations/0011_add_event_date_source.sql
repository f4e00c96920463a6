-- 0011: where an event's date comes from (issue 14). "text" when the
-- event's clause states it, "context" when an earlier sentence of the
-- article does, "published" when none does and the publication date stands
-- in (as GDELT and POLECAT date events), NULL when undated. Dates stored
-- before this migration were all stated in the text.
ALTER TABLE events ADD COLUMN date_source TEXT;
UPDATE events SET date_source = 'text' WHERE date IS NOT NULL;
