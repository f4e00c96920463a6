// The parser's transition system, features and dynamic oracle, shared by
// parsing (parser.cc) and training (parser_train.cc). Internal to the
// parser.
//
// Arc-hybrid with the root at the bottom of the stack: SHIFT moves the
// front of the buffer b0 onto the stack; LEFT pops s0 as a dependent of b0;
// RIGHT pops s0 as a dependent of s1. RIGHT onto the root is allowed only as
// the last transition, so every sentence gets exactly one root.
//
// Thread-safe: pure functions over a State that belongs to one thread.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/cluster_table.h"
#include "nlp/parser.h"

namespace parley::nlp::parser_internal {

enum Move : int { kShift = 0, kLeft = 1, kRight = 2 };
inline constexpr int kMoves = 3;
inline constexpr int kNone = -1;

// What the features know of a token; the root and "no token" have their own.
struct Word {
  uint64_t w = 0;       // lower-cased, digit-folded form (hash)
  uint64_t p = 0;       // XPOS id
  uint64_t wp = 0;      // w and p together
  uint64_t c = 0;       // word cluster (6-bit prefix id), 0 when none
  uint64_t cw = 0;      // whole cluster path id, 0 when none
  uint64_t suffix = 0;  // last three letters, lower-cased (hash)
  bool punct = false;
  uint32_t puncts_before = 0;  // punctuation tokens before this one
};

// The tag the parser reads: the joint XPOS|UPOS the tagger predicts (UPOS
// tells auxiliaries, subordinators and particles apart where Penn tags do
// not), written into *out.
void TagKey(const Token& token, std::string* out);

// Fills `words` (n + 1 entries: the sentence's tokens then the root) from
// forms and XPOS ids.
void DescribeWords(const std::vector<std::string_view>& forms, const std::vector<int>& tags,
                   const ClusterTable& clusters, const std::vector<uint8_t>& punct,
                   std::vector<Word>* words);

struct State {
  int n = 0;  // tokens; the root is token n
  std::vector<int> stack;
  int b = 0;  // front of the buffer
  std::vector<int> head, label;
  std::vector<int> lc1, lc2, rc1, rc2;  // leftmost / rightmost children, kNone
  std::vector<uint8_t> nl, nr;          // numbers of left / right children
  std::vector<uint64_t> lset, rset;     // relation sets of left / right children

  void Reset(int tokens);
  int s(int i) const {  // i-th from the top of the stack (0 = s0), kNone
    return static_cast<int>(stack.size()) > i ? stack[stack.size() - 1 - i] : kNone;
  }
  int buffer(int i) const { return b + i < n ? b + i : kNone; }
  bool Terminal() const { return b >= n && stack.size() == 1; }
  bool Legal(int move) const {
    switch (move) {
      case kShift:
        return b < n;
      case kLeft:
        return stack.size() > 1 && b < n;
      default:  // kRight: onto the root only as the last move
        return stack.size() > 2 || (stack.size() == 2 && b >= n);
    }
  }
  // The arc the move makes: {head, dependent}, or {kNone, kNone} for SHIFT.
  std::pair<int, int> Arc(int move) const {
    if (move == kLeft) return {b, stack.back()};
    if (move == kRight) return {stack[stack.size() - 2], stack.back()};
    return {kNone, kNone};
  }
  // Applies a legal move; an arc gets relation `rel`.
  void Apply(int move, int rel);
};

// The transition features of the state: ids into out[0..count), returned.
inline constexpr int kMaxFeatures = 128;
int TransitionFeatures(const State& st, const std::vector<Word>& words, uint64_t* out);
// Whether move class (move, label) may be taken: the move is legal, and the
// relation is "root" (label 0) exactly when the head is the root (-1: a
// relation the labeller gives, never "root").
inline bool LegalClass(const State& st, int move, int label) {
  if (!st.Legal(move)) return false;
  if (move == kShift) return true;
  return (st.Arc(move).first == st.n) == (label == 0);
}

// The labeller's features for the arc head -> dep that a move is about to
// make (dep complete, head not yet): ids into out[0..count), returned.
inline constexpr int kMaxLabelFeatures = 64;
int LabelFeatures(const State& st, const std::vector<Word>& words, int head, int dep,
                  uint64_t* out);

// The best-scoring relation of `scores` (one per relation) that `dirs` (as
// Parser::label_dirs_) allows on an arc head -> dep; 1 when it allows none.
int BestLabel(const std::vector<uint8_t>& dirs, int head, int dep, const float* scores);

// The relation the labeller gives the arc head -> dep of a state: "root"
// (0) from the root, else the best-scoring relation allowed in the arc's
// direction (`dirs` as Parser::label_dirs_; 1 when none is). `scores` has room for one
// score per relation and is overwritten.
int ChooseLabel(const LinearModel& labeller, const std::vector<uint8_t>& dirs, const State& st,
                const std::vector<Word>& words, int head, int dep, float* scores);

// The dynamic oracle: how many gold arcs (gold[d] = head of d, n = root)
// the move makes unreachable. Exact for projective gold trees.
int MoveCost(const State& st, int move, const std::vector<int>& gold);

// Lifts arcs of a tree (heads[d], n = root) until it is projective (the
// lifted token takes its head's head); returns the number of lifts.
int Projectivize(std::vector<int>* heads);

}  // namespace parley::nlp::parser_internal

namespace parley::nlp {

// The trainer's way into a Parser's model.
struct ParserAccess {
  static std::vector<std::string>& labels(Parser& p) { return p.labels_; }
  static std::vector<std::string>& tags(Parser& p) { return p.tags_; }
  static std::vector<uint8_t>& move(Parser& p) { return p.move_; }
  static std::vector<int16_t>& label(Parser& p) { return p.label_; }
  static std::vector<uint8_t>& label_dirs(Parser& p) { return p.label_dirs_; }
  static LinearModel& moves(Parser& p) { return p.moves_; }
  static LinearModel& labeller(Parser& p) { return p.labeller_; }
  static ClusterTable& clusters(Parser& p) { return p.clusters_; }
};

}  // namespace parley::nlp
