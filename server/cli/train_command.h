// `parley train KIND`: trains one language model (tagger, lemmatizer,
// parser, ner, clusters) from the data in ../shared/nlp and writes it for
// models/. See models/README.md for the commands that made the shipped ones.
//
// Not thread-safe: runs once per process.
#pragma once

#include <string>
#include <vector>

namespace parley::cli {

// Runs `parley train` with its own arguments (after the subcommand name).
// Returns the exit status (0 on success, also after --help). Throws
// Error(kInvalidArgument) on bad usage.
int RunTrain(const std::vector<std::string>& args);

}  // namespace parley::cli
