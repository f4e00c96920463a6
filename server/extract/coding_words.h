// Shared pieces of the PETRARCH2 dictionary formats (verbs, actors, agents,
// discards, issues): comment stripping, phrase splitting ("GROUP OF 77",
// "SAM_GAMGEE", "NEW_&TIETYPES_RELATIONS"), upper-casing, and the date
// restrictions of actor codes ("<911226", "20100109-20100112").
//
// Thread-safe: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace parley::extract::coding {

// The line without its "#" comment and surrounding white space. HTML-style
// comment lines ("<!-- ... -->", "<! -- ...") become empty.
std::string_view StripComment(std::string_view line);

// The lines of `text` (empty ones included, so that numbers stay right).
std::vector<std::string_view> Lines(std::string_view text);

// ASCII upper case (dictionary words and the tokens they are compared with).
std::string Upper(std::string_view s);

// One word of a dictionary phrase. `joined` is true when the word was glued
// to the previous one with '_' ("IN_*", "NEW_&TIETYPES"), which patterns read
// as "adjacent"; `exact` when it ended with '_' ("ARNOR_", "CASH_").
struct PhraseWord {
  std::string text;
  bool joined = false;
  bool exact = false;
};

// Splits a phrase on white space and '_' into upper-case words.
std::vector<PhraseWord> SplitPhrase(std::string_view phrase);

// "BREAK { BROKE BROKEN }" -> {"BREAK ", "BROKE", "BROKEN"}: the phrase
// before '{' and each word listed inside the braces (irregular forms,
// plurals). Views into `body`.
std::vector<std::string_view> PhraseAndBraced(std::string_view body);

// "GONDOR [GON] rest" -> body "GONDOR ", code "GON"; no '[': body = line,
// code empty. False when the '[' is not closed.
bool SplitCode(std::string_view line, std::string_view* body, std::string_view* code);

// A dictionary date: "yymmdd" (yy < 30 is 20yy) or "yyyymmdd" -> yyyymmdd;
// -1 when `s` is not one.
int32_t ParseDictDate(std::string_view s);

// A "YYYY-MM-DD..." document date -> yyyymmdd, a "YYYY" or "YYYY-MM" one -> its middle day
// (dates.h); 0 when absent or malformed.
int32_t ParseDocumentDate(std::string_view s);

}  // namespace parley::extract::coding
