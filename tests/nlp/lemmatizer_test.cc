// The lemmatizer: learned from a tiny treebank (exceptions and suffix rules
// that generalise), the shipped model on irregular verbs, plurals,
// contractions and proper nouns, and its score on the model card's EWT dev
// sample.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "base/error.h"
#include "nlp/conllu.h"
#include "nlp/lemmatizer.h"
#include "nlp_test_util.h"
#include "tiny_treebank.h"

using namespace parley::nlp;
using parley::testing::ShippedLemmatizer;

TEST_CASE("lemmatizer: learns exceptions and suffix rules from a tiny treebank") {
  const Document train = ParseConllu(parley::testing::kTinyTreebank);
  auto l = Lemmatizer::Train(train);
  CHECK(l->Evaluate(train).Accuracy() == 1.0);
  // Irregular forms seen in training.
  CHECK(l->Lemma("went", "VBD") == "go");
  CHECK(l->Lemma("was", "VBD") == "be");
  CHECK(l->Lemma("n't", "RB") == "not");
  // Unseen regular forms: the "-ed" and "-ies" rules of several words.
  CHECK(l->Lemma("kicked", "VBD") == "kick");
  CHECK(l->Lemma("Talked", "VBD") == "talk");
  // Proper nouns keep their form; other words are lower-cased.
  CHECK(l->Lemma("Moscow", "NNP") == "Moscow");
  CHECK(l->Lemma("THE", "DT") == "the");

  parley::testing::TempDir dir;
  l->Save(dir.File("l.bin.gz"));
  auto loaded = Lemmatizer::Load(dir.File("l.bin.gz"));
  CHECK(loaded->Lemma("went", "VBD") == "go");
  CHECK(loaded->Lemma("kicked", "VBD") == "kick");
  Document doc = parley::testing::DocFromWords({"They", "walked", "."});
  doc.tokens[0].xpos = "PRP";
  doc.tokens[1].xpos = "VBD";
  doc.tokens[2].xpos = ".";
  loaded->Process(&doc);
  CHECK(doc.tokens[0].lemma == "they");
  CHECK(doc.tokens[1].lemma == "walk");
  CHECK(doc.tokens[2].lemma == ".");
}

TEST_CASE("lemmatizer: training data without lemmas and a bad model file are errors") {
  Document none = parley::testing::DocFromWords({"a", "b"});
  CHECK_THROWS_AS(Lemmatizer::Train(none), parley::Error);
  parley::testing::TempDir dir;
  std::ofstream(dir.File("junk.bin")) << "junk";
  CHECK_THROWS_WITH_AS(Lemmatizer::Load(dir.File("junk.bin")), doctest::Contains("junk.bin"),
                       parley::Error);
}

TEST_CASE("lemmatizer: the shipped model on irregular verbs, plurals and contractions") {
  const Lemmatizer* l = ShippedLemmatizer();
  if (l == nullptr) return;
  CHECK(l->Lemma("went", "VBD") == "go");
  CHECK(l->Lemma("was", "VBD") == "be");
  CHECK(l->Lemma("were", "VBD") == "be");
  CHECK(l->Lemma("'s", "VBZ") == "be");
  CHECK(l->Lemma("'s", "POS") == "'s");
  CHECK(l->Lemma("n't", "RB") == "not");
  CHECK(l->Lemma("'ll", "MD") == "will");
  CHECK(l->Lemma("said", "VBD") == "say");
  CHECK(l->Lemma("taken", "VBN") == "take");
  CHECK(l->Lemma("children", "NNS") == "child");
  CHECK(l->Lemma("cities", "NNS") == "city");
  CHECK(l->Lemma("boxes", "NNS") == "box");
  CHECK(l->Lemma("better", "JJR") == "good");
  CHECK(l->Lemma("I", "PRP") == "I");
  CHECK(l->Lemma("The", "DT") == "the");
  CHECK(l->Lemma("Russia", "NNP") == "Russia");
  CHECK(l->Lemma("States", "NNPS") == "State");
  CHECK(l->Lemma("1,100", "CD") == "1100");
  // Words the treebank never saw, by the rules of their tag.
  CHECK(l->Lemma("sanctioned", "VBD") == "sanction");
  CHECK(l->Lemma("escalating", "VBG") == "escalate");
  CHECK(l->Lemma("oligarchs", "NNS") == "oligarch");
}

TEST_CASE("lemmatizer: the shipped model reproduces its model card's dev sample score") {
  const Lemmatizer* l = ShippedLemmatizer();
  const Document sample = parley::testing::EwtDevSample(400);
  if (l == nullptr || sample.tokens.empty()) return;
  std::ostringstream got;
  got.setf(std::ios::fixed);
  got.precision(4);
  got << "lemma " << l->Evaluate(sample).Accuracy();
  // models/README.md, lemmatizer card: "EWT dev sample (first 400 sentences),
  // gold tags".
  CHECK(got.str() == "lemma 0.9920");
}
