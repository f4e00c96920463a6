// The seed article (../shared/seed): the founding example's expectations in C++, and the
// shared scorer when python3 is available.
#include <doctest/doctest.h>

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

#include "extract_test_util.h"

using namespace parley::extract;
using parley::extract::testing::SharedDir;
using parley::extract::testing::SharedExtractor;

namespace {

bool LoadSeed(InputDocument* doc) {
  const auto path = SharedDir() / "seed" / "article.ndjson";
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  std::getline(in, line);
  auto j = nlohmann::json::parse(line);
  doc->id = j.value("id", "");
  doc->text = j.value("text", "");
  doc->published_at = j.value("published_at", "");
  return true;
}

std::string NameOf(const Extraction& x, const std::string& id) {
  for (const auto& e : x.entities) {
    if (e.id == id) return e.name;
  }
  return {};
}

bool HasParticipant(const Extraction& x, const Event& v, const std::string& name) {
  for (const auto& p : v.participants) {
    if (NameOf(x, p.entity) == name) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("seed article: entities and events a careful analyst expects") {
  InputDocument doc;
  if (!LoadSeed(&doc)) {
    MESSAGE("skip: ../shared/seed not found");
    return;
  }
  const auto x = SharedExtractor().Extract(doc);
  std::map<std::string, const Entity*> by_name;
  for (const auto& e : x.entities) by_name[e.name] = &e;
  REQUIRE(by_name.count("Sergey Lavrov"));
  CHECK(by_name["Sergey Lavrov"]->mentions.size() >= 3);
  REQUIRE(by_name.count("Vladimir Putin"));
  CHECK(by_name["Vladimir Putin"]->mentions.size() >= 2);
  REQUIRE(by_name.count("Steve Witkoff"));
  CHECK(by_name["Steve Witkoff"]->country == "USA");
  for (const auto& e : x.entities) {
    if (e.type != "person") continue;
    for (const char* junk :
         {"However", "Because", "Of course", "Regarding", "Dec", "Lavrov", "Putin"}) {
      CHECK(e.name != junk);
    }
  }
  bool berlin = false, roundtable = false, proposal = false, kremlin = false;
  int anchorage = 0, lavrov_quotes = 0;
  for (const auto& v : x.events) {
    const std::string loc = NameOf(x, v.location);
    if (v.plover == "CONSULT" && loc == "Berlin" && v.date == "2025-12-14" &&
        HasParticipant(x, v, "Volodymyr Zelenskyy") && HasParticipant(x, v, "Steve Witkoff")) {
      berlin = true;
    }
    if (v.plover == "CONSULT" && v.date == "2025-12-11" && HasParticipant(x, v, "Sergey Lavrov")) {
      roundtable = true;
    }
    if (v.type == "proposal" && v.cameo.rfind("03", 0) == 0 &&
        v.source_actor_code.rfind("RUS", 0) == 0 && v.target_actor_code.rfind("USA", 0) == 0) {
      proposal = true;
    }
    if (v.plover == "CONSULT" && (loc == "Kremlin" || loc == "Moscow") &&
        HasParticipant(x, v, "Steve Witkoff") && HasParticipant(x, v, "Vladimir Putin")) {
      kremlin = true;
    }
    if (loc == "Anchorage" && (v.type == "summit" || v.type == "meeting")) {
      ++anchorage;
      CHECK(v.date == "2025-08-15");
      CHECK(v.evidence.size() >= 2);
      CHECK(HasParticipant(x, v, "Donald Trump"));
      CHECK(HasParticipant(x, v, "Vladimir Putin"));
    }
    if (v.type == "statement" && !v.quote.empty() && HasParticipant(x, v, "Sergey Lavrov")) {
      ++lavrov_quotes;
    }
    if (loc == "Berlin") CHECK_FALSE(HasParticipant(x, v, "Sergey Lavrov"));
    if (loc == "Kremlin") CHECK_FALSE(HasParticipant(x, v, "Volodymyr Zelenskyy"));
  }
  CHECK(berlin);
  CHECK(roundtable);
  CHECK(proposal);
  CHECK(kremlin);
  CHECK(anchorage == 1);
  CHECK(lavrov_quotes >= 2);
}

TEST_CASE("seed article: ../shared/tools/score_seed.py passes every check") {
  InputDocument doc;
  const auto scorer = SharedDir() / "tools" / "score_seed.py";
  if (!LoadSeed(&doc) || !std::filesystem::exists(scorer) ||
      std::system("python3 --version > /dev/null 2>&1") != 0) {
    MESSAGE("skip: needs ../shared and python3");
    return;
  }
  const auto out = std::filesystem::temp_directory_path() /
                   ("parley_seed_" + std::to_string(::getpid()) + ".ndjson");
  {
    std::ofstream f(out);
    f << ToJson(SharedExtractor().Extract(doc)).dump() << '\n';
  }
  const std::string cmd =
      "python3 " + scorer.string() + " " + out.string() + " > " + out.string() + ".txt 2>&1";
  const int rc = std::system(cmd.c_str());
  std::ifstream r(out.string() + ".txt");
  std::stringstream ss;
  ss << r.rdbuf();
  INFO(ss.str());
  CHECK(rc == 0);
  std::filesystem::remove(out);
  std::filesystem::remove(out.string() + ".txt");
}
