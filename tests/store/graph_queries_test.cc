// Tests for the GraphQueries (SQLite, or PostgreSQL: tests/backend.h) that read an entity's events
// through its date-ordered participation index (migration 0005): order, duplicates, dates changed
// after the fact, per-entity caps and filters.
#include "store/graph_queries.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>

#include "backend.h"
#include "store/store.h"
#include "test_util.h"

using namespace parley;
using namespace parley::store;

namespace {

struct Graph {
  testing::TempDir dir;
  std::unique_ptr<Store> store = Store::Open(testing::TestDb(dir, "g.db"), {});

  int64_t Entity(const std::string& name) {
    auto w = store->BeginWrite();
    EntityRow e;
    e.type = "person";
    e.name = name;
    e.first_seen = e.last_seen = 1;
    const int64_t id = w->InsertEntity(e);
    w->Commit();
    return id;
  }

  int64_t Event(const std::string& date, const std::vector<std::pair<int64_t, std::string>>& who,
                const std::string& type = "meeting") {
    auto w = store->BeginWrite();
    EventRow v;
    v.type = type;
    v.label = type + " " + date;
    v.date = date;
    v.first_seen = v.last_seen = 1;
    const int64_t id = w->InsertEvent(v);
    for (const auto& [entity, role] : who) w->UpsertParticipant({id, entity, role}, 1);
    w->Commit();
    return id;
  }

  std::vector<int64_t> EventIds(const std::vector<ParticipantRow>& rows) {
    std::vector<int64_t> ids;
    for (const auto& r : rows)
      if (ids.empty() || ids.back() != r.event_id) ids.push_back(r.event_id);
    return ids;
  }
};

}  // namespace

TEST_CASE("EventsOf: newest first, undated last, each event once, capped per call") {
  Graph g;
  const int64_t a = g.Entity("Ada"), b = g.Entity("Bea"), c = g.Entity("Cy");
  const int64_t old_meeting = g.Event("2020-01-01", {{a, "participant"}, {b, "participant"}});
  const int64_t undated = g.Event("", {{a, "agent"}});
  const int64_t recent = g.Event("2025-06-01", {{a, "agent"}, {a, "participant"}, {c, "target"}});
  const int64_t middle = g.Event("2023-03-03", {{b, "agent"}, {c, "target"}});
  auto q = g.store->BeginGraph();
  EventFilter f;
  CHECK(g.EventIds(q->EventsOf({a}, f, 10)) == std::vector<int64_t>{recent, old_meeting, undated});
  CHECK(g.EventIds(q->EventsOf({a, b}, f, 10)) ==
        std::vector<int64_t>{recent, middle, old_meeting, undated});
  CHECK(g.EventIds(q->EventsOf({a, b}, f, 2)) == std::vector<int64_t>{recent, middle});
  // Every participant of a returned event comes with it, grouped by event.
  int recent_rows = 0;
  for (const auto& r : q->EventsOf({b}, f, 10)) recent_rows += r.event_id == middle;
  CHECK(recent_rows == 2);
  f.to = "2024-12-31";
  CHECK(g.EventIds(q->EventsOf({a, b}, f, 10)) == std::vector<int64_t>{middle, old_meeting});
  f.to.clear();
  f.types = {"call"};
  CHECK(q->EventsOf({a, b}, f, 10).empty());
}

TEST_CASE("an event's new date reaches the participation index (regression: stale order)") {
  Graph g;
  const int64_t a = g.Entity("Ada");
  const int64_t first = g.Event("2021-01-01", {{a, "agent"}});
  const int64_t second = g.Event("2022-01-01", {{a, "agent"}});
  {
    auto w = g.store->BeginWrite();
    auto rows = w->FindCandidateEvents({"meeting"}, {a}, "2021-01-01", "2021-01-01", 0);
    REQUIRE(rows.size() == 1);
    EventRow v = rows[0];
    v.date = "2024-05-05";  // a later article dates it more precisely
    w->UpdateEvent(v);
    w->Commit();
  }
  auto q = g.store->BeginGraph();
  CHECK(g.EventIds(q->EventsOf({a}, EventFilter{}, 10)) == std::vector<int64_t>{first, second});
  EventFilter f;
  f.participant = a;
  auto page = q->Events(f);
  REQUIRE(page.size() == 2);
  CHECK(page[0].id == first);
  CHECK(page[0].date == "2024-05-05");
}

TEST_CASE("an entity's event page lists an event once however many roles it holds") {
  Graph g;
  const int64_t a = g.Entity("Ada"), b = g.Entity("Bea");
  const int64_t both = g.Event("2025-01-02", {{a, "agent"}, {a, "participant"}, {b, "target"}});
  const int64_t other = g.Event("2025-01-01", {{a, "participant"}});
  auto q = g.store->BeginGraph();
  EventFilter f;
  f.participant = a;
  auto page = q->Events(f);
  REQUIRE(page.size() == 2);
  CHECK(page[0].id == both);
  CHECK(page[1].id == other);
  f.role = "participant";
  CHECK(q->Events(f).size() == 2);
  f.role = "agent";
  REQUIRE(q->Events(f).size() == 1);
  // Keyset paging walks the same order.
  f.role.clear();
  f.limit = 1;
  f.cursor_date = page[0].date;
  f.cursor_id = page[0].id;
  auto next = q->Events(f);
  REQUIRE(next.size() == 1);
  CHECK(next[0].id == other);
}

TEST_CASE("an entity's timeline counts only its own events") {
  Graph g;
  const int64_t a = g.Entity("Ada"), b = g.Entity("Bea");
  g.Event("2025-01-02", {{a, "agent"}, {a, "participant"}});
  g.Event("2025-01-20", {{a, "agent"}}, "call");
  g.Event("2025-02-01", {{b, "agent"}});
  auto q = g.store->BeginGraph();
  AggregateQuery agg;
  agg.by_type = true;
  agg.filter.participant = a;
  auto rows = q->Aggregate(agg).rows;
  std::sort(rows.begin(), rows.end(),
            [](const AggregateRow& x, const AggregateRow& y) { return x.type < y.type; });
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].type == "call");
  CHECK(rows[0].events == 1);
  CHECK(rows[1].type == "meeting");
  CHECK(rows[1].events == 1);
  agg.filter.participant = 0;
  agg.by_date = true;
  CHECK(q->Aggregate(agg).rows.size() == 3);
}

TEST_CASE("from/to no longer drop year- and month-precision events, bounds of any precision") {
  // Regression: from=2022-03-10 compared text and dropped "2022" and "2022-03".
  Graph g;
  const int64_t a = g.Entity("Ada");
  const int64_t year = g.Event("2022", {{a, "agent"}});
  const int64_t month = g.Event("2022-03", {{a, "agent"}});
  const int64_t day = g.Event("2022-03-15", {{a, "agent"}});
  const int64_t before = g.Event("2022-02-28", {{a, "agent"}});
  const int64_t after = g.Event("2023-01-01", {{a, "agent"}});
  g.Event("", {{a, "agent"}});
  auto q = g.store->BeginGraph();
  auto ids = [&](const std::string& from, const std::string& to, int64_t participant) {
    EventFilter f;
    f.from = from;
    f.to = to;
    f.participant = participant;
    f.limit = 100;
    std::set<int64_t> out;
    for (const auto& v : q->Events(f)) out.insert(v.id);
    return out;
  };
  for (int64_t who : {int64_t{0}, a}) {
    CHECK(ids("2022-03-10", "", who) == std::set<int64_t>{year, month, day, after});
    CHECK(ids("", "2022-03-01", who) == std::set<int64_t>{year, month, before});
    CHECK(ids("2022", "2022", who) == std::set<int64_t>{year, month, day, before});
    CHECK(ids("2022-03", "2022-03", who) == std::set<int64_t>{year, month, day});
  }
  // The neighbourhood read and the aggregate bound dates alike.
  EventFilter f;
  f.from = "2022-03-10";
  std::set<int64_t> of;
  for (const auto& r : q->EventsOf({a}, f, 100)) of.insert(r.event_id);
  CHECK(of == std::set<int64_t>{year, month, day, after});
  AggregateQuery agg;
  agg.filter.from = "2022";
  agg.filter.to = "2022";
  auto rows = q->Aggregate(agg).rows;
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].events == 4);
}

TEST_CASE("Aggregate and the dyad filter choose source and target as PickDyad does") {
  Graph g;
  const int64_t a = g.Entity("Ada"), b = g.Entity("Bea"), c = g.Entity("Cy");
  // Roles decide the sides; with no source role the first two neutral
  // participants are source and target.
  const int64_t directed = g.Event("2022-01-01", {{b, "target"}, {a, "speaker"}});
  const int64_t neutral = g.Event("2022-01-02", {{a, "participant"}, {b, "participant"}});
  const int64_t reverse = g.Event("2022-01-03", {{a, "guest"}, {b, "host"}, {c, "participant"}});
  const int64_t other = g.Event("2022-01-04", {{c, "participant"}, {b, "participant"}});
  auto q = g.store->BeginGraph();
  AggregateQuery agg;
  agg.by_source = agg.by_target = agg.by_date = true;
  std::map<std::string, std::pair<int64_t, int64_t>> dyads;
  for (const auto& r : q->Aggregate(agg).rows) dyads[r.date] = {r.source, r.target};
  CHECK(dyads.at("2022-01-01") == std::pair{a, b});
  CHECK(dyads.at("2022-01-02") == std::pair{a, b});
  CHECK(dyads.at("2022-01-03") == std::pair{b, a});
  CHECK(dyads.at("2022-01-04") == std::pair{b, c});
  EventFilter f;
  f.limit = 10;
  f.dyad_a = a;
  f.dyad_b = b;
  std::set<int64_t> either;
  for (const auto& v : q->Events(f)) either.insert(v.id);
  CHECK(either == std::set<int64_t>{directed, neutral, reverse});
  CHECK_FALSE(either.count(other));
  f.dyad_directed = true;
  std::set<int64_t> dir;
  for (const auto& v : q->Events(f)) dir.insert(v.id);
  CHECK(dir == std::set<int64_t>{directed, neutral});
}

TEST_CASE("FtsPrefixQuery splits words where the tokenizer does, so no query is a phrase") {
  CHECK(FtsPrefixQuery("sergey lav") == "\"sergey\"* \"lav\"*");
  CHECK(FtsPrefixQuery("Russia’s «proposals»") == "\"Russia\"* \"s\"* \"proposals\"*");
  CHECK(FtsPrefixQuery("NEAR(a b) \"x\" -y OR *") ==
        "\"NEAR\"* \"a\"* \"b\"* \"x\"* \"y\"* \"OR\"*");
  CHECK(FtsPrefixQuery("Zelens\xFFkyy") == "\"Zelens\"* \"kyy\"*");  // invalid UTF-8 separates
  CHECK(FtsPrefixQuery("Łukasz Müller 2025") == "\"Łukasz\"* \"Müller\"* \"2025\"*");
  CHECK(FtsPrefixQuery(" — ’ ").empty());
}

TEST_CASE("document search with punctuation inside words (regression: phrase query error)") {
  // document_fts keeps no positions (migration 0009): a quoted multi-token
  // string would fail as a phrase query instead of searching.
  Graph g;
  {
    auto w = g.store->BeginWrite();
    DocumentRow d;
    d.title = "Roundtable";
    d.text = "Russia’s proposals on collective security guarantees were sent to the U.S.";
    d.content_hash = "h";
    d.ingested_at = 1;
    d.extractor_version = "t";
    w->InsertDocument(d);
    w->Commit();
  }
  auto q = g.store->BeginGraph();
  for (const char* text : {"Russia’s proposals", "U.S. guarantees", "collective secur"}) {
    INFO(text);
    auto hits = q->SearchDocuments(text, 0, 10);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].snippet.find("<mark>") != std::string::npos);
  }
  CHECK(q->SearchDocuments("guarantees sanctions", 0, 10).empty());
}

namespace {
EventRow EventWithId(int64_t id) {
  EventRow v;
  v.id = id;
  return v;
}
EntityRow EntityWithId(int64_t id) {
  EntityRow e;
  e.id = id;
  return e;
}
}  // namespace

TEST_CASE("NodesToLoad asks for the nodes a capped walk shows, in row order") {
  // Rows of four events of seed 1, newest first: partners 2, 3, 2, 4.
  const std::vector<ParticipantRow> rows = {{10, 1, "agent"},  {10, 2, "target"}, {11, 1, "agent"},
                                            {11, 3, "target"}, {12, 1, "agent"},  {12, 2, "target"},
                                            {13, 1, "agent"},  {13, 4, "target"}};
  const std::function<bool(int64_t)> none = [](int64_t) { return false; };
  using Ids = std::vector<int64_t>;
  SUBCASE("the cap: two events and their partners, then nothing more to ask") {
    NodesToLoad plan(rows, {1}, none, none, 4);
    const NodeIds want = plan.Next();
    CHECK(want.events == Ids{10, 11});
    CHECK(want.entities == Ids{2, 3});
    plan.Loaded(want, {EventWithId(10), EventWithId(11)}, {EntityWithId(2), EntityWithId(3)});
    CHECK(plan.Next().empty());
  }
  SUBCASE("nodes the caller holds take no room") {
    const std::function<bool(int64_t)> held = [](int64_t id) { return id == 10; };
    NodesToLoad plan(rows, {1}, held, none, 4);
    const NodeIds want = plan.Next();
    CHECK(want.events == Ids{11, 12});
    CHECK(want.entities == Ids{2, 3});
  }
  SUBCASE("a missing event frees its place and hides its partner, as the caller skips them") {
    NodesToLoad plan(rows, {1}, none, none, 4);
    const NodeIds first = plan.Next();
    REQUIRE(first.events == Ids{10, 11});
    plan.Loaded(first, {EventWithId(10)}, {EntityWithId(2), EntityWithId(3)});
    // 10, 2 shown; 11 missing (3 not shown with it); 12 (its 2 is shown), 13.
    const NodeIds second = plan.Next();
    CHECK(second.events == Ids{12, 13});
    CHECK(second.entities.empty());
    plan.Loaded(second, {EventWithId(12), EventWithId(13)}, {});
    CHECK(plan.Next().empty());
  }
  SUBCASE("no cap in reach: every node once") {
    NodesToLoad plan(rows, {1}, none, none, 100);
    const NodeIds want = plan.Next();
    CHECK(want.events == Ids{10, 11, 12, 13});
    CHECK(want.entities == Ids{2, 3, 4});
  }
}

TEST_CASE("EventsOfWithNodes loads a busy seed's capped level, not every node its events name") {
  Graph g;
  const int64_t seed = g.Entity("Seed");
  for (int i = 0; i < 12; ++i) {
    const int64_t partner = g.Entity("Partner " + std::to_string(i));
    g.Event("2025-01-" + std::string(i < 9 ? "0" : "") + std::to_string(i + 1),
            {{seed, "agent"}, {partner, "target"}});
  }
  auto q = g.store->BeginGraph();
  const std::function<bool(int64_t)> none = [](int64_t) { return false; };
  const auto level = q->EventsOfWithNodes({seed}, EventFilter{}, 12, 5, none, none);
  CHECK(level.rows.size() == 24);   // every event's participants: the edges
  CHECK(level.events.size() == 3);  // newest event, partner, event, partner, event
  CHECK(level.entities.size() == 2);
  const auto all = q->EventsOfWithNodes({seed}, EventFilter{}, 12, 100, none, none);
  CHECK(all.events.size() == 12);
  CHECK(all.entities.size() == 12);
}
