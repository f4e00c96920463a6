// Tests for timestamp parsing and formatting.
#include "base/time.h"

#include <doctest/doctest.h>

TEST_CASE("dates and timestamps parse") {
  CHECK(parley::ParseTimestamp("1970-01-01") == 0);
  CHECK(parley::ParseTimestamp("1970-01-02T00:00:00Z") == 86400LL * 1000000);
  CHECK(parley::ParseTimestamp("1970-01-01T01:00:00+01:00") == 0);
  CHECK(parley::ParseTimestamp("2024-02-29").has_value());
  CHECK_FALSE(parley::ParseTimestamp("2023-02-29").has_value());
  CHECK_FALSE(parley::ParseTimestamp("2025-13-01").has_value());
  CHECK_FALSE(parley::ParseTimestamp("2025-12-14T25:00Z").has_value());
  CHECK_FALSE(parley::ParseTimestamp("yesterday").has_value());
  CHECK_FALSE(parley::ParseTimestamp("").has_value());
  CHECK(parley::IsIsoDate("2025-12-14"));
  CHECK_FALSE(parley::IsIsoDate("2025-12-14T00:00Z"));
  CHECK(parley::DatePart("2022-06-24T17:30:00Z") == "2022-06-24");
  CHECK(parley::DatePart("June 24") == "");
}

TEST_CASE("timestamps round-trip through formatting") {
  const int64_t t = *parley::ParseTimestamp("2025-12-14T10:20:30.123456Z");
  CHECK(parley::FormatTimestamp(t) == "2025-12-14T10:20:30.123456Z");
  CHECK(parley::FormatTimestamp(-1) == "1969-12-31T23:59:59.999999Z");
}
