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

namespace parley::extract {

class Extractor {
 public:
  // Reads config_dir/dict/*.jsonl. Throws std::runtime_error with a one-line message on a
  // malformed file. A missing dict directory yields an extractor with built-in titles only.
  static std::unique_ptr<Extractor> Load(const std::filesystem::path& config_dir);

  // Never throws on any input text (invalid UTF-8, NULs, huge documents); problems are
  // reported in Extraction::warnings. Offsets are code points of doc.text (after replacing
  // invalid UTF-8 sequences by U+FFFD, one per bad byte).
  Extraction Extract(const InputDocument& doc) const;

  static constexpr const char* kVersion = "parley-extract/0.1.0";

  const Dictionary& dictionary() const { return dict_; }

 private:
  Dictionary dict_;
};

// The output contract of ../shared/README.md; `explain` adds each event's rule and each
// entity's dictionary key.
nlohmann::json ToJson(const Extraction& x, bool explain = false);

}  // namespace parley::extract
