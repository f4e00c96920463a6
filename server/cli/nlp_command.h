// `parley nlp`: text in (NDJSON documents as `parley extract` reads them, or
// plain text), CoNLL-U out, through the trained pipeline in models/;
// `--pretokenized` reads CoNLL-U and fills in everything but the tokens.
//
// Not thread-safe: runs once per process.
#pragma once

#include <string>
#include <vector>

#include "base/config.h"

namespace parley::cli {

// Runs `parley nlp` with its own arguments. Returns the exit status (0 on
// success, also after --help). Throws Error(kInvalidArgument) on bad usage.
int RunNlp(const Config& config, const std::vector<std::string>& args);

}  // namespace parley::cli
