// Streaming NDJSON driver for `parley extract`: one output line per input line, in order.
// Stateless apart from the streams it is given; safe to run several on different streams.
#pragma once

#include <istream>
#include <ostream>

#include "extract/extractor.h"

namespace parley::extract {

// Reads documents ({"id","text","published_at"?,"title"?,"url"?,"source"?}; "date" is accepted
// for "published_at") one per line and writes one extraction per line. A bad line (not JSON,
// no string "text") yields {"line":N,"error":"..."} on `out` and a message on `err`; blank
// lines are skipped. Memory stays flat: one line at a time. Returns 0 if every line was
// extracted, 1 otherwise.
int ExtractNdjson(std::istream& in, std::ostream& out, std::ostream& err, const Extractor& ex,
                  bool explain);

}  // namespace parley::extract
