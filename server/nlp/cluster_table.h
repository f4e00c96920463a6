// ClusterTable: word clusters in the compact form the tagger and the parser
// embed in their own model files, so that a model always scores with the
// very clusters it was trained with. A word (its lower-cased form, by hash)
// maps to a few cluster ids at increasing granularity — for Brown clusters,
// prefixes of the cluster's bit string (Koo et al. 2008 use 4 and 6 bits
// and the whole path) — which the models use as features.
//
// Thread-safe: immutable after construction or Load().
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "nlp/model_io.h"

namespace parley::nlp {

class ClusterTable {
 public:
  static constexpr int kLevels = 4;
  using Ids = std::array<uint32_t, kLevels>;

  ClusterTable() = default;
  // From (word, bit-string path) pairs, e.g. ("moscow", "110100101"):
  // level k holds the path's prefix of kPrefixBits[k] bits (the whole path
  // at the last level). Words are lower-cased (ASCII) before hashing.
  static ClusterTable FromPaths(const std::vector<std::pair<std::string, std::string>>& paths);

  bool empty() const { return keys_.empty(); }
  size_t size() const { return used_; }
  // The ids of `lower_hash` (HashString of the lower-cased word), or nullptr
  // when the word has no cluster. Ids are never 0.
  const Ids* Find(uint64_t lower_hash) const;

  void Save(ModelWriter* w) const;
  static ClusterTable Load(ModelReader* r);

 private:
  void Build(std::vector<std::pair<uint64_t, Ids>> rows);

  size_t used_ = 0;
  uint64_t mask_ = 0;
  std::vector<uint64_t> keys_;  // 0 = empty
  std::vector<Ids> ids_;
};

// Reads word clusters from `path` for training: a text file of
// "PATH<TAB>WORD[<TAB>COUNT]" lines (the output format of Liang's
// brown-cluster tool), gzip or plain. Throws parley::Error naming the file.
ClusterTable LoadClusterTable(const std::string& path);

}  // namespace parley::nlp
