// Parser: greedy arc-hybrid parsing with an arc labeller; model file I/O.
#include "nlp/parser.h"

#include <algorithm>

#include "base/error.h"
#include "nlp/parser_internal.h"

namespace parley::nlp {

using parser_internal::kLeft;
using parser_internal::kMaxFeatures;
using parser_internal::kMoves;
using parser_internal::kNone;
using parser_internal::kRight;
using parser_internal::kShift;
using parser_internal::State;
using parser_internal::Word;

namespace {

constexpr std::string_view kMagic = "parley-parser";
constexpr uint32_t kVersion = 1;

// The id of `xpos` in the sorted tag list `tags` (ids start at 1; 0 for
// an unknown tag).
int TagId(const std::vector<std::string>& sorted, std::string_view xpos) {
  auto it = std::lower_bound(sorted.begin(), sorted.end(), xpos,
                             [](const std::string& a, std::string_view b) { return a < b; });
  return it != sorted.end() && *it == xpos ? static_cast<int>(it - sorted.begin()) + 1 : 0;
}

}  // namespace

std::string Parser::version() const {
  return "parser/" + std::to_string(kVersion) + " labels=" + std::to_string(labels_.size());
}

void Parser::Process(Document* doc) const {
  for (const Sentence& s : doc->sentences) ParseSentence(doc, s);
}

void Parser::ParseSentence(Document* doc, const Sentence& sentence) const {
  const int n = static_cast<int>(sentence.size());
  if (n <= 0 || labels_.empty()) return;
  thread_local State st;
  thread_local std::vector<Word> words;
  thread_local std::vector<std::string_view> forms;
  thread_local std::vector<int> tags;
  thread_local std::vector<uint8_t> punct;
  thread_local std::vector<float> label_scores;
  forms.clear();
  tags.clear();
  punct.clear();
  for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
    const Token& tok = doc->tokens[t];
    forms.push_back(tok.form.empty() ? doc->TokenText(t) : std::string_view(tok.form));
    tags.push_back(TagId(tags_, tok.xpos));
    punct.push_back(tok.upos == Upos::kPunct);
  }
  parser_internal::DescribeWords(forms, tags, clusters_, punct, &words);
  st.Reset(n);
  const int labels = static_cast<int>(labels_.size());
  label_scores.resize(labels);
  uint64_t feats[kMaxFeatures];
  while (!st.Terminal()) {
    const int k = parser_internal::TransitionFeatures(st, words, feats);
    float scores[kMoves] = {0, 0, 0};
    transitions_.Score(std::span<const uint64_t>(feats, k), scores);
    int move = -1;
    for (int m = 0; m < kMoves; ++m)
      if (st.Legal(m) && (move < 0 || scores[m] > scores[move])) move = m;
    int rel = kNone;
    if (move != kShift) {
      const auto [head, dep] = st.Arc(move);
      if (head == n) {
        rel = 0;  // "root"
      } else {
        const int kl = parser_internal::LabelFeatures(st, words, head, dep, feats);
        std::fill(label_scores.begin(), label_scores.end(), 0.0f);
        labeller_.Score(std::span<const uint64_t>(feats, kl), label_scores.data());
        rel = 1;
        for (int l = 2; l < labels; ++l)
          if (label_scores[l] > label_scores[rel]) rel = l;
      }
    }
    st.Apply(move, rel);
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
  transitions_.Save(&w);
  labeller_.Save(&w);
  clusters_.Save(&w);
  w.Save(path);
}

std::unique_ptr<Parser> Parser::Load(const std::string& path) {
  ModelReader r(path, kMagic, kVersion);
  auto p = std::make_unique<Parser>();
  try {
    p->labels_ = r.Strs();
    p->tags_ = r.Strs();
    p->transitions_ = LinearModel::Load(&r);
    p->labeller_ = LinearModel::Load(&r);
    p->clusters_ = ClusterTable::Load(&r);
    r.ExpectEnd();
    if (p->labels_.size() < 2 || p->labels_[0] != "root" || p->labels_.size() > 64)
      throw Error(ErrorCode::kInvalidArgument, "bad relation list");
    if (!std::is_sorted(p->tags_.begin(), p->tags_.end()))
      throw Error(ErrorCode::kInvalidArgument, "tag list not sorted");
    if (p->transitions_.classes() != kMoves ||
        p->labeller_.classes() != static_cast<int>(p->labels_.size()))
      throw Error(ErrorCode::kInvalidArgument, "weights do not match the classes");
  } catch (const Error& e) {
    const std::string what = e.what();
    throw Error(ErrorCode::kInvalidArgument,
                what.rfind(path, 0) == 0 ? what : path + ": " + what);
  }
  return p;
}

}  // namespace parley::nlp
