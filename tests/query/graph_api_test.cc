// The REST graph API over the real server with the sample article ingested:
// the analyst's questions from issue 5, pagination, filters and errors.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "server_process.h"

using namespace parley::testing;
using nlohmann::json;

namespace {

json Get(int port, const std::string& target, int expect = 200) {
  auto r = Fetch(port, "GET", target);
  INFO(target << " -> " << r.status << " " << r.body.substr(0, 300));
  REQUIRE(r.status == expect);
  return json::parse(r.body);
}

int64_t FindEntity(int port, const std::string& q, const std::string& name) {
  const json page = Get(port, "/api/v1/entities?q=" + q);  // outlives the loop
  for (const auto& e : page["items"])
    if (e["name"] == name) return e["id"];
  return 0;
}

bool HasParticipant(const json& event, const std::string& name) {
  for (const auto& p : event["participants"])
    if (p["name"] == name) return true;
  return false;
}

struct Seeded {
  ServerProcess server{{"--seed"}};
  int port = server.port();
};

}  // namespace

TEST_CASE("graph API: the analyst's questions about the sample article") {
  Seeded s;
  const int64_t lavrov = FindEntity(s.port, "lavrov", "Sergey Lavrov");
  REQUIRE(lavrov > 0);

  // His events include the roundtable of 11 December 2025.
  bool roundtable = false;
  const json lavrov_events = Get(s.port, "/api/v1/entities/" + std::to_string(lavrov) + "/events");
  for (const auto& v : lavrov_events["items"]) roundtable |= v["date"] == "2025-12-11";
  CHECK(roundtable);

  // The graph around Witkoff holds the Berlin session with Zelenskyy and the
  // Kremlin meeting with Putin.
  const int64_t witkoff = FindEntity(s.port, "witkoff", "Steve Witkoff");
  REQUIRE(witkoff > 0);
  const json g = Get(s.port, "/api/v1/graph?seed=" + std::to_string(witkoff));
  std::map<std::string, json> nodes;
  for (const auto& n : g["elements"]["nodes"]) nodes[n["data"]["id"]] = n["data"];
  std::map<std::string, std::set<std::string>> members;  // event node → entity names
  for (const auto& e : g["elements"]["edges"]) {
    REQUIRE(nodes.count(e["data"]["source"]));  // every edge endpoint is a node
    REQUIRE(nodes.count(e["data"]["target"]));
    members[e["data"]["target"]].insert(nodes[e["data"]["source"]]["name"]);
  }
  bool berlin = false, kremlin = false;
  for (const auto& [id, names] : members) {
    const int64_t event_id = nodes[id]["event_id"];
    const json ev = Get(s.port, "/api/v1/events/" + std::to_string(event_id));
    const std::string place = ev["location"].is_null() ? "" : ev["location"]["name"];
    berlin |= names.count("Volodymyr Zelenskyy") && place == "Berlin";
    kremlin |= names.count("Vladimir Putin") && place == "Kremlin";
  }
  CHECK(berlin);
  CHECK(kremlin);

  // A path from Zelenskyy to Putin runs through Witkoff.
  const int64_t zelenskyy = FindEntity(s.port, "zelensk", "Volodymyr Zelenskyy");
  const int64_t putin = FindEntity(s.port, "putin", "Vladimir Putin");
  REQUIRE(zelenskyy > 0);
  REQUIRE(putin > 0);
  const json paths = Get(
      s.port, "/api/v1/paths?from=" + std::to_string(zelenskyy) + "&to=" + std::to_string(putin));
  REQUIRE_FALSE(paths["paths"].empty());
  const auto& first = paths["paths"][0]["nodes"];
  CHECK(std::find(first.begin(), first.end(), "e" + std::to_string(witkoff)) != first.end());

  // A time filter ending 2025-09-01 keeps Anchorage and drops Berlin.
  bool anchorage = false, berlin_early = false;
  const json early = Get(s.port, "/api/v1/events?to=2025-09-01");
  for (const auto& v : early["items"]) {
    const std::string place = v["location"].is_null() ? "" : v["location"]["name"];
    anchorage |= place == "Anchorage" && HasParticipant(v, "Donald Trump");
    berlin_early |= place == "Berlin";
  }
  CHECK(anchorage);
  CHECK_FALSE(berlin_early);

  // Evidence sentences come with their document.
  const json summits = Get(s.port, "/api/v1/events?type=summit");
  for (const auto& v : summits["items"]) {
    const json ev = Get(s.port, "/api/v1/events/" + std::to_string(v["id"].get<int64_t>()));
    REQUIRE_FALSE(ev["evidence"].empty());
    CHECK(ev["evidence"][0]["document"]["published_at"] == "2025-12-14");
    CHECK(ev["evidence"][0]["text"].get<std::string>().find("Anchorage") != std::string::npos);
  }
}

TEST_CASE("graph API: keyset pagination visits every event once") {
  Seeded s;
  const int64_t total = Get(s.port, "/api/v1/stats")["events"];
  std::set<int64_t> seen;
  std::string next = "/api/v1/events?limit=3";
  int pages = 0;
  while (!next.empty() && pages < 100) {
    const json page = Get(s.port, next);
    for (const auto& v : page["items"]) CHECK(seen.insert(v["id"].get<int64_t>()).second);
    CHECK(page["truncated"] == !page["next"].is_null());
    next = page["next"].is_null() ? "" : page["next"].get<std::string>();
    ++pages;
  }
  CHECK(static_cast<int64_t>(seen.size()) == total);
  CHECK(pages >= 2);
}

TEST_CASE("graph API: filters, search, timeline, as_of") {
  Seeded s;
  const json consult = Get(s.port, "/api/v1/events?plover=CONSULT");
  CHECK_FALSE(consult["items"].empty());
  for (const auto& v : consult["items"]) CHECK(v["plover"] == "CONSULT");
  const json russian = Get(s.port, "/api/v1/events?country=RUS");
  CHECK_FALSE(russian["items"].empty());
  CHECK(russian["items"].size() < Get(s.port, "/api/v1/events?limit=100")["items"].size());
  const json search = Get(s.port, "/api/v1/search?q=Lavrov");
  CHECK_FALSE(search["entities"].empty());
  CHECK_FALSE(search["documents"].empty());
  CHECK(search["documents"][0]["snippet"].get<std::string>().find("<mark>") != std::string::npos);
  const json timeline = Get(s.port, "/api/v1/timeline?bucket=month");
  CHECK(timeline["bucket"] == "month");
  CHECK_FALSE(timeline["series"].empty());
  // Before anything was ingested, the graph was empty.
  CHECK(Get(s.port, "/api/v1/events?as_of=2000-01-01")["items"].empty());
  CHECK(Get(s.port, "/api/v1/entities?as_of=2000-01-01")["items"].empty());
  const json stats = Get(s.port, "/api/v1/stats");
  CHECK(stats["documents"] == 1);
  CHECK(stats["by_event_type"].is_object());
}

TEST_CASE("graph API: bad parameters name themselves") {
  Seeded s;
  struct Case {
    const char* target;
    int status;
    const char* param;
  } cases[] = {
      {"/api/v1/events?type=party", 422, "type"},
      {"/api/v1/events?from=2025-13-01", 422, "from"},
      {"/api/v1/events?cursor=@@@", 400, "cursor"},
      {"/api/v1/events?limit=0", 422, "limit"},
      {"/api/v1/events?limit=abc", 400, "limit"},
      {"/api/v1/events?colour=red", 400, "colour"},
      {"/api/v1/entities?type=planet", 422, "type"},
      {"/api/v1/entities?country=russia", 422, "country"},
      {"/api/v1/graph?seed=1&depth=9", 422, "depth"},
      {"/api/v1/graph", 400, "seed"},
      {"/api/v1/graph?seed=999999", 404, "seed"},
      {"/api/v1/paths?from=1", 400, "to"},
      {"/api/v1/timeline?bucket=decade", 422, "bucket"},
      {"/api/v1/entities/999999", 404, "id"},
      {"/api/v1/events/abc", 404, "id"},
      {"/api/v1/entities?as_of=soon", 422, "as_of"},
  };
  for (const auto& c : cases) {
    const json j = Get(s.port, c.target, c.status);
    CHECK(j["param"] == c.param);
    CHECK(j["status"] == c.status);
  }
}
