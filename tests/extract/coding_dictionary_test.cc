// The PETRARCH2 dictionary readers: verb blocks, synonym sets and patterns,
// actors with dated codes, agents with substitution sets, discards, issues;
// small in-test snippets in the files' own formats, then the real files of
// ../shared/coding (skipped when absent).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/error.h"
#include "extract/actor_dictionary.h"
#include "extract/coder.h"
#include "extract/coding_words.h"
#include "extract/verb_dictionary.h"
#include "test_util.h"

using namespace parley::extract;
using namespace parley::extract::coding;

namespace {

const char* kVerbs =
    "<!-- a header comment -->\n"
    "&TIETYPES\n"
    "+MILITARY\n"
    "+ECONOMIC\n"
    "\n"
    "&MONEYSET  # nested sets\n"
    "+&TIETYPES\n"
    "+SWISS FRANCS\n"
    "\n"
    "--- BREAK [1717] ---\n"
    "BREAK { BROKE BROKEN  }\n"
    "+BREAK_DOWN {+BREAKS_DOWN +BROKE_DOWN}\n"
    "KLM_NOP_+RST [002]\n"
    "- + KNOWN_ * IN_ $  [076]  # a comment\n"
    "- * TREATY  [161]\n"
    "- * &TIETYPES TIES [902]\n"
    "\n"
    "--- MEET  [031:031]  ---\n"
    "MEET\n"
    "- NOT * [:020]\n"
    "- * (WITH {FOREIGN MINISTERS}) [---]\n";

std::vector<CodingToken> Toks(std::initializer_list<const char*> words) {
  std::vector<CodingToken> out;
  for (const char* w : words) out.push_back({Upper(w), Upper(w)});
  return out;
}

}  // namespace

TEST_CASE("coding words: comments, phrases and dictionary dates") {
  CHECK(StripComment("GONDOR [GON]  # pas 2013") == "GONDOR [GON]");
  CHECK(StripComment("<!-- VERSION: 0.9 -->").empty());
  CHECK(StripComment("- * DIPLXMATIC  [###]  # -PAS") == "- * DIPLXMATIC  [###]");
  auto w = SplitPhrase("new_&tietypes_Relations more");
  REQUIRE(w.size() == 4);
  CHECK(w[0].text == "NEW");
  CHECK(w[1].text == "&TIETYPES");
  CHECK(w[1].joined);
  CHECK(w[2].joined);
  CHECK_FALSE(w[3].joined);
  CHECK(SplitPhrase("ARNOR_")[0].exact);
  CHECK_FALSE(SplitPhrase("ARGENTIN")[0].exact);
  CHECK(ParseDictDate("911226") == 19911226);
  CHECK(ParseDictDate("011113") == 20011113);
  CHECK(ParseDictDate("20100109") == 20100109);
  CHECK(ParseDictDate("9112") == -1);
  CHECK(ParseDocumentDate("2025-12-14T10:00:00Z") == 20251214);
  CHECK(ParseDocumentDate("") == 0);
  // A speech dated by its session's year codes the actors of mid-year.
  CHECK(ParseDocumentDate("2019") == 20190701);
  CHECK(ParseDocumentDate("2019-09") == 20190915);
  CHECK(ParseDocumentDate("20190") == 0);
}

TEST_CASE("verb dictionary: blocks, forms, synonym sets and patterns") {
  VerbDictionary v;
  v.Load(kVerbs, "snippet");
  CHECK(v.blocks() == 2);
  CHECK(v.synsets() == 2);
  CHECK(v.patterns() == 5);
  // Irregular forms and the lemma find the block; a verb line's own code wins.
  for (const char* w : {"BREAK", "BROKE", "BROKEN", "RST"}) {
    REQUIRE_MESSAGE(v.FormsFor(w) != nullptr, w);
  }
  const VerbForm& rst = v.form(v.FormsFor("RST")->front());
  CHECK(rst.words == std::vector<std::string>{"KLM", "NOP", "RST"});
  CHECK(rst.verb == 2);
  CHECK(rst.code.forward == "002");
  const VerbForm& down = v.form(v.FormsFor("BREAK")->at(1));
  CHECK(down.words == std::vector<std::string>{"BREAK", "DOWN"});
  CHECK(down.code.forward == "1717");
  CHECK(v.FormsFor("BROKE")->size() == 2);  // "BROKE" and "BROKE DOWN"
  // Nested set members stay as "&NAME" words.
  const auto* money = v.Synset("&MONEYSET");
  REQUIRE(money != nullptr);
  CHECK((*money)[0] == std::vector<std::string>{"&TIETYPES"});
  CHECK((*money)[1] == std::vector<std::string>{"SWISS", "FRANCS"});
  // Patterns: most specific first; roles and glue kept.
  const VerbBlock& brk = v.block(0);
  REQUIRE(brk.patterns.size() == 3);
  const VerbPattern& p = brk.patterns[0];
  CHECK(p.code.forward == "076");
  REQUIRE(p.pre.size() == 2);
  CHECK(p.pre[0].kind == PatternElement::Kind::kTarget);
  CHECK(p.pre[1].text == "KNOWN");
  CHECK(p.pre[1].joined);  // KNOWN_* : right before the verb
  REQUIRE(p.post.size() == 2);
  CHECK(p.post[0].text == "IN");
  CHECK_FALSE(p.post[0].joined);
  CHECK(p.post[1].kind == PatternElement::Kind::kSource);
  CHECK(brk.patterns[1].post[0].kind == PatternElement::Kind::kSynset);  // 2 literals
  CHECK(brk.patterns[2].post[0].text == "TREATY");
  // Codes: reciprocal, reverse only, none.
  const VerbBlock& meet = v.block(1);
  CHECK(meet.code.forward == "031");
  CHECK(meet.code.reverse == "031");
  CHECK(meet.patterns[0].post.size() == 3);  // WITH FOREIGN MINISTERS
  CHECK(meet.patterns[0].code.none());
  CHECK(meet.patterns[1].code.forward.empty());
  CHECK(meet.patterns[1].code.reverse == "020");
}

TEST_CASE("verb dictionary: malformed blocks name the file and line") {
  VerbDictionary v;
  CHECK_THROWS_WITH_AS(v.Load("--- BAD ---\n", "verbs.txt"), doctest::Contains("verbs.txt:1"),
                       parley::Error);
  CHECK_THROWS_WITH_AS(v.Load("--- OK [010] ---\nOK\n- OK [011]\n", "v.txt"),
                       doctest::Contains("v.txt:3"), parley::Error);
}

TEST_CASE("actor dictionary: phrases, synonyms, stems and dated codes") {
  ActorDictionary a;
  a.AddActors(
      "FRANCE  [FRA]\n"
      "+FRENCH\n"
      "ARGENTIN  [ARG]\n"
      "UNITED_STATES  [USA]\n"
      "+U.S.  #JW   9/12/91\n"
      "ENT  \n"
      "\t[ENT]\n"
      "VLADIMIR_PUTIN_  # CountryInfo.txt\n"
      "+PUTIN_\n"
      "\t[RUSELI 750101-000101]\n"
      "\t[RUSGOV >000101]\n"
      "GOLLUM\n"
      "\t[HOB < 950601]\n"
      "\t[HOBGOV 19950601 - 19990815]\n"
      "\t[HOBREB > 990816]\n"
      "THE_SHIRE  [FRO/BIL]\n",
      "actors.txt");
  CHECK(a.actor_entries() == 7);
  CHECK(a.actor_phrases() == 10);
  auto find = [&](std::initializer_list<const char*> words, int32_t date) {
    auto t = Toks(words);
    PhraseMatch m = a.FindActor(t, 0);
    return m.length == 0 ? std::vector<std::string>{} : a.ActorCodes(m.entry, date);
  };
  CHECK(find({"French"}, 0) == std::vector<std::string>{"FRA"});
  CHECK(find({"Argentina"}, 0) == std::vector<std::string>{"ARG"});  // a stem
  CHECK(find({"Entire"}, 0).empty());                                // too short to be one
  CHECK(find({"United", "States"}, 0) == std::vector<std::string>{"USA"});
  CHECK(find({"Putin"}, 20251214) == std::vector<std::string>{"RUSGOV"});
  CHECK(find({"Putin"}, 19900101) == std::vector<std::string>{"RUSELI"});
  CHECK(find({"Gollum"}, 19900101) == std::vector<std::string>{"HOB"});
  CHECK(find({"Gollum"}, 19970101) == std::vector<std::string>{"HOBGOV"});
  CHECK(find({"Gollum"}, 20000101) == std::vector<std::string>{"HOBREB"});
  CHECK(find({"The", "Shire"}, 0) == std::vector<std::string>{"FRO", "BIL"});
  auto t = Toks({"the", "United", "States"});
  CHECK(a.FindActor(t, 1).length == 2);
  CHECK_THROWS_AS(a.AddActors("\t[XXX]\n", "bad.txt"), parley::Error);
  a.AddActors("ARMENIA_\n\t[ARMUNR 9008223-911221]\n\t[ARM]\n", "typo.txt");
  CHECK(a.skipped_codes() == 1);
  auto arm = Toks({"Armenia"});
  CHECK(a.ActorCodes(a.FindActor(arm, 0).entry, 19950101) == std::vector<std::string>{"ARM"});
}

TEST_CASE("agent dictionary: substitution sets, plurals, prefix and suffix codes") {
  ActorDictionary a;
  a.AddAgents(
      "!PERSON! = MAN, MEN\n"
      "CONGRESS!PERSON! [~LEG]\n"
      "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\n"
      "POLICE {} [ ~COP] # JON 2/8/95\n"
      "HUMAN_RIGHTS_BODY  [NGO~]\n"
      "OFFICIAL  [~GOV]\n");
  CHECK(a.agent_entries() == 5);
  auto agent = [&](std::vector<CodingToken> t) {
    PhraseMatch m = a.FindAgent(t, 0);
    return m.length == 0 ? std::string()
                         : (a.AgentIsPrefix(m.entry) ? "" : "~") + a.AgentCode(m.entry) +
                               (a.AgentIsPrefix(m.entry) ? "~" : "");
  };
  CHECK(agent(Toks({"congressmen"})) == "~LEG");
  CHECK(agent(Toks({"attorneys", "general"})) == "~GOV");
  CHECK(agent(Toks({"police"})) == "~COP");
  CHECK(agent(Toks({"human", "rights", "body"})) == "NGO~");
  // Plurals by lemma.
  CHECK(agent({{"OFFICIALS", "OFFICIAL"}}) == "~GOV");
  CHECK(agent(Toks({"officer"})).empty());
  a.AddAgents("WIZARD [WIZ]\nISLAMIC_EXTREMIST\nDEPARMENT [~ENV}\n");
  CHECK(a.skipped_agents() == 3);
  CHECK(a.agent_entries() == 5);
}

TEST_CASE("discards and issues") {
  ActorDictionary a;
  a.AddDiscards("# comment\nMONTHS LATER\n+World Golf Championships   # pas\n");
  a.AddIssues(
      "<ISSUE CATEGORY=\"EDUCATION\">\nn:teacher [TEACHERS]\nhigher education "
      "[POSTSECONDARY_EDUCATION]\n~a head start\n");
  CHECK(a.discard_phrases() == 2);
  CHECK(a.FindDiscard(Toks({"months", "later"}), 0) == 1);
  CHECK(a.FindDiscard(Toks({"world", "golf", "championships"}), 0) == 2);
  CHECK(a.FindDiscard(Toks({"months"}), 0) == 0);
  CHECK(a.issue_phrases() == 2);
  CHECK(a.FindIssue({{"TEACHERS", "TEACHER"}}, 0) == "TEACHERS");
  CHECK(a.FindIssue(Toks({"higher", "education"}), 0) == "POSTSECONDARY_EDUCATION");
}

TEST_CASE("the real PETRARCH2 dictionaries load") {
  const auto shared = parley::testing::SharedDir();
  if (shared.empty()) return;  // ../shared absent: nothing to check
  auto coder = Coder::Load(shared / "coding" / "petrarch2");
  const VerbDictionary& v = coder->verbs();
  CHECK(v.blocks() > 300);
  CHECK(v.patterns() > 4000);  // the file holds 4,668 pattern lines
  REQUIRE(v.FormsFor("VISIT") != nullptr);
  const VerbBlock& visit = v.block(v.form(v.FormsFor("VISIT")->front()).block);
  CHECK(visit.code.forward == "042");
  CHECK(visit.code.reverse == "043");
  const ActorDictionary& a = coder->actors();
  CHECK(a.actor_entries() > 10000);
  CHECK(a.agent_entries() > 500);
  CHECK(a.issue_phrases() > 500);
  auto t = Toks({"Vladimir", "Putin"});
  PhraseMatch m = a.FindActor(t, 0);
  REQUIRE(m.length == 2);
  CHECK(a.ActorCodes(m.entry, 20251214) == std::vector<std::string>{"RUSGOV"});
  std::vector<CodingToken> minister = {{"FOREIGN", "FOREIGN"}, {"MINISTERS", "MINISTER"}};
  PhraseMatch g = a.FindAgent(minister, 0);
  REQUIRE(g.length == 2);
  CHECK(a.AgentCode(g.entry) == "GOV");

  auto validate = Coder::Load(shared / "coding" / "petrarch2-validate");
  CHECK(validate->actors().discard_phrases() == 9);
  auto gollum = Toks({"Stinker"});
  PhraseMatch s = validate->actors().FindActor(gollum, 0);
  REQUIRE(s.length == 1);
  CHECK(validate->actors().ActorCodes(s.entry, 19970101) == std::vector<std::string>{"HOBGOV"});
}
