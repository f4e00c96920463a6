#include "extract/sentences.h"

#include <array>
#include <cctype>
#include <string>
#include <unordered_set>

namespace parley::extract {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAlpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// Words that, followed by '.', are abbreviations rather than sentence ends (lower case).
const std::unordered_set<std::string>& Abbreviations() {
  static const std::unordered_set<std::string> kAbbrev = {
      "mr",     "mrs",   "ms",   "dr",  "prof",   "gen",  "col", "lt",   "sgt",  "capt",
      "cmdr",   "adm",   "maj",  "gov", "sen",    "rep",  "rev", "st",   "no",   "nos",
      "vol",    "art",   "para", "fig", "jan",    "feb",  "mar", "apr",  "jun",  "jul",
      "aug",    "sep",   "sept", "oct", "nov",    "dec",  "mon", "tue",  "tues", "wed",
      "thu",    "thurs", "fri",  "sat", "sun",    "inc",  "ltd", "co",   "corp", "jr",
      "sr",     "vs",    "etc",  "al",  "approx", "dept", "est", "pres", "amb",  "hon",
      "messrs", "mt",    "ft",   "op",  "cf",     "e.g",  "i.e"};
  return kAbbrev;
}

// After an abbreviation that may also end a sentence ("... to the U.S. He said"), these start
// a new sentence.
const std::unordered_set<std::string>& Openers() {
  static const std::unordered_set<std::string> kOpeners = {
      "He",   "She",   "It",    "They", "We",      "I",   "The", "This",
      "That", "These", "Those", "But",  "However", "In",  "On",  "At",
      "A",    "An",    "His",   "Her",  "Their",   "Our", "Its", "There"};
  return kOpeners;
}

}  // namespace

std::vector<SentenceRange> SplitSentences(std::string_view text) {
  std::vector<SentenceRange> out;
  const size_t n = text.size();
  size_t start = 0;
  // Asterisks skipped since the last sentence: a break may stand on a line of its own.
  int stars = 0;
  auto push = [&](size_t b, size_t e) {
    // A section break's asterisks ("* * *") open no sentence of their own.
    while (b < e && (IsSpace(text[b]) || text[b] == '*')) stars += text[b++] == '*';
    while (e > b && IsSpace(text[e - 1])) --e;
    if (b == e) return;
    out.push_back({b, e, out.empty() || stars >= 3});
    stars = 0;
  };
  // Dateline: "MOSCOW, Dec 11 (Reuters) - ..." — an all-caps place, a comma, then " - ".
  {
    size_t k = 0;
    while (k < n && IsSpace(text[k])) ++k;
    size_t j = k;
    while (j < n && (IsUpper(text[j]) || text[j] == ' ')) ++j;
    if (j >= k + 3 && j < n && text[j] == ',') {
      const size_t dash = text.substr(j, 60).find(" - ");
      if (dash != std::string_view::npos &&
          text.substr(j, dash).find_first_of(".\n") == std::string_view::npos) {
        push(k, j + dash + 2);
        start = j + dash + 3;
      }
    }
  }
  // Bytes that can end a sentence; the rest are skipped in a tight loop.
  static constexpr auto kStop = [] {
    std::array<bool, 256> t{};
    t['\n'] = t['.'] = t['!'] = t['?'] = true;
    return t;
  }();
  for (size_t i = start; i < n; ++i) {
    while (i < n && !kStop[static_cast<unsigned char>(text[i])]) ++i;
    if (i >= n) break;
    const char c = text[i];
    if (c == '\n') {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (c != '.' && c != '!' && c != '?') continue;
    size_t j = i + 1;
    while (j < n && (text[j] == '"' || text[j] == '\'' || text[j] == ')' || text[j] == ']' ||
                     text[j] == '.' || text[j] == '!' || text[j] == '?')) {
      ++j;
    }
    // The Kremlin's section break "* * *" (also glued: "Park.*** Excerpts") opens a sentence.
    if (j < n && !IsSpace(text[j]) && text[j] != '*') continue;
    size_t k = j;
    while (k < n && text[k] == ' ') ++k;
    if (k >= n || text[k] == '\n') {
      push(start, j);
      start = j;
      i = j - 1;
      continue;
    }
    const char next = text[k];
    const bool starts_sentence = IsUpper(next) || next == '"' || next == '\'' || next == '(' ||
                                 std::isdigit(static_cast<unsigned char>(next)) ||
                                 static_cast<unsigned char>(next) >= 0x80 || next == '-' ||
                                 next == '*';
    if (!starts_sentence) continue;
    if (c == '.') {
      // The word before the period.
      size_t w = i;
      while (w > start && (IsAlpha(text[w - 1]) || text[w - 1] == '.')) --w;
      std::string word(text.substr(w, i - w));
      for (auto& ch : word) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      const bool initial = word.size() == 1 && IsUpper(text[w]);
      const bool dotted = word.find('.') != std::string::npos;  // U.S., U.N., e.g
      if (initial || dotted || Abbreviations().count(word) > 0) {
        size_t e = k;
        while (e < n && IsAlpha(text[e])) ++e;
        const std::string next_word(text.substr(k, e - k));
        // "Gen. Smith", "Dec. 11", "U.S. President": not a boundary unless a pronoun or
        // article clearly opens a new sentence after an acronym.
        if (!(dotted && Openers().count(next_word) > 0)) continue;
      }
    }
    push(start, j);
    start = j;
    i = j - 1;
  }
  push(start, n);
  return out;
}

}  // namespace parley::extract
