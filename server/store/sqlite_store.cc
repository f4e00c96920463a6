// SqliteStore: Store over SQLite in WAL mode. One writer connection guarded by
// a mutex (SQLite allows one writer anyway; queueing here avoids busy
// retries), and a pool of reader connections that see WAL snapshots, so
// readers never wait on the writer.
#include <sys/statvfs.h>
#include <unistd.h>

#include <atomic>
#include <charconv>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <map>
#include <mutex>
#include <set>
#include <type_traits>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "base/error.h"
#include "store/migrations.h"
#include "store/raw_tables.h"
#include "store/sqlite_db.h"
#include "store/sqlite_graph_queries.h"
#include "store/sqlite_read_txn.h"
#include "store/sqlite_scan_txn.h"
#include "store/sqlite_sql.h"
#include "store/sqlite_write_behind.h"
#include "store/store.h"

namespace parley::store {
namespace {

using std::string;

class SqliteWriteTxn : public WriteTxn {
 public:
  SqliteWriteTxn(SqliteDb& db, std::unique_lock<std::mutex> lock, std::atomic<uint64_t>& version,
                 std::function<void()> committed)
      : lock_(std::move(lock)),
        db_(db),
        txn_(db, /*immediate=*/true),
        version_(version),
        pending_(db),
        committed_(std::move(committed)) {}

  void Commit() override {
    pending_.FlushCounts();
    pending_.FlushEvidence();
    pending_.FlushChanges();
    pending_.FlushFullText();
    txn_.Commit();
    ++version_;  // after the commit: a reader that sees the new number sees the data
    committed_();
  }

  std::optional<int64_t> FindDocumentByHash(std::string_view hash) override {
    auto q = db_.Prepare("SELECT id FROM documents WHERE content_hash = ?");
    q.Bind(1, hash);
    if (!q.Step()) return std::nullopt;
    return q.Int(0);
  }

  int64_t InsertDocument(const DocumentRow& d) override {
    db_.Prepare(
           "INSERT INTO documents(external_id, url, title, source, published_at, ingested_at, "
           "content_hash, text, metadata, extractor_version) VALUES (?,?,?,?,?,?,?,?,?,?)")
        .BindText(1, d.external_id)
        .BindText(2, d.url)
        .BindText(3, d.title)
        .BindText(4, d.source)
        .BindText(5, d.published_at)
        .Bind(6, d.ingested_at)
        .Bind(7, d.content_hash)
        .Bind(8, d.text)
        .Bind(9, d.metadata_json.empty() ? string("{}") : d.metadata_json)
        .Bind(10, d.extractor_version)
        .Run();
    const int64_t id = db_.LastInsertId();
    pending_.fts_documents.push_back({id, d.title, d.text});
    return id;
  }

  std::optional<DocumentRow> GetDocument(int64_t id) override {
    auto q = db_.Prepare(string("SELECT ") + kDocumentColumns + " FROM documents WHERE id = ?");
    q.Bind(1, id);
    if (!q.Step()) return std::nullopt;
    return ReadDocument(q);
  }

  std::vector<DocumentRow> ListDocuments(int64_t after_id, int limit) override {
    auto q = db_.Prepare(string("SELECT ") + kDocumentColumns +
                         " FROM documents WHERE id > ? ORDER BY id LIMIT ?");
    q.Bind(1, after_id).Bind(2, limit);
    std::vector<DocumentRow> out;
    while (q.Step()) out.push_back(ReadDocument(q));
    return out;
  }

  bool RetractDocument(int64_t id, int64_t now, bool keep_document) override {
    pending_.FlushCounts();
    pending_.FlushEvidence();
    new_events_.clear();  // what they knew may be deleted now
    new_participants_.clear();
    // The delete triggers remove full-text rows, which must exist by then.
    pending_.FlushFullText();
    std::set<int64_t> entities, events, roles;
    {
      auto q =
          db_.Prepare("SELECT entity_id, event_id, role_id FROM mentions WHERE document_id = ?");
      q.Bind(1, id);
      while (q.Step()) {
        if (!q.IsNull(0)) entities.insert(q.Int(0));
        if (!q.IsNull(1)) events.insert(q.Int(1));
        if (!q.IsNull(2)) roles.insert(q.Int(2));
      }
    }
    if (keep_document) {
      if (!GetDocument(id)) return false;
      db_.Prepare("DELETE FROM mentions WHERE document_id = ?").Bind(1, id).Run();
      RecordChange("updated", "document", id, now);
    } else {
      db_.Prepare("DELETE FROM documents WHERE id = ?").Bind(1, id).Run();
      if (db_.Changes() == 0) return false;
      // No foreign key cascades to provenance (migration 0008).
      db_.Prepare("DELETE FROM mentions WHERE document_id = ?").Bind(1, id).Run();
      RecordChange("retracted", "document", id, now);
    }

    std::vector<int64_t> live_events, live_entities;
    for (int64_t ev : events) {
      if (HasMention("event_id", ev)) {
        // Participants keep only the ones some remaining document supports.
        db_.Prepare(
               "DELETE FROM event_participants WHERE event_id = ?1 AND NOT EXISTS ("
               "SELECT 1 FROM mentions m, json_each(m.participants) j WHERE m.event_id = ?1 "
               "AND m.kind = 'event' AND j.value = event_participants.entity_id)")
            .Bind(1, ev)
            .Run();
        live_events.push_back(ev);
        RecordChange("updated", "event", ev, now);
      } else {
        db_.Prepare("DELETE FROM events WHERE id = ?").Bind(1, ev).Run();
        RecordChange("retracted", "event", ev, now);
      }
    }
    for (int64_t role : roles) {
      auto q = db_.Prepare("SELECT 1 FROM mentions WHERE role_id = ? LIMIT 1");
      q.Bind(1, role);
      if (!q.Step()) db_.Prepare("DELETE FROM roles WHERE id = ?").Bind(1, role).Run();
    }
    for (int64_t en : entities) {
      if (HasMention("entity_id", en)) {
        live_entities.push_back(en);
        RecordChange("updated", "entity", en, now);
      } else {
        db_.Prepare("DELETE FROM entities WHERE id = ?").Bind(1, en).Run();
        RecordChange("retracted", "entity", en, now);
      }
    }
    RefreshCounts(live_entities, live_events);
    return true;
  }

  std::optional<EntityRow> FindEntityByDictId(std::string_view dict_id) override {
    static const string sql =
        string("SELECT ") + kEntityColumns + " FROM entities WHERE dict_id = ?";
    auto q = db_.Prepare(sql);
    q.Bind(1, dict_id);
    if (!q.Step()) return std::nullopt;
    return pending_.WithPending(ReadEntity(q));
  }

  std::vector<EntityRow> FindEntitiesByAlias(std::string_view norm,
                                             std::string_view type) override {
    // CROSS JOIN pins the plan to the alias index: without statistics the
    // planner may scan every entity of the type instead.
    auto q = db_.Prepare("SELECT " + Prefixed("e", kEntityColumns) +
                         " FROM aliases a CROSS JOIN entities e ON e.id = a.entity_id WHERE "
                         "a.norm = ?1 AND e.type = ?2 ORDER BY e.id LIMIT 50");
    q.Bind(1, norm).Bind(2, type);
    std::vector<EntityRow> out;
    while (q.Step()) out.push_back(pending_.WithPending(ReadEntity(q)));
    return out;
  }

  std::optional<EntityRow> GetEntity(int64_t id) override {
    auto q = db_.Prepare(string("SELECT ") + kEntityColumns + " FROM entities WHERE id = ?");
    q.Bind(1, id);
    if (!q.Step()) return std::nullopt;
    return pending_.WithPending(ReadEntity(q));
  }

  int64_t InsertEntity(const EntityRow& e) override {
    db_.Prepare(
           "INSERT INTO entities(type, name, dict_id, country, sector, actor_code, attributes, "
           "first_seen, last_seen) VALUES (?,?,?,?,?,?,?,?,?)")
        .Bind(1, e.type)
        .Bind(2, e.name)
        .BindText(3, e.dict_id)
        .BindText(4, e.country)
        .BindText(5, e.sector)
        .BindText(6, e.actor_code)
        .Bind(7, e.attributes_json.empty() ? string("{}") : e.attributes_json)
        .Bind(8, e.first_seen)
        .Bind(9, e.last_seen)
        .Run();
    int64_t id = db_.LastInsertId();
    RecordChange("created", "entity", id, e.first_seen);
    return id;
  }

  void TouchEntity(const EntityRow& u, int64_t now) override {
    db_.Prepare(
           "UPDATE entities SET country = coalesce(country, ?2), sector = coalesce(sector, ?3), "
           "actor_code = coalesce(actor_code, ?4), last_seen = max(last_seen, ?5) WHERE id = ?1")
        .Bind(1, u.id)
        .BindText(2, u.country)
        .BindText(3, u.sector)
        .BindText(4, u.actor_code)
        .Bind(5, now)
        .Run();
  }

  void UpsertAlias(int64_t entity_id, std::string_view alias, std::string_view norm,
                   int64_t now) override {
    // An alias seen again in this transaction is counted in memory and
    // written once at commit: a few thousand aliases take tens of thousands
    // of mentions per batch.
    string key = std::to_string(entity_id);
    key += '\0';
    key += norm;
    if (auto seen = pending_.alias_adds.find(key); seen != pending_.alias_adds.end()) {
      ++seen->second.count;
      seen->second.last_seen = std::max(seen->second.last_seen, now);
      return;
    }
    db_.Prepare(
           "UPDATE aliases SET mention_count = mention_count + 1, last_seen = max(last_seen, ?3) "
           "WHERE entity_id = ?1 AND norm = ?2")
        .Bind(1, entity_id)
        .Bind(2, norm)
        .Bind(3, now)
        .Run();
    if (db_.Changes() == 0) {
      db_.Prepare(
             "INSERT INTO aliases(entity_id, alias, norm, mention_count, first_seen, last_seen) "
             "VALUES (?1, ?2, ?3, 1, ?4, ?4)")
          .Bind(1, entity_id)
          .Bind(2, alias)
          .Bind(3, norm)
          .Bind(4, now)
          .Run();
      pending_.fts_aliases.emplace_back(db_.LastInsertId(), string(alias));
    }
    pending_.alias_adds.emplace(std::move(key),
                                WriteBehind::AliasAdd{entity_id, string(norm), 0, now});
  }

  int64_t UpsertRole(const RoleRow& r, int64_t now) override {
    db_.Prepare(
           "INSERT INTO roles(entity_id, title, of_whom, valid_from, valid_to, first_seen, "
           "last_seen) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6) ON CONFLICT(entity_id, title, of_whom) "
           "DO UPDATE SET valid_from = CASE WHEN valid_from IS NULL OR ?4 < valid_from "
           "THEN coalesce(?4, valid_from) ELSE valid_from END, "
           "valid_to = CASE WHEN valid_to IS NULL OR ?5 > valid_to THEN coalesce(?5, valid_to) "
           "ELSE valid_to END, last_seen = max(last_seen, ?6)")
        .Bind(1, r.entity_id)
        .Bind(2, r.title)
        .Bind(3, r.of_whom)
        .BindText(4, r.valid_from)
        .BindText(5, r.valid_to)
        .Bind(6, now)
        .Run();
    auto q = db_.Prepare("SELECT id FROM roles WHERE entity_id = ? AND title = ? AND of_whom = ?");
    q.Bind(1, r.entity_id).Bind(2, r.title).Bind(3, r.of_whom);
    if (!q.Step()) throw Error(ErrorCode::kInternal, "role vanished after upsert");
    return q.Int(0);
  }

  std::vector<RoleRow> EntityRoles(int64_t entity_id) override {
    auto q = db_.Prepare(string("SELECT ") + kRoleColumns +
                         " FROM roles WHERE entity_id = ? ORDER BY valid_from, id");
    q.Bind(1, entity_id);
    std::vector<RoleRow> out;
    while (q.Step()) out.push_back(ReadRole(q));
    return out;
  }

  std::vector<EventRow> FindCandidateEvents(const std::vector<string>& types,
                                            const std::vector<int64_t>& entity_ids,
                                            std::string_view date_from, std::string_view date_to,
                                            int64_t location_id) override {
    std::vector<EventRow> out;
    if (types.empty() || entity_ids.empty()) return out;
    const string type_list = nlohmann::json(types).dump();
    const string entity_list = nlohmann::json(entity_ids).dump();
    const bool dated = !date_from.empty();
    if (!dated && location_id == 0) return out;
    auto q = db_.Prepare(
        dated ? string("SELECT ") + kEventColumns +
                    " FROM events e WHERE e.date BETWEEN ?3 AND ?4"
                    " AND (e.date_source IS NULL OR e.date_source = 'text')"
                    " AND e.type IN (SELECT value FROM json_each(?1))"
                    " AND EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = e.id"
                    " AND p.entity_id IN (SELECT value FROM json_each(?2)))"
                    " ORDER BY e.id LIMIT 200"
              : string("SELECT ") + kEventColumns +
                    " FROM events e WHERE e.location_id = ?5"
                    " AND (e.date IS NULL OR e.date_source IN ('context', 'published'))"
                    " AND e.type IN (SELECT value FROM json_each(?1))"
                    " AND EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = e.id"
                    " AND p.entity_id IN (SELECT value FROM json_each(?2)))"
                    " ORDER BY e.id DESC LIMIT 200");
    q.Bind(1, type_list).Bind(2, entity_list);
    if (dated) {
      q.Bind(3, date_from).Bind(4, date_to);
    } else {
      q.Bind(5, location_id);
    }
    while (q.Step()) out.push_back(ReadEvent(q));
    return out;
  }

  std::vector<ParticipantRow> EventParticipants(int64_t event_id) override {
    auto q =
        db_.Prepare("SELECT event_id, entity_id, role FROM event_participants WHERE event_id = ?");
    q.Bind(1, event_id);
    std::vector<ParticipantRow> out;
    while (q.Step()) out.push_back({q.Int(0), q.Int(1), q.Text(2)});
    return out;
  }

  int64_t InsertEvent(const EventRow& v) override {
    auto q = db_.Prepare(
        "INSERT INTO events(type, label, cameo, plover, plover_mode, goldstein, quad_class, date, "
        "date_precision, location_id, topic, quote, source_actor_code, target_actor_code, "
        "confidence, first_seen, last_seen, mention_count, document_count, source_count, "
        "date_source) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    BindEvent(q, v);
    q.Bind(16, v.first_seen)
        .Bind(17, v.last_seen)
        .Bind(18, v.mention_count)
        .Bind(19, v.document_count)
        .Bind(20, v.source_count)
        .BindText(21, v.date_source)
        .Run();
    int64_t id = db_.LastInsertId();
    pending_.fts_events[id] = {v.label, v.topic, v.quote};
    new_events_[id] = v.date;
    RecordChange("created", "event", id, v.first_seen);
    return id;
  }

  void UpdateEvent(const EventRow& v) override {
    if (auto fresh = new_events_.find(v.id); fresh != new_events_.end()) fresh->second = v.date;
    // The full-text row follows label, topic and quote (migration 0007).
    auto pending = pending_.fts_events.find(v.id);
    if (pending != pending_.fts_events.end()) {
      pending->second = {v.label, v.topic, v.quote};
    } else {
      auto old = db_.Prepare(
          "SELECT label, coalesce(topic, ''), coalesce(quote, '') FROM events WHERE id = ?");
      old.Bind(1, v.id);
      if (old.Step()) {
        WriteBehind::EventText before{old.Text(0), old.Text(1), old.Text(2)};
        old.Reset();
        if (before.label != v.label || before.topic != v.topic || before.quote != v.quote) {
          db_.Prepare(
                 "INSERT INTO event_fts(event_fts, rowid, label, topic, quote) VALUES "
                 "('delete', ?, ?, ?, ?)")
              .Bind(1, v.id)
              .Bind(2, before.label)
              .BindText(3, before.topic)
              .BindText(4, before.quote)
              .Run();
          pending_.fts_events[v.id] = {v.label, v.topic, v.quote};
        }
      }
    }
    auto q = db_.Prepare(
        "UPDATE events SET type=?1, label=?2, cameo=?3, plover=?4, plover_mode=?5, goldstein=?6, "
        "quad_class=?7, date=?8, date_precision=?9, location_id=?10, topic=?11, quote=?12, "
        "source_actor_code=?13, target_actor_code=?14, confidence=?15, "
        "last_seen=max(last_seen, ?16), date_source=?18 WHERE id=?17");
    BindEvent(q, v);
    q.Bind(16, v.last_seen).Bind(17, v.id).BindText(18, v.date_source).Run();
    RecordChange("updated", "event", v.id, v.last_seen);
  }

  bool UpsertParticipant(const ParticipantRow& p, int64_t now) override {
    bool is_new;
    auto fresh = new_events_.find(p.event_id);
    if (fresh != new_events_.end()) {
      // An event created in this transaction has only the participants
      // added here: no need to ask the table, nor to look up its date.
      is_new = new_participants_.insert({p.event_id, p.entity_id}).second;
    } else {
      auto known = db_.Prepare(
          "SELECT 1 FROM event_participants WHERE event_id = ?1 AND entity_id = ?2 LIMIT 1");
      known.Bind(1, p.event_id).Bind(2, p.entity_id);
      is_new = !known.Step();
    }
    auto q = db_.Prepare(
        "INSERT INTO event_participants(event_id, entity_id, role, first_seen, last_seen, date) "
        "VALUES (?1, ?2, ?3, ?4, ?4, CASE WHEN ?5 THEN ?6 ELSE (SELECT date FROM events WHERE "
        "id = ?1) END) ON CONFLICT(event_id, entity_id, role) DO UPDATE SET last_seen = "
        "max(last_seen, ?4)");
    q.Bind(1, p.event_id).Bind(2, p.entity_id).Bind(3, p.role).Bind(4, now);
    q.Bind(5, fresh != new_events_.end() ? 1 : 0);
    if (fresh != new_events_.end()) q.BindText(6, fresh->second);
    q.Run();
    return is_new;
  }

  void InsertEvidence(const EvidenceRow& e) override {
    if (e.spans.empty()) throw Error(ErrorCode::kInternal, "evidence without a span");
    pending_.evidence.push_back(e);
  }

  void SetDocumentExtractor(int64_t document_id, std::string_view version) override {
    db_.Prepare("UPDATE documents SET extractor_version = ?2 WHERE id = ?1")
        .Bind(1, document_id)
        .Bind(2, version)
        .Run();
  }

  void RefreshCounts(const std::vector<int64_t>& entity_ids,
                     const std::vector<int64_t>& event_ids) override {
    pending_.FlushCounts();  // recounted from provenance below: no pending additions on top
    pending_.FlushEvidence();
    auto qe = db_.Prepare(
        "UPDATE entities SET "
        "mention_count = (SELECT coalesce(sum(span_count), 0) FROM mentions WHERE entity_id = ?1 "
        "AND "
        "kind = 'entity'),"
        "document_count = (SELECT count(DISTINCT document_id) FROM mentions WHERE entity_id = ?1),"
        "event_count = (SELECT count(DISTINCT event_id) FROM event_participants "
        "WHERE entity_id = ?1) WHERE id = ?1");
    RunEach(qe, entity_ids, [](Query& q, int64_t id) { q.Bind(1, id); });
    auto qv = db_.Prepare(
        "UPDATE events SET "
        "mention_count = (SELECT coalesce(sum(span_count), 0) FROM mentions WHERE event_id = ?1 "
        "AND "
        "kind = 'event'),"
        "document_count = (SELECT count(DISTINCT document_id) FROM mentions WHERE event_id = ?1 "
        "AND kind = 'event'),"
        "source_count = (SELECT count(DISTINCT coalesce(d.source, d.id)) FROM mentions m "
        "JOIN documents d ON d.id = m.document_id WHERE m.event_id = ?1 AND m.kind = 'event') "
        "WHERE id = ?1");
    RunEach(qv, event_ids, [](Query& q, int64_t id) { q.Bind(1, id); });
  }

  void AddDocumentCounts(int64_t document_id, const std::map<int64_t, int64_t>& entity_mentions,
                         const std::map<int64_t, int64_t>& event_mentions,
                         const std::map<int64_t, int64_t>& entity_new_events,
                         int64_t now) override {
    pending_.FlushEvidence();  // the source count reads this document's evidence
    // Entities' additions wait for the commit (FlushCounts): the same few
    // thousand entities recur in every document of a batch.
    for (const auto& [id, n] : entity_mentions) {
      WriteBehind::EntityAdd& add = pending_.entity_adds[id];
      auto more = entity_new_events.find(id);
      add.mentions += n;
      add.documents += 1;
      add.events += more == entity_new_events.end() ? 0 : more->second;
      add.last_seen = std::max(add.last_seen, now);
    }
    auto qv = db_.Prepare(
        "UPDATE events SET mention_count = mention_count + ?2, document_count = document_count + "
        "1, last_seen = max(last_seen, ?4), source_count = source_count + NOT EXISTS (SELECT 1 "
        "FROM mentions m JOIN documents d "
        "ON d.id = m.document_id WHERE m.event_id = ?1 AND m.kind = 'event' AND m.document_id <> "
        "?3 AND coalesce(d.source, d.id) = (SELECT coalesce(source, id) FROM documents WHERE id = "
        "?3)) WHERE id = ?1");
    RunEach(qv, event_mentions, [&](Query& q, const auto& added) {
      q.Bind(1, added.first).Bind(2, added.second).Bind(3, document_id).Bind(4, now);
    });
  }

  void RecordChange(std::string_view op, std::string_view kind, int64_t object_id,
                    int64_t now) override {
    pending_.changes.push_back({now, string(op), string(kind), object_id});
  }

  GraphCounts Counts() override { return ReadCounts(db_); }

 private:
  bool HasMention(const char* column, int64_t id) {
    auto q = db_.Prepare(string("SELECT 1 FROM mentions WHERE ") + column + " = ? LIMIT 1");
    q.Bind(1, id);
    return q.Step();
  }

  static void BindEvent(Query& q, const EventRow& v) {
    q.Bind(1, v.type)
        .Bind(2, v.label)
        .BindText(3, v.cameo)
        .BindText(4, v.plover)
        .BindText(5, v.plover_mode)
        .Bind(6, v.goldstein)
        .Bind(7, v.quad_class)
        .BindText(8, v.date)
        .BindText(9, v.date_precision)
        .BindId(10, v.location_id)
        .BindText(11, v.topic)
        .BindText(12, v.quote)
        .BindText(13, v.source_actor_code)
        .BindText(14, v.target_actor_code)
        .Bind(15, v.confidence);
  }

  std::unique_lock<std::mutex> lock_;
  SqliteDb& db_;
  Transaction txn_;
  std::atomic<uint64_t>& version_;
  WriteBehind pending_;
  std::function<void()> committed_;
  // Events inserted in this transaction (with their date) and their
  // participants so far.
  std::map<int64_t, string> new_events_;
  std::set<std::pair<int64_t, int64_t>> new_participants_;
};

// What the file system holding `db_path` says about writing there: "" or a
// one-line reason. Free space is counted as the writer may use it (root may
// fill the blocks reserved for it).
string DiskProblem(const string& db_path) {
  if (db_path == ":memory:") return {};
  std::filesystem::path dir = std::filesystem::path(db_path).parent_path();
  if (dir.empty()) dir = ".";
  struct statvfs fs {};
  if (statvfs(dir.c_str(), &fs) != 0) return {};
  if (fs.f_flag & ST_RDONLY) return "the file system holding the database is read-only";
  const uint64_t blocks = geteuid() == 0 ? fs.f_bfree : fs.f_bavail;
  // Less than a page or two of WAL: the next write cannot land.
  if (blocks * fs.f_frsize < (1u << 20)) return "the disk holding the database is full";
  return {};
}

class SqliteStore : public Store, public RawTables {
 public:
  SqliteStore(const string& path, const StoreOptions& options) : path_(path) {
    std::filesystem::path p(path);
    std::error_code exists_ec;
    if (!options.create && path != ":memory:" && !std::filesystem::exists(p, exists_ec))
      throw Error(ErrorCode::kInvalidArgument,
                  "no database at " + path + " (create one with parley migrate or ingest)", "db");
    if (!options.create_dirs && path != ":memory:" && p.has_parent_path() &&
        !std::filesystem::is_directory(p.parent_path(), exists_ec))
      throw Error(ErrorCode::kInvalidArgument,
                  "directory " + p.parent_path().string() + " does not exist (create it first)",
                  "db");
    if (path != ":memory:" && p.has_parent_path()) {
      std::error_code ec;
      std::filesystem::create_directories(p.parent_path(), ec);
      if (ec)
        throw Error(ErrorCode::kUnavailable,
                    "cannot create directory " + p.parent_path().string() + ": " + ec.message());
    }
    SqliteDb::Options wo;
    wo.busy_timeout_ms = options.busy_timeout_ms;
    writer_ = std::make_unique<SqliteDb>(path, wo);
    writer_->OnStorageError([this](ErrorCode, const string& why) {
      std::lock_guard<std::mutex> lock(health_mu_);
      write_failure_ = why;
    });
    int version = store::SchemaVersion(*writer_);
    if (options.migrate || version > NewestSchemaVersion()) Migrate(*writer_, EmbeddedMigrations());
    schema_version_ = store::SchemaVersion(*writer_);
    // A fresh file must be writable now, not at the first ingest.
    writer_->Exec("BEGIN IMMEDIATE; ROLLBACK;");
    // SQLite opens a file it may not write read-only, silently.
    if (sqlite3_db_readonly(writer_->raw(), "main") == 1)
      write_failure_ = "the database is read-only";
    SqliteDb::Options ro;
    ro.create = false;
    ro.busy_timeout_ms = options.busy_timeout_ms;
    reader_options_ = ro;
    acquire_timeout_ = std::chrono::milliseconds(std::max(0, options.acquire_timeout_ms));
    for (int i = 0; i < std::max(1, options.read_connections); ++i) {
      readers_.push_back(std::make_unique<SqliteDb>(path, ro));
      free_.push_back(readers_.back().get());
    }
    scan_max_ = std::max(1, options.scan_connections);
    // PRAGMA data_version on a connection of its own changes whenever any
    // other connection commits, including other processes'.
    watcher_ = std::make_unique<SqliteDb>(path, ro);
    external_version_ = ReadDataVersion();
  }

  ~SqliteStore() override { Close(); }

  std::unique_ptr<WriteTxn> BeginWrite() override {
    std::unique_lock<std::mutex> lock(write_mu_);
    if (!writer_) throw Error(ErrorCode::kUnavailable, "store is closed");
    return std::make_unique<SqliteWriteTxn>(*writer_, std::move(lock), version_, [this] {
      std::lock_guard<std::mutex> health(health_mu_);
      write_failure_.clear();
    });
  }

  std::unique_ptr<ReadTxn> BeginRead() override {
    SqliteDb* db = Acquire();
    try {
      return std::make_unique<SqliteReadTxn>(*db, [this, db] { Release(db); });
    } catch (...) {
      Release(db);
      throw;
    }
  }

  std::unique_ptr<ScanTxn> BeginScan() override {
    SqliteDb* db = AcquireScan();
    try {
      return NewSqliteScanTxn(*db, [this, db] { ReleaseScan(db); });
    } catch (...) {
      ReleaseScan(db);
      throw;
    }
  }

  std::unique_ptr<GraphQueries> BeginGraph() override {
    SqliteDb* db = Acquire();
    try {
      return NewSqliteGraphQueries(*db, [this, db] { Release(db); });
    } catch (...) {
      Release(db);
      throw;
    }
  }

  SqliteDb* Acquire() {
    std::unique_lock<std::mutex> lock(pool_mu_);
    if (!pool_cv_.wait_for(lock, acquire_timeout_, [&] { return closed_ || !free_.empty(); }))
      throw Error(ErrorCode::kUnavailable, "every read connection is busy");
    if (closed_) throw Error(ErrorCode::kUnavailable, "store is closed");
    SqliteDb* db = free_.back();
    free_.pop_back();
    ++in_use_;
    return db;
  }

  // A connection of the scan pool, opened on first need (up to scan_max_):
  // a stream may hold one for minutes, so scans never borrow from the
  // request pool.
  SqliteDb* AcquireScan() {
    std::unique_lock<std::mutex> lock(pool_mu_);
    const auto ready = [&] {
      return closed_ || !scan_free_.empty() || static_cast<int>(scanners_.size()) < scan_max_;
    };
    if (!pool_cv_.wait_for(lock, acquire_timeout_, ready))
      throw Error(ErrorCode::kUnavailable, "every scan connection is busy");
    if (closed_) throw Error(ErrorCode::kUnavailable, "store is closed");
    ++in_use_;
    if (!scan_free_.empty()) {
      SqliteDb* db = scan_free_.back();
      scan_free_.pop_back();
      return db;
    }
    // Reserve the slot, then open outside the lock (opening reads the schema).
    scanners_.push_back(nullptr);
    const size_t slot = scanners_.size() - 1;
    lock.unlock();
    std::unique_ptr<SqliteDb> db;
    try {
      db = std::make_unique<SqliteDb>(path_, reader_options_);
    } catch (...) {
      lock.lock();
      scanners_.erase(scanners_.begin() + static_cast<std::ptrdiff_t>(slot));
      --in_use_;
      pool_cv_.notify_all();
      throw;
    }
    lock.lock();
    SqliteDb* raw = db.get();
    scanners_[slot] = std::move(db);
    return raw;
  }

  uint64_t DataVersion() override {
    const int64_t now = std::chrono::duration_cast<std::chrono::milliseconds>(
                            std::chrono::steady_clock::now().time_since_epoch())
                            .count();
    if (now - last_poll_ms_.load(std::memory_order_relaxed) >= kExternalPollMs) {
      std::unique_lock<std::mutex> lock(watch_mu_, std::try_to_lock);
      if (lock.owns_lock() && watcher_) {
        last_poll_ms_ = now;
        const int64_t v = ReadDataVersion();
        // Our own commits move it too; one extra invalidation is harmless.
        if (v != external_version_) {
          external_version_ = v;
          ++version_;
        }
      }
    }
    return version_.load();
  }

  // Read once at open (migrations run only then), so asking never waits for
  // the writer.
  int SchemaVersion() override { return schema_version_; }

  string WriteProblem() override {
    std::lock_guard<std::mutex> lock(health_mu_);
    if (!write_failure_.empty()) return write_failure_;
    const auto now = std::chrono::steady_clock::now();
    if (now - disk_checked_ >= std::chrono::seconds(1)) {
      disk_checked_ = now;
      disk_problem_ = DiskProblem(path_);
    }
    return disk_problem_;
  }
  int NewestSchemaVersion() const override { return EmbeddedMigrations().back().version; }
  string Backend() const override { return "sqlite"; }

  SqlAnswer RunSql(const SqlRequest& request) override {
    if (path_ == ":memory:")
      throw Error(ErrorCode::kUnavailable, "sql: not available for an in-memory database");
    return RunSqliteSql(path_, request);
  }

  string IntegrityCheck() override {
    std::lock_guard<std::mutex> lock(write_mu_);
    if (!writer_) throw Error(ErrorCode::kUnavailable, "store is closed");
    auto q = writer_->Prepare("PRAGMA integrity_check");
    string out;
    while (q.Step()) out += (out.empty() ? "" : "; ") + q.Text(0);
    q.Reset();
    // Provenance has no foreign keys (migration 0008): look for rows whose
    // document or fact is gone.
    auto orphans = writer_->Prepare(
        "SELECT count(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = "
        "m.document_id) OR (m.entity_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM entities e "
        "WHERE e.id = m.entity_id)) OR (m.event_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
        "events v WHERE v.id = m.event_id)) OR (m.role_id IS NOT NULL AND NOT EXISTS (SELECT 1 "
        "FROM roles r WHERE r.id = m.role_id))");
    if (orphans.Step() && orphans.Int(0) > 0)
      out = (out == "ok" ? string() : out + "; ") + std::to_string(orphans.Int(0)) +
            " provenance rows point at a missing document or fact";
    return out;
  }

  void ReadTables(const RowSink& sink) override {
    SqliteDb db(path_, reader_options_);
    Transaction txn(db, /*immediate=*/false);
    for (const TableSpec& t : GraphTables()) {
      auto q = db.Prepare("SELECT " + ColumnList(t) + " FROM " + t.name + " ORDER BY " + t.order);
      RawRow row(t.columns.size());
      while (q.Step()) {
        for (size_t c = 0; c < t.columns.size(); ++c) {
          const int col = static_cast<int>(c);
          if (q.IsNull(col)) {
            row[c] = std::monostate{};
          } else if (t.columns[c].second == ColumnType::kInt) {
            row[c] = q.Int(col);
          } else if (t.columns[c].second == ColumnType::kReal) {
            row[c] = q.Real(col);
          } else {
            row[c] = q.Text(col);
          }
        }
        sink(t, row);
      }
    }
  }

  void LoadTables(const std::function<void(const RowSink& sink)>& fill) override {
    std::lock_guard<std::mutex> lock(write_mu_);
    if (!writer_) throw Error(ErrorCode::kUnavailable, "store is closed");
    SqliteDb& db = *writer_;
    Transaction txn(db, /*immediate=*/true);
    auto held = db.Prepare(
        "SELECT EXISTS (SELECT 1 FROM documents) OR EXISTS (SELECT 1 FROM entities) OR EXISTS "
        "(SELECT 1 FROM events) OR EXISTS (SELECT 1 FROM changes) OR EXISTS (SELECT 1 FROM "
        "mentions)");
    if (held.Step() && held.Int(0) != 0)
      throw Error(ErrorCode::kConflict, "copy: the target database " + path_ +
                                            " already holds a graph; copy into an "
                                            "empty one");
    held.Reset();
    fill([&](const TableSpec& t, const RawRow& row) {
      string marks;
      for (size_t c = 0; c < t.columns.size(); ++c) marks += c ? ",?" : "?";
      auto q =
          db.Prepare("INSERT INTO " + t.name + "(" + ColumnList(t) + ") VALUES (" + marks + ")");
      for (size_t c = 0; c < row.size(); ++c) {
        const int i = static_cast<int>(c) + 1;
        if (const auto* n = std::get_if<int64_t>(&row[c]))
          q.Bind(i, *n);
        else if (const auto* d = std::get_if<double>(&row[c]))
          q.Bind(i, *d);
        else if (const auto* text = std::get_if<string>(&row[c]))
          q.Bind(i, *text);
        else
          q.Bind(i, nullptr);
      }
      q.Run();
    });
    // The full-text indexes are derived from the tables (migrations 0006, 0009).
    db.Exec(
        "INSERT INTO alias_fts(alias_fts) VALUES ('rebuild');"
        "INSERT INTO document_fts(document_fts) VALUES ('rebuild');"
        "INSERT INTO event_fts(event_fts) VALUES ('rebuild');");
    txn.Commit();
    ++version_;
  }

  void Close() override {
    {
      std::unique_lock<std::mutex> lock(pool_mu_);
      closed_ = true;
      pool_cv_.notify_all();
      pool_cv_.wait(lock, [&] { return in_use_ == 0; });
      free_.clear();
      readers_.clear();
      scan_free_.clear();
      scanners_.clear();
    }
    {
      std::lock_guard<std::mutex> lock(watch_mu_);
      watcher_.reset();
    }
    std::lock_guard<std::mutex> wlock(write_mu_);
    if (writer_) {
      try {
        // Planner statistics from a sample (SQLite's advice for optimize), so
        // closing a large database does not read whole tables.
        writer_->Exec("PRAGMA analysis_limit=1000; PRAGMA optimize");
      } catch (const Error&) {
      }
      writer_.reset();
    }
  }

 private:
  // Caller holds watch_mu_ (or is the constructor).
  int64_t ReadDataVersion() {
    auto q = watcher_->Prepare("PRAGMA data_version");
    return q.Step() ? q.Int(0) : 0;
  }

  void Release(SqliteDb* db) {
    std::lock_guard<std::mutex> lock(pool_mu_);
    free_.push_back(db);
    --in_use_;
    pool_cv_.notify_all();
  }

  void ReleaseScan(SqliteDb* db) {
    std::lock_guard<std::mutex> lock(pool_mu_);
    scan_free_.push_back(db);
    --in_use_;
    pool_cv_.notify_all();
  }

  string path_;
  int schema_version_ = 0;
  std::mutex health_mu_;  // guards the three below
  string write_failure_;  // why the last write failed for want of storage; "" after a commit
  string disk_problem_;
  std::chrono::steady_clock::time_point disk_checked_;
  std::mutex write_mu_;
  std::unique_ptr<SqliteDb> writer_;
  std::mutex pool_mu_;
  std::condition_variable pool_cv_;
  std::vector<std::unique_ptr<SqliteDb>> readers_;
  std::vector<SqliteDb*> free_;
  std::vector<std::unique_ptr<SqliteDb>> scanners_;  // the scan pool, grown on demand
  std::vector<SqliteDb*> scan_free_;
  int scan_max_ = 1;
  SqliteDb::Options reader_options_;
  std::chrono::milliseconds acquire_timeout_{2000};
  int in_use_ = 0;
  bool closed_ = false;
  std::atomic<uint64_t> version_{0};
  std::mutex watch_mu_;
  std::unique_ptr<SqliteDb> watcher_;
  int64_t external_version_ = 0;
  std::atomic<int64_t> last_poll_ms_{0};
};

}  // namespace

SqlAnswer Store::RunSql(const SqlRequest&) {
  throw Error(ErrorCode::kUnavailable, "sql: the " + Backend() + " store has no SQL interface",
              "sql");
}

std::unique_ptr<Store> Store::OpenSqlite(const string& path, const StoreOptions& options) {
  return std::make_unique<SqliteStore>(path, options);
}

}  // namespace parley::store
