#include <doctest/doctest.h>

#include "extract/dates.h"

using namespace parley::extract;

namespace {
std::vector<std::string> Values(const std::string& text, const char* pub) {
  std::vector<Token> toks;
  Tokenize(text, 0, text.size(), &toks);
  std::vector<std::string> out;
  for (const auto& d : FindDates(text, toks, ParsePublished(pub))) out.push_back(d.value);
  return out;
}
}  // namespace

TEST_CASE("dates resolve against publication") {
  CHECK(Values("flew to Berlin today", "2025-12-14") == std::vector<std::string>{"2025-12-14"});
  CHECK(Values("a roundtable on Dec. 11.", "2025-12-14") == std::vector<std::string>{"2025-12-11"});
  CHECK(Values("in Anchorage on August 15:", "2025-12-14T10:00:00Z") ==
        std::vector<std::string>{"2025-08-15"});
  CHECK(Values("met yesterday", "2025-12-14") == std::vector<std::string>{"2025-12-13"});
  CHECK(Values("said on Monday", "2025-12-14") == std::vector<std::string>{"2025-12-08"});
  CHECK(Values("on 15 August 2025 in Alaska", "") == std::vector<std::string>{"2025-08-15"});
  CHECK(Values("elections in 2024", "2025-12-14") == std::vector<std::string>{"2024"});
  CHECK(Values("last month", "2025-12-14") == std::vector<std::string>{"2025-11"});
  CHECK(Values("In December talks", "2026-01-10") == std::vector<std::string>{"2025-12"});
}

TEST_CASE("relative dates without publication date stay unresolved") {
  CHECK(Values("met today", "") == std::vector<std::string>{""});
  CHECK(Values("on Monday", "garbage") == std::vector<std::string>{""});
  CHECK(Values("You may go", "2025-12-14").empty());
}

TEST_CASE("regression: a month with 'this year' was the month before publication") {
  // kremlin-67749 (February 2022): "the Forum in June this year" was dated June 2021.
  CHECK(Values("the Forum in June this year", "2022-02-10") == std::vector<std::string>{"2022-06"});
  CHECK(Values("in June", "2022-02-10") == std::vector<std::string>{"2021-06"});
  CHECK(Values("on June 9 this year", "2022-02-10") == std::vector<std::string>{"2022-06-09"});
  CHECK(Values("on December 15 of last year", "2022-02-10") ==
        std::vector<std::string>{"2021-12-15"});
  CHECK(Values("in March next year", "2022-02-10") == std::vector<std::string>{"2023-03"});
  // "this year" is part of the month's date, not a second one.
  CHECK(Values("in May this year", "2022-02-10") == std::vector<std::string>{"2022-05"});
  CHECK(Values("You may go this year", "2022-02-10") == std::vector<std::string>{"2022"});
}

TEST_CASE("a publication date of a year or a month resolves what it can") {
  // The UN General Debate corpus dates each speech by its session's year ("2019").
  CHECK(ParsePublished("2019").valid());
  CHECK(!ParsePublished("2019").full());
  CHECK(ParsePublished("2019").precision() == "year");
  CHECK(ParsePublished("2019-09").precision() == "month");
  CHECK(ParsePublished("2019-09-21").precision() == "day");
  for (const char* bad : {"19", "201", "20190", "2019-13", "2019-9", "abcd", "2019-0a", "-019"}) {
    CAPTURE(std::string(bad));
    CHECK(!ParsePublished(bad).valid());
  }
  CHECK(Values("last year", "2019") == std::vector<std::string>{"2018"});
  CHECK(Values("On 21 September the Assembly met", "2019") ==
        std::vector<std::string>{"2019-09-21"});
  CHECK(Values("in June", "2019") == std::vector<std::string>{"2019-06"});
  // What needs the day stays unresolved.
  CHECK(Values("met yesterday", "2019") == std::vector<std::string>{""});
  CHECK(Values("said on Monday", "2019") == std::vector<std::string>{""});
  CHECK(Values("last month", "2019") == std::vector<std::string>{""});
  // A month knows its month: "last month", and a later month is last year's.
  CHECK(Values("last month", "2019-01") == std::vector<std::string>{"2018-12"});
  CHECK(Values("in June", "2019-03") == std::vector<std::string>{"2018-06"});
  CHECK(Values("met today", "2019-03") == std::vector<std::string>{""});
  // A partial date stands for its middle where a day is needed.
  const CivilDate mid = Midpoint(ParsePublished("2019"));
  CHECK((mid.y == 2019 && mid.m == 7 && mid.d == 1));
  const CivilDate day = Midpoint(ParsePublished("2019-09-21"));
  CHECK((day.y == 2019 && day.m == 9 && day.d == 21));
}

TEST_CASE("regression: a span 'over the next year' was the date of the act") {
  // "NATO leaders pledged 40 billion euros in military aid over the next year" was dated 2025.
  CHECK(Values("pledged aid over the next year", "2024-07-10").empty());
  CHECK(Values("fighting for the last month", "2024-07-10").empty());
  CHECK(Values("throughout the next year", "2024-07-10").empty());
  // A point in time keeps its date.
  CHECK(Values("will meet next year", "2024-07-10") == std::vector<std::string>{"2025"});
  CHECK(Values("talks within the next month", "2024-07-10") == std::vector<std::string>{"2024-08"});
}

TEST_CASE("regression: a weekday of what is to come was the weekday before publication") {
  // Newswire (published Monday 2025-07-28): "commanders would meet on Tuesday" was dated the
  // Tuesday before, 2025-07-22; "the truce would take effect on Sunday" (Wednesday's news)
  // the Sunday before.
  CHECK(Values("commanders would meet on Tuesday", "2025-07-28") ==
        std::vector<std::string>{"2025-07-29"});
  CHECK(Values("the truce would take effect on Sunday", "2025-01-15") ==
        std::vector<std::string>{"2025-01-19"});
  CHECK(Values("talks are scheduled to begin on Friday", "2025-01-15") ==
        std::vector<std::string>{"2025-01-17"});
  // The past stays past: a reporting verb or a comma ends the clause looked at.
  CHECK(Values("Russia said on Sunday it would attend", "2025-07-28") ==
        std::vector<std::string>{"2025-07-27"});
  CHECK(Values("the ministers, who will meet again, met on Friday", "2025-07-28") ==
        std::vector<std::string>{"2025-07-25"});
  CHECK(Values("the ministers met on Monday", "2025-07-28") ==
        std::vector<std::string>{"2025-07-28"});
  // Names do not count toward the clause looked at; far lower-case words do.
  CHECK(Values("Xi will host Russian President Vladimir Putin for a two-day state visit starting "
               "on Thursday",
               "2024-05-14") == std::vector<std::string>{"2024-05-16"});
  CHECK(Values("I will only briefly walk through the main points of my work this Tuesday",
               "2022-04-06") == std::vector<std::string>{"2022-04-05"});
}

TEST_CASE("regression: 'over the weekend' was no date (the publication date stood for it)") {
  // newswire-29-a05, published Monday 2025-05-12: "held two days of talks in Geneva over the
  // weekend" was dated the Monday of publication. A weekend is dated by its Saturday.
  CHECK(Values("held two days of talks in Geneva over the weekend", "2025-05-12") ==
        std::vector<std::string>{"2025-05-10"});
  CHECK(Values("met at the weekend", "2025-05-14") == std::vector<std::string>{"2025-05-10"});
  CHECK(Values("met last weekend", "2025-05-12") == std::vector<std::string>{"2025-05-10"});
  // Sunday's news: the day before; Saturday's: that day, and "last weekend" the one before.
  CHECK(Values("talks over the weekend", "2025-05-11") == std::vector<std::string>{"2025-05-10"});
  CHECK(Values("talks over the weekend", "2025-05-10") == std::vector<std::string>{"2025-05-10"});
  CHECK(Values("met last weekend", "2025-05-10") == std::vector<std::string>{"2025-05-03"});
  // What is to come: the next one.
  CHECK(Values("will meet this weekend", "2025-05-12") == std::vector<std::string>{"2025-05-17"});
  CHECK(Values("talks next weekend", "2025-05-12") == std::vector<std::string>{"2025-05-17"});
  // No date of "a weekend", "every weekend" or "the weekend's talks", nor without a day.
  CHECK(Values("during a weekend of talks", "2025-05-12").empty());
  CHECK(Values("protests every weekend", "2025-05-12").empty());
  CHECK(Values("the weekend's talks", "2025-05-12").empty());
  CHECK(Values("over the weekend", "2025-05") == std::vector<std::string>{""});
}

TEST_CASE("regression: a weekday before its calendar date names that date") {
  // Was the Monday before publication and the calendar date as a second mention.
  CHECK(Values("met on Monday, March 3, 2024 in Moscow", "2025-06-01") ==
        std::vector<std::string>{"2024-03-03"});
  CHECK(Values("this Thursday, March 24", "2022-03-22") == std::vector<std::string>{"2022-03-24"});
  // Two dates apart stay two.
  CHECK(Values("on Monday and on March 3, 2024", "2025-06-01") ==
        std::vector<std::string>{"2025-05-26", "2024-03-03"});
}
