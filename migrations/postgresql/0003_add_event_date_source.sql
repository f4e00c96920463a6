-- 0003 (PostgreSQL): where an event's date comes from, SQLite's migration
-- 0011. "text" when the event's clause states it, "context" when an earlier
-- sentence of the article does, "published" when none does and the
-- publication date stands in, NULL when undated. Dates stored before this
-- migration were all stated in the text.
ALTER TABLE events ADD COLUMN date_source text COLLATE "C";
UPDATE events SET date_source = 'text' WHERE date IS NOT NULL;
