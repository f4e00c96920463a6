// Tests for the text normalisations behind content hashes and alias keys:
// the piecewise NFC and the ASCII fast path must give exactly what
// utf8proc gives on the whole string, or hashes of stored documents change.
#include <doctest/doctest.h>
#include <utf8proc.h>

#include <cstdlib>
#include <random>
#include <string>

#include "ingest/document_input.h"
#include "ingest/ingester.h"

using namespace parley::ingest;

namespace {

std::string WholeNfc(const std::string& s) {
  auto* m = utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(s.c_str()));
  std::string out = reinterpret_cast<const char*>(m);
  std::free(m);
  return out;
}

std::string FoldWithUtf8proc(const std::string& s) {
  utf8proc_uint8_t* m = nullptr;
  auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                        static_cast<utf8proc_ssize_t>(s.size()), &m,
                        static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                                       UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD));
  std::string out(reinterpret_cast<char*>(m), static_cast<size_t>(n));
  std::free(m);
  return out;
}

}  // namespace

TEST_CASE("piecewise NFC equals NFC of the whole text") {
  const char* cases[] = {
      "",
      "plain ASCII only",
      "Zelenskyy\u2019s \u201cpeace\u201d plan \u2014 in Kyiv",
      "Cafe\u0301 and e\u0301te\u0301",             // combining marks after ASCII letters
      "\u0301leading combining mark",               // nothing to compose with
      "a\u0301\u0323b",                             // two marks, reordered by NFC
      "\u1100\u1161 Hangul jamo compose",           // non-ASCII starters composing
      "x\u0338 and =\u0338 and <\u0338",            // ASCII + ccc=1 overlay: ≠ ≮
      "Ha\u0308user \u00e9\u00e8 \u212b Angstrom",  // singleton decomposition
      "end with a mark e\u0301",
  };
  for (const char* c : cases) {
    INFO(c);
    CHECK(Nfc(c) == WholeNfc(c));
  }
  // Random mixes of ASCII, precomposed letters and combining marks.
  const char* pieces[] = {"a",      "e",      " ",      "Z", "\u0301", "\u0308", "\u00e9", "\u2019",
                          "\u1100", "\u1161", "\u0323", ".", "\n",     "\u0338", "="};
  std::mt19937 rng(42);
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    const int len = static_cast<int>(rng() % 12);
    for (int i = 0; i < len; ++i) s += pieces[rng() % (sizeof pieces / sizeof *pieces)];
    INFO(s);
    REQUIRE(Nfc(s) == WholeNfc(s));
  }
}

TEST_CASE("alias keys: the ASCII fast path folds like utf8proc") {
  for (const char* name :
       {"Sergey LAVROV", "U.S.", "Jean-Yves Le Drian", "O'Neill", "  Two  Spaces "})
    CHECK(NormalizeName(name) == NormalizeName(FoldWithUtf8proc(name)));
  CHECK(NormalizeName("U.S.") == "us");
  CHECK(NormalizeName("Jean-Yves Le Drian") == "jean yves le drian");
  CHECK(NormalizeName("Zelenskyy") == NormalizeName("ZELENSKYY"));
  CHECK(NormalizeName("Łukasz Müller") == NormalizeName("łukasz muller"));
  CHECK(NormalizeName("Ahmet Davuto\u011flu") == "ahmet davutoglu");
}
