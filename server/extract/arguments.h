// Argument reading: who acted, with or on whom, where, when, about what, and with which words,
// for each trigger of a sentence (triggers.h). This is the seam between the trigger lexicon and
// syntax: the rule reader here reads local syntax (clause windows, entity mentions, prepositions,
// quotation marks); a reader over a dependency parse implements the same interface.
//
// A reader is made for one Document and fed its sentences in order, so it may carry what a
// reader carries across sentences (the pair just named, for "the two"; quotation marks that
// span sentences). Not thread-safe; one per Extract call.
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include "extract/document.h"
#include "extract/event_candidate.h"

namespace parley::extract {

class ArgumentReader {
 public:
  virtual ~ArgumentReader() = default;

  // Fills the arguments (agent, others, location, date, quote, topic, modality) of `triggers`,
  // sentence `si`'s candidates from TriggerFinder::Find, and returns those that are events:
  // a reading may drop a trigger ("so-called", a speech verb inside the speaker's own quote, a
  // statement without a speaker) or add a candidate no trigger names (a transcript's "Name:"
  // speaker line). Sentences come in text order, each once.
  virtual std::vector<EventCandidate> Read(int si, std::vector<EventCandidate> triggers) = 0;
};

// The rule reader over local syntax. Requires FindEntities(doc); marks the first name of a
// hyphen pair ("the Witkoff-Putin meeting") as a modifier in doc->mentions. *doc must outlive
// the reader.
std::unique_ptr<ArgumentReader> NewLocalSyntaxReader(Document* doc);

// Makes the reader for one document (ExtractorOptions::arguments). Called once per Extract, on
// the extracting thread, so it must be safe to call from several threads at once.
using ArgumentReaderFactory = std::function<std::unique_ptr<ArgumentReader>(Document* doc)>;

}  // namespace parley::extract
