// PgStore: Store over PostgreSQL, for several servers and ingesters sharing
// one graph.
//
// Writers. Resolution (an entity by dictionary id or by alias and a
// compatible country; an event merged with another document's report of it
// when type family, participants, date and place agree) is a read followed by
// a write under rules no unique key can express. Each write transaction
// therefore takes a transaction-scoped advisory lock (per schema) before its
// first statement that is not a document insert: the
// writers of every process on the database run one after another, each
// seeing everything committed before it, exactly as SQLite's single writer
// does, so two `parley ingest` processes can never create the same entity,
// event or document twice, and re-ingest and retraction stay exact. Unique
// keys (content_hash, dict_id, alias per entity, role, participation) back
// this up. The lock is released only after the commit is visible, so the
// change feed's seq (assigned inside the lock) is in commit order: a
// consumer that read seq N never later finds a smaller seq appear. What
// makes ingestion slow runs outside the lock, in parallel: reading, hashing,
// duplicate probes, extraction and the document rows themselves (their
// full-text vectors; the unique content hash keeps them unique, and document
// ids are therefore not in commit order — the change feed is). Inside it,
// statements whose results are not needed are pipelined (PgConn::Defer), and
// what SQLite's writer holds back until commit (provenance, change feed,
// count additions) goes in a few bulk statements over unnest().
//
// Readers. A pool of connections (to `read_db` when set, a replica) opened
// on demand up to the configured size; each read is one REPEATABLE READ
// snapshot. Read-your-writes: after a commit through this Store, reads go to
// the primary until the replica has replayed past that commit.
//
// Cache invalidation. Every write transaction sends NOTIFY parley_changes
// (payload: the schema) as part of its commit; a listener thread per Store
// bumps DataVersion() when one arrives — with a replica, once the replica
// has replayed what the primary had when the notice came — so responses
// cached by every server drop within milliseconds of a commit anywhere.
#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <set>
#include <thread>
#include <unordered_map>

#include <spdlog/spdlog.h>
#include <nlohmann/json.hpp>

#include "base/error.h"
#include "store/migrations.h"
#include "store/pg_conn.h"
#include "store/pg_graph_queries.h"
#include "store/pg_read_txn.h"
#include "store/pg_scan_txn.h"
#include "store/pg_sql.h"
#include "store/pg_store.h"
#include "store/raw_tables.h"

namespace parley::store {
namespace {

using std::string;

constexpr const char* kNotifyChannel = "parley_changes";

// "16/B374D848" → a comparable number; 0 for NULL or garbage.
uint64_t ParseLsn(std::string_view lsn) {
  const size_t slash = lsn.find('/');
  if (slash == std::string_view::npos) return 0;
  auto hex = [](std::string_view s) {
    uint64_t v = 0;
    for (char c : s) {
      v <<= 4;
      if (c >= '0' && c <= '9')
        v |= static_cast<uint64_t>(c - '0');
      else if (c >= 'A' && c <= 'F')
        v |= static_cast<uint64_t>(c - 'A' + 10);
      else if (c >= 'a' && c <= 'f')
        v |= static_cast<uint64_t>(c - 'a' + 10);
    }
    return v;
  };
  return hex(lsn.substr(0, slash)) << 32 | hex(lsn.substr(slash + 1));
}

// A pool of connections to one server, opened on demand up to `max`.
class ConnPool {
 public:
  ConnPool(string conninfo, int max, std::chrono::milliseconds wait, string what)
      : conninfo_(std::move(conninfo)),
        max_(std::max(1, max)),
        wait_(wait),
        what_(std::move(what)) {}

  // A connection, waiting up to the pool's timeout when all are busy.
  PgConn* Acquire() {
    std::unique_lock<std::mutex> lock(mu_);
    const auto ready = [&] { return closed_ || !free_.empty() || static_cast<int>(open_) < max_; };
    if (!cv_.wait_for(lock, wait_, ready))
      throw Error(ErrorCode::kUnavailable, "every " + what_ + " connection is busy");
    if (closed_) throw Error(ErrorCode::kUnavailable, "store is closed");
    ++in_use_;
    if (!free_.empty()) {
      PgConn* c = free_.back();
      free_.pop_back();
      // Reads the reply of the last snapshot's ROLLBACK (PgConn::EndSnapshot)
      // outside the lock: it is normally there already.
      lock.unlock();
      const bool usable = c->Settle();
      lock.lock();
      if (usable) return c;
      Drop(c);  // the server went away since: open a new one below
    }
    ++open_;
    lock.unlock();
    std::unique_ptr<PgConn> conn;
    try {
      conn = std::make_unique<PgConn>(conninfo_);
    } catch (...) {
      lock.lock();
      --open_;
      --in_use_;
      cv_.notify_all();
      throw;
    }
    lock.lock();
    PgConn* raw = conn.get();
    all_.push_back(std::move(conn));
    return raw;
  }

  // Returns `c`; a broken connection is closed instead of pooled.
  void Release(PgConn* c, bool broken) {
    std::lock_guard<std::mutex> lock(mu_);
    --in_use_;
    if (broken || !c->ok())
      Drop(c);
    else
      free_.push_back(c);
    cv_.notify_all();
  }

  // Waits for every connection to come back, then closes them all.
  void Close() {
    std::unique_lock<std::mutex> lock(mu_);
    closed_ = true;
    cv_.notify_all();
    cv_.wait(lock, [&] { return in_use_ == 0; });
    free_.clear();
    all_.clear();
    open_ = 0;
  }

 private:
  // Caller holds mu_.
  void Drop(PgConn* c) {
    for (auto it = all_.begin(); it != all_.end(); ++it) {
      if (it->get() == c) {
        all_.erase(it);
        break;
      }
    }
    --open_;
  }

  const string conninfo_;
  const int max_;
  const std::chrono::milliseconds wait_;
  const string what_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<std::unique_ptr<PgConn>> all_;
  std::vector<PgConn*> free_;
  size_t open_ = 0;
  int in_use_ = 0;
  bool closed_ = false;
};

class PgWriteTxn : public WriteTxn {
 public:
  PgWriteTxn(PgConn& db, std::unique_lock<std::mutex> lock, std::function<void()> committed,
             int wait_ms)
      : lock_(std::move(lock)), db_(db), committed_(std::move(committed)) {
    db_.Exec("BEGIN; SET LOCAL lock_timeout = " + std::to_string(std::max(1, wait_ms)));
    open_ = true;
  }

  ~PgWriteTxn() override {
    if (open_) db_.RollbackQuietly();
  }

  void Commit() override {
    Serialize();  // the change feed's seq is assigned in commit order
    FlushCounts();
    FlushEvidence();
    FlushChanges();
    // Delivered to every listener when (and only if) the commit lands.
    db_.DeferOnce("SELECT pg_notify('" + string(kNotifyChannel) + "', current_schema())");
    db_.Exec("COMMIT");
    open_ = false;
    committed_();
  }

  std::optional<int64_t> FindDocumentByHash(std::string_view hash) override {
    auto r = db_.Query("SELECT id FROM documents WHERE content_hash = $1", PgParams().Add(hash));
    if (!r.Rows()) return std::nullopt;
    return r.Int(0, 0);
  }

  // Runs before the writer lock (see Serialize): the document's full-text
  // vector, its TOAST compression and its index entries are most of the
  // cost of storing it, and two writers can pay them at once. The unique
  // content hash keeps documents unique: a second writer inserting the
  // same text waits for the first to commit, then fails with kConflict
  // (the ingester then retries, finding the document stored).
  int64_t InsertDocument(const DocumentRow& d) override {
    CheckStorable(d.text, "text");
    CheckStorable(d.title, "title");
    auto r = db_.Query(
        "INSERT INTO documents(external_id, url, title, source, published_at, ingested_at, "
        "content_hash, text, metadata, extractor_version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, "
        "$9, $10) RETURNING id",
        PgParams()
            .AddText(d.external_id)
            .AddText(d.url)
            .AddText(d.title)
            .AddText(d.source)
            .AddText(d.published_at)
            .Add(d.ingested_at)
            .Add(d.content_hash)
            .Add(d.text)
            .Add(d.metadata_json.empty() ? string("{}") : d.metadata_json)
            .Add(d.extractor_version));
    return r.Int(0, 0);
  }

  std::optional<DocumentRow> GetDocument(int64_t id) override {
    Serialize();
    return PgGetDocument(db_, id);
  }

  std::vector<DocumentRow> ListDocuments(int64_t after_id, int limit) override {
    Serialize();
    static const string sql =
        string("SELECT ") + kDocumentColumns + " FROM documents WHERE id > $1 ORDER BY id LIMIT $2";
    auto r = db_.Query(sql, PgParams().Add(after_id).Add(limit));
    std::vector<DocumentRow> out;
    out.reserve(static_cast<size_t>(r.Rows()));
    for (int i = 0; i < r.Rows(); ++i) out.push_back(PgDocument(r, i));
    return out;
  }

  bool RetractDocument(int64_t id, int64_t now, bool keep_document) override {
    Serialize();
    FlushCounts();
    FlushEvidence();
    Forget();
    std::set<int64_t> entities, events, roles;
    {
      auto r = db_.Query("SELECT entity_id, event_id, role_id FROM mentions WHERE document_id = $1",
                         PgParams().Add(id));
      for (int i = 0; i < r.Rows(); ++i) {
        if (!r.IsNull(i, 0)) entities.insert(r.Int(i, 0));
        if (!r.IsNull(i, 1)) events.insert(r.Int(i, 1));
        if (!r.IsNull(i, 2)) roles.insert(r.Int(i, 2));
      }
    }
    if (keep_document) {
      if (!GetDocument(id)) return false;
      db_.Defer("DELETE FROM mentions WHERE document_id = $1", PgParams().Add(id));
      RecordChange("updated", "document", id, now);
    } else {
      auto r = db_.Query("DELETE FROM documents WHERE id = $1", PgParams().Add(id));
      if (r.Affected() == 0) return false;
      // No foreign key cascades to provenance (as in SQLite's migration 0008).
      db_.Defer("DELETE FROM mentions WHERE document_id = $1", PgParams().Add(id));
      RecordChange("retracted", "document", id, now);
    }

    const std::set<int64_t> live_event_set = StillMentioned("event_id", events);
    std::vector<int64_t> live_events, live_entities;
    for (int64_t ev : events) {
      if (live_event_set.count(ev)) {
        // Participants keep only the ones some remaining document supports.
        db_.Defer(
            "DELETE FROM event_participants WHERE event_id = $1 AND NOT EXISTS (SELECT 1 FROM "
            "mentions m, json_array_elements_text(m.participants) j WHERE m.event_id = $1 AND "
            "m.kind = 'event' AND j::bigint = event_participants.entity_id)",
            PgParams().Add(ev));
        live_events.push_back(ev);
        RecordChange("updated", "event", ev, now);
      } else {
        db_.Defer("DELETE FROM events WHERE id = $1", PgParams().Add(ev));
        RecordChange("retracted", "event", ev, now);
      }
    }
    const std::set<int64_t> live_roles = StillMentioned("role_id", roles);
    for (int64_t role : roles)
      if (!live_roles.count(role))
        db_.Defer("DELETE FROM roles WHERE id = $1", PgParams().Add(role));
    const std::set<int64_t> live_entity_set = StillMentioned("entity_id", entities);
    for (int64_t en : entities) {
      if (live_entity_set.count(en)) {
        live_entities.push_back(en);
        RecordChange("updated", "entity", en, now);
      } else {
        db_.Defer("DELETE FROM entities WHERE id = $1", PgParams().Add(en));
        RecordChange("retracted", "entity", en, now);
      }
    }
    RefreshCounts(live_entities, live_events);
    return true;
  }

  std::optional<EntityRow> FindEntityByDictId(std::string_view dict_id) override {
    Serialize();
    const string key(dict_id);
    auto known = dict_ids_.find(key);
    if (known == dict_ids_.end()) {
      static const string sql =
          string("SELECT ") + kEntityColumns + " FROM entities WHERE dict_id = $1";
      auto r = db_.Query(sql, PgParams().Add(dict_id));
      int64_t id = 0;
      if (r.Rows()) {
        EntityRow row = PgEntity(r, 0);
        id = row.id;
        entities_[id] = std::move(row);
      }
      known = dict_ids_.emplace(key, id).first;
    }
    if (known->second == 0) return std::nullopt;
    return Cached(known->second);
  }

  std::vector<EntityRow> FindEntitiesByAlias(std::string_view norm,
                                             std::string_view type) override {
    Serialize();
    auto& by_type = alias_hits_[string(norm)];
    auto known = by_type.find(string(type));
    if (known == by_type.end()) {
      static const string sql = "SELECT " + Prefixed("e", kEntityColumns) +
                                " FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE "
                                "a.norm = $1 AND e.type = $2 ORDER BY e.id LIMIT 50";
      auto r = db_.Query(sql, PgParams().Add(norm).Add(type));
      std::vector<int64_t> ids;
      for (int i = 0; i < r.Rows(); ++i) {
        EntityRow row = PgEntity(r, i);
        ids.push_back(row.id);
        entities_.try_emplace(row.id, std::move(row));  // a cached row may be newer
      }
      known = by_type.emplace(string(type), std::move(ids)).first;
    }
    std::vector<EntityRow> out;
    for (int64_t id : known->second)
      if (auto row = Cached(id)) out.push_back(std::move(*row));
    return out;
  }

  std::optional<EntityRow> GetEntity(int64_t id) override {
    Serialize();
    return Cached(id);
  }

  int64_t InsertEntity(const EntityRow& e) override {
    Serialize();
    auto r = db_.Query(
        "INSERT INTO entities(type, name, dict_id, country, sector, actor_code, attributes, "
        "first_seen, last_seen) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        PgParams()
            .Add(e.type)
            .Add(e.name)
            .AddText(e.dict_id)
            .AddText(e.country)
            .AddText(e.sector)
            .AddText(e.actor_code)
            .Add(e.attributes_json.empty() ? string("{}") : e.attributes_json)
            .Add(e.first_seen)
            .Add(e.last_seen));
    const int64_t id = r.Int(0, 0);
    EntityRow row = e;
    row.id = id;
    row.mention_count = row.document_count = row.event_count = 0;
    if (row.attributes_json.empty()) row.attributes_json = "{}";
    if (!e.dict_id.empty()) dict_ids_[e.dict_id] = id;
    entities_[id] = std::move(row);
    RecordChange("created", "entity", id, e.first_seen);
    return id;
  }

  void TouchEntity(const EntityRow& u, int64_t now) override {
    Serialize();
    db_.Defer(
        "UPDATE entities SET country = coalesce(country, $2), sector = coalesce(sector, $3), "
        "actor_code = coalesce(actor_code, $4), last_seen = greatest(last_seen, $5) WHERE id = $1",
        PgParams().Add(u.id).AddText(u.country).AddText(u.sector).AddText(u.actor_code).Add(now));
    auto it = entities_.find(u.id);
    if (it != entities_.end()) {
      EntityRow& row = it->second;
      if (row.country.empty()) row.country = u.country;
      if (row.sector.empty()) row.sector = u.sector;
      if (row.actor_code.empty()) row.actor_code = u.actor_code;
      row.last_seen = std::max(row.last_seen, now);
    }
  }

  void UpsertAlias(int64_t entity_id, std::string_view alias, std::string_view norm,
                   int64_t now) override {
    Serialize();
    // An alias seen again in this transaction is counted in memory and
    // written once at commit.
    string key = std::to_string(entity_id);
    key += '\0';
    key += norm;
    if (auto seen = alias_adds_.find(key); seen != alias_adds_.end()) {
      ++seen->second.count;
      seen->second.last_seen = std::max(seen->second.last_seen, now);
      return;
    }
    db_.Defer(
        "INSERT INTO aliases(entity_id, alias, norm, mention_count, first_seen, last_seen) VALUES "
        "($1, $2, $3, 1, $4, $4) ON CONFLICT (entity_id, norm) DO UPDATE SET mention_count = "
        "aliases.mention_count + 1, last_seen = greatest(aliases.last_seen, $4)",
        PgParams().Add(entity_id).Add(alias).Add(norm).Add(now));
    alias_hits_.erase(string(norm));  // the entity may now answer to it
    alias_adds_.emplace(std::move(key), AliasAdd{entity_id, string(norm), 0, now});
  }

  int64_t UpsertRole(const RoleRow& o, int64_t now) override {
    Serialize();
    auto r = db_.Query(
        "INSERT INTO roles(entity_id, title, of_whom, valid_from, valid_to, first_seen, "
        "last_seen) VALUES ($1, $2, $3, $4, $5, $6, $6) ON CONFLICT (entity_id, title, of_whom) "
        "DO UPDATE SET valid_from = CASE WHEN roles.valid_from IS NULL OR $4 < roles.valid_from "
        "THEN coalesce($4, roles.valid_from) ELSE roles.valid_from END, valid_to = CASE WHEN "
        "roles.valid_to IS NULL OR $5 > roles.valid_to THEN coalesce($5, roles.valid_to) ELSE "
        "roles.valid_to END, last_seen = greatest(roles.last_seen, $6) RETURNING id",
        PgParams()
            .Add(o.entity_id)
            .Add(o.title)
            .Add(o.of_whom)
            .AddText(o.valid_from)
            .AddText(o.valid_to)
            .Add(now));
    return r.Int(0, 0);
  }

  std::vector<RoleRow> EntityRoles(int64_t entity_id) override {
    Serialize();
    static const string sql =
        string("SELECT ") + kRoleColumns +
        " FROM roles WHERE entity_id = $1 ORDER BY valid_from NULLS FIRST, id";
    auto r = db_.Query(sql, PgParams().Add(entity_id));
    std::vector<RoleRow> out;
    out.reserve(static_cast<size_t>(r.Rows()));
    for (int i = 0; i < r.Rows(); ++i) out.push_back(PgRole(r, i));
    return out;
  }

  std::vector<EventRow> FindCandidateEvents(const std::vector<string>& types,
                                            const std::vector<int64_t>& entity_ids,
                                            std::string_view date_from, std::string_view date_to,
                                            int64_t location_id) override {
    Serialize();
    std::vector<EventRow> out;
    if (types.empty() || entity_ids.empty()) return out;
    const bool dated = !date_from.empty();
    if (!dated && location_id == 0) return out;
    // Each candidate comes with its participants, which the caller asks for
    // next (EventParticipants): one round trip instead of one per candidate.
    static const string cols =
        string(kEventColumns) +
        ", (SELECT json_agg(json_build_array(p.entity_id, p.role) ORDER BY p.entity_id, p.role) "
        "FROM event_participants p WHERE p.event_id = e.id)";
    static const string filter =
        " AND e.type = ANY($1::text[]) AND EXISTS (SELECT 1 FROM event_participants p WHERE "
        "p.event_id = e.id AND p.entity_id = ANY($2::bigint[]))";
    PgParams params;
    params.AddTexts(types).AddIds(entity_ids);
    PgResult r;
    if (dated) {
      static const string sql = "SELECT " + cols +
                                " FROM events e WHERE e.date BETWEEN $3 AND $4 AND "
                                "(e.date_source IS NULL OR e.date_source = 'text')" +
                                filter + " ORDER BY e.id LIMIT 200";
      r = db_.Query(sql, params.Add(date_from).Add(date_to));
    } else {
      static const string sql = "SELECT " + cols +
                                " FROM events e WHERE e.location_id = $3 AND "
                                "(e.date IS NULL OR e.date_source IN ('context', 'published'))" +
                                filter + " ORDER BY e.id DESC LIMIT 200";
      r = db_.Query(sql, params.Add(location_id));
    }
    for (int i = 0; i < r.Rows(); ++i) {
      out.push_back(PgEvent(r, i));
      auto& parts = participants_[out.back().id];
      parts.clear();
      auto list = nlohmann::json::parse(r.View(i, 22), nullptr, false);
      if (list.is_array())
        for (const auto& p : list)
          parts.push_back({out.back().id, p[0].get<int64_t>(), p[1].get<string>()});
    }
    return out;
  }

  std::vector<ParticipantRow> EventParticipants(int64_t event_id) override {
    Serialize();
    auto cached = participants_.find(event_id);
    if (cached != participants_.end()) return cached->second;
    auto r = db_.Query(
        "SELECT event_id, entity_id, role FROM event_participants WHERE event_id = $1 ORDER BY "
        "entity_id, role",
        PgParams().Add(event_id));
    std::vector<ParticipantRow> out;
    out.reserve(static_cast<size_t>(r.Rows()));
    for (int i = 0; i < r.Rows(); ++i) out.push_back({r.Int(i, 0), r.Int(i, 1), r.Text(i, 2)});
    participants_[event_id] = out;
    return out;
  }

  int64_t InsertEvent(const EventRow& v) override {
    Serialize();
    PgParams params = EventParams(v);
    params.Add(v.first_seen).Add(v.last_seen).Add(v.mention_count).Add(v.document_count);
    params.Add(v.source_count).AddText(v.date_source);
    auto r = db_.Query(
        "INSERT INTO events(type, label, cameo, plover, plover_mode, goldstein, quad_class, date, "
        "date_precision, location_id, topic, quote, source_actor_code, target_actor_code, "
        "confidence, first_seen, last_seen, mention_count, document_count, source_count, "
        "date_source) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, "
        "$16, $17, $18, $19, $20, $21) RETURNING id",
        params);
    const int64_t id = r.Int(0, 0);
    new_events_[id] = v.date;
    participants_[id] = {};
    RecordChange("created", "event", id, v.first_seen);
    return id;
  }

  void UpdateEvent(const EventRow& v) override {
    Serialize();
    if (auto fresh = new_events_.find(v.id); fresh != new_events_.end()) fresh->second = v.date;
    PgParams params = EventParams(v);
    params.Add(v.last_seen).Add(v.id).AddText(v.date_source);
    db_.Defer(
        "UPDATE events SET type = $1, label = $2, cameo = $3, plover = $4, plover_mode = $5, "
        "goldstein = $6, quad_class = $7, date = $8, date_precision = $9, location_id = $10, "
        "topic = $11, quote = $12, source_actor_code = $13, target_actor_code = $14, confidence "
        "= $15, last_seen = greatest(last_seen, $16), date_source = $18 WHERE id = $17",
        std::move(params));
    RecordChange("updated", "event", v.id, v.last_seen);
  }

  bool UpsertParticipant(const ParticipantRow& p, int64_t now) override {
    Serialize();
    bool is_new;
    auto fresh = new_events_.find(p.event_id);
    auto known = participants_.find(p.event_id);
    if (fresh != new_events_.end()) {
      // An event created in this transaction has only the participants
      // added here.
      is_new = new_participants_.insert({p.event_id, p.entity_id}).second;
    } else if (known != participants_.end()) {
      is_new = std::none_of(known->second.begin(), known->second.end(),
                            [&](const ParticipantRow& q) { return q.entity_id == p.entity_id; });
    } else {
      auto r = db_.Query(
          "SELECT 1 FROM event_participants WHERE event_id = $1 AND entity_id = $2 LIMIT 1",
          PgParams().Add(p.event_id).Add(p.entity_id));
      is_new = r.Rows() == 0;
    }
    if (fresh != new_events_.end()) {
      db_.Defer(
          "INSERT INTO event_participants(event_id, entity_id, role, first_seen, last_seen, date) "
          "VALUES ($1, $2, $3, $4, $4, $5) ON CONFLICT (event_id, entity_id, role) DO UPDATE SET "
          "last_seen = greatest(event_participants.last_seen, $4)",
          PgParams().Add(p.event_id).Add(p.entity_id).Add(p.role).Add(now).AddText(fresh->second));
    } else {
      db_.Defer(
          "INSERT INTO event_participants(event_id, entity_id, role, first_seen, last_seen, date) "
          "VALUES ($1, $2, $3, $4, $4, (SELECT date FROM events WHERE id = $1)) ON CONFLICT "
          "(event_id, entity_id, role) DO UPDATE SET last_seen = "
          "greatest(event_participants.last_seen, $4)",
          PgParams().Add(p.event_id).Add(p.entity_id).Add(p.role).Add(now));
    }
    if (known != participants_.end() &&
        std::none_of(known->second.begin(), known->second.end(), [&](const ParticipantRow& q) {
          return q.entity_id == p.entity_id && q.role == p.role;
        }))
      known->second.push_back(p);
    return is_new;
  }

  void InsertEvidence(const EvidenceRow& e) override {
    Serialize();
    if (e.spans.empty()) throw Error(ErrorCode::kInternal, "evidence without a span");
    evidence_.push_back(e);
  }

  void SetDocumentExtractor(int64_t document_id, std::string_view version) override {
    Serialize();
    db_.Defer("UPDATE documents SET extractor_version = $2 WHERE id = $1",
              PgParams().Add(document_id).Add(version));
  }

  void RefreshCounts(const std::vector<int64_t>& entity_ids,
                     const std::vector<int64_t>& event_ids) override {
    Serialize();
    FlushCounts();  // recounted from provenance below: no pending additions on top
    FlushEvidence();
    if (!entity_ids.empty()) {
      db_.Defer(
          "UPDATE entities e SET mention_count = (SELECT coalesce(sum(span_count), 0) FROM "
          "mentions WHERE entity_id = e.id AND kind = 'entity'), document_count = (SELECT "
          "count(DISTINCT document_id) FROM mentions WHERE entity_id = e.id), event_count = "
          "(SELECT count(DISTINCT event_id) FROM event_participants WHERE entity_id = e.id) WHERE "
          "e.id = ANY($1::bigint[])",
          PgParams().AddIds(entity_ids));
      for (int64_t id : entity_ids) entities_.erase(id);
    }
    if (!event_ids.empty()) {
      // A document without a source is a source of its own.
      db_.Defer(
          "UPDATE events v SET mention_count = (SELECT coalesce(sum(span_count), 0) FROM "
          "mentions WHERE event_id = v.id AND kind = 'event'), document_count = (SELECT "
          "count(DISTINCT document_id) FROM mentions WHERE event_id = v.id AND kind = 'event'), "
          "source_count = (SELECT count(DISTINCT coalesce('s' || d.source, 'd' || d.id)) FROM "
          "mentions m JOIN documents d ON d.id = m.document_id WHERE m.event_id = v.id AND m.kind "
          "= 'event') WHERE v.id = ANY($1::bigint[])",
          PgParams().AddIds(event_ids));
    }
  }

  void AddDocumentCounts(int64_t document_id, const std::map<int64_t, int64_t>& entity_mentions,
                         const std::map<int64_t, int64_t>& event_mentions,
                         const std::map<int64_t, int64_t>& entity_new_events,
                         int64_t now) override {
    Serialize();
    FlushEvidence();  // the source count reads earlier documents' evidence
    // Entities' additions wait for the commit: the same entities recur in
    // every document of a batch.
    for (const auto& [id, n] : entity_mentions) {
      EntityAdd& add = entity_adds_[id];
      auto more = entity_new_events.find(id);
      add.mentions += n;
      add.documents += 1;
      add.events += more == entity_new_events.end() ? 0 : more->second;
      add.last_seen = std::max(add.last_seen, now);
    }
    if (event_mentions.empty()) return;
    PgArray ids, counts;
    for (const auto& [id, n] : event_mentions) {
      ids.Add(id);
      counts.Add(n);
    }
    db_.Defer(
        "UPDATE events v SET mention_count = v.mention_count + a.n, document_count = "
        "v.document_count + 1, last_seen = greatest(v.last_seen, $4), source_count = "
        "v.source_count + (NOT EXISTS (SELECT 1 FROM mentions m JOIN documents d ON d.id = "
        "m.document_id WHERE m.event_id = v.id AND m.kind = 'event' AND m.document_id <> $3 AND "
        "coalesce('s' || d.source, 'd' || d.id) = (SELECT coalesce('s' || source, 'd' || id) FROM "
        "documents WHERE id = $3)))::int FROM unnest($1::bigint[], $2::bigint[]) AS a(id, n) "
        "WHERE v.id = a.id",
        PgParams().Add(ids.str()).Add(counts.str()).Add(document_id).Add(now));
  }

  void RecordChange(std::string_view op, std::string_view kind, int64_t object_id,
                    int64_t now) override {
    changes_.push_back({now, string(op), string(kind), object_id});
  }

  GraphCounts Counts() override {
    Serialize();
    FlushCounts();
    FlushEvidence();
    return PgCounts(db_);
  }

 private:
  // Takes the writer lock (once per transaction) before the first statement
  // that reads or writes anything but a document row. Until then the
  // transaction holds at most the row locks of the documents it inserted
  // (callers insert those first, WriteTxn::InsertDocument): a writer waits
  // for the lock holder, never the other way round. Only two writers
  // inserting the same documents in different orders can wait on each other;
  // PostgreSQL breaks that deadlock by failing one (kUnavailable).
  void Serialize() {
    if (locked_) return;
    db_.Exec("SELECT pg_advisory_xact_lock(1885431113, hashtext(current_schema()))");
    locked_ = true;
  }

  struct EntityAdd {
    int64_t mentions = 0, documents = 0, events = 0, last_seen = 0;
  };
  struct AliasAdd {
    int64_t entity_id;
    string norm;
    int64_t count, last_seen;
  };
  struct Change {
    int64_t at;
    string op, kind;
    int64_t object_id;
  };

  // PostgreSQL text cannot hold NUL; SQLite can. Refuse with a clear
  // message rather than a driver error.
  static void CheckStorable(const string& text, const char* param) {
    if (text.find('\0') != string::npos)
      throw Error(
          ErrorCode::kInvalidArgument,
          string("document ") + param + " contains a NUL character, which PostgreSQL cannot store",
          param);
  }

  // The entity as this transaction will leave it.
  std::optional<EntityRow> Cached(int64_t id) {
    auto it = entities_.find(id);
    if (it == entities_.end()) {
      auto row = PgGetEntity(db_, id);
      if (!row) return std::nullopt;
      it = entities_.emplace(id, std::move(*row)).first;
    }
    EntityRow e = it->second;
    auto add = entity_adds_.find(id);
    if (add != entity_adds_.end()) {
      e.mention_count += add->second.mentions;
      e.document_count += add->second.documents;
      e.event_count += add->second.events;
      e.last_seen = std::max(e.last_seen, add->second.last_seen);
    }
    return e;
  }

  // Drops what this transaction remembers of the graph (after deletes).
  void Forget() {
    entities_.clear();
    dict_ids_.clear();
    alias_hits_.clear();
    participants_.clear();
    new_events_.clear();
    new_participants_.clear();
  }

  // The ones of `ids` that some provenance row still names in `column`.
  std::set<int64_t> StillMentioned(const char* column, const std::set<int64_t>& ids) {
    std::set<int64_t> out;
    if (ids.empty()) return out;
    auto r = db_.Query(string("SELECT DISTINCT ") + column + " FROM mentions WHERE " + column +
                           " = ANY($1::bigint[])",
                       PgParams().AddIds(std::vector<int64_t>(ids.begin(), ids.end())));
    for (int i = 0; i < r.Rows(); ++i) out.insert(r.Int(i, 0));
    return out;
  }

  static PgParams EventParams(const EventRow& v) {
    PgParams p;
    p.Add(v.type)
        .Add(v.label)
        .AddText(v.cameo)
        .AddText(v.plover)
        .AddText(v.plover_mode)
        .Add(v.goldstein)
        .Add(v.quad_class)
        .AddText(v.date)
        .AddText(v.date_precision)
        .AddId(v.location_id)
        .AddText(v.topic)
        .AddText(v.quote)
        .AddText(v.source_actor_code)
        .AddText(v.target_actor_code)
        .Add(v.confidence);
    return p;
  }

  void FlushCounts() {
    if (!entity_adds_.empty()) {
      PgArray ids, mentions, documents, events, last_seen;
      for (const auto& [id, add] : entity_adds_) {
        ids.Add(id);
        mentions.Add(add.mentions);
        documents.Add(add.documents);
        events.Add(add.events);
        last_seen.Add(add.last_seen);
        auto cached = entities_.find(id);
        if (cached != entities_.end()) {
          EntityRow& row = cached->second;
          row.mention_count += add.mentions;
          row.document_count += add.documents;
          row.event_count += add.events;
          row.last_seen = std::max(row.last_seen, add.last_seen);
        }
      }
      db_.Defer(
          "UPDATE entities e SET mention_count = e.mention_count + a.m, document_count = "
          "e.document_count + a.d, event_count = e.event_count + a.v, last_seen = "
          "greatest(e.last_seen, a.l) FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], "
          "$4::bigint[], $5::bigint[]) AS a(id, m, d, v, l) WHERE e.id = a.id",
          PgParams()
              .Add(ids.str())
              .Add(mentions.str())
              .Add(documents.str())
              .Add(events.str())
              .Add(last_seen.str()));
      entity_adds_.clear();
    }
    if (!alias_adds_.empty()) {
      PgArray ids, norms, counts, last_seen;
      for (const auto& [key, add] : alias_adds_) {
        if (add.count == 0) continue;  // only the first sighting, written already
        ids.Add(add.entity_id);
        norms.Add(add.norm);
        counts.Add(add.count);
        last_seen.Add(add.last_seen);
      }
      if (!ids.empty())
        db_.Defer(
            "UPDATE aliases x SET mention_count = x.mention_count + a.c, last_seen = "
            "greatest(x.last_seen, a.l) FROM unnest($1::bigint[], $2::text[], $3::bigint[], "
            "$4::bigint[]) AS a(e, n, c, l) WHERE x.entity_id = a.e AND x.norm = a.n",
            PgParams().Add(ids.str()).Add(norms.str()).Add(counts.str()).Add(last_seen.str()));
      alias_adds_.clear();
    }
  }

  void FlushEvidence() {
    if (evidence_.empty()) return;
    PgArray doc, kind, entity, event, role, start, end, sentence, count, spans, parts, rule;
    for (const EvidenceRow& e : evidence_) {
      const SpanRow& first = e.spans.front();
      doc.Add(e.document_id);
      kind.Add(e.kind);
      entity.AddId(e.entity_id);
      event.AddId(e.event_id);
      role.AddId(e.role_id);
      start.Add(first.start);
      end.Add(first.end);
      if (first.sentence >= 0)
        sentence.Add(static_cast<int64_t>(first.sentence));
      else
        sentence.AddNull();
      count.Add(static_cast<int64_t>(e.spans.size()));
      spans.AddText(SpansJson(e.spans));
      if (e.kind == "event")
        parts.Add(IdsJson(e.participants));
      else
        parts.AddNull();
      rule.AddText(e.rule);
    }
    db_.Defer(
        "INSERT INTO mentions(document_id, kind, entity_id, event_id, role_id, start, \"end\", "
        "sentence, span_count, spans, participants, rule) SELECT d, k, en, ev, ro, s, e, se, c, "
        "sp::json, pa::json, ru FROM unnest($1::bigint[], $2::text[], $3::bigint[], "
        "$4::bigint[], $5::bigint[], $6::bigint[], $7::bigint[], $8::int[], $9::int[], "
        "$10::text[], $11::text[], $12::text[]) WITH ORDINALITY AS t(d, k, en, ev, ro, s, e, se, "
        "c, sp, pa, ru, n) ORDER BY n",
        PgParams()
            .Add(doc.str())
            .Add(kind.str())
            .Add(entity.str())
            .Add(event.str())
            .Add(role.str())
            .Add(start.str())
            .Add(end.str())
            .Add(sentence.str())
            .Add(count.str())
            .Add(spans.str())
            .Add(parts.str())
            .Add(rule.str()));
    evidence_.clear();
  }

  void FlushChanges() {
    if (changes_.empty()) return;
    PgArray at, op, kind, id;
    for (const Change& c : changes_) {
      at.Add(c.at);
      op.Add(c.op);
      kind.Add(c.kind);
      id.Add(c.object_id);
    }
    // Rows in call order, so seq follows it.
    db_.Defer(
        "INSERT INTO changes(at, op, kind, object_id) SELECT a, o, k, i FROM unnest($1::bigint[], "
        "$2::text[], $3::text[], $4::bigint[]) WITH ORDINALITY AS t(a, o, k, i, n) ORDER BY n",
        PgParams().Add(at.str()).Add(op.str()).Add(kind.str()).Add(id.str()));
    changes_.clear();
  }

  std::unique_lock<std::mutex> lock_;
  PgConn& db_;
  std::function<void()> committed_;
  bool open_ = false;
  bool locked_ = false;  // holds the writer lock (Serialize)
  std::vector<Change> changes_;
  std::vector<EvidenceRow> evidence_;
  std::unordered_map<int64_t, EntityAdd> entity_adds_;
  std::unordered_map<string, AliasAdd> alias_adds_;  // key: entity id, NUL, norm
  // What this transaction knows of the graph: it holds the writer lock, so
  // nothing else changes it. Entity rows as written (count additions apart).
  std::unordered_map<int64_t, EntityRow> entities_;
  std::unordered_map<string, int64_t> dict_ids_;  // 0: no such entity
  std::unordered_map<string, std::unordered_map<string, std::vector<int64_t>>> alias_hits_;
  // Complete participant lists of events read or created here.
  std::unordered_map<int64_t, std::vector<ParticipantRow>> participants_;
  // Events inserted in this transaction (with their date) and their
  // participants so far.
  std::map<int64_t, string> new_events_;
  std::set<std::pair<int64_t, int64_t>> new_participants_;
};

// A value in COPY's text format: \N for NULL, text with backslash, tab,
// newline and carriage return escaped.
void AppendCopyValue(string& out, const RawValue& v) {
  if (std::holds_alternative<std::monostate>(v)) {
    out += "\\N";
  } else if (const auto* i = std::get_if<int64_t>(&v)) {
    out += std::to_string(*i);
  } else if (const auto* d = std::get_if<double>(&v)) {
    char buf[40];
    out.append(buf, std::to_chars(buf, buf + sizeof buf, *d).ptr);
  } else {
    for (char c : std::get<string>(v)) {
      switch (c) {
        case '\\':
          out += "\\\\";
          break;
        case '\t':
          out += "\\t";
          break;
        case '\n':
          out += "\\n";
          break;
        case '\r':
          out += "\\r";
          break;
        default:
          out.push_back(c);
      }
    }
  }
}

RawValue PgValue(const PgResult& r, int row, int col, ColumnType type) {
  if (r.IsNull(row, col)) return std::monostate{};
  switch (type) {
    case ColumnType::kInt:
      return r.Int(row, col);
    case ColumnType::kReal:
      return r.Real(row, col);
    case ColumnType::kText:
      return r.Text(row, col);
  }
  return std::monostate{};
}

class PgStore : public Store, public RawTables {
 public:
  PgStore(const string& db, const StoreOptions& options)
      : primary_(db),
        replica_(options.read_db),
        wait_ms_(options.write_wait_ms),
        acquire_timeout_(std::max(0, options.acquire_timeout_ms)) {
    writer_ = std::make_unique<PgConn>(primary_);
    auto schema = writer_->Query("SELECT current_schema()");
    schema_ = schema.Text(0, 0);
    const int version = store::SchemaVersion(*writer_);
    if (options.migrate || version > NewestSchemaVersion())
      Migrate(*writer_, EmbeddedPostgresMigrations());
    else if (version < NewestSchemaVersion())
      throw Error(ErrorCode::kUnavailable,
                  "database " + writer_->name() + " has schema version " + std::to_string(version) +
                      ", older than this Parley's (" + std::to_string(NewestSchemaVersion()) +
                      "); run parley migrate");
    const int readers = std::max(1, options.read_connections);
    const int scanners = std::max(1, options.scan_connections);
    const string& reads = replica_.empty() ? primary_ : replica_;
    read_pool_ = std::make_unique<ConnPool>(reads, readers, acquire_timeout_, "read");
    scan_pool_ = std::make_unique<ConnPool>(reads, scanners, acquire_timeout_, "scan");
    if (!replica_.empty()) {
      primary_read_pool_ =
          std::make_unique<ConnPool>(primary_, readers, acquire_timeout_, "read (primary)");
      primary_scan_pool_ =
          std::make_unique<ConnPool>(primary_, scanners, acquire_timeout_, "scan (primary)");
      // The replica must answer now, not at the first request.
      PgConn* probe = read_pool_->Acquire();
      read_pool_->Release(probe, false);
    }
    // Listening before the constructor returns: no commit after it goes
    // unnoticed.
    auto listen = std::make_unique<PgConn>(primary_);
    listen->Exec(string("LISTEN ") + kNotifyChannel);
    wake_ = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    listener_ = std::thread([this, c = listen.release()] { Listen(std::unique_ptr<PgConn>(c)); });
  }

  ~PgStore() override { Close(); }

  std::unique_ptr<WriteTxn> BeginWrite() override {
    std::unique_lock<std::mutex> lock(write_mu_);
    if (!writer_) throw Error(ErrorCode::kUnavailable, "store is closed");
    if (!writer_->ok()) writer_ = std::make_unique<PgConn>(primary_);  // the server restarted
    return std::make_unique<PgWriteTxn>(
        *writer_, std::move(lock), [this] { Committed(); }, wait_ms_);
  }

  SqlAnswer RunSql(const SqlRequest& request) override {
    // A connection of its own (the query runs as another role, under its
    // own limits), to the replica when there is one: analysts' queries
    // should not load the primary.
    return RunPgSql(replica_.empty() ? primary_ : replica_, schema_, request);
  }

  std::unique_ptr<ReadTxn> BeginRead() override {
    const auto acquired = AcquireRead(false);
    ConnPool* pool = acquired.first;
    PgConn* db = acquired.second;
    try {
      return std::make_unique<PgReadTxn>(*db,
                                         [pool, db](bool broken) { pool->Release(db, broken); });
    } catch (...) {
      pool->Release(db, true);
      throw;
    }
  }

  std::unique_ptr<ScanTxn> BeginScan() override {
    const auto acquired = AcquireRead(true);
    ConnPool* pool = acquired.first;
    PgConn* db = acquired.second;
    try {
      return NewPgScanTxn(*db, [pool, db](bool broken) { pool->Release(db, broken); });
    } catch (...) {
      pool->Release(db, true);
      throw;
    }
  }

  std::unique_ptr<GraphQueries> BeginGraph() override {
    const auto acquired = AcquireRead(false);
    ConnPool* pool = acquired.first;
    PgConn* db = acquired.second;
    try {
      return NewPgGraphQueries(*db, [pool, db](bool broken) { pool->Release(db, broken); });
    } catch (...) {
      pool->Release(db, true);
      throw;
    }
  }

  uint64_t DataVersion() override { return version_.load(); }

  int SchemaVersion() override {
    std::lock_guard<std::mutex> lock(write_mu_);
    if (!writer_) throw Error(ErrorCode::kUnavailable, "store is closed");
    return store::SchemaVersion(*writer_);
  }
  int NewestSchemaVersion() const override { return EmbeddedPostgresMigrations().back().version; }
  string Backend() const override { return "postgresql"; }

  string IntegrityCheck() override {
    std::lock_guard<std::mutex> lock(write_mu_);
    if (!writer_) throw Error(ErrorCode::kUnavailable, "store is closed");
    // PostgreSQL checks its pages itself; what only Parley knows is that
    // provenance has no foreign keys: look for rows whose document or fact
    // is gone.
    auto r = writer_->Query(
        "SELECT count(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = "
        "m.document_id) OR (m.entity_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM entities e "
        "WHERE e.id = m.entity_id)) OR (m.event_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
        "events v WHERE v.id = m.event_id)) OR (m.role_id IS NOT NULL AND NOT EXISTS (SELECT 1 "
        "FROM roles r WHERE r.id = m.role_id))");
    const int64_t orphans = r.Int(0, 0);
    return orphans == 0
               ? "ok"
               : std::to_string(orphans) + " provenance rows point at a missing document or fact";
  }

  void ReadTables(const RowSink& sink) override {
    // A connection of its own to the primary: a copy reads what was
    // committed, not what a replica has replayed so far.
    PgConn db(primary_);
    db.Exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    for (const TableSpec& t : GraphTables()) {
      db.QueryOnce("DECLARE parley_copy NO SCROLL CURSOR FOR SELECT " + ColumnList(t) + " FROM " +
                   t.name + " ORDER BY " + t.order);
      RawRow row(t.columns.size());
      for (;;) {
        auto r = db.Query("FETCH 2000 FROM parley_copy");
        if (r.Rows() == 0) break;
        for (int i = 0; i < r.Rows(); ++i) {
          for (size_t c = 0; c < t.columns.size(); ++c)
            row[c] = PgValue(r, i, static_cast<int>(c), t.columns[c].second);
          sink(t, row);
        }
      }
      db.Exec("CLOSE parley_copy");
    }
    db.Exec("COMMIT");
  }

  void LoadTables(const std::function<void(const RowSink& sink)>& fill) override {
    std::unique_lock<std::mutex> lock(write_mu_);
    if (!writer_) throw Error(ErrorCode::kUnavailable, "store is closed");
    PgConn& db = *writer_;
    db.Exec("BEGIN; SELECT pg_advisory_xact_lock(1885431113, hashtext(current_schema()))");
    try {
      auto held = db.Query(
          "SELECT EXISTS (SELECT 1 FROM documents) OR EXISTS (SELECT 1 FROM entities) OR EXISTS "
          "(SELECT 1 FROM events) OR EXISTS (SELECT 1 FROM changes) OR EXISTS (SELECT 1 FROM "
          "mentions)");
      if (held.Text(0, 0) == "t")
        throw Error(ErrorCode::kConflict, "copy: the target database " + db.name() +
                                              " already holds a graph; copy into an empty one");
      const TableSpec* open = nullptr;
      string buffer;
      auto finish = [&] {
        if (!open) return;
        if (!buffer.empty()) db.CopyData(buffer);
        buffer.clear();
        db.EndCopy();
        open = nullptr;
      };
      fill([&](const TableSpec& t, const RawRow& row) {
        if (open != &t) {
          finish();
          db.BeginCopy("COPY " + t.name + " (" + ColumnList(t) + ") FROM STDIN");
          open = &t;
        }
        for (size_t c = 0; c < row.size(); ++c) {
          if (c) buffer.push_back('\t');
          AppendCopyValue(buffer, row[c]);
        }
        buffer.push_back('\n');
        if (buffer.size() > (1u << 20)) {
          db.CopyData(buffer);
          buffer.clear();
        }
      });
      finish();
      // Identity columns continue after the copied ids.
      for (const char* t : {"documents", "entities", "aliases", "roles", "events", "mentions"})
        db.Exec(string("SELECT setval(pg_get_serial_sequence('") + t +
                "', 'id'), coalesce(max(id), 0) + 1, false) FROM " + t);
      db.Exec(
          "SELECT setval(pg_get_serial_sequence('changes', 'seq'), coalesce(max(seq), 0) + 1, "
          "false) FROM changes");
      db.Exec("SELECT pg_notify('" + string(kNotifyChannel) + "', current_schema()); COMMIT");
    } catch (...) {
      db.RollbackQuietly();
      throw;
    }
    Committed();
  }

  void Close() override {
    if (listener_.joinable()) {
      stop_ = true;
      const uint64_t one = 1;
      if (write(wake_, &one, sizeof one) < 0) {
        // The listener polls with a timeout and sees stop_ anyway.
      }
      listener_.join();
    }
    if (wake_ >= 0) {
      ::close(wake_);
      wake_ = -1;
    }
    for (auto* pool :
         {read_pool_.get(), scan_pool_.get(), primary_read_pool_.get(), primary_scan_pool_.get()})
      if (pool) pool->Close();
    std::lock_guard<std::mutex> lock(write_mu_);
    writer_.reset();
  }

 private:
  // A connection for a snapshot: the replica's pool unless this Store wrote
  // something the replica has not replayed yet.
  std::pair<ConnPool*, PgConn*> AcquireRead(bool scan) {
    ConnPool* pool = scan ? scan_pool_.get() : read_pool_.get();
    if (replica_.empty()) return {pool, pool->Acquire()};
    ConnPool* primary = scan ? primary_scan_pool_.get() : primary_read_pool_.get();
    const uint64_t wrote = write_lsn_.load();
    if (wrote <= replica_lsn_.load()) return {pool, pool->Acquire()};
    PgConn* db = pool->Acquire();
    try {
      // Read before the snapshot is taken, so the snapshot holds at least
      // what was replayed by then.
      auto r = db->Query("SELECT pg_last_wal_replay_lsn()");
      const uint64_t replayed = r.IsNull(0, 0) ? UINT64_MAX : ParseLsn(r.View(0, 0));
      NoteReplica(replayed);
      if (replayed >= wrote) return {pool, db};
    } catch (const Error&) {
      pool->Release(db, true);
      return {primary, primary->Acquire()};
    }
    pool->Release(db, false);
    return {primary, primary->Acquire()};
  }

  void NoteReplica(uint64_t replayed) {
    uint64_t seen = replica_lsn_.load();
    while (replayed > seen && !replica_lsn_.compare_exchange_weak(seen, replayed)) {
    }
  }

  // After a commit through this Store (writer mutex held).
  void Committed() {
    ++version_;  // after the commit: a reader that sees the new number sees the data
    if (replica_.empty()) return;
    try {
      auto r = writer_->Query("SELECT pg_current_wal_lsn()");
      write_lsn_ = ParseLsn(r.View(0, 0));
    } catch (const Error& e) {
      // Without the position, read the primary until the next commit.
      write_lsn_ = UINT64_MAX;
      spdlog::warn("cannot read the primary's WAL position: {}", e.what());
    }
  }

  // The listener thread: LISTEN on the primary; every notice for this
  // schema moves DataVersion (after the replica caught up, with one).
  void Listen(std::unique_ptr<PgConn> conn) {
    int backoff_ms = 100;
    while (!stop_) {
      try {
        if (!conn) {
          conn = std::make_unique<PgConn>(primary_);
          conn->Exec(string("LISTEN ") + kNotifyChannel);
          ++version_;  // notices may have been missed while disconnected
        }
        std::unique_ptr<PgConn> replica;
        if (!replica_.empty()) replica = std::make_unique<PgConn>(replica_);
        backoff_ms = 100;
        while (!stop_ && conn->ok()) {
          pollfd fds[2] = {{PQsocket(conn->raw()), POLLIN, 0}, {wake_, POLLIN, 0}};
          if (poll(fds, 2, 1000) < 0) continue;
          if (stop_) return;
          if (!(fds[0].revents & (POLLIN | POLLERR | POLLHUP))) continue;
          if (PQconsumeInput(conn->raw()) != 1) break;
          bool ours = false;
          while (PGnotify* n = PQnotifies(conn->raw())) {
            if (n->extra && schema_ == n->extra) ours = true;
            PQfreemem(n);
          }
          if (!ours) continue;
          if (replica) WaitForReplica(*conn, *replica);
          ++version_;
        }
      } catch (const Error& e) {
        if (stop_) return;
        spdlog::warn("change listener: {}; retrying in {} ms", e.what(), backoff_ms);
      }
      conn.reset();
      ++version_;
      pollfd wake = {wake_, POLLIN, 0};
      poll(&wake, 1, backoff_ms);
      backoff_ms = std::min(backoff_ms * 2, 5000);
    }
  }

  // Waits (up to a second) until the replica has replayed what the primary
  // had written when the notice came, so that what a cache fills after the
  // version moves includes the commit.
  void WaitForReplica(PgConn& primary, PgConn& replica) {
    auto r = primary.Query("SELECT pg_current_wal_lsn()");
    const uint64_t target = ParseLsn(r.View(0, 0));
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(1);
    while (!stop_ && std::chrono::steady_clock::now() < deadline) {
      auto q = replica.Query("SELECT pg_last_wal_replay_lsn()");
      const uint64_t replayed = q.IsNull(0, 0) ? UINT64_MAX : ParseLsn(q.View(0, 0));
      NoteReplica(replayed);
      if (replayed >= target) return;
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
  }

  const string primary_, replica_;
  const int wait_ms_;
  const std::chrono::milliseconds acquire_timeout_;
  string schema_;
  std::mutex write_mu_;
  std::unique_ptr<PgConn> writer_;
  std::unique_ptr<ConnPool> read_pool_, scan_pool_, primary_read_pool_, primary_scan_pool_;
  std::atomic<uint64_t> version_{0};
  std::atomic<uint64_t> write_lsn_{0}, replica_lsn_{0};
  std::atomic<bool> stop_{false};
  int wake_ = -1;
  std::thread listener_;
};

}  // namespace

std::unique_ptr<Store> OpenPgStore(const string& db, const StoreOptions& options) {
  return std::make_unique<PgStore>(db, options);
}

}  // namespace parley::store
