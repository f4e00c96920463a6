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

}  // namespace parley::extract::testing
