// The bad-input catalogue: hostile and malformed requests against the real
// server. Each gets a 4xx problem+json (or, for a harmless search string, an
// ordinary answer) without internal details; the server stays up and the
// database unchanged.
#include <doctest/doctest.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

#include "server_process.h"

using namespace parley::testing;
using nlohmann::json;

namespace {

const char* kToken = "bad-input-token";

// What no response may reveal.
void CheckNoInternals(const std::string& body) {
  for (const char* leak :
       {"sqlite", "SQLITE", "SELECT ", "syntax error", "std::", "Traceback", "/work/", ".cc:"}) {
    INFO(leak);
    CHECK(body.find(leak) == std::string::npos);
  }
}

void CheckClientError(const HttpResult& r, const std::string& what) {
  INFO(what);
  CHECK(r.status >= 400);
  CHECK(r.status < 500);
  CHECK(r.headers.at("content-type") == "application/problem+json");
  json j = json::parse(r.body, nullptr, false);
  CHECK_FALSE(j.is_discarded());
  CheckNoInternals(r.body);
}

}  // namespace

TEST_CASE("bad input catalogue: every hostile request is a clean 4xx") {
  ServerProcess server({"--write-token", kToken}, {{"PARLEY_BODY_LIMIT", "65536"}});
  const int port = server.port();
  const std::map<std::string, std::string> auth = {
      {"Authorization", std::string("Bearer ") + kToken}, {"Content-Type", "application/json"}};
  auto counts = [&] { return json::parse(Fetch(port, "GET", "/api/v1/health").body)["counts"]; };
  const json before = counts();

  // Bodies of POST /documents.
  const std::vector<std::pair<std::string, std::string>> bodies = {
      {"malformed JSON", "{\"text\": "},
      {"wrong type", "{\"text\": 42}"},
      {"array of junk", "[1, 2, 3]"},
      {"empty array", "[]"},
      {"empty text", "{\"text\": \"\"}"},
      {"bad date", "{\"text\": \"x\", \"published_at\": \"31/12/2025\"}"},
      {"negative date", "{\"text\": \"x\", \"published_at\": \"-2025-01-01\"}"},
      {"huge number", "{\"text\": \"x\", \"title\": 1e999999}"},
      {"NUL in JSON", std::string("{\"text\": \"a\0b\"}", 15)},
      {"invalid UTF-8", "{\"text\": \"caf\xC3\x28\"}"},
      {"deep nesting", std::string(5000, '[') + std::string(5000, ']')},
      {"SQL in fields",
       "{\"text\": \"x'); DROP TABLE documents; --\", \"published_at\": \"' OR 1=1 --\"}"},
  };
  for (const auto& [what, body] : bodies)
    CheckClientError(Fetch(port, "POST", "/api/v1/documents", body, auth), what);
  CheckClientError(Fetch(port, "POST", "/api/v1/documents", "{\"text\": \"x\"}",
                         {{"Authorization", std::string("Bearer ") + kToken},
                          {"Content-Type", "application/xml"}}),
                   "unsupported content type");
  CheckClientError(Fetch(port, "POST", "/api/v1/documents", std::string(70000, 'a'), auth),
                   "body over the limit");
  CheckClientError(Fetch(port, "DELETE", "/api/v1/documents/1"), "delete without token");
  CheckClientError(
      Fetch(port, "DELETE", "/api/v1/documents/1", "", {{"Authorization", "Bearer x' OR '1'='1"}}),
      "SQL as a token");

  // Hostile values in every query parameter of every read route.
  const std::vector<std::string> hostile = {"'",
                                            "\"",
                                            "' OR 1=1 --",
                                            "1; DROP TABLE entities",
                                            "%00",
                                            "%FF%FE",
                                            "-1",
                                            "0",
                                            "99999999999999999999999",
                                            "1e308",
                                            "NaN",
                                            "../../etc/passwd",
                                            "%3Cscript%3E",
                                            "2025-13-45",
                                            "yesterday",
                                            std::string(3000, 'x'),
                                            "*",
                                            "NEAR(a b)",
                                            "\"unterminated"};
  const std::vector<std::pair<std::string, std::vector<std::string>>> routes = {
      {"/api/v1/entities", {"q", "type", "country", "limit", "cursor", "as_of"}},
      {"/api/v1/entities/1/events", {"type", "role", "from", "to", "limit", "cursor"}},
      {"/api/v1/events",
       {"type", "plover", "cameo", "from", "to", "participant", "location", "country", "q", "limit",
        "cursor", "as_of"}},
      {"/api/v1/graph", {"seed", "depth", "types", "from", "to", "limit"}},
      {"/api/v1/paths", {"from", "to", "max_depth", "k"}},
      {"/api/v1/timeline", {"entity", "from", "to", "bucket"}},
      {"/api/v1/search", {"q"}},
  };
  for (const auto& [route, params] : routes) {
    for (const auto& param : params) {
      for (const auto& value : hostile) {
        const std::string target = route + "?" + param + "=" + value;
        auto r = Fetch(port, "GET", target);
        INFO(target);
        CHECK(r.status < 500);
        CheckNoInternals(r.body);
        if (r.status >= 400) CHECK(r.headers["content-type"] == "application/problem+json");
      }
    }
  }
  for (const char* id : {"abc", "-1", "1.5", "99999999999999999999", "%27"}) {
    for (const char* route : {"/api/v1/entities/", "/api/v1/events/", "/api/v1/documents/"}) {
      auto r = Fetch(port, "GET", std::string(route) + id);
      CheckClientError(r, std::string(route) + id);
    }
  }

  // Path traversal on static files.
  for (const char* path :
       {"/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc/passwd",
        "/static/../../../etc/passwd", "/%2e%2e%5c%2e%2e%5cetc%5cpasswd"}) {
    auto r = Fetch(port, "GET", path);
    INFO(path);
    CHECK(r.body.find("root:") == std::string::npos);
    CHECK(r.status != 500);
  }

  // Raw protocol abuse.
  CHECK(RawExchange(port, "BLAH\r\n\r\n").rfind("HTTP/1.1 400", 0) == 0);
  CHECK(RawExchange(port, "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n")
            .rfind("HTTP/1.1 400", 0) == 0);
  CHECK(RawExchange(port, "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Big: " +
                              std::string(20000, 'a') + "\r\n\r\n")
            .rfind("HTTP/1.1 431", 0) == 0);
  CHECK(RawExchange(port, std::string("GET /api/v1/he\0alth HTTP/1.1\r\nHost: x\r\n\r\n", 40))
            .rfind("HTTP/1.1 400", 0) == 0);

  // Still up, nothing written.
  auto health = Fetch(port, "GET", "/api/v1/health");
  CHECK(health.status == 200);
  CHECK(counts() == before);
}
