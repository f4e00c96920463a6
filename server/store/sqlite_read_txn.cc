// SqliteReadTxn and the row readers shared with the writer.
#include "store/sqlite_read_txn.h"

#include <sqlite3.h>

namespace parley::store {

RoleRow ReadRole(const Query& q, int c) {
  RoleRow r;
  r.id = q.Int(c + 0);
  r.entity_id = q.Int(c + 1);
  r.title = q.Text(c + 2);
  r.of_whom = q.Text(c + 3);
  r.valid_from = q.Text(c + 4);
  r.valid_to = q.Text(c + 5);
  r.first_seen = q.Int(c + 6);
  r.last_seen = q.Int(c + 7);
  return r;
}

EntityRow ReadEntity(const Query& q, int c) {
  EntityRow e;
  e.id = q.Int(c + 0);
  e.type = q.Text(c + 1);
  e.name = q.Text(c + 2);
  e.dict_id = q.Text(c + 3);
  e.country = q.Text(c + 4);
  e.sector = q.Text(c + 5);
  e.actor_code = q.Text(c + 6);
  e.attributes_json = q.Text(c + 7);
  e.mention_count = q.Int(c + 8);
  e.document_count = q.Int(c + 9);
  e.event_count = q.Int(c + 10);
  e.first_seen = q.Int(c + 11);
  e.last_seen = q.Int(c + 12);
  return e;
}

EventRow ReadEvent(const Query& q, int c) {
  EventRow v;
  v.id = q.Int(c + 0);
  v.type = q.Text(c + 1);
  v.label = q.Text(c + 2);
  v.cameo = q.Text(c + 3);
  v.plover = q.Text(c + 4);
  v.plover_mode = q.Text(c + 5);
  v.goldstein = q.Real(c + 6);
  v.quad_class = static_cast<int>(q.Int(c + 7));
  v.date = q.Text(c + 8);
  v.date_precision = q.Text(c + 9);
  v.location_id = q.Int(c + 10);
  v.topic = q.Text(c + 11);
  v.quote = q.Text(c + 12);
  v.source_actor_code = q.Text(c + 13);
  v.target_actor_code = q.Text(c + 14);
  v.confidence = q.Real(c + 15);
  v.mention_count = q.Int(c + 16);
  v.document_count = q.Int(c + 17);
  v.source_count = q.Int(c + 18);
  v.first_seen = q.Int(c + 19);
  v.last_seen = q.Int(c + 20);
  return v;
}

DocumentRow ReadDocument(const Query& q, int c) {
  DocumentRow d;
  d.id = q.Int(c + 0);
  d.external_id = q.Text(c + 1);
  d.url = q.Text(c + 2);
  d.title = q.Text(c + 3);
  d.source = q.Text(c + 4);
  d.published_at = q.Text(c + 5);
  d.ingested_at = q.Int(c + 6);
  d.content_hash = q.Text(c + 7);
  d.text = q.Text(c + 8);
  d.metadata_json = q.Text(c + 9);
  d.extractor_version = q.Text(c + 10);
  return d;
}

std::vector<MentionRow> ReadMentions(const Query& q, int c) {
  MentionRow m;
  m.id = q.Int(c + 0);
  m.document_id = q.Int(c + 1);
  m.kind = q.Text(c + 2);
  m.entity_id = q.Int(c + 3);
  m.event_id = q.Int(c + 4);
  m.role_id = q.Int(c + 5);
  m.start = q.Int(c + 6);
  m.end = q.Int(c + 7);
  m.sentence = q.IsNull(c + 8) ? -1 : static_cast<int>(q.Int(c + 8));
  m.rule = q.Text(c + 11);
  return ExpandSpans(std::move(m), q.Int(c + 9), q.IsNull(c + 10) ? "" : q.Text(c + 10));
}

GraphCounts ReadCounts(SqliteDb& db) {
  GraphCounts c;
  auto q = db.Prepare(
      "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM entities), "
      "(SELECT count(*) FROM events), (SELECT coalesce(sum(span_count), 0) FROM mentions), "
      "(SELECT count(*) FROM aliases), (SELECT count(*) FROM event_participants)");
  if (q.Step()) {
    c.documents = q.Int(0);
    c.entities = q.Int(1);
    c.events = q.Int(2);
    c.mentions = q.Int(3);
    c.aliases = q.Int(4);
    c.participants = q.Int(5);
  }
  return c;
}

SqliteReadTxn::SqliteReadTxn(SqliteDb& db, std::function<void()> release)
    : db_(db), release_(std::move(release)) {
  db_.Exec("BEGIN");
  open_ = true;
}

SqliteReadTxn::~SqliteReadTxn() {
  if (open_) sqlite3_exec(db_.raw(), "ROLLBACK", nullptr, nullptr, nullptr);
  if (release_) release_();
}

GraphCounts SqliteReadTxn::Counts() { return ReadCounts(db_); }

std::optional<DocumentRow> SqliteReadTxn::GetDocument(int64_t id) {
  auto q = db_.Prepare(std::string("SELECT ") + kDocumentColumns + " FROM documents WHERE id = ?");
  q.Bind(1, id);
  if (!q.Step()) return std::nullopt;
  return ReadDocument(q);
}

std::vector<MentionRow> SqliteReadTxn::DocumentMentions(int64_t document_id) {
  std::vector<MentionRow> out;
  auto d = db_.Prepare("SELECT text, extractor_version, ingested_at FROM documents WHERE id = ?");
  d.Bind(1, document_id);
  if (!d.Step()) return out;
  const std::string text = d.Text(0), version = d.Text(1);
  const int64_t ingested_at = d.Int(2);
  auto q = db_.Prepare(std::string("SELECT ") + kMentionColumns +
                       " FROM mentions WHERE document_id = ? ORDER BY id");
  q.Bind(1, document_id);
  while (q.Step())
    for (auto& m : ReadMentions(q)) out.push_back(std::move(m));
  FillMentionTexts(text, version, ingested_at, &out);
  return out;
}

std::optional<EntityRow> SqliteReadTxn::GetEntity(int64_t id) {
  auto q = db_.Prepare(std::string("SELECT ") + kEntityColumns + " FROM entities WHERE id = ?");
  q.Bind(1, id);
  if (!q.Step()) return std::nullopt;
  return ReadEntity(q);
}

std::optional<EventRow> SqliteReadTxn::GetEvent(int64_t id) {
  auto q = db_.Prepare(std::string("SELECT ") + kEventColumns + " FROM events WHERE id = ?");
  q.Bind(1, id);
  if (!q.Step()) return std::nullopt;
  return ReadEvent(q);
}

std::optional<int64_t> SqliteReadTxn::FindDocumentByHash(std::string_view content_hash) {
  auto q = db_.Prepare("SELECT id FROM documents WHERE content_hash = ?");
  q.Bind(1, content_hash);
  if (!q.Step()) return std::nullopt;
  return q.Int(0);
}

}  // namespace parley::store
