// UTF-8 decoding with the one rule every stage of nlp/ counts characters by:
// a well-formed sequence is one character; any byte that does not start one
// (a stray continuation byte, an overlong or surrogate form, a truncated
// sequence, a value above U+10FFFF) is one character by itself. So offsets in
// code points exist for any bytes and agree between the tokenizer, CoNLL-U
// reading and the extractor's view of valid text.
//
// Thread-safe: pure functions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace parley::nlp {

// Marks a byte that is not part of a well-formed sequence.
inline constexpr char32_t kInvalidByte = 0xFFFFFFFF;

// Decodes the character at s[i] (requires i < s.size()): returns its code
// point and sets *len to its length in bytes (1..4), or returns kInvalidByte
// with *len = 1.
inline char32_t DecodeUtf8At(std::string_view s, size_t i, int* len) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  const unsigned char b0 = p[i];
  *len = 1;
  if (b0 < 0x80) return b0;
  auto cont = [&](size_t k, unsigned char lo, unsigned char hi) {
    return i + k < n && p[i + k] >= lo && p[i + k] <= hi;
  };
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    if (!cont(1, 0x80, 0xBF)) return kInvalidByte;
    *len = 2;
    return (char32_t(b0 & 0x1F) << 6) | (p[i + 1] & 0x3F);
  }
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    const unsigned char lo = b0 == 0xE0 ? 0xA0 : 0x80;
    const unsigned char hi = b0 == 0xED ? 0x9F : 0xBF;
    if (!cont(1, lo, hi) || !cont(2, 0x80, 0xBF)) return kInvalidByte;
    *len = 3;
    return (char32_t(b0 & 0x0F) << 12) | (char32_t(p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F);
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    const unsigned char lo = b0 == 0xF0 ? 0x90 : 0x80;
    const unsigned char hi = b0 == 0xF4 ? 0x8F : 0xBF;
    if (!cont(1, lo, hi) || !cont(2, 0x80, 0xBF) || !cont(3, 0x80, 0xBF)) return kInvalidByte;
    *len = 4;
    return (char32_t(b0 & 0x07) << 18) | (char32_t(p[i + 1] & 0x3F) << 12) |
           (char32_t(p[i + 2] & 0x3F) << 6) | (p[i + 3] & 0x3F);
  }
  return kInvalidByte;
}

// The number of characters (as above) in s[0..s.size()).
inline size_t CountUtf8Chars(std::string_view s) {
  size_t count = 0;
  for (size_t i = 0; i < s.size(); ++count) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    int len = 1;
    DecodeUtf8At(s, i, &len);
    i += static_cast<size_t>(len);
  }
  return count;
}

}  // namespace parley::nlp
