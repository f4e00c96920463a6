// Tests for the pure request handler: routing, problem+json errors, auth,
// ETag, gzip, CORS and static files — no sockets involved.
#include "http/app.h"

#include <doctest/doctest.h>
#include <zlib.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "backend.h"
#include "http/content_coding.h"
#include "http/problem.h"
#include "http/router.h"
#include "test_util.h"

using namespace parley;
using namespace parley::http;
using nlohmann::json;

namespace {

Request Make(const std::string& method, const std::string& target, const std::string& body = {}) {
  Request r;
  r.method = method;
  r.target = target;
  r.body = body;
  return r;
}

void CheckProblem(const Response& r, int status) {
  CHECK(r.status == status);
  CHECK(r.content_type == "application/problem+json");
  json j = json::parse(r.body);
  CHECK(j["status"] == status);
  CHECK(j["title"].is_string());
  CHECK(j["detail"].is_string());
  CHECK(j["type"] == "about:blank");
}

struct Fixture {
  testing::TempDir dir;
  Config config;
  std::unique_ptr<store::Store> store;
  std::unique_ptr<App> app;
  Fixture() {
    config.write_token = "t0ken";
    config.body_limit = 4096;
    config.cors_origins = {"http://allowed.example"};
    config.web_root = dir.File("web");
    std::filesystem::create_directories(dir.path() / "web" / "assets");
    std::ofstream(dir.path() / "web" / "index.html") << "<!doctype html><title>Parley</title>";
    std::ofstream(dir.path() / "web" / "assets" / "app.js") << "console.log(1)";
    std::ofstream(dir.path() / "secret.txt") << "do not serve";
    store = store::Store::Open(testing::TestDb(dir, "db.sqlite"), {});
    app = std::make_unique<App>(config, *store, nullptr);
  }
};

}  // namespace

TEST_CASE("router matches patterns and captures parameters") {
  Router router;
  router.Add("GET", "/api/v1/things/{id}", [](const Request&, const PathParams& p) {
    return JsonResponse(200, json{{"id", p.at("id")}}.dump());
  });
  Request req = Make("GET", "/api/v1/things/42");
  req.path = "/api/v1/things/42";
  Response r = router.Handle(req);
  CHECK(r.status == 200);
  CHECK(json::parse(r.body)["id"] == "42");
  req.path = "/api/v1/things";
  CheckProblem(router.Handle(req), 404);
  req.method = "DELETE";
  req.path = "/api/v1/things/42";
  Response r405 = router.Handle(req);
  CheckProblem(r405, 405);
  CHECK(r405.Header("Allow") == "GET, HEAD");
}

TEST_CASE("targets decode safely") {
  std::string path;
  std::vector<std::pair<std::string, std::string>> q;
  REQUIRE(ParseTarget("/a%20b?q=x+y&z=%C3%A9&flag", &path, &q));
  CHECK(path == "/a b");
  REQUIRE(q.size() == 3);
  CHECK(q[0].second == "x y");
  CHECK(q[1].second == "\xC3\xA9");
  CHECK(q[2].first == "flag");
  CHECK_FALSE(ParseTarget("/a%2", &path, &q));
  CHECK_FALSE(ParseTarget("/a%00b", &path, &q));
  CHECK_FALSE(ParseTarget("relative", &path, &q));
  CHECK_FALSE(ParseTarget("/?q=%zz", &path, &q));
}

TEST_CASE("health answers with the schema version") {
  Fixture f;
  Response r = f.app->Handle(Make("GET", "/api/v1/health"));
  REQUIRE(r.status == 200);
  json j = json::parse(r.body);
  CHECK(j["status"] == "ok");
  CHECK(j["schema_version"] == f.store->NewestSchemaVersion());
  CHECK(j["counts"]["documents"] == 0);
  CHECK_FALSE(r.Header("X-Request-Id").empty());
}

TEST_CASE("unknown paths, wrong methods and big bodies get problem+json") {
  Fixture f;
  CheckProblem(f.app->Handle(Make("GET", "/api/v1/nope")), 404);
  Response r = f.app->Handle(Make("PUT", "/api/v1/health"));
  // Writes are authenticated before routing; with the token the 405 shows.
  CheckProblem(r, 401);
  Request put = Make("PUT", "/api/v1/health");
  put.headers["authorization"] = "Bearer t0ken";
  Response r405 = f.app->Handle(put);
  CheckProblem(r405, 405);
  CHECK(r405.Header("Allow").find("GET") != std::string::npos);
  Request big = Make("POST", "/api/v1/documents", std::string(5000, 'x'));
  big.headers["authorization"] = "Bearer t0ken";
  CheckProblem(f.app->Handle(big), 413);
  CheckProblem(f.app->Handle(Make("GET", "/api/v1/%zz")), 400);
}

TEST_CASE("writes need the bearer token") {
  Fixture f;
  Request post = Make("POST", "/api/v1/documents", R"({"text":"x"})");
  Response r = f.app->Handle(post);
  CheckProblem(r, 401);
  CHECK(r.Header("WWW-Authenticate").find("Bearer") == 0);
  post.headers["authorization"] = "Bearer wrong";
  CheckProblem(f.app->Handle(post), 401);
  post.headers["authorization"] = "Bearer t0ken";
  // No ingester in this fixture: authorised but unavailable.
  CheckProblem(f.app->Handle(post), 503);
  CHECK(TokenMatches("abc", "abc"));
  CHECK_FALSE(TokenMatches("abc", "abd"));
  CHECK_FALSE(TokenMatches("", ""));
  CHECK(BearerMatches("Bearer abc", "abc"));
  CHECK(BearerMatches("bearer abc", "abc"));        // the scheme is case-insensitive
  CHECK_FALSE(BearerMatches("Bearer ABC", "abc"));  // the token is not
  CHECK_FALSE(BearerMatches("Bearer abcd", "abc"));
  CHECK_FALSE(BearerMatches("abc", "abc"));
  CHECK_FALSE(BearerMatches("Bearer ", ""));
}

TEST_CASE("ETag and If-None-Match give 304") {
  Fixture f;
  Response first = f.app->Handle(Make("GET", "/assets/app.js"));
  REQUIRE(first.status == 200);
  const std::string etag = first.Header("ETag");
  REQUIRE_FALSE(etag.empty());
  Request again = Make("GET", "/assets/app.js");
  again.headers["if-none-match"] = etag;
  Response second = f.app->Handle(again);
  CHECK(second.status == 304);
  CHECK(second.body.empty());
}

TEST_CASE("large responses are gzipped for clients that accept it") {
  Fixture f;
  std::ofstream(f.dir.path() / "web" / "big.json") << std::string(10000, 'a');
  Request req = Make("GET", "/big.json");
  req.headers["accept-encoding"] = "gzip, deflate";
  Response r = f.app->Handle(req);
  REQUIRE(r.status == 200);
  CHECK(r.Header("Content-Encoding") == "gzip");
  CHECK(r.body.size() < 1000);
  // Inflate and compare.
  z_stream zs{};
  REQUIRE(inflateInit2(&zs, 15 + 16) == Z_OK);
  std::string out(20000, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(r.body.data());
  zs.avail_in = static_cast<uInt>(r.body.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  CHECK(inflate(&zs, Z_FINISH) == Z_STREAM_END);
  out.resize(zs.total_out);
  inflateEnd(&zs);
  CHECK(out == std::string(10000, 'a'));
}

TEST_CASE("CORS headers only for configured origins") {
  Fixture f;
  Request ok = Make("GET", "/api/v1/health");
  ok.headers["origin"] = "http://allowed.example";
  CHECK(f.app->Handle(ok).Header("Access-Control-Allow-Origin") == "http://allowed.example");
  Request bad = Make("GET", "/api/v1/health");
  bad.headers["origin"] = "http://evil.example";
  CHECK(f.app->Handle(bad).Header("Access-Control-Allow-Origin").empty());
  Request pre = Make("OPTIONS", "/api/v1/documents");
  pre.headers["origin"] = "http://allowed.example";
  Response r = f.app->Handle(pre);
  CHECK(r.status == 204);
  CHECK(r.Header("Access-Control-Allow-Methods").find("POST") != std::string::npos);
}

TEST_CASE("static files: index, SPA routes, no traversal") {
  Fixture f;
  Response index = f.app->Handle(Make("GET", "/"));
  CHECK(index.status == 200);
  CHECK(index.content_type.find("text/html") == 0);
  CHECK(f.app->Handle(Make("GET", "/assets/app.js")).content_type.find("javascript") !=
        std::string::npos);
  CHECK(f.app->Handle(Make("GET", "/entity/12")).status == 200);  // client-side route
  for (const char* evil :
       {"/../secret.txt", "/assets/../../secret.txt", "/%2e%2e/secret.txt",
        "/assets/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt", "/assets\\..\\..\\secret.txt"}) {
    INFO(evil);
    Response r = f.app->Handle(Make("GET", evil));
    CHECK(r.body.find("do not serve") == std::string::npos);
  }
  CheckProblem(f.app->Handle(Make("GET", "/missing.js")), 404);
  CheckProblem(f.app->Handle(Make("POST", "/index.html")), 405);
}

TEST_CASE("problem bodies carry the parameter name and no internals") {
  Response r = Problem(422, "bad date", "/api/v1/events", "from");
  json j = json::parse(r.body);
  CHECK(j["param"] == "from");
  CHECK(j["instance"] == "/api/v1/events");
}

TEST_CASE("Accept-Encoding: q-values, wildcards and identity (RFC 9110 12.5.3)") {
  using parley::http::EncodingQuality;
  using parley::http::PrefersGzip;
  CHECK(PrefersGzip("gzip"));
  CHECK(PrefersGzip("gzip, deflate, br"));
  CHECK(PrefersGzip("GZIP;q=0.5"));
  CHECK_FALSE(PrefersGzip("gzip;q=0"));
  CHECK_FALSE(PrefersGzip("gzip;q=0.000"));
  CHECK_FALSE(PrefersGzip(""));
  CHECK_FALSE(PrefersGzip("deflate"));
  CHECK(PrefersGzip("*"));
  CHECK_FALSE(PrefersGzip("*;q=0"));
  CHECK_FALSE(PrefersGzip("gzip;q=0.2, identity;q=0.8"));
  CHECK(PrefersGzip("identity;q=0, gzip;q=0.1"));
  CHECK(EncodingQuality("gzip;q=0.5", "gzip") == doctest::Approx(0.5));
  CHECK(EncodingQuality("", "identity") == 1.0);
  CHECK(EncodingQuality("*;q=0", "identity") == 0.0);
  // Malformed q-values never grant a coding.
  CHECK(EncodingQuality("gzip;q=2", "gzip") == 0.0);
  CHECK(EncodingQuality("gzip;q=abc", "gzip") == 0.0);
  CHECK(EncodingQuality("gzip;q=", "gzip") == 0.0);
}
