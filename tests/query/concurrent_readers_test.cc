// Readers never wait on the writer: 32 threads ask every graph query route
// through App::Handle while the ingester commits documents. Every answer must
// be a 200 (no SQLITE_BUSY, no torn snapshot surfacing as a 500). Run under
// ThreadSanitizer by scripts/test.sh.
#include <doctest/doctest.h>

#include <atomic>
#include <fstream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>
#include <vector>

#include "backend.h"
#include "http/app.h"
#include "test_util.h"

using namespace parley;
using nlohmann::json;

namespace {

http::Response Get(const http::App& app, const std::string& target) {
  http::Request req;
  req.method = "GET";
  req.target = target;
  return app.Handle(req);
}

// The bundled sample article.
std::string SampleText() {
  std::ifstream in(testing::SourceDir() / "config" / "sample" / "article.txt");
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

TEST_CASE("query routes: 32 concurrent readers while the ingester writes, no errors") {
  testing::TempDir dir;
  Config config;
  config.web_root = dir.File("web");
  store::StoreOptions options;
  options.read_connections = 8;
  auto store = store::Store::Open(testing::TestDb(dir, "db"), options);
  auto extractor = extract::Extractor::Load(testing::SourceDir() / "config");
  ingest::Ingester ingester(*store, *extractor);
  http::App app(config, *store, &ingester);

  ingest::DocumentInput seed;
  seed.text = SampleText();
  seed.published_at = "2025-12-14";
  const auto outcome = ingester.Ingest(seed);
  REQUIRE_FALSE(outcome.entity_ids.empty());
  const std::string e1 = std::to_string(outcome.entity_ids.front());
  const std::string e2 = std::to_string(outcome.entity_ids.back());
  const std::string v1 =
      outcome.event_ids.empty() ? "1" : std::to_string(outcome.event_ids.front());

  const std::vector<std::string> targets = {
      "/api/v1/entities?q=lav",
      "/api/v1/entities?limit=5",
      "/api/v1/entities/" + e1,
      "/api/v1/entities/" + e1 + "/events",
      "/api/v1/events?limit=5",
      "/api/v1/events?country=RUS&from=2025-01-01",
      "/api/v1/graph?seed=" + e1 + "&depth=2",
      "/api/v1/paths?from=" + e1 + "&to=" + e2,
      "/api/v1/timeline?bucket=week",
      "/api/v1/search?q=Putin",
      "/api/v1/stats",
      "/api/v1/entities?q=lav&as_of=2025-01-01",
  };
  // Events may be merged or retracted by the writer; an event id that
  // existed at the start is only fetched when the seed had one.
  std::vector<std::string> all = targets;
  if (!outcome.event_ids.empty()) all.push_back("/api/v1/events/" + v1);

  constexpr int kReaders = 32, kRequestsEach = 60;
  std::atomic<int> answered{0};
  std::atomic<bool> writer_done{false};
  std::mutex failures_mu;
  std::vector<std::string> failures;
  std::vector<std::thread> readers;
  for (int t = 0; t < kReaders; ++t) {
    readers.emplace_back([&, t] {
      // At least kRequestsEach each, and on until the writer is done so
      // reads overlap every commit.
      for (int i = 0; i < kRequestsEach || !writer_done; ++i) {
        const std::string& target = all[(t + i) % all.size()];
        const auto resp = Get(app, target);
        if (resp.status != 200) {
          std::lock_guard<std::mutex> lock(failures_mu);
          failures.push_back(target + " -> " + std::to_string(resp.status) + " " +
                             resp.body.substr(0, 200));
        }
        ++answered;
      }
    });
  }
  // The writer: new documents (distinct texts) naming the same people, so
  // counts, participants and the FTS indexes change under the readers.
  int written = 0;
  for (int i = 0; i < 12; ++i) {
    ingest::DocumentInput doc;
    doc.text = "Sergey Lavrov met Steve Witkoff in Moscow on " + std::to_string(1 + i) +
               " March 2025. Vladimir Putin said talks with Donald Trump would continue. "
               "Bulletin number " +
               std::to_string(i) + ".";
    doc.published_at = "2025-03-" + std::string(i + 1 < 10 ? "0" : "") + std::to_string(i + 1);
    ingester.Ingest(doc);
    ++written;
  }
  writer_done = true;
  for (auto& t : readers) t.join();
  INFO((failures.empty() ? std::string() : failures.front()));
  CHECK(failures.empty());
  CHECK(answered >= kReaders * kRequestsEach);
  CHECK(written == 12);
  const json stats = json::parse(Get(app, "/api/v1/stats").body);
  CHECK(stats["documents"] == 13);
}
