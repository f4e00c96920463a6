// PgGraphQueries: GraphQueries over one pooled PostgreSQL connection inside a
// REPEATABLE READ snapshot, with the SQLite backend's semantics (as_of,
// orders, caps, keyset cursors). Statements are built with only the filters
// a request uses, so each combination is its own prepared statement with a
// plan that can use the indexes (a "(? = '' OR col = ?)" pattern would force
// one generic plan to serve every combination).
#include "store/pg_graph_queries.h"

#include <algorithm>
#include <unordered_set>

#include "store/graph_queries.h"
#include "store/pg_read_txn.h"
#include "store/sqlite_event_sql.h"

namespace parley::store {
namespace {

using std::string;

// The keyset predicate of the REST event order (newest first, undated
// last, then id), over `date` and `id` expressions.
string Keyset(PgBuilder& b, const EventFilter& f, const string& date, const string& id) {
  if (f.cursor_id == 0 && f.cursor_date.empty() && !f.cursor_undated) return "";
  if (f.cursor_undated) return " AND " + date + " IS NULL AND " + id + " < " + b.Param(f.cursor_id);
  const string d = b.Param(f.cursor_date);
  return " AND (" + date + " IS NULL OR " + date + " < " + d + " OR (" + date + " = " + d +
         " AND " + id + " < " + b.Param(f.cursor_id) + "))";
}

// The EventFilter criteria that event lists and aggregates share, over
// events `v` (" AND ..." for each criterion given); the participant and role
// are the caller's, as they drive the scan. `as_of` is a placeholder in `b`.
string EventCriteria(PgBuilder& b, const EventFilter& f, const string& as_of) {
  string w =
      " AND v.first_seen <= " + as_of + PgDateBounds(b, f, "v.date") + PgDyad(b, f, "v.id", as_of);
  if (!f.types.empty()) w += " AND v.type = ANY(" + b.Texts(f.types) + ")";
  if (!f.plover.empty()) w += " AND v.plover = " + b.Param(f.plover);
  if (!f.cameo_prefix.empty()) {
    const string p = b.Param(f.cameo_prefix);
    w += " AND left(v.cameo, length(" + p + ")) = " + p;
  }
  if (f.location != 0) w += " AND v.location_id = " + b.Param(f.location);
  if (!f.country.empty())
    w += " AND EXISTS (SELECT 1 FROM event_participants p JOIN entities e ON e.id = p.entity_id "
         "WHERE p.event_id = v.id AND e.country = " +
         b.Param(f.country) + ")";
  if (!f.q.empty()) w += " AND v.fts @@ parley_prefix_query(" + b.Param(f.q) + ")";
  return w;
}

// EventsById and Entities: ids as an array, then as_of.
const string kEventsById = string("SELECT ") + kEventColumns +
                           " FROM events WHERE id = ANY($1::bigint[]) AND first_seen <= $2";
const string kEntitiesById = string("SELECT ") + kEntityColumns +
                             " FROM entities WHERE id = ANY($1::bigint[]) AND first_seen <= $2";

class PgGraphQueries : public GraphQueries {
 public:
  PgGraphQueries(PgConn& db, std::function<void(bool)> release)
      : snapshot_(db, std::move(release)), db_(db) {}

  std::vector<EntityRow> SearchEntities(const string& q, const string& type, const string& country,
                                        int64_t as_of, int limit, int offset) override {
    std::vector<EntityRow> out;
    if (!q.empty() && FtsPrefixQuery(q).empty()) return out;
    PgBuilder b;
    const string cols = Prefixed("e", kEntityColumns);
    string where = " WHERE e.first_seen <= " + b.Param(AsOf(as_of));
    if (!type.empty()) where += " AND e.type = " + b.Param(type);
    if (!country.empty()) where += " AND e.country = " + b.Param(country);
    if (q.empty()) {
      b.sql = "SELECT " + cols + " FROM entities e" + where +
              " ORDER BY e.event_count DESC, e.mention_count DESC, e.id";
    } else {
      // The best alias match (shorter aliases rank higher: normalisation 1
      // divides by the log of the length), nudged by activity as SQLite's
      // bm25 ranking is.
      const string query = b.Param(q);
      b.sql = "SELECT " + cols +
              " FROM (SELECT a.entity_id AS id, max(ts_rank(a.fts, s.q, 1)) AS r FROM aliases a, "
              "parley_prefix_query(" +
              query +
              ") s(q) WHERE a.fts @@ s.q GROUP BY a.entity_id) m JOIN entities e ON e.id = m.id" +
              where + " ORDER BY 10 * m.r + 0.1 * ln(1 + e.mention_count) DESC, e.id";
    }
    b.sql += " LIMIT " + b.Param(limit) + " OFFSET " + b.Param(offset);
    auto r = db_.Query(b.sql, b.params);
    for (int i = 0; i < r.Rows(); ++i) out.push_back(PgEntity(r, i));
    return out;
  }

  std::optional<EntityRow> Entity(int64_t id, int64_t as_of) override {
    static const string sql =
        string("SELECT ") + kEntityColumns + " FROM entities WHERE id = $1 AND first_seen <= $2";
    auto r = db_.Query(sql, PgParams().Add(id).Add(AsOf(as_of)));
    if (!r.Rows()) return std::nullopt;
    return PgEntity(r, 0);
  }

  std::vector<EntityRow> Entities(const std::vector<int64_t>& ids, int64_t as_of) override {
    std::vector<EntityRow> out;
    if (ids.empty()) return out;
    auto r = db_.Query(kEntitiesById, PgParams().AddIds(ids).Add(AsOf(as_of)));
    for (int i = 0; i < r.Rows(); ++i) out.push_back(PgEntity(r, i));
    return out;
  }

  std::vector<string> Aliases(int64_t entity_id) override {
    auto r = db_.Query(
        "SELECT alias FROM aliases WHERE entity_id = $1 ORDER BY mention_count DESC, alias LIMIT "
        "100",
        PgParams().Add(entity_id));
    std::vector<string> out;
    out.reserve(static_cast<size_t>(r.Rows()));
    for (int i = 0; i < r.Rows(); ++i) out.push_back(r.Text(i, 0));
    return out;
  }

  std::vector<RoleRow> Roles(int64_t entity_id, int64_t as_of) override {
    static const string sql = string("SELECT ") + kRoleColumns +
                              " FROM roles WHERE entity_id = $1 AND first_seen <= $2 ORDER BY "
                              "coalesce(valid_from, ''), id";
    auto r = db_.Query(sql, PgParams().Add(entity_id).Add(AsOf(as_of)));
    std::vector<RoleRow> out;
    out.reserve(static_cast<size_t>(r.Rows()));
    for (int i = 0; i < r.Rows(); ++i) out.push_back(PgRole(r, i));
    return out;
  }

  std::vector<std::pair<EntityRow, int64_t>> CoParticipants(int64_t entity_id, int64_t as_of,
                                                            int limit) override {
    static const string sql =
        "SELECT " + Prefixed("e", kEntityColumns) +
        ", c.n FROM (SELECT p2.entity_id AS id, count(DISTINCT p2.event_id) AS n FROM (SELECT "
        "event_id FROM event_participants WHERE entity_id = $1 ORDER BY date IS NULL, date DESC, "
        "event_id DESC LIMIT 2000) p1 JOIN event_participants p2 ON p2.event_id = p1.event_id AND "
        "p2.entity_id <> $1 WHERE p2.first_seen <= $2 GROUP BY p2.entity_id) c JOIN entities e ON "
        "e.id = c.id ORDER BY c.n DESC, e.id LIMIT $3";
    auto r = db_.Query(sql, PgParams().Add(entity_id).Add(AsOf(as_of)).Add(limit));
    std::vector<std::pair<EntityRow, int64_t>> out;
    out.reserve(static_cast<size_t>(r.Rows()));
    for (int i = 0; i < r.Rows(); ++i) out.emplace_back(PgEntity(r, i), r.Int(i, 13));
    return out;
  }

  std::vector<EventRow> Events(const EventFilter& f) override {
    if (!f.q.empty() && FtsPrefixQuery(f.q).empty()) return {};
    PgBuilder b;
    const string as_of = b.Param(AsOf(f.as_of));
    const string filters = EventCriteria(b, f, as_of);
    if (f.participant) {
      // One row per event when the entity holds several roles in it: the
      // participation with the smallest matching role stands for the event.
      const string who = b.Param(f.participant);
      const string role = f.role.empty() ? "" : b.Param(f.role);
      b.sql = "SELECT " + Prefixed("v", kEventColumns) +
              " FROM event_participants s JOIN events v ON v.id = s.event_id WHERE s.entity_id = " +
              who + " AND s.first_seen <= " + as_of +
              (role.empty() ? "" : " AND s.role = " + role) +
              " AND NOT EXISTS (SELECT 1 FROM event_participants s2 WHERE s2.event_id = "
              "s.event_id AND s2.entity_id = s.entity_id AND s2.role < s.role AND s2.first_seen "
              "<= " +
              as_of + (role.empty() ? "" : " AND s2.role = " + role) + ")" + filters +
              Keyset(b, f, "s.date", "s.event_id") +
              " ORDER BY s.date IS NULL, s.date DESC, s.event_id DESC";
    } else {
      if (!f.role.empty()) return {};  // a role without a participant matches nothing
      b.sql = "SELECT " + Prefixed("v", kEventColumns) + " FROM events v WHERE true" + filters +
              Keyset(b, f, "v.date", "v.id") + " ORDER BY v.date IS NULL, v.date DESC, v.id DESC";
    }
    b.sql += " LIMIT " + b.Param(f.limit);
    auto r = db_.Query(b.sql, b.params);
    std::vector<EventRow> out;
    out.reserve(static_cast<size_t>(r.Rows()));
    for (int i = 0; i < r.Rows(); ++i) out.push_back(PgEvent(r, i));
    return out;
  }

  std::optional<EventRow> Event(int64_t id, int64_t as_of) override {
    static const string sql =
        string("SELECT ") + kEventColumns + " FROM events WHERE id = $1 AND first_seen <= $2";
    auto r = db_.Query(sql, PgParams().Add(id).Add(AsOf(as_of)));
    if (!r.Rows()) return std::nullopt;
    return PgEvent(r, 0);
  }

  std::vector<EventRow> EventsById(const std::vector<int64_t>& ids, int64_t as_of) override {
    std::vector<EventRow> out;
    if (ids.empty()) return out;
    auto r = db_.Query(kEventsById, PgParams().AddIds(ids).Add(AsOf(as_of)));
    for (int i = 0; i < r.Rows(); ++i) out.push_back(PgEvent(r, i));
    return out;
  }

  std::vector<ParticipantDetail> Participants(const std::vector<int64_t>& event_ids,
                                              int64_t as_of) override {
    std::vector<ParticipantDetail> out;
    if (event_ids.empty()) return out;
    auto r = db_.Query(
        "SELECT p.event_id, p.entity_id, e.name, e.type, coalesce(e.country, ''), p.role, "
        "coalesce(e.sector, ''), coalesce(e.actor_code, '') FROM event_participants p JOIN "
        "entities e ON e.id = p.entity_id WHERE p.event_id = ANY($1::bigint[]) AND p.first_seen "
        "<= $2 ORDER BY p.event_id, p.first_seen, p.entity_id, p.role",
        PgParams().AddIds(event_ids).Add(AsOf(as_of)));
    for (int i = 0; i < r.Rows(); ++i) {
      ParticipantDetail p;
      p.event_id = r.Int(i, 0);
      p.entity_id = r.Int(i, 1);
      p.name = r.Text(i, 2);
      p.type = r.Text(i, 3);
      p.country = r.Text(i, 4);
      p.role = r.Text(i, 5);
      p.sector = r.Text(i, 6);
      p.actor_code = r.Text(i, 7);
      out.push_back(std::move(p));
    }
    return out;
  }

  std::vector<Evidence> EventEvidence(int64_t event_id, int64_t as_of, size_t max_spans,
                                      bool* truncated) override {
    // kMentionColumns take columns 0-11. Each row (one document's support)
    // holds one span or more, so max_spans + 1 rows are enough to know.
    static const string sql =
        "SELECT " + Prefixed("m", kMentionColumns) +
        ", d.id, d.external_id, d.url, d.title, d.source, d.published_at, d.extractor_version, "
        "d.ingested_at, substr(d.text, (m.start + 1)::int, (m.\"end\" - m.start)::int) FROM "
        "mentions m JOIN documents d ON d.id = m.document_id WHERE m.event_id = $1 AND m.kind = "
        "'event' AND d.ingested_at <= $2 ORDER BY d.published_at NULLS FIRST, m.document_id, "
        "m.start LIMIT $3";
    auto r = db_.Query(
        sql, PgParams().Add(event_id).Add(AsOf(as_of)).Add(static_cast<int64_t>(max_spans) + 1));
    *truncated = false;
    std::vector<Evidence> out;
    for (int i = 0; i < r.Rows() && !*truncated; ++i) {
      Evidence e;
      e.document.id = r.Int(i, 12);
      e.document.external_id = r.Text(i, 13);
      e.document.url = r.Text(i, 14);
      e.document.title = r.Text(i, 15);
      e.document.source = r.Text(i, 16);
      e.document.published_at = r.Text(i, 17);
      auto spans = PgMentions(r, i);
      if (out.size() + spans.size() > max_spans) {
        *truncated = true;
        spans.resize(max_spans - out.size());
      }
      if (spans.size() == 1) {
        spans[0].extractor_version = r.Text(i, 18);
        spans[0].created_at = r.Int(i, 19);
        spans[0].text = r.Text(i, 20);
      } else if (!spans.empty()) {
        // The document's text once for all its spans.
        FillMentionTexts(DocumentText(e.document.id), r.Text(i, 18), r.Int(i, 19), &spans);
      }
      for (auto& m : spans) {
        e.mention = std::move(m);
        out.push_back(e);
      }
    }
    return out;
  }

  std::vector<ParticipantRow> EventsOf(const std::vector<int64_t>& entity_ids, const EventFilter& f,
                                       int limit) override {
    // Each entity's newest events are the head of its participation index
    // range, so this reads at most `limit` per entity however long its
    // history (a lateral join), keeps the newest `limit` of the union in
    // the order NewestEvents sorts (`k`), and reads their visible
    // participants as Participants does: one statement, one round trip.
    // Participants reference their entity (a foreign key): no join needed.
    if (entity_ids.empty()) return {};
    PgBuilder b;
    const string who = b.Ids(entity_ids);
    const string as_of = b.Param(AsOf(f.as_of));
    string where = "p.entity_id = s.entity AND v.first_seen <= " + as_of;
    if (!f.types.empty()) where += " AND v.type = ANY(" + b.Texts(f.types) + ")";
    where += PgDateBounds(b, f, "p.date");
    const string n = b.Param(limit);
    b.sql =
        "WITH k AS (SELECT event_id, date FROM (SELECT DISTINCT x.event_id, x.date FROM unnest(" +
        who +
        ") s(entity) CROSS JOIN LATERAL (SELECT p.event_id, p.date FROM event_participants p "
        "JOIN events v ON v.id = p.event_id WHERE " +
        where + " ORDER BY p.date IS NULL, p.date DESC, p.event_id DESC LIMIT " + n +
        ") x) d ORDER BY date IS NULL, date DESC, event_id DESC LIMIT " + n +
        ") SELECT p.event_id, k.date, p.entity_id, p.role FROM k JOIN event_participants p ON "
        "p.event_id = k.event_id WHERE p.first_seen <= " +
        as_of + " ORDER BY p.event_id, p.first_seen, p.entity_id, p.role";
    auto r = db_.Query(b.sql, b.params);
    std::vector<EventKey> keys;
    std::unordered_set<int64_t> keyed;
    std::vector<ParticipantDetail> parts;
    parts.reserve(static_cast<size_t>(r.Rows()));
    for (int i = 0; i < r.Rows(); ++i) {
      ParticipantDetail p;
      p.event_id = r.Int(i, 0);
      p.entity_id = r.Int(i, 2);
      p.role = r.Text(i, 3);
      if (keyed.insert(p.event_id).second)
        keys.push_back({r.IsNull(i, 1), r.Text(i, 1), p.event_id});
      parts.push_back(std::move(p));
    }
    return InEventOrder(NewestEvents(std::move(keys), limit), std::move(parts));
  }

  EventsWithNodes EventsOfWithNodes(const std::vector<int64_t>& entity_ids, const EventFilter& f,
                                    int limit, int max_nodes,
                                    const std::function<bool(int64_t)>& known_event,
                                    const std::function<bool(int64_t)>& known_entity) override {
    // EventsOf (one round trip), then EventsById and Entities as the
    // default asks them, but both in one pipeline: a second round trip, not
    // two more. Each statement keeps the plain shape whose plan walks the
    // primary keys.
    EventsWithNodes out;
    out.rows = EventsOf(entity_ids, f, limit);
    NodesToLoad plan(out.rows, entity_ids, known_event, known_entity, max_nodes);
    for (NodeIds want = plan.Next(); !want.empty(); want = plan.Next()) {
      std::vector<PgQuery> batch;
      if (!want.events.empty())
        batch.push_back({kEventsById, PgParams().AddIds(want.events).Add(AsOf(f.as_of))});
      if (!want.entities.empty())
        batch.push_back({kEntitiesById, PgParams().AddIds(want.entities).Add(AsOf(f.as_of))});
      auto results = db_.QueryAll(batch);
      size_t at = 0;
      std::vector<EventRow> events;
      std::vector<EntityRow> entities;
      if (!want.events.empty()) {
        const PgResult& r = results[at++];
        for (int i = 0; i < r.Rows(); ++i) events.push_back(PgEvent(r, i));
      }
      if (!want.entities.empty()) {
        const PgResult& r = results[at++];
        for (int i = 0; i < r.Rows(); ++i) entities.push_back(PgEntity(r, i));
      }
      plan.Loaded(want, events, entities);
      for (auto& v : events) out.events.push_back(std::move(v));
      for (auto& e : entities) out.entities.push_back(std::move(e));
    }
    return out;
  }

  std::vector<EntityActivity> ActiveEntities(const std::vector<int64_t>& ids,
                                             const std::vector<string>& entity_types,
                                             const EventFilter& f, int limit) override {
    // With ids the participation index drives the scan (cost: their
    // histories); without, every participation row in the window is read.
    // Date bounds compare as SQLite's do here (plain text, not overlap).
    PgBuilder b;
    const string as_of = b.Param(AsOf(f.as_of));
    b.sql =
        "SELECT p.entity_id, count(DISTINCT p.event_id) AS n FROM event_participants p JOIN events "
        "v ON v.id = p.event_id JOIN entities e ON e.id = p.entity_id WHERE p.first_seen <= " +
        as_of + " AND v.first_seen <= " + as_of + " AND e.first_seen <= " + as_of;
    if (!ids.empty()) b.sql += " AND p.entity_id = ANY(" + b.Ids(ids) + ")";
    if (!f.types.empty()) b.sql += " AND v.type = ANY(" + b.Texts(f.types) + ")";
    if (!f.from.empty()) b.sql += " AND p.date >= " + b.Param(f.from);
    if (!f.to.empty()) b.sql += " AND p.date <= " + b.Param(f.to);
    if (!entity_types.empty()) b.sql += " AND e.type = ANY(" + b.Texts(entity_types) + ")";
    b.sql += " GROUP BY p.entity_id ORDER BY n DESC, p.entity_id LIMIT " + b.Param(limit);
    auto r = db_.Query(b.sql, b.params);
    std::vector<EntityActivity> out;
    out.reserve(static_cast<size_t>(r.Rows()));
    for (int i = 0; i < r.Rows(); ++i) out.push_back({r.Int(i, 0), r.Int(i, 1)});
    return out;
  }

  std::vector<EntityActivity> EventPlaces(const EventFilter& f, int limit) override {
    PgBuilder b;
    b.sql =
        "SELECT v.location_id, count(*) AS n FROM events v WHERE v.location_id IS NOT NULL AND "
        "v.first_seen <= " +
        b.Param(AsOf(f.as_of));
    if (!f.types.empty()) b.sql += " AND v.type = ANY(" + b.Texts(f.types) + ")";
    if (!f.from.empty()) b.sql += " AND v.date >= " + b.Param(f.from);
    if (!f.to.empty()) b.sql += " AND v.date <= " + b.Param(f.to);
    b.sql += " GROUP BY v.location_id ORDER BY n DESC, v.location_id LIMIT " + b.Param(limit);
    auto r = db_.Query(b.sql, b.params);
    std::vector<EntityActivity> out;
    out.reserve(static_cast<size_t>(r.Rows()));
    for (int i = 0; i < r.Rows(); ++i) out.push_back({r.Int(i, 0), r.Int(i, 1)});
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
    PgBuilder b;
    const string as_of = b.Param(AsOf(f.as_of));
    const string set = b.Ids(ids);
    string window;
    if (!f.from.empty()) window += " AND p.date >= " + b.Param(f.from);
    if (!f.to.empty()) window += " AND p.date <= " + b.Param(f.to);
    string pair;
    if (both) {
      pair = "x.mine AND y.mine";
    } else if (entity_types.empty()) {
      pair = "(x.mine OR y.mine)";
    } else {
      const string allowed = b.Texts(entity_types);
      pair = "(x.mine OR y.mine) AND (x.mine OR x.etype = ANY(" + allowed +
             ")) AND (y.mine OR y.etype = ANY(" + allowed + "))";
    }
    b.sql =
        "WITH ev AS (SELECT DISTINCT p.event_id AS id FROM event_participants p WHERE "
        "p.entity_id = ANY(" +
        set + ") AND p.first_seen <= " + as_of + window +
        "), pp AS (SELECT DISTINCT p.event_id, p.entity_id, e.type AS etype, p.entity_id = "
        "ANY(" +
        set +
        ") AS mine FROM ev JOIN event_participants p ON p.event_id = ev.id JOIN entities e ON "
        "e.id = p.entity_id WHERE p.first_seen <= " +
        as_of + " AND e.first_seen <= " + as_of +
        ") SELECT x.entity_id, y.entity_id, v.type, count(*), coalesce(sum(v.goldstein), 0), "
        "count(v.goldstein), coalesce(min(v.date), ''), coalesce(max(v.date), '') FROM pp x "
        "JOIN pp y ON y.event_id = x.event_id AND x.entity_id < y.entity_id JOIN events v ON "
        "v.id = x.event_id WHERE v.first_seen <= " +
        as_of + (f.types.empty() ? "" : " AND v.type = ANY(" + b.Texts(f.types) + ")") + " AND " +
        pair +
        " GROUP BY x.entity_id, y.entity_id, v.type ORDER BY x.entity_id, y.entity_id, v.type";
    auto r = db_.Query(b.sql, b.params);
    out.reserve(static_cast<size_t>(r.Rows()));
    for (int i = 0; i < r.Rows(); ++i) {
      PairCount c;
      c.a = r.Int(i, 0);
      c.b = r.Int(i, 1);
      c.type = r.Text(i, 2);
      c.events = r.Int(i, 3);
      c.goldstein_sum = r.Real(i, 4);
      c.goldstein_n = r.Int(i, 5);
      c.first = r.Text(i, 6);
      c.last = r.Text(i, 7);
      out.push_back(std::move(c));
    }
    return out;
  }

  AggregateRows Aggregate(const AggregateQuery& a) override {
    const EventFilter& f = a.filter;
    AggregateRows out;
    if (!f.q.empty() && FtsPrefixQuery(f.q).empty()) return out;
    PgBuilder b;
    const string as_of = b.Param(AsOf(f.as_of));
    const auto [select, group] = AggregateKeySql(a);
    // With a participant, the scan is driven by its participation index; a
    // role without one matches nothing (SQLite: `?7 = 0 AND ?15 = ''`).
    string from = "events v WHERE ";
    if (f.participant) {
      from += "v.id IN (SELECT event_id FROM event_participants WHERE entity_id = " +
              b.Param(f.participant) + " AND first_seen <= " + as_of +
              (f.role.empty() ? "" : " AND role = " + b.Param(f.role)) + ")";
    } else {
      from += f.role.empty() ? "true" : "false";
    }
    b.sql = "SELECT " + select +
            "count(*), count(x.goldstein), coalesce(sum(x.goldstein), 0) FROM (SELECT v.date, "
            "v.date_precision, v.type, v.cameo, v.plover, v.quad_class, v.location_id, "
            "v.goldstein, " +
            (a.by_source ? DyadSourceSql("v.id", as_of) : "NULL") + " AS src, " +
            (a.by_target ? DyadTargetSql("v.id", as_of) : "NULL") + " AS tgt FROM " + from +
            EventCriteria(b, f, as_of) +
            (f.event_id ? " AND v.id = " + b.Param(f.event_id) : string()) + ") x" +
            (group.empty() ? "" : " GROUP BY " + group) + " LIMIT " +
            b.Param(static_cast<int64_t>(a.max_rows) + 1);
    auto r = db_.Query(b.sql, b.params);
    for (int i = 0; i < r.Rows(); ++i) {
      if (static_cast<int>(out.rows.size()) == a.max_rows) {
        out.truncated = true;
        break;
      }
      AggregateRow row;
      row.date = r.Text(i, 0);
      row.date_precision = r.Text(i, 1);
      row.type = r.Text(i, 2);
      row.cameo_root = r.Text(i, 3);
      row.plover = r.Text(i, 4);
      row.quad_class = static_cast<int>(r.Int(i, 5));
      row.place = r.Int(i, 6);
      row.source = r.Int(i, 7);
      row.target = r.Int(i, 8);
      row.events = r.Int(i, 9);
      row.goldstein_count = r.Int(i, 10);
      row.goldstein_sum = r.Real(i, 11);
      out.rows.push_back(std::move(row));
    }
    return out;
  }

  std::vector<DocumentHit> SearchDocuments(const string& q, int64_t as_of, int limit) override {
    if (FtsPrefixQuery(q).empty()) return {};
    // The headline (the costly part) only for the page, after the ranking.
    auto r = db_.Query(
        "SELECT h.id, coalesce(h.title, ''), coalesce(h.published_at, ''), "
        "ts_headline('parley_search', h.text, h.q, 'StartSel=<mark>, StopSel=</mark>, "
        "MaxWords=16, MinWords=8, ShortWord=0, MaxFragments=1, FragmentDelimiter=…') FROM "
        "(SELECT d.id, d.title, d.published_at, d.text, s.q, ts_rank(d.fts, s.q) AS r FROM "
        "documents d, parley_prefix_query($1) s(q) WHERE d.fts @@ s.q AND d.ingested_at <= $2 "
        "ORDER BY r DESC, d.id LIMIT $3) h ORDER BY h.r DESC, h.id",
        PgParams().Add(q).Add(AsOf(as_of)).Add(limit));
    std::vector<DocumentHit> out;
    out.reserve(static_cast<size_t>(r.Rows()));
    for (int i = 0; i < r.Rows(); ++i)
      out.push_back({r.Int(i, 0), r.Text(i, 1), r.Text(i, 2), r.Text(i, 3)});
    return out;
  }

  std::vector<std::pair<string, int64_t>> CountBy(const string& what, int64_t as_of) override {
    const string table = what == "entity" ? "entities" : "events";
    PgBuilder b;
    b.sql = "SELECT type, count(*) FROM " + table;
    if (as_of > 0) b.sql += " WHERE first_seen <= " + b.Param(as_of);
    b.sql += " GROUP BY type ORDER BY type";
    auto r = db_.Query(b.sql, b.params);
    std::vector<std::pair<string, int64_t>> out;
    out.reserve(static_cast<size_t>(r.Rows()));
    for (int i = 0; i < r.Rows(); ++i) out.emplace_back(r.Text(i, 0), r.Int(i, 1));
    return out;
  }

  std::pair<string, string> DateRange(int64_t as_of) override {
    auto r = as_of <= 0 ? db_.Query(
                              "SELECT coalesce((SELECT min(date) FROM events), ''), "
                              "coalesce((SELECT max(date) FROM events), '')")
                        : db_.Query(
                              "SELECT coalesce(min(date), ''), coalesce(max(date), '') FROM "
                              "events WHERE first_seen <= $1",
                              PgParams().Add(as_of));
    if (!r.Rows()) return {};
    return {r.Text(0, 0), r.Text(0, 1)};
  }

  GraphCounts Counts(int64_t as_of) override {
    if (as_of <= 0) return PgCounts(db_);
    auto r = db_.Query(
        "SELECT (SELECT count(*) FROM documents WHERE ingested_at <= $1), (SELECT count(*) FROM "
        "entities WHERE first_seen <= $1), (SELECT count(*) FROM events WHERE first_seen <= $1), "
        "(SELECT coalesce(sum(m.span_count), 0) FROM mentions m JOIN documents d ON d.id = "
        "m.document_id WHERE d.ingested_at <= $1)",
        PgParams().Add(as_of));
    GraphCounts c;
    if (r.Rows()) {
      c.documents = r.Int(0, 0);
      c.entities = r.Int(0, 1);
      c.events = r.Int(0, 2);
      c.mentions = r.Int(0, 3);
    }
    return c;
  }

 private:
  string DocumentText(int64_t document_id) {
    auto r = db_.Query("SELECT text FROM documents WHERE id = $1", PgParams().Add(document_id));
    return r.Rows() ? r.Text(0, 0) : string();
  }

  PgSnapshot snapshot_;
  PgConn& db_;
};

}  // namespace

std::unique_ptr<GraphQueries> NewPgGraphQueries(PgConn& db, std::function<void(bool)> release) {
  return std::make_unique<PgGraphQueries>(db, std::move(release));
}

}  // namespace parley::store
