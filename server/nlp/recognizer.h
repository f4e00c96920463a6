// Recognizer: the named-entity stage. Finds PER, ORG, LOC and MISC spans in
// tokenised sentences (CoNLL-2003's types), fills Token::ner with IOB2 tags
// and Document::entities with one NamedEntity per span and a confidence.
//
// Model: an averaged perceptron over BILOU tags, trained greedily left to
// right and decoded with a small beam under the BILOU constraints (an I or L
// only continues a B or I of its type), with features of the word, its shape, affixes and word
// cluster, the neighbouring words, the previous two tags, matches of Parley's own dictionaries
// (gazetteer.h), and the labels the same word got earlier in the document (recognizer_features.h).
// Trained by TrainRecognizer (train.h, recognizer_train.cc); the gazetteer and the cluster paths it
// was trained with are stored in the model file, so it needs nothing else at run time.
//
// The confidence of a span is the lowest, over its tokens, of the softmax
// probability of the chosen tag among the allowed ones, with a temperature
// fitted on the development set.
//
// Thread-safe: immutable after Load(); Process() may run on many threads at
// once. Each thread keeps its own cache of per-word scores.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "nlp/clusters.h"
#include "nlp/gazetteer.h"
#include "nlp/perceptron.h"
#include "nlp/recognizer_features.h"
#include "nlp/stage.h"

namespace parley::nlp {

// A fingerprint of the words and paths of `clusters` (0 for none): a model
// stores the one it was trained with and refuses other clusters.
uint64_t ClustersFingerprint(const WordClusters* clusters);

class Recognizer : public Stage {
 public:
  inline static constexpr std::string_view kMagic = "parley-ner";
  inline static constexpr uint32_t kFormatVersion = 1;
  inline static constexpr uint32_t kMaxBeam = 16;

  struct Settings {
    uint32_t history_window = 1000;  // tokens the label history looks back
    float temperature = 1.0f;        // softmax temperature of the confidences
    uint32_t beam = 4;               // hypotheses the decoder keeps (1: greedy)
    std::string description;         // what it was trained on, for version()
  };

  // Reads a model written by Save(). A model trained with word clusters
  // needs the same clusters: `clusters`, or else clusters.bin.gz beside the
  // model file. Throws parley::Error(kInvalidArgument) naming the file when
  // it is missing, of another kind or malformed, or when the clusters are
  // missing or not the ones it was trained with.
  static std::unique_ptr<Recognizer> Load(const std::string& path,
                                          std::shared_ptr<const WordClusters> clusters = nullptr);
  // The same from the bytes of a model file (tests, fuzzers).
  static std::unique_ptr<Recognizer> FromBytes(
      std::string bytes, std::shared_ptr<const WordClusters> clusters = nullptr);

  // A recogniser from its parts (the trainer builds one after each epoch);
  // `clusters` may be null.
  Recognizer(LinearModel model, Gazetteer gazetteer, std::shared_ptr<const WordClusters> clusters,
             Settings settings);
  ~Recognizer() override;

  std::string_view name() const override { return "recognizer"; }
  std::string version() const override;
  // Tags every sentence of `doc`, replacing Token::ner and
  // Document::entities. The label history runs over the whole document.
  void Process(Document* doc) const override;

  // Writes the model file (atomically). Throws parley::Error on I/O failure.
  void Save(const std::string& path) const;
  std::string SaveToBytes() const;

  const Settings& settings() const { return settings_; }
  void set_temperature(float t) { settings_.temperature = t; }
  const LinearModel& model() const { return model_; }
  const Gazetteer& gazetteer() const { return gazetteer_; }
  const std::shared_ptr<const WordClusters>& clusters() const { return clusters_; }

  // For tests: tags `doc` like Process() but scoring every feature through
  // the model table, without the per-word caches and precomputed tables,
  // so that a test can check that both give the same tags.
  void ProcessUncached(Document* doc) const;

 private:
  void Tag(Document* doc, bool cached) const;
  using ClassScoresT = std::array<float, ner::kClasses>;
  void PrecomputeTables();
  void Write(ModelWriter* w) const;
  // out = base + the scores of the tag features after (prev, prev2).
  void TagScores(const float* base, int prev, int prev2, const ner::WordInfo& w, bool mode,
                 bool cached, float* out) const;
  // out = base + the scores of the features of the previous tag alone.
  void PrevScores(const float* base, int prev, const ner::WordInfo& w, bool mode, float* out) const;
  // The best BILOU tags of a sentence of n tokens (beam search) and the
  // confidence of each entity token.
  void Decode(size_t n, bool mode, bool cached, const std::vector<ClassScoresT>& base,
              std::span<const ner::WordInfo* const> words, std::vector<int>* tags,
              std::vector<float>* probs, float inv_t) const;

  LinearModel model_;
  Gazetteer gazetteer_;
  std::shared_ptr<const WordClusters> clusters_;
  Settings settings_;
  uint64_t id_;  // tells the per-thread caches apart
  ner::FormInfo bos_, eos_;
  // Scores of the padding words at each offset, per case mode.
  std::array<std::array<std::array<float, ner::kClasses>, ner::kOffsets>, 2> pad_scores_{};
  // Bias + previous tag + previous two tags: [prev][prev2][class].
  std::vector<float> prev_table_;
  // Previous tag with the token's case: [prev][caps][mode][class].
  std::vector<float> prev_caps_table_;
  // PositionFeature: [position bits][caps][mode][class].
  std::vector<float> position_table_;
  static constexpr int kPrev = ner::kClasses + 1;
  ner::FeatureFilter filter_;
};

}  // namespace parley::nlp
