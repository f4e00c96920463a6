// Recognizer: greedy BILOU decoding with per-word score caches.
//
// Most of a token's score comes from form features (its own word and its
// neighbours', recognizer_features.h), which depend on nothing but a word
// string and the sentence's case mode. Each thread keeps a table from word
// to its form-feature scores at the five offsets, so a word seen before
// costs one probe instead of some thirty table lookups; the features of the
// previous tags come from tables precomputed at load. What is left per
// token is a handful of lookups (word pairs, shapes, gazetteer, history).
#include "nlp/recognizer.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <filesystem>

#include "base/error.h"
#include "nlp/model_io.h"

namespace parley::nlp {

using ner::kClasses;
using ner::kContext;
using ner::kOffsets;
using ner::kStartTag;

namespace {

using ClassScores = std::array<float, kClasses>;
using OffsetScores = std::array<ClassScores, kOffsets>;

std::atomic<uint64_t> next_recognizer_id{1};

// One word's context view and its form-feature scores at each offset, for
// the case mode `mode`.
struct CacheEntry {
  uint64_t key = 0;    // HashString(form) | 1; 0: empty slot
  uint64_t stamp = 0;  // the sentence that last used it
  ner::WordInfo info;
  uint8_t mode = 0;
  OffsetScores scores;
};

// A per-thread direct-mapped table of CacheEntry: a word evicts whatever
// word held its slot, unless that word is in use in the same sentence
// (then the newcomer goes to a per-sentence entry instead). Frequent words
// stay; there is never a whole-table reset on the way.
struct FormCache {
  uint64_t owner = 0;
  uint64_t stamp = 0;
  std::vector<CacheEntry> slots;

  static constexpr size_t kSlots = size_t{1} << 15;

  void Reset(uint64_t new_owner) {
    owner = new_owner;
    if (slots.size() != kSlots) slots.resize(kSlots);
    for (auto& s : slots) s.key = s.stamp = 0;
    stamp = 0;
  }
};

// Per-thread buffers reused from sentence to sentence.
struct Buffers {
  std::vector<ClassScores> base;
  std::vector<uint32_t> seen;
  std::vector<uint8_t> caps, fresh;
  std::vector<uint64_t> keys;
  std::vector<CacheEntry*> entries;
  std::vector<CacheEntry> local;  // words whose cache slot is taken in the sentence
  std::vector<ner::FormInfo> infos;
  std::vector<const ner::FormInfo*> forms;
  std::vector<const ner::WordInfo*> words;
  std::vector<uint64_t> folded;
  std::vector<uint8_t> upper;
  std::vector<uint32_t> gaz;
  std::vector<uint64_t> features;
  std::vector<int> tags;
  std::vector<float> probs;
};

std::string_view FormOf(const Document& doc, size_t t) {
  return doc.tokens[t].form.empty() ? doc.TokenText(t) : std::string_view(doc.tokens[t].form);
}

// to[0..kClasses) += from[0..kClasses), four at a time (GCC/Clang vector
// extension: SSE on x86-64 without -O3's auto-vectorisation).
void AddScores(const float* __restrict from, float* __restrict to) {
  using V4 = float __attribute__((vector_size(16)));
  int c = 0;
  for (; c + 4 <= kClasses; c += 4) {
    V4 a, b;
    std::memcpy(&a, to + c, sizeof a);
    std::memcpy(&b, from + c, sizeof b);
    a += b;
    std::memcpy(to + c, &a, sizeof a);
  }
  for (; c < kClasses; ++c) to[c] += from[c];
}

}  // namespace

uint64_t ClustersFingerprint(const WordClusters* clusters) {
  if (clusters == nullptr) return 0;
  uint64_t h = HashCombine(clusters->words(), static_cast<uint64_t>(clusters->clusters()));
  for (size_t i = 0; i < clusters->words(); ++i) {
    h = HashCombine(h, HashString(clusters->word(i)));
    h = HashCombine(h, HashString(clusters->Path(static_cast<int>(clusters->cluster_of(i)))));
  }
  return h == 0 ? 1 : h;
}

Recognizer::Recognizer(LinearModel model, Gazetteer gazetteer,
                       std::shared_ptr<const WordClusters> clusters, Settings settings)
    : model_(std::move(model)),
      gazetteer_(std::move(gazetteer)),
      clusters_(std::move(clusters)),
      settings_(std::move(settings)),
      id_(next_recognizer_id.fetch_add(1)) {
  if (model_.classes() != kClasses)
    throw Error(ErrorCode::kInvalidArgument, "recogniser model has " +
                                                 std::to_string(model_.classes()) +
                                                 " classes, expected " + std::to_string(kClasses));
  PrecomputeTables();
}

Recognizer::~Recognizer() = default;

void Recognizer::PrecomputeTables() {
  filter_.Build(model_.Keys());
  bos_ = ner::MakeFormInfo(ner::kBos, clusters_.get());
  eos_ = ner::MakeFormInfo(ner::kEos, clusters_.get());
  std::vector<uint64_t> f;
  for (int mode = 0; mode < 2; ++mode) {
    for (int d = -kContext; d <= kContext; ++d) {
      if (d == 0) continue;
      f.clear();
      ner::FormFeatures(d < 0 ? bos_ : eos_, d, mode == 1, &f);
      ClassScores& s = pad_scores_[mode][d + kContext];
      s.fill(0.0f);
      model_.Score(f, s.data());
    }
  }
  // TagFeatures = bias, prev, (prev, prev2) and (prev, caps, mode): the
  // first three go in prev_table_, the last in prev_caps_table_, split the
  // way TagFeatures lists them.
  prev_table_.assign(static_cast<size_t>(kPrev) * kPrev * kClasses, 0.0f);
  prev_caps_table_.assign(static_cast<size_t>(kPrev) * ner::kCapsClasses * 2 * kClasses, 0.0f);
  position_table_.assign(4 * ner::kCapsClasses * 2 * kClasses, 0.0f);
  for (int p = 0; p < kPrev; ++p) {
    for (int p2 = 0; p2 < kPrev; ++p2) {
      f.clear();
      ner::TagFeatures(p, p2, 0, false, &f);
      f.pop_back();  // the (prev, caps, mode) feature, kept in its own table
      model_.Score(f, &prev_table_[(static_cast<size_t>(p) * kPrev + p2) * kClasses]);
    }
    for (int caps = 0; caps < ner::kCapsClasses; ++caps) {
      for (int mode = 0; mode < 2; ++mode) {
        f.clear();
        ner::TagFeatures(p, 0, static_cast<uint8_t>(caps), mode == 1, &f);
        model_.AddFeature(
            f.back(),
            &prev_caps_table_[((static_cast<size_t>(p) * ner::kCapsClasses + caps) * 2 + mode) *
                              kClasses]);
      }
    }
    if (p < 4) {
      // PositionFeature for position bits p (first 1, last 2).
      for (int caps = 0; caps < ner::kCapsClasses; ++caps)
        for (int mode = 0; mode < 2; ++mode)
          model_.AddFeature(
              ner::PositionFeature((p & 1) != 0, (p & 2) != 0, static_cast<uint8_t>(caps),
                                   mode == 1),
              &position_table_[((static_cast<size_t>(p) * ner::kCapsClasses + caps) * 2 + mode) *
                               kClasses]);
    }
  }
}

std::string Recognizer::version() const {
  return "ner/" + std::to_string(kFormatVersion) +
         (settings_.description.empty() ? "" : " " + settings_.description);
}

void Recognizer::Process(Document* doc) const { Tag(doc, true); }
void Recognizer::ProcessUncached(Document* doc) const { Tag(doc, false); }

void Recognizer::Tag(Document* doc, bool cached) const {
  thread_local FormCache cache;
  thread_local Buffers b;
  if (cached && cache.owner != id_) cache.Reset(id_);
  doc->entities.clear();
  ner::LabelHistory history(settings_.history_window);
  const float inv_t = 1.0f / std::max(settings_.temperature, 1e-3f);
  const size_t total = doc->tokens.size();

  for (uint32_t si = 0; si < doc->sentences.size(); ++si) {
    const Sentence& sent = doc->sentences[si];
    const size_t n = sent.size();
    if (n == 0 || sent.token_end > total) continue;
    b.caps.resize(n);
    b.words.resize(n);
    b.infos.resize(n);
    bool mode = false;
    if (cached) {
      // Every word's cache entry first (a word seen before keeps its
      // analysis), each slot prefetched so that the misses overlap; then
      // the case mode from the words' case; then the form-feature scores of
      // the entries that have none for that mode.
      b.entries.resize(n);
      b.local.resize(n);
      b.keys.resize(n);
      b.fresh.assign(n, 0);
      const uint64_t stamp = ++cache.stamp;
      for (size_t i = 0; i < n; ++i) {
        b.keys[i] = HashString(FormOf(*doc, sent.token_begin + i)) | 1;
        __builtin_prefetch(&cache.slots[b.keys[i] & (FormCache::kSlots - 1)]);
      }
      for (size_t i = 0; i < n; ++i) {
        const uint64_t key = b.keys[i];
        CacheEntry* e = &cache.slots[key & (FormCache::kSlots - 1)];
        if (e->key != key) {
          if (e->stamp == stamp) e = &b.local[i];  // held by another word of this sentence
          e->key = key;
          b.infos[i] = ner::MakeFormInfo(FormOf(*doc, sent.token_begin + i), clusters_.get());
          e->info = b.infos[i];
          b.fresh[i] = 1;
        }
        e->stamp = stamp;
        b.entries[i] = e;
        b.words[i] = &e->info;
        b.caps[i] = e->info.caps;
      }
      mode = ner::CapsMode(b.caps);
      for (size_t i = 0; i < n; ++i) {
        CacheEntry* e = b.entries[i];
        if (!b.fresh[i] && e->mode == (mode ? 1 : 0)) continue;
        if (!b.fresh[i])
          b.infos[i] = ner::MakeFormInfo(FormOf(*doc, sent.token_begin + i), clusters_.get());
        e->mode = mode ? 1 : 0;
        for (int d = -kContext; d <= kContext; ++d) {
          b.features.clear();
          ner::FormFeatures(b.infos[i], d, mode, &b.features);
          filter_.Keep(&b.features);
          e->scores[d + kContext].fill(0.0f);
          model_.Score(b.features, e->scores[d + kContext].data());
        }
        b.fresh[i] = 1;  // a word twice in the sentence is scored once
        for (size_t j = i + 1; j < n; ++j)
          if (b.entries[j] == e) b.fresh[j] = 0;
      }
      for (size_t i = 0; i < n; ++i)
        for (size_t line = 0; line < sizeof(OffsetScores); line += 64)
          __builtin_prefetch(reinterpret_cast<const char*>(&b.entries[i]->scores) + line);
    } else {
      for (size_t i = 0; i < n; ++i) {
        b.infos[i] = ner::MakeFormInfo(FormOf(*doc, sent.token_begin + i), clusters_.get());
        b.caps[i] = b.infos[i].caps;
      }
      mode = ner::CapsMode(b.caps);
      b.forms.resize(n);
      for (size_t i = 0; i < n; ++i) {
        b.forms[i] = &b.infos[i];
        b.words[i] = &b.infos[i];
      }
    }
    // Gazetteer matches over the sentence.
    b.folded.resize(n);
    b.upper.resize(n);
    b.gaz.resize(n);
    for (size_t i = 0; i < n; ++i) {
      b.folded[i] = b.words[i]->lower;
      b.upper[i] = b.words[i]->upper;
    }
    gazetteer_.Match(b.folded, b.upper, b.gaz.data());
    const ner::SentenceView view{b.words, b.gaz, mode};

    // What each token scores before any tag is chosen: its form features
    // and neighbours' (from the cache), its position and the context
    // features. The label history is the document's before this sentence,
    // the same for every hypothesis.
    b.base.resize(n);
    b.seen.resize(n);
    for (size_t i = 0; i < n; ++i) {
      const ner::WordInfo& w = *b.words[i];
      b.seen[i] = ner::InHistory(w.caps)
                      ? history.Seen(w.lower, sent.token_begin + static_cast<uint32_t>(i))
                      : 0;
      ClassScores& s = b.base[i];
      s.fill(0.0f);
      b.features.clear();
      if (cached) {
        for (int d = -kContext; d <= kContext; ++d) {
          const auto j = static_cast<ptrdiff_t>(i) + d;
          if (j < 0 || j >= static_cast<ptrdiff_t>(n))
            AddScores(pad_scores_[mode ? 1 : 0][d + kContext].data(), s.data());
          else
            AddScores(b.entries[static_cast<size_t>(j)]->scores[d + kContext].data(), s.data());
        }
        const size_t position = (i == 0 ? 1 : 0) | (i + 1 == n ? 2 : 0);
        AddScores(
            &position_table_[(position * ner::kCapsClasses * 2 + w.caps * 2 + (mode ? 1 : 0)) *
                             kClasses],
            s.data());
        ner::ContextFeatures(view, i, b.seen[i], &b.features);
        filter_.Keep(&b.features);
      } else {
        ner::BaseFeatures(view, b.forms, i, b.seen[i], bos_, eos_, &b.features);
      }
      model_.Score(b.features, s.data());
    }
    Decode(n, mode, cached, b.base, b.words, &b.tags, &b.probs, inv_t);
    for (size_t i = 0; i < n; ++i) {
      const ner::WordInfo& w = *b.words[i];
      if (!ner::InHistory(w.caps)) continue;
      const int c = b.tags[i];
      history.Record(w.lower, sent.token_begin + static_cast<uint32_t>(i),
                     c == 0 ? 0 : 1 + ner::TypeOfClass(c));
    }
    // IOB2 tags and spans.
    for (size_t i = 0; i < n; ++i) {
      Token& tok = doc->tokens[sent.token_begin + i];
      const int c = b.tags[i];
      if (c == 0) {
        tok.ner = "O";
        continue;
      }
      const int pos = ner::PositionOfClass(c);
      const std::string_view type = ner::TypeName(ner::TypeOfClass(c));
      const bool begins = pos == ner::kB || pos == ner::kU;
      tok.ner = begins ? "B-" : "I-";
      tok.ner += type;
      if (begins) {
        NamedEntity e;
        e.sentence = si;
        e.token_begin = sent.token_begin + static_cast<uint32_t>(i);
        e.token_end = e.token_begin + 1;
        e.label = std::string(type);
        e.score = b.probs[i];
        doc->entities.push_back(std::move(e));
      } else if (!doc->entities.empty()) {
        NamedEntity& e = doc->entities.back();
        e.token_end = sent.token_begin + static_cast<uint32_t>(i) + 1;
        e.score = std::min(e.score, b.probs[i]);
      }
    }
  }
}

void Recognizer::TagScores(const float* base, int prev, int prev2, const ner::WordInfo& w,
                           bool mode, bool cached, float* out) const {
  if (cached) {
    PrevScores(base, prev, w, mode, out);
    AddScores(&prev_table_[(static_cast<size_t>(prev) * kPrev + prev2) * kClasses], out);
    return;
  }
  std::copy(base, base + kClasses, out);
  std::vector<uint64_t> features;
  ner::TagFeatures(prev, prev2, w.caps, mode, &features);
  features.push_back(ner::PrevLowerFeature(prev, w.lower));
  model_.Score(features, out);
}

void Recognizer::PrevScores(const float* base, int prev, const ner::WordInfo& w, bool mode,
                            float* out) const {
  std::copy(base, base + kClasses, out);
  AddScores(&prev_caps_table_[((static_cast<size_t>(prev) * ner::kCapsClasses + w.caps) * 2 +
                               (mode ? 1 : 0)) *
                              kClasses],
            out);
  const uint64_t f = ner::PrevLowerFeature(prev, w.lower);
  if (filter_.MayContain(f)) model_.AddFeature(f, out);
}

void Recognizer::Decode(size_t n, bool mode, bool cached, const std::vector<ClassScoresT>& base,
                        std::span<const ner::WordInfo* const> words, std::vector<int>* tags,
                        std::vector<float>* probs, float inv_t) const {
  thread_local std::vector<ner::BeamHyp> all;
  thread_local std::vector<uint32_t> starts;
  // What depends on the previous tag but not the one before it is computed
  // once per (token, previous tag): the hypotheses of a beam mostly share it.
  std::array<size_t, kPrev> stamp{};
  std::array<ClassScoresT, kPrev> partial;
  ner::BeamSearch(
      n, static_cast<int>(settings_.beam),
      [&](size_t i, int prev, int prev2, float* out) {
        if (!cached) {
          TagScores(base[i].data(), prev, prev2, *words[i], mode, cached, out);
          return;
        }
        if (stamp[prev] != i + 1) {
          PrevScores(base[i].data(), prev, *words[i], mode, partial[prev].data());
          stamp[prev] = i + 1;
        }
        std::copy(partial[prev].begin(), partial[prev].end(), out);
        AddScores(&prev_table_[(static_cast<size_t>(prev) * kPrev + prev2) * kClasses], out);
      },
      nullptr, &all, &starts);
  tags->assign(n, 0);
  probs->assign(n, 1.0f);
  ner::BestPath(all, starts, n - 1, tags->data());
  alignas(64) ClassScoresT s{};
  // Confidences of the entity tokens: the softmax probability of the tag
  // chosen among all tags, after the path's previous tags. A tag the model
  // took only because the path could not leave an entity gets a low one.
  for (size_t i = 0; i < n; ++i) {
    const int c = (*tags)[i];
    if (c == 0) continue;
    const int prev = i == 0 ? kStartTag : (*tags)[i - 1];
    const int prev2 = i < 2 ? kStartTag : (*tags)[i - 2];
    TagScores(base[i].data(), prev, prev2, *words[i], mode, cached, s.data());
    double z = 0.0;
    for (int k = 0; k < kClasses; ++k) z += std::exp(static_cast<double>((s[k] - s[c]) * inv_t));
    (*probs)[i] = static_cast<float>(1.0 / z);
  }
}

void Recognizer::Write(ModelWriter* w) const {
  w->Str(settings_.description);
  w->U32(settings_.history_window);
  w->F32(settings_.temperature);
  w->U32(settings_.beam);
  gazetteer_.Save(w);
  w->U64(ClustersFingerprint(clusters_.get()));
  model_.Save(w);
}

std::string Recognizer::SaveToBytes() const {
  ModelWriter w(kMagic, kFormatVersion);
  Write(&w);
  return w.bytes();
}

void Recognizer::Save(const std::string& path) const {
  ModelWriter w(kMagic, kFormatVersion);
  Write(&w);
  w.Save(path);
}

namespace {

std::unique_ptr<Recognizer> Read(ModelReader& r, std::shared_ptr<const WordClusters> clusters,
                                 const std::string& path) {
  Recognizer::Settings settings;
  settings.description = r.Str();
  settings.history_window = r.U32();
  settings.temperature = r.F32();
  settings.beam = r.U32();
  if (settings.beam < 1 || settings.beam > Recognizer::kMaxBeam)
    throw Error(ErrorCode::kInvalidArgument, "bad beam width");
  if (!(settings.temperature > 0.0f) || !std::isfinite(settings.temperature))
    throw Error(ErrorCode::kInvalidArgument, "bad temperature");
  Gazetteer gazetteer = Gazetteer::Load(&r);
  const uint64_t fingerprint = r.U64();
  LinearModel model = LinearModel::Load(&r);
  r.ExpectEnd();
  if (fingerprint == 0) {
    clusters = nullptr;
  } else {
    if (clusters == nullptr && !path.empty()) {
      const auto beside = std::filesystem::path(path).parent_path() / "clusters.bin.gz";
      std::error_code ec;
      if (std::filesystem::is_regular_file(beside, ec))
        clusters = WordClusters::Load(beside.string());
    }
    if (clusters == nullptr)
      throw Error(ErrorCode::kInvalidArgument,
                  "the model needs the word clusters it was trained with (clusters.bin.gz)");
    if (ClustersFingerprint(clusters.get()) != fingerprint)
      throw Error(ErrorCode::kInvalidArgument,
                  "the word clusters are not the ones the model was trained with; retrain it");
  }
  return std::make_unique<Recognizer>(std::move(model), std::move(gazetteer), std::move(clusters),
                                      std::move(settings));
}

}  // namespace

std::unique_ptr<Recognizer> Recognizer::Load(const std::string& path,
                                             std::shared_ptr<const WordClusters> clusters) {
  try {
    ModelReader r(path, kMagic, kFormatVersion);
    return Read(r, std::move(clusters), path);
  } catch (const Error& e) {
    const std::string what = e.what();
    if (what.find(path) != std::string::npos) throw;
    throw Error(ErrorCode::kInvalidArgument, path + ": " + what);
  }
}

std::unique_ptr<Recognizer> Recognizer::FromBytes(std::string bytes,
                                                  std::shared_ptr<const WordClusters> clusters) {
  ModelReader r = ModelReader::FromBytes(std::move(bytes), kMagic, kFormatVersion);
  return Read(r, std::move(clusters), "");
}

}  // namespace parley::nlp
