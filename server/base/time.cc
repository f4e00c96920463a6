// Time helpers over std::chrono's proleptic Gregorian calendar.
#include "base/time.h"

#include <chrono>
#include <cstdio>

namespace parley {
namespace {

bool Digits(std::string_view s, size_t pos, size_t n, int* out) {
  if (pos + n > s.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

}  // namespace

int64_t DaysFromCivil(int y, int m, int d) {
  namespace c = std::chrono;
  const c::sys_days when{c::year{y} / c::month{static_cast<unsigned>(m)} /
                         c::day{static_cast<unsigned>(d)}};
  return when.time_since_epoch().count();
}

CivilDay CivilFromDays(int64_t days) {
  namespace c = std::chrono;
  const c::year_month_day ymd{c::sys_days{c::days{days}}};
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

int DaysInMonth(int y, int m) {
  namespace c = std::chrono;
  const c::year_month_day_last last{c::year{y} / c::month{static_cast<unsigned>(m)} / c::last};
  return static_cast<int>(static_cast<unsigned>(last.day()));
}

int64_t NowMicros() {
  return std::chrono::duration_cast<std::chrono::microseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string FormatTimestamp(int64_t micros) {
  int64_t secs = micros / 1000000;
  int64_t frac = micros % 1000000;
  if (frac < 0) {
    frac += 1000000;
    --secs;
  }
  int64_t days = secs / 86400;
  int64_t rem = secs % 86400;
  if (rem < 0) {
    rem += 86400;
    --days;
  }
  const CivilDay c = CivilFromDays(days);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%06lldZ", c.y, c.m, c.d,
                static_cast<int>(rem / 3600), static_cast<int>(rem / 60 % 60),
                static_cast<int>(rem % 60), static_cast<long long>(frac));
  return buf;
}

std::optional<int64_t> ParseTimestamp(std::string_view s) {
  int y, mo, d;
  if (!Digits(s, 0, 4, &y) || s.size() < 10 || s[4] != '-' || !Digits(s, 5, 2, &mo) ||
      s[7] != '-' || !Digits(s, 8, 2, &d))
    return std::nullopt;
  if (mo < 1 || mo > 12 || d < 1 || d > DaysInMonth(y, mo)) return std::nullopt;
  int64_t micros = DaysFromCivil(y, mo, d) * 86400LL * 1000000LL;
  if (s.size() == 10) return micros;
  if (s[10] != 'T' && s[10] != ' ') return std::nullopt;
  int hh, mm, ss = 0;
  if (!Digits(s, 11, 2, &hh) || s.size() < 16 || s[13] != ':' || !Digits(s, 14, 2, &mm))
    return std::nullopt;
  size_t pos = 16;
  if (pos < s.size() && s[pos] == ':') {
    if (!Digits(s, pos + 1, 2, &ss)) return std::nullopt;
    pos += 3;
  }
  if (hh > 23 || mm > 59 || ss > 60) return std::nullopt;
  int64_t frac = 0;
  if (pos < s.size() && s[pos] == '.') {
    ++pos;
    int64_t scale = 100000;
    size_t start = pos;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
      if (scale > 0) frac += (s[pos] - '0') * scale;
      scale /= 10;
      ++pos;
    }
    if (pos == start) return std::nullopt;
  }
  int64_t offset = 0;
  if (pos < s.size()) {
    if (s[pos] == 'Z' && pos + 1 == s.size()) {
    } else if ((s[pos] == '+' || s[pos] == '-') && s.size() == pos + 6 && s[pos + 3] == ':') {
      int oh, om;
      if (!Digits(s, pos + 1, 2, &oh) || !Digits(s, pos + 4, 2, &om)) return std::nullopt;
      // ISO 8601 offsets are hours 00-23 and minutes 00-59 (real ones span
      // -12:00 to +14:00); "+99:99" is no time zone.
      if (oh > 23 || om > 59) return std::nullopt;
      offset = (oh * 3600LL + om * 60LL) * 1000000LL * (s[pos] == '+' ? 1 : -1);
    } else {
      return std::nullopt;
    }
  }
  return micros + ((hh * 3600LL + mm * 60LL + ss) * 1000000LL) + frac - offset;
}

bool IsIsoDate(std::string_view s) { return s.size() == 10 && ParseTimestamp(s).has_value(); }

std::string DatePart(std::string_view s) {
  if (s.size() >= 10 && IsIsoDate(s.substr(0, 10))) return std::string(s.substr(0, 10));
  return {};
}

}  // namespace parley
