// Garbage in, no crash out: invalid UTF-8, NULs, lone surrogates, control bytes and a huge
// single sentence go through Extract() with every reported offset inside the text.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "extract/ndjson.h"
#include "extract/text.h"
#include "extract_test_util.h"

using namespace parley::extract;
using parley::extract::testing::SharedExtractor;

namespace {

void CheckOffsets(const InputDocument& doc, const Extraction& x) {
  const int64_t n = Normalize(doc.text).CodePoints();
  auto ok = [&](const Span& s) { return s.start >= 0 && s.start <= s.end && s.end <= n; };
  for (const auto& e : x.entities) {
    for (const auto& m : e.mentions) CHECK(ok(m));
  }
  for (const auto& v : x.events) {
    for (const auto& s : v.evidence) CHECK(ok(s));
  }
}

}  // namespace

TEST_CASE("random bytes never crash Extract") {
  std::mt19937 rng(42);
  const std::string words[] = {
      "Putin ", "met ",  "Lavrov",       "\xED\xA0\x80", std::string(1, '\0'),
      "\xFF",   "\"",    "U.S. ",        "President ",   "Dec. 11",
      "-",      "'s ",   "\xE2\x80\x94", "e\xCC\x81",    "\n",
      ". ",     "with ", "Berlin "};
  for (int round = 0; round < 300; ++round) {
    InputDocument doc;
    doc.published_at = round % 2 ? "2025-12-14" : "nonsense";
    const int len = static_cast<int>(rng() % 200);
    for (int k = 0; k < len; ++k) {
      if (rng() % 3 == 0) {
        doc.text.push_back(static_cast<char>(rng() % 256));
      } else {
        doc.text += words[rng() % std::size(words)];
      }
    }
    const auto x = SharedExtractor().Extract(doc);
    CheckOffsets(doc, x);
    CHECK_NOTHROW(ToJson(x).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }
}

TEST_CASE("a 1 MB single sentence stays linear and valid") {
  InputDocument doc;
  doc.published_at = "2025-12-14";
  std::string unit = "Russian Foreign Minister Sergey Lavrov met U.S. envoy Steve Witkoff and ";
  while (doc.text.size() < (1u << 20)) doc.text += unit;
  const auto x = SharedExtractor().Extract(doc);
  CheckOffsets(doc, x);
  CHECK_FALSE(x.entities.empty());
}

TEST_CASE("NDJSON driver reports bad lines and continues") {
  std::istringstream in(
      "{\"id\":\"a\",\"text\":\"Putin met Macron in Paris "
      "today.\",\"published_at\":\"2025-01-02\"}\n"
      "not json\n\n{\"id\":\"c\"}\n{\"id\":\"d\",\"text\":\"\"}\n");
  std::ostringstream out, err;
  const int rc = ExtractNdjson(in, out, err, SharedExtractor(), false);
  CHECK(rc == 1);
  std::istringstream lines(out.str());
  std::string l;
  std::vector<nlohmann::json> got;
  while (std::getline(lines, l)) got.push_back(nlohmann::json::parse(l));
  REQUIRE(got.size() == 4);
  CHECK(got[0]["id"] == "a");
  CHECK(got[1]["line"] == 2);
  CHECK(got[2]["line"] == 4);
  CHECK(got[3]["id"] == "d");
  CHECK(err.str().find("line 2") != std::string::npos);
}

TEST_CASE(
    "regression: an event mentioned in every sentence grew its rule by +rule each time "
    "(issue 19.5)") {
  InputDocument doc;
  doc.published_at = "2025-12-14";
  constexpr int kSentences = 4000;
  for (int i = 0; i < kSentences; ++i) doc.text += "Putin met Lavrov in Moscow. ";
  const auto x = SharedExtractor().Extract(doc);
  REQUIRE(x.events.size() == 1);
  const Event& v = x.events[0];
  // One event, every sentence its evidence, in text order, each once...
  REQUIRE(v.evidence.size() == kSentences);
  for (size_t i = 1; i < v.evidence.size(); ++i)
    CHECK(v.evidence[i - 1].start < v.evidence[i].start);
  // ...and each rule that found it named once, not once per sentence.
  std::vector<std::string> rules;
  for (size_t at = 0; at <= v.rule.size();) {
    const size_t plus = std::min(v.rule.find('+', at), v.rule.size());
    rules.push_back(v.rule.substr(at, plus - at));
    at = plus + 1;
  }
  INFO(v.rule.substr(0, 200));
  std::vector<std::string> distinct = rules;
  std::sort(distinct.begin(), distinct.end());
  distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
  CHECK(rules.size() == distinct.size());
}

TEST_CASE("NDJSON driver: a document's country is the voice of its 'we'") {
  // The UN General Debate corpus gives each speech's delegation as "country_iso3": "We call on
  // the international community" in Uganda's speech is Uganda's appeal (it was nobody's).
  const std::string text =
      "President Yoweri Museveni sends his greetings. We call on the international community to "
      "support the implementation of the Agreement.";
  std::istringstream in(
      "{\"id\":\"ungdc-UGA-73-2018\",\"date\":\"2018\",\"country_iso3\":"
      "\"UGA\",\"text\":\"" +
      text +
      "\"}\n{\"id\":\"no-country\",\"date\":"
      "\"2018\",\"text\":\"" +
      text + "\"}\n{\"id\":\"not-a-code\",\"date\":\"2018\",\"country\":\"uga\",\"text\":\"" +
      text + "\"}\n");
  std::ostringstream out, err;
  CHECK(ExtractNdjson(in, out, err, SharedExtractor(), false) == 0);
  std::istringstream lines(out.str());
  std::string l;
  std::vector<nlohmann::json> got;
  while (std::getline(lines, l)) got.push_back(nlohmann::json::parse(l));
  REQUIRE(got.size() == 3);
  auto request_source = [](const nlohmann::json& doc) {
    for (const auto& ev : doc["events"]) {
      if (ev["type"] == "request") return ev["source_actor_code"];
    }
    return nlohmann::json("no request");
  };
  CHECK(request_source(got[0]) == "UGA");
  CHECK(request_source(got[1]) != "UGA");
  CHECK(request_source(got[2]) != "UGA");  // no ISO alpha-3 code: ignored
}
