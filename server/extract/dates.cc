#include "extract/dates.h"

#include <algorithm>
#include <charconv>
#include <cstdio>

#include "extract/key_index.h"

namespace parley::extract {

// Literal comparisons use string_view: libstdc++ 12 compares std::string with a const char* by
// a memcmp call on every token, string_view checks the length first.
using namespace std::string_view_literals;  // NOLINT(google-build-using-namespace)

namespace {

// The calendar is base/time.h's; this module counts days as `long`.
long DaysFromCivil(int y, int m, int d) {
  return static_cast<long>(parley::DaysFromCivil(y, m, d));
}
CivilDate CivilFromDays(long z) {
  const CivilDay c = parley::CivilFromDays(z);
  return {c.y, c.m, c.d};
}

int Month(std::string_view w) {
  static constexpr std::string_view kNames[] = {"january",   "february", "march",    "april",
                                                "may",       "june",     "july",     "august",
                                                "september", "october",  "november", "december"};
  static constexpr std::string_view kShort[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                "jul", "aug", "sep", "oct", "nov", "dec"};
  for (int k = 0; k < 12; ++k) {
    if (w == kNames[k] || w == kShort[k]) return k + 1;
  }
  if (w == "sept"sv) return 9;
  return 0;
}

int Weekday(std::string_view w) {  // 0 = Monday
  static constexpr std::string_view kNames[] = {"monday", "tuesday",  "wednesday", "thursday",
                                                "friday", "saturday", "sunday"};
  for (int k = 0; k < 7; ++k) {
    if (w == kNames[k]) return k;
  }
  return -1;
}

int Number(const Token& t) {
  if (t.kind != TokenKind::kNumber) {
    // "15th", "1st"
    if (t.lower.size() >= 3 && t.lower[0] >= '0' && t.lower[0] <= '9') {
      const std::string_view s(t.lower);
      const std::string_view suf = s.substr(s.size() - 2);
      if (suf == "st"sv || suf == "nd"sv || suf == "rd"sv || suf == "th"sv) {
        int v = 0;
        auto r = std::from_chars(s.data(), s.data() + s.size() - 2, v);
        if (r.ec == std::errc() && r.ptr == s.data() + s.size() - 2) return v;
      }
    }
    return -1;
  }
  int v = 0;
  auto r = std::from_chars(t.lower.data(), t.lower.data() + t.lower.size(), v);
  if (r.ec != std::errc() || r.ptr != t.lower.data() + t.lower.size()) return -1;
  return v;
}

// Every word that can start a date expression below.
const KeySet& DateWords() {
  static const KeySet kWords = {
      "today",    "tonight",   "yesterday", "tomorrow", "last",     "this",   "next",   "january",
      "february", "march",     "april",     "may",      "june",     "july",   "august", "september",
      "october",  "november",  "december",  "jan",      "feb",      "mar",    "apr",    "jun",
      "jul",      "aug",       "sep",       "oct",      "nov",      "dec",    "sept",   "monday",
      "tuesday",  "wednesday", "thursday",  "friday",   "saturday", "sunday", "weekend"};
  return kWords;
}

}  // namespace

std::string FormatDate(const CivilDate& c, std::string_view precision) {
  char buf[16];
  if (precision == "day"sv) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.y, c.m, c.d);
  } else if (precision == "month"sv) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", c.y, c.m);
  } else {
    std::snprintf(buf, sizeof buf, "%04d", c.y);
  }
  return buf;
}

CivilDate ParsePublished(std::string_view s) {
  CivilDate c;
  int y = 0, m = 0, d = 0;
  const auto number = [&](size_t at, size_t len, int* v) {
    return s.size() >= at + len &&
           std::from_chars(s.data() + at, s.data() + at + len, *v).ec == std::errc() &&
           std::all_of(s.data() + at, s.data() + at + len,
                       [](char ch) { return ch >= '0' && ch <= '9'; });
  };
  if (s.size() == 4) {  // "2019"
    if (!number(0, 4, &y) || y < 1) return c;
    return {y, 0, 0};
  }
  if (s.size() == 7 && s[4] == '-') {  // "2019-09"
    if (!number(0, 4, &y) || !number(5, 2, &m) || y < 1 || m < 1 || m > 12) return c;
    return {y, m, 0};
  }
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return c;
  if (std::from_chars(s.data(), s.data() + 4, y).ec != std::errc() ||
      std::from_chars(s.data() + 5, s.data() + 7, m).ec != std::errc() ||
      std::from_chars(s.data() + 8, s.data() + 10, d).ec != std::errc()) {
    return c;
  }
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > DaysInMonth(y, m)) return c;
  return {y, m, d};
}

CivilDate Midpoint(const CivilDate& c) {
  if (c.full()) return c;
  if (c.m > 0) return {c.y, c.m, 15};
  return {c.y, 7, 1};
}

namespace {

// Whether the clause before the weekday at toks[i] speaks of what is to come: a future or
// scheduling word among the ten lower-case words before it (names and titles do not count),
// before any punctuation or reporting verb ("commanders would meet on Tuesday", "the truce
// will take effect on Sunday", "will host Russian President Vladimir Putin for a two-day state
// visit starting on Thursday"; not "said on Monday it would", "who will meet next month, met
// on Monday", "I will only briefly walk through the main points of my work this Tuesday").
bool FutureBefore(const std::vector<Token>& toks, size_t i) {
  static const KeySet kFuture = {"will",  "would", "'ll",     "shall",    "scheduled", "due",
                                 "plans", "plan",  "planned", "expected", "postponed", "set"};
  static const KeySet kStop = {"said", "says", "told", "announced", "reported", "confirmed"};
  // A day something is called or set "for" is to come: "called an emergency summit of East
  // African leaders for Saturday" (not "for Saturday's attack").
  if (i > 0 && toks[i - 1].lower == "for"sv && !toks[i].possessive &&
      !(i + 1 < toks.size() && toks[i + 1].lower == "'s"sv)) {
    return true;
  }
  // (A hyphen inside a word is no punctuation: "will host Putin for a two-day state visit
  // starting on Thursday".)
  for (size_t k = i, words = 0; k > 0 && k + 24 > i && words < 10; --k) {
    const Token& t = toks[k - 1];
    const bool hyphen = t.lower == "-"sv && !t.space_before;
    if ((t.kind == TokenKind::kPunct && !hyphen) || kStop.Has(t)) return false;
    // (A plan or a set only as a verb of intent: "plans to meet", "is set to sign"; not the
    // noun of "endorsed Trump's plan for Gaza on Monday", a Monday past.)
    const bool noun_sense = (t.lower == "plan"sv || t.lower == "plans"sv || t.lower == "set"sv) &&
                            !(k < toks.size() && toks[k].lower == "to"sv);
    if (kFuture.Has(t) && !noun_sense) return true;
    if (t.kind == TokenKind::kWord && !t.cap) ++words;
  }
  return false;
}

}  // namespace

std::vector<DateMention> FindDates(std::string_view text, const std::vector<Token>& toks,
                                   const CivilDate& pub) {
  (void)text;
  std::vector<DateMention> out;
  // What the publication date knows: its year ("last year"), its month ("last month"), its day
  // ("yesterday", "on Monday").
  const bool have_pub = pub.valid();
  const bool have_month = have_pub && pub.m > 0;
  const bool have_day = pub.full();
  const long pub_days = have_day ? DaysFromCivil(pub.y, pub.m, pub.d) : 0;
  auto day_value = [&](long days) { return FormatDate(CivilFromDays(days), "day"); };
  // A month/day without a year: the publication year, or the year before if that would put it
  // well after publication (news reports the past).
  auto infer_year = [&](int m, int d) {
    if (!have_pub) return 0;
    int y = pub.y;
    if (have_day && DaysFromCivil(y, m, d) > pub_days + 30) --y;
    if (!have_day && have_month && m > pub.m) --y;
    return y;
  };
  // "June this year", "December 15 of last year", "in March next year": the year the words
  // from toks[k] name against publication (the year's offset, setting *end past them), or
  // kNoYear.
  constexpr int kNoYear = 100;
  auto year_words = [&](size_t k, size_t* end) {
    if (k < toks.size() && toks[k].lower == "of"sv) ++k;
    if (k + 1 >= toks.size() || toks[k + 1].lower != "year"sv) return kNoYear;
    const auto& w = toks[k].lower;
    const int dir = w == "last"sv ? -1 : w == "next"sv ? 1 : w == "this"sv ? 0 : kNoYear;
    if (dir != kNoYear) *end = k + 2;
    return dir;
  };
  for (size_t i = 0; i < toks.size(); ++i) {
    const auto& w = toks[i].lower;
    if (toks[i].kind == TokenKind::kPunct) continue;
    // Hot path: most words name no day, month or relative date; lower-case ones start a date
    // expression only as one of the relative words.
    if (toks[i].kind == TokenKind::kWord) {
      if (!DateWords().Has(toks[i])) continue;
      if (!toks[i].cap && w != "today"sv && w != "tonight"sv && w != "yesterday"sv &&
          w != "tomorrow"sv && w != "last"sv && w != "this"sv && w != "next"sv &&
          w != "weekend"sv) {
        continue;
      }
    }
    DateMention dm;
    dm.tok_begin = i;
    dm.tok_end = i + 1;
    auto set_day = [&](int y, int m, int d) {
      if (y > 0 && m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y, m)) {
        dm.value = FormatDate({y, m, d}, "day");
        dm.precision = "day";
      }
    };
    if (w == "today"sv || w == "tonight"sv || w == "yesterday"sv || w == "tomorrow"sv) {
      if (have_day) {
        const long off = w == "yesterday"sv ? -1 : (w == "tomorrow"sv ? 1 : 0);
        dm.value = day_value(pub_days + off);
        dm.precision = "day";
      }
      out.push_back(dm);
      continue;
    }
    // "held talks over the weekend", "at the weekend", "last weekend", "will meet this
    // weekend": the Saturday of the most recent weekend on or before publication, or of the
    // next one for what is to come (a day's precision: the day the weekend begins). Not "the
    // weekend's talks", nor "a weekend" or "every weekend", no date.
    if (w == "weekend"sv) {
      if (i == 0 || toks[i].possessive || (i + 1 < toks.size() && toks[i + 1].lower == "'s"sv)) {
        continue;
      }
      const auto& det = toks[i - 1].lower;
      const bool the = det == "the"sv && i >= 2 &&
                       (toks[i - 2].lower == "over"sv || toks[i - 2].lower == "at"sv ||
                        toks[i - 2].lower == "during"sv || toks[i - 2].lower == "on"sv);
      if (!the && det != "last"sv && det != "this"sv && det != "next"sv) continue;
      dm.tok_begin = the ? i - 2 : i - 1;
      if (have_day) {
        constexpr long kSaturday = 5;
        const long pub_wd = ((pub_days % 7) + 7 + 3) % 7;  // Monday 0
        const bool future =
            det == "next"sv || (det != "last"sv && FutureBefore(toks, dm.tok_begin));
        long off = future ? (kSaturday - pub_wd + 7) % 7 : -((pub_wd - kSaturday + 7) % 7);
        if (det == "next"sv && off == 0) off = 7;
        if (det == "last"sv && off == 0) off = -7;
        dm.value = day_value(pub_days + off);
        dm.precision = "day";
      }
      out.push_back(dm);
      continue;
    }
    if (const int wd = Weekday(w); wd >= 0) {
      // The most recent such weekday on or before publication ("on Monday"), or the next one
      // on or after it for what is to come ("would meet on Tuesday" in Monday's news).
      if (have_day) {
        const long pub_wd = ((pub_days % 7) + 7 + 3) % 7;  // 1970-01-01 was a Thursday
        long back = (pub_wd - wd + 7) % 7;
        const bool next = i > 0 && toks[i - 1].lower == "next"sv;
        if (next) back = -((wd - pub_wd + 7) % 7 == 0 ? 7 : (wd - pub_wd + 7) % 7);
        if (!next && FutureBefore(toks, i)) back = -((wd - pub_wd + 7) % 7);
        dm.value = day_value(pub_days - back);
        dm.precision = "day";
        if (i > 0 && (toks[i - 1].lower == "on"sv || next || toks[i - 1].lower == "last"sv)) {
          dm.tok_begin = i - 1;
        }
      }
      out.push_back(dm);
      continue;
    }
    if ((w == "last"sv || w == "this"sv || w == "next"sv) && i + 1 < toks.size()) {
      // "pledged 40 billion euros in military aid over the next year", "for the last year":
      // a span the act covers, no date of it.
      if (i >= 2 && toks[i - 1].lower == "the"sv &&
          (toks[i - 2].lower == "over"sv || toks[i - 2].lower == "for"sv ||
           toks[i - 2].lower == "throughout"sv || toks[i - 2].lower == "during"sv)) {
        continue;
      }
      const auto& u = toks[i + 1].lower;
      if (u == "week"sv || u == "month"sv || u == "year"sv) {
        dm.tok_end = i + 2;
        if (u == "year"sv ? have_pub : u == "month"sv ? have_month : have_day) {
          const int dir = w == "last"sv ? -1 : (w == "next"sv ? 1 : 0);
          if (u == "year"sv) {
            dm.value = FormatDate({pub.y + dir, 1, 1}, "year");
            dm.precision = "year";
          } else if (u == "month"sv) {
            int y = pub.y, m = pub.m + dir;
            if (m == 0) {
              m = 12;
              --y;
            }
            if (m == 13) {
              m = 1;
              ++y;
            }
            dm.value = FormatDate({y, m, 1}, "month");
            dm.precision = "month";
          } else {
            // A week is resolved to its month only when the whole week lies in one month.
            const long mid = pub_days + 7 * dir;
            const CivilDate a = CivilFromDays(mid - 3), b = CivilFromDays(mid + 3);
            if (a.m == b.m) {
              dm.value = FormatDate(a, "month");
              dm.precision = "month";
            }
          }
        }
        out.push_back(dm);
        ++i;
        continue;
      }
    }
    if (const int m = Month(w); m > 0) {
      // "May" the month needs a day or year next to it ("May 9", "9 May", "May 2022").
      const bool abbrev = w.size() <= 4;
      size_t j = i + 1;
      if (abbrev && j < toks.size() && toks[j].lower == "."sv) ++j;
      if (!toks[i].cap) continue;
      int day = j < toks.size() ? Number(toks[j]) : -1;
      if (day >= 1 && day <= 31 && toks[j].lower.size() <= 4) {
        size_t k = j + 1;
        int year = -1;
        if (k < toks.size() && toks[k].lower == ","sv) ++k;
        if (k < toks.size()) year = Number(toks[k]);
        if (year >= 1900 && year <= 2100) {
          dm.tok_end = k + 1;
          set_day(year, m, day);
        } else {
          dm.tok_end = j + 1;
          const int dir = have_pub ? year_words(j + 1, &dm.tok_end) : kNoYear;
          set_day(dir != kNoYear ? pub.y + dir : infer_year(m, day), m, day);
        }
        out.push_back(dm);
        i = dm.tok_end - 1;
        continue;
      }
      // "15 August 2025" / "15 August"
      if (i > 0) {
        const int d0 = Number(toks[i - 1]);
        if (d0 >= 1 && d0 <= 31) {
          dm.tok_begin = i - 1;
          const int year = j < toks.size() ? Number(toks[j]) : -1;
          if (year >= 1900 && year <= 2100) {
            dm.tok_end = j + 1;
            set_day(year, m, d0);
          } else {
            set_day(infer_year(m, d0), m, d0);
          }
          out.push_back(dm);
          i = dm.tok_end - 1;
          continue;
        }
      }
      const int year = j < toks.size() ? Number(toks[j]) : -1;
      if (year >= 1900 && year <= 2100) {
        dm.tok_end = j + 1;
        dm.value = FormatDate({year, m, 1}, "month");
        dm.precision = "month";
        out.push_back(dm);
        i = j;
        continue;
      }
      size_t year_end = dm.tok_end;
      const int dir = year_words(i + 1, &year_end);
      // The modal verb, marching; not "in May next year".
      if ((w == "may"sv || w == "march"sv) && dir == kNoYear) continue;
      if (i > 0 && (toks[i - 1].lower == "in"sv || toks[i - 1].lower == "on"sv)) {
        dm.tok_end = year_end;
        if (have_pub) {
          int y = pub.y;
          if (dir != kNoYear) {
            y += dir;  // "in June this year": not the June before publication
          } else if (have_month && m > pub.m) {
            --y;
          }
          dm.value = FormatDate({y, m, 1}, "month");
          dm.precision = "month";
        }
        dm.tok_begin = i - 1;
        out.push_back(dm);
        i = dm.tok_end - 1;
      }
      continue;
    }
    if (toks[i].kind == TokenKind::kNumber) {
      const int v = Number(toks[i]);
      // ISO date 2025-08-15 tokenises as 2025 - 08 - 15.
      if (v >= 1900 && v <= 2100 && i + 4 < toks.size() && toks[i + 1].lower == "-"sv &&
          toks[i + 3].lower == "-"sv && !toks[i + 1].space_before && !toks[i + 2].space_before) {
        const int m = Number(toks[i + 2]), d = Number(toks[i + 4]);
        if (m >= 1 && m <= 12 && d >= 1 && d <= 31) {
          dm.tok_end = i + 5;
          set_day(v, m, d);
          out.push_back(dm);
          i += 4;
          continue;
        }
      }
      if (v >= 1900 && v <= 2100 && i > 0 &&
          (toks[i - 1].lower == "in"sv || toks[i - 1].lower == "since"sv ||
           toks[i - 1].lower == "of"sv || toks[i - 1].lower == "until"sv)) {
        dm.tok_begin = i - 1;
        dm.value = FormatDate({v, 1, 1}, "year");
        dm.precision = "year";
        out.push_back(dm);
      }
    }
  }
  // "on Monday, March 3, 2024": a weekday right before a calendar date names that day, not the
  // weekday before publication (was dated 2025-05-26 for a story of 2025-06-01).
  static const KeySet kWeekdays = {"monday", "tuesday",  "wednesday", "thursday",
                                   "friday", "saturday", "sunday"};
  for (size_t n = 0; n + 1 < out.size(); ++n) {
    auto& a = out[n];
    const auto& b = out[n + 1];
    if (b.precision != "day"sv || a.tok_end >= toks.size() || toks[a.tok_end].lower != ","sv ||
        b.tok_begin != a.tok_end + 1 || b.value.empty()) {
      continue;
    }
    bool weekday = false;
    for (size_t k = a.tok_begin; k < a.tok_end; ++k) weekday = weekday || kWeekdays.Has(toks[k]);
    if (!weekday) continue;
    a.tok_end = b.tok_end;
    a.value = b.value;
    a.precision = b.precision;
    out.erase(out.begin() + static_cast<std::ptrdiff_t>(n) + 1);
  }
  return out;
}

}  // namespace parley::extract
