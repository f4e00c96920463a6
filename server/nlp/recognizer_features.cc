// The recogniser's feature templates (see recognizer_features.h).
#include "nlp/recognizer_features.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>

#include "base/error.h"
#include "nlp/perceptron.h"

namespace parley::nlp::ner {

namespace {

// Feature templates. The numbers are part of the model format: changing
// one invalidates trained models (bump the recogniser's format version).
enum Template : uint32_t {
  kWord = 1,
  kLowerWord,
  kShape,
  kShortShape,
  kCapsClass,
  kPrefix,
  kSuffix,
  kCluster,
  kCtxLower,
  kCtxShape,
  kCtxCaps,
  kCtxCluster,
  kBias,
  kPrevTag,
  kPrevTags,
  kPrevTagCaps,
  kPrevTagLower,
  kBigram,
  kShapeTrigram,
  kPositionCaps,
  kGazBit,
  kGazBitCaps,
  kGazMask,
  kGazContext,
  kHistory,
  kHistoryCaps,
  kTitleCluster,
  kCapitalised,
  kBag,
};

constexpr std::array<std::string_view, kTypes> kTypeNames = {"PER", "ORG", "LOC", "MISC"};

// Appends a code point's shape character: X, x, d, or the character itself
// for ASCII punctuation, '*' for other symbols, 'a' for caseless letters.
char ShapeChar(int32_t cp) {
  if (cp < 0x80) {
    if (cp >= 'A' && cp <= 'Z') return 'X';
    if (cp >= 'a' && cp <= 'z') return 'x';
    if (cp >= '0' && cp <= '9') return 'd';
    return static_cast<char>(cp);
  }
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
      return 'X';
    case UTF8PROC_CATEGORY_LL:
      return 'x';
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
      return 'a';
    case UTF8PROC_CATEGORY_ND:
      return 'd';
    default:
      return '*';
  }
}

// Byte offsets of the code point boundaries of `s` (s.size() last).
void Boundaries(std::string_view s, std::vector<size_t>* out) {
  out->clear();
  for (size_t i = 0; i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) out->push_back(i);
  out->push_back(s.size());
}

// The word with its first code point upper-cased and the rest lower-cased.
std::string TitleCase(std::string_view lower) {
  std::string out;
  utf8proc_int32_t cp = 0;
  const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(lower.data()),
                                  static_cast<utf8proc_ssize_t>(lower.size()), &cp);
  if (n <= 0) return std::string(lower);
  uint8_t buf[4];
  const auto len = utf8proc_encode_char(utf8proc_toupper(cp), buf);
  out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(len));
  out.append(lower.substr(static_cast<size_t>(n)));
  return out;
}

// Cluster features: the word's cluster (as WordClusters resolves it: as
// written, lower case, capitalised), the capitalised spelling's cluster, and
// how often the text the clusters came from capitalises the word: in a
// headline or at the start of a sentence that is all the case there is.
void AddClusters(std::string_view form, const std::string& lower, const WordClusters& clusters,
                 FormInfo* w) {
  constexpr std::array<int, 4> kBits = {4, 6, 10, 20};
  const int c = clusters.Find(form);
  for (size_t k = 0; k < kBits.size(); ++k) w->cluster[k] = clusters.Prefix(c, kBits[k]);
  const std::string title = TitleCase(lower);
  const int tc = clusters.FindExact(title);
  w->title_cluster = {clusters.Prefix(tc, 6), clusters.Prefix(tc, 20)};
  const uint32_t n_lower = clusters.FindExact(lower) >= 0 ? clusters.Count(lower) : 0;
  const uint32_t n_title = tc >= 0 ? clusters.Count(title) : 0;
  if (n_lower + n_title == 0) return;
  const double share = (n_title + 0.5) / (n_lower + n_title + 1.0);
  w->capitalised = share < 0.05 ? 1 : share < 0.3 ? 2 : share < 0.7 ? 3 : share < 0.95 ? 4 : 5;
}

}  // namespace

std::string_view TypeName(int type) {
  return type >= 0 && type < kTypes ? kTypeNames[type] : std::string_view("O");
}

int TypeOf(std::string_view name) {
  for (int t = 0; t < kTypes; ++t)
    if (kTypeNames[t] == name) return t;
  return -1;
}

bool Allowed(int prev, int cls) {
  const bool open = prev != kStartTag && prev != 0 && PositionOfClass(prev) <= kI;
  if (!open) return cls == 0 || PositionOfClass(cls) == kB || PositionOfClass(cls) == kU;
  return cls != 0 && TypeOfClass(cls) == TypeOfClass(prev) &&
         (PositionOfClass(cls) == kI || PositionOfClass(cls) == kL);
}

uint8_t CapsOf(std::string_view form) {
  int letters = 0, uppers = 0, lowers = 0, digits = 0;
  bool first_upper = false, rest_lower = true;
  size_t i = 0;
  while (i < form.size()) {
    const auto byte = static_cast<unsigned char>(form[i]);
    int32_t cp = byte;
    ptrdiff_t n = 1;
    if (byte >= 0x80) {
      utf8proc_int32_t u = 0;
      n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(form.data() + i),
                           static_cast<utf8proc_ssize_t>(form.size() - i), &u);
      if (n <= 0) n = 1, u = 0xFFFD;
      cp = u;
    }
    const char c = ShapeChar(cp);
    if (c == 'X' || c == 'x' || c == 'a') {
      if (letters == 0)
        first_upper = c == 'X';
      else if (c == 'X')
        rest_lower = false;
      ++letters;
      uppers += c == 'X';
      lowers += c == 'x';
    }
    digits += c == 'd';
    i += static_cast<size_t>(n);
  }
  if (letters == 0) return digits > 0 ? kNumber : kNoLetters;
  if (digits > 0) return kAlnum;
  if (lowers == 0 && uppers > 0) return uppers == 1 ? kInitial : kUpper;
  if (uppers == 0) return kLower;
  return first_upper && rest_lower ? kTitle : kMixed;
}

FormInfo MakeFormInfo(std::string_view form, const WordClusters* clusters) {
  FormInfo w;
  w.form = HashString(form);
  const std::string lower = FoldCase(form);
  w.lower = HashString(lower);
  // Shapes, one code point at a time: runs of a shape character are kept up
  // to four long in `shape` and one long in `short_shape`.
  std::string shape, short_shape;
  size_t i = 0;
  int run = 0;
  while (i < form.size()) {
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(form.data() + i),
                              static_cast<utf8proc_ssize_t>(form.size() - i), &cp);
    if (n <= 0) {
      cp = 0xFFFD;
      n = 1;
    }
    const char c = ShapeChar(cp);
    if (!shape.empty() && shape.back() == c) {
      if (++run < 4) shape.push_back(c);
    } else {
      run = 0;
      shape.push_back(c);
      short_shape.push_back(c);
    }
    i += static_cast<size_t>(n);
  }
  w.shape = HashString(shape);
  w.short_shape = HashString(short_shape);
  w.caps = CapsOf(form);
  w.upper = IsAllUpper(form);
  // Affixes of the lower-case form, by code points.
  std::vector<size_t> b;
  Boundaries(lower, &b);
  const size_t cps = b.size() - 1;
  for (size_t k = 0; k < w.prefix.size(); ++k) {
    if (k + 1 > cps) break;
    w.prefix[k] = HashString(std::string_view(lower).substr(0, b[k + 1]));
    w.suffix[k] = HashString(std::string_view(lower).substr(b[cps - k - 1]));
  }
  if (clusters != nullptr) AddClusters(form, lower, *clusters, &w);
  return w;
}

bool CapsMode(std::span<const uint8_t> caps) {
  int cased = 0, upper = 0;
  for (uint8_t c : caps) {
    if (c == kNoLetters || c == kNumber) continue;
    ++cased;
    upper += c == kUpper || c == kInitial || c == kAlnum;
  }
  // "MOSCOW (Reuters) -" is a dateline in mixed case; "PUTIN MEETS TRUMP IN
  // ANCHORAGE" a headline in capitals.
  return cased >= 2 && upper * 5 >= cased * 4 && upper >= 2;
}

void FormFeatures(const FormInfo& w, int offset, bool caps_mode, std::vector<uint64_t>* out) {
  // Lower-case words come twice: once shared by both case modes and once
  // for the mode at hand (Daume's "frustratingly easy" domain adaptation),
  // so that headlines in capitals learn what they need without pulling the
  // weights of mixed-case text around. (Affixes gain nothing from it.)
  const uint64_t m = caps_mode ? 1 : 0;
  const uint64_t mode = 10 + m;
  const int slot = offset + kContext;  // 0..2 * kContext
  const auto d = static_cast<uint64_t>(slot);
  if (offset == 0) {
    // In a headline the written form says no more than the lower-case one.
    if (!caps_mode) out->push_back(FeatureId(kWord, w.form));
    out->push_back(FeatureId(kLowerWord, w.lower));
    out->push_back(FeatureId(kLowerWord, w.lower, mode));
    out->push_back(FeatureId(kShape, w.shape, m));
    out->push_back(FeatureId(kShortShape, w.short_shape, m));
    out->push_back(FeatureId(kCapsClass, w.caps, m));
    for (uint64_t k = 0; k < w.prefix.size(); ++k) {
      if (w.prefix[k] == 0) break;
      out->push_back(FeatureId(kPrefix, k, w.prefix[k]));
      out->push_back(FeatureId(kSuffix, k, w.suffix[k]));
    }
    for (uint64_t k = 0; k < w.cluster.size(); ++k)
      if (w.cluster[k] != 0) out->push_back(FeatureId(kCluster, k, w.cluster[k]));
    if (caps_mode || w.caps >= kTitle) {
      for (uint64_t k = 0; k < w.title_cluster.size(); ++k)
        if (w.title_cluster[k] != 0)
          out->push_back(FeatureId(kTitleCluster, k, w.title_cluster[k], m));
    }
    out->push_back(FeatureId(kCapitalised, w.capitalised, w.caps, m));
    return;
  }
  // Every word of the window, wherever it is in it.
  out->push_back(FeatureId(kBag, w.lower));
  if (offset < -2 || offset > 2) return;
  out->push_back(FeatureId(kCtxLower, d, w.lower));
  out->push_back(FeatureId(kCtxLower, d, w.lower, mode));
  out->push_back(FeatureId(kCtxCaps, d, w.caps, m));
  if (offset == -1 || offset == 1) {
    out->push_back(FeatureId(kCtxShape, d, w.short_shape, m));
    if (w.cluster[1] != 0) out->push_back(FeatureId(kCtxCluster, d, w.cluster[1]));
    if (w.cluster[3] != 0) out->push_back(FeatureId(kCtxCluster, d + 8, w.cluster[3]));
  }
}

const LabelHistory::Slot* LabelHistory::Find(uint64_t key) const {
  if (slots_.empty()) return nullptr;
  const size_t mask = slots_.size() - 1;
  for (size_t i = key & mask;; i = (i + 1) & mask) {
    if (slots_[i].key == key) return &slots_[i];
    if (slots_[i].key == 0) return nullptr;
  }
}

uint32_t LabelHistory::Seen(uint64_t lower, uint32_t at) const {
  if (window_ == 0) return 0;
  const Slot* s = Find(lower | 1);
  if (s == nullptr) return 0;
  uint32_t bits = 0;
  for (int k = 0; k < kKinds; ++k)
    if (s->last[k] != 0 && s->last[k] - 1 + window_ >= at) bits |= 1u << k;
  return bits;
}

void LabelHistory::Record(uint64_t lower, uint32_t at, int label) {
  if (window_ == 0 || label < 0 || label >= kKinds) return;
  const uint64_t key = lower | 1;  // never 0, the empty mark
  if ((used_ + 1) * 2 > slots_.size()) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(std::max<size_t>(64, old.size() * 2), Slot{});
    used_ = 0;
    for (const Slot& s : old) {
      if (s.key == 0) continue;
      size_t i = s.key & (slots_.size() - 1);
      while (slots_[i].key != 0) i = (i + 1) & (slots_.size() - 1);
      slots_[i] = s;
      ++used_;
    }
  }
  const size_t mask = slots_.size() - 1;
  size_t i = key & mask;
  while (slots_[i].key != 0 && slots_[i].key != key) i = (i + 1) & mask;
  if (slots_[i].key == 0) {
    slots_[i].key = key;
    ++used_;
  }
  slots_[i].last[label] = at + 1;
}

void TagFeatures(int prev, int prev2, uint8_t caps, bool caps_mode, std::vector<uint64_t>* out) {
  const auto p = static_cast<uint64_t>(prev);
  out->push_back(FeatureId(kBias, 0));
  out->push_back(FeatureId(kPrevTag, p));
  out->push_back(FeatureId(kPrevTags, p, static_cast<uint64_t>(prev2)));
  out->push_back(FeatureId(kPrevTagCaps, p, caps, caps_mode ? 1 : 0));
}

uint64_t PrevLowerFeature(int prev, uint64_t lower) {
  return FeatureId(kPrevTagLower, static_cast<uint64_t>(prev), lower);
}

void ContextFeatures(const SentenceView& s, size_t i, uint32_t history,
                     std::vector<uint64_t>* out) {
  const uint32_t history_seen = history;
  const size_t n = s.words.size();
  const WordInfo& w = *s.words[i];
  const uint64_t m = s.caps_mode ? 1 : 0;
  const uint64_t left_lower = i > 0 ? s.words[i - 1]->lower : 0;
  const uint64_t right_lower = i + 1 < n ? s.words[i + 1]->lower : 0;
  const uint64_t left_shape = i > 0 ? s.words[i - 1]->short_shape : 0;
  const uint64_t right_shape = i + 1 < n ? s.words[i + 1]->short_shape : 0;
  out->push_back(FeatureId(kBigram, 0, left_lower, w.lower));
  out->push_back(FeatureId(kBigram, 1, w.lower, right_lower));
  out->push_back(FeatureId(kShapeTrigram, HashCombine(left_shape, m), w.short_shape, right_shape));
  const uint32_t gaz = s.gaz[i];
  if (gaz != 0) {
    out->push_back(FeatureId(kGazMask, gaz));
    for (uint32_t bits = gaz; bits != 0; bits &= bits - 1) {
      const auto bit = static_cast<uint64_t>(__builtin_ctz(bits));
      out->push_back(FeatureId(kGazBit, bit));
      out->push_back(FeatureId(kGazBitCaps, bit, w.caps, m));
    }
  }
  // Which lists match the neighbours, whatever the position.
  auto lists = [](uint32_t mask) {
    uint32_t l = 0;
    for (int k = 0; k < kGazLists; ++k)
      if ((mask >> (4 * k)) & 0xF) l |= 1u << k;
    return l;
  };
  for (int d : {-1, 1}) {
    if ((d < 0 && i == 0) || (d > 0 && i + 1 >= n)) continue;
    const uint32_t l = lists(s.gaz[i + d]);
    const int side = d + 1;  // 0 left, 2 right
    for (uint32_t bits = l; bits != 0; bits &= bits - 1)
      out->push_back(FeatureId(kGazContext, static_cast<uint64_t>(side),
                               static_cast<uint64_t>(__builtin_ctz(bits))));
  }
  if (history_seen != 0) {
    for (uint32_t bits = history_seen; bits != 0; bits &= bits - 1)
      out->push_back(FeatureId(kHistory, static_cast<uint64_t>(__builtin_ctz(bits))));
    out->push_back(FeatureId(kHistoryCaps, history_seen, i == 0 ? 1 : 0, m));
  }
}

uint64_t PositionFeature(bool first, bool last, uint8_t caps, bool caps_mode) {
  const uint64_t position = (first ? 1 : 0) | (last ? 2 : 0);
  return FeatureId(kPositionCaps, position, caps, caps_mode ? 1 : 0);
}

void BaseFeatures(const SentenceView& s, std::span<const FormInfo* const> forms, size_t i,
                  uint32_t history, const FormInfo& bos, const FormInfo& eos,
                  std::vector<uint64_t>* out) {
  const auto n = static_cast<ptrdiff_t>(forms.size());
  for (int d = -kContext; d <= kContext; ++d) {
    const ptrdiff_t j = static_cast<ptrdiff_t>(i) + d;
    const FormInfo& w = j < 0 ? bos : (j >= n ? eos : *forms[static_cast<size_t>(j)]);
    FormFeatures(w, d, s.caps_mode, out);
  }
  out->push_back(PositionFeature(i == 0, i + 1 == forms.size(), s.words[i]->caps, s.caps_mode));
  ContextFeatures(s, i, history, out);
}

uint32_t AllowedAfter(int prev, bool last) {
  struct Table {
    std::array<uint32_t, kClasses + 1> after{};
    uint32_t end = 0;
    Table() {
      for (int p = 0; p <= kClasses; ++p)
        for (int c = 0; c < kClasses; ++c)
          if (Allowed(p, c)) after[p] |= 1u << c;
      for (int c = 0; c < kClasses; ++c)
        if (CanEnd(c)) end |= 1u << c;
    }
  };
  static const Table table;
  return table.after[prev] & (last ? table.end : ~0u);
}

void BestPath(const std::vector<BeamHyp>& all, const std::vector<uint32_t>& starts, size_t last,
              int* tags) {
  size_t best = starts[last];
  for (size_t k = starts[last] + 1; k < starts[last + 1]; ++k)
    if (all[k].score > all[best].score) best = k;
  auto k = static_cast<int64_t>(best);
  for (auto i = static_cast<int64_t>(last); i >= 0 && k >= 0; --i) {
    tags[i] = all[static_cast<size_t>(k)].cls;
    k = all[static_cast<size_t>(k)].back;
  }
}

void FeatureFilter::Build(const std::vector<uint64_t>& keys) {
  size_t words = 64;
  while (words * 4 < keys.size()) words <<= 1;  // 16 bits or more per key
  words_.assign(words, 0);
  mask_ = words - 1;
  for (uint64_t k : keys) words_[(k >> 32) & mask_] |= Mask(k);
}

void FeatureFilter::Keep(std::vector<uint64_t>* features) const {
  size_t kept = 0;
  for (uint64_t f : *features)
    if (MayContain(f)) (*features)[kept++] = f;
  features->resize(kept);
}

}  // namespace parley::nlp::ner
