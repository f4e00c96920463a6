// Training entry points of the language models: `parley train KIND` calls
// these. Training is deterministic for a seed, prints one progress line per
// epoch with the dev score to stderr, and writes the model with ModelWriter
// (atomically). It is not on the serving path: nothing at run time trains.
//
// Thread-safe: each call trains alone; do not run two into the same `out`.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace parley::nlp {

struct TrainOptions {
  std::string train;     // training data (CoNLL-U, gzip or plain); for clusters: text corpora
  std::string dev;       // development data, scored after every epoch (may be empty)
  std::string out;       // the model file to write
  std::string clusters;  // word clusters model to use as features (may be empty)
  std::string dict_dir;  // Parley's config/ dir, for gazetteer features (may be empty)
  std::string tagger;    // a trained tagger, for stages that read predicted tags (may be empty)
  std::vector<std::string> inputs;  // extra inputs (clusters: more corpora)
  int epochs = 0;                   // 0: the trainer's default
  int members = 0;                  // parser: ensemble members (0: the trainer's default)
  int move_labels = 0;  // parser: relations with move classes of their own (0: the default)
  uint64_t seed = 1;
  bool quiet = false;  // no per-epoch progress lines
};

// Each throws parley::Error with a one-line message on unreadable or
// malformed input (kInvalidArgument) or an unwritable output (kInternal).
void TrainTagger(const TrainOptions& options);
void TrainLemmatizer(const TrainOptions& options);
void TrainParser(const TrainOptions& options);
void TrainRecognizer(const TrainOptions& options);
void TrainClusters(const TrainOptions& options);

}  // namespace parley::nlp
