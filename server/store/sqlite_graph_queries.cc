// SqliteGraphQueries: GraphQueries over one pooled SQLite connection inside a
// read transaction. Every statement is parameterised; as_of = 0 means "now",
// expressed as the largest timestamp so one statement serves both.
#include <sqlite3.h>
#include <utf8proc.h>

#include <algorithm>
#include <functional>
#include <limits>
#include <nlohmann/json.hpp>

#include "base/error.h"
#include "store/graph_queries.h"
#include "store/sqlite_event_sql.h"
#include "store/sqlite_graph_queries.h"
#include "store/sqlite_read_txn.h"

namespace parley::store {
namespace {

using std::string;

// The EventFilter criteria that event lists and aggregates share, over
// events `v`: placeholders ?1 (as_of) to ?10 and ?16 to ?18 (BindCriteria);
// the participant (?7, ?15) is the caller's, as it drives the scan.
string EventCriteria() {
  return " AND v.first_seen <= ?1 AND " + DateFromSql("v.date", "?5") + " AND " +
         DateToSql("v.date", "?6") + " AND " + DyadWhere("v.id", "?16", "?17", "?18", "?1") +
         " AND (?2 = '[]' OR v.type IN (SELECT value FROM json_each(?2)))"
         " AND (?3 = '' OR v.plover = ?3)"
         " AND (?4 = '' OR substr(v.cameo, 1, length(?4)) = ?4)"
         " AND (?8 = 0 OR v.location_id = ?8)"
         " AND (?9 = '' OR EXISTS (SELECT 1 FROM event_participants p JOIN entities e ON e.id = "
         "p.entity_id WHERE p.event_id = v.id AND e.country = ?9))"
         " AND (?10 = '' OR v.id IN (SELECT rowid FROM event_fts WHERE event_fts MATCH ?10))";
}

void BindCriteria(Query& q, const EventFilter& f, int64_t as_of, const string& fts) {
  q.Bind(1, as_of)
      .Bind(2, nlohmann::json(f.types).dump())
      .Bind(3, f.plover)
      .Bind(4, f.cameo_prefix)
      .Bind(5, f.from)
      .Bind(6, f.to)
      .Bind(7, f.participant)
      .Bind(8, f.location)
      .Bind(9, f.country)
      .Bind(10, fts)
      .Bind(15, f.role)
      .Bind(16, f.dyad_a)
      .Bind(17, f.dyad_b)
      .Bind(18, f.dyad_directed ? 1 : 0);
}

class SqliteGraphQueries : public GraphQueries {
 public:
  SqliteGraphQueries(SqliteDb& db, std::function<void()> release)
      : db_(db), release_(std::move(release)) {
    db_.Exec("BEGIN");
  }
  ~SqliteGraphQueries() override {
    sqlite3_exec(db_.raw(), "ROLLBACK", nullptr, nullptr, nullptr);
    if (release_) release_();
  }

  std::vector<EntityRow> SearchEntities(const string& q, const string& type, const string& country,
                                        int64_t as_of, int limit, int offset) override {
    std::vector<EntityRow> out;
    const string fts = FtsPrefixQuery(q);
    if (!q.empty() && fts.empty()) return out;
    const string cols = Prefixed("e", kEntityColumns);
    auto stmt = db_.Prepare(
        q.empty()
            ? "SELECT " + cols +
                  " FROM entities e WHERE (?2 = '' OR e.type = ?2) AND (?3 = '' OR e.country = "
                  "?3) AND e.first_seen <= ?4 ORDER BY e.event_count DESC, e.mention_count DESC, "
                  "e.id LIMIT ?5 OFFSET ?6"
            : "SELECT " + cols +
                  " FROM (SELECT a.entity_id AS id, min(f.rank) AS r FROM alias_fts f JOIN "
                  "aliases a ON a.id = f.rowid WHERE alias_fts MATCH ?1 GROUP BY a.entity_id) m "
                  "JOIN entities e ON e.id = m.id WHERE (?2 = '' OR e.type = ?2) AND (?3 = '' OR "
                  "e.country = ?3) AND e.first_seen <= ?4 ORDER BY m.r - 0.1 * "
                  "ln(1 + e.mention_count), e.id LIMIT ?5 OFFSET ?6");
    stmt.Bind(1, fts)
        .Bind(2, type)
        .Bind(3, country)
        .Bind(4, AsOf(as_of))
        .Bind(5, limit)
        .Bind(6, offset);
    while (stmt.Step()) out.push_back(ReadEntity(stmt));
    return out;
  }

  std::optional<EntityRow> Entity(int64_t id, int64_t as_of) override {
    auto q = db_.Prepare(string("SELECT ") + kEntityColumns +
                         " FROM entities WHERE id = ? AND first_seen <= ?");
    q.Bind(1, id).Bind(2, AsOf(as_of));
    if (!q.Step()) return std::nullopt;
    return ReadEntity(q);
  }

  std::vector<EntityRow> Entities(const std::vector<int64_t>& ids, int64_t as_of) override {
    std::vector<EntityRow> out;
    if (ids.empty()) return out;
    auto q = db_.Prepare(string("SELECT ") + kEntityColumns +
                         " FROM entities WHERE id IN (SELECT value FROM json_each(?1)) AND "
                         "first_seen <= ?2");
    q.Bind(1, nlohmann::json(ids).dump()).Bind(2, AsOf(as_of));
    while (q.Step()) out.push_back(ReadEntity(q));
    return out;
  }

  std::vector<string> Aliases(int64_t entity_id) override {
    auto q = db_.Prepare(
        "SELECT alias FROM aliases WHERE entity_id = ? ORDER BY mention_count DESC, alias LIMIT "
        "100");
    q.Bind(1, entity_id);
    std::vector<string> out;
    while (q.Step()) out.push_back(q.Text(0));
    return out;
  }

  std::vector<RoleRow> Roles(int64_t entity_id, int64_t as_of) override {
    auto q = db_.Prepare(string("SELECT ") + kRoleColumns +
                         " FROM roles WHERE entity_id = ? AND first_seen <= ? ORDER BY "
                         "coalesce(valid_from, ''), id");
    q.Bind(1, entity_id).Bind(2, AsOf(as_of));
    std::vector<RoleRow> out;
    while (q.Step()) out.push_back(ReadRole(q));
    return out;
  }

  std::vector<std::pair<EntityRow, int64_t>> CoParticipants(int64_t entity_id, int64_t as_of,
                                                            int limit) override {
    auto q =
        db_.Prepare("SELECT " + Prefixed("e", kEntityColumns) +
                    ", c.n FROM (SELECT p2.entity_id AS id, count(DISTINCT p2.event_id) AS n "
                    "FROM (SELECT event_id FROM event_participants WHERE entity_id = ?1 ORDER BY "
                    "date IS NULL, date DESC, event_id DESC LIMIT 2000) p1 JOIN event_participants "
                    "p2 ON p2.event_id = "
                    "p1.event_id AND p2.entity_id <> ?1 WHERE p2.first_seen <= ?2 GROUP BY "
                    "p2.entity_id) c JOIN entities e ON e.id = c.id ORDER BY c.n DESC, e.id "
                    "LIMIT ?3");
    q.Bind(1, entity_id).Bind(2, AsOf(as_of)).Bind(3, limit);
    std::vector<std::pair<EntityRow, int64_t>> out;
    while (q.Step()) out.emplace_back(ReadEntity(q), q.Int(13));
    return out;
  }

  std::vector<EventRow> Events(const EventFilter& f) override {
    // Newest first with undated events last; the keyset is (has date, date, id).
    // With a participant the scan walks its participation index, which is in
    // that order (migration 0005), so a page costs the page; otherwise the
    // (date IS NULL, date, id) order index of events.
    const string filters =
        EventCriteria() +
        " AND (?11 = 0 AND ?12 = '' AND ?13 = 0"
        "      OR (?13 = 0 AND (v.date IS NULL OR v.date < ?12 OR (v.date = ?12 AND v.id < ?11)))"
        "      OR (?13 = 1 AND v.date IS NULL AND v.id < ?11))";
    // One row per event when the entity holds several roles in it: the
    // participation with the smallest matching role stands for the event.
    const string sql =
        f.participant
            ? "SELECT " + Prefixed("v", kEventColumns) +
                  " FROM event_participants s JOIN events v ON v.id = s.event_id WHERE "
                  "s.entity_id = ?7 AND s.first_seen <= ?1 AND (?15 = '' OR s.role = ?15) AND NOT "
                  "EXISTS (SELECT 1 FROM event_participants s2 WHERE s2.event_id = s.event_id AND "
                  "s2.entity_id = s.entity_id AND s2.role < s.role AND s2.first_seen <= ?1 AND "
                  "(?15 = '' OR s2.role = ?15))" +
                  filters + " ORDER BY s.date IS NULL, s.date DESC, s.event_id DESC LIMIT ?14"
            : "SELECT " + Prefixed("v", kEventColumns) +
                  " FROM events v WHERE ?7 = 0 AND ?15 = ''" + filters +
                  " ORDER BY v.date IS NULL, v.date DESC, v.id DESC LIMIT ?14";
    auto q = db_.Prepare(sql);
    const string fts = f.q.empty() ? string() : FtsPrefixQuery(f.q);
    if (!f.q.empty() && fts.empty()) return {};
    BindCriteria(q, f, AsOf(f.as_of), fts);
    q.Bind(11, f.cursor_id)
        .Bind(12, f.cursor_date)
        .Bind(13, f.cursor_undated ? 1 : 0)
        .Bind(14, f.limit);
    std::vector<EventRow> out;
    while (q.Step()) out.push_back(ReadEvent(q));
    return out;
  }

  std::optional<EventRow> Event(int64_t id, int64_t as_of) override {
    auto q = db_.Prepare(string("SELECT ") + kEventColumns +
                         " FROM events WHERE id = ? AND first_seen <= ?");
    q.Bind(1, id).Bind(2, AsOf(as_of));
    if (!q.Step()) return std::nullopt;
    return ReadEvent(q);
  }

  std::vector<EventRow> EventsById(const std::vector<int64_t>& ids, int64_t as_of) override {
    std::vector<EventRow> out;
    if (ids.empty()) return out;
    auto q = db_.Prepare(string("SELECT ") + kEventColumns +
                         " FROM events WHERE id IN (SELECT value FROM json_each(?1)) AND "
                         "first_seen <= ?2");
    q.Bind(1, nlohmann::json(ids).dump()).Bind(2, AsOf(as_of));
    while (q.Step()) out.push_back(ReadEvent(q));
    return out;
  }

  std::vector<ParticipantDetail> Participants(const std::vector<int64_t>& event_ids,
                                              int64_t as_of) override {
    auto q = db_.Prepare(
        "SELECT p.event_id, p.entity_id, e.name, e.type, coalesce(e.country, ''), p.role, "
        "coalesce(e.sector, ''), coalesce(e.actor_code, '') FROM "
        "event_participants p JOIN entities e ON e.id = p.entity_id WHERE p.event_id IN (SELECT "
        "value FROM json_each(?1)) AND p.first_seen <= ?2 ORDER BY p.event_id, p.first_seen, "
        "p.entity_id");
    q.Bind(1, nlohmann::json(event_ids).dump()).Bind(2, AsOf(as_of));
    return ReadParticipants(q);
  }

  std::vector<Evidence> EventEvidence(int64_t event_id, int64_t as_of, size_t max_spans,
                                      bool* truncated) override {
    // kMentionColumns take columns 0-11. Each row (one document's support)
    // holds one span or more, so max_spans + 1 rows are enough to know.
    auto q = db_.Prepare("SELECT " + Prefixed("m", kMentionColumns) +
                         ", d.id, d.external_id, d.url, d.title, d.source, d.published_at, "
                         "d.extractor_version, d.ingested_at, "
                         "substr(d.text, m.start + 1, m.end - m.start) FROM "
                         "mentions m JOIN documents d ON d.id = m.document_id WHERE m.event_id = ? "
                         "AND m.kind = 'event' AND d.ingested_at <= ? ORDER BY d.published_at, "
                         "m.document_id, m.start LIMIT ?");
    q.Bind(1, event_id).Bind(2, AsOf(as_of)).Bind(3, static_cast<int64_t>(max_spans) + 1);
    *truncated = false;
    std::vector<Evidence> out;
    while (q.Step()) {
      if (out.size() >= max_spans) {
        *truncated = true;
        break;
      }
      Evidence e;
      e.document.id = q.Int(12);
      e.document.external_id = q.Text(13);
      e.document.url = q.Text(14);
      e.document.title = q.Text(15);
      e.document.source = q.Text(16);
      e.document.published_at = q.Text(17);
      e.mention = ReadMentionFields(q);
      e.mention.extractor_version = q.Text(18);
      e.mention.created_at = q.Int(19);
      // Only the spans that fit are read out of the row, however many it
      // holds (an event a long document mentions in every sentence).
      std::vector<std::pair<int64_t, int64_t>> spans;
      std::vector<int> sentences;
      ForEachMentionSpan(q, 0, [&](const SpanRow& sp) {
        if (out.size() + spans.size() >= max_spans) {
          *truncated = true;
          return false;
        }
        spans.emplace_back(sp.start, sp.end);
        sentences.push_back(sp.sentence);
        return true;
      });
      if (spans.size() == 1) {
        e.mention.text = q.Text(20);
        out.push_back(std::move(e));
        continue;
      }
      // The document's text once for all its spans.
      const std::string text = DocumentText(e.document.id);
      const auto bytes = SpanBytes(text, spans);
      for (size_t i = 0; i < spans.size(); ++i) {
        Evidence one = e;
        one.mention.start = spans[i].first;
        one.mention.end = spans[i].second;
        one.mention.sentence = sentences[i];
        one.mention.text = text.substr(bytes[i].first, bytes[i].second - bytes[i].first);
        out.push_back(std::move(one));
      }
    }
    return out;
  }

  std::vector<ParticipantRow> EventsOf(const std::vector<int64_t>& entity_ids, const EventFilter& f,
                                       int limit) override {
    // Each entity's newest events are the head of its participation index
    // range (migration 0005), so this reads at most `limit` per entity
    // however long its history, then keeps the newest `limit` of the union.
    const string sql =
        "SELECT p.event_id, p.date FROM event_participants p JOIN events v ON v.id = p.event_id "
        "WHERE p.entity_id = ?1 AND v.first_seen <= ?2" +
        string(f.types.empty() ? "" : " AND v.type IN (SELECT value FROM json_each(?3))") +
        (f.from.empty() ? "" : " AND " + DateFromSql("p.date", "?4")) +
        (f.to.empty() ? "" : " AND " + DateToSql("p.date", "?5")) +
        " ORDER BY p.date IS NULL, p.date DESC, p.event_id DESC LIMIT ?6";
    auto q = db_.Prepare(sql);
    const string types = nlohmann::json(f.types).dump();
    std::vector<EventKey> keys;
    for (int64_t entity : entity_ids) {
      q.Bind(1, entity).Bind(2, AsOf(f.as_of)).Bind(6, limit);
      if (!f.types.empty()) q.Bind(3, types);
      if (!f.from.empty()) q.Bind(4, f.from);
      if (!f.to.empty()) q.Bind(5, f.to);
      while (q.Step()) keys.push_back({q.IsNull(1), q.Text(1), q.Int(0)});
      q.Reset();
    }
    const auto ids = NewestEvents(std::move(keys), limit);
    return InEventOrder(ids, Participants(ids, f.as_of));
  }

  std::vector<EntityActivity> ActiveEntities(const std::vector<int64_t>& ids,
                                             const std::vector<string>& entity_types,
                                             const EventFilter& f, int limit) override {
    // With ids the participation index drives the scan (cost: their
    // histories); without, every participation row in the window is read.
    const string sql =
        "SELECT p.entity_id, count(DISTINCT p.event_id) AS n FROM event_participants p JOIN "
        "events v ON v.id = p.event_id JOIN entities e ON e.id = p.entity_id WHERE " +
        string(ids.empty() ? "?5 = '[]'" : "p.entity_id IN (SELECT value FROM json_each(?5))") +
        " AND p.first_seen <= ?1 AND v.first_seen <= ?1 AND e.first_seen <= ?1"
        " AND (?2 = '[]' OR v.type IN (SELECT value FROM json_each(?2)))"
        " AND (?3 = '' OR p.date >= ?3) AND (?4 = '' OR p.date <= ?4)"
        " AND (?6 = '[]' OR e.type IN (SELECT value FROM json_each(?6)))"
        " GROUP BY p.entity_id ORDER BY n DESC, p.entity_id LIMIT ?7";
    auto q = db_.Prepare(sql);
    q.Bind(1, AsOf(f.as_of))
        .Bind(2, nlohmann::json(f.types).dump())
        .Bind(3, f.from)
        .Bind(4, f.to)
        .Bind(5, nlohmann::json(ids).dump())
        .Bind(6, nlohmann::json(entity_types).dump())
        .Bind(7, limit);
    std::vector<EntityActivity> out;
    while (q.Step()) out.push_back({q.Int(0), q.Int(1)});
    return out;
  }

  std::vector<EntityActivity> EventPlaces(const EventFilter& f, int limit) override {
    auto q = db_.Prepare(
        "SELECT v.location_id, count(*) AS n FROM events v WHERE v.location_id IS NOT NULL AND "
        "v.first_seen <= ?1 AND (?2 = '[]' OR v.type IN (SELECT value FROM json_each(?2))) AND "
        "(?3 = '' OR v.date >= ?3) AND (?4 = '' OR v.date <= ?4) GROUP BY v.location_id ORDER BY "
        "n DESC, v.location_id LIMIT ?5");
    q.Bind(1, AsOf(f.as_of))
        .Bind(2, nlohmann::json(f.types).dump())
        .Bind(3, f.from)
        .Bind(4, f.to)
        .Bind(5, limit);
    std::vector<EntityActivity> out;
    while (q.Step()) out.push_back({q.Int(0), q.Int(1)});
    return out;
  }

  std::vector<PairCount> PairCounts(const std::vector<int64_t>& ids, bool both,
                                    const std::vector<string>& entity_types,
                                    const EventFilter& f) override {
    std::vector<PairCount> out;
    if (ids.empty()) return out;
    // The events of the set (through the participation index), then every
    // pair of their distinct participants; an entity holding two roles in an
    // event counts once. A partner outside the set must be of an allowed type.
    const string sql =
        "WITH s(id) AS (SELECT value FROM json_each(?5)), "
        "ev AS (SELECT DISTINCT p.event_id AS id FROM event_participants p WHERE p.entity_id IN "
        "(SELECT id FROM s) AND p.first_seen <= ?1 AND (?3 = '' OR p.date >= ?3) AND (?4 = '' OR "
        "p.date <= ?4)), "
        "pp AS (SELECT DISTINCT p.event_id, p.entity_id, e.type AS etype, p.entity_id IN (SELECT "
        "id FROM s) AS mine FROM ev JOIN event_participants p ON p.event_id = ev.id JOIN entities "
        "e ON e.id = p.entity_id WHERE p.first_seen <= ?1 AND e.first_seen <= ?1) "
        "SELECT x.entity_id, y.entity_id, v.type, count(*), coalesce(sum(v.goldstein), 0), "
        "count(v.goldstein), coalesce(min(v.date), ''), coalesce(max(v.date), '') FROM pp x JOIN "
        "pp y ON y.event_id = x.event_id AND x.entity_id < y.entity_id JOIN events v ON v.id = "
        "x.event_id WHERE v.first_seen <= ?1 AND (?2 = '[]' OR v.type IN (SELECT value FROM "
        "json_each(?2))) AND " +
        string(both ? "x.mine AND y.mine"
                    : "(x.mine OR y.mine) AND (x.mine OR ?6 = '[]' OR x.etype IN (SELECT value "
                      "FROM json_each(?6))) AND (y.mine OR ?6 = '[]' OR y.etype IN (SELECT value "
                      "FROM json_each(?6)))") +
        " GROUP BY x.entity_id, y.entity_id, v.type ORDER BY x.entity_id, y.entity_id, v.type";
    auto q = db_.Prepare(sql);
    q.Bind(1, AsOf(f.as_of))
        .Bind(2, nlohmann::json(f.types).dump())
        .Bind(3, f.from)
        .Bind(4, f.to)
        .Bind(5, nlohmann::json(ids).dump());
    if (!both) q.Bind(6, nlohmann::json(entity_types).dump());
    while (q.Step()) {
      PairCount c;
      c.a = q.Int(0);
      c.b = q.Int(1);
      c.type = q.Text(2);
      c.events = q.Int(3);
      c.goldstein_sum = q.Real(4);
      c.goldstein_n = q.Int(5);
      c.first = q.Text(6);
      c.last = q.Text(7);
      out.push_back(std::move(c));
    }
    return out;
  }

  AggregateRows Aggregate(const AggregateQuery& a) override {
    const EventFilter& f = a.filter;
    // Source and target come from a derived table so each is computed once
    // per event.
    const auto [select, group] = AggregateKeySql(a);
    // With a participant, the scan is driven by its participation index.
    const string from =
        f.participant ? "events v WHERE v.id IN (SELECT event_id FROM event_participants WHERE "
                        "entity_id = ?7 AND first_seen <= ?1 AND (?15 = '' OR role = ?15))"
                      : "events v WHERE ?7 = 0 AND ?15 = ''";
    const string sql = "SELECT " + select +
                       "count(*), count(x.goldstein), total(x.goldstein) FROM (SELECT v.*, " +
                       (a.by_source ? DyadSourceSql("v.id", "?1") : "NULL") + " AS src, " +
                       (a.by_target ? DyadTargetSql("v.id", "?1") : "NULL") + " AS tgt FROM " +
                       from + EventCriteria() + " AND (?19 = 0 OR v.id = ?19)) x" +
                       (group.empty() ? "" : " GROUP BY " + group) + " LIMIT ?14";
    auto q = db_.Prepare(sql);
    const string fts = f.q.empty() ? string() : FtsPrefixQuery(f.q);
    AggregateRows out;
    if (!f.q.empty() && fts.empty()) return out;
    BindCriteria(q, f, AsOf(f.as_of), fts);
    q.Bind(14, static_cast<int64_t>(a.max_rows) + 1).Bind(19, f.event_id);
    while (q.Step()) {
      if (static_cast<int>(out.rows.size()) == a.max_rows) {
        out.truncated = true;
        break;
      }
      AggregateRow r;
      r.date = q.Text(0);
      r.date_precision = q.Text(1);
      r.type = q.Text(2);
      r.cameo_root = q.Text(3);
      r.plover = q.Text(4);
      r.quad_class = static_cast<int>(q.Int(5));
      r.place = q.Int(6);
      r.source = q.Int(7);
      r.target = q.Int(8);
      r.events = q.Int(9);
      r.goldstein_count = q.Int(10);
      r.goldstein_sum = q.Real(11);
      out.rows.push_back(std::move(r));
    }
    return out;
  }

  std::vector<DocumentHit> SearchDocuments(const string& q, int64_t as_of, int limit) override {
    const string fts = FtsPrefixQuery(q);
    if (fts.empty()) return {};
    auto s = db_.Prepare(
        "SELECT d.id, coalesce(d.title, ''), coalesce(d.published_at, ''), snippet(document_fts, "
        "1, '<mark>', '</mark>', '…', 16) FROM document_fts JOIN documents d ON d.id = "
        "document_fts.rowid WHERE document_fts MATCH ?1 AND d.ingested_at <= ?2 ORDER BY rank "
        "LIMIT ?3");
    s.Bind(1, fts).Bind(2, AsOf(as_of)).Bind(3, limit);
    std::vector<DocumentHit> out;
    while (s.Step()) out.push_back({s.Int(0), s.Text(1), s.Text(2), s.Text(3)});
    return out;
  }

  std::vector<std::pair<string, int64_t>> CountBy(const string& what, int64_t as_of) override {
    // Without as_of the counts come from the (type, ...) indexes alone
    // instead of a scan of every row.
    const string table = what == "entity" ? "entities" : "events";
    auto q =
        db_.Prepare("SELECT type, count(*) FROM " + table +
                    (as_of > 0 ? " WHERE first_seen <= ?1" : "") + " GROUP BY type ORDER BY type");
    if (as_of > 0) q.Bind(1, as_of);
    std::vector<std::pair<string, int64_t>> out;
    while (q.Step()) out.emplace_back(q.Text(0), q.Int(1));
    return out;
  }

  std::pair<string, string> DateRange(int64_t as_of) override {
    if (as_of <= 0) {
      // Two probes of the date index rather than a scan.
      auto q = db_.Prepare(
          "SELECT coalesce((SELECT min(date) FROM events), ''), coalesce((SELECT max(date) FROM "
          "events), '')");
      if (!q.Step()) return {};
      return {q.Text(0), q.Text(1)};
    }
    auto q = db_.Prepare(
        "SELECT coalesce(min(date), ''), coalesce(max(date), '') FROM events WHERE first_seen <= "
        "?1");
    q.Bind(1, as_of);
    if (!q.Step()) return {};
    return {q.Text(0), q.Text(1)};
  }

  GraphCounts Counts(int64_t as_of) override {
    if (as_of <= 0) return ReadCounts(db_);
    auto q = db_.Prepare(
        "SELECT (SELECT count(*) FROM documents WHERE ingested_at <= ?1), (SELECT count(*) FROM "
        "entities WHERE first_seen <= ?1), (SELECT count(*) FROM events WHERE first_seen <= ?1), "
        "(SELECT coalesce(sum(m.span_count), 0) FROM mentions m JOIN documents d ON d.id = "
        "m.document_id WHERE d.ingested_at <= ?1)");
    q.Bind(1, as_of);
    GraphCounts c;
    if (q.Step()) {
      c.documents = q.Int(0);
      c.entities = q.Int(1);
      c.events = q.Int(2);
      c.mentions = q.Int(3);
    }
    return c;
  }

 private:
  std::string DocumentText(int64_t document_id) {
    auto q = db_.Prepare("SELECT text FROM documents WHERE id = ?1");
    q.Bind(1, document_id);
    return q.Step() ? q.Text(0) : std::string();
  }

  static std::vector<ParticipantDetail> ReadParticipants(Query& q) {
    std::vector<ParticipantDetail> out;
    while (q.Step()) {
      ParticipantDetail p;
      p.event_id = q.Int(0);
      p.entity_id = q.Int(1);
      p.name = q.Text(2);
      p.type = q.Text(3);
      p.country = q.Text(4);
      p.role = q.Text(5);
      p.sector = q.Text(6);
      p.actor_code = q.Text(7);
      out.push_back(std::move(p));
    }
    return out;
  }

  SqliteDb& db_;
  std::function<void()> release_;
};

}  // namespace

namespace {

// SQLite's own unicode61 tokenizer, configured as every full-text table is
// (migrations: 'unicode61 remove_diacritics 2'), on a private in-memory
// connection. Words split by another library's Unicode tables disagree with
// it where Unicode changed since SQLite's (New Tai Lue vowels are letters in
// utf8proc, separators to SQLite): a quoted "word" then holds two tokens, a
// phrase, which document_fts (detail=column) refuses with an error.
class QueryTokenizer {
 public:
  QueryTokenizer() {
    if (sqlite3_open(":memory:", &db_) != SQLITE_OK) return;
    fts5_api* api = nullptr;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db_, "SELECT fts5(?1)", -1, &stmt, nullptr) == SQLITE_OK) {
      sqlite3_bind_pointer(stmt, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
      sqlite3_step(stmt);
    }
    sqlite3_finalize(stmt);
    void* user = nullptr;
    if (api == nullptr || api->xFindTokenizer(api, "unicode61", &user, &api_) != SQLITE_OK) return;
    const char* args[] = {"remove_diacritics", "2"};
    if (api_.xCreate(user, args, 2, &tokenizer_) != SQLITE_OK) tokenizer_ = nullptr;
  }
  ~QueryTokenizer() {
    if (tokenizer_ != nullptr) api_.xDelete(tokenizer_);
    sqlite3_close(db_);
  }
  QueryTokenizer(const QueryTokenizer&) = delete;
  QueryTokenizer& operator=(const QueryTokenizer&) = delete;

  // Calls fn(begin, end) with the byte range of each token of `text`.
  void Tokenize(const std::string& text, const std::function<void(int, int)>& fn) {
    if (tokenizer_ == nullptr)
      throw Error(ErrorCode::kInternal, "SQLite's unicode61 tokenizer is not available");
    auto token = [](void* ctx, int, const char*, int, int begin, int end) {
      (*static_cast<const std::function<void(int, int)>*>(ctx))(begin, end);
      return SQLITE_OK;
    };
    api_.xTokenize(tokenizer_, const_cast<std::function<void(int, int)>*>(&fn), FTS5_TOKENIZE_QUERY,
                   text.data(), static_cast<int>(text.size()), token);
  }

 private:
  sqlite3* db_ = nullptr;
  fts5_tokenizer api_{};
  Fts5Tokenizer* tokenizer_ = nullptr;
};

}  // namespace

std::string FtsPrefixQuery(const std::string& text) {
  // Bytes that are not UTF-8 separate words (the tokenizer would keep them).
  std::string clean = text;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  for (size_t i = 0; i < text.size();) {
    utf8proc_int32_t cp = 0;
    const utf8proc_ssize_t n =
        utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0) {
      clean[i++] = ' ';
    } else {
      i += static_cast<size_t>(n);
    }
  }
  // Each token as a quoted prefix term: quoting keeps FTS5 operators
  // ("NEAR", "OR", "*") words, and a token never holds a quote.
  thread_local QueryTokenizer tokenizer;
  std::string out;
  tokenizer.Tokenize(clean, [&](int begin, int end) {
    if (out.size() > 512 || end <= begin) return;
    out += out.empty() ? "\"" : " \"";
    out.append(clean, static_cast<size_t>(begin), static_cast<size_t>(end - begin));
    out += "\"*";
  });
  return out;
}

std::unique_ptr<GraphQueries> NewSqliteGraphQueries(SqliteDb& db, std::function<void()> release) {
  return std::make_unique<SqliteGraphQueries>(db, std::move(release));
}

}  // namespace parley::store
