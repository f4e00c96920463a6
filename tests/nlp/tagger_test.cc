// The tagger: training on a tiny treebank end to end (deterministic, saved
// and loaded), the shipped model on hard cases, and the shipped model's
// score on the model card's EWT test sample.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "base/error.h"
#include "nlp/conllu.h"
#include "nlp/model_io.h"
#include "nlp/tagger.h"
#include "nlp_test_util.h"
#include "tiny_treebank.h"

using namespace parley::nlp;
using parley::testing::DocFromWords;
using parley::testing::ShippedTagger;
using parley::testing::Tags;

namespace {

std::string FileBytes(const std::string& path) { return ReadMaybeGzipped(path); }

}  // namespace

TEST_CASE("tagger: trains on a tiny treebank, saves, loads and tags new sentences") {
  const Document train = ParseConllu(parley::testing::kTinyTreebank);
  TaggerTrainConfig config;
  config.epochs = 6;
  config.quiet = true;
  auto tagger = Tagger::Train(train, nullptr, config);
  CHECK(tagger->Evaluate(train).Upos() > 0.95);

  parley::testing::TempDir dir;
  tagger->Save(dir.File("t.bin.gz"));
  auto loaded = Tagger::Load(dir.File("t.bin.gz"));
  // Known words in a new order.
  Document doc = DocFromWords({"The", "ministers", "signed", "the", "offer", "."});
  loaded->Process(&doc);
  CHECK(Tags(doc) == std::vector<std::string>{"The/DET/DT", "ministers/NOUN/NNS", "signed/VERB/VBD",
                                              "the/DET/DT", "offer/NOUN/NN", "./PUNCT/."});
  // FEATS come with the tags.
  CHECK(doc.tokens[1].feats == "Number=Plur");
  // The loaded model tags as the trained one does.
  Document again = DocFromWords({"The", "ministers", "signed", "the", "offer", "."});
  tagger->Process(&again);
  CHECK(Tags(again) == Tags(doc));

  // The same seed trains the same model, byte for byte.
  auto twin = Tagger::Train(train, nullptr, config);
  twin->Save(dir.File("twin.bin.gz"));
  CHECK(FileBytes(dir.File("t.bin.gz")) == FileBytes(dir.File("twin.bin.gz")));
}

TEST_CASE("tagger: a sentence of unknown words and an empty sentence do not break it") {
  const Document train = ParseConllu(parley::testing::kTinyTreebank);
  TaggerTrainConfig config;
  config.epochs = 2;
  config.quiet = true;
  auto tagger = Tagger::Train(train, nullptr, config);
  Document doc = DocFromWords({"Zyxw", "qqq-17", "\xC3\xA9t\xC3\xA9", std::string(300, 'x')});
  tagger->Process(&doc);
  for (const auto& t : doc.tokens) CHECK(!t.xpos.empty());
  Document empty;
  tagger->Process(&empty);
  CHECK(empty.tokens.empty());
}

TEST_CASE("tagger: loading something that is not a tagger model fails with the path") {
  parley::testing::TempDir dir;
  std::ofstream(dir.File("junk.bin")) << "not a model at all";
  CHECK_THROWS_WITH_AS(Tagger::Load(dir.File("junk.bin")), doctest::Contains("junk.bin"),
                       parley::Error);
  ModelWriter w("parley-parser", 1);
  w.Save(dir.File("parser.bin.gz"));
  CHECK_THROWS_WITH_AS(Tagger::Load(dir.File("parser.bin.gz")),
                       doctest::Contains("not a parley-tagger model"), parley::Error);
}

TEST_CASE("tagger: the shipped model on hard cases") {
  const Tagger* tagger = ShippedTagger();
  if (tagger == nullptr) return;  // no committed model in this checkout
  Document doc = DocFromWords({"The", "U.S.", "will", "not", "sanction", "Russia", "."});
  tagger->Process(&doc);
  CHECK(Tags(doc) == std::vector<std::string>{"The/DET/DT", "U.S./PROPN/NNP", "will/AUX/MD",
                                              "not/PART/RB", "sanction/VERB/VB", "Russia/PROPN/NNP",
                                              "./PUNCT/."});
  // An all-caps headline: the verb and the preposition are still found.
  Document caps = DocFromWords({"RUSSIA", "WARNS", "UKRAINE", "OVER", "GAS", "PRICES"});
  tagger->Process(&caps);
  CHECK(caps.tokens[1].upos == Upos::kVerb);
  CHECK(caps.tokens[3].upos == Upos::kAdp);
  CHECK(caps.tokens[5].upos == Upos::kNoun);
  // Contractions as the tokenizer splits them.
  Document neg = DocFromWords({"They", "do", "n't", "agree", "."});
  tagger->Process(&neg);
  CHECK(neg.tokens[1].upos == Upos::kAux);
  CHECK(neg.tokens[2].xpos == "RB");
  CHECK(neg.tokens[3].upos == Upos::kVerb);
}

TEST_CASE("tagger: the shipped model reproduces its model card's test sample score") {
  const Tagger* tagger = ShippedTagger();
  // Test, not dev: the shipped tagger trains on EWT train + dev.
  const Document sample = parley::testing::EwtSample("test", 400);
  if (tagger == nullptr || sample.tokens.empty()) return;
  const TagScores s = tagger->Evaluate(sample);
  std::ostringstream got;
  got.setf(std::ios::fixed);
  got.precision(4);
  got << "upos " << s.Upos() << " xpos " << s.Xpos();
  // models/README.md, tagger card: "EWT test sample (first 400 sentences)".
  CHECK(got.str() == "upos 0.9649 xpos 0.9623");
}
