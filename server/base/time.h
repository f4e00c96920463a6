// Time helpers: ingest timestamps and calendar dates as ISO 8601 strings.
//
// Thread-safe: pure functions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace parley {

// A proleptic Gregorian calendar date.
struct CivilDay {
  int y = 0, m = 0, d = 0;
};

// Days since 1970-01-01 of y-m-d (std::chrono's calendar; m and d in range).
int64_t DaysFromCivil(int y, int m, int d);
// The date `days` after 1970-01-01.
CivilDay CivilFromDays(int64_t days);
// 28 to 31; m in 1..12.
int DaysInMonth(int y, int m);

// Microseconds since the Unix epoch, UTC.
int64_t NowMicros();

// "2025-12-14T10:20:30.123456Z" for a microsecond timestamp.
std::string FormatTimestamp(int64_t micros);

// Parses "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS[.ffffff]]Z" or with a +HH:MM
// offset (HH 00-23, MM 00-59). Returns microseconds since the epoch, or
// nullopt when malformed.
std::optional<int64_t> ParseTimestamp(std::string_view s);

// True for a valid calendar date "YYYY-MM-DD".
bool IsIsoDate(std::string_view s);

// The "YYYY-MM-DD" prefix of a date or timestamp, or "" if it has none.
std::string DatePart(std::string_view s);

}  // namespace parley
