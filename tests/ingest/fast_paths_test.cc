// Tests for the ingest front end's fast paths: the JSON line reader, the
// UTF-8 check and the content-hash normalisation must give exactly what the
// straightforward versions (nlohmann's DOM, utf8proc_iterate, NFC then
// isspace collapsing) give, on every input, or stored hashes change and
// bad input reads differently.
#include <doctest/doctest.h>
#include <utf8proc.h>
#include <zlib.h>

#include <cctype>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "base/utf8.h"
#include "ingest/document_input.h"
#include "ingest/sources.h"
#include "test_util.h"

using namespace parley;
using namespace parley::ingest;
using namespace std::string_literals;

namespace {

// What DocumentFromJsonText did before its fast path.
std::string ReferenceFromJsonText(std::string_view text, DocumentInput* out) {
  nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded()) return "not valid JSON";
  return DocumentFromJson(j, out);
}

// Same error, and on success the same document.
void CheckSameAsReference(const std::string& text) {
  INFO("input: " << text);
  DocumentInput fast, slow;
  const std::string fast_error = DocumentFromJsonText(text, &fast);
  const std::string slow_error = ReferenceFromJsonText(text, &slow);
  REQUIRE(fast_error == slow_error);
  if (!fast_error.empty()) return;
  CHECK(fast.text == slow.text);
  CHECK(fast.external_id == slow.external_id);
  CHECK(fast.title == slow.title);
  CHECK(fast.url == slow.url);
  CHECK(fast.source == slow.source);
  CHECK(fast.published_at == slow.published_at);
  CHECK(fast.metadata.dump() == slow.metadata.dump());
}

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

std::vector<SourceItem> Read(const std::string& path) {
  std::vector<SourceItem> items;
  std::istringstream none;
  ForEachDocument({path}, none, [&](SourceItem& item) { items.push_back(item); });
  return items;
}

}  // namespace

TEST_CASE("JSON lines: the fast reader agrees with nlohmann on edge cases") {
  const char* cases[] = {
      // Plain, with every known field, and with extras of every JSON type.
      R"({"text": "Lavrov met Wang."})",
      R"({"id": "a1", "title": "T", "url": "http://x/y", "source": "S", "published_at": "2024-05-06", "text": "x"})",
      R"({"text": "x", "n": 1, "f": -1.5e3, "big": 123456789012345678901234567890, "t": true, "no": false, "nil": null, "arr": [1, "two", {"three": [3]}], "obj": {"k": "v", "e": {}}, "s": "str"})",
      R"({"text": "x", "date": "2015"})",
      R"({"text": "x", "published_at": "", "date": "2015-09"})",
      R"({"text": "x", "published_at": "2015", "date": "nonsense"})",
      R"({"text": "x", "text_file": "a.txt"})",
      R"({"text": "x", "text_file": 5})",
      // Escapes, \u with surrogate pairs, and their malformed kinds.
      R"({"text": "q\"uote\\back\/slash\b\f\n\r\t end"})",
      R"({"text": "caf\u00e9 \u2019 \uD83D\uDE00 \u0000 nul \u00E9"})",
      R"({"text": "lone \uD83D high"})",
      R"({"text": "lone \uDE00 low"})",
      R"({"text": "bad pair \uD83D\u0041"})",
      R"({"text": "short \u12"})",
      R"({"text": "bad hex \u12G4"})",
      R"({"text": "bad escape \x41"})",
      R"({"text": "ends in a backslash\\"})",
      R"({"text": "\\\"three"})",
      R"({"te\u0078t": "escaped key"})",
      R"({"text": "x", "k\"ey": "escaped quote in key"})",
      // Missing, duplicate, mistyped and blank fields.
      R"({})",
      R"({"title": "no text"})",
      R"({"text": "   \n\t "})",
      R"({"text": ""})",
      R"({"text": 5})",
      R"({"text": null})",
      R"({"text": "x", "id": 17})",
      R"({"text": "x", "id": -17})",
      R"({"text": "x", "id": 1.5})",
      R"({"text": "x", "id": null, "title": null})",
      R"({"text": "x", "title": ["a"]})",
      R"({"text": "first", "text": "second"})",
      R"({"text": "x", "extra": 1, "extra": 2})",
      R"({"text": "x", "published_at": "last week"})",
      // Invalid JSON of many kinds.
      R"({"text": "x",})",
      R"({"text": "x"} trailing)",
      R"({"text": "x"}})",
      R"({"text" "x"})",
      R"({text: "x"})",
      R"({'text': 'x'})",
      R"({"text": "x", "n": 01})",
      R"({"text": "x", "n": 1.})",
      R"({"text": "x", "n": -})",
      R"({"text": "x", "n": tru})",
      R"({"text": "x", "n": True})",
      R"({"text": "x", "a": [1, 2})",
      R"({"text": "x", "a": [1, 2}]})",
      R"({"text": "x", "a": {"b": 1]})",
      R"({"text": "x", "a": ["]"]})",
      R"({"text": "x", "a": "]"})",
      R"({"text": "x" /* comment */})",
      R"({"text": "unterminated)",
      R"({"text": "x")",
      "{",
      "",
      "   ",
      "[1]",
      R"("text")",
      "42",
      "null",
      // Whitespace JSON allows, CRLF endings, and what it does not allow.
      " \t{ \"text\" :\r\n\"x\" , \"id\" : \"i\" } \r",
      "{\"text\": \"x\"}\r",
      "{\"text\": \"x\"}\f",
      "{\"text\": \"x\"}\v",
      "{\"text\": \"x\"}\x00",
      "{\"text\": \"raw\ttab\"}",
      "{\"text\": \"raw\nnewline\"}",
      "{\"text\": \"raw \x01 control\"}",
      "{\"text\": \"raw \x7f del\"}",
      // A byte-order mark, valid and invalid UTF-8.
      "\xEF\xBB\xBF{\"text\": \"after a BOM\"}",
      "{\"text\": \"caf\xC3\xA9 \xE2\x80\x99 \xF0\x9F\x98\x80\"}",
      "{\"text\": \"bad \xFF byte\"}",
      "{\"text\": \"truncated \xE2\x80\"}",
      "{\"text\": \"overlong \xC0\xAF\"}",
      "{\"text\": \"surrogate \xED\xA0\x80\"}",
      "{\"text\": \"x\", \"k\xFF\": 1}",
      "{\"text\": \"x\", \"meta\": \"bad \xC3\"}",
      "{\"text\": \"x\", \"meta\": [\"bad \xC3\"]}",
  };
  for (const char* c : cases) CheckSameAsReference(c);
  // nlohmann takes a NUL outside strings for the end of input.
  const std::string nuls[] = {
      "{\"text\": \"embedded\0nul\"}"s,
      "{\"text\": \"x\"}\0 trailing"s,
      "{\"n\": 5\0, \"text\": \"x\"}"s,
      "{\"n\": true\0{\"text\": \"x\"}"s,
      "{\"text\": \"x\", \"a\": [1]\0]}"s,
      "{\"text\": \"x\", \"a\": [1\0]}"s,
      "{\"text\":\0 \"x\"}"s,
  };
  for (const auto& c : nuls) CheckSameAsReference(c);
}

TEST_CASE("JSON lines: the fast reader agrees with nlohmann on mutated documents") {
  const std::string base =
      R"({"id": "ungdc-AFG-70-2015", "title": "Session 70: Afghanistan", "date": "2015",)"
      R"( "source": "UNGDC", "country_iso3": "AFG", "n": [1, {"k": null}], "text": )"
      R"("It gives me \"great\" pleasure\n\u2019s caf\u00e9 \uD83D\uDE00 \\ end"})";
  CheckSameAsReference(base);
  const std::string alphabet = "{}[]\":,\\u0123456789abcdefEtrn-+. \t\r\n\xC3\xA9\xFF\x01\0"s;
  std::mt19937 rng(7);
  for (int round = 0; round < 3000; ++round) {
    std::string s = base;
    const int edits = 1 + static_cast<int>(rng() % 3);
    for (int e = 0; e < edits; ++e) {
      const size_t at = rng() % (s.size() + 1);
      const char c = alphabet[rng() % alphabet.size()];
      switch (rng() % 3) {
        case 0:
          s.insert(at, 1, c);
          break;
        case 1:
          if (at < s.size()) s.erase(at, 1);
          break;
        default:
          if (at < s.size()) s[at] = c;
      }
    }
    CheckSameAsReference(s);
  }
}

TEST_CASE("JSON lines: a huge field reads whole") {
  std::string text;
  for (int i = 0; i < 200000; ++i) text += "word\\n\\\"q\\\" \\u00e9 ";
  const std::string line = "{\"title\": \"big\", \"text\": \"" + text + "\"}";
  CheckSameAsReference(line);
  DocumentInput d;
  REQUIRE(DocumentFromJsonText(line, &d) == "");
  CHECK(d.text.size() == 200000 * std::string("word\n\"q\" \xC3\xA9 ").size());
}

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

TEST_CASE("sources: NDJSON lines across read chunks, CRLF and a last line without newline") {
  testing::TempDir dir;
  // Lines longer than the 1 MiB read chunk straddle it.
  const std::string long_text(1500000, 'w');
  std::string content = "{\"text\": \"one\"}\r\n\r\n  \n{\"text\": \"" + long_text + "\"}\n";
  content += "{\"text\": \"" + long_text + "\", \"id\": \"b\"}\nnot json\n{\"text\": \"last\"}";
  std::ofstream(dir.File("a.jsonl"), std::ios::binary) << content;
  gzFile gz = gzopen(dir.File("a.jsonl.gz").c_str(), "wb");
  REQUIRE(gz != nullptr);
  REQUIRE(gzwrite(gz, content.data(), static_cast<unsigned>(content.size())) ==
          static_cast<int>(content.size()));
  gzclose(gz);
  for (const char* name : {"a.jsonl", "a.jsonl.gz"}) {
    INFO(name);
    const auto items = Read(dir.File(name));
    REQUIRE(items.size() == 5);
    CHECK(items[0].error.empty());
    CHECK(items[0].doc.text == "one");
    CHECK(items[0].origin == dir.File(name) + ":1");
    CHECK(items[0].bytes == 17);
    CHECK(items[1].doc.text == long_text);
    CHECK(items[1].origin == dir.File(name) + ":4");
    CHECK(items[2].doc.external_id == "b");
    CHECK(items[2].doc.text == long_text);
    CHECK(items[3].error == "not valid JSON");
    CHECK(items[3].origin == dir.File(name) + ":6");
    CHECK(items[4].doc.text == "last");
    CHECK(items[4].origin == dir.File(name) + ":7");
  }
}

TEST_CASE("sources: a truncated gzip file reports its lines, then the gzip error") {
  testing::TempDir dir;
  std::string content;
  for (int i = 0; i < 2000; ++i) content += "{\"text\": \"document " + std::to_string(i) + "\"}\n";
  const std::string full = dir.File("full.jsonl.gz");
  gzFile gz = gzopen(full.c_str(), "wb");
  REQUIRE(gz != nullptr);
  gzwrite(gz, content.data(), static_cast<unsigned>(content.size()));
  gzclose(gz);
  std::ifstream in(full, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::ofstream(dir.File("cut.jsonl.gz"), std::ios::binary) << bytes.substr(0, bytes.size() / 2);
  const auto items = Read(dir.File("cut.jsonl.gz"));
  REQUIRE(items.size() >= 2);
  CHECK(items.front().error.empty());
  CHECK(items.back().error.find("gzip: ") == 0);
}
