// Tests of what only the PostgreSQL backend has: its schema file, writers of
// several Stores (processes) on one database, cache invalidation across
// Stores (LISTEN/NOTIFY), moving a graph between backends (`parley copy`)
// and its errors. They need PARLEY_TEST_PG_URL (scripts/test.sh starts a
// throwaway server and sets it) and skip, saying so, without it.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <map>
#include <sstream>
#include <thread>

#include "backend.h"
#include "base/error.h"
#include "store/copy.h"
#include "store/migrations.h"
#include "store/pg_conn.h"
#include "store/raw_tables.h"
#include "store/store.h"
#include "test_util.h"

using namespace parley;
using namespace parley::store;

namespace {

// The test server's URL, or "" after printing why the test is skipped.
std::string ServerOrSkip() {
  const std::string url = testing::PgTestUrl();
  if (url.empty()) MESSAGE("skipped: PARLEY_TEST_PG_URL is not set (no PostgreSQL server)");
  return url;
}

// A new schema on the test server, as a db setting.
std::string FreshDb(const std::string& url) { return PgSchemaUrl(url, testing::FreshSchema()); }

std::string SchemaOf(PgConn& db) { return db.Query("SELECT current_schema()").Text(0, 0); }

// Every object of the connection's schema as comparable text, with the
// schema's own name taken out of definitions.
std::map<std::string, std::string> Objects(PgConn& db) {
  const std::string schema = SchemaOf(db);
  auto unqualify = [&](std::string text) {
    const std::string prefix = schema + ".";
    for (size_t at; (at = text.find(prefix)) != std::string::npos;) text.erase(at, prefix.size());
    return text;
  };
  std::map<std::string, std::string> out;
  auto add = [&](const std::string& kind, const std::string& sql) {
    auto r = db.Query(sql, PgParams().Add(schema));
    for (int i = 0; i < r.Rows(); ++i) {
      std::string value;
      for (int c = 1; c < r.Cols(); ++c) value += (c > 1 ? " | " : "") + r.Text(i, c);
      out[kind + " " + r.Text(i, 0)] = unqualify(value);
    }
  };
  add("column",
      "SELECT c.relname || '.' || a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, "
      "coalesce(pg_get_expr(d.adbin, d.adrelid), ''), a.attidentity, a.attgenerated, "
      "coalesce(co.collname, '') FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN "
      "pg_namespace n ON n.oid = c.relnamespace LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid "
      "AND d.adnum = a.attnum LEFT JOIN pg_collation co ON co.oid = a.attcollation WHERE "
      "n.nspname = $1 AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped");
  add("constraint",
      "SELECT c.relname || '.' || k.conname, pg_get_constraintdef(k.oid) FROM pg_constraint k "
      "JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE "
      "n.nspname = $1");
  add("index", "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = $1");
  add("function",
      "SELECT p.proname, pg_get_functiondef(p.oid) FROM pg_proc p JOIN pg_namespace n ON n.oid "
      "= p.pronamespace WHERE n.nspname = $1");
  add("trigger",
      "SELECT t.tgname, pg_get_triggerdef(t.oid) FROM pg_trigger t JOIN pg_class c ON c.oid = "
      "t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND NOT "
      "t.tgisinternal");
  add("text search mapping",
      "SELECT c.cfgname || ' ' || m.maptokentype || ' ' || m.mapseqno, "
      "m.mapdict::regdictionary::text FROM pg_ts_config_map m JOIN pg_ts_config c ON c.oid = "
      "m.mapcfg JOIN pg_namespace n ON n.oid = c.cfgnamespace WHERE n.nspname = $1");
  return out;
}

EntityRow Person(const std::string& name, const std::string& dict_id) {
  EntityRow e;
  e.type = "person";
  e.name = name;
  e.dict_id = dict_id;
  e.first_seen = e.last_seen = 1000;
  return e;
}

// A small graph: two documents, two people, an event with provenance.
void Fill(Store& store) {
  auto txn = store.BeginWrite();
  DocumentRow d;
  d.title = "Talks in Geneva";
  d.source = "wire";
  d.text = "Lavrov met Rubio in Geneva.\tTabs, \\backslashes\\ and\nnew lines survive.";
  d.content_hash = "h1";
  d.ingested_at = 1000;
  d.extractor_version = "t";
  const int64_t doc = txn->InsertDocument(d);
  const int64_t lavrov = txn->InsertEntity(Person("Sergey Lavrov", "person:lavrov"));
  const int64_t rubio = txn->InsertEntity(Person("Marco Rubio", ""));
  txn->UpsertAlias(lavrov, "Lavrov", "lavrov", 1000);
  txn->UpsertAlias(rubio, "Rubio", "rubio", 1000);
  EventRow v;
  v.type = "meeting";
  v.label = "Lavrov meets Rubio";
  v.date = "2025-02-18";
  v.goldstein = 1.5;
  v.confidence = 0.875;
  v.first_seen = v.last_seen = 1000;
  const int64_t event = txn->InsertEvent(v);
  txn->UpsertParticipant({event, lavrov, "source"}, 1000);
  txn->UpsertParticipant({event, rubio, "target"}, 1000);
  EvidenceRow m;
  m.document_id = doc;
  m.kind = "event";
  m.event_id = event;
  m.spans = {{0, 26, 0}, {28, 40, 1}};
  m.participants = {lavrov, rubio};
  txn->InsertEvidence(m);
  txn->AddDocumentCounts(doc, {{lavrov, 1}, {rubio, 1}}, {{event, 2}}, {{lavrov, 1}, {rubio, 1}},
                         1000);
  txn->Commit();
}

// Every row of every table, as text.
std::vector<std::string> Rows(Store& store) {
  std::vector<std::string> out;
  auto* raw = dynamic_cast<RawTables*>(&store);
  REQUIRE(raw != nullptr);
  raw->ReadTables([&](const TableSpec& t, const RawRow& row) {
    std::string line = t.name;
    for (const RawValue& v : row) {
      line += " | ";
      if (const auto* i = std::get_if<int64_t>(&v))
        line += std::to_string(*i);
      else if (const auto* d = std::get_if<double>(&v))
        line += std::to_string(*d);
      else if (const auto* s = std::get_if<std::string>(&v))
        line += *s;
      else
        line += "NULL";
    }
    out.push_back(std::move(line));
  });
  return out;
}

}  // namespace

TEST_CASE("postgresql: schema/postgresql.sql is exactly the migrated schema") {
  const std::string url = ServerOrSkip();
  if (url.empty()) return;
  PgConn migrated(FreshDb(url));
  Migrate(migrated, EmbeddedPostgresMigrations());
  std::ifstream in(testing::SourceDir() / "schema" / "postgresql.sql");
  REQUIRE(in);
  std::stringstream ss;
  ss << in.rdbuf();
  PgConn fresh(FreshDb(url));
  fresh.Exec(ss.str());
  auto a = Objects(migrated), b = Objects(fresh);
  CHECK(a.size() > 50);
  CHECK(a.size() == b.size());
  for (const auto& object : a) {
    const std::string& name = object.first;
    INFO(name);
    REQUIRE(b.count(name) == 1);
    CHECK(b[name] == object.second);
  }
}

TEST_CASE("postgresql: a schema newer than the binary is refused and left untouched") {
  const std::string url = ServerOrSkip();
  if (url.empty()) return;
  const std::string db = FreshDb(url);
  Store::Open(db, {})->Close();
  {
    PgConn raw(db);
    raw.Exec("INSERT INTO schema_migrations VALUES (9999, 'from_the_future', 0)");
  }
  CHECK_THROWS_WITH_AS(Store::Open(db, {}), doctest::Contains("newer than this Parley knows"),
                       parley::Error);
  PgConn raw(db);
  CHECK(SchemaVersion(raw) == 9999);
}

TEST_CASE("postgresql: an unreachable server is a one-line error naming it, not its password") {
  // Needs no server: nothing listens in a directory that does not exist.
  const std::string db =
      "postgresql://parley:secret@/postgres?host=/nonexistent-parley-dir&connect_timeout=2";
  try {
    Store::Open(db, {});
    FAIL("opened a database that cannot exist");
  } catch (const parley::Error& e) {
    const std::string what = e.what();
    CHECK(e.code() == ErrorCode::kUnavailable);
    CHECK(what.find('\n') == std::string::npos);
    CHECK(what.find("secret") == std::string::npos);
    CHECK(what.find("nonexistent-parley-dir") != std::string::npos);
  }
}

TEST_CASE("postgresql: writers of two Stores never create the same entity twice") {
  // Two Stores are two processes as far as the database is concerned: each
  // has its own connections. Entities found by alias have no unique key to
  // fall back on; only the writer lock (an advisory lock held for the whole
  // write transaction) keeps the find-then-insert of one writer from
  // interleaving with the other's.
  const std::string url = ServerOrSkip();
  if (url.empty()) return;
  const std::string db = FreshDb(url);
  auto a = Store::Open(db, {});
  auto b = Store::Open(db, {});
  constexpr int kNames = 40;
  auto ingest = [](Store& store) {
    for (int i = 0; i < kNames; ++i) {
      auto txn = store.BeginWrite();
      const std::string norm = "person " + std::to_string(i);
      int64_t id = 0;
      auto found = txn->FindEntitiesByAlias(norm, "person");
      if (found.empty()) {
        id = txn->InsertEntity(Person("Person " + std::to_string(i), ""));
      } else {
        id = found.front().id;
      }
      txn->UpsertAlias(id, "Person " + std::to_string(i), norm, 1000);
      if (auto by_dict = txn->FindEntityByDictId("person:" + std::to_string(i)); !by_dict)
        txn->InsertEntity(Person("Dict " + std::to_string(i), "person:" + std::to_string(i)));
      txn->Commit();
    }
  };
  std::thread other([&] { ingest(*b); });
  ingest(*a);
  other.join();
  CHECK(a->BeginRead()->Counts().entities == 2 * kNames);
  PgConn raw(db);
  auto aliases = raw.Query("SELECT count(*), sum(mention_count) FROM aliases");
  CHECK(aliases.Int(0, 0) == kNames);
  CHECK(aliases.Int(0, 1) == 2 * kNames);
  // The change feed: one row per entity created, seq strictly increasing in
  // commit order.
  auto changes = raw.Query(
      "SELECT count(*), count(DISTINCT object_id), min(seq), max(seq) FROM changes WHERE op = "
      "'created'");
  CHECK(changes.Int(0, 0) == 2 * kNames);
  CHECK(changes.Int(0, 1) == 2 * kNames);
  a->Close();
  b->Close();
}

DocumentRow Doc(const std::string& hash) {
  DocumentRow d;
  d.text = "Text of " + hash;
  d.content_hash = hash;
  d.ingested_at = 1000;
  d.extractor_version = "t";
  return d;
}

TEST_CASE("postgresql: writers insert documents in parallel, then take the writer lock") {
  // Storing a document (its full-text vector, its index entries) is most of
  // a write's database time; writers do it before the writer lock, so
  // another writer's transaction does not hold it up, while the facts that
  // need resolution still wait for the lock.
  const std::string url = ServerOrSkip();
  if (url.empty()) return;
  const std::string db = FreshDb(url);
  auto a = Store::Open(db, {});
  auto b = Store::Open(db, {});
  auto first = a->BeginWrite();
  first->RecordChange("created", "document", first->InsertDocument(Doc("a1")), 1000);
  first->InsertEntity(Person("Sergey Lavrov", "person:lavrov"));  // holds the writer lock now
  std::atomic<int> stage{0};
  std::thread other([&] {
    auto second = b->BeginWrite();
    second->RecordChange("created", "document", second->InsertDocument(Doc("b1")), 1000);
    stage = 1;  // the document went in while `first` held the lock
    second->InsertEntity(Person("Marco Rubio", "person:rubio"));
    stage = 2;
    second->Commit();
  });
  for (int i = 0; i < 500 && stage < 1; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  CHECK(stage == 1);
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  CHECK(stage == 1);  // its entity waits for the writer lock
  first->Commit();
  first.reset();  // a Store closes after its write transaction ends
  other.join();
  CHECK(stage == 2);
  CHECK(a->BeginRead()->Counts().documents == 2);
  // The change feed is in commit order although the document ids need not be.
  PgConn raw(db);
  auto feed = raw.Query(
      "SELECT d.content_hash FROM changes c JOIN documents d ON d.id = c.object_id WHERE c.kind "
      "= 'document' ORDER BY c.seq");
  REQUIRE(feed.Rows() == 2);
  CHECK(feed.Text(0, 0) == "a1");
  CHECK(feed.Text(1, 0) == "b1");
  a->Close();
  b->Close();
}

TEST_CASE("postgresql: the same text stored by two writers at once lands once") {
  // The second insert waits for the first writer's transaction, then fails
  // with kConflict (the ingester retries and finds the document stored).
  const std::string url = ServerOrSkip();
  if (url.empty()) return;
  const std::string db = FreshDb(url);
  auto a = Store::Open(db, {});
  auto b = Store::Open(db, {});
  auto first = a->BeginWrite();
  first->InsertDocument(Doc("same"));
  std::atomic<bool> done{false};
  ErrorCode code = ErrorCode::kInternal;
  std::thread other([&] {
    auto second = b->BeginWrite();
    try {
      second->InsertDocument(Doc("same"));
    } catch (const Error& e) {
      code = e.code();
    }
    done = true;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  CHECK_FALSE(done.load());  // waiting for `first` to commit or roll back
  first->Commit();
  first.reset();  // a Store closes after its write transaction ends
  other.join();
  CHECK(code == ErrorCode::kConflict);
  CHECK(b->BeginWrite()->FindDocumentByHash("same").has_value());
  CHECK(a->BeginRead()->Counts().documents == 1);
  a->Close();
  b->Close();
}

TEST_CASE("postgresql: a commit through one Store moves another Store's DataVersion") {
  const std::string url = ServerOrSkip();
  if (url.empty()) return;
  const std::string db = FreshDb(url);
  auto writer = Store::Open(db, {});
  auto server = Store::Open(db, {});
  const uint64_t before = server->DataVersion();
  const auto start = std::chrono::steady_clock::now();
  {
    auto txn = writer->BeginWrite();
    txn->InsertEntity(Person("Kaja Kallas", "person:kallas"));
    txn->Commit();
  }
  // The listener's notice normally arrives within milliseconds; the bound
  // here only keeps a broken listener from hanging the test.
  while (server->DataVersion() == before &&
         std::chrono::steady_clock::now() - start < std::chrono::seconds(10))
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  CHECK(server->DataVersion() != before);
  MESSAGE("DataVersion moved after " << std::chrono::duration_cast<std::chrono::milliseconds>(
                                            std::chrono::steady_clock::now() - start)
                                            .count()
                                     << " ms");
  // A write in another schema (another graph) is not this Store's concern.
  const uint64_t settled = server->DataVersion();
  auto elsewhere = Store::Open(FreshDb(url), {});
  {
    auto txn = elsewhere->BeginWrite();
    txn->InsertEntity(Person("Someone Else", ""));
    txn->Commit();
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  CHECK(server->DataVersion() == settled);
  elsewhere->Close();
  server->Close();
  writer->Close();
}

TEST_CASE("postgresql: copy SQLite to PostgreSQL to SQLite keeps every row exactly") {
  const std::string url = ServerOrSkip();
  if (url.empty()) return;
  testing::TempDir dir;
  auto sqlite = Store::OpenSqlite(dir.File("a.db"), {});
  Fill(*sqlite);
  auto pg = Store::Open(FreshDb(url), {});
  auto back = Store::OpenSqlite(dir.File("b.db"), {});
  const CopyCounts there = CopyGraph(*sqlite, *pg);
  const CopyCounts again = CopyGraph(*pg, *back);
  CHECK(there == again);
  const auto rows = Rows(*sqlite);
  CHECK(rows.size() > 10);
  CHECK(Rows(*pg) == rows);
  CHECK(Rows(*back) == rows);
  // Ids continue after the copied ones, and search works on copied rows.
  {
    auto txn = pg->BeginWrite();
    const int64_t id = txn->InsertEntity(Person("Annalena Baerbock", ""));
    CHECK(id == 3);
    txn->Commit();
  }
  CHECK(pg->BeginGraph()->SearchDocuments("geneva", 0, 10).size() == 1);
  // A graph is never copied over another.
  CHECK_THROWS_AS(CopyGraph(*sqlite, *pg), parley::Error);
  pg->Close();
}
