// query/ over an in-memory graph: neighbourhood expansion (depth, cap,
// hidden counts, one store call per level), k shortest paths, event paging
// with keyset cursors, timelines, and event details.
#include <doctest/doctest.h>

#include "base/error.h"
#include "fake_graph.h"
#include "query/events.h"
#include "query/neighbourhood.h"
#include "query/paths.h"

using namespace parley;
using parley::testing::FakeGraph;

namespace {

// A chain A - B - C - D through meetings, plus a hub H meeting A and D, and
// an undated statement by A.
//   v1: A,B (2025-01-01)   v2: B,C (2025-02-01)   v3: C,D (2025-03-01)
//   v4: A,H (2025-04-01)   v5: H,D (2025-05-01)   v6: A (undated)
FakeGraph Chain() {
  FakeGraph g;
  for (auto [id, name] : {std::pair{1, "A"}, {2, "B"}, {3, "C"}, {4, "D"}, {5, "H"}})
    g.AddEntity(id, name);
  g.AddEvent(1, "meeting", "2025-01-01", {1, 2});
  g.AddEvent(2, "meeting", "2025-02-01", {2, 3});
  g.AddEvent(3, "call", "2025-03-01", {3, 4});
  g.AddEvent(4, "meeting", "2025-04-01", {1, 5});
  g.AddEvent(5, "meeting", "2025-05-01", {5, 4});
  g.AddEvent(6, "statement", "", {1});
  return g;
}

}  // namespace

TEST_CASE("query::Expand: depth 1 is the seed's events and co-participants") {
  FakeGraph g = Chain();
  query::ExpandRequest r;
  r.seeds = {1};
  r.depth = 1;
  const auto n = query::Expand(g, r);
  CHECK(n.entities.size() == 3);  // A, B, H
  CHECK(n.events.size() == 3);    // v1, v4, v6
  CHECK(n.entities.count(2));
  CHECK(n.entities.count(5));
  CHECK_FALSE(n.truncated);
  // B and H have events beyond depth 1: counted as hidden, not truncated.
  CHECK(n.hidden.at(2) == 1);
  CHECK(n.hidden.at(5) == 1);
  CHECK_FALSE(n.hidden.count(1));
  CHECK(n.edges.size() == 5);
  CHECK(g.events_of_calls == 1);
}

TEST_CASE("query::Expand: depth 2 reaches two hops with one store call per level") {
  FakeGraph g = Chain();
  query::ExpandRequest r;
  r.seeds = {1};
  r.depth = 2;
  const auto n = query::Expand(g, r);
  CHECK(n.entities.size() == 5);
  CHECK(n.events.size() == 5);  // all but v3 (C-D), three hops away
  CHECK(n.hidden.size() == 2);  // C and D each miss v3
  CHECK(n.hidden.at(3) == 1);
  CHECK(n.hidden.at(4) == 1);
  CHECK_FALSE(n.truncated);
  CHECK(g.events_of_calls == 2);
}

TEST_CASE("query::Expand: the node cap cuts the answer and says so") {
  FakeGraph g = Chain();
  query::ExpandRequest r;
  r.seeds = {1};
  r.depth = 2;
  r.limit = 4;
  const auto n = query::Expand(g, r);
  CHECK(static_cast<int>(n.entities.size() + n.events.size()) <= 4);
  CHECK(n.truncated);
  CHECK(n.hidden.count(1));  // the seed itself lost events to the cap
}

TEST_CASE("query::Expand: an unknown or not yet visible seed is a 404 naming seed") {
  FakeGraph g = Chain();
  g.AddEntity(9, "Late", "person", 100);
  query::ExpandRequest r;
  r.seeds = {42};
  CHECK_THROWS_WITH_AS(query::Expand(g, r), doctest::Contains("no entity 42"), Error);
  r.seeds = {9};
  r.filter.as_of = 50;
  try {
    query::Expand(g, r);
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::kNotFound);
    CHECK(e.param() == "seed");
  }
}

TEST_CASE("query::ShortestPaths: the shortest connection, and every one of that length") {
  FakeGraph g = Chain();
  query::PathRequest r;
  r.from = 1;
  r.to = 4;
  r.k = 5;
  const auto res = query::ShortestPaths(g, r);
  // A-H-D (two hops) is shorter than A-B-C-D (three).
  REQUIRE(res.paths.size() == 1);
  CHECK(res.paths[0].entities == std::vector<int64_t>{1, 5, 4});
  CHECK(res.paths[0].events == std::vector<int64_t>{4, 5});
  CHECK(res.paths[0].length() == 2);
  CHECK(res.entities.size() == 3);
  CHECK(res.events.size() == 2);
  CHECK_FALSE(res.truncated);
}

TEST_CASE("query::ShortestPaths: k caps the paths, max_depth stops the search") {
  FakeGraph g = Chain();
  // A second two-hop route from A to D, through B meeting D.
  g.AddEvent(7, "meeting", "2025-06-01", {2, 4});
  query::PathRequest r;
  r.from = 1;
  r.to = 4;
  r.k = 5;
  auto res = query::ShortestPaths(g, r);
  CHECK(res.paths.size() == 2);
  for (const auto& p : res.paths) {
    CHECK(p.entities.front() == 1);
    CHECK(p.entities.back() == 4);
    CHECK(p.length() == 2);
  }
  r.k = 1;
  CHECK(query::ShortestPaths(g, r).paths.size() == 1);
  r.k = 3;
  r.max_depth = 1;
  CHECK(query::ShortestPaths(g, r).paths.empty());
  r.from = r.to = 3;
  res = query::ShortestPaths(g, r);
  REQUIRE(res.paths.size() == 1);
  CHECK(res.paths[0].length() == 0);
}

TEST_CASE("query::ListEvents: newest first, undated last, pages meet without gaps") {
  FakeGraph g = Chain();
  store::EventFilter f;
  f.limit = 4;
  const auto first = query::ListEvents(g, f);
  REQUIRE(first.events.size() == 4);
  CHECK(first.events[0].id == 5);
  CHECK(first.events[3].id == 2);
  REQUIRE(first.next);
  f.cursor_date = first.next->date;
  f.cursor_id = first.next->id;
  f.cursor_undated = first.next->undated;
  const auto second = query::ListEvents(g, f);
  REQUIRE(second.events.size() == 2);
  CHECK(second.events[0].id == 1);
  CHECK(second.events[1].id == 6);  // undated last
  CHECK_FALSE(second.next);
}

TEST_CASE("query::EventDetails: participants and place names for every row") {
  FakeGraph g = Chain();
  g.AddEntity(10, "Berlin", "location");
  g.AddEvent(8, "meeting", "2025-07-01", {1, 2}, 10);
  store::EventFilter f;
  f.participant = 2;
  const auto page = query::ListEvents(g, f);
  const auto details = query::EventDetails(g, page.events, 0);
  REQUIRE(details.size() == 3);
  CHECK(details[0].event.id == 8);
  CHECK(details[0].place_name == "Berlin");
  REQUIRE(details[0].participants.size() == 2);
  CHECK(details[0].participants[0].name == "A");
  CHECK(details[1].place_name.empty());
}

TEST_CASE("query::Timeline: one period per bucket with counts by type") {
  FakeGraph g = Chain();
  g.AddEvent(9, "meeting", "2025-01-20", {1, 3});
  const auto series = query::Timeline(g, 1, "", "", "month", 0).periods;
  REQUIRE(series.size() == 2);
  CHECK(series[0].period == "2025-01");
  CHECK(series[0].counts.at("meeting") == 2);
  CHECK(series[1].period == "2025-04");
}
