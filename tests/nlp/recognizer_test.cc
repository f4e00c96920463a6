// The named-entity recogniser: its gazetteer and features on small cases,
// the committed model on hand-written hard cases (a person in no
// dictionary, a headline in capitals, acronyms, a city and a club named
// after it, a long organisation name), its caches against the plain path,
// training on a tiny file end to end, and the committed model against the
// development score its card states.
#include <doctest/doctest.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include "base/error.h"
#include "nlp/clusters.h"
#include "nlp/conllu.h"
#include "nlp/gazetteer.h"
#include "nlp/recognizer.h"
#include "nlp/recognizer_features.h"
#include "nlp/tokenizer.h"
#include "nlp/train.h"
#include "test_util.h"

using namespace parley::nlp;
using parley::testing::SharedDir;
using parley::testing::SourceDir;
using parley::testing::TempDir;

namespace {

// The gazetteer masks of `words` (one token each) against `g`.
std::vector<uint32_t> Masks(const Gazetteer& g, const std::vector<std::string>& words) {
  std::vector<uint64_t> folded;
  std::vector<uint8_t> upper;
  for (const auto& w : words) {
    folded.push_back(HashString(FoldCase(w)));
    upper.push_back(IsAllUpper(w) ? 1 : 0);
  }
  std::vector<uint32_t> masks(words.size());
  g.Match(folded, upper, masks.data());
  return masks;
}

// The committed recogniser, loaded once (with the committed clusters).
const Recognizer* Model() {
  static const std::unique_ptr<Recognizer> model =
      Recognizer::Load((SourceDir() / "models" / "ner.bin.gz").string());
  return model.get();
}

// `text` tokenized and recognised; entities as "TYPE text" strings.
std::vector<std::string> Entities(const std::string& text, const Recognizer& rec = *Model()) {
  static const Tokenizer tokenizer;
  Document doc;
  doc.text = text;
  tokenizer.Process(&doc);
  rec.Process(&doc);
  std::vector<std::string> out;
  for (const auto& e : doc.entities) {
    const auto begin = doc.tokens[e.token_begin].begin;
    const auto end = doc.tokens[e.token_end - 1].end;
    out.push_back(e.label + " " + doc.text.substr(begin, end - begin));
  }
  return out;
}

bool Has(const std::vector<std::string>& entities, const std::string& e) {
  for (const auto& x : entities)
    if (x == e) return true;
  return false;
}

// Exact-span F1 as ../shared/tools/score_conllu.py counts it.
double SpanF1(const Document& gold, const Document& pred) {
  std::set<std::tuple<uint32_t, uint32_t, std::string>> g, p;
  for (const auto& e : gold.entities) g.emplace(e.token_begin, e.token_end, e.label);
  for (const auto& e : pred.entities) p.emplace(e.token_begin, e.token_end, e.label);
  size_t tp = 0;
  for (const auto& s : p) tp += g.count(s);
  return g.size() + p.size() == 0
             ? 1.0
             : 2.0 * static_cast<double>(tp) / static_cast<double>(g.size() + p.size());
}

}  // namespace

TEST_CASE("gazetteer: case folding and capitals") {
  CHECK(FoldCase("MOSCOW") == "moscow");
  CHECK(FoldCase("ÉLYSÉE Palace") == "élysée palace");
  CHECK(UpperCase("élysée Palace") == "ÉLYSÉE PALACE");
  // Invalid bytes are kept as they are (a stray continuation, a truncated sequence).
  CHECK(FoldCase("A\xff\xc3") == "a\xff\xc3");
  CHECK(UpperCase("a\xff\xc3") == "A\xff\xc3");
  CHECK(IsAllUpper("NATO"));
  CHECK(IsAllUpper("U.S."));
  CHECK_FALSE(IsAllUpper("Nato"));
  CHECK_FALSE(IsAllUpper("1996"));
  CHECK(IsAllUpper("ÉLYSÉE"));
}

TEST_CASE("gazetteer: matches mark begin, inside, last and unit positions") {
  Gazetteer g;
  g.Add("International Committee of the Red Cross", GazList::kOrganization);
  g.Add("Kyiv", GazList::kLocation);
  g.Add("US", GazList::kLocation);  // an acronym: capitals only
  g.Add("Abdel Fattah el-Sisi", GazList::kPerson);
  g.Build();
  const auto m =
      Masks(g, {"the", "international", "committee", "of", "the", "Red", "Cross", "in", "KYIV"});
  CHECK(m[0] == 0);
  CHECK(m[1] == GazBit(GazList::kOrganization, kGazBegin));
  CHECK(m[2] == GazBit(GazList::kOrganization, kGazInside));
  CHECK(m[6] == GazBit(GazList::kOrganization, kGazLast));
  CHECK(m[8] == GazBit(GazList::kLocation, kGazUnit));
  // "us" the pronoun is not the United States; "US" is.
  CHECK(Masks(g, {"told", "us"})[1] == 0);
  CHECK(Masks(g, {"the", "US"})[1] == GazBit(GazList::kLocation, kGazUnit));
  // A hyphenated name matches whole and split as the tokenizer splits it.
  CHECK(Masks(g, {"Abdel", "Fattah", "el-Sisi"})[2] == GazBit(GazList::kPerson, kGazLast));
  const auto split = Masks(g, {"Abdel", "Fattah", "el", "-", "Sisi"});
  CHECK(split[0] == GazBit(GazList::kPerson, kGazBegin));
  CHECK(split[4] == GazBit(GazList::kPerson, kGazLast));
}

TEST_CASE("gazetteer: Parley's dictionaries load, with first and last names and titles") {
  const Gazetteer g = Gazetteer::FromDictDir((SourceDir() / "config").string());
  CHECK(g.size() > 2000);
  const auto m = Masks(g, {"Foreign", "Minister", "Sergey", "Lavrov", "met", "Mr", "Putin"});
  CHECK((m[0] & GazBit(GazList::kTitle, kGazBegin)) != 0);
  CHECK((m[2] & GazBit(GazList::kPerson, kGazBegin)) != 0);
  CHECK((m[3] & GazBit(GazList::kLastName, kGazUnit)) != 0);
  CHECK((m[5] & GazBit(GazList::kTitle, kGazUnit)) != 0);  // honorific
  CHECK_THROWS_AS(Gazetteer::FromDictDir("/nonexistent-dir"), parley::Error);
  // Saved and loaded, it matches the same.
  ModelWriter w("gaz", 1);
  g.Save(&w);
  ModelReader r = ModelReader::FromBytes(w.bytes(), "gaz", 1);
  const Gazetteer back = Gazetteer::Load(&r);
  CHECK(back.size() == g.size());
  CHECK(Masks(back, {"Sergey", "Lavrov"}) == Masks(g, {"Sergey", "Lavrov"}));
}

TEST_CASE("recogniser features: case classes, headline mode, BILOU rules") {
  CHECK(ner::CapsOf("Moscow") == ner::kTitle);
  CHECK(ner::CapsOf("NATO") == ner::kUpper);
  CHECK(ner::CapsOf("J.") == ner::kInitial);
  CHECK(ner::CapsOf("McDonald") == ner::kMixed);
  CHECK(ner::CapsOf("G7") == ner::kAlnum);
  CHECK(ner::CapsOf("1996") == ner::kNumber);
  CHECK(ner::CapsOf("said") == ner::kLower);
  CHECK(ner::CapsOf(",") == ner::kNoLetters);
  auto mode = [](std::vector<std::string> words) {
    std::vector<uint8_t> caps;
    for (const auto& w : words) caps.push_back(ner::CapsOf(w));
    return ner::CapsMode(caps);
  };
  CHECK(mode({"PUTIN", "MEETS", "TRUMP", "IN", "ANCHORAGE"}));
  CHECK_FALSE(mode({"MOSCOW", "(", "Reuters", ")", "-"}));  // a dateline, mixed case
  CHECK_FALSE(mode({"Putin", "met", "Trump", "."}));
  // BILOU: an entity opens with B or U and closes with L or U.
  const int b_per = ner::ClassOf(0, ner::kB), i_per = ner::ClassOf(0, ner::kI);
  const int l_per = ner::ClassOf(0, ner::kL), u_org = ner::ClassOf(1, ner::kU);
  CHECK(ner::Allowed(ner::kStartTag, b_per));
  CHECK_FALSE(ner::Allowed(ner::kStartTag, i_per));
  CHECK(ner::Allowed(b_per, l_per));
  CHECK_FALSE(ner::Allowed(b_per, 0));
  CHECK_FALSE(ner::Allowed(b_per, ner::ClassOf(1, ner::kL)));
  CHECK(ner::Allowed(l_per, u_org));
  CHECK((ner::AllowedAfter(b_per, true) >> l_per & 1) == 1);
  CHECK((ner::AllowedAfter(b_per, true) >> i_per & 1) == 0);
}

TEST_CASE("recogniser features: label history looks back a window of tokens") {
  ner::LabelHistory h(100);
  CHECK(h.Seen(HashString("kiev"), 5) == 0);
  h.Record(HashString("kiev"), 10, 3);  // LOC
  h.Record(HashString("kiev"), 20, 2);  // ORG
  CHECK(h.Seen(HashString("kiev"), 30) == ((1u << 3) | (1u << 2)));
  CHECK(h.Seen(HashString("kiev"), 115) == (1u << 2));  // the LOC of token 10 is too far back
  CHECK(h.Seen(HashString("kiev"), 500) == 0);
  CHECK(h.Seen(HashString("minsk"), 30) == 0);
  for (uint32_t i = 0; i < 1000; ++i) h.Record(i * 7919, i, 0);       // grows
  CHECK(h.Seen(HashString("kiev"), 110) == ((1u << 3) | (1u << 2)));  // window edges included
  CHECK(h.Seen(HashString("kiev"), 111) == (1u << 2));
}

TEST_CASE("recogniser features: beam search finds the best path and reports the gold falling out") {
  // Two tokens; scores independent of history except that the best single
  // choice for token 0 (B-PER) leads nowhere good.
  const int b_per = ner::ClassOf(0, ner::kB), l_per = ner::ClassOf(0, ner::kL);
  const int u_loc = ner::ClassOf(2, ner::kU);
  auto score = [&](size_t i, int, int, float* out) {
    for (int c = 0; c < ner::kClasses; ++c) out[c] = -10.0f;
    if (i == 0) {
      out[b_per] = 2.0f;
      out[u_loc] = 1.5f;
    } else {
      out[0] = 3.0f;       // O
      out[l_per] = -5.0f;  // ending the person costs
    }
  };
  std::vector<ner::BeamHyp> all;
  std::vector<uint32_t> starts;
  std::array<int, 2> tags{};
  ner::BeamSearch(2, 1, score, nullptr, &all, &starts);
  ner::BestPath(all, starts, 1, tags.data());
  CHECK(tags[0] == b_per);  // greedy: stuck in the person
  CHECK(tags[1] == l_per);
  ner::BeamSearch(2, 4, score, nullptr, &all, &starts);
  ner::BestPath(all, starts, 1, tags.data());
  CHECK(tags[0] == u_loc);  // the beam: 1.5 + 3 beats 2 - 5
  CHECK(tags[1] == 0);
  const std::array<int, 2> gold = {u_loc, 0};
  CHECK(ner::BeamSearch(2, 1, score, gold.data(), &all, &starts) == 0);  // lost at token 0
  CHECK(ner::BeamSearch(2, 4, score, gold.data(), &all, &starts) == 2);  // never lost
}

TEST_CASE("recogniser: a person in no dictionary") {
  const Gazetteer& g = Model()->gazetteer();
  CHECK(Masks(g, {"Kranzberger"})[0] == 0);
  const auto e =
      Entities("Olaf Kranzberger, a spokesman for the ministry, said the talks would resume.");
  CHECK(Has(e, "PER Olaf Kranzberger"));
  CHECK(e.size() == 1);
  // A hyphenated name stays one person although the tokenizer splits it.
  CHECK(Has(Entities("The report was written by Marta Oyelaran-Whitcombe, who teaches in Lagos."),
            "PER Marta Oyelaran-Whitcombe"));
}

TEST_CASE("recogniser: a headline in capitals") {
  const auto e = Entities("PUTIN MEETS TRUMP IN ANCHORAGE");
  CHECK(Has(e, "PER PUTIN"));
  CHECK(Has(e, "PER TRUMP"));
  CHECK(Has(e, "LOC ANCHORAGE"));
  CHECK(e.size() == 3);
  const auto d = Entities("MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov spoke.");
  CHECK(Has(d, "LOC MOSCOW"));
  CHECK(Has(d, "ORG Reuters"));
  CHECK(Has(d, "PER Sergei Lavrov"));
}

TEST_CASE("recogniser: acronym organisations, in a dictionary or not") {
  CHECK(Masks(Model()->gazetteer(), {"UEFA"})[0] == 0);
  CHECK(Entities("UEFA fined the club 50,000 euros on Tuesday.") ==
        std::vector<std::string>{"ORG UEFA"});
  CHECK(Has(Entities("The OSCE and NATO sent observers."), "ORG OSCE"));
}

TEST_CASE("recogniser: a city and a club named after it, told apart by context") {
  CHECK(Has(Entities("Barcelona beat Sevilla 3-0 on Sunday."), "ORG Barcelona"));
  CHECK(Has(Entities("Thousands marched through Barcelona on Sunday to demand independence."),
            "LOC Barcelona"));
  const auto e = Entities("Dynamo Kiev drew 1-1, while air raid sirens sounded in Kiev.");
  CHECK(Has(e, "ORG Dynamo Kiev"));
  CHECK(Has(e, "LOC Kiev"));
}

TEST_CASE("recogniser: a long organisation name is one span") {
  CHECK(Entities("The International Committee of the Red Cross said it had reached the town.") ==
        std::vector<std::string>{"ORG International Committee of the Red Cross"});
  CHECK(Has(Entities("Officials of the European Bank for Reconstruction and Development met."),
            "ORG European Bank for Reconstruction and Development"));
}

TEST_CASE("recogniser: tags, spans and confidences agree, caches change nothing, threads") {
  static const Tokenizer tokenizer;
  Document doc;
  doc.text =
      "Vladimir Putin attended a BRICS+ meeting. Taking part were President of the People's "
      "Republic of China Xi Jinping and Prime Minister of India Narendra Modi.\n\nKREMLIN "
      "SAYS TALKS WITH WASHINGTON WILL GO ON\n\nMr Peskov told reporters in Moscow that "
      "Russia and the United States would meet again.";
  tokenizer.Process(&doc);
  Document plain = doc;
  Model()->Process(&doc);
  Model()->ProcessUncached(&plain);
  REQUIRE(doc.tokens.size() == plain.tokens.size());
  for (size_t i = 0; i < doc.tokens.size(); ++i) CHECK(doc.tokens[i].ner == plain.tokens[i].ner);
  REQUIRE(!doc.entities.empty());
  for (const auto& e : doc.entities) {
    CHECK(e.score > 0.0f);
    CHECK(e.score <= 1.0f);
    CHECK(doc.tokens[e.token_begin].ner == "B-" + e.label);
  }
  Document retagged = doc;
  retagged.TagsFromEntities();
  for (size_t i = 0; i < doc.tokens.size(); ++i) CHECK(retagged.tokens[i].ner == doc.tokens[i].ner);
  // The same from two threads at once (each thread its own caches).
  Document a = doc, b = doc;
  std::thread t1([&] { Model()->Process(&a); });
  std::thread t2([&] { Model()->Process(&b); });
  t1.join();
  t2.join();
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    CHECK(a.tokens[i].ner == doc.tokens[i].ner);
    CHECK(b.tokens[i].ner == doc.tokens[i].ner);
  }
  // A document without sentences is left alone.
  Document empty;
  Model()->Process(&empty);
  CHECK(empty.entities.empty());
}

TEST_CASE("recogniser: a model file of another kind or corrupt is refused naming the file") {
  TempDir dir;
  const std::string bad = dir.File("ner.bin.gz");
  ModelWriter w("parley-tagger", 1);
  w.U32(7);
  w.Save(bad);
  try {
    Recognizer::Load(bad);
    FAIL("loaded a tagger as a recogniser");
  } catch (const parley::Error& e) {
    CHECK(std::string(e.what()).find(bad) != std::string::npos);
  }
  CHECK_THROWS_AS(Recognizer::Load(dir.File("missing.bin.gz")), parley::Error);
  // A model trained with clusters refuses to run without them.
  const std::string bytes = Model()->SaveToBytes();
  CHECK_THROWS_AS(Recognizer::FromBytes(bytes), parley::Error);
  CHECK(Recognizer::FromBytes(bytes, Model()->clusters()) != nullptr);
  CHECK_THROWS_AS(Recognizer::FromBytes(bytes.substr(0, bytes.size() / 2), Model()->clusters()),
                  parley::Error);
}

TEST_CASE("recogniser: training on a tiny file works end to end and is deterministic") {
  // Hand-written sentences: people, places and organisations in a few
  // patterns, enough for a model to learn them.
  const char* first[] = {"Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid"};
  const char* last[] = {"Kowalska", "Ivanov", "Rossi", "Petrov", "Novak", "Haddad"};
  const char* city[] = {"Vienna", "Oslo", "Lima", "Hanoi", "Quito", "Accra"};
  const char* org[] = {"Gazprom", "Interpol", "Unicef", "Airbus", "Reuters", "Nestle"};
  std::ostringstream conllu;
  int id = 0;
  auto word = [&](int n, const std::string& form, const std::string& tag) {
    conllu << n << '\t' << form << "\t_\t_\t_\t_\t_\t_\t_\tNER=" << tag << '\n';
  };
  for (int round = 0; round < 4; ++round) {
    for (int k = 0; k < 6; ++k) {
      const int j = (k + round) % 6;
      conllu << "# sent_id = t" << ++id << '\n';
      word(1, first[k], "B-PER");
      word(2, last[j], "I-PER");
      word(3, "visited", "O");
      word(4, city[j], "B-LOC");
      word(5, "for", "O");
      word(6, org[k], "B-ORG");
      word(7, ".", "O");
      conllu << '\n';
      conllu << "# sent_id = t" << ++id << '\n';
      word(1, "The", "O");
      word(2, "talks", "O");
      word(3, "in", "O");
      word(4, city[k], "B-LOC");
      word(5, "ended", "O");
      word(6, ".", "O");
      conllu << '\n';
    }
  }
  TempDir dir;
  const std::string train = dir.File("tiny.conllu");
  {
    std::ofstream f(train);
    f << conllu.str();
  }
  TrainOptions o;
  o.train = train;
  o.dev = train;
  o.out = dir.File("ner1.bin.gz");
  o.epochs = 4;
  o.quiet = true;
  TrainRecognizer(o);
  o.out = dir.File("ner2.bin.gz");
  TrainRecognizer(o);
  CHECK(ReadMaybeGzipped(dir.File("ner1.bin.gz")) == ReadMaybeGzipped(dir.File("ner2.bin.gz")));
  const auto rec = Recognizer::Load(dir.File("ner1.bin.gz"));
  Document doc = ParseConllu(conllu.str());
  const Document gold = doc;
  rec->Process(&doc);
  CHECK(SpanF1(gold, doc) > 0.9);
  // A file without NER tags cannot be learnt from.
  const std::string untagged = dir.File("untagged.conllu");
  {
    std::ofstream f(untagged);
    f << "1\tHello\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
  }
  o.train = untagged;
  CHECK_THROWS_AS(TrainRecognizer(o), parley::Error);
}

TEST_CASE("recogniser: the committed model reproduces its card's score on a dev sample") {
  const auto shared = SharedDir();
  if (shared.empty()) return;  // ../shared is not there: nothing to score against
  // models/README.md: "the first 1,000 sentences of CoNLL-2003 dev: span F1 0.9383".
  constexpr size_t kSentences = 1000;
  constexpr double kCardF1 = 0.9383;
  const Document dev = ReadConlluFile((shared / "nlp" / "conll2003" / "dev.conllu.gz").string());
  REQUIRE(dev.sentences.size() > kSentences);
  Document head;
  head.tokens.assign(dev.tokens.begin(),
                     dev.tokens.begin() + dev.sentences[kSentences - 1].token_end);
  head.sentences.assign(dev.sentences.begin(), dev.sentences.begin() + kSentences);
  head.text = dev.text;
  head.EntitiesFromTags();
  Document pred = head;
  for (auto& t : pred.tokens) t.ner.clear();
  Model()->Process(&pred);
  const double f1 = SpanF1(head, pred);
  MESSAGE("dev sample span F1 " << f1);
  CHECK(f1 == doctest::Approx(kCardF1).epsilon(0.0005));
}
