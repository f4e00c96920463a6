// The extraction pipeline's public face: documents in, entities and coded events out.
//
// Extractor is an interface (a test or another pipeline may implement it); the one Load()
// gives is immutable, and Extract() may be called from many threads at once.
// Stages (see README.md): text -> sentences -> tokens -> dates -> entities -> events.
#pragma once

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>

#include "extract/arguments.h"
#include "extract/dictionary.h"
#include "extract/lexicon.h"
#include "extract/model.h"
#include "extract/names.h"

namespace parley::extract {

struct ExtractorOptions {
  // Where the trained models are (models/). Empty, or without ner.bin.gz:
  // names come from the dictionaries and the rules alone.
  std::filesystem::path models_dir;
  // The event triggers; null: Lexicon::BuiltIn().
  std::shared_ptr<const Lexicon> lexicon;
  // How a trigger's arguments are read; null: the local-syntax rules (NewLocalSyntaxReader).
  // Neither this nor `lexicon` shows in version(): an extractor built with other stages
  // should not share a database with the default one.
  ArgumentReaderFactory arguments;
};

// What ingestion, the CLI and the server need of an extractor: an extraction
// per document and a version naming what produced it. Implementations are
// immutable after construction; Extract() may run on many threads at once.
class Extractor {
 public:
  virtual ~Extractor() = default;

  // The rule-and-model extractor: reads config_dir/dict/*.jsonl, the
  // recogniser of options.models_dir and options.lexicon. Throws
  // std::runtime_error (parley::Error for a model) with a one-line message on
  // a malformed file. A missing dict directory yields an extractor with
  // built-in titles only.
  static std::unique_ptr<Extractor> Load(const std::filesystem::path& config_dir,
                                         const ExtractorOptions& options = {});

  // Never throws on any input text (invalid UTF-8, NULs, huge documents); problems are
  // reported in Extraction::warnings. Offsets are code points of doc.text (after replacing
  // invalid UTF-8 sequences by U+FFFD, one per bad byte).
  virtual Extraction Extract(const InputDocument& doc) const = 0;

  // What produced an extraction: the rules and every model, e.g.
  // "parley-extract/0.2.0 tokenizer/rules/1+recognizer/...". Stored with each
  // document, so that a reindex can tell which documents a new model changes.
  virtual const std::string& version() const = 0;

  // The rules' version, what version() of Load()'s extractor starts with.
  static constexpr const char* kVersion = "parley-extract/0.2.0";
};

// The output contract of ../shared/README.md; `explain` adds each event's rule and each
// entity's dictionary key.
nlohmann::json ToJson(const Extraction& x, bool explain = false);

}  // namespace parley::extract
