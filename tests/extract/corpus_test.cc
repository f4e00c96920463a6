// Real text: every offset the extractor reports must reproduce its text (code points), over
// the whole press-release corpus; telephone conversations must come out as calls.
#include <doctest/doctest.h>

#include <fstream>

#include "base/utf8.h"
#include "extract/text.h"
#include "extract_test_util.h"

using namespace parley::extract;
using parley::extract::testing::SharedDir;
using parley::extract::testing::SharedExtractor;

namespace {

// Code-point slice of a valid UTF-8 string, as Python's text[start:end].
std::string CpSlice(const std::string& s, int64_t start, int64_t end) {
  std::string out;
  int64_t cp = 0;
  for (size_t i = 0; i < s.size();) {
    char32_t c;
    int len = parley::DecodeUtf8(s, i, &c);
    if (len == 0) len = 1;
    if (cp >= start && cp < end) out.append(s, i, len);
    ++cp;
    i += len;
  }
  return out;
}

}  // namespace

TEST_CASE("press releases: offsets reproduce text, calls have two parties") {
  const auto path = SharedDir() / "corpus" / "press-releases-dev.jsonl";
  std::ifstream in(path);
  if (!in) {
    MESSAGE("skip: press releases not found");
    return;
  }
  std::string line;
  int docs = 0, bad = 0, calls = 0, calls_two = 0, meetings = 0;
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line);
    InputDocument doc;
    doc.id = j.value("id", "");
    doc.text = j.value("text", "");
    doc.published_at = j.value("date", "");
    doc.source = j.value("source", "");
    doc.url = j.value("url", "");
    const auto x = SharedExtractor().Extract(doc);
    ++docs;
    auto check = [&](const Span& s) {
      if (CpSlice(doc.text, s.start, s.end) != s.text || s.text.empty()) ++bad;
    };
    for (const auto& e : x.entities) {
      for (const auto& m : e.mentions) check(m);
    }
    for (const auto& v : x.events) {
      for (const auto& s : v.evidence) check(s);
      if (v.type == "call") {
        ++calls;
        if (v.participants.size() >= 2) ++calls_two;
      }
      if (v.type == "meeting") ++meetings;
    }
  }
  MESSAGE("docs " << docs << ", calls " << calls << " (" << calls_two
                  << " with two parties), meetings " << meetings);
  CHECK(bad == 0);
  CHECK(calls > 0);
  CHECK(calls_two * 10 >= calls * 7);
}
