// The event coder, construction by construction, on real sentences whose
// dependency parses are written by hand (UD conventions, as the trained
// parser gives them), so that these tests check the coding semantics and not
// the parser's accuracy. The dictionaries are small snippets in PETRARCH2's
// formats.
#include <doctest/doctest.h>

#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "extract/coder.h"
#include "nlp/conllu.h"

using namespace parley::extract;

namespace {

const char* kVerbs =
    "--- ATTACK [190] ---\n"
    "ATTACK\n"
    "--- ACCUSE [112] ---\n"
    "ACCUSE\n"
    "--- SAY [010] ---\n"
    "SAY {SAID}\n"
    "--- CONDEMN [122] ---\n"
    "CONDEMN\n"
    "- REFUSED_TO * [128]\n"
    "--- CRITICIZE [121] ---\n"
    "CRITICIZE\n"
    "--- MEET [031:031] ---\n"
    "MEET {MET}\n"
    "--- VISIT [042:043] ---\n"
    "VISIT\n"
    "--- PRAISE [051] ---\n"
    "PRAISE\n"
    "--- BREAK [---] ---\n"
    "BREAK {BROKE BROKEN}\n"
    "- * OFF RELATIONS [161]\n"
    "- * OFF_ TALKS [164]\n"
    "--- RECEIVE [---] ---\n"
    "RECEIVE\n"
    "- + * AID FROM $ [070]\n"
    "--- DEFEAT [190] ---\n"
    "BEAT {BEATEN}\n";

const char* kActors =
    "POLAND_ [POL]\n"
    "+POLISH\n"
    "+WARSAW_\n"
    "LITHUANIA_ [LTU]\n"
    "+LITHUANIAN\n"
    "RUSSIA_ [RUS]\n"
    "+RUSSIAN\n"
    "UKRAINE_ [UKR]\n"
    "HUNGARY_ [HUN]\n"
    "BELARUS_ [BLR]\n"
    "TURKEY_ [TUR]\n"
    "+TURKISH\n"
    "ZELENSKYY_\n"
    "+VOLODYMYR_ZELENSKYY_\n"
    "\t[UKRELI <190520]\n"
    "\t[UKRGOV >190520]\n";

const char* kAgents =
    "OFFICIAL [~GOV]\n"
    "GOVERNMENT [~GOV]\n"
    "FOREIGN_MINISTER [~GOV]\n"
    "AMBASSADOR [~GOV]\n"
    "TROOPS {} [~MIL]\n"
    "RED_CROSS [NGO~]\n";

const Coder& TestCoder() {
  static const Coder* coder = [] {
    coding::VerbDictionary v;
    v.Load(kVerbs, "verbs");
    coding::ActorDictionary a;
    a.AddActors(kActors, "actors");
    a.AddAgents(kAgents);
    a.AddDiscards("WORLD_CUP\n");
    return new Coder(std::move(v), std::move(a));
  }();
  return *coder;
}

// Rows "FORM LEMMA UPOS HEAD DEPREL", one token each, ids in order.
parley::nlp::Document Parse(std::initializer_list<const char*> rows) {
  std::ostringstream conllu;
  int id = 0;
  for (const char* row : rows) {
    std::istringstream in(row);
    std::string form, lemma, upos, head, deprel;
    in >> form >> lemma >> upos >> head >> deprel;
    conllu << ++id << '\t' << form << '\t' << lemma << '\t' << upos << "\t_\t_\t" << head << '\t'
           << deprel << "\t_\t_\n";
  }
  conllu << '\n';
  return parley::nlp::ParseConllu(conllu.str());
}

using Triple = std::tuple<std::string, std::string, std::string>;

std::set<Triple> Code(const parley::nlp::Document& doc, int32_t date = 20220204) {
  std::set<Triple> out;
  for (const CodedEvent& e : TestCoder().Code(doc, date)) out.insert({e.source, e.target, e.cameo});
  return out;
}

}  // namespace

TEST_CASE("coder: subject and object, nationality + agent") {
  auto doc = Parse({"Polish Polish ADJ 2 amod", "officials official NOUN 3 nsubj",
                    "criticized criticize VERB 0 root", "Russia Russia PROPN 3 obj",
                    "on on ADP 6 case", "Tuesday Tuesday PROPN 3 obl", ". . PUNCT 3 punct"});
  CHECK(Code(doc) == std::set<Triple>{{"POLGOV", "RUS", "121"}});
}

TEST_CASE("coder: passive with a by-agent") {
  auto doc = Parse({"Ukraine Ukraine PROPN 3 nsubj:pass", "was be AUX 3 aux:pass",
                    "attacked attack VERB 0 root", "by by ADP 6 case", "Russian Russian ADJ 6 amod",
                    "troops troop NOUN 3 obl:agent", ". . PUNCT 3 punct"});
  CHECK(Code(doc) == std::set<Triple>{{"RUSMIL", "UKR", "190"}});
}

TEST_CASE("coder: compound subject and compound object give one event per pair") {
  auto subj = Parse({"Poland Poland PROPN 4 nsubj", "and and CCONJ 3 cc",
                     "Lithuania Lithuania PROPN 1 conj", "condemned condemn VERB 0 root",
                     "Russia Russia PROPN 4 obj", ". . PUNCT 4 punct"});
  CHECK(Code(subj) == std::set<Triple>{{"POL", "RUS", "122"}, {"LTU", "RUS", "122"}});
  auto obj = Parse({"Poland Poland PROPN 2 nsubj", "condemned condemn VERB 0 root",
                    "Russia Russia PROPN 2 obj", "and and CCONJ 5 cc",
                    "Belarus Belarus PROPN 3 conj", ". . PUNCT 2 punct"});
  CHECK(Code(obj) == std::set<Triple>{{"POL", "RUS", "122"}, {"POL", "BLR", "122"}});
}

TEST_CASE("coder: role nouns with a country word, reciprocal codes") {
  // "The Russian foreign minister met the Turkish ambassador."
  auto doc = Parse({"The the DET 4 det", "Russian Russian ADJ 4 amod", "foreign foreign ADJ 4 amod",
                    "minister minister NOUN 5 nsubj", "met meet VERB 0 root", "the the DET 8 det",
                    "Turkish Turkish ADJ 8 amod", "ambassador ambassador NOUN 5 obj",
                    ". . PUNCT 5 punct"});
  CHECK(Code(doc) == std::set<Triple>{{"RUSGOV", "TURGOV", "031"}, {"TURGOV", "RUSGOV", "031"}});
}

TEST_CASE("coder: several agents in one phrase, prefix and suffix") {
  // "Polish Red Cross officials criticized Russia."
  auto doc =
      Parse({"Polish Polish ADJ 4 amod", "Red Red PROPN 3 compound", "Cross Cross PROPN 4 compound",
             "officials official NOUN 5 nsubj", "criticized criticize VERB 0 root",
             "Russia Russia PROPN 5 obj", ". . PUNCT 5 punct"});
  CHECK(Code(doc) == std::set<Triple>{{"NGOPOLGOV", "RUS", "121"}});
}

TEST_CASE("coder: agent with an of-phrase") {
  auto doc = Parse({"The the DET 2 det", "government government NOUN 5 nsubj", "of of ADP 4 case",
                    "Poland Poland PROPN 2 nmod", "praised praise VERB 0 root",
                    "Ukraine Ukraine PROPN 5 obj", ". . PUNCT 5 punct"});
  CHECK(Code(doc) == std::set<Triple>{{"POLGOV", "UKR", "051"}});
}

TEST_CASE("coder: reported speech codes the embedded event and the statement") {
  auto doc = Parse({"Officials official NOUN 2 nsubj", "said say VERB 0 root",
                    "Poland Poland PROPN 4 nsubj", "accused accuse VERB 2 ccomp",
                    "Russia Russia PROPN 4 obj", "of of ADP 7 case", "sabotage sabotage NOUN 4 obl",
                    ". . PUNCT 2 punct"});
  // The statement targets the first actor it speaks of, as PETRARCH codes it.
  CHECK(Code(doc) == std::set<Triple>{{"POL", "RUS", "112"}, {"---GOV", "POL", "010"}});
}

TEST_CASE("coder: a pronoun subject takes the speaker, modals are marked") {
  // "Russia said it would attack Ukraine."
  auto doc = Parse({"Russia Russia PROPN 2 nsubj", "said say VERB 0 root", "it it PRON 5 nsubj",
                    "would would AUX 5 aux", "attack attack VERB 2 ccomp",
                    "Ukraine Ukraine PROPN 5 obj", ". . PUNCT 2 punct"});
  auto events = TestCoder().Code(doc, 20220204);
  REQUIRE(events.size() == 2);
  const CodedEvent& said = events[0].cameo == "010" ? events[0] : events[1];
  const CodedEvent& attack = events[0].cameo == "010" ? events[1] : events[0];
  CHECK(said.source == "RUS");
  CHECK(said.modality.empty());
  CHECK(attack.source == "RUS");
  CHECK(attack.target == "UKR");
  CHECK(attack.cameo == "190");
  CHECK(attack.modality == "possible");
}

TEST_CASE("coder: negation and conditionals give no factual event") {
  auto neg =
      Parse({"Hungary Hungary PROPN 4 nsubj", "did do AUX 4 aux", "not not PART 4 advmod",
             "condemn condemn VERB 0 root", "Russia Russia PROPN 4 obj", ". . PUNCT 4 punct"});
  CHECK(Code(neg).empty());
  auto cond =
      Parse({"If if SCONJ 3 mark", "Russia Russia PROPN 3 nsubj", "attacks attack VERB 8 advcl",
             "Ukraine Ukraine PROPN 3 obj", ", , PUNCT 3 punct", "Poland Poland PROPN 8 nsubj",
             "will will AUX 8 aux", "respond respond VERB 0 root", ". . PUNCT 8 punct"});
  CHECK(Code(cond).empty());
}

TEST_CASE("coder: a pattern before the verb gives its code") {
  // "Hungary refused to condemn Russia."
  auto doc =
      Parse({"Hungary Hungary PROPN 2 nsubj", "refused refuse VERB 0 root", "to to PART 4 mark",
             "condemn condemn VERB 2 xcomp", "Russia Russia PROPN 4 obj", ". . PUNCT 2 punct"});
  CHECK(Code(doc) == std::set<Triple>{{"HUN", "RUS", "128"}});
}

TEST_CASE("coder: phrasal patterns and the target in a prepositional phrase") {
  auto doc = Parse({"Poland Poland PROPN 2 nsubj", "broke break VERB 0 root",
                    "off off ADP 2 compound:prt", "relations relation NOUN 2 obj",
                    "with with ADP 6 case", "Belarus Belarus PROPN 4 nmod", ". . PUNCT 2 punct"});
  CHECK(Code(doc) == std::set<Triple>{{"POL", "BLR", "161"}});
  // The verb alone has no code: no event.
  auto bare =
      Parse({"Poland Poland PROPN 2 nsubj", "broke break VERB 0 root", "ranks rank NOUN 2 obj",
             "with with ADP 5 case", "Belarus Belarus PROPN 3 nmod", ". . PUNCT 2 punct"});
  CHECK(Code(bare).empty());
}

TEST_CASE("coder: a pattern that places source and target") {
  auto doc =
      Parse({"Ukraine Ukraine PROPN 2 nsubj", "received receive VERB 0 root", "aid aid NOUN 2 obj",
             "from from ADP 5 case", "Poland Poland PROPN 2 obl", ". . PUNCT 2 punct"});
  CHECK(Code(doc) == std::set<Triple>{{"POL", "UKR", "070"}});
}

TEST_CASE("coder: actors take the code of the document's date") {
  auto doc = Parse({"Zelenskyy Zelenskyy PROPN 2 nsubj", "visited visit VERB 0 root",
                    "Warsaw Warsaw PROPN 2 obj", "on on ADP 5 case", "Friday Friday PROPN 2 obl",
                    ". . PUNCT 2 punct"});
  CHECK(Code(doc, 20220204) ==
        std::set<Triple>{{"UKRGOV", "POL", "042"}, {"POL", "UKRGOV", "043"}});
  CHECK(Code(doc, 20180101) ==
        std::set<Triple>{{"UKRELI", "POL", "042"}, {"POL", "UKRELI", "043"}});
}

TEST_CASE("coder: discarded sentences are not coded") {
  auto doc = Parse({"Poland Poland PROPN 2 nsubj", "beat beat VERB 0 root",
                    "Russia Russia PROPN 2 obj", "at at ADP 7 case", "the the DET 7 det",
                    "World World PROPN 7 compound", "Cup Cup PROPN 2 obl", ". . PUNCT 2 punct"});
  CHECK(Code(doc).empty());
}
