// Parser: the dependency-parsing stage. Fills Token::head and Token::deprel
// (Universal Dependencies relations with EWT's subtypes, "nsubj:pass") of
// every token, reading the tagger's XPOS.
//
// Model: a greedy transition-based parser, arc-hybrid (Kuhlmann, Gomez-
// Rodriguez & Satta 2011) with the root on the stack and one root per
// sentence, trained with the dynamic oracle and exploration of Goldberg &
// Nivre (2012, 2013). Two averaged perceptrons share the work. The move
// model chooses among SHIFT, LEFT and RIGHT, the arc moves labelled with
// the few most frequent relations of their direction or with "another
// relation" (LEFT-det, LEFT-nsubj, ..., LEFT-other), over a rich feature
// set in the manner of Zhang & Nivre (2011): words, tags (the tagger's
// joint XPOS|UPOS) and word clusters of the stack and buffer, the leftmost
// and rightmost children and their relations, distance, valency, relation
// sets, punctuation between. An arc labelled "other" gets its relation from
// the labeller, which reads the head, the (complete) dependent and its
// children; later moves read the relations as features. The split is for
// speed: a decision scores 15 classes from a table of 32-byte slots
// instead of about 90 (a move per relation) from a table of float rows,
// and labelled moves keep the accuracy of a joint model where most arcs
// are. Training trees are projectivised by lifting (EWT is 99.8%
// projective); the parser never makes crossing arcs. The weights are the
// sum of perceptrons trained with different seeds (an ensemble that costs
// no more than one model a decision: the scores of linear models add).
//
// Thread-safe: a loaded Parser is immutable; Process() may run on many
// threads at once.
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

struct ParserTrainConfig {
  int epochs = 0;  // 0: the default
  uint64_t seed = 1;
  bool quiet = false;
  // Averaged weights smaller than this are dropped from the model: on EWT
  // half the features and none of the accuracy (features updated once or
  // twice). A treebank of a few sentences needs 0: all its weights are small.
  float prune_below = 1.0f;
  // Perceptrons trained with seeds seed, seed + 1, ... (in parallel) whose
  // weights are summed into the model: greedy parsers that saw the trees in
  // different orders make fewer errors together than either alone, and the
  // sum of linear models scores as their ensemble at the cost of one.
  int members = 2;
  // Relations of each direction with a move class of their own (the most
  // frequent ones); the rest share one class and the labeller. Left arcs
  // get this many, right arcs this many less one beside "root".
  int move_labels = 6;
  ClusterTable clusters;  // word clusters as features (may be empty)
};

struct ParseScores {
  size_t tokens = 0, uas = 0, las = 0;
  double Uas() const { return tokens ? static_cast<double>(uas) / tokens : 0.0; }
  double Las() const { return tokens ? static_cast<double>(las) / tokens : 0.0; }
};

class Parser : public Stage {
 public:
  // Throws parley::Error naming `path` when it cannot be read or is not a
  // parser model of a supported version.
  static std::unique_ptr<Parser> Load(const std::string& path);
  // Trains on `train`: its tokens carry the tags the parser will see (the
  // tagger's, jackknifed) and the gold heads and relations. Prints one line
  // per epoch with the score on `dev` (tagged likewise) unless quiet.
  // Deterministic for a seed. Throws parley::Error(kInvalidArgument) when
  // `train` has no trees.
  static std::unique_ptr<Parser> Train(const Document& train, const Document* dev,
                                       const ParserTrainConfig& config);
  // Writes the model (atomically). Throws parley::Error on I/O failure.
  void Save(const std::string& path) const;

  std::string_view name() const override { return "parser"; }
  std::string version() const override;
  void Process(Document* doc) const override;
  // Parses one sentence of `doc` (its tokens' forms and XPOS).
  void ParseSentence(Document* doc, const Sentence& sentence) const;

  // Parses a copy of `doc` (its own tags) and counts agreement with its
  // gold heads and relations (punctuation included).
  ParseScores Evaluate(const Document& doc) const;

  size_t features() const { return moves_.features() + labeller_.features(); }
  const std::vector<std::string>& labels() const { return labels_; }

  Parser() = default;

 private:
  friend struct ParserAccess;
  std::vector<std::string> labels_;  // relation names; labels_[0] = "root"
  std::vector<std::string> tags_;    // XPOS|UPOS names, sorted (tag id = index + 1)
  // The move classes: class c is move move_[c] (SHIFT, LEFT, RIGHT) with
  // relation label_[c], or -1 (SHIFT, and the arcs whose relation the
  // labeller gives). Class 0 is SHIFT.
  std::vector<uint8_t> move_;
  std::vector<int16_t> label_;
  // Which relations the labeller may give: bit 0 of label_dirs_[l] when
  // relation l goes to arcs of LEFT's "other" class, bit 1 of RIGHT's.
  std::vector<uint8_t> label_dirs_;
  LinearModel moves_;     // the move classes
  LinearModel labeller_;  // the relations
  ClusterTable clusters_;
};

}  // namespace parley::nlp
