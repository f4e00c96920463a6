// ClusterTable: an open-addressing table from word hash to cluster ids.
#include "nlp/cluster_table.h"

#include <algorithm>

#include "base/error.h"
#include "nlp/perceptron.h"

namespace parley::nlp {

namespace {

constexpr std::array<size_t, ClusterTable::kLevels> kPrefixBits = {4, 6, 10, 0};  // 0 = all

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

ClusterTable LoadClusterTable(const std::string& path) {
  const std::string text = ReadMaybeGzipped(path);
  std::vector<std::pair<std::string, std::string>> paths;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    const std::string_view line(text.data() + pos, nl - pos);
    pos = nl + 1;
    if (line.empty()) continue;
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos)
      throw Error(ErrorCode::kInvalidArgument, path + ": expected PATH<TAB>WORD lines");
    const size_t tab2 = line.find('\t', tab + 1);
    paths.emplace_back(std::string(line.substr(tab + 1, tab2 == std::string_view::npos
                                                             ? std::string_view::npos
                                                             : tab2 - tab - 1)),
                       std::string(line.substr(0, tab)));
  }
  return ClusterTable::FromPaths(paths);
}

ClusterTable ClusterTable::FromPaths(
    const std::vector<std::pair<std::string, std::string>>& paths) {
  std::vector<std::pair<uint64_t, Ids>> rows;
  rows.reserve(paths.size());
  for (const auto& [word, path] : paths) {
    Ids ids{};
    for (int k = 0; k < kLevels; ++k) {
      const size_t n = kPrefixBits[k] == 0 ? path.size() : std::min(path.size(), kPrefixBits[k]);
      // Length in the id too: "01" and "0001" are different clusters.
      const uint64_t h = HashCombine(HashString(std::string_view(path).substr(0, n)), k);
      ids[k] = static_cast<uint32_t>(h) | 1u;
    }
    rows.emplace_back(HashString(LowerAscii(word)), ids);
  }
  ClusterTable t;
  t.Build(std::move(rows));
  return t;
}

void ClusterTable::Build(std::vector<std::pair<uint64_t, Ids>> rows) {
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  rows.erase(std::unique(rows.begin(), rows.end(),
                         [](const auto& a, const auto& b) { return a.first == b.first; }),
             rows.end());
  used_ = rows.size();
  keys_.clear();
  ids_.clear();
  mask_ = 0;
  if (rows.empty()) return;
  size_t slots = 16;
  while (slots < used_ * 2) slots <<= 1;
  mask_ = slots - 1;
  keys_.assign(slots, 0);
  ids_.assign(slots, Ids{});
  for (const auto& [key, ids] : rows) {
    const uint64_t k = key == 0 ? 1 : key;
    size_t i = k & mask_;
    while (keys_[i] != 0) i = (i + 1) & mask_;
    keys_[i] = k;
    ids_[i] = ids;
  }
}

const ClusterTable::Ids* ClusterTable::Find(uint64_t lower_hash) const {
  if (keys_.empty()) return nullptr;
  const uint64_t k = lower_hash == 0 ? 1 : lower_hash;
  for (size_t i = k & mask_;; i = (i + 1) & mask_) {
    if (keys_[i] == k) return &ids_[i];
    if (keys_[i] == 0) return nullptr;
  }
}

void ClusterTable::Save(ModelWriter* w) const {
  std::vector<std::pair<uint64_t, size_t>> order;
  for (size_t i = 0; i < keys_.size(); ++i)
    if (keys_[i] != 0) order.emplace_back(keys_[i], i);
  std::sort(order.begin(), order.end());
  std::vector<uint64_t> keys;
  std::vector<uint32_t> ids;
  for (const auto& [key, slot] : order) {
    keys.push_back(key);
    ids.insert(ids.end(), ids_[slot].begin(), ids_[slot].end());
  }
  w->U64s(keys);
  w->U32s(ids);
}

ClusterTable ClusterTable::Load(ModelReader* r) {
  const auto keys = r->U64s();
  const auto ids = r->U32s();
  if (ids.size() != keys.size() * kLevels)
    throw Error(ErrorCode::kInvalidArgument, "malformed cluster table");
  std::vector<std::pair<uint64_t, Ids>> rows(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    rows[i].first = keys[i];
    for (int k = 0; k < kLevels; ++k) rows[i].second[k] = ids[i * kLevels + k];
  }
  ClusterTable t;
  t.Build(std::move(rows));
  return t;
}

}  // namespace parley::nlp
