// CoNLL-U reading and writing: offsets rebuilt from SpaceAfter, multiword
// tokens, NER spans, and clear errors on malformed input.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "base/error.h"
#include "nlp/conllu.h"
#include "nlp/model_io.h"
#include "test_util.h"

using namespace parley::nlp;

namespace {

const char* kTwoSentences =
    "# sent_id = s1\n"
    "# text = I don't know.\n"
    "1\tI\tI\tPRON\tPRP\tCase=Nom\t4\tnsubj\t4:nsubj\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t4:aux\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_\n"
    "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_\n"
    "\n"
    "# sent_id = s2\n"
    "1\tZürich\t_\t_\t_\t_\t_\t_\t_\tNER=B-LOC\n"
    "2\tBank\t_\t_\t_\t_\t_\t_\t_\tNER=I-ORG\n"
    "3\tfell\t_\t_\t_\t_\t_\t_\t_\tNER=O\n"
    "\n";

// Does parsing `text` fail with a parley::Error whose message holds `needle`?
bool fails(const std::string& text, const std::string& needle) {
  try {
    ParseConllu(text);
    return false;
  } catch (const parley::Error& e) {
    return std::string(e.what()).find(needle) != std::string::npos;
  }
}

}  // namespace

TEST_CASE("conllu: text, byte and code-point offsets are rebuilt from forms and SpaceAfter") {
  Document d = ParseConllu(kTwoSentences);
  REQUIRE(d.sentences.size() == 2);
  CHECK(d.text == "I don't know.\nZürich Bank fell");
  REQUIRE(d.tokens.size() == 8);
  CHECK(d.TokenText(1) == "do");
  CHECK(d.TokenText(2) == "n't");
  CHECK(d.TokenText(4) == ".");
  CHECK(d.tokens[3].space_after == false);
  // "Zürich" is 7 bytes but 6 code points.
  CHECK(d.tokens[5].begin == 14);
  CHECK(d.tokens[5].end == 21);
  CHECK(d.tokens[5].cp_begin == 14);
  CHECK(d.tokens[5].cp_end == 20);
  CHECK(d.tokens[6].cp_begin == 21);
}

TEST_CASE("conllu: heads are document token indices, root is -1 with deprel root") {
  Document d = ParseConllu(kTwoSentences);
  CHECK(d.tokens[0].head == 3);
  CHECK(d.tokens[3].head == -1);
  CHECK(d.tokens[3].deprel == "root");
  CHECK(d.tokens[0].upos == Upos::kPron);
  CHECK(d.tokens[2].lemma == "not");
  // Unannotated columns stay empty.
  CHECK(d.tokens[5].deprel.empty());
  CHECK(d.tokens[5].upos == Upos::kUnknown);
  CHECK(d.SentenceOf(0) == 0);
  CHECK(d.SentenceOf(7) == 1);
}

TEST_CASE("conllu: IOB1 tags become spans, a type change starts a new span") {
  Document d = ParseConllu(kTwoSentences);
  REQUIRE(d.entities.size() == 2);
  CHECK(d.entities[0].label == "LOC");
  CHECK(d.entities[0].token_begin == 5);
  CHECK(d.entities[0].token_end == 6);
  CHECK(d.entities[1].label == "ORG");
  CHECK(d.entities[1].token_begin == 6);
  d.TagsFromEntities();
  CHECK(d.tokens[6].ner == "B-ORG");
  CHECK(d.tokens[7].ner == "O");
}

TEST_CASE("conllu: written out and read back unchanged") {
  Document d = ParseConllu(kTwoSentences);
  ConlluWriteOptions o;
  o.token_range = false;
  const std::string out = ToConllu(d, o);
  CHECK(out.find("2-3\tdon't\t") != std::string::npos);
  CHECK(out.find("4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n") != std::string::npos);
  Document again = ParseConllu(out);
  CHECK(again.text == d.text);
  REQUIRE(again.tokens.size() == d.tokens.size());
  for (size_t i = 0; i < d.tokens.size(); ++i) {
    CHECK(again.tokens[i].begin == d.tokens[i].begin);
    CHECK(again.tokens[i].head == d.tokens[i].head);
    CHECK(again.tokens[i].deprel == d.tokens[i].deprel);
  }
  CHECK(ToConllu(again, o) == out);
}

TEST_CASE("conllu: TokenRange counts code points") {
  Document d = ParseConllu(kTwoSentences);
  const std::string out = ToConllu(d);
  CHECK(out.find("Zürich\t_\t_\t_\t_\t_\t_\t_\tNER=B-LOC|TokenRange=14:20") != std::string::npos);
}

TEST_CASE("conllu: malformed input is one error naming the line") {
  CHECK(fails("1\tword\n", "line 1"));
  CHECK(fails("1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n3\tb\t_\t_\t_\t_\t1\tdep\t_\t_\n", "line 2"));
  CHECK(fails("1\ta\t_\t_\t_\t_\t5\troot\t_\t_\n\n", "outside"));
  CHECK(fails("1\ta\t_\tNOPE\t_\t_\t_\t_\t_\t_\n", "UPOS"));
  CHECK(fails("1\ta\t_\t_\t_\t_\t-2\tx\t_\t_\n", "HEAD"));
  // Empty input is no sentences, not an error.
  CHECK(ParseConllu("").sentences.empty());
}

TEST_CASE("conllu: multiword ranges beyond the sentence or overlapping are errors (fuzz finds)") {
  // fuzz/corpus/conllu/crash-mwt-beyond-sentence: "2-6" over four words was
  // written out past the last token.
  CHECK(
      fails("1\ta\t_\t_\t_\t_\t_\t_\t_\t_\n2-6\tbc\t_\t_\t_\t_\t_\t_\t_\t_\n"
            "2\tb\t_\t_\t_\t_\t_\t_\t_\t_\n\n",
            "beyond the sentence"));
  CHECK(fails("1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n\n", "beyond the sentence"));
  CHECK(
      fails("1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\t_\t_\t_\t_\t_\t_\t_\t_\n"
            "2-3\tbc\t_\t_\t_\t_\t_\t_\t_\t_\n2\tb\t_\t_\t_\t_\t_\t_\t_\t_\n"
            "3\tc\t_\t_\t_\t_\t_\t_\t_\t_\n\n",
            "line 3"));
}

TEST_CASE("conllu: files are read gzip-compressed or plain") {
  parley::testing::TempDir dir;
  const std::string plain = dir.File("a.conllu");
  {
    std::ofstream f(plain);
    f << kTwoSentences;
  }
  CHECK(ReadConlluFile(plain).tokens.size() == 8);
  CHECK_THROWS_AS(ReadConlluFile(dir.File("missing.conllu")), parley::Error);
}

TEST_CASE("conllu: the EWT dev treebank reads whole, every token's text is its form") {
  const auto shared = parley::testing::SharedDir();
  if (shared.empty()) return;  // ../shared absent: nothing to read
  Document d = ReadConlluFile((shared / "nlp/ewt/en_ewt-ud-dev.conllu.gz").string());
  CHECK(d.sentences.size() == 2001);
  CHECK(d.tokens.size() == 25147);
  size_t mismatched = 0;
  for (size_t i = 0; i < d.tokens.size(); ++i) {
    // Words of a multiword token whose forms do not spell it cover all of it.
    if (d.TokenText(i) != d.tokens[i].form) ++mismatched;
    CHECK(d.tokens[i].head < static_cast<int32_t>(d.tokens.size()));
  }
  CHECK(mismatched < 20);
  const std::string round = ToConllu(d);
  CHECK(ParseConllu(round).tokens.size() == d.tokens.size());
}
