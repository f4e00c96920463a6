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

#include "extract/arguments.h"
#include "extract/document.h"
#include "extract/lexicon.h"

namespace parley::extract {

// Requires FindEntities(doc). Fills doc->events with the triggers of `lexicon`, read by
// `reader` (made for *doc).
void FindEvents(const Lexicon& lexicon, ArgumentReader& reader, Document* doc);

// Stage 4: the Event a merged candidate codes, numbered `index` (1-based) in the document.
Event CodeEvent(const Document& doc, const EventCandidate& c, size_t index);

}  // namespace parley::extract
