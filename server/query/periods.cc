// Calendar periods for dates of day, month or year precision.
#include "query/periods.h"

#include <cstdio>

#include "base/time.h"

namespace parley::query {
namespace {

bool Digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

int Number(std::string_view s) {
  int n = 0;
  for (char c : s) n = n * 10 + (c - '0');
  return n;
}

std::string Ymd(int y, int m, int d) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

std::string Ymd(const CivilDay& c) { return Ymd(c.y, c.m, c.d); }

}  // namespace

std::optional<PartialDate> ParsePartialDate(std::string_view s) {
  PartialDate p;
  if (s.size() < 4 || !Digits(s.substr(0, 4))) return std::nullopt;
  p.y = Number(s.substr(0, 4));
  if (p.y == 0) return std::nullopt;
  if (s.size() == 4) return p;
  if (s.size() < 7 || s[4] != '-' || !Digits(s.substr(5, 2))) return std::nullopt;
  p.m = Number(s.substr(5, 2));
  if (p.m < 1 || p.m > 12) return std::nullopt;
  if (s.size() == 7) return p;
  if (s.size() != 10 || s[7] != '-' || !Digits(s.substr(8, 2))) return std::nullopt;
  p.d = Number(s.substr(8, 2));
  if (p.d < 1 || p.d > DaysInMonth(p.y, p.m)) return std::nullopt;
  return p;
}

bool IsBucket(std::string_view b) {
  return b == "day" || b == "week" || b == "month" || b == "quarter" || b == "year";
}

Period PeriodOf(std::string_view date, std::string_view bucket) {
  auto p = ParsePartialDate(date);
  if (!p) return {};
  char buf[40];
  // The finest period both the bucket and the date's precision allow.
  const bool day_known = p->d != 0, month_known = p->m != 0;
  if (bucket == "day" && day_known) {
    const std::string day = Ymd(p->y, p->m, p->d);
    return {day, "day", day, day};
  }
  if (bucket == "week" && day_known) {
    const int64_t days = DaysFromCivil(p->y, p->m, p->d);
    const int64_t weekday = ((days % 7) + 7 + 3) % 7;  // 1970-01-01 was a Thursday; Monday = 0
    const int64_t monday = days - weekday;
    const CivilDay thursday = CivilFromDays(monday + 3);
    const int64_t jan1 = DaysFromCivil(thursday.y, 1, 1);
    const int week = static_cast<int>((monday + 3 - jan1) / 7 + 1);
    std::snprintf(buf, sizeof buf, "%04d-W%02d", thursday.y, week);
    return {buf, "week", Ymd(CivilFromDays(monday)), Ymd(CivilFromDays(monday + 6))};
  }
  if (bucket != "year" && bucket != "quarter" && month_known)
    return {std::string(date.substr(0, 7)), "month", Ymd(p->y, p->m, 1),
            Ymd(p->y, p->m, DaysInMonth(p->y, p->m))};
  if (bucket == "quarter" && month_known) {
    const int q = (p->m - 1) / 3 + 1;
    std::snprintf(buf, sizeof buf, "%04d-Q%d", p->y, q);
    const int last = q * 3;
    return {buf, "quarter", Ymd(p->y, last - 2, 1), Ymd(p->y, last, DaysInMonth(p->y, last))};
  }
  std::snprintf(buf, sizeof buf, "%04d", p->y);
  return {buf, "year", Ymd(p->y, 1, 1), Ymd(p->y, 12, 31)};
}

bool PeriodBefore(const Period& a, const Period& b) {
  if (a.start.empty() != b.start.empty()) return !a.start.empty();
  if (a.start != b.start) return a.start < b.start;
  if (a.end != b.end) return a.end > b.end;
  return a.label < b.label;
}

}  // namespace parley::query
