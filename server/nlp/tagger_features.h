// The tagger's word descriptions and feature templates, shared by tagging
// (tagger.cc) and training (tagger_train.cc) so that both see exactly the
// same features. Internal to the tagger; the parser reuses WordInfo's
// hashes (lower-cased form, suffix, shape, clusters).
//
// Thread-safe: pure functions.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "nlp/cluster_table.h"
#include "nlp/tagger.h"

namespace parley::nlp {

struct Tagger::WordInfo {
  uint64_t form = 0;             // HashString of the form as written
  uint64_t lower = 0;            // lower-cased (ASCII), digits folded to '0'
  uint64_t lower_raw = 0;        // lower-cased, digits kept (cluster lookups)
  uint64_t prefix[4] = {};       // lower-cased prefixes of 1..4 bytes
  uint64_t suffix[4] = {};       // lower-cased suffixes of 1..4 bytes
  uint64_t shape = 0;            // "Xxxx", "dd.dd": runs cut at four
  uint64_t short_shape = 0;      // "Xx", "d.d": runs cut at one
  uint32_t flags = 0;            // kFlag* bits
  uint32_t length = 0;           // bytes
  ClusterTable::Ids clusters{};  // zeros when the word has none
};

// One model for both passes: the second pass adds RightFeatures.
struct Tagger::Model {
  LinearModel weights;
};

namespace tagger_internal {

enum WordFlag : uint32_t {
  kFlagUpper = 1u << 0,      // some A-Z
  kFlagAllUpper = 1u << 1,   // letters all A-Z (and at least one)
  kFlagInitUpper = 1u << 2,  // first byte A-Z
  kFlagDigit = 1u << 3,
  kFlagAllDigit = 1u << 4,  // only digits and , . : - /
  kFlagHyphen = 1u << 5,
  kFlagApostrophe = 1u << 6,
  kFlagPeriod = 1u << 7,
  kFlagNonAscii = 1u << 8,
  kFlagAlpha = 1u << 9,  // some letter
  kFlagUrl = 1u << 10,   // http..., www..., @ inside: links and e-mail
};

// Fills `info` for `form`.
void Describe(std::string_view form, const ClusterTable& clusters, Tagger::WordInfo* info);

// Features that depend on the word alone (their scores are cached per form).
void SelfFeatures(const Tagger::WordInfo& w, std::vector<uint64_t>* out);

// A neighbour's place relative to the word being tagged.
enum Role { kRolePrev2 = 0, kRolePrev1, kRoleNext1, kRoleNext2 };
inline constexpr int kRoles = 4;
// The features of word `w` seen in `role` (w == nullptr: beyond the
// sentence's edge). They depend on that word alone, so their scores are
// cached per form as well.
void RoleFeatures(Role role, const Tagger::WordInfo* w, std::vector<uint64_t>* out);

// The features of position `i` of `words` (n words) that combine several
// things: earlier tags (`tags[j]` for j < i) and word bigrams.
inline constexpr int kNoTag = 0xFFFF;
void PositionFeatures(const Tagger::WordInfo* words, int n, int i, const int* tags,
                      std::vector<uint64_t>* out);

// All four neighbours' RoleFeatures, then PositionFeatures: the first
// pass's features besides SelfFeatures.
void ContextFeatures(const Tagger::WordInfo* words, int n, int i, const int* tags,
                     std::vector<uint64_t>* out);

// The second pass's own features: the first pass's tags (`right`) of the
// word and the words to its right, with the (second-pass) tag to the left.
// The second pass scores these on top of the first pass's features.
void RightFeatures(const Tagger::WordInfo* words, int n, int i, const int* tags, const int* right,
                   std::vector<uint64_t>* out);

// Open-addressing tables of (key, value) rebuilt on load: keys never 0.
template <typename V>
void BuildTable(const std::vector<uint64_t>& keys, const std::vector<V>& values,
                std::vector<uint64_t>* out_keys, std::vector<V>* out_values, uint64_t* mask) {
  out_keys->clear();
  out_values->clear();
  *mask = 0;
  if (keys.empty()) return;
  size_t slots = 16;
  while (slots < keys.size() * 2) slots <<= 1;
  *mask = slots - 1;
  out_keys->assign(slots, 0);
  out_values->assign(slots, V{});
  for (size_t i = 0; i < keys.size(); ++i) {
    size_t j = keys[i] & *mask;
    while ((*out_keys)[j] != 0 && (*out_keys)[j] != keys[i]) j = (j + 1) & *mask;
    (*out_keys)[j] = keys[i];
    (*out_values)[j] = values[i];
  }
}

template <typename V>
void TableRows(const std::vector<uint64_t>& keys, const std::vector<V>& values,
               std::vector<uint64_t>* out_keys, std::vector<V>* out_values) {
  std::vector<std::pair<uint64_t, V>> rows;
  for (size_t i = 0; i < keys.size(); ++i)
    if (keys[i] != 0) rows.emplace_back(keys[i], values[i]);
  std::sort(rows.begin(), rows.end());
  for (const auto& [k, v] : rows) {
    out_keys->push_back(k);
    out_values->push_back(v);
  }
}

}  // namespace tagger_internal
}  // namespace parley::nlp
