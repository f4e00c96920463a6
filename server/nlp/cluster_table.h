// ClusterTable: the word clusters (nlp/clusters.h) in the compact form the
// tagger and the parser embed in their own model files, so that a model
// always scores with the very clusters it was trained with. A word (by the
// hash of its form as the clusters store it: case kept, digits mapped to
// '0') maps to a few cluster ids at increasing granularity — prefixes of the
// cluster's bit string (Koo et al. 2008 use 4 and 6 bits and the whole
// path) — which the models use as features. Callers look a word up as
// WordClusters does: as written, then lower-cased, then capitalised.
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

class WordClusters;

class ClusterTable {
 public:
  static constexpr int kLevels = 4;
  using Ids = std::array<uint32_t, kLevels>;

  ClusterTable() = default;
  // From words and their clusters' bit-string paths: word i is in cluster
  // cluster_of[i], whose path is paths[cluster_of[i]]. Level k of a word's
  // ids is its path's prefix of kPrefixBits[k] bits (the whole path at the
  // last level). Throws parley::Error(kInvalidArgument) on a cluster index
  // out of range.
  static ClusterTable Build(const std::vector<std::string>& words,
                            const std::vector<uint32_t>& cluster_of,
                            const std::vector<std::string>& paths);
  // From a clusters model (WordClusters::Load).
  static ClusterTable FromClusters(const WordClusters& clusters);

  bool empty() const { return keys_.empty(); }
  size_t size() const { return used_; }
  // The ids of the word whose HashString is `hash`, or nullptr when it has
  // no cluster. Ids are never 0.
  const Ids* Find(uint64_t hash) const;

  // The ids of `form` looked up as WordClusters::Find does (digits as '0';
  // as written, lower-cased, capitalised; ASCII case only), or nullptr.
  const Ids* Lookup(std::string_view form) const;

  void Save(ModelWriter* w) const;
  static ClusterTable Load(ModelReader* r);

 private:
  void Index();

  // As saved: word hashes (sorted), their cluster, the clusters' paths.
  std::vector<uint64_t> word_keys_;
  std::vector<uint32_t> word_cluster_;
  std::vector<std::string> paths_;
  size_t used_ = 0;
  uint64_t mask_ = 0;
  std::vector<uint64_t> keys_;  // 0 = empty
  std::vector<Ids> ids_;
};

// Reads a clusters model (WordClusters::Load) for training. Throws
// parley::Error naming the file.
ClusterTable LoadClusterTable(const std::string& path);

}  // namespace parley::nlp
