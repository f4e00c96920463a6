// Helpers shared by the extraction tests.
#pragma once

#include <filesystem>
#include <memory>

#include "extract/extractor.h"

namespace parley::extract::testing {

// The project dictionaries when they exist, else the small fixture set in tests/extract.
inline std::filesystem::path ConfigDir() {
  const std::filesystem::path real = PARLEY_SOURCE_DIR "/config";
  if (std::filesystem::exists(real / "dict" / "people.jsonl")) return real;
  return PARLEY_SOURCE_DIR "/tests/extract/fixtures";
}

inline const Extractor& SharedExtractor() {
  static const std::unique_ptr<Extractor> kEx = Extractor::Load(ConfigDir());
  return *kEx;
}

inline std::filesystem::path SharedDir() { return PARLEY_SHARED_DIR; }

// The shared extractor with the trained recogniser of models/, or null when the checkout has
// no ner.bin.gz (callers return early).
inline const Extractor* WithRecognizer() {
  static const std::unique_ptr<Extractor> kEx = [] {
    const std::filesystem::path models = PARLEY_SOURCE_DIR "/models";
    if (!std::filesystem::exists(models / "ner.bin.gz")) return std::unique_ptr<Extractor>();
    ExtractorOptions options;
    options.models_dir = models;
    return Extractor::Load(ConfigDir(), options);
  }();
  return kEx.get();
}

}  // namespace parley::extract::testing
