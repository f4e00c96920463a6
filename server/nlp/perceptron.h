// The averaged perceptron shared by the tagger, the parser and the
// recogniser (Collins 2002; the classifier behind Honnibal's tagger and
// parser): a multi-class linear model over hashed sparse features.
//
// Features are 64-bit ids made with FeatureId(template, parts...) from
// hashed strings, so no feature string is ever built. PerceptronTrainer
// holds the training-time weights with lazy averaging; Average() freezes it
// into a LinearModel, an immutable open-addressing table from feature id to
// its few non-zero class weights, which is what ships in `models/` and what
// the serving path scores with.
//
// Thread-safe: LinearModel is immutable after Load()/Average() and may score
// from many threads; a PerceptronTrainer belongs to one thread.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "nlp/large_alloc.h"
#include "nlp/model_io.h"

namespace parley::nlp {

// 64-bit string hash (FNV-1a followed by a finaliser). Stable across runs and
// machines: model files store feature ids made from it.
uint64_t HashString(std::string_view s);

// Mixes a value into a hash (splitmix64's finaliser over h ^ v).
inline uint64_t HashCombine(uint64_t h, uint64_t v) {
  uint64_t z = h ^ (v + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2));
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

// The id of feature template `tmpl` with up to three values. Never 0 (the
// table's empty marker).
inline uint64_t FeatureId(uint32_t tmpl, uint64_t a, uint64_t b = 0, uint64_t c = 0) {
  uint64_t h = HashCombine(0x5041524C4559ULL + tmpl, a);
  h = HashCombine(h, b);
  h = HashCombine(h, c);
  return h == 0 ? 1 : h;
}

class LinearModel {
 public:
  LinearModel() = default;

  int classes() const { return classes_; }
  size_t features() const { return used_; }
  // Non-zero weights stored (over all features and classes).
  size_t weights() const { return total_weights_; }
  // The step of the compact table's quantised weights (0: exact floats):
  // each weight scored is within half a step of its exact value.
  float quantum() const { return compact_ ? scale_ : 0.0f; }

  // Adds the weights of `features` into scores[0..classes()). Unknown
  // features contribute nothing. The caller zeroes (or biases) `scores`.
  // The table slots of all features are prefetched before any is read, so
  // the cache misses of a feature vector overlap.
  void Score(std::span<const uint64_t> features, float* scores) const;
  // The same for one feature.
  void AddFeature(uint64_t feature, float* scores) const;
  // Models of at most this many classes score from the compact table, whose
  // weights are quantised to 16 bits (scores within a few parts in 10^5 of
  // the largest weight of the exact ones).
  static constexpr int kMaxCompactClasses = 15;
  // The class with the highest score among those where allowed[c] (all when
  // `allowed` is empty); ties go to the lower class id.
  static int Argmax(const float* scores, int classes, std::span<const uint8_t> allowed = {});

  // Pruned, Sum, Keys and Save need the exact weights: a compact model made
  // by Load keeps none (it only scores), and they throw parley::Error.

  // A copy without the weights of magnitude below `min_abs` (and without the
  // features left with none): smaller files, nearly the same scores.
  LinearModel Pruned(float min_abs) const;

  // The model whose weights are the sums of those of `models` (all of the
  // same number of classes): it scores what they score together. Used to
  // join an ensemble into one table.
  static LinearModel Sum(const std::vector<const LinearModel*>& models);

  // Every feature id the table holds, in table order (e.g. to build a filter
  // that skips the lookup of features the model does not have).
  std::vector<uint64_t> Keys() const;

  void Save(ModelWriter* w) const;
  // Throws parley::Error on a malformed table.
  static LinearModel Load(ModelReader* r);

 private:
  friend class PerceptronTrainer;
  struct Weight {
    float w;
    uint16_t cls;
  };
  // One slot of the open-addressing table, 32 bytes (two to a cache line):
  // the feature, and its row of weights inline when it has at most
  // kInline of them (most rows: a perceptron update touches two classes),
  // else weights_[begin, begin + count). One feature costs one cache miss.
  static constexpr int kInline = 3;
  struct alignas(32) Slot {
    uint64_t key;  // 0 = empty
    union {
      float w[kInline];  // count <= kInline: the weights of classes cls[]
      uint32_t row[2];   // kLong: begin and size in weights_; kDense: begin in dense_
    } u;
    uint16_t cls[kInline];
    uint16_t count;
  };
  static constexpr uint16_t kLong = 0xFFFF;
  static constexpr uint16_t kDense = 0xFFFE;  // a row of classes_ floats in dense_
  static_assert(sizeof(Slot) == 32);
  // Builds the table from rows sorted by key: keys[i] owns `counts[i]`
  // consecutive entries of `weights` (`total` of them in all). Any indexable
  // sources: vectors (training) or views into a model file (loading).
  // A compact table keeps its exact rows aside (for Save, Pruned and Sum)
  // only with `keep_exact`: a model loaded to score needs none.
  template <typename KeyArray, typename CountArray, typename WeightArray>
  void Build(const KeyArray& keys, const CountArray& counts, const WeightArray& weights,
             size_t total, int classes, bool keep_exact);
  // The key's home slot in a table of `size`: the high half of key * size,
  // which spreads keys over a table of any size (Lemire's "fastrange").
  static size_t Home(uint64_t key, size_t size) {
    __extension__ using Wide = unsigned __int128;
    return static_cast<size_t>((static_cast<Wide>(key) * size) >> 64);
  }
  size_t Home(uint64_t key) const { return Home(key, slots_.size()); }
  // Calls f(key, row) for every feature in key order (row: its weights).
  template <typename F>
  void ForEachRow(F&& f) const;
  const Slot* Find(uint64_t feature) const;
  void AddRow(const Slot& s, float* scores) const;
  template <typename F>
  void ForEachWeight(const Slot& s, F&& f) const;

  // Models of at most kMaxCompactClasses classes (the parser's moves) score
  // from a table of small slots instead: a 16-bit fingerprint of the feature
  // (a rare false match adds a stray row) and its weights quantised to 16
  // bits (weight = w * scale_), 8, 16 or 32 bytes a slot for up to 3, 7 or
  // 15 classes, so that a slot of a (huge-page aligned) large table never
  // straddles a cache line.
  static uint16_t Fingerprint(uint64_t key) {
    const auto fp = static_cast<uint16_t>(key);
    return fp == 0 ? 1 : fp;
  }
  void ScoreCompact(std::span<const uint64_t> features, float* scores) const;
  template <size_t kStride>
  void AddCompactRows(std::span<const uint64_t> features, int32_t* sum) const;

  int classes_ = 0;
  size_t used_ = 0;
  bool compact_ = false;
  // Slot i is cdata_[i * cstride_, (i + 1) * cstride_): the fingerprint
  // (0 = empty), then one weight per class.
  LargeVector<int16_t> cdata_;
  size_t cstride_ = 0;
  size_t cslots_ = 0;
  float scale_ = 0.0f;
  bool exact_ = true;                  // the rows can be listed (ForEachRow)
  std::vector<uint64_t> cold_keys_;    // compact and exact: sorted keys
  std::vector<uint32_t> cold_counts_;  // their numbers of weights
  std::vector<Weight> cold_weights_;   // their weights, row after row
  LargeVector<Slot> slots_;
  LargeVector<Weight> weights_;  // rows longer than kInline
  LargeVector<float> dense_;     // rows with weights for a third of the classes or more
  size_t total_weights_ = 0;
};

class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(int classes);

  int classes() const { return classes_; }
  // Current (not averaged) scores, added into scores[0..classes()).
  void Score(std::span<const uint64_t> features, float* scores) const;
  // Moves `amount` of weight from `guess` to `gold` on every feature (no-op
  // when they are equal).
  void Update(std::span<const uint64_t> features, int gold, int guess, float amount = 1.0f);
  // Adds `amount` to class `cls` on every feature (structured updates).
  void Add(std::span<const uint64_t> features, int cls, float amount);
  // Counts one training instance; averaging weighs weights by instances.
  void Tick() { ++time_; }
  int64_t time() const { return time_; }
  size_t features() const { return row_keys_.size(); }

  // The averaged model. Weights with |w| < min_abs are dropped (pruning), and
  // so are features left with no weights.
  LinearModel Average(float min_abs = 0.0f) const;

 private:
  struct Entry {
    uint16_t cls;
    float w;
    double total;   // sum of w over time up to `stamp`
    int64_t stamp;  // time of the last change of w
  };
  void Bump(std::vector<Entry>& row, int cls, float amount);
  // The row of `key`: its index, or -1 when absent (Find) / a new empty row
  // (Row). An open-addressing index over rows_ (node-free, so a lookup
  // costs one or two cache misses).
  int64_t Find(uint64_t key) const;
  std::vector<Entry>& Row(uint64_t key);
  void Grow();

  int classes_;
  int64_t time_ = 0;
  std::vector<uint64_t> index_keys_;  // 0 = empty
  std::vector<uint32_t> index_rows_;
  std::vector<uint64_t> row_keys_;
  std::vector<std::vector<Entry>> rows_;
};

}  // namespace parley::nlp
