// Issue 4's acceptance over real text: the seed article and the 873 press
// releases give one entity per leader, with aliases and roles, and ingesting
// everything again changes no count. Skips without ../shared.
#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>

#include "backend.h"
#include "extract/extractor.h"
#include "ingest/ingester.h"
#include "ingest/sources.h"
#include "store/sqlite_db.h"
#include "store/store.h"
#include "test_util.h"

using namespace parley;
using namespace parley::ingest;

namespace {

void IngestAll(Ingester& ingester, const std::vector<std::string>& paths) {
  std::istringstream no_stdin;
  std::vector<DocumentInput> batch;
  ForEachDocument(paths, no_stdin, [&](SourceItem& item) {
    REQUIRE_MESSAGE(item.error.empty(), item.origin << ": " << item.error);
    batch.push_back(std::move(item.doc));
    if (batch.size() == 64) {
      ingester.IngestBatch(batch);
      batch.clear();
    }
  });
  if (!batch.empty()) ingester.IngestBatch(batch);
}

int64_t Scalar(const std::string& db, const std::string& sql) {
  return testing::RawScalar(db, sql);
}

}  // namespace

TEST_CASE("seed and press releases: one entity per leader, re-ingesting changes nothing") {
  const auto shared = testing::SharedDir();
  if (shared.empty()) {
    MESSAGE("skipped: ../shared not found");
    return;
  }
  testing::TempDir dir;
  const std::string db = testing::TestDb(dir, "c.db");
  auto store = store::Store::Open(db, {});
  auto extractor = extract::Extractor::Load(testing::SourceDir() / "config");
  Ingester ingester(*store, *extractor);
  const std::vector<std::string> paths = {
      (testing::SourceDir() / "config" / "sample" / "article.txt").string(),
      (shared / "corpus" / "press-releases-dev.jsonl").string()};
  IngestAll(ingester, paths);
  const auto before = store->BeginRead()->Counts();
  CHECK(before.documents == 874);

  for (const char* leader : {"Vladimir Putin", "Volodymyr Zelenskyy", "Emmanuel Macron"}) {
    INFO(leader);
    const std::string name = leader;
    const std::string surname = name.substr(name.rfind(' ') + 1);
    // Exactly one person carries the surname in its name: no duplicate and
    // no junk such as "Armed Forces Vladimir Putin".
    CHECK(Scalar(db, "SELECT count(*) FROM entities WHERE type = 'person' AND name LIKE '%" +
                         surname + "%'") == 1);
    const int64_t id = Scalar(db, "SELECT id FROM entities WHERE name = '" + name + "'");
    REQUIRE(id > 0);
    CHECK(Scalar(db, "SELECT count(*) FROM aliases WHERE entity_id = " + std::to_string(id)) >= 2);
    CHECK(Scalar(db, "SELECT count(*) FROM roles WHERE entity_id = " + std::to_string(id)) >= 1);
    CHECK(Scalar(db, "SELECT document_count FROM entities WHERE id = " + std::to_string(id)) >= 3);
  }

  IngestAll(ingester, paths);
  const auto after = store->BeginRead()->Counts();
  CHECK(after.documents == before.documents);
  CHECK(after.entities == before.entities);
  CHECK(after.events == before.events);
  CHECK(after.mentions == before.mentions);
  CHECK(after.aliases == before.aliases);
  CHECK(after.participants == before.participants);
  CHECK(store->IntegrityCheck() == "ok");
}
