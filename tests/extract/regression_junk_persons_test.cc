// Regression tests for junk people that title and honorific rules made out
// of institution words (found reading the press-release and UNGDC outputs).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_test_util.h"

using namespace parley::extract;
using parley::extract::testing::SharedExtractor;

namespace {

Extraction Run(const std::string& text) {
  InputDocument doc;
  doc.id = "t";
  doc.text = text;
  doc.published_at = "2024-05-01";
  return SharedExtractor().Extract(doc);
}

std::vector<std::string> People(const Extraction& x) {
  std::vector<std::string> out;
  for (const auto& e : x.entities)
    if (e.type == "person") out.push_back(e.name);
  return out;
}

const Entity* Named(const Extraction& x, const std::string& name) {
  for (const auto& e : x.entities)
    if (e.name == name) return &e;
  return nullptr;
}

}  // namespace

TEST_CASE("regression: 'Armed Forces Vladimir Putin' from a title chain") {
  const auto x =
      Run("Supreme Commander-in-Chief of the Russian Federation Armed Forces Vladimir Putin held a "
          "meeting with the Security Council.");
  CHECK(People(x) == std::vector<std::string>{"Vladimir Putin"});
}

TEST_CASE("regression: 'the General Assembly' read as General + a person named Assembly") {
  const auto x =
      Run("I am delighted to report to the General Assembly that we have made progress.");
  CHECK(People(x).empty());
  const Entity* unga = Named(x, "UN General Assembly");
  REQUIRE(unga != nullptr);
  CHECK(unga->type == "organization");
}

TEST_CASE("regression: 'Mr. Speaker' made a person named Speaker") {
  CHECK(People(Run("Dear Mr. Speaker, dear colleagues, thank you.")).empty());
  CHECK(People(Run("Mrs. Speaker, I thank the Assembly.")).empty());
}

TEST_CASE("regression: a list 'X, Deputy Prime Minister Y' gave X the title of Y") {
  const auto x =
      Run("Taking part were Chief of the Government Staff Pavel Ostrogin, Deputy Prime Minister "
          "Alexander Novak, and Transport Minister Roman Starovoit.");
  for (const auto& name : People(x)) {
    INFO(name);
    CHECK(name.find("Staff") == std::string::npos);
    CHECK(name.find("Transport") == std::string::npos);
  }
  // An unknown chief of staff: only the list's next item is a deputy prime minister.
  const Entity* chief = Named(x, "Pavel Ostrogin");
  REQUIRE(chief != nullptr);
  for (const auto& r : chief->roles) CHECK(r.title != "deputy prime minister");
}

TEST_CASE("regression: an honorific bypassed the dictionary ('Mr. Antonio Guterres')") {
  const auto x = Run("We welcome Mr. Antonio Guterres as Secretary-General.");
  const Entity* g = Named(x, "António Guterres");
  REQUIRE(g != nullptr);
  CHECK(g->id.rfind("open:", 0) != 0);
}
