// Tests for the ingest front end's fast paths: the UTF-8 check and the
// content-hash normalisation must give exactly what the straightforward
// versions (utf8proc_iterate, NFC then isspace collapsing) give, on every
// input, or stored hashes change.
#include <doctest/doctest.h>
#include <utf8proc.h>

#include <cctype>
#include <cstdlib>
#include <random>
#include <string>

#include "ingest/document_input.h"

using namespace parley;
using namespace parley::ingest;

namespace {

bool ReferenceIsValidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  auto left = static_cast<utf8proc_ssize_t>(s.size());
  while (left > 0) {
    utf8proc_int32_t cp;
    const utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) return false;
    p += n;
    left -= n;
  }
  return true;
}

// NormalizeForHash as it was: piecewise NFC, then a second pass collapsing
// std::isspace runs.
std::string ReferenceNormalizeForHash(std::string_view text) {
  std::string nfc;
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    size_t j = i;
    while (j < n && static_cast<unsigned char>(text[j]) < 0x80) ++j;
    if (j == n) {
      nfc.append(text.substr(i));
      break;
    }
    const size_t start = j > i ? j - 1 : j;
    nfc.append(text.substr(i, start - i));
    size_t k = j;
    while (k < n && static_cast<unsigned char>(text[k]) >= 0x80) ++k;
    const std::string piece(text.substr(start, k - start));
    auto* mapped = utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(piece.c_str()));
    if (mapped) {
      nfc += reinterpret_cast<const char*>(mapped);
      std::free(mapped);
    } else {
      nfc += piece;
    }
    i = k;
  }
  return CollapseSeparators(
      nfc, [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; });
}

}  // namespace

TEST_CASE("IsValidUtf8 follows utf8proc_iterate byte for byte") {
  // Every lead byte with every second byte and telling third and fourth
  // bytes, behind ASCII of each length up to the eight-byte skip and past it.
  const unsigned char tails[] = {0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xff};
  for (unsigned lead = 0x80; lead <= 0xff; ++lead)
    for (unsigned second = 0; second <= 0xff; ++second)
      for (unsigned char third : tails)
        for (unsigned char fourth : tails) {
          const char bytes[] = {static_cast<char>(lead), static_cast<char>(second),
                                static_cast<char>(third), static_cast<char>(fourth)};
          for (size_t len = 1; len <= 4; ++len) {
            const std::string_view s(bytes, len);
            if (IsValidUtf8(s) != ReferenceIsValidUtf8(s)) {
              FAIL("differs on " << lead << " " << second << " " << int(third) << " " << int(fourth)
                                 << " length " << len);
            }
          }
        }
  std::mt19937 rng(11);
  const char* pieces[] = {"a",    "plain ", "\xC3\xA9", "\xE2\x80\x99", "\xF0\x9F\x98\x80",
                          "\xFF", "\x80",   "\xE2\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80",
                          "\0"};
  for (int round = 0; round < 20000; ++round) {
    std::string s(rng() % 20, 'x');
    const int n = static_cast<int>(rng() % 6);
    for (int i = 0; i < n; ++i) {
      const char* p = pieces[rng() % (sizeof pieces / sizeof *pieces)];
      s += *p ? std::string(p) : std::string(1, '\0');
      s.append(rng() % 10, 'y');
    }
    REQUIRE(IsValidUtf8(s) == ReferenceIsValidUtf8(s));
  }
}

TEST_CASE("NormalizeForHash gives what NFC then whitespace collapsing gave") {
  const char* cases[] = {
      "",
      " ",
      "  \t\n ",
      "plain",
      "  leading and trailing  ",
      "a\tb\nc\vd\fe\rf  g",
      "Zelenskyy\u2019s \u201cpeace\u201d plan \u2014 in Kyiv",
      "Cafe\u0301 and e\u0301te\u0301",
      "\u0301leading combining mark",
      " \u0301 space then mark",
      "no\u00a0break\u2003em\u0085next line stay",
      "\u212a Kelvin \u037e Greek question mark \u1fef",
      "\u2adc grows under NFC \u0958",
  };
  for (const char* c : cases) {
    INFO(c);
    CHECK(NormalizeForHash(c) == ReferenceNormalizeForHash(c));
  }
  // A NUL before a non-ASCII run cuts utf8proc's input short: kept as it was.
  const std::string nul("a\0\xC3\xA9 b", 6);
  CHECK(NormalizeForHash(nul) == ReferenceNormalizeForHash(nul));
  const char* pieces[] = {"a",      "Ze",     " ",      "  ",     "\t",     "\n",
                          "\r\n",   "\v",     "\f",     "\u0301", "\u0308", "\u00e9",
                          "\u2019", "\u00a0", "\u1100", "\u1161", "\u0338", "=",
                          "\xFF",   "\xC3",   "\u2adc", "\u212b", ".",      "word"};
  std::mt19937 rng(3);
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    const int len = static_cast<int>(rng() % 16);
    for (int i = 0; i < len; ++i) s += pieces[rng() % (sizeof pieces / sizeof *pieces)];
    if (rng() % 8 == 0) s.insert(rng() % (s.size() + 1), 1, '\0');
    INFO(s);
    REQUIRE(NormalizeForHash(s) == ReferenceNormalizeForHash(s));
  }
}
