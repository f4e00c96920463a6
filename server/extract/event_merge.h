// Merging event candidates: several mentions of one real event become one candidate.
//
// Within a sentence, consultation mentions (meeting, call, visit, ...) with compatible
// arguments merge, and so does one speaker saying one thing twice ("stressed ..., adding ...").
// Across the document, the same consultation merges (the same place and shared people, or the
// same two or more people with dates), a consultation noun that refers back and names no
// other party or place ("today's meeting", "Tokayev also took part in the session") joins the
// last consultation with no other date, and a transcript keeps one statement per speaker. A
// merge keeps the most specific type and code, every participant and every evidence sentence
// (in text order), and fills place, date, quote and topic where the kept candidate had none.
// Pure functions; thread-safe.
#pragma once

#include <vector>

#include "extract/document.h"
#include "extract/event_candidate.h"

namespace parley::extract {

enum class MergeScope {
  kSentence,  // `in` are one sentence's candidates
  kDocument,  // `in` are every sentence's merged candidates, in text order
};

// Merges `in` (in text order) and returns the survivors in the order they first appeared.
// A candidate merges only into one of the 64 candidates kept before it, which keeps a
// document of thousands of mentions linear.
// `doc`, when given, names the countries of the entities (a visit to one country and a
// meeting with another's leader in one sentence are two events).
std::vector<EventCandidate> MergeMentions(std::vector<EventCandidate> in, MergeScope scope,
                                          const Document* doc = nullptr);

}  // namespace parley::extract
