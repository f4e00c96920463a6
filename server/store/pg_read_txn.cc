// PgReadTxn and the PostgreSQL row readers.
#include "store/pg_read_txn.h"

#include <algorithm>

#include "store/sqlite_event_sql.h"

namespace parley::store {

using std::string;

PgSnapshot::PgSnapshot(PgConn& db, std::function<void(bool)> release)
    : db_(db), release_(std::move(release)) {
  // Sent with the first query; the snapshot is taken by that query.
  db_.Defer("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", {});
}

PgSnapshot::~PgSnapshot() {
  // Not waited for: the connection's next user reads the reply.
  const bool usable = db_.EndSnapshot();
  if (release_) release_(!usable);
}

EntityRow PgEntity(const PgResult& r, int row, int c) {
  EntityRow e;
  e.id = r.Int(row, c + 0);
  e.type = r.Text(row, c + 1);
  e.name = r.Text(row, c + 2);
  e.dict_id = r.Text(row, c + 3);
  e.country = r.Text(row, c + 4);
  e.sector = r.Text(row, c + 5);
  e.actor_code = r.Text(row, c + 6);
  e.attributes_json = r.Text(row, c + 7);
  e.mention_count = r.Int(row, c + 8);
  e.document_count = r.Int(row, c + 9);
  e.event_count = r.Int(row, c + 10);
  e.first_seen = r.Int(row, c + 11);
  e.last_seen = r.Int(row, c + 12);
  return e;
}

EventRow PgEvent(const PgResult& r, int row, int c) {
  EventRow v;
  v.id = r.Int(row, c + 0);
  v.type = r.Text(row, c + 1);
  v.label = r.Text(row, c + 2);
  v.cameo = r.Text(row, c + 3);
  v.plover = r.Text(row, c + 4);
  v.plover_mode = r.Text(row, c + 5);
  v.goldstein = r.Real(row, c + 6);
  v.quad_class = static_cast<int>(r.Int(row, c + 7));
  v.date = r.Text(row, c + 8);
  v.date_precision = r.Text(row, c + 9);
  v.location_id = r.Int(row, c + 10);
  v.topic = r.Text(row, c + 11);
  v.quote = r.Text(row, c + 12);
  v.source_actor_code = r.Text(row, c + 13);
  v.target_actor_code = r.Text(row, c + 14);
  v.confidence = r.Real(row, c + 15);
  v.mention_count = r.Int(row, c + 16);
  v.document_count = r.Int(row, c + 17);
  v.source_count = r.Int(row, c + 18);
  v.first_seen = r.Int(row, c + 19);
  v.last_seen = r.Int(row, c + 20);
  v.date_source = r.Text(row, c + 21);
  return v;
}

DocumentRow PgDocument(const PgResult& r, int row, int c) {
  DocumentRow d;
  d.id = r.Int(row, c + 0);
  d.external_id = r.Text(row, c + 1);
  d.url = r.Text(row, c + 2);
  d.title = r.Text(row, c + 3);
  d.source = r.Text(row, c + 4);
  d.published_at = r.Text(row, c + 5);
  d.ingested_at = r.Int(row, c + 6);
  d.content_hash = r.Text(row, c + 7);
  d.text = r.Text(row, c + 8);
  d.metadata_json = r.Text(row, c + 9);
  d.extractor_version = r.Text(row, c + 10);
  return d;
}

RoleRow PgRole(const PgResult& r, int row, int c) {
  RoleRow o;
  o.id = r.Int(row, c + 0);
  o.entity_id = r.Int(row, c + 1);
  o.title = r.Text(row, c + 2);
  o.of_whom = r.Text(row, c + 3);
  o.valid_from = r.Text(row, c + 4);
  o.valid_to = r.Text(row, c + 5);
  o.first_seen = r.Int(row, c + 6);
  o.last_seen = r.Int(row, c + 7);
  return o;
}

std::vector<MentionRow> PgMentions(const PgResult& r, int row, int c) {
  MentionRow m;
  m.id = r.Int(row, c + 0);
  m.document_id = r.Int(row, c + 1);
  m.kind = r.Text(row, c + 2);
  m.entity_id = r.Int(row, c + 3);
  m.event_id = r.Int(row, c + 4);
  m.role_id = r.Int(row, c + 5);
  m.start = r.Int(row, c + 6);
  m.end = r.Int(row, c + 7);
  m.sentence = r.IsNull(row, c + 8) ? -1 : static_cast<int>(r.Int(row, c + 8));
  m.rule = r.Text(row, c + 11);
  // As SQLite's reader does: rules this long were written before extraction
  // listed each rule of a merged event once; nobody reads that far.
  constexpr size_t kMaxRuleBytes = 256;
  if (m.rule.size() > kMaxRuleBytes) {
    m.rule.resize(kMaxRuleBytes);
    m.rule += "...";
  }
  return ExpandSpans(std::move(m), r.Int(row, c + 9), r.View(row, c + 10));
}

GraphCounts PgCounts(PgConn& db) {
  GraphCounts c;
  auto q = db.Query(
      "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM entities), "
      "(SELECT count(*) FROM events), (SELECT coalesce(sum(span_count), 0) FROM mentions), "
      "(SELECT count(*) FROM aliases), (SELECT count(*) FROM event_participants)");
  if (q.Rows()) {
    c.documents = q.Int(0, 0);
    c.entities = q.Int(0, 1);
    c.events = q.Int(0, 2);
    c.mentions = q.Int(0, 3);
    c.aliases = q.Int(0, 4);
    c.participants = q.Int(0, 5);
  }
  return c;
}

std::optional<DocumentRow> PgGetDocument(PgConn& db, int64_t id) {
  static const string sql = string("SELECT ") + kDocumentColumns + " FROM documents WHERE id = $1";
  auto q = db.Query(sql, PgParams().Add(id));
  if (!q.Rows()) return std::nullopt;
  return PgDocument(q, 0);
}

std::optional<EntityRow> PgGetEntity(PgConn& db, int64_t id) {
  static const string sql = string("SELECT ") + kEntityColumns + " FROM entities WHERE id = $1";
  auto q = db.Query(sql, PgParams().Add(id));
  if (!q.Rows()) return std::nullopt;
  return PgEntity(q, 0);
}

std::string PgDateBounds(PgBuilder& b, const EventFilter& f, const std::string& column) {
  std::string out;
  // ::text so that the placeholder's type does not depend on which use
  // PostgreSQL meets first.
  if (!f.from.empty()) out += " AND " + DateFromSql(column, b.Param(f.from) + "::text");
  if (!f.to.empty()) out += " AND " + DateToSql(column, b.Param(f.to) + "::text");
  return out;
}

std::string PgDyad(PgBuilder& b, const EventFilter& f, const std::string& event,
                   const std::string& as_of) {
  if (f.dyad_a == 0) return "";
  return " AND " + DyadWhere(event, b.Param(f.dyad_a) + "::bigint", b.Param(f.dyad_b) + "::bigint",
                             b.Param(f.dyad_directed ? 1 : 0) + "::int", as_of);
}

PgReadTxn::PgReadTxn(PgConn& db, std::function<void(bool)> release)
    : snapshot_(db, std::move(release)), db_(db) {}

GraphCounts PgReadTxn::Counts() { return PgCounts(db_); }

std::optional<DocumentRow> PgReadTxn::GetDocument(int64_t id) { return PgGetDocument(db_, id); }

std::vector<MentionRow> PgReadTxn::DocumentMentions(int64_t document_id, size_t max_spans,
                                                    bool* truncated) {
  *truncated = false;
  std::vector<MentionRow> out;
  auto d = db_.Query("SELECT text, extractor_version, ingested_at FROM documents WHERE id = $1",
                     PgParams().Add(document_id));
  if (!d.Rows()) return out;
  // A document may hold millions of spans: only the first max_spans + 1 rows
  // in the order of their first span are read. A row's spans come in text
  // order, so a row not read holds no span before those of the rows read,
  // and those rows hold max_spans + 1 spans or more when any row is left.
  static const string sql = string("SELECT ") + kMentionColumns +
                            " FROM mentions WHERE document_id = $1 ORDER BY start, \"end\" DESC, "
                            "id LIMIT $2";
  auto q = db_.Query(sql, PgParams().Add(document_id).Add(static_cast<int64_t>(max_spans) + 1));
  struct Read {
    MentionRow m;
    int64_t id;
    size_t seq;
  };
  std::vector<Read> spans;
  for (int i = 0; i < q.Rows(); ++i)
    for (auto& m : PgMentions(q, i)) {
      const int64_t id = m.id;
      spans.push_back({std::move(m), id, spans.size()});
    }
  // The SQLite backend's order: by start, longer first at one start, then
  // by row id and the row's own order; the first max_spans of them.
  auto before = [](const Read& a, const Read& b) {
    if (a.m.start != b.m.start) return a.m.start < b.m.start;
    if (a.m.end != b.m.end) return a.m.end > b.m.end;
    if (a.id != b.id) return a.id < b.id;
    return a.seq < b.seq;
  };
  if (spans.size() > max_spans) {
    *truncated = true;
    std::partial_sort(spans.begin(), spans.begin() + static_cast<std::ptrdiff_t>(max_spans),
                      spans.end(), before);
    spans.resize(max_spans);
  } else {
    std::sort(spans.begin(), spans.end(), before);
  }
  out.reserve(spans.size());
  for (auto& s : spans) out.push_back(std::move(s.m));
  FillMentionTexts(d.Text(0, 0), d.Text(0, 1), d.Int(0, 2), &out);
  return out;
}

std::optional<EntityRow> PgReadTxn::GetEntity(int64_t id) { return PgGetEntity(db_, id); }

std::optional<EventRow> PgReadTxn::GetEvent(int64_t id) {
  static const string sql = string("SELECT ") + kEventColumns + " FROM events WHERE id = $1";
  auto q = db_.Query(sql, PgParams().Add(id));
  if (!q.Rows()) return std::nullopt;
  return PgEvent(q, 0);
}

std::optional<int64_t> PgReadTxn::FindDocumentByHash(std::string_view content_hash) {
  auto q =
      db_.Query("SELECT id FROM documents WHERE content_hash = $1", PgParams().Add(content_hash));
  if (!q.Rows()) return std::nullopt;
  return q.Int(0, 0);
}

}  // namespace parley::store
