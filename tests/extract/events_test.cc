// Event arguments on real news sentences: coordinated subjects, dates after appositive places,
// relative weekdays, and CAMEO roots of common diplomatic verbs.
#include <doctest/doctest.h>

#include <algorithm>

#include "extract_test_util.h"

using namespace parley::extract;
using parley::extract::testing::SharedExtractor;

namespace {

Extraction Run(const std::string& text, const std::string& published) {
  InputDocument doc;
  doc.id = "t";
  doc.text = text;
  doc.published_at = published;
  return SharedExtractor().Extract(doc);
}

std::string NameOf(const Extraction& x, const std::string& id) {
  for (const auto& e : x.entities) {
    if (e.id == id) return e.name;
  }
  return {};
}

std::vector<std::string> Names(const Extraction& x, const Event& ev) {
  std::vector<std::string> out;
  for (const auto& p : ev.participants) out.push_back(NameOf(x, p.entity));
  std::sort(out.begin(), out.end());
  return out;
}

const Event* FirstOfType(const Extraction& x, std::initializer_list<const char*> types) {
  for (const auto& ev : x.events) {
    for (const char* t : types) {
      if (ev.type == t) return &ev;
    }
  }
  return nullptr;
}

}  // namespace

TEST_CASE("coordinated subjects both take part; the date after 'in P, Region,' is kept") {
  const auto x =
      Run("Russian President Vladimir Putin and U.S. President Donald Trump held a summit in "
          "Anchorage, Alaska, on August 15 to discuss the war in Ukraine.",
          "2025-08-16");
  const Event* ev = FirstOfType(x, {"summit", "meeting"});
  REQUIRE(ev != nullptr);
  CHECK(Names(x, *ev) == std::vector<std::string>{"Donald Trump", "Vladimir Putin"});
  CHECK(ev->date == "2025-08-15");
  CHECK(NameOf(x, ev->location) == "Anchorage");
}

TEST_CASE("'X and Y met in P on Friday' resolves the weekday before publication") {
  const auto x =
      Run("Donald Trump and Vladimir Putin met in Anchorage on Friday for a summit.", "2025-08-16");
  const Event* ev = FirstOfType(x, {"summit", "meeting"});
  REQUIRE(ev != nullptr);
  CHECK(Names(x, *ev) == std::vector<std::string>{"Donald Trump", "Vladimir Putin"});
  CHECK(ev->date == "2025-08-15");
  CHECK(NameOf(x, ev->location) == "Anchorage");
}

TEST_CASE("titled and appositive ministers meet") {
  auto x =
      Run("Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in Beijing "
          "on Monday.",
          "2025-03-05");
  const Event* ev = FirstOfType(x, {"meeting"});
  REQUIRE(ev != nullptr);
  CHECK(Names(x, *ev) == std::vector<std::string>{"Sergey Lavrov", "Wang Yi"});
  CHECK(ev->date == "2025-03-03");
  CHECK(NameOf(x, ev->location) == "Beijing");

  x = Run("Sergei Lavrov, Russia's foreign minister, met Wang Yi in Moscow on Tuesday.",
          "2025-04-02");
  ev = FirstOfType(x, {"meeting"});
  REQUIRE(ev != nullptr);
  CHECK(Names(x, *ev).size() == 2);
  CHECK(ev->date == "2025-04-01");
  CHECK(NameOf(x, ev->location) == "Moscow");
}

TEST_CASE("a place before a coordinated subject is not a participant") {
  const auto x =
      Run("In Moscow, Vladimir Putin and Xi Jinping held talks on Tuesday.", "2025-05-09");
  const Event* ev = FirstOfType(x, {"meeting"});
  REQUIRE(ev != nullptr);
  CHECK(Names(x, *ev) == std::vector<std::string>{"Vladimir Putin", "Xi Jinping"});
}
