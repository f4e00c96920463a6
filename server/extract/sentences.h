// Sentence splitting over normalised text (see text.h).
//
// Rule-based: a sentence ends at '.', '!' or '?' (plus closing quotes/brackets) followed by
// space and a plausible sentence start, or at a line break. Abbreviations (U.S., Dec., Mr.,
// Gen., No., single initials) do not end a sentence, and a news dateline ("MOSCOW, Dec 11
// (Reuters) -") becomes its own unit. Pure function; thread-safe.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace parley::extract {

struct SentenceRange {
  size_t begin = 0, end = 0;  // byte offsets into the normalised text, trimmed of spaces
  // Whether the sentence opens the text or a section after a break of asterisks ("* * *",
  // also glued: "***"): where a transcript's heading may run on into its first speaker line.
  bool opens_section = false;
};

// Splits `text` into non-empty, ordered, non-overlapping sentence ranges.
std::vector<SentenceRange> SplitSentences(std::string_view text);

}  // namespace parley::extract
