// Text normalisation with an offset map back to the original document.
//
// The pipeline works on a normalised UTF-8 copy of the input: NFC, curly quotes folded to ASCII,
// dashes folded to '-', exotic spaces and control characters to ' ', invalid UTF-8 repaired.
// Every byte of the normalised text remembers which code points of the (repaired) original it
// came from, so spans found later are reported in code points of the original text, which is
// what the output contract promises. Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace parley::extract {

struct NormalizedText {
  std::string text;                // normalised UTF-8
  std::vector<int32_t> src_begin;  // per byte of text (+1 sentinel): first original code point
  std::vector<int32_t> src_end;    // per byte of text (+1 sentinel): one past last original cp
  std::string original;            // original with invalid sequences replaced by U+FFFD
  std::vector<uint32_t> cp_byte;   // per original code point (+1 sentinel): byte offset
  bool repaired = false;           // true when invalid UTF-8 was replaced

  int64_t CodePoints() const { return static_cast<int64_t>(cp_byte.size()) - 1; }
  // Original code-point span covering normalised bytes [b0, b1). Requires b0 < b1 <= size.
  void MapSpan(size_t b0, size_t b1, int64_t* start, int64_t* end) const;
  // Original text of code points [start, end); clamps to the document.
  std::string OriginalSlice(int64_t start, int64_t end) const;
};

// Normalises `raw` (any bytes). Never throws except std::bad_alloc.
NormalizedText Normalize(std::string_view raw);

}  // namespace parley::extract
