// GET/POST /api/v1/sql (read-only SQL over the documented views) and
// GET /api/v1/aggregate, /api/v1/timeline over a hand-built graph through
// the App (issue 17): what is allowed answers; every attempt to write,
// attach, use pragmas, load extensions, run forever or read outside the
// views is refused with problem+json and leaves the database unchanged.
#include <doctest/doctest.h>
#include <zlib.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "base/hash.h"
#include "http/app.h"
#include "test_util.h"

using namespace parley;
using namespace parley::http;
using nlohmann::json;

namespace {

Request Get(const std::string& target) {
  Request r;
  r.method = "GET";
  r.target = target;
  return r;
}

Request Post(const std::string& target, const json& body) {
  Request r;
  r.method = "POST";
  r.target = target;
  r.body = body.dump();
  r.headers["content-type"] = "application/json";
  return r;
}

std::string FileBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Lavrov (RUS) meets Kuleba (UKR) on a day, in a month and in a year; one
// call on another day.
struct Fixture {
  testing::TempDir dir;
  Config config;
  std::unique_ptr<store::Store> store;
  std::unique_ptr<App> app;
  int64_t lavrov = 0, kuleba = 0;

  Fixture() {
    config.write_token = "t0ken";
    config.cache_mb = 0;
    config.sql_timeout_ms = 300;
    store = store::Store::OpenSqlite(dir.File("db.sqlite"), {});
    auto w = store->BeginWrite();
    auto entity = [&](const std::string& name, const std::string& country) {
      store::EntityRow e;
      e.type = "person";
      e.name = name;
      e.country = country;
      e.first_seen = e.last_seen = 1;
      return w->InsertEntity(e);
    };
    lavrov = entity("Sergey Lavrov", "RUS");
    kuleba = entity("Dmytro Kuleba", "UKR");
    auto event = [&](const std::string& type, const std::string& date, const std::string& prec,
                     double goldstein) {
      store::EventRow v;
      v.type = type;
      v.date = date;
      v.date_precision = prec;
      v.cameo = "040";
      v.plover = "CONSULT";
      v.quad_class = 1;
      v.goldstein = goldstein;
      v.first_seen = v.last_seen = 1;
      const int64_t id = w->InsertEvent(v);
      w->UpsertParticipant({id, lavrov, "host"}, 1);
      w->UpsertParticipant({id, kuleba, "guest"}, 1);
      return id;
    };
    event("meeting", "2022-03-10", "day", 1.0);
    event("meeting", "2022-03", "month", 3.0);
    event("meeting", "2022", "year", 2.0);
    event("call", "2022-04-02", "day", 1.0);
    w->Commit();
    Reopen();
  }
  void Reopen() { app = std::make_unique<App>(config, *store, nullptr); }

  // The database file and its WAL, to prove nothing was written.
  std::string Snapshot() {
    return Sha256Hex(FileBytes(dir.File("db.sqlite")) + FileBytes(dir.File("db.sqlite-wal")));
  }
};

void CheckRefused(const Response& r, int status = 400) {
  INFO(r.body);
  CHECK(r.status == status);
  CHECK(r.content_type == "application/problem+json");
  CHECK(json::parse(r.body)["detail"].is_string());
}

}  // namespace

TEST_CASE("sql: a SELECT over the views answers columns and rows, JSON or CSV") {
  Fixture f;
  auto r = f.app->Handle(
      Get("/api/v1/sql?sql=SELECT%20type%2C%20count(*)%20AS%20n%2C%20cameo%20FROM%20events%20GROUP"
          "%20BY%20type%20ORDER%20BY%20type"));
  INFO(r.body);
  REQUIRE(r.status == 200);
  json j = json::parse(r.body);
  CHECK(j["columns"] == json({"type", "n", "cameo"}));
  CHECK(j["rows"] == json::parse(R"([["call", 1, "040"], ["meeting", 3, "040"]])"));
  CHECK(j["truncated"] == false);
  auto csv = f.app->Handle(Post("/api/v1/sql", {{"sql",
                                                 "SELECT name, country FROM entities "
                                                 "ORDER BY id"},
                                                {"format", "csv"}}));
  REQUIRE(csv.status == 200);
  CHECK(csv.content_type.find("text/csv") == 0);
  CHECK(csv.body ==
        "\"name\",\"country\"\r\n\"Sergey Lavrov\",\"RUS\"\r\n\"Dmytro Kuleba\",\"UKR\"\r\n");
  // Every documented view is readable, including the dyads.
  for (const char* view : {"entities", "events", "participants", "evidence", "documents", "dyads"})
    CHECK(f.app->Handle(Post("/api/v1/sql", {{"sql", std::string("SELECT * FROM ") + view}}))
              .status == 200);
  auto dyads = f.app->Handle(
      Post("/api/v1/sql", {{"sql", "SELECT DISTINCT source_id, target_id FROM dyads"}}));
  CHECK(json::parse(dyads.body)["rows"] == json::array({json::array({f.lavrov, f.kuleba})}));
}

TEST_CASE("sql: count(*) over every view answers, a table outside them stays refused") {
  // Regression: SQLite reports a table no column of which is read (count(*))
  // without the view that named it, and the authorizer refused
  // "SELECT count(*) FROM events" and every query over dyads.
  Fixture f;
  for (const char* view :
       {"entities", "events", "participants", "evidence", "documents", "dyads"}) {
    INFO(view);
    auto r =
        f.app->Handle(Post("/api/v1/sql", {{"sql", std::string("SELECT count(*) FROM ") + view}}));
    CHECK(r.status == 200);
  }
  auto events = f.app->Handle(Post("/api/v1/sql", {{"sql", "SELECT count(*) FROM events"}}));
  CHECK(json::parse(events.body)["rows"] == json::parse("[[4]]"));
  auto named = f.app->Handle(Post(
      "/api/v1/sql", {{"sql",
                       "SELECT s.name, t.name, count(*) FROM dyads d JOIN entities s ON s.id = "
                       "d.source_id JOIN entities t ON t.id = d.target_id GROUP BY 1, 2"}}));
  REQUIRE(named.status == 200);
  CHECK(json::parse(named.body)["rows"] ==
        json::parse(R"([["Sergey Lavrov", "Dmytro Kuleba", 4]])"));
  CheckRefused(f.app->Handle(Post("/api/v1/sql", {{"sql", "SELECT count(*) FROM aliases"}})));
  CheckRefused(f.app->Handle(Post("/api/v1/sql", {{"sql", "SELECT rowid FROM main.events"}})));
}

TEST_CASE("sql: parameters are bound, never interpolated") {
  Fixture f;
  auto named = f.app->Handle(
      Get("/api/v1/sql?sql=SELECT%20id%20FROM%20entities%20WHERE%20country%20%3D%20%3Ac&c=UKR"));
  REQUIRE(named.status == 200);
  CHECK(json::parse(named.body)["rows"] == json::array({json::array({f.kuleba})}));
  // An injection attempt is a value that matches nothing.
  auto inject =
      f.app->Handle(Post("/api/v1/sql", {{"sql", "SELECT id FROM entities WHERE name = :n"},
                                         {"params", {{"n", "x' OR 1=1 --"}}}}));
  REQUIRE(inject.status == 200);
  CHECK(json::parse(inject.body)["rows"].empty());
  auto positional = f.app->Handle(
      Post("/api/v1/sql", {{"sql", "SELECT count(*) FROM events WHERE type = ? AND goldstein > ?"},
                           {"params", {"meeting", 1.5}}}));
  REQUIRE(positional.status == 200);
  CHECK(json::parse(positional.body)["rows"] == json::parse("[[2]]"));
  // A parameter without a value, or a value for no parameter, is an error.
  CheckRefused(f.app->Handle(Post("/api/v1/sql", {{"sql", "SELECT :x"}})), 422);
  CheckRefused(f.app->Handle(Post("/api/v1/sql", {{"sql", "SELECT 1"}, {"params", {{"y", 1}}}})),
               422);
}

TEST_CASE("sql: writes, ATTACH, pragmas, extensions, tables and endless queries are refused") {
  Fixture f;
  const std::string before = f.Snapshot();
  const char* attempts[] = {
      "INSERT INTO events(type, first_seen, last_seen) VALUES ('x', 1, 1)",
      "UPDATE entities SET name = 'x'",
      "DELETE FROM entities",
      "DROP VIEW analyst_events",
      "CREATE TABLE t(x)",
      "CREATE TEMP TABLE t(x)",
      "ATTACH DATABASE ':memory:' AS other",
      "ATTACH DATABASE 'other.db' AS other",
      "PRAGMA table_info(events)",
      "PRAGMA writable_schema = 1",
      "SELECT * FROM pragma_table_info('events')",
      "SELECT load_extension('/tmp/evil')",
      "SELECT * FROM main.events",
      "SELECT * FROM mentions",
      "SELECT * FROM sqlite_master",
      "SELECT * FROM sqlite_temp_master",
      "SELECT * FROM analyst_events a JOIN aliases b ON 1",
      "SELECT 1; DELETE FROM entities",
      "BEGIN",
      "VACUUM",
      "REINDEX",
      "ANALYZE",
      "SELEC 1",
      "",
  };
  for (const char* sql : attempts) {
    INFO(sql);
    CheckRefused(f.app->Handle(Post("/api/v1/sql", {{"sql", sql}})));
  }
  // Forever: interrupted at the time limit.
  auto forever = f.app->Handle(
      Post("/api/v1/sql",
           {{"sql",
             "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) "
             "FROM c"}}));
  CheckRefused(forever, 422);
  CHECK(json::parse(forever.body)["detail"].get<std::string>().find("ms") != std::string::npos);
  CHECK(f.Snapshot() == before);
  // Still answering afterwards; nothing changed.
  auto count = f.app->Handle(Post("/api/v1/sql", {{"sql", "SELECT count(*) FROM events"}}));
  CHECK(json::parse(count.body)["rows"] == json::parse("[[4]]"));
}

TEST_CASE("sql: a row cap with truncated, a setting to disable it, the read token") {
  Fixture f;
  auto capped = f.app->Handle(
      Post("/api/v1/sql", {{"sql", "SELECT id FROM events ORDER BY id"}, {"limit", 2}}));
  REQUIRE(capped.status == 200);
  CHECK(json::parse(capped.body)["rows"].size() == 2);
  CHECK(json::parse(capped.body)["truncated"] == true);
  // POST is a read: no write token needed while reads are open.
  f.config.read_requires_token = true;
  f.Reopen();
  CheckRefused(f.app->Handle(Post("/api/v1/sql", {{"sql", "SELECT 1"}})), 401);
  CheckRefused(f.app->Handle(Get("/api/v1/sql?sql=SELECT%201")), 401);
  auto with_token = Post("/api/v1/sql", {{"sql", "SELECT 1"}});
  with_token.headers["authorization"] = "Bearer t0ken";
  CHECK(f.app->Handle(with_token).status == 200);
  f.config.read_requires_token = false;
  f.config.sql_enabled = false;
  f.Reopen();
  CheckRefused(f.app->Handle(Post("/api/v1/sql", {{"sql", "SELECT 1"}})), 404);
}

TEST_CASE("aggregate: weekly dyadic counts keep month- and year-precision events") {
  Fixture f;
  auto r = f.app->Handle(Get("/api/v1/aggregate?group_by=period,source,target&bucket=week"));
  INFO(r.body);
  REQUIRE(r.status == 200);
  json j = json::parse(r.body);
  CHECK(j["total_events"] == 4);
  std::vector<std::string> periods;
  for (const auto& item : j["items"]) {
    periods.push_back(item["period"]);
    CHECK(item["source"]["id"] == f.lavrov);
    CHECK(item["target"]["name"] == "Dmytro Kuleba");
  }
  CHECK(periods == std::vector<std::string>{"2022", "2022-03", "2022-W10", "2022-W13"});
  CHECK(j["items"][1]["period_precision"] == "month");
  // Counts and means by country and quad class, filtered by dyad and types.
  auto by = f.app->Handle(
      Get("/api/v1/aggregate?group_by=source_country,quad_class&type=meeting,"
          "call&dyad=" +
          std::to_string(f.lavrov) + "," + std::to_string(f.kuleba) + "&directed=true&from=2022"));
  REQUIRE(by.status == 200);
  json items = json::parse(by.body)["items"];
  REQUIRE(items.size() == 1);
  CHECK(items[0]["source_country"] == "RUS");
  CHECK(items[0]["quad_class"] == 1);
  CHECK(items[0]["events"] == 4);
  CHECK(items[0]["goldstein_mean"] == doctest::Approx(7.0 / 4));
  // Directed the other way: nothing.
  auto reverse =
      f.app->Handle(Get("/api/v1/aggregate?group_by=type&dyad=" + std::to_string(f.kuleba) + "," +
                        std::to_string(f.lavrov) + "&directed=true"));
  CHECK(json::parse(reverse.body)["total_events"] == 0);
  CheckRefused(f.app->Handle(Get("/api/v1/aggregate?group_by=colour")), 422);
  CheckRefused(f.app->Handle(Get("/api/v1/aggregate")), 400);
}

TEST_CASE("timeline: week buckets never say \"\" or -4707-Wnn, from=2022 is accepted") {
  // Regression: strftime('%Y-W%W', '2022') gave "-4707-W..", "2022-03" gave "".
  Fixture f;
  auto r = f.app->Handle(Get("/api/v1/timeline?bucket=week&from=2022"));
  INFO(r.body);
  REQUIRE(r.status == 200);
  int64_t n = 0;
  const json timeline = json::parse(r.body);
  for (const auto& p : timeline["series"]) {
    const std::string period = p["period"];
    CHECK(!period.empty());
    CHECK(period[0] != '-');
    for (const auto& [type, c] : p["counts"].items()) n += c.get<int64_t>();
  }
  CHECK(n == 4);
  // from/to of month precision keep the year- and month-precision events.
  auto march = f.app->Handle(Get("/api/v1/events?from=2022-03-05&to=2022-03"));
  REQUIRE(march.status == 200);
  CHECK(json::parse(march.body)["items"].size() == 3);
}

namespace {

std::string Drain(const Response& r) {
  std::string out, chunk;
  bool more = true;
  while (more) {
    chunk.clear();
    more = r.stream(&chunk);
    out += chunk;
  }
  return out;
}

std::string Gunzip(const std::string& in) {
  z_stream zs{};
  REQUIRE(inflateInit2(&zs, 15 + 16) == Z_OK);
  std::string out;
  char buf[16384];
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  int rc = Z_OK;
  while (rc != Z_STREAM_END) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    rc = inflate(&zs, Z_NO_FLUSH);
    REQUIRE((rc == Z_OK || rc == Z_STREAM_END));
    out.append(buf, sizeof buf - zs.avail_out);
  }
  inflateEnd(&zs);
  return out;
}

}  // namespace

TEST_CASE("exports are gzipped by q-value, cached answers have one ETag per encoding") {
  // Regression: exports were never gzipped; gzip and plain shared an ETag.
  Fixture f;
  Request plain = Get("/api/v1/export/ndjson");
  Response p = f.app->Handle(plain);
  REQUIRE(p.stream);
  CHECK(p.Header("Content-Encoding").empty());
  const std::string body = Drain(p);
  Request gz = Get("/api/v1/export/ndjson");
  gz.headers["accept-encoding"] = "gzip, deflate";
  Response g = f.app->Handle(gz);
  REQUIRE(g.stream);
  CHECK(g.Header("Content-Encoding") == "gzip");
  CHECK(g.Header("Vary").find("Accept-Encoding") != std::string::npos);
  CHECK(Gunzip(Drain(g)) == body);
  Request refused = Get("/api/v1/export/ndjson");
  refused.headers["accept-encoding"] = "gzip;q=0, identity";
  CHECK(f.app->Handle(refused).Header("Content-Encoding").empty());

  Request a = Get("/api/v1/openapi.json");
  Response ra = f.app->Handle(a);
  Request b = Get("/api/v1/openapi.json");
  b.headers["accept-encoding"] = "gzip";
  Response rb = f.app->Handle(b);
  REQUIRE(rb.Header("Content-Encoding") == "gzip");
  CHECK_FALSE(ra.Header("ETag").empty());
  CHECK(ra.Header("ETag") != rb.Header("ETag"));
  b.headers["if-none-match"] = rb.Header("ETag");
  CHECK(f.app->Handle(b).status == 304);
  b.headers["if-none-match"] = ra.Header("ETag");
  CHECK(f.app->Handle(b).status == 200);
}

TEST_CASE("health answers without a token when reads need one, saying only up or down") {
  // Regression: the Docker health check failed once reads required a token.
  Fixture f;
  f.config.read_requires_token = true;
  f.Reopen();
  Response open = f.app->Handle(Get("/api/v1/health"));
  REQUIRE(open.status == 200);
  json j = json::parse(open.body);
  CHECK(j["status"] == "ok");
  CHECK_FALSE(j.contains("counts"));
  Request with = Get("/api/v1/health");
  with.headers["authorization"] = "Bearer t0ken";
  CHECK(json::parse(f.app->Handle(with).body).contains("counts"));
  CHECK(f.app->Handle(Get("/api/v1/stats")).status == 401);
}

TEST_CASE("/docs is the API viewer, not the web app, no CDN") {
  // Regression: /docs answered the single-page app.
  Fixture f;
  Response page = f.app->Handle(Get("/docs"));
  REQUIRE(page.status == 200);
  CHECK(page.body.find("<redoc spec-url=\"/api/v1/openapi.json\"") != std::string::npos);
  CHECK(page.body.find("src=\"/docs/redoc.standalone.js\"") != std::string::npos);
  CHECK(page.body.find("https://") == std::string::npos);
  Response js = f.app->Handle(Get("/docs/redoc.standalone.js"));
  if (js.status == 503) {
    MESSAGE("tools/apidocs not installed (npm ci); the viewer's script was not served");
  } else {
    CHECK(js.status == 200);
    CHECK(js.content_type.rfind("text/javascript", 0) == 0);
    CHECK(js.body.size() > 100000);
  }
  CHECK(f.app->Handle(Get("/docs/../secret")).status == 404);
}

TEST_CASE("lists say more, and link the next page in a Link header") {
  Fixture f;
  Response r = f.app->Handle(Get("/api/v1/events?limit=1"));
  REQUIRE(r.status == 200);
  json j = json::parse(r.body);
  CHECK(j["more"] == true);
  CHECK(r.Header("Link") == "<" + j["next"].get<std::string>() + ">; rel=\"next\"");
  Response last = f.app->Handle(Get("/api/v1/events?limit=100"));
  CHECK(json::parse(last.body)["more"] == false);
  CHECK(last.Header("Link").empty());
}
