// Regression test for a fuzzer find (fuzz_extract, 2026-11-28): an event
// merged with a mention from another sentence kept that mention's date
// tokens but not its sentence, so the date's span was cut from the wrong
// sentence — a heap-buffer-overflow under ASan.
#include <doctest/doctest.h>

#include <string>

#include "extract/extractor.h"
#include "extract/text.h"
#include "test_util.h"

TEST_CASE("regression: a merged event's date span comes from the date's own sentence") {
  const auto ex = parley::extract::Extractor::Load(parley::testing::SourceDir() / "config");
  parley::extract::InputDocument doc;
  doc.id = "fuzz-86eb30b5";
  doc.published_at = "2025-12-14";
  doc.text = std::string(
      "\x43\x61\x66\x65\xcc\x81\x20\x73\x69\x64\x65\x6e\x74\x20\x44\x6f\x6e\x61\x6d\x64\x20\x54\x72"
      "\x75\x6d\x70\x27\x73\x20\x53\x70\x65\x63\x69\x61\x6c\x20\x45\x6e\x76\x6f\x79\x20\x53\x74\x65"
      "\x76\x65\x20\x57\x69\x74\x6b\x6f\x66\x66\x20\x6d\x65\x74\x20\x5a\x65\x6c\x65\x6e\x73\x6b\x79"
      "\x79\x20\x69\x6e\x20\x42\x65\x72\x6c\x69\x6e\xff\xed\xa0\x80\x20\x00\x7a\x55\x2e\xa6\x53\x2e"
      "\x20\x50\x72\x65\x73\x69\x64\x65\x6e\x74\x20\x44\x6f\x6e\x61\x6d\x64\x20\x54\x72\x75\x6d\x70"
      "\x27\x73\x20\x53\x70\x65\x5b\x69\x61\x6c\x20\x45\x6e\x76\x6f\x79\x20\x53\x74\x65\x76\x65\x20"
      "\x57\x69\x74\x6b\x6f\x66\x66\x20\x6d\x65\x74\x20\x5a\x65\x6c\x65\x6e\x73\x6b\x79\x79\x20\x69"
      "\x6e\x20\x42\x65\x72\x6c\x69\x6e\x20\x74\x6f\x64\x61\x79\x2e",
      176);
  const auto x = ex->Extract(doc);
  const int64_t n = parley::extract::Normalize(doc.text).CodePoints();
  for (const auto& v : x.events) {
    for (const auto& s : v.evidence) {
      CHECK(s.start >= 0);
      CHECK(s.end <= n);
    }
    // Under ASan the old code overflowed here; without it, the text was cut
    // from the wrong sentence. The date's words must appear in the text.
    if (!v.date_text.empty()) CHECK(doc.text.find(v.date_text) != std::string::npos);
  }
}
