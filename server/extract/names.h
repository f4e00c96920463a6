// NameFinder: names found in running text by a trained model, the seam
// between extract/ and nlp/. The dictionaries stay the linker: a found name
// that a dictionary entry covers is that entry; one no entry covers becomes
// an open-world entity of the found type. A better model replaces the
// implementation without touching the stages that read it.
//
// Thread-safe: implementations are immutable after construction; Find() may
// run on many threads at once.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace parley::extract {

// One name: bytes [begin, end) of the text given to Find().
struct FoundName {
  size_t begin = 0, end = 0;
  std::string label;  // PER, ORG, LOC, MISC
  float score = 1.0f;
};

class NameFinder {
 public:
  virtual ~NameFinder() = default;
  // Identifies the model, for the extractor's version.
  virtual std::string version() const = 0;
  // The names in `text` (valid UTF-8), sorted by `begin`, not overlapping.
  virtual std::vector<FoundName> Find(std::string_view text) const = 0;
};

// The trained recogniser of `models_dir` (ner.bin.gz with its clusters), or
// null when the directory has none. Throws parley::Error naming the file when
// a model file is there but cannot be loaded.
std::unique_ptr<NameFinder> LoadNameFinder(const std::filesystem::path& models_dir);

}  // namespace parley::extract
