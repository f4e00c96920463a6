// LoadPipeline: the trained pipeline from a models directory. The tokenizer
// is always there (rules, no file); each later stage joins when its model
// file exists, in the order tokenizer -> tagger -> lemmatizer -> parser ->
// recogniser, so a checkout with only some models still runs.
//
// Thread-safe: loading is one thread's work; the Pipeline returned is
// immutable and may process many Documents at once (see stage.h).
#pragma once

#include <string>

#include "nlp/stage.h"

namespace parley::nlp {

struct PipelineOptions {
  // False when documents arrive tokenized (CoNLL-U, `parley nlp
  // --pretokenized`): the stages after the tokenizer only.
  bool tokenizer = true;
  // False for the tokenizer alone (no model is read).
  bool models = true;
  // False to leave out the tagger, lemmatizer and parser (a caller that
  // wants tokens and names only: the recogniser reads no tags).
  bool syntax = true;
};

// The stages available in `models_dir` (clusters.bin.gz, tagger.bin.gz,
// lemmatizer.bin.gz, parser.bin.gz, ner.bin.gz). A missing directory or file
// is not an error: that stage is left out. Throws parley::Error naming the
// file when a model file exists but cannot be loaded (corrupt, wrong kind or
// newer format).
Pipeline LoadPipeline(const std::string& models_dir, const PipelineOptions& options = {});

}  // namespace parley::nlp
