// Averaged perceptron: lazy averaging during training, an open-addressing
// table at inference. Rows are kept sorted by feature id inside the weight
// array so that saving is deterministic for a given training run.
#include "nlp/perceptron.h"

#include <algorithm>
#include <cmath>

#include "base/error.h"

namespace parley::nlp {

uint64_t HashString(std::string_view s) {
  uint64_t h = 0xCBF29CE484222325ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001B3ULL;
  }
  return HashCombine(h, s.size());
}

void LinearModel::Build(std::vector<std::pair<uint64_t, std::vector<Weight>>> rows, int classes) {
  std::sort(rows.begin(), rows.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  classes_ = classes;
  used_ = rows.size();
  size_t slots = 16;
  while (slots < used_ * 2) slots <<= 1;  // load factor <= 0.5
  mask_ = slots - 1;
  keys_.assign(slots, 0);
  starts_.assign(slots, 0);
  ends_.assign(slots, 0);
  weights_.clear();
  for (auto& [key, ws] : rows) {
    size_t i = key & mask_;
    while (keys_[i] != 0) i = (i + 1) & mask_;
    keys_[i] = key;
    starts_[i] = static_cast<uint32_t>(weights_.size());
    weights_.insert(weights_.end(), ws.begin(), ws.end());
    ends_[i] = static_cast<uint32_t>(weights_.size());
  }
}

size_t LinearModel::Find(uint64_t feature) const {
  if (keys_.empty()) return SIZE_MAX;
  size_t i = feature & mask_;
  for (;;) {
    const uint64_t k = keys_[i];
    if (k == feature) return i;
    if (k == 0) return SIZE_MAX;
    i = (i + 1) & mask_;
  }
}

void LinearModel::AddFeature(uint64_t feature, float* scores) const {
  const size_t i = Find(feature);
  if (i == SIZE_MAX) return;
  for (uint32_t j = starts_[i]; j < ends_[i]; ++j) scores[weights_[j].cls] += weights_[j].w;
}

void LinearModel::Score(std::span<const uint64_t> features, float* scores) const {
  for (uint64_t f : features) AddFeature(f, scores);
}

int LinearModel::Argmax(const float* scores, int classes, std::span<const uint8_t> allowed) {
  int best = -1;
  for (int c = 0; c < classes; ++c) {
    if (!allowed.empty() && !allowed[c]) continue;
    if (best < 0 || scores[c] > scores[best]) best = c;
  }
  return best;
}

void LinearModel::Save(ModelWriter* w) const {
  // Rows in key order: the table is rebuilt on load, so only rows are kept.
  std::vector<std::pair<uint64_t, size_t>> order;
  order.reserve(used_);
  for (size_t i = 0; i < keys_.size(); ++i)
    if (keys_[i] != 0) order.emplace_back(keys_[i], i);
  std::sort(order.begin(), order.end());
  w->U32(static_cast<uint32_t>(classes_));
  std::vector<uint64_t> keys;
  std::vector<uint32_t> counts;
  std::vector<uint32_t> classes;
  std::vector<float> values;
  keys.reserve(order.size());
  counts.reserve(order.size());
  for (const auto& [key, slot] : order) {
    keys.push_back(key);
    counts.push_back(ends_[slot] - starts_[slot]);
    for (uint32_t j = starts_[slot]; j < ends_[slot]; ++j) {
      classes.push_back(weights_[j].cls);
      values.push_back(weights_[j].w);
    }
  }
  w->U64s(keys);
  w->U32s(counts);
  w->U32s(classes);
  w->F32s(values);
}

LinearModel LinearModel::Load(ModelReader* r) {
  const auto classes = static_cast<int>(r->U32());
  const auto keys = r->U64s();
  const auto counts = r->U32s();
  const auto cls = r->U32s();
  const auto values = r->F32s();
  if (classes <= 0 || classes > 65535 || counts.size() != keys.size() ||
      cls.size() != values.size())
    throw Error(ErrorCode::kInvalidArgument, "malformed linear model table");
  std::vector<std::pair<uint64_t, std::vector<Weight>>> rows;
  rows.reserve(keys.size());
  size_t at = 0;
  for (size_t i = 0; i < keys.size(); ++i) {
    if (keys[i] == 0 || counts[i] > cls.size() - at)
      throw Error(ErrorCode::kInvalidArgument, "malformed linear model row");
    std::vector<Weight> ws;
    ws.reserve(counts[i]);
    for (uint32_t j = 0; j < counts[i]; ++j, ++at) {
      if (cls[at] >= static_cast<uint32_t>(classes))
        throw Error(ErrorCode::kInvalidArgument, "linear model class out of range");
      ws.push_back({static_cast<uint16_t>(cls[at]), values[at]});
    }
    rows.emplace_back(keys[i], std::move(ws));
  }
  if (at != cls.size()) throw Error(ErrorCode::kInvalidArgument, "malformed linear model rows");
  for (size_t i = 1; i < rows.size(); ++i)
    if (rows[i].first <= rows[i - 1].first)
      throw Error(ErrorCode::kInvalidArgument, "linear model keys not sorted");
  LinearModel m;
  m.Build(std::move(rows), classes);
  return m;
}

PerceptronTrainer::PerceptronTrainer(int classes) : classes_(classes) {
  if (classes <= 0 || classes > 65535)
    throw Error(ErrorCode::kInvalidArgument, "a perceptron needs 1 to 65535 classes");
}

void PerceptronTrainer::Score(std::span<const uint64_t> features, float* scores) const {
  for (uint64_t f : features) {
    auto it = rows_.find(f);
    if (it == rows_.end()) continue;
    for (const Entry& e : it->second) scores[e.cls] += e.w;
  }
}

void PerceptronTrainer::Bump(std::vector<Entry>& row, int cls, float amount) {
  for (Entry& e : row) {
    if (e.cls == cls) {
      e.total += static_cast<double>(time_ - e.stamp) * e.w;
      e.stamp = time_;
      e.w += amount;
      return;
    }
  }
  row.push_back({static_cast<uint16_t>(cls), amount, 0.0, time_});
}

void PerceptronTrainer::Add(std::span<const uint64_t> features, int cls, float amount) {
  for (uint64_t f : features) Bump(rows_[f], cls, amount);
}

void PerceptronTrainer::Update(std::span<const uint64_t> features, int gold, int guess,
                               float amount) {
  if (gold == guess) return;
  for (uint64_t f : features) {
    auto& row = rows_[f];
    Bump(row, gold, amount);
    if (guess >= 0) Bump(row, guess, -amount);
  }
}

LinearModel PerceptronTrainer::Average(float min_abs) const {
  std::vector<std::pair<uint64_t, std::vector<LinearModel::Weight>>> rows;
  rows.reserve(rows_.size());
  const double t = time_ > 0 ? static_cast<double>(time_) : 1.0;
  for (const auto& [key, row] : rows_) {
    std::vector<LinearModel::Weight> ws;
    for (const Entry& e : row) {
      const double total = e.total + static_cast<double>(time_ - e.stamp) * e.w;
      const auto avg = static_cast<float>(total / t);
      if (avg != 0.0f && std::fabs(avg) >= min_abs) ws.push_back({e.cls, avg});
    }
    if (ws.empty()) continue;
    std::sort(ws.begin(), ws.end(), [](const auto& a, const auto& b) { return a.cls < b.cls; });
    rows.emplace_back(key, std::move(ws));
  }
  LinearModel m;
  m.Build(std::move(rows), classes_);
  return m;
}

}  // namespace parley::nlp
