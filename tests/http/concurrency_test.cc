// Concurrency: many threads answering requests through App::Handle while a
// writer commits documents. Run under ThreadSanitizer by scripts/test.sh.
#include <doctest/doctest.h>

#include <atomic>
#include <nlohmann/json.hpp>
#include <thread>

#include "backend.h"
#include "http/app.h"
#include "test_util.h"

using namespace parley;

TEST_CASE("concurrent readers never fail while the writer commits") {
  testing::TempDir dir;
  Config config;
  config.web_root = dir.File("web");
  store::StoreOptions options;
  options.read_connections = 8;
  auto store = store::Store::Open(testing::TestDb(dir, "db"), options);
  http::App app(config, *store, nullptr);
  std::atomic<bool> stop{false};
  std::atomic<int> failures{0}, answered{0};
  std::vector<std::thread> readers;
  for (int t = 0; t < 16; ++t) {
    readers.emplace_back([&] {
      while (!stop) {
        http::Request req;
        req.method = "GET";
        req.target = "/api/v1/health";
        auto resp = app.Handle(req);
        if (resp.status != 200) ++failures;
        ++answered;
      }
    });
  }
  int written = 0;
  // Writes continue until the readers have overlapped with them (bounded).
  for (int i = 0; (i < 200 || answered < 100) && i < 100000; ++i, ++written) {
    auto txn = store->BeginWrite();
    store::DocumentRow d;
    d.content_hash = 'h';
    d.content_hash += std::to_string(i);
    d.text = "text";
    d.ingested_at = i;
    d.extractor_version = "t";
    txn->InsertDocument(d);
    txn->Commit();
  }
  stop = true;
  for (auto& t : readers) t.join();
  CHECK(failures == 0);
  CHECK(answered > 16);
  http::Request req;
  req.method = "GET";
  req.target = "/api/v1/health";
  CHECK(nlohmann::json::parse(app.Handle(req).body)["counts"]["documents"] == written);
}
