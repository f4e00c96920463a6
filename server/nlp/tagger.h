// Tagger: the part-of-speech stage. Fills Token::upos, Token::xpos (Penn
// tags) and Token::feats (UD features) of every token.
//
// Model: a greedy left-to-right averaged perceptron (Collins 2002; the
// tagger of Honnibal's "A good POS tagger in about 200 lines") over one joint
// class per (XPOS, UPOS) pair seen in training, with rich hashed features:
// the word, its lower-cased and digit-folded form, prefixes and suffixes of
// 1-4 bytes, its shape, flags, its word clusters when the model has them, the
// words and suffixes of the neighbours at +-2, and the tags already
// predicted to the left. An optional second pass sees the first pass's tags
// to the right. FEATS is the most frequent analysis of (word, tag) in
// training, else the tag's most frequent one.
//
// Speed: the scores of the features that depend on the word alone are
// cached per word form (a small per-thread direct-mapped cache), and
// frequent unambiguous words take their tag from a tag dictionary.
//
// Thread-safe: a loaded Tagger is immutable; Process() may run on many
// threads at once (each thread has its own score cache).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/cluster_table.h"
#include "nlp/perceptron.h"
#include "nlp/stage.h"

namespace parley::nlp {

struct TaggerTrainConfig {
  int epochs = 0;  // 0: the default
  uint64_t seed = 1;
  bool quiet = false;
  bool two_pass = true;        // train the right-context second pass
  double caps_augment = 0.03;  // share of training sentences also seen in capitals
  float prune = 0.0f;          // drop averaged weights below this magnitude
  ClusterTable clusters;       // word clusters as features (may be empty)
};

struct TagScores {
  size_t tokens = 0, upos = 0, xpos = 0, feats = 0;
  double Upos() const { return tokens ? static_cast<double>(upos) / tokens : 0.0; }
  double Xpos() const { return tokens ? static_cast<double>(xpos) / tokens : 0.0; }
  double Feats() const { return tokens ? static_cast<double>(feats) / tokens : 0.0; }
};

class Tagger : public Stage {
 public:
  // Throws parley::Error naming `path` when it cannot be read or is not a
  // tagger model of a supported version.
  static std::unique_ptr<Tagger> Load(const std::string& path);
  // Trains on every sentence of `train`; prints one line per epoch with the
  // score on `dev` (when not null) to stderr unless config.quiet. The
  // returned model is the average after the last epoch. Deterministic for a
  // seed. Throws parley::Error(kInvalidArgument) when `train` has no tags.
  static std::unique_ptr<Tagger> Train(const Document& train, const Document* dev,
                                       const TaggerTrainConfig& config);
  // Writes the model (atomically). Throws parley::Error on I/O failure.
  void Save(const std::string& path) const;

  std::string_view name() const override { return "tagger"; }
  std::string version() const override;
  void Process(Document* doc) const override;
  // Tags the tokens of one sentence of `doc`.
  void TagSentence(Document* doc, const Sentence& sentence) const;

  // Tags a copy of `gold` (its forms only) and counts agreement with it.
  TagScores Evaluate(const Document& gold) const;

  int classes() const { return static_cast<int>(xpos_.size()); }
  // Features and non-zero weights of the model (both passes).
  size_t features() const;
  size_t weights() const;
  const ClusterTable& clusters() const { return clusters_; }

  // Whether words of this form hash take their tag from the dictionary.
  bool InDictionary(uint64_t form_hash) const;

  // Word description and feature extraction, shared with training.
  struct WordInfo;
  struct Model;

  Tagger();
  ~Tagger() override;
  Tagger(const Tagger&) = delete;
  Tagger& operator=(const Tagger&) = delete;

 private:
  std::vector<std::string> xpos_;  // per class
  std::vector<Upos> upos_;         // per class
  std::unique_ptr<Model> model_;
  ClusterTable clusters_;
  // Tag dictionary: word form hash -> class, for frequent unambiguous words.
  std::vector<uint64_t> dict_keys_;
  std::vector<uint16_t> dict_classes_;
  uint64_t dict_mask_ = 0;
  // FEATS: (lower form hash, class) -> feats string id; per-class default.
  std::vector<std::string> feats_strings_;
  std::vector<uint64_t> feats_keys_;
  std::vector<uint32_t> feats_values_;
  uint64_t feats_mask_ = 0;
  std::vector<uint32_t> class_feats_;
  uint64_t serial_ = 0;  // identifies this model in the per-thread caches
  bool two_pass_ = false;
  // The second pass revisits words whose first-pass margin (best score
  // minus the runner-up's) is below this: the others rarely change.
  float pass2_margin_ = 1e30f;
};

}  // namespace parley::nlp
