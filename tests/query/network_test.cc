// The actor network: query::ActorNetwork over the in-memory fake (node
// choice, weights in a window, one edge per pair with counts by type, mean
// Goldstein and dates, caps), and the same answers from SQLite through
// GET /api/v1/network over a hand-built graph.
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>

#include "base/error.h"
#include "fake_graph.h"
#include "http/app.h"
#include "query/network.h"
#include "query/places.h"
#include "test_util.h"

using namespace parley;
using nlohmann::json;
using parley::testing::FakeGraph;

namespace {

// P (person) meets M three times, calls L once; M and L sign one agreement
// with P; Kyiv (a location) takes part in one meeting; U meets P undated.
//   v1 meeting 2022-01-10 P,M  (Goldstein 1)   v2 meeting 2022-02-10 P,M,K (3)
//   v3 meeting 2022-03-10 P,M  (2)             v4 call 2022-02-20 P,L (-4)
//   v5 agreement 2022-03-15 P,M,L (5)          v6 meeting undated P,U (1)
FakeGraph Actors() {
  FakeGraph g;
  g.AddEntity(1, "P");
  g.AddEntity(2, "M");
  g.AddEntity(3, "L", "country");
  g.AddEntity(4, "Kyiv", "location");
  g.AddEntity(5, "U", "organization");
  g.AddEvent(1, "meeting", "2022-01-10", {1, 2});
  g.AddEvent(2, "meeting", "2022-02-10", {1, 2, 4});
  g.AddEvent(3, "meeting", "2022-03-10", {1, 2});
  g.AddEvent(4, "call", "2022-02-20", {1, 3});
  g.AddEvent(5, "agreement", "2022-03-15", {1, 2, 3});
  g.AddEvent(6, "meeting", "", {1, 5});
  for (auto [ev, gs] : {std::pair{1, 1.0}, {2, 3.0}, {3, 2.0}, {4, -4.0}, {5, 5.0}, {6, 1.0}})
    g.SetGoldstein(ev, gs);
  g.AddRole(1, 2, "host");  // M twice in v1: still one shared event
  return g;
}

const query::NetworkEdge* EdgeOf(const query::Network& n, int64_t a, int64_t b) {
  for (const auto& e : n.edges)
    if (e.a == a && e.b == b) return &e;
  return nullptr;
}

std::map<int64_t, int64_t> Weights(const query::Network& n) {
  std::map<int64_t, int64_t> out;
  for (const auto& node : n.nodes) out[node.entity.id] = node.events;
  return out;
}

}  // namespace

TEST_CASE("network: the top actors of all time, weighted by events, locations left out") {
  FakeGraph g = Actors();
  query::NetworkRequest r;
  const auto n = query::ActorNetwork(g, r);
  CHECK(Weights(n) == std::map<int64_t, int64_t>{{1, 6}, {2, 4}, {3, 2}, {5, 1}});
  REQUIRE(n.nodes.size() == 4);
  CHECK(n.nodes.front().entity.name == "P");  // most active first
  CHECK_FALSE(n.truncated);
  const auto* pm = EdgeOf(n, 1, 2);
  REQUIRE(pm);
  CHECK(pm->events == 4);  // v1 (M in two roles counts once), v2, v3, v5
  CHECK(pm->by_type == std::map<std::string, int64_t>{{"agreement", 1}, {"meeting", 3}});
  CHECK(pm->DominantTypes() == std::vector<std::string>{"meeting", "agreement"});
  REQUIRE(pm->goldstein);
  CHECK(*pm->goldstein == doctest::Approx((1 + 3 + 2 + 5) / 4.0));
  CHECK(pm->first == "2022-01-10");
  CHECK(pm->last == "2022-03-15");
  const auto* pl = EdgeOf(n, 1, 3);
  REQUIRE(pl);
  CHECK(pl->events == 2);
  CHECK(*pl->goldstein == doctest::Approx(0.5));
  CHECK(EdgeOf(n, 2, 3)->events == 1);
  CHECK(EdgeOf(n, 1, 5)->first.empty());  // only undated events
  CHECK(EdgeOf(n, 1, 4) == nullptr);      // Kyiv is not an actor
  CHECK(n.edges.front().a == 1);          // strongest edge first
  CHECK(n.edges.front().b == 2);
}

TEST_CASE("network: a window narrows weights and edges, and undated events fall outside it") {
  FakeGraph g = Actors();
  query::NetworkRequest r;
  r.filter.from = "2022-02-01";
  r.filter.to = "2022-02-28";
  const auto n = query::ActorNetwork(g, r);
  CHECK(Weights(n) == std::map<int64_t, int64_t>{{1, 2}, {2, 1}, {3, 1}});
  REQUIRE(n.edges.size() == 2);
  CHECK(EdgeOf(n, 1, 2)->events == 1);
  CHECK(EdgeOf(n, 1, 3)->by_type == std::map<std::string, int64_t>{{"call", 1}});
  r.filter.types = {"call"};
  CHECK(Weights(query::ActorNetwork(g, r)) == std::map<int64_t, int64_t>{{1, 1}, {3, 1}});
}

TEST_CASE("network: around a seed, its strongest partners up to the cap") {
  FakeGraph g = Actors();
  query::NetworkRequest r;
  r.seeds = {3};
  r.top = 2;
  const auto n = query::ActorNetwork(g, r);
  // L's partners: P (2 shared events), M (1); the cap keeps L and P.
  CHECK(Weights(n) == std::map<int64_t, int64_t>{{1, 6}, {3, 2}});
  CHECK(n.truncated);
  for (const auto& node : n.nodes) CHECK(node.seed == (node.entity.id == 3));
  REQUIRE(n.edges.size() == 1);
  CHECK(EdgeOf(n, 1, 3)->events == 2);
  r.top = 10;
  const auto all = query::ActorNetwork(g, r);
  CHECK(Weights(all).size() == 3);
  CHECK_FALSE(all.truncated);
  CHECK(all.edges.size() == 3);  // P–M, P–L, M–L: edges among the chosen, not only to the seed
}

TEST_CASE("network: caps on nodes and edges say so, and an unknown seed is a 404 naming it") {
  FakeGraph g = Actors();
  query::NetworkRequest r;
  r.top = 2;
  auto n = query::ActorNetwork(g, r);
  CHECK(n.nodes.size() == 2);
  CHECK(n.truncated);
  r.top = 50;
  r.max_edges = 1;
  n = query::ActorNetwork(g, r);
  REQUIRE(n.edges.size() == 1);
  CHECK(n.edges[0].events == 4);
  CHECK(n.truncated);
  r.seeds = {99};
  try {
    query::ActorNetwork(g, r);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::kNotFound);
    CHECK(e.param() == "seed");
  }
}

TEST_CASE("network: SQLite answers what the fake answers, through GET /api/v1/network") {
  testing::TempDir dir;
  Config config;
  config.web_root = dir.File("web");
  auto store = store::Store::OpenSqlite(dir.File("db"), {});
  std::map<std::string, int64_t> id;
  {
    auto txn = store->BeginWrite();
    auto entity = [&](const std::string& name, const std::string& type) {
      store::EntityRow e;
      e.name = name;
      e.type = type;
      e.first_seen = e.last_seen = 1;
      id[name] = txn->InsertEntity(e);
    };
    for (auto [name, type] : {std::pair{"P", "person"},
                              {"M", "person"},
                              {"L", "country"},
                              {"Kyiv", "location"},
                              {"U", "organization"}})
      entity(name, type);
    auto event = [&](const std::string& type, const std::string& date, double goldstein,
                     std::vector<std::pair<std::string, std::string>> parts) {
      store::EventRow v;
      v.type = v.label = type;
      v.date = date;
      v.goldstein = goldstein;
      v.first_seen = v.last_seen = 1;
      const int64_t ev = txn->InsertEvent(v);
      for (const auto& [who, role] : parts) txn->UpsertParticipant({ev, id[who], role}, 1);
    };
    event("meeting", "2022-01-10", 1, {{"P", "participant"}, {"M", "participant"}, {"M", "host"}});
    event("meeting", "2022-02-10", 3,
          {{"P", "participant"}, {"M", "participant"}, {"Kyiv", "participant"}});
    event("meeting", "2022-03-10", 2, {{"P", "participant"}, {"M", "participant"}});
    event("call", "2022-02-20", -4, {{"P", "participant"}, {"L", "participant"}});
    event("agreement", "2022-03-15", 5,
          {{"P", "participant"}, {"M", "participant"}, {"L", "participant"}});
    event("meeting", "", 1, {{"P", "participant"}, {"U", "participant"}});
    std::vector<int64_t> all;
    for (const auto& [k, v] : id) all.push_back(v);
    txn->RefreshCounts(all, {});
    txn->Commit();
  }
  http::App app(config, *store, nullptr);
  auto get = [&](const std::string& target) {
    http::Request req;
    req.method = "GET";
    req.target = target;
    const auto resp = app.Handle(req);
    INFO(target << " -> " << resp.status << " " << resp.body.substr(0, 300));
    REQUIRE(resp.status == 200);
    return json::parse(resp.body);
  };
  auto weights = [&](const json& body) {
    std::map<std::string, int64_t> out;
    for (const auto& n : body["elements"]["nodes"])
      out[n["data"]["name"].get<std::string>()] = n["data"]["events"].get<int64_t>();
    return out;
  };
  auto edge = [&](const json& body, const std::string& a, const std::string& b) {
    const std::string x = "e" + std::to_string(std::min(id[a], id[b]));
    const std::string y = "e" + std::to_string(std::max(id[a], id[b]));
    for (const auto& e : body["elements"]["edges"])
      if (e["data"]["source"] == x && e["data"]["target"] == y) return e["data"];
    return json();
  };

  const json all = get("/api/v1/network");
  CHECK(weights(all) == std::map<std::string, int64_t>{{"P", 6}, {"M", 4}, {"L", 2}, {"U", 1}});
  const json pm = edge(all, "P", "M");
  REQUIRE(pm.is_object());
  CHECK(pm["events"] == 4);
  CHECK(pm["by_type"] == json{{"agreement", 1}, {"meeting", 3}});
  CHECK(pm["dominant_types"] == json{"meeting", "agreement"});
  CHECK(pm["goldstein"].get<double>() == doctest::Approx(2.75));
  CHECK(pm["first"] == "2022-01-10");
  CHECK(pm["last"] == "2022-03-15");
  CHECK(edge(all, "P", "U")["first"].is_null());
  CHECK(all["elements"]["edges"].size() == 4);
  CHECK(all["truncated"] == false);

  const json feb = get("/api/v1/network?from=2022-02-01&to=2022-02-28");
  CHECK(weights(feb) == std::map<std::string, int64_t>{{"P", 2}, {"M", 1}, {"L", 1}});
  CHECK(feb["elements"]["edges"].size() == 2);

  const json around = get("/api/v1/network?seed=" + std::to_string(id["L"]) + "&top=2");
  CHECK(weights(around) == std::map<std::string, int64_t>{{"P", 6}, {"L", 2}});
  CHECK(around["truncated"] == true);
  const json with_places =
      get("/api/v1/network?seed=" + std::to_string(id["P"]) + "&entity_types=location");
  CHECK(weights(with_places) == std::map<std::string, int64_t>{{"P", 6}, {"Kyiv", 1}});

  http::Request bad;
  bad.method = "GET";
  bad.target = "/api/v1/network?entity_types=planet";
  CHECK(app.Handle(bad).status == 422);
  bad.target = "/api/v1/network?seed=999999";
  CHECK(app.Handle(bad).status == 404);
}

TEST_CASE("places: event counts by place in a window, with coordinates when known") {
  FakeGraph g = Actors();
  g.AddEntity(6, "Moscow", "location");
  g.SetAttributes(6, R"({"lat": 55.76, "lon": 37.62})");
  g.SetAttributes(4, R"({"kind": "city"})");  // Kyiv without coordinates
  g.AddEvent(7, "meeting", "2022-02-11", {1, 2}, 6);
  g.AddEvent(8, "call", "2022-03-11", {1, 3}, 6);
  g.AddEvent(9, "meeting", "2022-02-12", {1}, 4);
  auto all = query::EventPlaceCounts(g, {}, 10);
  REQUIRE(all.places.size() == 2);
  CHECK(all.places[0].entity.name == "Moscow");
  CHECK(all.places[0].events == 2);
  REQUIRE(all.places[0].coordinates);
  CHECK(all.places[0].coordinates->first == doctest::Approx(55.76));
  CHECK_FALSE(all.places[1].coordinates);
  CHECK(all.placed_events == 2);
  CHECK(all.unplaced_events == 1);
  CHECK_FALSE(all.truncated);
  store::EventFilter feb;
  feb.from = "2022-02-01";
  feb.to = "2022-02-28";
  auto w = query::EventPlaceCounts(g, feb, 1);
  REQUIRE(w.places.size() == 1);
  CHECK(w.places[0].events == 1);
  CHECK(w.truncated);
  CHECK_FALSE(query::EntityCoordinates(R"({"lat": 95, "lon": 0})"));
  CHECK_FALSE(query::EntityCoordinates("not json"));
}

TEST_CASE("places: dictionary coordinates reach the map through ingestion (sample article)") {
  testing::TempDir dir;
  Config config;
  config.web_root = dir.File("web");
  auto store = store::Store::OpenSqlite(dir.File("db"), {});
  auto extractor = extract::Extractor::Load(testing::SourceDir() / "config");
  ingest::Ingester ingester(*store, *extractor);
  ingest::DocumentInput seed;
  std::ifstream in(testing::SourceDir() / "config" / "sample" / "article.txt");
  seed.text.assign(std::istreambuf_iterator<char>(in), {});
  seed.published_at = "2025-12-14";
  REQUIRE(!ingester.Ingest(seed).event_ids.empty());
  http::App app(config, *store, &ingester);
  http::Request req;
  req.method = "GET";
  req.target = "/api/v1/places";
  const auto resp = app.Handle(req);
  REQUIRE(resp.status == 200);
  const json body = json::parse(resp.body);
  // The dictionary places Berlin at 52.52 N, 13.41 E (config/dict/places.jsonl).
  json berlin;
  for (const auto& p : body["items"])
    if (p["name"] == "Berlin") berlin = p;
  REQUIRE(berlin.is_object());
  CHECK(berlin["lat"].get<double>() == doctest::Approx(52.52).epsilon(0.01));
  CHECK(berlin["lon"].get<double>() == doctest::Approx(13.41).epsilon(0.01));
  CHECK(body["placed_events"].get<int64_t>() >= 1);
}
