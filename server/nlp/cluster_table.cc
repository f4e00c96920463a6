// ClusterTable: an open-addressing table from word hash to cluster ids,
// saved as the words' hashes, their clusters and the clusters' paths.
#include "nlp/cluster_table.h"

#include <algorithm>
#include <numeric>

#include "base/error.h"
#include "nlp/clusters.h"
#include "nlp/perceptron.h"

namespace parley::nlp {

namespace {

constexpr std::array<size_t, ClusterTable::kLevels> kPrefixBits = {4, 6, 10, 0};  // 0 = all

}  // namespace

ClusterTable LoadClusterTable(const std::string& path) {
  return ClusterTable::FromClusters(*WordClusters::Load(path));
}

ClusterTable ClusterTable::FromClusters(const WordClusters& clusters) {
  std::vector<std::string> words;
  std::vector<uint32_t> cluster_of;
  std::vector<std::string> paths;
  for (size_t i = 0; i < clusters.words(); ++i) {
    words.push_back(clusters.word(i));
    cluster_of.push_back(clusters.cluster_of(i));
  }
  paths.reserve(static_cast<size_t>(std::max(0, clusters.clusters())));
  for (int c = 0; c < clusters.clusters(); ++c) paths.emplace_back(clusters.Path(c));
  return Build(words, cluster_of, paths);
}

ClusterTable ClusterTable::Build(const std::vector<std::string>& words,
                                 const std::vector<uint32_t>& cluster_of,
                                 const std::vector<std::string>& paths) {
  if (cluster_of.size() != words.size())
    throw Error(ErrorCode::kInvalidArgument, "cluster table: words and clusters differ in size");
  std::vector<std::pair<uint64_t, uint32_t>> rows;
  for (size_t i = 0; i < words.size(); ++i) {
    if (cluster_of[i] >= paths.size())
      throw Error(ErrorCode::kInvalidArgument, "cluster table: cluster out of range");
    rows.emplace_back(HashString(words[i]), cluster_of[i]);
  }
  std::sort(rows.begin(), rows.end());
  ClusterTable t;
  for (const auto& [key, c] : rows) {
    if (!t.word_keys_.empty() && t.word_keys_.back() == key) continue;
    t.word_keys_.push_back(key);
    t.word_cluster_.push_back(c);
  }
  t.paths_ = paths;
  t.Index();
  return t;
}

void ClusterTable::Index() {
  used_ = word_keys_.size();
  keys_.clear();
  ids_.clear();
  mask_ = 0;
  if (used_ == 0) return;
  std::vector<Ids> cluster_ids(paths_.size());
  for (size_t c = 0; c < paths_.size(); ++c) {
    const std::string& path = paths_[c];
    for (int k = 0; k < kLevels; ++k) {
      const size_t n = kPrefixBits[k] == 0 ? path.size() : std::min(path.size(), kPrefixBits[k]);
      // The length is in the id too: "01" and "0001" are different groups.
      const uint64_t h = HashCombine(HashString(std::string_view(path).substr(0, n)), k);
      cluster_ids[c][k] = static_cast<uint32_t>(h) | 1u;
    }
  }
  size_t slots = 16;
  while (slots < used_ * 2) slots <<= 1;
  mask_ = slots - 1;
  keys_.assign(slots, 0);
  ids_.assign(slots, Ids{});
  for (size_t r = 0; r < used_; ++r) {
    const uint64_t k = word_keys_[r] == 0 ? 1 : word_keys_[r];
    size_t i = k & mask_;
    while (keys_[i] != 0) i = (i + 1) & mask_;
    keys_[i] = k;
    ids_[i] = cluster_ids[word_cluster_[r]];
  }
}

const ClusterTable::Ids* ClusterTable::Find(uint64_t hash) const {
  if (keys_.empty()) return nullptr;
  const uint64_t k = hash == 0 ? 1 : hash;
  for (size_t i = k & mask_;; i = (i + 1) & mask_) {
    if (keys_[i] == k) return &ids_[i];
    if (keys_[i] == 0) return nullptr;
  }
}

const ClusterTable::Ids* ClusterTable::Lookup(std::string_view form) const {
  if (keys_.empty()) return nullptr;
  thread_local std::string buf;
  buf.assign(form);
  for (char& c : buf)
    if (c >= '0' && c <= '9') c = '0';
  if (const Ids* ids = Find(HashString(buf))) return ids;
  for (char& c : buf)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  if (const Ids* ids = Find(HashString(buf))) return ids;
  if (!buf.empty() && buf[0] >= 'a' && buf[0] <= 'z') {
    buf[0] = static_cast<char>(buf[0] - 'a' + 'A');
    return Find(HashString(buf));
  }
  return nullptr;
}

void ClusterTable::Save(ModelWriter* w) const {
  w->U64s(word_keys_);
  w->U32s(word_cluster_);
  w->Strs(paths_);
}

ClusterTable ClusterTable::Load(ModelReader* r) {
  ClusterTable t;
  t.word_keys_ = r->U64s();
  t.word_cluster_ = r->U32s();
  t.paths_ = r->Strs();
  if (t.word_cluster_.size() != t.word_keys_.size())
    throw Error(ErrorCode::kInvalidArgument, "malformed cluster table");
  for (size_t i = 0; i < t.word_keys_.size(); ++i) {
    if (t.word_cluster_[i] >= t.paths_.size())
      throw Error(ErrorCode::kInvalidArgument, "cluster table: cluster out of range");
    if (i > 0 && t.word_keys_[i] <= t.word_keys_[i - 1])
      throw Error(ErrorCode::kInvalidArgument, "cluster table: keys not sorted");
  }
  t.Index();
  return t;
}

}  // namespace parley::nlp
