// Periods: calendar buckets (day, ISO week, month, quarter, year) for event
// dates of any precision, and date bounds that a coarse date can overlap.
// An event's date is "YYYY-MM-DD", "YYYY-MM" or "YYYY" (store/rows.h): a date
// is never forced into a bucket finer than what is known of it.
//
// Thread-safe: pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace parley::query {

// A date as stored: "YYYY", "YYYY-MM" or "YYYY-MM-DD"; precision says which.
struct PartialDate {
  int y = 0, m = 0, d = 0;  // 0 = not known
  std::string_view Precision() const { return d ? "day" : m ? "month" : "year"; }
};

// Parses a stored or requested date of any precision; nullopt when it is not
// one of the three forms or names no real day or month.
std::optional<PartialDate> ParsePartialDate(std::string_view s);

// The buckets an aggregate or timeline can group by.
bool IsBucket(std::string_view bucket);  // day, week, month, quarter, year

struct Period {
  std::string label;      // "2025-12-14", "2025-W50", "2025-12", "2025-Q4", "2025"; "" undated
  std::string precision;  // the kind of period `label` is: day|week|month|quarter|year; ""
  std::string start;      // its first day, "YYYY-MM-DD" (sort key); "" undated
  std::string end;        // its last day
};

// The period of `bucket` that holds `date`. A date coarser than the bucket
// (a month-precision date in a week bucket, a year in a month bucket) is not
// guessed into one of the finer periods: it keeps a period of its own
// precision ("2022-03", "2022"), labelled and typed so, which then sits
// beside the finer periods it covers. Weeks are ISO 8601 weeks (Monday first,
// the week-numbering year: 2021-01-03 is in "2020-W53"). An empty or
// malformed date gives the undated period (all fields "").
Period PeriodOf(std::string_view date, std::string_view bucket);

// Order of periods in a series: by first day, a wider period before the
// narrower ones it starts with ("2022" before "2022-01"), undated last.
bool PeriodBefore(const Period& a, const Period& b);

}  // namespace parley::query
