// /paths over a graph with several shortest routes, so the bidirectional
// search has to join its two halves: every shortest path exactly once, k
// respected, max_depth respected, longer routes never reported first.
//
//   S ─ a  ─┐        ┌─ c  ─ T        every ─ is one shared meeting
//   S ─ a' ─┴─  b  ──┴─ c' ─ T        plus a long detour S ─ x1 ─ x2 ─ x3 ─ x4 ─ T
#include <doctest/doctest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "backend.h"
#include "http/app.h"
#include "test_util.h"

using namespace parley;
using nlohmann::json;

namespace {

struct Diamonds {
  testing::TempDir dir;
  Config config;
  std::unique_ptr<store::Store> store = store::Store::Open(testing::TestDb(dir, "p.db"), {});
  std::unique_ptr<http::App> app;
  std::map<std::string, int64_t> id;

  Diamonds() {
    auto w = store->BeginWrite();
    for (const char* name : {"S", "a", "a'", "b", "c", "c'", "T", "x1", "x2", "x3", "x4"}) {
      store::EntityRow e;
      e.type = "person";
      e.name = name;
      e.first_seen = e.last_seen = 1;
      id[name] = w->InsertEntity(e);
    }
    int day = 1;
    auto meet = [&](const std::string& x, const std::string& y) {
      store::EventRow v;
      v.type = "meeting";
      v.label = x + "-" + y;
      v.date = "2025-01-" + std::string(day < 10 ? "0" : "") + std::to_string(day);
      ++day;
      v.first_seen = v.last_seen = 1;
      const int64_t ev = w->InsertEvent(v);
      w->UpsertParticipant({ev, id[x], "participant"}, 1);
      w->UpsertParticipant({ev, id[y], "participant"}, 1);
    };
    meet("S", "a");
    meet("S", "a'");
    meet("a", "b");
    meet("a'", "b");
    meet("b", "c");
    meet("b", "c'");
    meet("c", "T");
    meet("c'", "T");
    meet("S", "x1");
    meet("x1", "x2");
    meet("x2", "x3");
    meet("x3", "x4");
    meet("x4", "T");
    w->Commit();
    app = std::make_unique<http::App>(config, *store, nullptr);
  }

  json Paths(const std::string& extra) {
    http::Request r;
    r.method = "GET";
    r.target =
        "/api/v1/paths?from=" + std::to_string(id["S"]) + "&to=" + std::to_string(id["T"]) + extra;
    auto resp = app->Handle(r);
    REQUIRE(resp.status == 200);
    return json::parse(resp.body);
  }
};

}  // namespace

TEST_CASE("paths: all four shortest routes through the middle, each once") {
  Diamonds g;
  const json p = g.Paths("&k=10&max_depth=6");
  REQUIRE(p["paths"].size() == 4);
  std::set<std::string> seen;
  for (const auto& path : p["paths"]) {
    CHECK(path["length"] == 4);
    const auto& nodes = path["nodes"];
    REQUIRE(nodes.size() == 9);  // five entities, four events
    CHECK(nodes.front() == "e" + std::to_string(g.id["S"]));
    CHECK(nodes.back() == "e" + std::to_string(g.id["T"]));
    CHECK(nodes[4] == "e" + std::to_string(g.id["b"]));
    for (size_t i = 0; i < nodes.size(); ++i)
      CHECK(nodes[i].get<std::string>()[0] == (i % 2 == 0 ? 'e' : 'v'));
    seen.insert(nodes.dump());
  }
  CHECK(seen.size() == 4);
  CHECK_FALSE(p["truncated"].get<bool>());
}

TEST_CASE("paths: k and max_depth bound the answer") {
  Diamonds g;
  CHECK(g.Paths("&k=2&max_depth=6")["paths"].size() == 2);
  CHECK(g.Paths("&k=10&max_depth=3")["paths"].empty());
  CHECK(g.Paths("&k=10&max_depth=4")["paths"].size() == 4);
}

TEST_CASE("paths: from an entity to itself is the empty path") {
  Diamonds g;
  http::Request r;
  r.method = "GET";
  r.target = "/api/v1/paths?from=" + std::to_string(g.id["b"]) + "&to=" + std::to_string(g.id["b"]);
  const json p = json::parse(g.app->Handle(r).body);
  REQUIRE(p["paths"].size() == 1);
  CHECK(p["paths"][0]["length"] == 0);
}
