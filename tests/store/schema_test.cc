// Tests for the migrator and schema/schema.sql.
#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "base/error.h"
#include "base/strings.h"
#include "store/migrations.h"
#include "store/sqlite_db.h"
#include "store/store.h"
#include "test_util.h"

using namespace parley::store;

namespace {

std::string Collapse(const std::string& sql) {
  return parley::CollapseSeparators(
      sql, [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; });
}

std::map<std::string, std::string> Objects(SqliteDb& db) {
  std::map<std::string, std::string> out;
  auto q = db.Prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'");
  while (q.Step()) out[q.Text(0) + " " + q.Text(1)] = Collapse(q.Text(2));
  return out;
}

}  // namespace

TEST_CASE("migrating a new database applies every migration once") {
  parley::testing::TempDir dir;
  SqliteDb db(dir.File("a.db"), {});
  auto first = Migrate(db, EmbeddedMigrations());
  CHECK(first.from_version == 0);
  CHECK(first.to_version == EmbeddedMigrations().back().version);
  CHECK(first.applied.size() == EmbeddedMigrations().size());
  auto second = Migrate(db, EmbeddedMigrations());
  CHECK(second.applied.empty());
  CHECK(second.to_version == first.to_version);
  auto q = db.Prepare("SELECT count(*) FROM schema_migrations");
  REQUIRE(q.Step());
  CHECK(q.Int(0) == static_cast<int64_t>(EmbeddedMigrations().size()));
}

TEST_CASE("migrations are numbered consecutively from 1") {
  int expect = 1;
  for (const auto& m : EmbeddedMigrations()) CHECK(m.version == expect++);
}

TEST_CASE("a database newer than the binary is refused and left untouched") {
  parley::testing::TempDir dir;
  {
    SqliteDb db(dir.File("new.db"), {});
    Migrate(db, EmbeddedMigrations());
    db.Exec("PRAGMA user_version = 999");
  }
  SqliteDb db(dir.File("new.db"), {});
  CHECK_THROWS_WITH_AS(Migrate(db, EmbeddedMigrations()),
                       doctest::Contains("newer than this Parley"), parley::Error);
  CHECK(SchemaVersion(db) == 999);
  CHECK_THROWS_AS(Store::OpenSqlite(dir.File("new.db"), {}), parley::Error);
}

TEST_CASE("a failing migration rolls back whole") {
  parley::testing::TempDir dir;
  SqliteDb db(dir.File("f.db"), {});
  std::vector<Migration> ms = {{1, "0001_create_t", "CREATE TABLE t(x);"},
                               {2, "0002_break_things", "CREATE TABLE u(y); SELECT * FROM nope;"}};
  CHECK_THROWS_AS(Migrate(db, ms), parley::Error);
  CHECK(SchemaVersion(db) == 1);
  auto q = db.Prepare("SELECT count(*) FROM sqlite_master WHERE name = 'u'");
  REQUIRE(q.Step());
  CHECK(q.Int(0) == 0);
}

TEST_CASE("schema/schema.sql is exactly the migrated schema") {
  parley::testing::TempDir dir;
  SqliteDb migrated(dir.File("m.db"), {});
  Migrate(migrated, EmbeddedMigrations());
  std::ifstream in(parley::testing::SourceDir() / "schema" / "schema.sql");
  REQUIRE(in);
  std::stringstream ss;
  ss << in.rdbuf();
  SqliteDb fresh(dir.File("s.db"), {});
  fresh.Exec(ss.str());
  auto a = Objects(migrated), b = Objects(fresh);
  CHECK(a.size() == b.size());
  for (const auto& object : a) {
    // Not a structured binding: clang 14 cannot capture those in INFO's lambda.
    const std::string& name = object.first;
    INFO(name);
    REQUIRE(b.count(name) == 1);
    CHECK(b[name] == object.second);
  }
}

TEST_CASE("migration 0008 packs per-span provenance into one row per document and fact") {
  parley::testing::TempDir dir;
  SqliteDb db(dir.File("old.db"), {});
  const auto& all = EmbeddedMigrations();
  Migrate(db, std::vector<Migration>(all.begin(), all.begin() + 7));
  db.Exec(
      "INSERT INTO documents(id, ingested_at, content_hash, text, extractor_version) VALUES "
      "(1, 5, 'h', 'Lavrov met Witkoff. Lavrov smiled.', 'v1');"
      "INSERT INTO entities(id, type, name, first_seen, last_seen) VALUES "
      "(1, 'person', 'Sergey Lavrov', 5, 5), (2, 'person', 'Steve Witkoff', 5, 5);"
      "INSERT INTO roles(id, entity_id, title, first_seen, last_seen) VALUES (1, 1, 'minister', 5, "
      "5);"
      "INSERT INTO events(id, type, first_seen, last_seen) VALUES (1, 'meeting', 5, 5);"
      "INSERT INTO mentions(document_id, kind, entity_id, event_id, role_id, start, end, sentence, "
      "text, rule, extractor_version, created_at) VALUES "
      "(1, 'entity', 1, NULL, NULL, 20, 26, 1, 'Lavrov', NULL, 'v1', 5),"
      "(1, 'entity', 1, NULL, NULL, 0, 6, 0, 'Lavrov', NULL, 'v1', 5),"
      "(1, 'entity', 2, NULL, NULL, 11, 18, 0, 'Witkoff', NULL, 'v1', 5),"
      "(1, 'role', 1, NULL, 1, 0, 6, 0, 'Lavrov', NULL, 'v1', 5),"
      "(1, 'event', NULL, 1, NULL, 0, 19, 0, 'Lavrov met Witkoff.', 'meet', 'v1', 5),"
      "(1, 'participant', 1, 1, NULL, 0, 19, 0, 'Lavrov met Witkoff.', 'meet', 'v1', 5),"
      "(1, 'participant', 2, 1, NULL, 0, 19, 0, 'Lavrov met Witkoff.', 'meet', 'v1', 5);");
  Migrate(db, all);
  auto rows = db.Prepare(
      "SELECT kind, coalesce(entity_id, 0), coalesce(event_id, 0), start, end, span_count, "
      "coalesce(spans, ''), coalesce(participants, ''), coalesce(rule, '') FROM mentions "
      "ORDER BY kind, entity_id");
  std::vector<std::string> got;
  while (rows.Step()) {
    std::string line;
    for (int i = 0; i < 9; ++i) {
      if (i) line += '|';
      line += rows.Text(i);
    }
    got.push_back(line);
  }
  const std::vector<std::string> want = {
      "entity|1|0|0|6|2|[[0,6,0],[20,26,1]]||",
      "entity|2|0|11|18|1|||",
      "event|0|1|0|19|1||[1,2]|meet",
      "role|1|0|0|6|1|||",
  };
  CHECK(got == want);
  auto fk = db.Prepare("PRAGMA foreign_key_check");
  CHECK_FALSE(fk.Step());
}

TEST_CASE("migration 0009 rebuilds the document index from the documents already stored") {
  parley::testing::TempDir dir;
  SqliteDb db(dir.File("old.db"), {});
  const auto& all = EmbeddedMigrations();
  Migrate(db, std::vector<Migration>(all.begin(), all.begin() + 8));
  db.Exec(
      "INSERT INTO documents(id, title, ingested_at, content_hash, text, extractor_version) "
      "VALUES (1, 'Roundtable', 5, 'h', 'Lavrov met ambassadors in Moscow.', 'v1');"
      "INSERT INTO document_fts(rowid, title, text) VALUES (1, 'Roundtable', 'Lavrov met "
      "ambassadors in Moscow.');");
  Migrate(db, all);
  auto q = db.Prepare("SELECT rowid FROM document_fts WHERE document_fts MATCH '\"ambassador\"*'");
  REQUIRE(q.Step());
  CHECK(q.Int(0) == 1);
  q.Reset();
  CHECK_NOTHROW(db.Exec("INSERT INTO document_fts(document_fts) VALUES ('integrity-check')"));
}

TEST_CASE("a new database gets 8 KiB pages, an existing one keeps its page size") {
  parley::testing::TempDir dir;
  {
    SqliteDb fresh(dir.File("new.db"), {});
    auto q = fresh.Prepare("PRAGMA page_size");
    REQUIRE(q.Step());
    CHECK(q.Int(0) == 8192);
  }
  {
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open(dir.File("old.db").c_str(), &raw) == SQLITE_OK);
    sqlite3_exec(raw, "PRAGMA page_size=4096; CREATE TABLE t(x)", nullptr, nullptr, nullptr);
    sqlite3_close(raw);
  }
  SqliteDb old(dir.File("old.db"), {});
  auto q = old.Prepare("PRAGMA page_size");
  REQUIRE(q.Step());
  CHECK(q.Int(0) == 4096);
}

TEST_CASE("migration 0011 marks every date stored before it as stated in the text") {
  parley::testing::TempDir dir;
  SqliteDb db(dir.File("old.db"), {});
  const auto& all = EmbeddedMigrations();
  REQUIRE(all.size() >= 11);
  Migrate(db, std::vector<Migration>(all.begin(), all.begin() + 10));
  db.Exec(
      "INSERT INTO events(id, type, date, date_precision, first_seen, last_seen) VALUES "
      "(1, 'meeting', '2025-12-14', 'day', 5, 5), (2, 'meeting', NULL, NULL, 5, 5)");
  Migrate(db, all);
  auto q = db.Prepare("SELECT id, date_source FROM events ORDER BY id");
  REQUIRE(q.Step());
  CHECK(q.Text(1) == "text");
  REQUIRE(q.Step());
  CHECK(q.IsNull(1));
}
