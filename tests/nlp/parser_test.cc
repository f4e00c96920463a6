// The parser: the transition system and its dynamic oracle, training on a
// tiny treebank end to end, the shipped models (tagger, then parser) on a
// passive, a coordination, a relative clause and a "that" complement, and
// the shipped model's score on the model card's EWT test sample.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "base/error.h"
#include "nlp/conllu.h"
#include "nlp/model_io.h"
#include "nlp/parser.h"
#include "nlp/parser_internal.h"
#include "nlp/train.h"
#include "nlp_test_util.h"
#include "tiny_treebank.h"

using namespace parley::nlp;
using namespace parley::nlp::parser_internal;
using parley::testing::DocFromWords;

namespace {

// Heads of a sentence as the transition system counts them (n = root).
std::vector<int> GoldHeads(const Document& doc, const Sentence& s) {
  std::vector<int> heads;
  for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
    const int h = doc.tokens[t].head;
    heads.push_back(h < 0 ? static_cast<int>(s.size()) : h - static_cast<int>(s.token_begin));
  }
  return heads;
}

// Follows the oracle (a zero-cost move, preferring SHIFT, then LEFT) and
// returns the heads it builds.
std::vector<int> FollowOracle(const std::vector<int>& gold) {
  State st;
  st.Reset(static_cast<int>(gold.size()));
  while (!st.Terminal()) {
    int move = -1;
    for (int m : {kShift, kLeft, kRight})
      if (move < 0 && st.Legal(m) && MoveCost(st, m, gold) == 0) move = m;
    REQUIRE(move >= 0);
    st.Apply(move, move == kShift ? -1 : 1);
  }
  return std::vector<int>(st.head.begin(), st.head.begin() + static_cast<long>(gold.size()));
}

bool Projective(const std::vector<int>& heads) {
  const int n = static_cast<int>(heads.size());
  for (int d = 0; d < n; ++d) {
    const int h = heads[d];
    if (h == n) continue;
    for (int x = std::min(d, h) + 1; x < std::max(d, h); ++x) {
      int y = x;
      for (int steps = 0; y != h && y != n && steps <= n; ++steps) y = heads[y];
      if (y != h) return false;
    }
  }
  return true;
}

// The relation and head (as a word) of token `i` of a parsed sentence.
std::string Arc(const Document& doc, size_t i) {
  const Token& t = doc.tokens[i];
  return t.deprel + "(" + (t.head < 0 ? std::string("ROOT") : doc.tokens[t.head].form) + ", " +
         t.form + ")";
}

}  // namespace

TEST_CASE("parser: the dynamic oracle rebuilds projective gold trees exactly") {
  // Hand-made: "a b c d e" with arcs left and right and a root in the middle.
  const std::vector<int> tree = {1, 5, 1, 4, 1};  // 5 = root
  CHECK(FollowOracle(tree) == tree);
  const Document tiny = ParseConllu(parley::testing::kTinyTreebank);
  for (const Sentence& s : tiny.sentences) {
    const std::vector<int> gold = GoldHeads(tiny, s);
    CHECK(FollowOracle(gold) == gold);
  }
  const auto shared = parley::testing::SharedDir();
  if (shared.empty()) return;
  const Document sample = parley::testing::EwtDevSample(300);
  int checked = 0;
  for (const Sentence& s : sample.sentences) {
    std::vector<int> gold = GoldHeads(sample, s);
    if (!Projective(gold)) continue;
    CHECK(FollowOracle(gold) == gold);
    ++checked;
  }
  CHECK(checked > 250);
}

TEST_CASE("parser: move costs count the gold arcs a move loses") {
  // "a b c": a <- b -> c, b is the root (index 3 = root).
  const std::vector<int> gold = {1, 3, 1};
  State st;
  st.Reset(3);
  st.Apply(kShift, -1);                    // stack: root a; buffer: b c
  CHECK(MoveCost(st, kLeft, gold) == 0);   // a <- b is gold
  CHECK(MoveCost(st, kRight, gold) == 1);  // root -> a loses a's head b
  // b on top of a: a can no longer take b as head (only a buffer front can be a
  // LEFT head), and b can no longer reach the root below a.
  CHECK(MoveCost(st, kShift, gold) == 2);
  CHECK(!st.Legal(kRight));  // RIGHT onto the root only as the last move
  st.Apply(kLeft, 1);
  st.Apply(kShift, -1);  // stack: root b; buffer: c
  CHECK(MoveCost(st, kShift, gold) == 0);
  st.Apply(kShift, -1);                    // stack: root b c
  CHECK(MoveCost(st, kRight, gold) == 0);  // b -> c
  st.Apply(kRight, 1);
  CHECK(st.Legal(kRight));
  st.Apply(kRight, 0);
  CHECK(st.Terminal());
  CHECK(st.head == std::vector<int>{1, 3, 1, -1});
}

TEST_CASE("parser: projectivising lifts crossing arcs until none cross") {
  // Token 1 is the root (index 4); 2 -> 0 spans 1, which 2 does not
  // dominate: the arc is lifted to 2's head, 1.
  std::vector<int> heads = {2, 4, 1, 1};
  CHECK(!Projective(heads));
  CHECK(Projectivize(&heads) == 1);
  CHECK(heads == std::vector<int>{1, 4, 1, 1});
  CHECK(Projective(heads));
}

TEST_CASE("parser: trains on a tiny treebank, saves, loads and parses") {
  const Document train = ParseConllu(parley::testing::kTinyTreebank);
  ParserTrainConfig config;
  config.epochs = 8;
  config.quiet = true;
  config.prune_below = 0.0f;  // twelve sentences: every averaged weight is small
  auto parser = Parser::Train(train, nullptr, config);
  const ParseScores s = parser->Evaluate(train);
  CHECK(s.Uas() > 0.95);
  CHECK(s.Las() > 0.9);
  // The default is an ensemble of two, joined into one table; one member
  // alone learns the treebank too, from fewer features.
  CHECK(config.members == 2);
  ParserTrainConfig single = config;
  single.members = 1;
  auto one = Parser::Train(train, nullptr, single);
  CHECK(one->Evaluate(train).Uas() > 0.95);
  CHECK(one->features() < parser->features());
  parley::testing::TempDir dir;
  parser->Save(dir.File("p.bin.gz"));
  auto loaded = Parser::Load(dir.File("p.bin.gz"));
  CHECK(loaded->Evaluate(train).Las() == s.Las());
  // A new sentence of known words and tags.
  Document doc = ParseConllu(
      "1\tThe\t_\tDET\tDT\t_\t_\t_\t_\t_\n"
      "2\tpresident\t_\tNOUN\tNN\t_\t_\t_\t_\t_\n"
      "3\tsigned\t_\tVERB\tVBD\t_\t_\t_\t_\t_\n"
      "4\tthe\t_\tDET\tDT\t_\t_\t_\t_\t_\n"
      "5\toffer\t_\tNOUN\tNN\t_\t_\t_\t_\t_\n\n");
  loaded->Process(&doc);
  CHECK(Arc(doc, 1) == "nsubj(signed, president)");
  CHECK(Arc(doc, 2) == "root(ROOT, signed)");
  CHECK(Arc(doc, 4) == "obj(signed, offer)");
  // Every token gets a head and a relation, one root per sentence.
  int roots = 0;
  for (const auto& t : doc.tokens) {
    CHECK(!t.deprel.empty());
    roots += t.head < 0;
  }
  CHECK(roots == 1);
  // The same seed trains the same model, byte for byte.
  Parser::Train(train, nullptr, config)->Save(dir.File("twin.bin.gz"));
  CHECK(ReadMaybeGzipped(dir.File("p.bin.gz")) == ReadMaybeGzipped(dir.File("twin.bin.gz")));
}

TEST_CASE("parser: `parley train parser --members N` trains an ensemble of N") {
  // TrainParser is what the command runs: jackknifed tags, then the members.
  parley::testing::TempDir dir;
  const std::string train = dir.File("train.conllu");
  {
    std::ofstream f(train);
    f << parley::testing::kTinyTreebank;
  }
  TrainOptions o;
  o.train = train;
  o.epochs = 3;
  o.quiet = true;
  o.members = 1;
  o.out = dir.File("one.bin.gz");
  TrainParser(o);
  o.members = 3;
  o.out = dir.File("three.bin.gz");
  TrainParser(o);
  // Members of other seeds add features of their own to the joined table.
  CHECK(Parser::Load(dir.File("one.bin.gz"))->features() <
        Parser::Load(dir.File("three.bin.gz"))->features());
}

TEST_CASE("parser: move classes name each direction's frequent relations, the labeller the rest") {
  const Document train = ParseConllu(parley::testing::kTinyTreebank);
  ParserTrainConfig config;
  config.epochs = 8;
  config.quiet = true;
  config.prune_below = 0.0f;
  config.members = 1;
  config.move_labels = 2;
  auto parser = Parser::Train(train, nullptr, config);
  const auto& move = ParserAccess::move(*parser);
  const auto& label = ParserAccess::label(*parser);
  const auto& dirs = ParserAccess::label_dirs(*parser);
  const auto& labels = parser->labels();
  // SHIFT; LEFT with two relations and "other"; RIGHT with "root", one
  // relation and "other".
  REQUIRE(move.size() == 7);
  CHECK(move == std::vector<uint8_t>{kShift, kLeft, kLeft, kLeft, kRight, kRight, kRight});
  CHECK(label[0] == -1);
  CHECK(label[3] == -1);
  CHECK(label[4] == 0);
  CHECK(label[6] == -1);
  CHECK(ParserAccess::moves(*parser).classes() == 7);
  CHECK(ParserAccess::labeller(*parser).classes() == static_cast<int>(labels.size()));
  // The tiny treebank's most frequent left relations are det and nsubj;
  // those get classes, and the labeller never gives them on the left.
  const auto id = [&](const std::string& r) {
    return static_cast<int>(std::find(labels.begin(), labels.end(), r) - labels.begin());
  };
  CHECK(labels[label[1]] == "det");
  CHECK(labels[label[2]] == "nsubj");
  CHECK((dirs[id("det")] & 1) == 0);
  CHECK((dirs[id("nsubj")] & 1) == 0);
  CHECK(dirs[0] == 0);  // "root" comes from its class alone
  // A relation of the right with no class of its own is the labeller's.
  CHECK((dirs[id("obj")] & 2) != 0);
  // The labeller learns the rest: the treebank is still parsed well.
  const ParseScores s = parser->Evaluate(train);
  CHECK(s.Uas() > 0.95);
  CHECK(s.Las() > 0.9);
  // ChooseLabel: "root" from the root, else a relation the direction allows.
  State st;
  st.Reset(3);
  std::vector<Word> words;
  DescribeWords({"Putin", "met", "Trump"}, {1, 2, 1}, ClusterTable(), {0, 0, 0}, &words);
  std::vector<float> scores(labels.size());
  const LinearModel& labeller = ParserAccess::labeller(*parser);
  CHECK(ChooseLabel(labeller, dirs, st, words, 3, 1, scores.data()) == 0);
  const int left = ChooseLabel(labeller, dirs, st, words, 1, 0, scores.data());
  const int right = ChooseLabel(labeller, dirs, st, words, 1, 2, scores.data());
  CHECK((dirs[left] & 1) != 0);
  CHECK((dirs[right] & 2) != 0);
}

TEST_CASE("parser: a model of the labelled-moves format 1 is refused with a way out") {
  parley::testing::TempDir dir;
  ModelWriter w("parley-parser", 1);
  w.Strs({"root", "nsubj"});
  w.Save(dir.File("old.bin.gz"));
  CHECK_THROWS_WITH_AS(Parser::Load(dir.File("old.bin.gz")),
                       doctest::Contains("parser model format 1 is no longer read (retrain it"),
                       parley::Error);
}

TEST_CASE("parser: loading something that is not a parser model fails with the path") {
  parley::testing::TempDir dir;
  ModelWriter w("parley-tagger", 1);
  w.Save(dir.File("t.bin.gz"));
  CHECK_THROWS_WITH_AS(Parser::Load(dir.File("t.bin.gz")),
                       doctest::Contains("not a parley-parser model"), parley::Error);
}

namespace {

// Tags and parses `words` with the shipped models; empty without them.
Document ShippedParse(const std::vector<std::string>& words) {
  const Tagger* tagger = parley::testing::ShippedTagger();
  const Parser* parser = parley::testing::ShippedParser();
  if (tagger == nullptr || parser == nullptr) return {};
  Document doc = DocFromWords(words);
  tagger->Process(&doc);
  parser->Process(&doc);
  return doc;
}

}  // namespace

TEST_CASE("parser: the shipped models on a passive, a coordination, a relative clause") {
  Document passive =
      ShippedParse({"The", "treaty", "was", "signed", "by", "both", "ministers", "."});
  if (passive.tokens.empty()) return;
  CHECK(Arc(passive, 1) == "nsubj:pass(signed, treaty)");
  CHECK(Arc(passive, 2) == "aux:pass(signed, was)");
  CHECK(Arc(passive, 3) == "root(ROOT, signed)");
  CHECK(Arc(passive, 6) == "obl:agent(signed, ministers)");

  Document coord = ShippedParse({"Russia", "and", "Ukraine", "signed", "the", "agreement", "."});
  CHECK(Arc(coord, 0) == "nsubj(signed, Russia)");
  CHECK(Arc(coord, 1) == "cc(Ukraine, and)");
  CHECK(Arc(coord, 2) == "conj(Russia, Ukraine)");
  CHECK(Arc(coord, 5) == "obj(signed, agreement)");

  Document rel = ShippedParse(
      {"The", "minister", "who", "resigned", "yesterday", "met", "the", "president", "."});
  CHECK(Arc(rel, 1) == "nsubj(met, minister)");
  CHECK(Arc(rel, 2) == "nsubj(resigned, who)");
  CHECK(Arc(rel, 3) == "acl:relcl(minister, resigned)");
  CHECK(Arc(rel, 7) == "obj(met, president)");

  Document that =
      ShippedParse({"Lavrov", "said", "that", "the", "talks", "would", "continue", "."});
  CHECK(Arc(that, 0) == "nsubj(said, Lavrov)");
  CHECK(Arc(that, 2) == "mark(continue, that)");
  CHECK(Arc(that, 4) == "nsubj(continue, talks)");
  CHECK(Arc(that, 6) == "ccomp(said, continue)");
}

TEST_CASE("parser: the shipped model reproduces its model card's test sample score") {
  const Parser* parser = parley::testing::ShippedParser();
  const Tagger* tagger = parley::testing::ShippedTagger();
  // Test, not dev: the shipped parser and tagger train on EWT train + dev.
  Document sample = parley::testing::EwtSample("test", 400);
  if (parser == nullptr || tagger == nullptr || sample.tokens.empty()) return;
  Document tagged = sample;
  tagger->Process(&tagged);  // gold heads stay; tags become the tagger's
  const ParseScores s = parser->Evaluate(tagged);
  std::ostringstream got;
  got.setf(std::ios::fixed);
  got.precision(4);
  got << "uas " << s.Uas() << " las " << s.Las();
  // models/README.md, parser card: "EWT test sample (first 400 sentences),
  // tags from the shipped tagger".
  CHECK(got.str() == "uas 0.8630 las 0.8238");
}
