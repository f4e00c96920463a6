// Tokenisation of one sentence of normalised text.
//
// Tokens keep byte offsets into the normalised text. Words keep internal apostrophes
// ("O'Brien") and dotted acronyms ("U.S."); a possessive "'s" is its own token; a hyphenated
// compound ("Witkoff-Putin") is split into word, '-', word with `joined` set so that both names
// are seen. Each token carries a lower-cased key for dictionary lookup. Pure; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace parley::extract {

enum class TokenKind : uint8_t { kWord, kNumber, kPunct };

struct Token {
  uint32_t begin = 0, end = 0;  // byte offsets into the normalised text
  TokenKind kind = TokenKind::kPunct;
  bool cap = false;           // starts with an upper-case letter
  bool all_caps = false;      // every letter upper case (and at least two letters)
  bool space_before = false;  // preceded by white space (or sentence start)
  bool possessive = false;    // the token is "'s" after a name (a plural's "'" is punctuation)
  std::string lower;          // lower-cased text, used as the lookup key
  uint64_t hash = 0;          // KeyHash(lower), so lookups need not hash again
};

// Hash of a lookup key (FNV-1a with a final mix, so the low bits index a power-of-two table).
// The steps are exposed so that Tokenize can hash while it lower-cases.
constexpr uint64_t kKeyHashSeed = 14695981039346656037ull;
inline uint64_t KeyHashStep(uint64_t h, char c) {
  return (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
}
inline uint64_t KeyHashFinish(uint64_t h) {
  h ^= h >> 32;
  h *= 0xd6e8feb86659fd93ull;
  h ^= h >> 32;
  return h;
}
inline uint64_t KeyHash(std::string_view key) {
  uint64_t h = kKeyHashSeed;
  for (char c : key) h = KeyHashStep(h, c);
  return KeyHashFinish(h);
}

// Whether `t` reads as an "-ly" adverb ("strongly", "repeatedly"): a lower-case word longer
// than `min_size` bytes ending in "ly". A capitalised one is a name: "Italy", "Kelly".
inline bool LyAdverb(const Token& t, size_t min_size = 4) {
  return !t.cap && t.kind == TokenKind::kWord && t.lower.size() > min_size &&
         t.lower.ends_with("ly");
}

// Whether `t` is an ordinal: "seventieth", "sixty-ninth" (its last part), "first", "70th",
// "71st".
inline bool Ordinal(const Token& t) {
  std::string_view w = t.lower;
  if (const size_t dash = w.rfind('-'); dash != std::string_view::npos) w = w.substr(dash + 1);
  if (!w.empty() && w[0] >= '0' && w[0] <= '9') {
    return w.ends_with("th") || w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd");
  }
  for (const std::string_view o :
       {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth", "hundredth"}) {
    if (w == o) return true;
  }
  return w.size() > 7 && (w.ends_with("teenth") || w.ends_with("ieth"));
}

// Appends the tokens of text[begin, end) to *out (cleared first).
void Tokenize(std::string_view text, size_t begin, size_t end, std::vector<Token>* out);

// Lower-cases ASCII letters and common Latin-1/Latin Extended upper-case letters.
std::string LowerKey(std::string_view s);

}  // namespace parley::extract
