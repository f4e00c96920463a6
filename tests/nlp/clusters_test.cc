// Word clusters: lookup (case fallbacks, digits), path prefixes, the model
// file (round trip, clear errors), a tiny end-to-end training, and the
// committed models/clusters.bin.gz against what its model card states.
#include "nlp/clusters.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "base/error.h"
#include "nlp/model_io.h"
#include "nlp/train.h"
#include "test_util.h"

using namespace parley::nlp;
using parley::testing::TempDir;

namespace {

WordClusters Small() {
  // Clusters: 0 = "0010", 1 = "0011", 2 = "01", 3 = "1".
  return WordClusters({"Russia", "the", "apple", "0000", "McDonald"}, {0, 2, 3, 1, 0},
                      {10, 50, 3, 7, 2}, {"0010", "0011", "01", "1"}, "hand-made");
}

}  // namespace

TEST_CASE("clusters: lookup as written, then lower case, then capitalised") {
  const WordClusters c = Small();
  CHECK(c.Find("Russia") == 0);
  CHECK(c.Find("RUSSIA") == 0);  // -> "russia" (absent) -> "Russia"
  CHECK(c.Find("russia") == 0);  // -> "Russia"
  CHECK(c.Find("The") == 2);     // -> "the"
  CHECK(c.Find("THE") == 2);
  CHECK(c.Find("McDonald") == 0);   // as written
  CHECK(c.Find("MCDONALD") == -1);  // neither "mcdonald" nor "Mcdonald" is known
  CHECK(c.Find("pear") == -1);
  CHECK(c.Find("") == -1);
  CHECK(c.FindExact("RUSSIA") == -1);
  CHECK(c.Count("APPLE") == 3);
  CHECK(c.Count("pear") == 0);
}

TEST_CASE("clusters: digits are looked up as 0") {
  const WordClusters c = Small();
  CHECK(c.Find("1995") == 1);
  CHECK(c.Find("2024") == 1);
  CHECK(c.Find("19955") == -1);
  std::string buf;
  CHECK(NormalizeDigits("A4-b90", &buf) == "A0-b00");
  CHECK(NormalizeDigits("plain", &buf) == "plain");
}

TEST_CASE("clusters: paths and prefixes") {
  const WordClusters c = Small();
  CHECK(c.clusters() == 4);
  CHECK(c.words() == 5);
  CHECK(c.Path(0) == "0010");
  CHECK(c.Path(-1).empty());
  CHECK(c.Path(9).empty());
  // (1 << n) | first n bits: "0010" -> 2 bits "00" = 0b100, 4 bits = 0b10010.
  CHECK(c.Prefix(0, 2) == 0b100u);
  CHECK(c.Prefix(0, 4) == 0b10010u);
  CHECK(c.Prefix(0, 20) == 0b10010u);  // shorter path: the whole of it
  CHECK(c.Prefix(3, 1) == 0b11u);
  CHECK(c.Prefix(-1, 4) == 0u);
  // Prefixes of different lengths never collide.
  std::set<uint32_t> seen;
  for (int k = 0; k < c.clusters(); ++k)
    for (int bits : {1, 2, 3, 4}) seen.insert(c.Prefix(k, bits));
  CHECK(seen.size() == 7);  // 0, 00, 001, 0010, 0011, 01, 1
}

TEST_CASE("clusters: saved and loaded unchanged, wrong or corrupt files fail clearly") {
  TempDir dir;
  const WordClusters c = Small();
  c.Save(dir.File("c.bin.gz"));
  const auto back = WordClusters::Load(dir.File("c.bin.gz"));
  CHECK(back->words() == c.words());
  CHECK(back->clusters() == c.clusters());
  CHECK(back->description() == "hand-made");
  for (const char* w : {"Russia", "RUSSIA", "the", "1999", "pear"})
    CHECK(back->Find(w) == c.Find(w));

  CHECK_THROWS_AS(WordClusters::Load(dir.File("missing.bin.gz")), parley::Error);
  ModelWriter other("parley-tagger", 1);
  other.U32(7);
  other.Save(dir.File("tagger.bin.gz"));
  try {
    WordClusters::Load(dir.File("tagger.bin.gz"));
    FAIL("loaded a tagger as clusters");
  } catch (const parley::Error& e) {
    CHECK(std::string(e.what()).find("tagger.bin.gz") != std::string::npos);
  }
  // Truncated: the container is right, the content is not.
  ModelWriter cut("parley-clusters", 1);
  cut.Str("desc");
  cut.U32(3);
  cut.Save(dir.File("cut.bin.gz"));
  CHECK_THROWS_AS(WordClusters::Load(dir.File("cut.bin.gz")), parley::Error);
  // Inconsistent parts.
  CHECK_THROWS_AS(WordClusters({"a"}, {5}, {1}, {"0"}, ""), parley::Error);
  CHECK_THROWS_AS(WordClusters({"a", "a"}, {0, 0}, {1, 1}, {"0"}, ""), parley::Error);
  CHECK_THROWS_AS(WordClusters({"a"}, {0}, {1}, {"0x"}, ""), parley::Error);
}

TEST_CASE("clusters: training on a tiny corpus works end to end and is deterministic") {
  TempDir dir;
  {
    std::ofstream text(dir.File("corpus.txt"));
    const char* subjects[] = {"the cat", "the dog", "a cat", "a dog", "the bird"};
    const char* verbs[] = {"sat", "ran", "slept", "sat", "jumped"};
    const char* places[] = {"on the mat", "in the park", "on the sofa", "in the garden"};
    for (int i = 0; i < 60; ++i)
      text << subjects[i % 5] << ' ' << verbs[(i / 5) % 5] << ' ' << places[(i / 3) % 4] << ".\n";
    text << "A unique word appears once.\n";
    std::ofstream ndjson(dir.File("more.jsonl"));
    ndjson << R"({"id":"1","text":"The cat sat on the mat in 1999."})" << '\n'
           << R"({"id":"2","text":"The dog ran in the park in 2024."})" << '\n';
    std::ofstream conllu(dir.File("more.conllu"));
    conllu << "1\tThe\t_\t_\t_\t_\t_\t_\t_\t_\n2\tcat\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
  }
  TrainOptions o;
  o.train = dir.File("corpus.txt");
  o.inputs = {dir.File("more.jsonl"), dir.File("more.conllu")};
  o.out = dir.File("a.bin.gz");
  o.quiet = true;
  o.seed = 7;
  TrainClusters(o);
  o.out = dir.File("b.bin.gz");
  TrainClusters(o);
  const auto a = WordClusters::Load(dir.File("a.bin.gz"));
  const auto b = WordClusters::Load(dir.File("b.bin.gz"));
  CHECK(a->clusters() >= 2);
  CHECK(a->Find("cat") >= 0);
  CHECK(a->Find("Cat") == a->Find("cat"));
  CHECK(a->Find("0000") >= 0);     // 1999 and 2024
  CHECK(a->Find("unique") == -1);  // seen once
  CHECK(a->Count("the") >= 60);
  REQUIRE(a->words() == b->words());
  for (size_t i = 0; i < a->words(); ++i) {
    CHECK(a->word(i) == b->word(i));
    CHECK(a->Path(static_cast<int>(a->cluster_of(i))) ==
          b->Path(static_cast<int>(b->cluster_of(i))));
  }
  for (int k = 0; k < a->clusters(); ++k) {
    const std::string_view p = a->Path(k);
    CHECK(!p.empty());
    CHECK(p.find_first_not_of("01") == std::string_view::npos);
  }
  // Bad input fails with an Error, not a crash.
  std::ofstream(dir.File("bad.jsonl")) << "not json\n";
  o.train = dir.File("bad.jsonl");
  o.inputs.clear();
  CHECK_THROWS_AS(TrainClusters(o), parley::Error);
  std::ofstream(dir.File("tiny.txt")) << "one two\n";
  o.train = dir.File("tiny.txt");
  CHECK_THROWS_AS(TrainClusters(o), parley::Error);
}

TEST_CASE("clusters: the committed model matches its model card") {
  const auto path = parley::testing::SourceDir() / "models" / "clusters.bin.gz";
  if (!std::filesystem::exists(path)) return;
  const auto c = WordClusters::Load(path.string());
  // models/README.md: vocabulary 31,545 words, 800 clusters, depth 3 to 15.
  CHECK(c->words() == 31545);
  CHECK(c->clusters() == 800);
  size_t shortest = 99, longest = 0;
  for (int k = 0; k < c->clusters(); ++k) {
    shortest = std::min(shortest, c->Path(k).size());
    longest = std::max(longest, c->Path(k).size());
  }
  CHECK(shortest == 3);
  CHECK(longest == 15);
  // The stable properties the card names.
  const int month = c->Find("January");
  CHECK(month >= 0);
  for (const char* m : {"February", "March", "April", "May", "June", "July", "August", "September",
                        "October", "November", "December"})
    CHECK(c->Find(m) == month);
  const int day = c->Find("Monday");
  CHECK(day >= 0);
  for (const char* d : {"Tuesday", "Wednesday", "Thursday", "Friday"}) CHECK(c->Find(d) == day);
  const int russia = c->Find("Russia");
  CHECK(russia >= 0);
  for (const char* country : {"France", "Germany", "China"}) CHECK(c->Find(country) == russia);
  CHECK(c->Find("RUSSIA") == russia);
  const int ukraine = c->Find("Ukraine");
  CHECK(ukraine != russia);
  CHECK(c->Prefix(ukraine, 8) == c->Prefix(russia, 8));
  CHECK(c->Path(ukraine).size() == c->Path(russia).size());
  CHECK(c->Find("said") >= 0);
  CHECK(c->Find("noted") == c->Find("said"));
  CHECK(c->Find("stressed") == c->Find("said"));
}
