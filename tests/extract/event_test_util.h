// Helpers shared by the event tests (events_test.cc and the files that continue it): run
// the shared extractor on a sentence and read the events it gives.
#pragma once

#include <algorithm>
#include <initializer_list>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include <doctest/doctest.h>

#include "extract_test_util.h"

namespace parley::extract::testing {

inline Extraction Run(const std::string& text, const std::string& published) {
  InputDocument doc;
  doc.id = "t";
  doc.text = text;
  doc.published_at = published;
  return SharedExtractor().Extract(doc);
}

// As Run, for a document whose `source` names the publishing site ("kremlin.ru").
inline Extraction RunOnSite(const std::string& text, const std::string& published,
                            const std::string& source) {
  InputDocument doc;
  doc.id = "t";
  doc.text = text;
  doc.published_at = published;
  doc.source = source;
  return SharedExtractor().Extract(doc);
}

// An event's source and target actor codes in sorted order: a mutual event's dyad whatever
// the order the text names its parties in.
inline std::vector<std::string> SortedDyad(const Event& ev) {
  std::vector<std::string> codes = {ev.source_actor_code, ev.target_actor_code};
  std::sort(codes.begin(), codes.end());
  return codes;
}

inline std::string NameOf(const Extraction& x, const std::string& id) {
  for (const auto& e : x.entities) {
    if (e.id == id) return e.name;
  }
  return {};
}

inline std::vector<std::string> Names(const Extraction& x, const Event& ev) {
  std::vector<std::string> out;
  for (const auto& p : ev.participants) out.push_back(NameOf(x, p.entity));
  std::sort(out.begin(), out.end());
  return out;
}

inline const Event* FirstOfType(const Extraction& x, std::initializer_list<const char*> types) {
  for (const auto& ev : x.events) {
    for (const char* t : types) {
      if (ev.type == t) return &ev;
    }
  }
  return nullptr;
}

// Checks that the first event of one of `types` in `text` is the mutual dyad {a, b} (sorted).
inline void CheckMutualDyad(const std::string& text, const char* published,
                            std::initializer_list<const char*> types, const std::string& a,
                            const std::string& b) {
  CAPTURE(text);
  const auto x = Run(text, published);
  const Event* ev = FirstOfType(x, types);
  REQUIRE(ev != nullptr);
  CHECK(SortedDyad(*ev) == std::vector<std::string>{a, b});
}

inline Extraction RunFrom(const std::string& text, const std::string& url) {
  InputDocument doc;
  doc.id = "t";
  doc.text = text;
  doc.published_at = "2022-05-10";
  doc.url = url;
  return SharedExtractor().Extract(doc);
}

// A document that says whose voice it is, as a UN General Debate speech's country_iso3 does.
inline Extraction RunVoiced(const std::string& text, const std::string& country,
                            const std::string& published) {
  InputDocument doc;
  doc.id = "ungdc-" + country;
  doc.text = text;
  doc.published_at = published;
  doc.country = country;
  return SharedExtractor().Extract(doc);
}

// Collects (type, CAMEO, source code, target code) of every event, for the tests.
inline std::set<std::tuple<std::string, std::string, std::string, std::string>> Coded(
    const Extraction& x) {
  std::set<std::tuple<std::string, std::string, std::string, std::string>> out;
  for (const auto& ev : x.events) {
    out.emplace(ev.type, ev.cameo, ev.source_actor_code, ev.target_actor_code);
  }
  return out;
}

}  // namespace parley::extract::testing
