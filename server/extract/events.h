// Event extraction: triggers (lexicon.h) with their arguments read from local syntax, then
// one event per real event in the document (mentions of the same meeting merged).
//
// Arguments: agent (nearest head mention or resolved pronoun before the trigger in its clause,
// else the sentence subject), "with X", "between X and Y", "of X and Y", "X-Y meeting",
// direct objects, "to X" targets, "in/at P" places (and "to P" for visits), the clause's date,
// "the two". Statements take their quote from the adjoining quotation, which may span
// sentences. Works on one Document; thread-compatible.
#pragma once

#include "extract/document.h"
#include "extract/lexicon.h"

namespace parley::extract {

// Requires FindEntities(doc). Fills doc->events with the triggers of `lexicon`.
void FindEvents(const Lexicon& lexicon, Document* doc);

}  // namespace parley::extract
