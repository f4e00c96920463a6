// Store::RunSql (the read-only SQL interface of store/sql_query.h) through
// the store itself, against SQLite or PostgreSQL (tests/backend.h): one
// SELECT over the documented views, parameters bound in SQLite's styles,
// everything else refused with the same ErrorCode and parameter on both
// backends. The HTTP route's own tests (tests/http/analyst_routes_test.cc)
// run over SQLite.
#include <doctest/doctest.h>

#include <string>

#include "backend.h"
#include "base/error.h"
#include "store/store.h"
#include "test_util.h"

using namespace parley;
using namespace parley::store;

namespace {

struct SqlGraph {
  testing::TempDir dir;
  std::unique_ptr<Store> store = Store::Open(testing::TestDb(dir, "sql.db"), {});
  int64_t ada = 0, bea = 0, meeting = 0, call = 0;

  SqlGraph() {
    auto w = store->BeginWrite();
    EntityRow e;
    e.type = "person";
    e.first_seen = e.last_seen = 1;
    e.name = "Ada";
    e.country = "GBR";
    ada = w->InsertEntity(e);
    e.name = "Bea";
    e.country = "UKR";
    bea = w->InsertEntity(e);
    EventRow v;
    v.first_seen = v.last_seen = 1;
    v.type = "meeting";
    v.label = "Ada meets Bea";
    v.date = "2024-05-01";
    v.date_source = "text";
    v.goldstein = 1.5;
    meeting = w->InsertEvent(v);
    v.type = "call";
    v.label = "Bea calls Ada";
    v.date = "2024-06";
    v.date_source = "published";
    v.goldstein = 2.5;
    call = w->InsertEvent(v);
    w->UpsertParticipant({meeting, ada, "source"}, 1);
    w->UpsertParticipant({meeting, bea, "target"}, 1);
    w->UpsertParticipant({call, bea, "source"}, 1);
    w->UpsertParticipant({call, ada, "target"}, 1);
    w->Commit();
  }

  SqlAnswer Run(const std::string& sql, std::vector<SqlValue> positional = {},
                std::vector<std::pair<std::string, SqlValue>> named = {}, int max_rows = 1000) {
    SqlRequest r;
    r.sql = sql;
    r.positional = std::move(positional);
    r.named = std::move(named);
    r.max_rows = max_rows;
    return store->RunSql(r);
  }
};

// The ErrorCode a request ends with (kInternal when it does not throw).
ErrorCode CodeOf(SqlGraph& g, const std::string& sql, std::vector<SqlValue> positional = {},
                 std::vector<std::pair<std::string, SqlValue>> named = {}) {
  try {
    g.Run(sql, std::move(positional), std::move(named));
  } catch (const Error& e) {
    const std::string what = e.what();
    INFO(what);
    CHECK(what.rfind("sql: ", 0) == 0);
    return e.code();
  }
  return ErrorCode::kInternal;
}

}  // namespace

TEST_CASE("sql interface: a SELECT over every view answers columns and typed rows") {
  SqlGraph g;
  auto a = g.Run("SELECT id, name, country FROM entities ORDER BY id");
  REQUIRE(a.columns == std::vector<std::string>{"id", "name", "country"});
  REQUIRE(a.rows.size() == 2);
  CHECK(std::get<int64_t>(a.rows[0][0]) == g.ada);
  CHECK(std::get<std::string>(a.rows[1][1]) == "Bea");
  CHECK_FALSE(a.truncated);
  auto sum = g.Run("SELECT sum(goldstein) AS s, count(*) AS n FROM events");
  CHECK(std::get<double>(sum.rows.at(0).at(0)) == doctest::Approx(4.0));
  CHECK(std::get<int64_t>(sum.rows.at(0).at(1)) == 2);
  for (const char* view : {"entities", "events", "participants", "evidence", "documents", "dyads",
                           "analyst_events", "analyst_dyads"}) {
    INFO(view);
    CHECK_NOTHROW(g.Run(std::string("SELECT * FROM ") + view));
    CHECK_NOTHROW(g.Run(std::string("SELECT count(*) FROM ") + view));
  }
  // The dyads view picks source and target by role.
  auto d = g.Run("SELECT source_id, target_id FROM dyads WHERE event_id = ?", {g.call});
  REQUIRE(d.rows.size() == 1);
  CHECK(std::get<int64_t>(d.rows[0][0]) == g.bea);
  CHECK(std::get<int64_t>(d.rows[0][1]) == g.ada);
  auto w = g.Run("WITH c AS (SELECT type FROM events) SELECT count(*) FROM c");
  CHECK(std::get<int64_t>(w.rows.at(0).at(0)) == 2);
}

// Migrations 0012 (SQLite) and 0004 (PostgreSQL): date_source joined the
// views as their last column, under both names of each view.
TEST_CASE("sql interface: events and dyads say where each date comes from") {
  SqlGraph g;
  for (const char* view : {"events", "analyst_events"}) {
    INFO(view);
    auto a = g.Run(std::string("SELECT * FROM ") + view + " ORDER BY id");
    REQUIRE(a.columns.size() == 23);
    CHECK(a.columns.back() == "date_source");
    REQUIRE(a.rows.size() == 2);
    CHECK(std::get<std::string>(a.rows[0].back()) == "text");
    CHECK(std::get<std::string>(a.rows[1].back()) == "published");
  }
  for (const char* view : {"dyads", "analyst_dyads"}) {
    INFO(view);
    auto d = g.Run(std::string("SELECT * FROM ") + view + " WHERE event_id = ?", {g.call});
    REQUIRE(d.columns.size() == 13);
    CHECK(d.columns.back() == "date_source");
    REQUIRE(d.rows.size() == 1);
    CHECK(std::get<std::string>(d.rows[0].back()) == "published");
  }
  auto stated = g.Run("SELECT id FROM events WHERE date_source = 'text'");
  REQUIRE(stated.rows.size() == 1);
  CHECK(std::get<int64_t>(stated.rows[0][0]) == g.meeting);
}

TEST_CASE("sql interface: parameters by position and name, never interpolated") {
  SqlGraph g;
  auto named = g.Run("SELECT id FROM entities WHERE country = :c", {}, {{"c", std::string("UKR")}});
  REQUIRE(named.rows.size() == 1);
  CHECK(std::get<int64_t>(named.rows[0][0]) == g.bea);
  auto at = g.Run("SELECT id FROM entities WHERE name = @n", {}, {{"n", std::string("Ada")}});
  REQUIRE(at.rows.size() == 1);
  CHECK(std::get<int64_t>(at.rows[0][0]) == g.ada);
  auto two = g.Run("SELECT count(*) FROM events WHERE type = ? AND goldstein > ?",
                   {std::string("call"), 2.0});
  CHECK(std::get<int64_t>(two.rows.at(0).at(0)) == 1);
  auto numbered = g.Run("SELECT count(*) FROM events WHERE goldstein > ?2 AND type <> ?1",
                        {std::string("x"), 2});
  CHECK(std::get<int64_t>(numbered.rows.at(0).at(0)) == 1);
  // A value that looks like SQL is a value.
  auto quoted = g.Run("SELECT count(*) FROM entities WHERE name = :n", {},
                      {{"n", std::string("Ada' OR '1'='1")}});
  CHECK(std::get<int64_t>(quoted.rows.at(0).at(0)) == 0);
  // A '?' or ':x' inside a literal or a comment is no parameter.
  auto literal = g.Run("SELECT '?:x' AS s -- :y ?\n");
  CHECK(std::get<std::string>(literal.rows.at(0).at(0)) == "?:x");
  CHECK(CodeOf(g, "SELECT :x") == ErrorCode::kUnprocessable);
  CHECK(CodeOf(g, "SELECT 1", {}, {{"y", int64_t{1}}}) == ErrorCode::kUnprocessable);
  CHECK(CodeOf(g, "SELECT ?", {int64_t{1}, int64_t{2}}) == ErrorCode::kUnprocessable);
}

TEST_CASE("sql interface: writes, tables, several statements and other SQL are refused") {
  SqlGraph g;
  const char* attempts[] = {
      "DELETE FROM events",
      "UPDATE entities SET name = 'x'",
      "INSERT INTO entities(name) VALUES ('x')",
      "DROP VIEW events",
      "CREATE TABLE x(a)",
      "SELECT 1; DELETE FROM events",
      "SELECT * FROM aliases",
      "SELECT * FROM changes",
      "SELECT * FROM schema_migrations",
      "BEGIN",
  };
  for (const char* sql : attempts) {
    INFO(sql);
    CHECK(CodeOf(g, sql) == ErrorCode::kInvalidArgument);
  }
  CHECK(CodeOf(g, "SELECT nonsense FROM nowhere") == ErrorCode::kInvalidArgument);
  // Nothing changed.
  auto n = g.Run("SELECT count(*) FROM events");
  CHECK(std::get<int64_t>(n.rows.at(0).at(0)) == 2);
}

TEST_CASE("sql interface: PostgreSQL keeps queries to the views and out of the role") {
  if (!testing::PgBackend()) {
    MESSAGE("skipped against SQLite: checks PostgreSQL's schemas, role and functions");
    return;
  }
  SqlGraph g;
  const char* attempts[] = {
      "SELECT * FROM public.entities",
      "SELECT name FROM pg_catalog.pg_authid",
      "SELECT set_config('role', 'parley', true)",
      "SELECT \"set_config\"('role', 'parley', true)",
      "SELECT query_to_xml('SELECT 1', true, true, '')",
      "SELECT pg_read_file('/etc/passwd')",
      "WITH d AS (DELETE FROM events RETURNING id) SELECT * FROM d",
      "SELECT nextval('events_id_seq')",
  };
  for (const char* sql : attempts) {
    INFO(sql);
    CHECK(CodeOf(g, sql) == ErrorCode::kInvalidArgument);
  }
  // The graph's own tables, named by their schema, are refused too: the
  // role may read the views' schema ("<graph schema>_sql") only.
  const std::string views = [&] {
    auto a = g.Run("SELECT current_schema()");
    return std::get<std::string>(a.rows.at(0).at(0));
  }();
  REQUIRE(views.size() > 4);
  REQUIRE(views.substr(views.size() - 4) == "_sql");
  const std::string graph = views.substr(0, views.size() - 4);
  CHECK(CodeOf(g, "SELECT * FROM " + graph + ".aliases") == ErrorCode::kInvalidArgument);
  CHECK(CodeOf(g, "SELECT * FROM " + graph + ".events") == ErrorCode::kInvalidArgument);
  CHECK(CodeOf(g, "SELECT * FROM " + graph + ".analyst_events") == ErrorCode::kInvalidArgument);
  // Casts and dollar quotes are PostgreSQL's, not parameters.
  auto cast = g.Run("SELECT '7'::int AS n, $$a:b ?$$ AS s");
  CHECK(std::get<int64_t>(cast.rows.at(0).at(0)) == 7);
  CHECK(std::get<std::string>(cast.rows.at(0).at(1)) == "a:b ?");
}

TEST_CASE("sql interface: a row cap says truncated, a slow query stops in time") {
  SqlGraph g;
  auto capped = g.Run("SELECT id FROM events ORDER BY id", {}, {}, 1);
  CHECK(capped.rows.size() == 1);
  CHECK(capped.truncated);
  auto exact = g.Run("SELECT id FROM events ORDER BY id", {}, {}, 2);
  CHECK(exact.rows.size() == 2);
  CHECK_FALSE(exact.truncated);
  SqlRequest slow;
  slow.sql =
      "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000000) "
      "SELECT count(*) FROM n";
  slow.timeout_ms = 100;
  try {
    g.store->RunSql(slow);
    FAIL("an endless query returned");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::kUnprocessable);
  }
}
