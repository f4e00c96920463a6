// Date expressions in a sentence, resolved against the document's publication date.
//
// Recognises "today", "yesterday", "tomorrow", "on Monday", "over the weekend", "Dec. 11", "August
// 15", "15 August 2025", "August 2025", "in 2024", "last week/month/year", ISO dates. Relative
// expressions need a publication date; without one they resolve to nothing (never invented).
// A publication date of a year or a month resolves what it can ("last year", "on 21
// September", "in June") and leaves the rest ("yesterday", "on Monday") unresolved. A weekday
// is the most recent one on or before publication, or the next one on or after it when its
// clause speaks of what is to come ("would meet on Tuesday").
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/time.h"
#include "extract/tokens.h"

namespace parley::extract {

struct CivilDate {
  int y = 0, m = 0, d = 0;  // 0 = unknown
  bool valid() const { return y > 0; }
  // Whether the day is known: a partial date names a year (m == 0) or a month (d == 0).
  bool full() const { return y > 0 && m > 0 && d > 0; }
  // "day", "month" or "year": how much of the date is known. Requires valid().
  std::string_view precision() const { return d > 0 ? "day" : m > 0 ? "month" : "year"; }
};

// Parses "YYYY-MM-DD" or an ISO 8601 timestamp prefix, or a partial date "YYYY-MM" or "YYYY"
// (archives date a speech by its session's year: the UN General Debate corpus); invalid ->
// !valid().
CivilDate ParsePublished(std::string_view s);

// The day that stands for a partial date where a day is needed (which offices were held "in
// 2019"): the middle of its year or month; a full date itself. Requires c.valid().
CivilDate Midpoint(const CivilDate& c);

// "YYYY-MM-DD" for precision "day", "YYYY-MM" for "month", else "YYYY".
// Requires c.valid().
std::string FormatDate(const CivilDate& c, std::string_view precision);

struct DateMention {
  size_t tok_begin = 0, tok_end = 0;  // token range in the sentence
  std::string value;                  // "YYYY-MM-DD", "YYYY-MM", "YYYY" or "" (unresolved)
  std::string precision;              // day|month|year|""
};

// Finds date expressions among `toks` (one sentence of `text`).
std::vector<DateMention> FindDates(std::string_view text, const std::vector<Token>& toks,
                                   const CivilDate& published);

}  // namespace parley::extract
