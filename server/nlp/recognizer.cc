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
#include <filesystem>

#include "base/error.h"
#include "nlp/model_io.h"

namespace parley::nlp {

using ner::FormInfo;
using ner::kClasses;
using ner::kStartTag;

namespace {

constexpr int kPrev = kClasses + 1;  // previous-tag values: classes and start
using ner::kContext;
using ner::kOffsets;
using ClassScores = std::array<float, kClasses>;
using OffsetScores = std::array<ClassScores, kOffsets>;

std::atomic<uint64_t> next_recognizer_id{1};

// One word's analysis and its form-feature scores at each offset.
struct CacheEntry {
  uint64_t key = 0;  // 0: empty slot
  FormInfo info;
  OffsetScores scores;
};

// A per-thread open-addressing table of CacheEntry, emptied when half full
// (between sentences, so that entries in use are never evicted).
struct FormCache {
  uint64_t owner = 0;
  std::vector<CacheEntry> slots;
  size_t used = 0;

  static constexpr size_t kSlots = size_t{1} << 14;

  void Reset(uint64_t new_owner) {
    owner = new_owner;
    if (slots.size() != kSlots) slots.resize(kSlots);
    for (auto& s : slots) s.key = 0;
    used = 0;
  }
  // The slot for `key`: either holding it or the empty one to fill.
  CacheEntry* Probe(uint64_t key) {
    size_t i = key & (kSlots - 1);
    for (;;) {
      CacheEntry& e = slots[i];
      if (e.key == key || e.key == 0) return &e;
      i = (i + 1) & (kSlots - 1);
    }
  }
};

// Per-thread buffers reused from sentence to sentence.
struct Buffers {
  std::vector<uint8_t> doc_caps, modes;
  std::vector<uint64_t> doc_lower;
  std::vector<uint64_t> keys;
  std::vector<const CacheEntry*> entries;
  std::vector<CacheEntry> local;  // sentences too long for the cache
  std::vector<FormInfo> infos;    // the uncached path
  std::vector<const FormInfo*> words;
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

void AddScores(const float* from, float* to) {
  for (int c = 0; c < kClasses; ++c) to[c] += from[c];
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
  // TagFeatures = bias + prev + (prev, prev2) + (prev, caps, mode): the
  // first three go in prev_table_, the last in prev_caps_table_. Each is
  // computed by difference so that the split follows TagFeatures exactly.
  prev_table_.assign(static_cast<size_t>(kPrev) * kPrev * kClasses, 0.0f);
  prev_caps_table_.assign(static_cast<size_t>(kPrev) * ner::kCapsClasses * 2 * kClasses, 0.0f);
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
  std::vector<uint64_t> pad_features;

  // A first pass over the document: case classes, lower-case forms and
  // case modes, for the case evidence that spans sentences.
  const size_t total = doc->tokens.size();
  b.doc_caps.resize(total);
  b.doc_lower.resize(total);
  b.modes.resize(doc->sentences.size());
  ner::CaseEvidence evidence(settings_.case_window);
  for (uint32_t si = 0; si < doc->sentences.size(); ++si) {
    const Sentence& sent = doc->sentences[si];
    if (sent.size() == 0 || sent.token_end > total) continue;
    for (uint32_t t = sent.token_begin; t < sent.token_end; ++t) {
      const std::string_view form = FormOf(*doc, t);
      b.doc_caps[t] = ner::CapsOf(form);
      b.doc_lower[t] = ner::HashFolded(form);
    }
    const std::span<const uint8_t> caps(&b.doc_caps[sent.token_begin], sent.size());
    b.modes[si] = ner::CapsMode(caps);
    evidence.AddSentence(std::span<const uint64_t>(&b.doc_lower[sent.token_begin], sent.size()),
                         caps, sent.token_begin, b.modes[si]);
  }

  for (uint32_t si = 0; si < doc->sentences.size(); ++si) {
    const Sentence& sent = doc->sentences[si];
    const size_t n = sent.size();
    if (n == 0 || sent.token_end > total) continue;
    const bool mode = b.modes[si];
    b.words.resize(n);
    b.entries.resize(n);
    if (cached) {
      const bool fits = n <= FormCache::kSlots / 4;
      if (fits && cache.used + n > FormCache::kSlots / 2) cache.Reset(id_);
      if (!fits) b.local.resize(n);
      for (size_t i = 0; i < n; ++i) {
        const std::string_view form = FormOf(*doc, sent.token_begin + i);
        const uint64_t key = HashCombine(HashString(form), mode ? 2 : 1) | 1;
        CacheEntry* e = fits ? cache.Probe(key) : &b.local[i];
        if (e->key != key) {
          if (fits) ++cache.used;
          e->key = key;
          e->info = ner::MakeFormInfo(form, clusters_.get());
          for (int d = -kContext; d <= kContext; ++d) {
            b.features.clear();
            ner::FormFeatures(e->info, d, mode, &b.features);
            e->scores[d + kContext].fill(0.0f);
            model_.Score(b.features, e->scores[d + kContext].data());
          }
        }
        b.entries[i] = e;
        b.words[i] = &e->info;
      }
    } else {
      b.infos.clear();
      for (size_t i = 0; i < n; ++i)
        b.infos.push_back(ner::MakeFormInfo(FormOf(*doc, sent.token_begin + i), clusters_.get()));
      for (size_t i = 0; i < n; ++i) b.words[i] = &b.infos[i];
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

    // Greedy decoding under the BILOU constraints.
    b.tags.assign(n, 0);
    b.probs.assign(n, 1.0f);
    int prev = kStartTag, prev2 = kStartTag;
    for (size_t i = 0; i < n; ++i) {
      const FormInfo& w = *b.words[i];
      const uint32_t at = sent.token_begin + static_cast<uint32_t>(i);
      ner::DocumentCues cues;
      if (ner::InHistory(w.caps)) {
        cues.history = history.Seen(w.lower, at);
        cues.case_bits =
            evidence.any() ? evidence.Bits(w.lower, at) : ner::DocumentCues::kNoEvidence;
      }
      ClassScores s{};
      b.features.clear();
      if (cached) {
        for (int d = -kContext; d <= kContext; ++d) {
          const auto j = static_cast<ptrdiff_t>(i) + d;
          if (j < 0 || j >= static_cast<ptrdiff_t>(n))
            AddScores(pad_scores_[mode ? 1 : 0][d + kContext].data(), s.data());
          else
            AddScores(b.entries[static_cast<size_t>(j)]->scores[d + kContext].data(), s.data());
        }
        AddScores(&prev_table_[(static_cast<size_t>(prev) * kPrev + prev2) * kClasses], s.data());
        AddScores(&prev_caps_table_[((static_cast<size_t>(prev) * ner::kCapsClasses + w.caps) * 2 +
                                     (mode ? 1 : 0)) *
                                    kClasses],
                  s.data());
        ner::ContextFeatures(view, i, prev, cues, &b.features);
      } else {
        ner::AllFeatures(view, i, prev, prev2, cues, bos_, eos_, &b.features);
      }
      model_.Score(b.features, s.data());
      int best = -1;
      for (int c = 0; c < kClasses; ++c) {
        if (!ner::Allowed(prev, c) || (i + 1 == n && !ner::CanEnd(c))) continue;
        if (best < 0 || s[c] > s[best]) best = c;
      }
      // Probability of the choice among the allowed tags.
      double z = 0.0;
      for (int c = 0; c < kClasses; ++c) {
        if (!ner::Allowed(prev, c) || (i + 1 == n && !ner::CanEnd(c))) continue;
        z += std::exp(static_cast<double>((s[c] - s[best]) * inv_t));
      }
      b.tags[i] = best;
      b.probs[i] = static_cast<float>(1.0 / z);
      if (ner::InHistory(w.caps))
        history.Record(w.lower, at, best == 0 ? 0 : 1 + ner::TypeOfClass(best));
      prev2 = prev;
      prev = best;
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
      tok.ner = (pos == ner::kB || pos == ner::kU) ? "B-" : "I-";
      tok.ner += type;
      if (pos == ner::kB || pos == ner::kU) {
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

void Recognizer::Write(ModelWriter* w) const {
  w->Str(settings_.description);
  w->U32(settings_.history_window);
  w->U32(settings_.case_window);
  w->F32(settings_.temperature);
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
  settings.case_window = r.U32();
  settings.temperature = r.F32();
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
