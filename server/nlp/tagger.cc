// Tagger: greedy tagging with per-form cached scores; model file I/O.
#include "nlp/tagger.h"

#include <algorithm>
#include <atomic>
#include <cstring>

#include "base/error.h"
#include "nlp/tagger_features.h"

namespace parley::nlp {

using tagger_internal::BuildTable;
using tagger_internal::Describe;
using tagger_internal::SelfFeatures;
using tagger_internal::TableRows;

namespace {

constexpr std::string_view kMagic = "parley-tagger";
constexpr uint32_t kVersion = 1;

std::atomic<uint64_t> next_serial{1};

// Per-thread cache, per pass, of what depends on the word form alone: its
// description and the scores of its own features and of its features in
// each neighbour role. Direct-mapped by form hash; it belongs to one model
// at a time (its serial), another model on the same thread starts it afresh.
struct FormCache {
  static constexpr size_t kSlots = 8192;
  uint64_t serial = 0;
  int width = 0;  // floats per slot
  std::vector<uint64_t> keys;
  std::vector<Tagger::WordInfo> infos;
  std::vector<float> scores;

  void Reset(uint64_t s, int w) {
    serial = s;
    width = w;
    keys.assign(kSlots, 0);
    infos.assign(kSlots, Tagger::WordInfo{});
    scores.assign(kSlots * static_cast<size_t>(w), 0.0f);
  }
  size_t Slot(uint64_t key) const { return (key ^ (key >> 29)) & (kSlots - 1); }
};

// a[0..n) += b[0..n), n a multiple of 8: written so that the compiler
// emits vector adds.
inline void AddVector(float* __restrict a, const float* __restrict b, int n) {
  for (int c = 0; c < n; c += 8) {
    for (int j = 0; j < 8; ++j) a[c + j] += b[c + j];
  }
}

// The best class and its margin over the runner-up.
inline int Best(const float* s, int k, float* margin) {
  int best = 0;
  float top = s[0], second = -1e30f;
  for (int c = 1; c < k; ++c) {
    if (s[c] > top) {
      second = top;
      top = s[c];
      best = c;
    } else if (s[c] > second) {
      second = s[c];
    }
  }
  *margin = top - second;
  return best;
}

}  // namespace

Tagger::Tagger() : model_(std::make_unique<Model>()), serial_(next_serial++) {}
Tagger::~Tagger() = default;

std::string Tagger::version() const {
  return "tagger/" + std::to_string(kVersion) + " classes=" + std::to_string(classes()) +
         (two_pass_ ? " passes=2" : " passes=1");
}

size_t Tagger::features() const { return model_->weights.features(); }
size_t Tagger::weights() const { return model_->weights.weights(); }

bool Tagger::InDictionary(uint64_t form_hash) const {
  if (dict_keys_.empty()) return false;
  const uint64_t key = form_hash | 1;
  for (size_t j = key & dict_mask_;; j = (j + 1) & dict_mask_) {
    if (dict_keys_[j] == key) return true;
    if (dict_keys_[j] == 0) return false;
  }
}

void Tagger::Process(Document* doc) const {
  for (const Sentence& s : doc->sentences) TagSentence(doc, s);
}

void Tagger::TagSentence(Document* doc, const Sentence& sentence) const {
  using tagger_internal::kRoles;
  const int n = static_cast<int>(sentence.size());
  if (n <= 0 || xpos_.empty()) return;
  const int k = classes();
  const int kpad = (k + 7) / 8 * 8;  // score vectors padded for vector adds
  const int width = (1 + kRoles) * kpad;
  thread_local FormCache cache;
  thread_local std::vector<WordInfo> words;
  thread_local std::vector<uint64_t> keys;
  thread_local std::vector<int> tags, first, dict;
  thread_local std::vector<float> margins, base;
  thread_local std::vector<uint64_t> feats;
  thread_local std::vector<float> scores;
  if (cache.serial != serial_ || cache.width != width) cache.Reset(serial_, width);
  words.resize(n);
  keys.resize(n);
  first.assign(n, tagger_internal::kNoTag);
  dict.resize(n);
  margins.resize(n);
  base.resize(static_cast<size_t>(n) * kpad);
  scores.resize(kpad);
  const LinearModel& model = model_->weights;

  // Fills the cache entry of `key` (w == nullptr: a sentence edge, keys 2
  // and 4; form keys are odd).
  auto fill = [&](uint64_t key, const WordInfo* w) -> const float* {
    const size_t slot = cache.Slot(key);
    float* s = &cache.scores[slot * width];
    if (cache.keys[slot] == key) return s;
    cache.keys[slot] = key;
    if (w != nullptr) cache.infos[slot] = *w;
    std::fill(s, s + width, 0.0f);
    if (w != nullptr) {
      feats.clear();
      SelfFeatures(*w, &feats);
      model.Score(feats, s);
    }
    for (int r = 0; r < kRoles; ++r) {
      const bool prev = r == tagger_internal::kRolePrev1 || r == tagger_internal::kRolePrev2;
      if (w == nullptr && prev != (key == 2)) continue;  // an edge has one side
      feats.clear();
      tagger_internal::RoleFeatures(static_cast<tagger_internal::Role>(r), w, &feats);
      model.Score(feats, s + (1 + r) * kpad);
    }
    return s;
  };
  // Word descriptions: from the cache when the form is there.
  for (int i = 0; i < n; ++i) {
    const uint32_t t = sentence.token_begin + i;
    const Token& tok = doc->tokens[t];
    const std::string_view form = tok.form.empty() ? doc->TokenText(t) : std::string_view(tok.form);
    const uint64_t key = HashString(form) | 1;
    keys[i] = key;
    const size_t slot = cache.Slot(key);
    if (cache.keys[slot] == key) {
      words[i] = cache.infos[slot];
    } else {
      Describe(form, clusters_, &words[i]);
    }
    dict[i] = -1;
    if (!dict_keys_.empty()) {
      for (size_t j = key & dict_mask_;; j = (j + 1) & dict_mask_) {
        if (dict_keys_[j] == key) {
          dict[i] = dict_classes_[j];
          break;
        }
        if (dict_keys_[j] == 0) break;
      }
    }
  }
  // Adds part `part` of word j's entry (j may be -2..n+1) into `out` at
  // once: a later fill may evict the entry.
  auto add = [&](float* out, int j, int part) {
    const float* e = j < 0    ? fill(2, nullptr)
                     : j >= n ? fill(4, nullptr)
                              : fill(keys[j], &words[j]);
    AddVector(out, e + part * kpad, kpad);
  };
  // First pass: the word-only parts (kept per word for the second pass),
  // then the features of the position.
  for (int i = 0; i < n; ++i) {
    margins[i] = 1e30f;
    if (dict[i] >= 0) {
      first[i] = dict[i];
      continue;
    }
    float* b = &base[static_cast<size_t>(i) * kpad];
    std::fill(b, b + kpad, 0.0f);
    add(b, i, 0);
    add(b, i - 2, 1 + tagger_internal::kRolePrev2);
    add(b, i - 1, 1 + tagger_internal::kRolePrev1);
    add(b, i + 1, 1 + tagger_internal::kRoleNext1);
    add(b, i + 2, 1 + tagger_internal::kRoleNext2);
    std::copy(b, b + kpad, scores.data());
    feats.clear();
    tagger_internal::PositionFeatures(words.data(), n, i, first.data(), &feats);
    model.Score(feats, scores.data());
    first[i] = Best(scores.data(), k, &margins[i]);
  }
  tags = first;
  if (two_pass_) {
    // The second pass revisits the words the first was unsure of, with the
    // first pass's tags to the right and its own to the left.
    for (int i = 0; i < n; ++i) {
      if (margins[i] >= pass2_margin_) continue;
      const float* b = &base[static_cast<size_t>(i) * kpad];
      std::copy(b, b + kpad, scores.data());
      feats.clear();
      tagger_internal::PositionFeatures(words.data(), n, i, tags.data(), &feats);
      model.Score(feats, scores.data());
      feats.clear();
      tagger_internal::RightFeatures(words.data(), n, i, tags.data(), first.data(), &feats);
      model.Score(feats, scores.data());
      float m;
      tags[i] = Best(scores.data(), k, &m);
    }
  }
  for (int i = 0; i < n; ++i) {
    Token& tok = doc->tokens[sentence.token_begin + i];
    const int c = tags[i];
    tok.xpos = xpos_[c];
    tok.upos = upos_[c];
    uint32_t f = class_feats_[c];
    if (!feats_keys_.empty()) {
      const uint64_t key = HashCombine(words[i].lower_raw, static_cast<uint64_t>(c)) | 1;
      for (size_t j = key & feats_mask_;; j = (j + 1) & feats_mask_) {
        if (feats_keys_[j] == key) {
          f = feats_values_[j];
          break;
        }
        if (feats_keys_[j] == 0) break;
      }
    }
    tok.feats = feats_strings_[f];
  }
}

TagScores Tagger::Evaluate(const Document& gold) const {
  Document doc;
  doc.text = gold.text;
  doc.sentences = gold.sentences;
  doc.tokens.resize(gold.tokens.size());
  for (size_t i = 0; i < gold.tokens.size(); ++i) {
    doc.tokens[i].begin = gold.tokens[i].begin;
    doc.tokens[i].end = gold.tokens[i].end;
    doc.tokens[i].form = gold.tokens[i].form;
  }
  Process(&doc);
  TagScores s;
  for (size_t i = 0; i < gold.tokens.size(); ++i) {
    ++s.tokens;
    s.upos += doc.tokens[i].upos == gold.tokens[i].upos;
    s.xpos += doc.tokens[i].xpos == gold.tokens[i].xpos;
    s.feats += doc.tokens[i].feats == gold.tokens[i].feats;
  }
  return s;
}

void Tagger::Save(const std::string& path) const {
  ModelWriter w(kMagic, kVersion);
  w.Strs(xpos_);
  std::vector<uint32_t> upos;
  for (Upos u : upos_) upos.push_back(static_cast<uint32_t>(u));
  w.U32s(upos);
  w.U8(two_pass_ ? 1 : 0);
  w.F32(pass2_margin_);
  model_->weights.Save(&w);
  clusters_.Save(&w);
  std::vector<uint64_t> keys;
  std::vector<uint16_t> classes;
  TableRows(dict_keys_, dict_classes_, &keys, &classes);
  w.U64s(keys);
  w.U32s(std::vector<uint32_t>(classes.begin(), classes.end()));
  w.Strs(feats_strings_);
  keys.clear();
  std::vector<uint32_t> values;
  TableRows(feats_keys_, feats_values_, &keys, &values);
  w.U64s(keys);
  w.U32s(values);
  w.U32s(class_feats_);
  w.Save(path);
}

std::unique_ptr<Tagger> Tagger::Load(const std::string& path) {
  ModelReader r(path, kMagic, kVersion);
  auto t = std::make_unique<Tagger>();
  try {
    t->xpos_ = r.Strs();
    const auto upos = r.U32s();
    if (upos.size() != t->xpos_.size() || upos.empty())
      throw Error(ErrorCode::kInvalidArgument, "class tables differ in size");
    for (uint32_t u : upos) {
      if (u >= static_cast<uint32_t>(kUposCount))
        throw Error(ErrorCode::kInvalidArgument, "UPOS out of range");
      t->upos_.push_back(static_cast<Upos>(u));
    }
    t->two_pass_ = r.U8() != 0;
    t->pass2_margin_ = r.F32();
    t->model_->weights = LinearModel::Load(&r);
    if (t->model_->weights.classes() != t->classes())
      throw Error(ErrorCode::kInvalidArgument, "weights do not match the classes");
    t->clusters_ = ClusterTable::Load(&r);
    const auto dict_keys = r.U64s();
    const auto dict_classes = r.U32s();
    if (dict_keys.size() != dict_classes.size())
      throw Error(ErrorCode::kInvalidArgument, "malformed tag dictionary");
    std::vector<uint16_t> dc;
    for (uint32_t c : dict_classes) {
      if (c >= upos.size()) throw Error(ErrorCode::kInvalidArgument, "tag dictionary class");
      dc.push_back(static_cast<uint16_t>(c));
    }
    BuildTable(dict_keys, dc, &t->dict_keys_, &t->dict_classes_, &t->dict_mask_);
    t->feats_strings_ = r.Strs();
    const auto fk = r.U64s();
    const auto fv = r.U32s();
    t->class_feats_ = r.U32s();
    if (fk.size() != fv.size() || t->class_feats_.size() != upos.size() ||
        t->feats_strings_.empty())
      throw Error(ErrorCode::kInvalidArgument, "malformed feature table");
    for (uint32_t v : fv)
      if (v >= t->feats_strings_.size()) throw Error(ErrorCode::kInvalidArgument, "feats id");
    for (uint32_t v : t->class_feats_)
      if (v >= t->feats_strings_.size()) throw Error(ErrorCode::kInvalidArgument, "feats id");
    for (uint64_t k : fk)
      if (k == 0) throw Error(ErrorCode::kInvalidArgument, "feats key");
    for (uint64_t k : dict_keys)
      if (k == 0) throw Error(ErrorCode::kInvalidArgument, "tag dictionary key");
    BuildTable(fk, fv, &t->feats_keys_, &t->feats_values_, &t->feats_mask_);
    r.ExpectEnd();
  } catch (const Error& e) {
    const std::string what = e.what();
    throw Error(ErrorCode::kInvalidArgument, what.rfind(path, 0) == 0 ? what : path + ": " + what);
  }
  return t;
}

}  // namespace parley::nlp
