#include "extract/tokens.h"

#include <utf8proc.h>

#include <array>

#include "base/utf8.h"
#include "extract/text.h"

namespace parley::extract {
namespace {

// Byte classes for the word-scanning loop, one table load per byte instead of range tests.
enum : uint8_t { kAlpha = 1, kDigit = 2, kLowerAscii = 4 };
constexpr auto kClass = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kAlpha | kLowerAscii;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kAlpha;
  for (int c = '0'; c <= '9'; ++c) t[c] = kDigit;
  return t;
}();
constexpr auto kToLower = [] {
  std::array<char, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return t;
}();

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsWordByte(char c) {
  return IsAsciiAlpha(c) || IsDigit(c) || static_cast<unsigned char>(c) >= 0x80;
}

// Whether the code point at text[i] (non-ASCII) is a letter or digit; punctuation outside
// ASCII (e.g. '€', '•') must not glue onto words.
bool NonAsciiWordChar(std::string_view text, size_t i, int* len, bool* upper) {
  char32_t cp;
  *len = DecodeUtf8(text, i, &cp);
  if (*len == 0) {
    *len = 1;
    return false;
  }
  const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  *upper = cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
  return cat <= UTF8PROC_CATEGORY_MC || cat == UTF8PROC_CATEGORY_ND || cat == UTF8PROC_CATEGORY_ME;
}

// Sets t->lower to the lower-cased `s` and t->hash to its KeyHash, in one pass when `s` is
// ASCII (nearly every token).
void SetKey(std::string_view s, bool ascii, Token* t) {
  if (!ascii) {
    t->lower = LowerKey(s);
    t->hash = KeyHash(t->lower);
    return;
  }
  t->lower.resize(s.size());
  char* out = t->lower.data();
  uint64_t h = kKeyHashSeed;
  for (size_t k = 0; k < s.size(); ++k) {
    const char c = kToLower[static_cast<unsigned char>(s[k])];
    out[k] = c;
    h = KeyHashStep(h, c);
  }
  t->hash = KeyHashFinish(h);
}

}  // namespace

std::string LowerKey(std::string_view s) {
  bool ascii = true;
  for (char c : s) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) {  // the common case: one pass, no per-byte push_back
    std::string out(s);
    for (auto& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    }
    return out;
  }
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    const char c = s[i];
    if (static_cast<unsigned char>(c) < 0x80) {
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
      ++i;
      continue;
    }
    char32_t cp;
    const int len = DecodeUtf8(s, i, &cp);
    if (len == 0) {
      out.push_back(c);
      ++i;
      continue;
    }
    AppendUtf8(&out, static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp))));
    i += len;
  }
  return out;
}

void Tokenize(std::string_view text, size_t begin, size_t end, std::vector<Token>* out) {
  out->clear();
  // About one token per five bytes of English; growing the vector moved every token's key.
  out->reserve((end - begin) / 4 + 4);
  size_t i = begin;
  bool space = true;
  while (i < end) {
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n') {
      space = true;
      ++i;
      continue;
    }
    bool upper_first = false;
    int len = 1;
    const bool high = static_cast<unsigned char>(c) >= 0x80;
    const bool word_start = high ? NonAsciiWordChar(text, i, &len, &upper_first) : IsWordByte(c);
    // Tokens are built in place: constructing one aside and moving it in copied its key.
    Token& t = out->emplace_back();
    t.begin = static_cast<uint32_t>(i);
    t.space_before = space;
    space = false;
    if (!word_start) {
      // Possessive after a word: "Ukraine's", "Witkoffs'".
      if (c == '\'' && out->size() > 1 && (*out)[out->size() - 2].kind == TokenKind::kWord &&
          (*out)[out->size() - 2].end == i) {
        if (i + 1 < end && (text[i + 1] == 's' || text[i + 1] == 'S') &&
            (i + 2 >= end || !IsWordByte(text[i + 2]))) {
          t.end = static_cast<uint32_t>(i + 2);
          t.possessive = true;
          SetKey("'s", true, &t);
          i += 2;
          continue;
        }
      }
      t.end = static_cast<uint32_t>(i + len);
      t.kind = TokenKind::kPunct;
      // Copied, not lower-cased: punctuation has no case and invalid bytes stay as they are.
      t.lower.assign(text.substr(i, len));
      t.hash = KeyHash(t.lower);
      i += len;
      continue;
    }
    const bool numeric = IsDigit(c);
    t.cap = (c >= 'A' && c <= 'Z') || upper_first;
    size_t j = i + len;
    bool all_caps = t.cap;
    bool ascii = !high;
    int letters = t.cap ? 1 : 0;
    while (j < end) {
      const char d = text[j];
      if (const uint8_t f = kClass[static_cast<unsigned char>(d)]; f != 0) {
        all_caps = all_caps && (f & kLowerAscii) == 0;
        letters += f & kAlpha;
        ++j;
        continue;
      }
      if (static_cast<unsigned char>(d) >= 0x80) {
        int l2;
        bool up2 = false;
        if (!NonAsciiWordChar(text, j, &l2, &up2)) break;
        if (!up2) all_caps = false;
        ++letters;
        ascii = false;
        j += l2;
        continue;
      }
      // Internal apostrophe (O'Brien, don't) but not a possessive 's.
      if (d == '\'' && j + 1 < end && IsAsciiAlpha(text[j + 1])) {
        const bool poss = (text[j + 1] == 's' || text[j + 1] == 'S') &&
                          (j + 2 >= end || !IsWordByte(text[j + 2]));
        if (poss) break;
        j += 1;
        continue;
      }
      // Digits with separators: 1,000 / 3.5
      if ((d == ',' || d == '.') && numeric && j + 1 < end && IsDigit(text[j + 1])) {
        j += 1;
        continue;
      }
      // Dotted acronym: U.S. / U.N. / e.g.
      if (d == '.' && j - i == 1 && j + 2 < end && IsAsciiAlpha(text[j + 1]) &&
          text[j + 2] == '.') {
        j += 3;
        while (j + 1 < end && IsAsciiAlpha(text[j]) && text[j + 1] == '.') j += 2;
        break;
      }
      break;
    }
    t.end = static_cast<uint32_t>(j);
    t.kind = numeric ? TokenKind::kNumber : TokenKind::kWord;
    t.all_caps = all_caps && letters >= 2;
    SetKey(text.substr(i, j - i), ascii, &t);
    i = j;
  }
}

}  // namespace parley::extract
