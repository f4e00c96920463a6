// The command line as analysts and scripts use it (issue 17): every usage
// error exits 2, `--version`, read-only commands never create a database,
// `ingest` creates no directories, honest progress for .gz input and for
// reindex, plain progress lines when stderr is not a terminal, `parley sql`.
#include <doctest/doctest.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "server_process.h"

using namespace parley::testing;

namespace {

const std::string kBin = PARLEY_BINARY;

std::string Article() { return (SourceDir() / "config" / "sample" / "article.txt").string(); }

}  // namespace

TEST_CASE("cli: usage errors exit 2 everywhere, not CLI11's 105/106/109") {
  // Regression: a missing value said 114, no subcommand 106, an unknown one 109.
  TempDir dir;
  std::string out;
  CHECK(RunCommand(kBin, &out) == 2);
  CHECK(RunCommand(kBin + " bogus", &out) == 2);
  CHECK(RunCommand(kBin + " serve --port", &out) == 2);
  CHECK(RunCommand(kBin + " ingest", &out) == 2);
  CHECK(RunCommand(kBin + " reindex --colour blue", &out) == 2);
  CHECK(RunCommand(kBin + " ingest --batch 0 " + Article(), &out) == 2);
  CHECK(RunCommand(kBin + " --help", &out) == 0);
  CHECK(RunCommand(kBin + " --version", &out) == 0);
  CHECK(out.rfind("parley ", 0) == 0);
  CHECK(out.find("schema") != std::string::npos);
}

TEST_CASE("cli: read-only commands create no database, ingest no directory") {
  // Regression: `parley export --db <typo>` created an empty database, exit 0.
  TempDir dir;
  std::string out;
  const std::string typo = dir.File("typo.db");
  CHECK(RunCommand(kBin + " export --db " + typo + " --format ndjson --out " + dir.File("o"),
                   &out) == 2);
  CHECK(out.find("no database") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(typo));
  CHECK(RunCommand(kBin + " sql --db " + typo + " 'SELECT 1'", &out) == 2);
  CHECK(RunCommand(kBin + " reindex --db " + typo, &out) == 2);
  CHECK_FALSE(std::filesystem::exists(typo));
  // Regression: ingest made missing directories silently.
  const std::string nested = dir.File("no/such/dir/x.db");
  CHECK(RunCommand(kBin + " ingest -q --db " + nested + " " + Article(), &out) == 2);
  CHECK(out.find("does not exist") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir.File("no")));
}

TEST_CASE("cli: .gz progress never passes 100%, plain lines without a terminal, reindex too") {
  // Regression: compressed input read "304% ETA ?"; without a terminal ingest
  // and reindex said nothing until the end.
  TempDir dir;
  const std::string gz = dir.File("docs.jsonl.gz");
  {
    gzFile f = gzopen(gz.c_str(), "wb");
    for (int i = 0; i < 12; ++i) {
      std::string line = R"({"id": "d)" + std::to_string(i) + R"(", "published_at": "2022-03-0)" +
                         std::to_string(1 + i % 9) +
                         R"(", "text": "Russian Foreign Minister Sergey Lavrov met Turkish )"
                         R"(Foreign Minister Mevlut Cavusoglu in Antalya on Thursday. Talks )"
                         R"(number )" +
                         std::to_string(i) + R"( covered a ceasefire and grain exports."})" + "\n";
      gzwrite(f, line.data(), static_cast<unsigned>(line.size()));
    }
    gzclose(f);
  }
  const std::string db = dir.File("p.db");
  std::string out;
  REQUIRE(RunCommand("PARLEY_PROGRESS_SECONDS=0 " + kBin + " ingest --db " + db + " " + gz, &out) ==
          0);
  INFO(out);
  std::regex pct("parley ingest: ([0-9]+)% ");
  int lines = 0, max_pct = 0;
  for (auto it = std::sregex_iterator(out.begin(), out.end(), pct); it != std::sregex_iterator();
       ++it) {
    ++lines;
    max_pct = std::max(max_pct, std::stoi((*it)[1]));
  }
  CHECK(lines >= 2);
  CHECK(max_pct <= 100);
  CHECK(max_pct >= 50);                        // the uncompressed total is known: the bar moves
  CHECK(out.find("\r") == std::string::npos);  // plain lines, no terminal codes
  REQUIRE(RunCommand("PARLEY_PROGRESS_SECONDS=0 " + kBin + " reindex --db " + db, &out) == 0);
  CHECK(out.find("parley reindex: ") != std::string::npos);
  CHECK(out.find("reindexed 12 documents") != std::string::npos);
  // Quiet is quiet.
  REQUIRE(RunCommand("PARLEY_PROGRESS_SECONDS=0 " + kBin + " reindex -q --db " + db, &out) == 0);
  CHECK(out.find("parley reindex: ") == std::string::npos);
}

TEST_CASE("cli: parley sql answers CSV or JSON and refuses writes") {
  TempDir dir;
  const std::string db = dir.File("s.db");
  std::string out;
  REQUIRE(RunCommand(kBin + " ingest -q --db " + db + " " + Article(), &out) == 0);
  REQUIRE(RunCommand(kBin + " sql --db " + db +
                         " 'SELECT count(*) AS n FROM entities WHERE type = :t' -p t=person",
                     &out) == 0);
  CHECK(out.rfind("\"n\"\r\n", 0) == 0);
  CHECK(std::stoi(out.substr(5)) >= 4);
  REQUIRE(RunCommand(kBin + " sql --db " + db + " --format json 'SELECT 1 AS one'", &out) == 0);
  CHECK(out.find("\"rows\":[[1]]") != std::string::npos);
  REQUIRE(RunCommand(kBin + " sql --db " + db + " 'SELECT count(*) FROM events'", &out) == 0);
  const std::string events_before = out;
  // The names are read-only views: a write is refused, by the authorizer or
  // (for the view names) by SQLite itself.
  CHECK(RunCommand(kBin + " sql --db " + db + " 'DELETE FROM events'", &out) == 2);
  CHECK(out.find("parley: sql: ") != std::string::npos);
  CHECK(RunCommand(kBin + " sql --db " + db + " 'DELETE FROM main.events'", &out) == 2);
  CHECK(out.find("only SELECT") != std::string::npos);
  CHECK(RunCommand(kBin + " sql --db " + db + " 'SELECT * FROM sqlite_master'", &out) == 2);
  REQUIRE(RunCommand(kBin + " sql --db " + db + " 'SELECT count(*) FROM events'", &out) == 0);
  CHECK(out == events_before);
}
