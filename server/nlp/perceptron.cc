// Averaged perceptron: lazy averaging during training, an open-addressing
// table at inference. Rows are kept sorted by feature id inside the weight
// array so that saving is deterministic for a given training run.
#include "nlp/perceptron.h"

#include <algorithm>
#include <cmath>

#include "base/error.h"

namespace parley::nlp {

namespace {

// a[0..n) += b[0..n), in blocks of eight that the compiler turns into
// vector adds.
void AddDense(float* __restrict a, const float* __restrict b, int n) {
  int c = 0;
  for (; c + 8 <= n; c += 8) {
    for (int j = 0; j < 8; ++j) a[c + j] += b[c + j];
  }
  for (; c < n; ++c) a[c] += b[c];
}

}  // namespace

uint64_t HashString(std::string_view s) {
  uint64_t h = 0xCBF29CE484222325ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001B3ULL;
  }
  return HashCombine(h, s.size());
}

template <typename KeyArray, typename CountArray, typename WeightArray>
void LinearModel::Build(const KeyArray& keys, const CountArray& counts, const WeightArray& weights,
                        size_t total, int classes, bool keep_exact) {
  classes_ = classes;
  used_ = keys.size();
  slots_.clear();
  weights_.clear();
  dense_.clear();
  cdata_.clear();
  cslots_ = 0;
  cold_keys_.clear();
  cold_counts_.clear();
  cold_weights_.clear();
  total_weights_ = total;
  compact_ = classes <= kMaxCompactClasses;
  exact_ = !compact_ || keep_exact;
  if (used_ == 0) return;
  if (compact_) {
    float top = 0.0f;
    for (size_t j = 0; j < total; ++j) top = std::max(top, std::fabs(weights[j].w));
    scale_ = top > 0.0f ? top / 32000.0f : 1.0f;
    // Load factor 1/2: with linear probing a feature the table lacks (one
    // in six of the parser's) probes about 2.5 slots, at 0.8 about 13.
    cstride_ = classes < 4 ? 4 : classes < 8 ? 8 : 16;
    cslots_ = std::max<size_t>(16, 2 * used_ + 1);
    cdata_.assign(cslots_ * cstride_, 0);
    size_t at = 0;
    for (size_t r = 0; r < used_; ++r) {
      const uint64_t key = keys[r];
      size_t i = Home(key, cslots_);
      while (cdata_[i * cstride_] != 0) i = i + 1 == cslots_ ? 0 : i + 1;
      int16_t* c = &cdata_[i * cstride_];
      c[0] = static_cast<int16_t>(Fingerprint(key));
      for (uint32_t j = 0; j < counts[r]; ++j, ++at) {
        const Weight x = weights[at];
        c[1 + x.cls] = static_cast<int16_t>(std::lround(x.w / scale_));
      }
    }
    if (keep_exact) {
      cold_keys_.resize(used_);
      cold_counts_.resize(used_);
      cold_weights_.resize(total);
      for (size_t r = 0; r < used_; ++r) {
        cold_keys_[r] = keys[r];
        cold_counts_[r] = counts[r];
      }
      for (size_t j = 0; j < total; ++j) cold_weights_[j] = weights[j];
    }
    return;
  }
  // The out-of-line arrays sized first: no reallocation while filling.
  size_t long_weights = 0, dense_rows = 0;
  for (size_t r = 0; r < used_; ++r) {
    const uint32_t count = counts[r];
    if (count <= static_cast<uint32_t>(kInline)) continue;
    if (count * 3 >= static_cast<uint32_t>(classes))
      ++dense_rows;
    else
      long_weights += count;
  }
  weights_.reserve(long_weights);
  dense_.assign(dense_rows * static_cast<size_t>(classes), 0.0f);
  size_t dense_at = 0;
  // Load factor <= 0.7 with linear probing; Home() maps a key onto any
  // table size, so the size need not be a power of two.
  slots_.assign(std::max<size_t>(16, used_ + used_ * 3 / 7 + 1), Slot{});
  size_t at = 0;
  for (size_t r = 0; r < used_; ++r) {
    const uint64_t key = keys[r];
    const uint32_t count = counts[r];
    size_t i = Home(key);
    while (slots_[i].key != 0) i = i + 1 == slots_.size() ? 0 : i + 1;
    Slot& s = slots_[i];
    s.key = key;
    if (count <= static_cast<uint32_t>(kInline)) {
      s.count = static_cast<uint16_t>(count);
      for (uint32_t j = 0; j < count; ++j) {
        const Weight x = weights[at + j];
        s.u.w[j] = x.w;
        s.cls[j] = x.cls;
      }
    } else if (count * 3 >= static_cast<uint32_t>(classes)) {
      // Dense rows (the bias, tag features) are added as whole vectors.
      s.count = kDense;
      s.u.row[0] = static_cast<uint32_t>(dense_at);
      s.u.row[1] = count;
      for (uint32_t j = 0; j < count; ++j) {
        const Weight x = weights[at + j];
        dense_[dense_at + x.cls] = x.w;
      }
      dense_at += static_cast<size_t>(classes);
    } else {
      s.count = kLong;
      s.u.row[0] = static_cast<uint32_t>(weights_.size());
      s.u.row[1] = count;
      for (uint32_t j = 0; j < count; ++j) weights_.push_back(weights[at + j]);
    }
    at += count;
  }
}

const LinearModel::Slot* LinearModel::Find(uint64_t feature) const {
  if (slots_.empty()) return nullptr;
  for (size_t i = Home(feature);; i = i + 1 == slots_.size() ? 0 : i + 1) {
    const Slot& s = slots_[i];
    if (s.key == feature) return &s;
    if (s.key == 0) return nullptr;
  }
}

void LinearModel::AddRow(const Slot& s, float* scores) const {
  if (s.count <= kInline) {
    for (uint16_t j = 0; j < s.count; ++j) scores[s.cls[j]] += s.u.w[j];
    return;
  }
  if (s.count == kDense) {
    AddDense(scores, dense_.data() + s.u.row[0], classes_);
    return;
  }
  const Weight* w = weights_.data() + s.u.row[0];
  for (uint32_t j = 0; j < s.u.row[1]; ++j) scores[w[j].cls] += w[j].w;
}

template <typename F>
void LinearModel::ForEachWeight(const Slot& s, F&& f) const {
  if (s.count <= kInline) {
    for (uint16_t j = 0; j < s.count; ++j) f(Weight{s.u.w[j], s.cls[j]});
    return;
  }
  if (s.count == kDense) {
    const float* d = dense_.data() + s.u.row[0];
    for (int c = 0; c < classes_; ++c)
      if (d[c] != 0.0f) f(Weight{d[c], static_cast<uint16_t>(c)});
    return;
  }
  for (uint32_t j = 0; j < s.u.row[1]; ++j) f(weights_[s.u.row[0] + j]);
}

void LinearModel::AddFeature(uint64_t feature, float* scores) const {
  if (compact_) {
    ScoreCompact(std::span<const uint64_t>(&feature, 1), scores);
    return;
  }
  if (const Slot* s = Find(feature)) AddRow(*s, scores);
}

template <typename F>
void LinearModel::ForEachRow(F&& f) const {
  std::vector<Weight> row;
  if (!exact_)
    throw Error(ErrorCode::kInvalidArgument,
                "a compact model loaded for scoring keeps no exact weights to save, sum or prune");
  if (compact_) {
    size_t at = 0;
    for (size_t r = 0; r < cold_keys_.size(); ++r) {
      row.assign(cold_weights_.begin() + static_cast<std::ptrdiff_t>(at),
                 cold_weights_.begin() + static_cast<std::ptrdiff_t>(at + cold_counts_[r]));
      at += cold_counts_[r];
      f(cold_keys_[r], row);
    }
    return;
  }
  std::vector<const Slot*> order;
  for (const Slot& s : slots_)
    if (s.key != 0) order.push_back(&s);
  std::sort(order.begin(), order.end(),
            [](const Slot* a, const Slot* b) { return a->key < b->key; });
  for (const Slot* s : order) {
    row.clear();
    ForEachWeight(*s, [&](const Weight& x) { row.push_back(x); });
    f(s->key, row);
  }
}

// ScoreCompact's work for slots of kStride int16s: sum[0..kStride - 1) gets
// the rows of `features`. The stride is a constant so that the row adds
// become a few vector adds (a slot's unused weights are zero).
template <size_t kStride>
void LinearModel::AddCompactRows(std::span<const uint64_t> features, int32_t* sum) const {
  constexpr size_t kBatch = 32;
  size_t home[kBatch];
  const int16_t* data = cdata_.data();
  const size_t size = cslots_;
  for (size_t at = 0; at < features.size(); at += kBatch) {
    const size_t n = std::min(kBatch, features.size() - at);
    for (size_t j = 0; j < n; ++j) {
      home[j] = Home(features[at + j], size);
      __builtin_prefetch(data + home[j] * kStride);
    }
    for (size_t j = 0; j < n; ++j) {
      const auto fp = static_cast<int16_t>(Fingerprint(features[at + j]));
      for (size_t i = home[j];; i = i + 1 == size ? 0 : i + 1) {
        const int16_t* c = data + i * kStride;
        if (c[0] == fp) {
          for (size_t k = 0; k + 1 < kStride; ++k) sum[k] += c[1 + k];
          break;
        }
        if (c[0] == 0) break;
      }
    }
  }
}

void LinearModel::ScoreCompact(std::span<const uint64_t> features, float* scores) const {
  if (cslots_ == 0) return;
  int32_t sum[kMaxCompactClasses + 1] = {};  // the widest stride's weights
  if (cstride_ == 4)
    AddCompactRows<4>(features, sum);
  else if (cstride_ == 8)
    AddCompactRows<8>(features, sum);
  else
    AddCompactRows<16>(features, sum);
  for (int k = 0; k < classes_; ++k) scores[k] += static_cast<float>(sum[k]) * scale_;
}

void LinearModel::Score(std::span<const uint64_t> features, float* scores) const {
  if (compact_) {
    ScoreCompact(features, scores);
    return;
  }
  if (slots_.empty()) return;
  // In batches: prefetch every home slot, then probe them and prefetch the
  // out-of-line rows found, then add: the cache misses of a feature vector
  // overlap instead of following one another.
  constexpr size_t kBatch = 32;
  size_t home[kBatch];
  const Slot* found[kBatch];
  for (size_t at = 0; at < features.size(); at += kBatch) {
    const size_t n = std::min(kBatch, features.size() - at);
    for (size_t j = 0; j < n; ++j) {
      home[j] = Home(features[at + j]);
      __builtin_prefetch(&slots_[home[j]]);
    }
    for (size_t j = 0; j < n; ++j) {
      const uint64_t f = features[at + j];
      found[j] = nullptr;
      for (size_t i = home[j];; i = i + 1 == slots_.size() ? 0 : i + 1) {
        const Slot& s = slots_[i];
        if (s.key == f) {
          found[j] = &s;
          if (s.count == kLong) __builtin_prefetch(&weights_[s.u.row[0]]);
          if (s.count == kDense) __builtin_prefetch(&dense_[s.u.row[0]]);
          break;
        }
        if (s.key == 0) break;
      }
    }
    for (size_t j = 0; j < n; ++j)
      if (found[j] != nullptr) AddRow(*found[j], scores);
  }
}

int LinearModel::Argmax(const float* scores, int classes, std::span<const uint8_t> allowed) {
  int best = -1;
  for (int c = 0; c < classes; ++c) {
    if (!allowed.empty() && !allowed[c]) continue;
    if (best < 0 || scores[c] > scores[best]) best = c;
  }
  return best;
}

LinearModel LinearModel::Pruned(float min_abs) const {
  std::vector<uint64_t> keys;
  std::vector<uint32_t> counts;
  std::vector<Weight> weights;
  ForEachRow([&](uint64_t key, const std::vector<Weight>& row) {
    uint32_t n = 0;
    for (const Weight& w : row) {
      if (std::fabs(w.w) < min_abs) continue;
      weights.push_back(w);
      ++n;
    }
    if (n == 0) return;
    keys.push_back(key);
    counts.push_back(n);
  });
  LinearModel m;
  m.Build(keys, counts, weights, weights.size(), classes_, true);
  return m;
}

LinearModel LinearModel::Sum(const std::vector<const LinearModel*>& models) {
  struct Part {
    uint64_t key;
    uint16_t cls;
    float w;
  };
  std::vector<Part> parts;
  int classes = 0;
  for (const LinearModel* m : models) {
    if (classes != 0 && m->classes_ != classes)
      throw Error(ErrorCode::kInvalidArgument, "models of different class counts cannot be summed");
    classes = m->classes_;
    m->ForEachRow([&](uint64_t key, const std::vector<Weight>& row) {
      for (const Weight& w : row) parts.push_back({key, w.cls, w.w});
    });
  }
  // Stable: equal (key, class) pairs add in the order of `models`, so the
  // sum is the same on every run.
  std::stable_sort(parts.begin(), parts.end(), [](const Part& a, const Part& b) {
    return a.key != b.key ? a.key < b.key : a.cls < b.cls;
  });
  std::vector<uint64_t> keys;
  std::vector<uint32_t> counts;
  std::vector<Weight> weights;
  for (size_t i = 0; i < parts.size();) {
    const uint64_t key = parts[i].key;
    uint32_t n = 0;
    while (i < parts.size() && parts[i].key == key) {
      const uint16_t cls = parts[i].cls;
      float w = 0;
      for (; i < parts.size() && parts[i].key == key && parts[i].cls == cls; ++i) w += parts[i].w;
      if (w == 0) continue;
      weights.push_back({w, cls});
      ++n;
    }
    if (n == 0) continue;
    keys.push_back(key);
    counts.push_back(n);
  }
  LinearModel m;
  m.Build(keys, counts, weights, weights.size(), classes, true);
  return m;
}

std::vector<uint64_t> LinearModel::Keys() const {
  if (compact_) {
    std::vector<uint64_t> keys;
    ForEachRow([&](uint64_t key, const std::vector<Weight>& /*row*/) { keys.push_back(key); });
    return keys;
  }
  std::vector<uint64_t> keys;
  keys.reserve(used_);
  for (const Slot& s : slots_)
    if (s.key != 0) keys.push_back(s.key);
  return keys;
}

void LinearModel::Save(ModelWriter* w) const {
  // Rows in key order: the table is rebuilt on load, so only rows are kept.
  std::vector<uint64_t> keys;
  std::vector<uint32_t> counts;
  std::vector<uint32_t> classes;
  std::vector<float> values;
  keys.reserve(used_);
  counts.reserve(used_);
  classes.reserve(total_weights_);
  values.reserve(total_weights_);
  ForEachRow([&](uint64_t key, const std::vector<Weight>& row) {
    keys.push_back(key);
    counts.push_back(static_cast<uint32_t>(row.size()));
    for (const Weight& x : row) {
      classes.push_back(x.cls);
      values.push_back(x.w);
    }
  });
  w->U32(static_cast<uint32_t>(classes_));
  w->U64s(keys);
  w->U32s(counts);
  w->U32s(classes);
  w->F32s(values);
}

LinearModel LinearModel::Load(ModelReader* r) {
  // Read in place (views into the reader's buffer) and checked in one pass
  // each, then the table is built straight from the views.
  const auto classes = static_cast<int>(r->U32());
  const ArrayView<uint64_t> keys = r->U64View();
  const ArrayView<uint32_t> counts = r->U32View();
  const ArrayView<uint32_t> cls = r->U32View();
  const ArrayView<float> values = r->F32View();
  if (classes <= 0 || classes > 65535 || counts.size() != keys.size() ||
      cls.size() != values.size())
    throw Error(ErrorCode::kInvalidArgument, "malformed linear model table");
  size_t total = 0;
  uint64_t last = 0;
  for (size_t i = 0; i < keys.size(); ++i) {
    const uint64_t key = keys[i];
    const uint32_t count = counts[i];
    if (key == 0 || count > cls.size() - total)
      throw Error(ErrorCode::kInvalidArgument, "malformed linear model row");
    if (i > 0 && key <= last)
      throw Error(ErrorCode::kInvalidArgument, "linear model keys not sorted");
    last = key;
    total += count;
  }
  if (total != cls.size()) throw Error(ErrorCode::kInvalidArgument, "malformed linear model rows");
  for (size_t j = 0; j < cls.size(); ++j)
    if (cls[j] >= static_cast<uint32_t>(classes))
      throw Error(ErrorCode::kInvalidArgument, "linear model class out of range");
  struct Weights {
    ArrayView<uint32_t> cls;
    ArrayView<float> values;
    Weight operator[](size_t j) const { return Weight{values[j], static_cast<uint16_t>(cls[j])}; }
  };
  LinearModel m;
  m.Build(keys, counts, Weights{cls, values}, total, classes, false);
  return m;
}

PerceptronTrainer::PerceptronTrainer(int classes) : classes_(classes) {
  if (classes <= 0 || classes > 65535)
    throw Error(ErrorCode::kInvalidArgument, "a perceptron needs 1 to 65535 classes");
}

int64_t PerceptronTrainer::Find(uint64_t key) const {
  if (index_keys_.empty()) return -1;
  const size_t mask = index_keys_.size() - 1;
  const uint64_t k = key == 0 ? 1 : key;
  for (size_t i = (k ^ (k >> 31)) & mask;; i = (i + 1) & mask) {
    if (index_keys_[i] == k) return index_rows_[i];
    if (index_keys_[i] == 0) return -1;
  }
}

void PerceptronTrainer::Grow() {
  const size_t slots = index_keys_.empty() ? 1024 : index_keys_.size() * 2;
  index_keys_.assign(slots, 0);
  index_rows_.assign(slots, 0);
  const size_t mask = slots - 1;
  for (size_t r = 0; r < row_keys_.size(); ++r) {
    const uint64_t k = row_keys_[r] == 0 ? 1 : row_keys_[r];
    size_t i = (k ^ (k >> 31)) & mask;
    while (index_keys_[i] != 0) i = (i + 1) & mask;
    index_keys_[i] = k;
    index_rows_[i] = static_cast<uint32_t>(r);
  }
}

std::vector<PerceptronTrainer::Entry>& PerceptronTrainer::Row(uint64_t key) {
  if ((row_keys_.size() + 1) * 2 > index_keys_.size()) Grow();
  const size_t mask = index_keys_.size() - 1;
  const uint64_t k = key == 0 ? 1 : key;
  size_t i = (k ^ (k >> 31)) & mask;
  for (; index_keys_[i] != 0; i = (i + 1) & mask)
    if (index_keys_[i] == k) return rows_[index_rows_[i]];
  index_keys_[i] = k;
  index_rows_[i] = static_cast<uint32_t>(rows_.size());
  row_keys_.push_back(key);
  rows_.emplace_back();
  return rows_.back();
}

void PerceptronTrainer::Score(std::span<const uint64_t> features, float* scores) const {
  for (uint64_t f : features) {
    const int64_t r = Find(f);
    if (r < 0) continue;
    for (const Entry& e : rows_[r]) scores[e.cls] += e.w;
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
  for (uint64_t f : features) Bump(Row(f), cls, amount);
}

void PerceptronTrainer::Update(std::span<const uint64_t> features, int gold, int guess,
                               float amount) {
  if (gold == guess) return;
  for (uint64_t f : features) {
    auto& row = Row(f);
    Bump(row, gold, amount);
    if (guess >= 0) Bump(row, guess, -amount);
  }
}

LinearModel PerceptronTrainer::Average(float min_abs) const {
  std::vector<std::pair<uint64_t, const std::vector<Entry>*>> rows;
  rows.reserve(rows_.size());
  for (size_t r = 0; r < rows_.size(); ++r) rows.emplace_back(row_keys_[r], &rows_[r]);
  std::sort(rows.begin(), rows.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  const double t = time_ > 0 ? static_cast<double>(time_) : 1.0;
  std::vector<uint64_t> keys;
  std::vector<uint32_t> counts;
  std::vector<LinearModel::Weight> weights;
  std::vector<LinearModel::Weight> ws;
  for (const auto& [key, row] : rows) {
    ws.clear();
    for (const Entry& e : *row) {
      const double total = e.total + static_cast<double>(time_ - e.stamp) * e.w;
      const auto avg = static_cast<float>(total / t);
      if (avg != 0.0f && std::fabs(avg) >= min_abs) ws.push_back({avg, e.cls});
    }
    if (ws.empty()) continue;
    std::sort(ws.begin(), ws.end(), [](const auto& a, const auto& b) { return a.cls < b.cls; });
    keys.push_back(key);
    counts.push_back(static_cast<uint32_t>(ws.size()));
    weights.insert(weights.end(), ws.begin(), ws.end());
  }
  LinearModel m;
  m.Build(keys, counts, weights, weights.size(), classes_, true);
  return m;
}

}  // namespace parley::nlp
