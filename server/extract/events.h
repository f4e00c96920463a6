// Event extraction: the document's events from the trigger lexicon, in four stages over one
// Document —
//   1. trigger detection (triggers.h): the lexicon's matches per sentence;
//   2. argument reading (arguments.h): agent, participants or targets, place, date, quote and
//      topic per trigger, by an ArgumentReader (the local-syntax rules by default; a reader over
//      a dependency parse fits the same interface);
//   3. merging (event_merge.h): mentions of one event in a sentence, then across the document;
//   4. coding (here): roles by type, CAMEO → PLOVER/Goldstein/quad class, actor codes, evidence
//      spans and EventConfidence (event_candidate.h).
// Works on one Document; thread-compatible.
#pragma once

#include <utility>
#include <vector>

#include "extract/arguments.h"
#include "extract/dates.h"
#include "extract/document.h"
#include "extract/lexicon.h"

namespace parley::extract {

// Requires FindEntities(doc). Fills doc->events with the triggers of `lexicon`, read by
// `reader` (made for *doc).
void FindEvents(const Lexicon& lexicon, ArgumentReader& reader, Document* doc);

// The days a document's narrative is at: for each sentence, the last day stated in it or
// before it that can be the narrative's time (a day within the 31 days up to publication).
// CodeEvent dates an event without a date of its own by it (`date_source: "context"`).
// Built once per document so that coding stays linear in the document's length.
class NarrativeDays {
 public:
  explicit NarrativeDays(const Document& doc);

  // The last qualifying date before token `tb` of sentence `si`, or nullptr; sets *date_si
  // to the sentence it is in. Requires 0 <= si < doc.sentences.size() (doc as constructed).
  const DateMention* Before(const Document& doc, int si, size_t tb, int* date_si) const;

 private:
  std::vector<std::pair<int, const DateMention*>> upto_;  // by sentence, inclusive
};

// Stage 4: the Event a merged candidate codes, numbered `index` (1-based) in the document.
// `days` is NarrativeDays(doc).
Event CodeEvent(const Document& doc, const NarrativeDays& days, const EventCandidate& c,
                size_t index);

}  // namespace parley::extract
