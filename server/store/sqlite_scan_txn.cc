// SqliteScanTxn: streaming reads for exports and the change feed. Each cursor
// owns stepping statements from the connection's cache; rows are read one at
// a time, so a scan of a million events holds one event in memory. Filters
// are written "(?n = '' OR col = ?n)" so one statement serves every filter
// combination; that also keeps SQLite on a rowid-order table scan, which is
// what a full export wants (no sort, no temporary B-tree).
#include "store/sqlite_scan_txn.h"

#include <sqlite3.h>

#include <algorithm>
#include <limits>
#include <nlohmann/json.hpp>

#include "store/sqlite_event_sql.h"
#include "store/sqlite_read_txn.h"

namespace parley::store {
namespace {

using std::string;

// The event predicate over alias `v`; parameters ?1..?9 are bound by
// BindFilter. A single event is looked up by id rather than filtered for.
// "+v.first_seen" keeps SQLite off the first_seen index: with it, the scan
// would come back in first_seen order and need an in-memory sort of the
// whole result to restore id order.
string EventWhere(const EventFilter& f) {
  string w = f.event_id != 0 ? "v.id = ?9 AND " : "";
  w += "+v.first_seen <= ?1"
       " AND (?2 = '[]' OR v.type IN (SELECT value FROM json_each(?2)))"
       " AND (?3 = '' OR v.plover = ?3)"
       " AND (?4 = '' OR substr(v.cameo, 1, length(?4)) = ?4)"
       " AND " +
       DateFromSql("v.date", "?5") + " AND " + DateToSql("v.date", "?6") + " AND " +
       DyadWhere("v.id", "?11", "?12", "?13", "?1") +
       " AND (?7 = 0 OR EXISTS (SELECT 1 FROM event_participants fp WHERE fp.event_id = v.id"
       " AND fp.entity_id = ?7))"
       " AND (?8 = '' OR EXISTS (SELECT 1 FROM event_participants fc JOIN entities fe ON fe.id ="
       " fc.entity_id WHERE fc.event_id = v.id AND fe.country = ?8))"
       " AND (?10 = 0 OR v.location_id = ?10)";
  return w;
}

void BindFilter(Query& q, const EventFilter& f) {
  q.Bind(1, AsOf(f.as_of))
      .Bind(2, nlohmann::json(f.types).dump())
      .Bind(3, f.plover)
      .Bind(4, f.cameo_prefix)
      .Bind(5, f.from)
      .Bind(6, f.to)
      .Bind(7, f.participant)
      .Bind(8, f.country)
      .Bind(10, f.location)
      .Bind(11, f.dyad_a)
      .Bind(12, f.dyad_b)
      .Bind(13, f.dyad_directed ? 1 : 0);
  if (f.event_id != 0) q.Bind(9, f.event_id);
}

// A cursor over one statement whose rows `read` turns into Row.
template <typename Row>
class StatementCursor : public Cursor<Row> {
 public:
  using Reader = Row (*)(const Query&);
  StatementCursor(SqliteDb& db, const string& sql, const EventFilter& f, Reader read)
      : q_(db.Prepare(sql)), read_(read) {
    BindFilter(q_, f);
  }
  bool Next(Row* row) override {
    if (done_) return false;
    if (!q_.Step()) {
      done_ = true;
      return false;
    }
    *row = read_(q_);
    return true;
  }

 private:
  Query q_;
  Reader read_;
  bool done_ = false;
};

EntityRow EntityAt0(const Query& q) { return ReadEntity(q); }
EventRow EventAt0(const Query& q) { return ReadEvent(q); }
DocumentRow DocumentAt0(const Query& q) { return ReadDocument(q); }
EdgeRow EdgeAt0(const Query& q) {
  EdgeRow e;
  e.event_id = q.Int(0);
  e.entity_id = q.Int(1);
  e.role = q.Text(2);
  e.date = q.Text(3);
  e.first_seen = q.Int(4);
  e.last_seen = q.Int(5);
  return e;
}

// Events merge-joined with their participants and source URLs: all three
// statements walk in event-id order, so each event's satellites are the run
// of rows with its id, found by advancing a lookahead row.
class EventDetailCursor : public Cursor<EventDetail> {
 public:
  EventDetailCursor(SqliteDb& db, const EventFilter& f)
      : events_(db.Prepare("SELECT " + Prefixed("v", kEventColumns) +
                           ", coalesce(l.name, ''), coalesce(l.country, ''), "
                           "coalesce(l.attributes, '{}') FROM events v LEFT JOIN entities l ON "
                           "l.id = v.location_id WHERE " +
                           EventWhere(f) + " ORDER BY v.id")),
        parts_(db.Prepare(
            "SELECT p.event_id, p.entity_id, p.role, e.name, e.type, coalesce(e.country, ''), "
            "coalesce(e.sector, ''), coalesce(e.actor_code, '') FROM events v JOIN "
            "event_participants p ON p.event_id = v.id JOIN entities e ON e.id = p.entity_id "
            "WHERE " +
            EventWhere(f) +
            " AND p.first_seen <= ?1 AND e.first_seen <= ?1 ORDER BY p.event_id, p.first_seen, "
            "p.entity_id")),
        urls_(db.Prepare(string("SELECT m.event_id, d.url FROM mentions m JOIN documents d ON "
                                "d.id = m.document_id WHERE ") +
                         (f.event_id != 0 ? "m.event_id = ?9" : "m.event_id IS NOT NULL") +
                         " AND m.kind = 'event' AND d.url IS NOT NULL AND d.url <> '' AND "
                         "d.ingested_at <= ?1 ORDER BY m.event_id, d.id")) {
    BindFilter(events_, f);
    BindFilter(parts_, f);
    urls_.Bind(1, AsOf(f.as_of));
    if (f.event_id != 0) urls_.Bind(9, f.event_id);
    parts_more_ = parts_.Step();
    urls_more_ = urls_.Step();
  }

  bool Next(EventDetail* out) override {
    if (done_ || !events_.Step()) {
      done_ = true;
      return false;
    }
    out->event = ReadEvent(events_);
    out->place_name = events_.Text(22);
    out->place_country = events_.Text(23);
    out->place_attributes_json = events_.Text(24);
    const int64_t id = out->event.id;
    out->participants.clear();
    while (parts_more_ && parts_.Int(0) < id) parts_more_ = parts_.Step();
    while (parts_more_ && parts_.Int(0) == id) {
      ParticipantDetail p;
      p.event_id = id;
      p.entity_id = parts_.Int(1);
      p.role = parts_.Text(2);
      p.name = parts_.Text(3);
      p.type = parts_.Text(4);
      p.country = parts_.Text(5);
      p.sector = parts_.Text(6);
      p.actor_code = parts_.Text(7);
      out->participants.push_back(std::move(p));
      parts_more_ = parts_.Step();
    }
    out->source_urls.clear();
    while (urls_more_ && urls_.Int(0) < id) urls_more_ = urls_.Step();
    while (urls_more_ && urls_.Int(0) == id) {
      string url = urls_.Text(1);
      auto& urls = out->source_urls;
      if (urls.size() < EventDetail::kMaxSourceUrls &&
          std::find(urls.begin(), urls.end(), url) == urls.end())
        urls.push_back(std::move(url));
      urls_more_ = urls_.Step();
    }
    return true;
  }

 private:
  Query events_, parts_, urls_;
  bool parts_more_ = false, urls_more_ = false, done_ = false;
};

class SqliteScanTxn : public ScanTxn {
 public:
  // A scan reads each page once, so neither the memory map nor a large page
  // cache speeds it up; both would only grow the process's resident memory
  // with the size of the database. Both are narrowed for the scan and
  // restored before the pooled connection goes back.
  SqliteScanTxn(SqliteDb& db, std::function<void()> release)
      : db_(db), release_(std::move(release)) {
    saved_mmap_ = Pragma("PRAGMA mmap_size");
    saved_cache_ = Pragma("PRAGMA cache_size");
    db_.Exec("PRAGMA mmap_size=0; PRAGMA cache_size=" + std::to_string(kScanCacheSize));
    db_.Exec("BEGIN");
  }
  ~SqliteScanTxn() override {
    sqlite3_exec(db_.raw(), "ROLLBACK", nullptr, nullptr, nullptr);
    const std::string restore = "PRAGMA mmap_size=" + std::to_string(saved_mmap_) +
                                "; PRAGMA cache_size=" + std::to_string(saved_cache_);
    sqlite3_exec(db_.raw(), restore.c_str(), nullptr, nullptr, nullptr);
    if (release_) release_();
  }

  std::unique_ptr<Cursor<EntityRow>> Entities(const EventFilter& f) override {
    string sql = string("SELECT ") + kEntityColumns + " FROM entities WHERE first_seen <= ?1";
    if (f.RestrictsEvents())
      sql +=
          " AND id IN (SELECT p.entity_id FROM events v JOIN event_participants p ON p.event_id "
          "= v.id WHERE " +
          EventWhere(f) + " AND p.first_seen <= ?1)";
    sql += " ORDER BY id";
    return std::make_unique<StatementCursor<EntityRow>>(db_, sql, f, &EntityAt0);
  }

  std::unique_ptr<Cursor<EventRow>> Events(const EventFilter& f) override {
    const string sql = "SELECT " + Prefixed("v", kEventColumns) + " FROM events v WHERE " +
                       EventWhere(f) + " ORDER BY v.id";
    return std::make_unique<StatementCursor<EventRow>>(db_, sql, f, &EventAt0);
  }

  std::unique_ptr<Cursor<EventDetail>> EventDetails(const EventFilter& f) override {
    return std::make_unique<EventDetailCursor>(db_, f);
  }

  std::unique_ptr<Cursor<EdgeRow>> Edges(const EventFilter& f) override {
    const string sql =
        "SELECT p.event_id, p.entity_id, p.role, coalesce(v.date, ''), p.first_seen, "
        "p.last_seen FROM events v JOIN event_participants p ON p.event_id = v.id JOIN entities "
        "e ON e.id = p.entity_id WHERE " +
        EventWhere(f) +
        " AND p.first_seen <= ?1 AND e.first_seen <= ?1 ORDER BY p.event_id, p.entity_id, p.role";
    return std::make_unique<StatementCursor<EdgeRow>>(db_, sql, f, &EdgeAt0);
  }

  std::unique_ptr<Cursor<DocumentRow>> Documents(const EventFilter& f) override {
    string sql = string("SELECT ") + kDocumentColumns + " FROM documents WHERE ingested_at <= ?1";
    if (f.RestrictsEvents())
      sql +=
          " AND id IN (SELECT m.document_id FROM events v JOIN mentions m ON m.event_id = v.id "
          "WHERE m.kind = 'event' AND " +
          EventWhere(f) + ")";
    sql += " ORDER BY id";
    return std::make_unique<StatementCursor<DocumentRow>>(db_, sql, f, &DocumentAt0);
  }

  std::vector<ChangeRow> Changes(int64_t since_seq, int limit) override {
    auto q = db_.Prepare(
        "SELECT seq, at, op, kind, object_id FROM changes WHERE seq > ? ORDER BY seq LIMIT ?");
    q.Bind(1, since_seq).Bind(2, limit);
    std::vector<ChangeRow> out;
    while (q.Step()) {
      ChangeRow c;
      c.seq = q.Int(0);
      c.at = q.Int(1);
      c.op = q.Text(2);
      c.kind = q.Text(3);
      c.object_id = q.Int(4);
      out.push_back(std::move(c));
    }
    return out;
  }

  int64_t LastChangeSeq() override {
    auto q = db_.Prepare("SELECT coalesce(max(seq), 0) FROM changes");
    return q.Step() ? q.Int(0) : 0;
  }

 private:
  // Page cache while scanning: 4 MiB (negative = KiB, as SQLite counts).
  static constexpr int kScanCacheSize = -4096;

  int64_t Pragma(const char* sql) {
    auto q = db_.Prepare(sql);
    return q.Step() ? q.Int(0) : 0;
  }

  SqliteDb& db_;
  std::function<void()> release_;
  int64_t saved_mmap_ = 0, saved_cache_ = 0;
};

}  // namespace

std::unique_ptr<ScanTxn> NewSqliteScanTxn(SqliteDb& db, std::function<void()> release) {
  return std::make_unique<SqliteScanTxn>(db, std::move(release));
}

}  // namespace parley::store
