// The resolution and merge rules of ingestion, one named function each.
#include <doctest/doctest.h>

#include <algorithm>

#include "ingest/resolve.h"

using namespace parley;
using namespace parley::ingest;

namespace {

store::EntityRow Person(int64_t id, const std::string& country) {
  store::EntityRow e;
  e.id = id;
  e.type = "person";
  e.country = country;
  return e;
}

store::EventRow Event(const std::string& type, const std::string& date, int64_t place = 0,
                      const std::string& quote = "") {
  store::EventRow v;
  v.type = type;
  v.date = date;
  v.location_id = place;
  v.quote = quote;
  return v;
}

}  // namespace

TEST_CASE("resolve: an alias match must agree on country, surnames need one candidate") {
  const std::vector<store::EntityRow> two = {Person(1, "RUS"), Person(2, "USA")};
  CHECK(ChooseAliasMatch(two, "Sergey Lavrov", "RUS") == 0);
  CHECK(ChooseAliasMatch(two, "Sergey Lavrov", "USA") == 1);
  CHECK(ChooseAliasMatch(two, "Sergey Lavrov", "FRA") == -1);
  // A multi-word name without a country takes the first compatible one...
  CHECK(ChooseAliasMatch(two, "John Smith", "") == 0);
  // ...but a lone surname is ambiguous among several.
  CHECK(ChooseAliasMatch(two, "Smith", "") == -1);
  CHECK(ChooseAliasMatch({Person(3, "")}, "Smith", "") == 0);
  // A candidate without a country is compatible with any.
  CHECK(ChooseAliasMatch({Person(4, "")}, "Smith", "GBR") == 0);
  CHECK(ChooseAliasMatch({}, "Smith", "GBR") == -1);
}

TEST_CASE("resolve: the graph row is touched only to fill what it lacks") {
  store::EntityRow known = Person(1, "RUS");
  store::EntityRow found = Person(0, "RUS");
  CHECK_FALSE(FillsGaps(known, found));
  found.sector = "GOV";
  CHECK(FillsGaps(known, found));
  known.sector = "MIL";  // the graph's own value is never overwritten
  CHECK_FALSE(FillsGaps(known, found));
}

TEST_CASE("resolve: consultations of every kind merge with each other, other types alone") {
  const auto consult = MergeTypes("call");
  for (const char* t : {"meeting", "summit", "visit", "call", "talks", "negotiation"})
    CHECK(std::find(consult.begin(), consult.end(), t) != consult.end());
  CHECK(MergeTypes("sanction") == std::vector<std::string>{"sanction"});
  CHECK(MergeTypes("not-a-type") == std::vector<std::string>{"not-a-type"});
}

TEST_CASE("resolve: date windows follow the precision") {
  std::string from, to;
  DateWindow("2025-12-14", "day", &from, &to);
  CHECK((from == "2025-12-14" && to == "2025-12-14"));
  DateWindow("2025-12", "month", &from, &to);
  CHECK((from == "2025-12-01" && to == "2025-12-31"));
  DateWindow("2025", "year", &from, &to);
  CHECK((from == "2025-01-01" && to == "2025-12-31"));
}

TEST_CASE("resolve: the same event needs shared participants and no conflicting place") {
  const auto report = Event("meeting", "2025-12-14", 10);
  CHECK(SameEvent(report, {1, 2}, Event("meeting", "2025-12-14", 10), {1, 2, 3}));
  CHECK(SameEvent(report, {1, 2}, Event("meeting", "2025-12-14", 0), {1, 2}));
  CHECK_FALSE(SameEvent(report, {1, 2}, Event("meeting", "2025-12-14", 11), {1, 2}));
  // Two shared participants are needed when both sides have two or more.
  CHECK_FALSE(SameEvent(report, {1, 2}, Event("meeting", "2025-12-14", 10), {1, 3}));
  // One suffices when a side has only one.
  CHECK(SameEvent(report, {1}, Event("meeting", "2025-12-14", 10), {1, 3}));
  // Dated and undated reports never merge; undated ones need the same place.
  CHECK_FALSE(SameEvent(report, {1, 2}, Event("meeting", "", 10), {1, 2}));
  CHECK(SameEvent(Event("meeting", "", 10), {1, 2}, Event("meeting", "", 10), {1, 2}));
  CHECK_FALSE(SameEvent(Event("meeting", "", 10), {1, 2}, Event("meeting", "", 0), {1, 2}));
  // Statements merge only on the same quote.
  CHECK_FALSE(
      SameEvent(Event("statement", "2025-12-14"), {1}, Event("statement", "2025-12-14"), {1}));
  CHECK(SameEvent(Event("statement", "2025-12-14", 0, "We agree."), {1},
                  Event("statement", "2025-12-14", 0, "We agree."), {1}));
}

TEST_CASE("resolve: a merge keeps what the graph had and adds what it lacked") {
  store::EventRow existing = Event("meeting", "2025-12-14", 0);
  existing.confidence = 0.5;
  existing.cameo = "040";
  store::EventRow report = Event("summit", "2025-12-14", 10, "quoted");
  report.confidence = 0.9;
  report.cameo = "043";
  report.topic = "peace plan";
  const auto merged = MergeEvent(existing, report, 99);
  CHECK(merged.location_id == 10);
  CHECK(merged.quote == "quoted");
  CHECK(merged.topic == "peace plan");
  CHECK(merged.cameo == "040");  // the graph's code stays
  CHECK(merged.type == "summit");
  CHECK(merged.confidence == doctest::Approx(0.9));
  CHECK(merged.last_seen == 99);
}

TEST_CASE("resolve: a context or publication date stands in for a date but is never merged on") {
  auto published = [](const std::string& date, int64_t place) {
    store::EventRow v = Event("meeting", date, place);
    v.date_precision = "day";
    v.date_source = "published";
    return v;
  };
  CHECK(StatedDate(published("2022-05-20", 0)).empty());
  CHECK(StatedDate(Event("meeting", "2022-05-16")) == "2022-05-16");
  store::EventRow context = Event("meeting", "2022-05-16");
  context.date_source = "context";
  CHECK(StatedDate(context).empty());
  context.date_source = "text";
  CHECK(StatedDate(context) == "2022-05-16");
  // A stated date and a publication date of the same day are different
  // kinds of knowledge: no merge.
  CHECK_FALSE(
      SameEvent(Event("meeting", "2022-05-20", 10), {1, 2}, published("2022-05-20", 10), {1, 2}));
  // With the same place and no stated date they merge, as undated reports do.
  CHECK(SameEvent(published("2022-05-21", 10), {1, 2}, published("2022-05-20", 10), {1, 2}));
  CHECK(SameEvent(published("2022-05-21", 10), {1, 2}, Event("meeting", "", 10), {1, 2}));
  // The merged event keeps the earliest report's date.
  auto merged = MergeEvent(published("2022-05-21", 10), published("2022-05-20", 10), 5);
  CHECK(merged.date == "2022-05-20");
  CHECK(merged.date_source == "published");
  merged = MergeEvent(Event("meeting", "", 10), published("2022-05-20", 10), 5);
  CHECK(merged.date == "2022-05-20");
  CHECK(merged.date_precision == "day");
  CHECK(merged.date_source == "published");
  // A stated date is never replaced by a publication date.
  merged = MergeEvent(Event("meeting", "2022-05-30", 10), published("2022-05-20", 10), 5);
  CHECK(merged.date == "2022-05-30");
}
