// WordClusters: hierarchical word clusters that Parley induces itself from
// unlabelled text (`parley train clusters`, clusters_train.cc), used as
// features by the tagger, the parser and the recogniser (Koo et al. 2008,
// Ratinov & Roth 2009). Every known word belongs to one cluster; clusters are
// the leaves of a binary tree, and a cluster's path from the root is a bit
// string ("0110..."), so prefixes of the path (4, 6, 10, 20 bits) name
// coarser and coarser groups of words.
//
// Words are stored as written (case-sensitive) with every digit mapped to
// '0' ("1995" and "2024" are one word "0000"). Lookup tries the form as
// written, then in lower case, then capitalised ("RUSSIA" -> "russia" ->
// "Russia"), so all-caps and sentence-initial words find their cluster.
//
// Thread-safe: immutable after Load() or construction; lookups may run from
// many threads at once.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace parley::nlp {

class WordClusters {
 public:
  // Reads a model written by Save(). Throws parley::Error naming `path` when
  // it is missing, not a clusters model, newer than this code, or corrupt.
  static std::unique_ptr<WordClusters> Load(const std::string& path);

  // Builds clusters from parts (the trainer, tests). `words[i]` belongs to
  // cluster `cluster_of[i]` and occurred `counts[i]` times in training
  // (words in digit-normalised form, no duplicates); `paths[c]` is cluster
  // c's bit string ("0" and "1" only, at most 64 bits). `description` is a
  // free-text note stored in the file (data, settings). Throws
  // parley::Error(kInvalidArgument) on inconsistent parts.
  WordClusters(std::vector<std::string> words, std::vector<uint32_t> cluster_of,
               std::vector<uint32_t> counts, std::vector<std::string> paths,
               std::string description);

  // Writes the model (gzip container, atomically). Throws parley::Error.
  void Save(const std::string& path) const;

  // The cluster of `word` (tried as written, lower-cased, capitalised), or -1.
  int Find(std::string_view word) const;
  // The same, as written only (digits still normalised).
  int FindExact(std::string_view word) const;
  // Training count of the word Find() resolves `word` to, or 0.
  uint32_t Count(std::string_view word) const;

  // Cluster c's path from the root, "" for c < 0 or out of range.
  std::string_view Path(int c) const;
  // The first `bits` bits (1..31) of cluster c's path as one small integer,
  // unique among all prefixes of all lengths: (1 << n) | bits where n =
  // min(bits, path length). Returns 0 for an unknown cluster (c < 0): a
  // feature value that means "no cluster".
  uint32_t Prefix(int c, int bits) const;

  int clusters() const { return static_cast<int>(paths_.size()); }
  size_t words() const { return words_.size(); }
  const std::string& word(size_t i) const { return words_[i]; }
  uint32_t cluster_of(size_t i) const { return cluster_of_[i]; }
  const std::string& description() const { return description_; }

 private:
  void BuildIndex();
  int Lookup(std::string_view normalized) const;

  std::vector<std::string> words_;
  std::vector<uint32_t> cluster_of_;
  std::vector<uint32_t> counts_;
  std::vector<std::string> paths_;
  std::vector<uint64_t> path_bits_;  // per cluster: the path's first 31 bits, MSB first
  std::vector<uint8_t> path_len_;    // per cluster: min(path length, 31)
  std::string description_;
  // Open-addressing index: slot -> word index + 1 (0 = empty).
  std::vector<uint32_t> slots_;
  std::vector<uint64_t> hashes_;  // per word
  uint64_t mask_ = 0;
};

// Maps every ASCII digit of `word` to '0' into *out (the form clusters are
// stored and looked up in). Returns a view of *out, or `word` itself when it
// has no digit.
std::string_view NormalizeDigits(std::string_view word, std::string* out);

}  // namespace parley::nlp
