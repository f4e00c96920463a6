// Streaming NDJSON driver for `parley extract`: one output line per input line, in order.
// Stateless apart from the streams it is given; safe to run several on different streams.
#pragma once

#include <istream>
#include <ostream>

#include "extract/coder.h"
#include "extract/extractor.h"
#include "nlp/stage.h"

namespace parley::extract {

// Reads documents ({"id","text","published_at"?,"title"?,"url"?,"source"?,"country"?}; "date"
// is accepted for "published_at", "country_iso3" for "country", the ISO alpha-3 code of the
// country whose voice the text is) one per line and writes one extraction per line. A bad line (not
// JSON, no string "text") yields {"line":N,"error":"..."} on `out` and a message on `err`; blank
// lines are skipped. Memory stays flat: one line at a time. Returns 0 if every line was
// extracted, 1 otherwise.
//
// With `coding` (`parley extract --coding-dir`), each document also runs through
// the language pipeline and the PETRARCH2 coder, whose events replace the
// trigger lexicon's; entities stay the extractor's.
struct CodingStage {
  const nlp::Pipeline* pipeline = nullptr;
  const Coder* coder = nullptr;
};
int ExtractNdjson(std::istream& in, std::ostream& out, std::ostream& err, const Extractor& ex,
                  bool explain, const CodingStage* coding = nullptr);

}  // namespace parley::extract
