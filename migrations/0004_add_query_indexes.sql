-- 0004: the REST API's event order. Event lists answer newest first with
-- undated events last (ORDER BY date IS NULL, date DESC, id DESC); with this
-- index a page is read in order and the scan stops at the limit, instead of
-- sorting every visible event for each page.
CREATE INDEX events_newest ON events((date IS NULL), date DESC, id DESC);
