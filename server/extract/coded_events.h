// The coder's events in the extractor's output contract (../shared/README.md):
// CAMEO code, PLOVER type, Goldstein and quad class from the coding table,
// source and target actor codes, the sentence as evidence (code-point
// offsets into the document text), the publication date marked as such.
//
// Thread-safe: pure functions.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "extract/coder.h"
#include "nlp/document.h"

namespace parley::extract {

// `doc` is the parsed document the events were coded from (its text is the
// input text); `published_at` the input's date ("" when none). `explain`
// adds each event's pattern.
nlohmann::json CodedEventsJson(const std::vector<CodedEvent>& events, const nlp::Document& doc,
                               const std::string& published_at, bool explain);

}  // namespace parley::extract
