// The trigger lexicon against the domain vocabulary (base/vocabulary.h), and
// the seam that lets a caller give the event stage a lexicon of its own.
#include "extract/lexicon.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <string>

#include "base/vocabulary.h"
#include "extract/extractor.h"
#include "extract_test_util.h"

using namespace parley;
using namespace parley::extract;

TEST_CASE("every built-in trigger names a vocabulary event type and a coded CAMEO code") {
  const auto& triggers = Lexicon::BuiltIn().triggers();
  REQUIRE(triggers.size() > 100);
  for (const auto& t : triggers) {
    INFO("trigger " << t.rule << " (" << t.type << ", " << t.cameo << ")");
    const vocab::EventType* type = vocab::FindEventType(t.type);
    REQUIRE(type != nullptr);
    const CameoInfo* info = LookupCameo(t.cameo);
    CHECK(info != nullptr);
    // Not checked: that the code's quad class is the type's. An event's quad
    // class follows its CAMEO code (a denial is CAMEO 016, a statement, quad
    // 1, though Parley files it under "rejection"), the type's is a default.
  }
}

TEST_CASE("every CAMEO code of the coding table is well formed and has a known root") {
  for (const CameoInfo& c : CameoTable()) {
    const std::string code = c.code;
    INFO("code " << code);
    CHECK(code.size() >= 2);
    CHECK(code.size() <= 4);
    CHECK(std::all_of(code.begin(), code.end(), [](char ch) { return ch >= '0' && ch <= '9'; }));
    CHECK(c.quad >= 1);
    CHECK(c.quad <= 4);
    CHECK(c.goldstein >= -10.0);
    CHECK(c.goldstein <= 10.0);
    // The root itself is coded, so a finer code never falls back to nothing.
    CHECK(LookupCameo(code.substr(0, 2)) != nullptr);
  }
}

TEST_CASE("an injected lexicon replaces the built-in triggers") {
  // "parleyed" is in no built-in row: only the injected lexicon knows it.
  static constexpr TriggerRow kRows[] = {
      {"parleyed with", "meeting", "040", kVerb | kMeet, "test-parley"},
  };
  ExtractorOptions options;
  options.lexicon = std::make_shared<const Lexicon>(kRows);
  const auto custom = Extractor::Load(testing::ConfigDir(), options);
  InputDocument doc;
  doc.id = "d";
  doc.published_at = "2025-12-03";
  doc.text = "Sergey Lavrov parleyed with Steve Witkoff in Moscow on Tuesday.";

  const Extraction with = custom->Extract(doc);
  REQUIRE(with.events.size() == 1);
  CHECK(with.events[0].type == "meeting");
  CHECK(with.events[0].participants.size() == 2);

  const Extraction without = testing::SharedExtractor().Extract(doc);
  CHECK(std::none_of(without.events.begin(), without.events.end(),
                     [](const Event& e) { return e.type == "meeting"; }));
  // The built-in "met" is not in the injected lexicon.
  doc.text = "Sergey Lavrov met Steve Witkoff in Moscow on Tuesday.";
  CHECK(custom->Extract(doc).events.empty());
}
