#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/sentences.h"
#include "extract/text.h"
#include "extract/tokens.h"

using namespace parley::extract;

TEST_CASE("normalisation folds quotes and dashes and maps back to code points") {
  const std::string raw =
      "He said: \xE2\x80\x9CYes\xE2\x80\x9D \xE2\x80\x94 Zelenskyy\xC2\xA0spoke.";
  const auto n = Normalize(raw);
  CHECK(n.text == "He said: \"Yes\"  -  Zelenskyy spoke.");
  const size_t b = n.text.find("Zelenskyy");
  int64_t s, e;
  n.MapSpan(b, b + 9, &s, &e);
  CHECK(n.OriginalSlice(s, e) == "Zelenskyy");
  CHECK(s == 17);
}

TEST_CASE("invalid UTF-8 is repaired, NFC composes combining marks") {
  const std::string raw = std::string("Caf") + "e\xCC\x81" + " \xFF\xED\xA0\x80 ok";
  const auto n = Normalize(raw);
  CHECK(n.repaired);
  CHECK(n.text.substr(0, 5) == "Caf\xC3\xA9");
  int64_t s, e;
  n.MapSpan(3, 5, &s, &e);
  CHECK(s == 3);
  CHECK(e == 5);  // "e" + combining acute: two original code points
  CHECK(n.OriginalSlice(s, e) == "e\xCC\x81");
}

TEST_CASE("sentences survive abbreviations and initials") {
  const std::string t =
      "Lavrov spoke to the U.S. envoy on Dec. 11 in Moscow. Mr. Witkoff and Gen. J. Smith "
      "agreed. \"We understand,\" he said. No. 10 said nothing.\nNew paragraph";
  const auto s = SplitSentences(t);
  REQUIRE(s.size() == 5);
  CHECK(t.substr(s[0].begin, s[0].end - s[0].begin) ==
        "Lavrov spoke to the U.S. envoy on Dec. 11 in Moscow.");
  CHECK(t.substr(s[1].begin, s[1].end - s[1].begin) == "Mr. Witkoff and Gen. J. Smith agreed.");
}

TEST_CASE("a section break opens a sentence, and its asterisks are in none") {
  // kremlin.ru runs its "* * *" breaks on after a sentence, with or without a space; the
  // heading and speaker line after one were read as part of the sentence before.
  const std::string t =
      "The documents were signed. * * * Beginning of talks Vladimir Putin: Good afternoon. "
      "The stands were shown.*** President of Russia Vladimir Putin: Colleagues.\n* * *\nEnd.";
  const auto s = SplitSentences(t);
  std::vector<std::string> texts;
  for (const auto& r : s) texts.push_back(t.substr(r.begin, r.end - r.begin));
  CHECK(texts == std::vector<std::string>{
                     "The documents were signed.",
                     "Beginning of talks Vladimir Putin: Good afternoon.", "The stands were shown.",
                     "President of Russia Vladimir Putin: Colleagues.", "End."});
  // The text's first sentence and each one after a break open a section (the speaker-label
  // reader lets a heading run on there); a lone asterisk does not.
  std::vector<bool> opens;
  for (const auto& r : s) opens.push_back(r.opens_section);
  CHECK(opens == std::vector<bool>{true, true, false, true, true});
  const auto lone = SplitSentences("Prices rose. * Note: figures are provisional.");
  REQUIRE(lone.size() == 2);
  CHECK_FALSE(lone[1].opens_section);
}

TEST_CASE("dateline is its own unit") {
  const std::string t = "MOSCOW, Dec 11 (Reuters) - Russia said on Thursday it was ready.";
  const auto s = SplitSentences(t);
  REQUIRE(s.size() == 2);
  CHECK(t.substr(s[1].begin, s[1].end - s[1].begin) == "Russia said on Thursday it was ready.");
}

TEST_CASE("tokens: possessives, hyphenated names, acronyms") {
  const std::string t = "Ukraine's U.S. envoy at the Witkoff-Putin meeting";
  std::vector<Token> toks;
  Tokenize(t, 0, t.size(), &toks);
  std::vector<std::string> words;
  for (const auto& k : toks) words.push_back(k.lower);
  CHECK(words == std::vector<std::string>{"ukraine", "'s", "u.s.", "envoy", "at", "the", "witkoff",
                                          "-", "putin", "meeting"});
  CHECK(toks[1].possessive);
  CHECK_FALSE(toks[7].space_before);
}
