// Parser: greedy arc-hybrid parsing, moves then labels; model file I/O.
#include "nlp/parser.h"

#include <algorithm>

#include "base/error.h"
#include "nlp/parser_internal.h"

namespace parley::nlp {

using parser_internal::kLeft;
using parser_internal::kMaxFeatures;
using parser_internal::kMoves;
using parser_internal::kRight;
using parser_internal::kShift;
using parser_internal::State;
using parser_internal::Word;

namespace {

constexpr std::string_view kMagic = "parley-parser";
// 2: move classes for the frequent relations and a labeller for the rest
// (1 had a class per move and relation).
constexpr uint32_t kVersion = 2;

// The id of `xpos` in the sorted tag list `tags` (ids start at 1; 0 for
// an unknown tag).
int TagId(const std::vector<std::string>& sorted, std::string_view xpos) {
  auto it = std::lower_bound(sorted.begin(), sorted.end(), xpos,
                             [](const std::string& a, std::string_view b) { return a < b; });
  return it != sorted.end() && *it == xpos ? static_cast<int>(it - sorted.begin()) + 1 : 0;
}

}  // namespace

std::string Parser::version() const {
  return "parser/" + std::to_string(kVersion) + " labels=" + std::to_string(labels_.size()) +
         " classes=" + std::to_string(move_.size());
}

void Parser::Process(Document* doc) const {
  for (const Sentence& s : doc->sentences) ParseSentence(doc, s);
}

void Parser::ParseSentence(Document* doc, const Sentence& sentence) const {
  const int n = static_cast<int>(sentence.size());
  if (n <= 0 || move_.empty()) return;
  thread_local State st;
  thread_local std::vector<Word> words;
  thread_local std::vector<std::string_view> forms;
  thread_local std::vector<int> tags;
  thread_local std::vector<uint8_t> punct;
  thread_local std::vector<float> label_scores;
  thread_local std::string tag;
  forms.clear();
  tags.clear();
  punct.clear();
  for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
    const Token& tok = doc->tokens[t];
    forms.push_back(tok.form.empty() ? doc->TokenText(t) : std::string_view(tok.form));
    parser_internal::TagKey(tok, &tag);
    tags.push_back(TagId(tags_, tag));
    punct.push_back(tok.upos == Upos::kPunct);
  }
  parser_internal::DescribeWords(forms, tags, clusters_, punct, &words);
  st.Reset(n);
  label_scores.resize(labels_.size());
  uint64_t feats[kMaxFeatures];
  const int classes = static_cast<int>(move_.size());
  float scores[LinearModel::kMaxCompactClasses];
  while (!st.Terminal()) {
    const int k = parser_internal::TransitionFeatures(st, words, feats);
    std::fill(scores, scores + classes, 0.0f);
    moves_.Score(std::span<const uint64_t>(feats, k), scores);
    // The legality of a class depends on its move and on whether its
    // relation is "root": checked once per move kind, not per class.
    const bool shift_ok = st.Legal(kShift);
    bool arc_ok[2][2];  // [left/right][label is root]
    for (int m = 0; m < 2; ++m) {
      const int move = m == 0 ? kLeft : kRight;
      const bool legal = st.Legal(move);
      const bool to_root = legal && st.Arc(move).first == n;
      arc_ok[m][0] = legal && !to_root;
      arc_ok[m][1] = legal && to_root;
    }
    int best = -1;
    for (int c = 0; c < classes; ++c) {
      const bool ok =
          move_[c] == kShift ? shift_ok : arc_ok[move_[c] == kLeft ? 0 : 1][label_[c] == 0];
      if (ok && (best < 0 || scores[c] > scores[best])) best = c;
    }
    int label = label_[best];
    if (move_[best] != kShift && label < 0) {
      const auto [head, dep] = st.Arc(move_[best]);
      label = parser_internal::ChooseLabel(labeller_, label_dirs_, st, words, head, dep,
                                           label_scores.data());
    }
    st.Apply(move_[best], label);
  }
  for (int i = 0; i < n; ++i) {
    Token& tok = doc->tokens[sentence.token_begin + i];
    const int h = st.head[i];
    tok.head = h == n || h < 0 ? -1 : static_cast<int32_t>(sentence.token_begin + h);
    tok.deprel = st.label[i] >= 0 ? labels_[st.label[i]] : labels_[0];
  }
}

ParseScores Parser::Evaluate(const Document& gold) const {
  Document doc = gold;
  for (Token& t : doc.tokens) {
    t.head = -1;
    t.deprel.clear();
  }
  Process(&doc);
  ParseScores s;
  for (size_t i = 0; i < gold.tokens.size(); ++i) {
    if (gold.tokens[i].deprel.empty()) continue;
    ++s.tokens;
    if (doc.tokens[i].head == gold.tokens[i].head) {
      ++s.uas;
      s.las += doc.tokens[i].deprel == gold.tokens[i].deprel;
    }
  }
  return s;
}

void Parser::Save(const std::string& path) const {
  ModelWriter w(kMagic, kVersion);
  w.Strs(labels_);
  w.Strs(tags_);
  std::vector<uint32_t> classes;
  for (size_t c = 0; c < move_.size(); ++c)
    classes.push_back(static_cast<uint32_t>(move_[c]) << 16 | static_cast<uint16_t>(label_[c]));
  w.U32s(classes);
  w.U32s(std::vector<uint32_t>(label_dirs_.begin(), label_dirs_.end()));
  moves_.Save(&w);
  labeller_.Save(&w);
  clusters_.Save(&w);
  w.Save(path);
}

std::unique_ptr<Parser> Parser::Load(const std::string& path) {
  ModelReader r(path, kMagic, kVersion);
  auto p = std::make_unique<Parser>();
  try {
    if (r.version() < kVersion)
      throw Error(ErrorCode::kInvalidArgument,
                  "parser model format " + std::to_string(r.version()) +
                      " is no longer read (retrain it: see models/README.md)");
    p->labels_ = r.Strs();
    p->tags_ = r.Strs();
    const auto classes = r.U32s();
    for (uint32_t d : r.U32s()) {
      if (d > 3) throw Error(ErrorCode::kInvalidArgument, "bad relation direction");
      p->label_dirs_.push_back(static_cast<uint8_t>(d));
    }
    p->moves_ = LinearModel::Load(&r);
    p->labeller_ = LinearModel::Load(&r);
    p->clusters_ = ClusterTable::Load(&r);
    r.ExpectEnd();
    if (p->labels_.size() < 2 || p->labels_[0] != "root" || p->labels_.size() > 64)
      throw Error(ErrorCode::kInvalidArgument, "bad relation list");
    if (!std::is_sorted(p->tags_.begin(), p->tags_.end()))
      throw Error(ErrorCode::kInvalidArgument, "tag list not sorted");
    if (p->label_dirs_.size() != p->labels_.size())
      throw Error(ErrorCode::kInvalidArgument, "relation directions do not match the relations");
    for (uint32_t c : classes) {
      const uint32_t move = c >> 16;
      const auto label = static_cast<int16_t>(c & 0xFFFF);
      if (move >= static_cast<uint32_t>(kMoves) || label < -1 ||
          label >= static_cast<int>(p->labels_.size()) || (move == kShift && label != -1))
        throw Error(ErrorCode::kInvalidArgument, "bad move class");
      p->move_.push_back(static_cast<uint8_t>(move));
      p->label_.push_back(label);
    }
    if (p->move_.empty() || p->move_[0] != kShift ||
        p->move_.size() > static_cast<size_t>(LinearModel::kMaxCompactClasses) ||
        p->moves_.classes() != static_cast<int>(p->move_.size()) ||
        p->labeller_.classes() != static_cast<int>(p->labels_.size()))
      throw Error(ErrorCode::kInvalidArgument, "weights do not match the classes");
  } catch (const Error& e) {
    const std::string what = e.what();
    throw Error(ErrorCode::kInvalidArgument, what.rfind(path, 0) == 0 ? what : path + ": " + what);
  }
  return p;
}

}  // namespace parley::nlp
