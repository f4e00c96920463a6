// UTF-8: the one decoder, encoder and validator every module uses (RFC 3629:
// no overlong forms, no surrogates, nothing past U+10FFFF). Offsets that
// cross module boundaries are code points; these functions convert.
//
// Thread-safe: pure functions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace parley {

// Decodes the code point at s[i]: returns its length (1 to 4) and sets *cp,
// or returns 0 for an invalid or truncated sequence (*cp untouched).
int DecodeUtf8(std::string_view s, size_t i, char32_t* cp);

// Appends the UTF-8 encoding of `cp` (which must be a Unicode scalar value).
void AppendUtf8(std::string* out, char32_t cp);

// True when `s` is entirely valid UTF-8. ASCII runs go eight bytes at a time.
bool IsValidUtf8(std::string_view s);

// The end of the ASCII run of `s` starting at byte `i`.
size_t AsciiPrefix(std::string_view s, size_t i);

// `s` with each invalid byte replaced by U+FFFD.
std::string ValidUtf8(std::string_view s);

}  // namespace parley
