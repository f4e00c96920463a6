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
