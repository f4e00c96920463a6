// query/periods and query/aggregate over an in-memory graph: ISO weeks,
// quarters, dates coarser than the bucket (kept in a period of their own
// precision, never dropped), dyadic monthly counts with mean Goldstein,
// country roll-ups, the dyad filter and timelines (issue 17).
#include <doctest/doctest.h>

#include "fake_graph.h"
#include "query/aggregate.h"
#include "query/events.h"
#include "query/periods.h"

using namespace parley;
using parley::testing::FakeGraph;

TEST_CASE("PeriodOf: ISO weeks use the week-numbering year, never an empty or negative year") {
  // Regression: /timeline?bucket=week said "" or "-4707-Wnn" (strftime misread "2022").
  CHECK(query::PeriodOf("2022-03-15", "week").label == "2022-W11");
  CHECK(query::PeriodOf("2021-01-03", "week").label == "2020-W53");
  CHECK(query::PeriodOf("2024-12-30", "week").label == "2025-W01");
  CHECK(query::PeriodOf("2022-03-15", "week").start == "2022-03-14");
  CHECK(query::PeriodOf("2022-03-15", "week").end == "2022-03-20");
  // Coarser dates keep a period of their own precision.
  auto month = query::PeriodOf("2022-03", "week");
  CHECK(month.label == "2022-03");
  CHECK(month.precision == "month");
  auto year = query::PeriodOf("2022", "week");
  CHECK(year.label == "2022");
  CHECK(year.precision == "year");
  CHECK(query::PeriodOf("2022", "month").label == "2022");
  CHECK(query::PeriodOf("2022-11-05", "quarter").label == "2022-Q4");
  CHECK(query::PeriodOf("2022-02", "quarter").label == "2022-Q1");
  CHECK(query::PeriodOf("2022-02", "day").label == "2022-02");
  CHECK(query::PeriodOf("2022-02-28", "year").label == "2022");
  CHECK(query::PeriodOf("", "month").label.empty());
  CHECK(query::PeriodOf("2022-02-30", "day").label.empty());
}

TEST_CASE("PeriodBefore: by first day, the wider period first, undated last") {
  const auto y = query::PeriodOf("2022", "month"), m = query::PeriodOf("2022-01-05", "month"),
             f = query::PeriodOf("2022-02", "month"), u = query::PeriodOf("", "month");
  CHECK(query::PeriodBefore(y, m));
  CHECK(query::PeriodBefore(m, f));
  CHECK(query::PeriodBefore(f, u));
  CHECK_FALSE(query::PeriodBefore(u, y));
}

TEST_CASE("ParsePartialDate accepts the three precisions and nothing else") {
  CHECK(query::ParsePartialDate("2022"));
  CHECK(query::ParsePartialDate("2022-03"));
  CHECK(query::ParsePartialDate("2024-02-29"));
  CHECK_FALSE(query::ParsePartialDate("2023-02-29"));
  CHECK_FALSE(query::ParsePartialDate("2022-13"));
  CHECK_FALSE(query::ParsePartialDate("22"));
  CHECK_FALSE(query::ParsePartialDate("2022-3-1"));
  CHECK_FALSE(query::ParsePartialDate("0000"));
}

namespace {

// Russia (1, RUS) and Ukraine (2, UKR) and the USA (3): meetings and calls at
// every date precision; the first participant of each is its source.
FakeGraph Dyads() {
  FakeGraph g;
  g.AddEntity(1, "Lavrov");
  g.AddEntity(2, "Kuleba");
  g.AddEntity(3, "Blinken");
  g.SetCountry(1, "RUS");
  g.SetCountry(2, "UKR");
  g.SetCountry(3, "USA");
  g.AddEvent(1, "meeting", "2022-03-10", {1, 2});
  g.SetCodes(1, "040", 1.0, 1, "CONSULT");
  g.AddEvent(2, "call", "2022-03-20", {1, 2});
  g.SetCodes(2, "040", 3.0, 1, "CONSULT");
  g.AddEvent(3, "meeting", "2022-03", {2, 1});  // month precision
  g.SetCodes(3, "040", 2.0, 1, "CONSULT");
  g.AddEvent(4, "threat", "2022", {1, 2});  // year precision
  g.SetCodes(4, "130", -4.4, 3, "THREATEN");
  g.AddEvent(5, "meeting", "2022-04-02", {3, 2});
  g.AddEvent(6, "statement", "", {1});  // undated
  return g;
}

}  // namespace

TEST_CASE("Aggregate: monthly dyadic counts with mean Goldstein, every event counted once") {
  FakeGraph g = Dyads();
  query::AggregateSpec spec;
  spec.group_by = {"period", "source", "target"};
  spec.bucket = "month";
  const auto r = query::Aggregate(g, spec);
  CHECK(r.total_events == 6);
  int64_t sum = 0;
  for (const auto& grp : r.groups) sum += grp.events;
  CHECK(sum == 6);
  // Order: 2022 (year), 2022-03, 2022-04, undated.
  REQUIRE(r.groups.size() == 5);
  CHECK(r.groups[0].keys == std::vector<std::string>{"2022", "1", "2"});
  CHECK(r.groups[0].period.precision == "year");
  CHECK(r.groups[1].keys == std::vector<std::string>{"2022-03", "1", "2"});
  CHECK(r.groups[1].events == 2);
  CHECK(r.groups[1].GoldsteinMean() == doctest::Approx(2.0));
  CHECK(r.groups[2].keys == std::vector<std::string>{"2022-03", "2", "1"});
  CHECK(r.groups[3].keys == std::vector<std::string>{"2022-04", "3", "2"});
  CHECK(r.groups[3].goldstein_count == 0);
  CHECK(r.groups[4].keys == std::vector<std::string>{"", "1", ""});
  CHECK(r.entities.at(1).name == "Lavrov");
}

TEST_CASE("Aggregate: a month-precision date in a week bucket keeps its month") {
  FakeGraph g = Dyads();
  query::AggregateSpec spec;
  spec.group_by = {"period"};
  spec.bucket = "week";
  const auto r = query::Aggregate(g, spec);
  std::vector<std::string> labels;
  for (const auto& grp : r.groups) labels.push_back(grp.keys[0]);
  CHECK(labels ==
        std::vector<std::string>{"2022", "2022-03", "2022-W10", "2022-W11", "2022-W13", ""});
}

TEST_CASE("Aggregate: countries roll up entities, codes and quad classes group") {
  FakeGraph g = Dyads();
  query::AggregateSpec spec;
  spec.group_by = {"source_country", "target_country", "quad_class"};
  const auto r = query::Aggregate(g, spec);
  REQUIRE(!r.groups.empty());
  CHECK(r.groups[0].keys == std::vector<std::string>{"RUS", "UKR", "1"});
  CHECK(r.groups[0].events == 2);
  spec.group_by = {"cameo_root", "plover"};
  const auto codes = query::Aggregate(g, spec);
  CHECK(codes.groups[0].keys == std::vector<std::string>{"04", "CONSULT"});
  CHECK(codes.groups[0].events == 3);
}

TEST_CASE("Aggregate: the dyad filter, either direction or directed, and type lists") {
  FakeGraph g = Dyads();
  query::AggregateSpec spec;
  spec.group_by = {"type"};
  spec.filter.dyad_a = 1;
  spec.filter.dyad_b = 2;
  CHECK(query::Aggregate(g, spec).total_events == 4);
  spec.filter.dyad_directed = true;
  CHECK(query::Aggregate(g, spec).total_events == 3);
  spec.filter.types = {"meeting", "call"};
  CHECK(query::Aggregate(g, spec).total_events == 2);
}

TEST_CASE("Aggregate: from=2022 keeps year-, month- and day-precision events of 2022") {
  FakeGraph g = Dyads();
  query::AggregateSpec spec;
  spec.group_by = {"period"};
  spec.filter.from = "2022-03-15";
  spec.filter.to = "2022-03";
  // 2022-03-20, 2022-03 and 2022 overlap the bound; 2022-03-10 and 2022-04-02 do not.
  CHECK(query::Aggregate(g, spec).total_events == 3);
}

TEST_CASE("Timeline: weeks of every precision, undated counted apart") {
  FakeGraph g = Dyads();
  const auto t = query::Timeline(g, 1, "", "", "week", 0);
  std::vector<std::string> labels;
  int64_t n = 0;
  for (const auto& p : t.periods) {
    labels.push_back(p.period);
    for (const auto& [type, c] : p.counts) n += c;
  }
  CHECK(labels == std::vector<std::string>{"2022", "2022-03", "2022-W10", "2022-W11"});
  CHECK(t.periods[0].precision == "year");
  CHECK(t.undated.at("statement") == 1);
  CHECK(n + 1 == 5);
}
