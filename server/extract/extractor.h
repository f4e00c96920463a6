// The extraction pipeline's public face: documents in, entities and coded events out.
//
// Extractor is immutable after Load(); Extract() may be called from many threads at once.
// Stages (see README.md): text -> sentences -> tokens -> dates -> entities -> events.
#pragma once

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>

#include "extract/dictionary.h"
#include "extract/model.h"
#include "extract/names.h"

namespace parley::extract {

struct ExtractorOptions {
  // Where the trained models are (models/). Empty, or without ner.bin.gz:
  // names come from the dictionaries and the rules alone.
  std::filesystem::path models_dir;
};

class Extractor {
 public:
  // Reads config_dir/dict/*.jsonl and the recogniser of options.models_dir.
  // Throws std::runtime_error (parley::Error for a model) with a one-line
  // message on a malformed file. A missing dict directory yields an extractor
  // with built-in titles only.
  static std::unique_ptr<Extractor> Load(const std::filesystem::path& config_dir,
                                         const ExtractorOptions& options = {});

  // Never throws on any input text (invalid UTF-8, NULs, huge documents); problems are
  // reported in Extraction::warnings. Offsets are code points of doc.text (after replacing
  // invalid UTF-8 sequences by U+FFFD, one per bad byte).
  Extraction Extract(const InputDocument& doc) const;

  // The rules' version; version() adds the models an instance uses.
  static constexpr const char* kVersion = "parley-extract/0.2.0";
  // What produced an extraction: the rules and every model, e.g.
  // "parley-extract/0.2.0 tokenizer/rules/1+recognizer/...". Stored with each
  // document, so that a reindex can tell which documents a new model changes.
  const std::string& version() const { return version_; }

  const Dictionary& dictionary() const { return dict_; }

 private:
  Dictionary dict_;
  std::unique_ptr<NameFinder> names_;  // null: no recogniser
  std::string version_ = kVersion;
};

// The output contract of ../shared/README.md; `explain` adds each event's rule and each
// entity's dictionary key.
nlohmann::json ToJson(const Extraction& x, bool explain = false);

}  // namespace parley::extract
