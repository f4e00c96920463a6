// Tests for ResponseCache and its use by App: repeated reads are served from
// the cache, and every committed write — in this process or another — retires
// what was cached before it.
#include "http/response_cache.h"

#include <doctest/doctest.h>

#include <atomic>
#include <cctype>
#include <chrono>
#include <nlohmann/json.hpp>
#include <thread>
#include <vector>

#include "backend.h"
#include "http/app.h"
#include "test_util.h"

using namespace parley;
using namespace parley::http;
using nlohmann::json;

namespace {

std::shared_ptr<const CachedResponse> Body(const std::string& body) {
  auto c = std::make_shared<CachedResponse>();
  c->response.body = body;
  return c;
}

Request Get(const std::string& target) {
  Request r;
  r.method = "GET";
  r.target = target;
  return r;
}

int64_t AddEntity(store::Store& store, const std::string& name) {
  auto w = store.BeginWrite();
  store::EntityRow e;
  e.type = "person";
  e.name = name;
  const int64_t id = w->InsertEntity(e);
  std::string norm = name;
  for (auto& c : norm) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  w->UpsertAlias(id, name, norm, 1);  // names are searched through their aliases
  w->Commit();
  return id;
}

}  // namespace

TEST_CASE("response cache: hit under the same version, miss under another") {
  ResponseCache cache(1 << 20);
  REQUIRE(cache.enabled());
  cache.Put("/a", 7, Body("seven"));
  auto hit = cache.Get("/a", 7);
  REQUIRE(hit);
  CHECK(hit->response.body == "seven");
  CHECK_FALSE(cache.Get("/b", 7));
  CHECK_FALSE(cache.Get("/a", 8));
  // The stale entry was dropped, not kept beside the new one.
  CHECK_FALSE(cache.Get("/a", 7));
  CHECK(cache.bytes() == 0);
}

TEST_CASE("response cache: an older version never replaces a newer one") {
  ResponseCache cache(1 << 20);
  cache.Put("/a", 9, Body("nine"));
  cache.Put("/a", 8, Body("eight"));
  REQUIRE(cache.Get("/a", 9));
  CHECK(cache.Get("/a", 9)->response.body == "nine");
}

TEST_CASE("response cache: capacity evicts the least recently used") {
  // 16 shards of 4 KiB: about three 1 KiB bodies fit in a shard.
  ResponseCache cache(64 * 1024);
  const std::string kilo(1000, 'x');
  for (int i = 0; i < 400; ++i) cache.Put("/k" + std::to_string(i), 1, Body(kilo));
  CHECK(cache.bytes() <= 64 * 1024);
  int kept = 0;
  for (int i = 0; i < 400; ++i) kept += cache.Get("/k" + std::to_string(i), 1) != nullptr;
  CHECK(kept > 16);
  CHECK(kept < 400);
  // The most recent insert is always among the survivors.
  CHECK(cache.Get("/k399", 1));
}

TEST_CASE("response cache: oversized entries and a zero capacity store nothing") {
  ResponseCache small(16 * 1024);
  small.Put("/big", 1, Body(std::string(5000, 'y')));
  CHECK_FALSE(small.Get("/big", 1));
  ResponseCache off(0);
  CHECK_FALSE(off.enabled());
  off.Put("/a", 1, Body("a"));
  CHECK_FALSE(off.Get("/a", 1));
}

TEST_CASE("response cache: concurrent readers and writers see whole, matching entries") {
  ResponseCache cache(256 * 1024);
  std::vector<std::thread> threads;
  std::atomic<int> mismatches{0}, hits{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 5000; ++i) {
        const std::string key = "/k" + std::to_string((i * 7 + t) % 64);
        const uint64_t version = static_cast<uint64_t>(i / 1000);
        if (auto hit = cache.Get(key, version)) {
          ++hits;
          if (hit->response.body != key + "@" + std::to_string(version)) ++mismatches;
        } else {
          cache.Put(key, version, Body(key + "@" + std::to_string(version)));
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  CHECK(mismatches == 0);
  CHECK(hits > 0);
  CHECK(cache.bytes() <= 256 * 1024);
}

TEST_CASE("store data version moves on every commit, and not on reads or rollbacks") {
  testing::TempDir dir;
  const std::string db = testing::TestDb(dir, "db.sqlite");
  auto store = store::Store::Open(db, {});
  const uint64_t v0 = store->DataVersion();
  CHECK(store->DataVersion() == v0);
  { auto r = store->BeginRead(); }
  { auto w = store->BeginWrite(); }  // rolled back
  CHECK(store->DataVersion() == v0);
  AddEntity(*store, "Ada Example");
  CHECK(store->DataVersion() != v0);
}

TEST_CASE("app serves repeated reads from the cache and drops them after a write") {
  testing::TempDir dir;
  const std::string db = testing::TestDb(dir, "db.sqlite");
  Config config;
  config.write_token = "t0ken";
  auto store = store::Store::Open(db, {});
  App app(config, *store, nullptr);
  const int64_t id = AddEntity(*store, "Ada Example");
  const std::string target = "/api/v1/entities/" + std::to_string(id);

  Response first = app.Handle(Get(target));
  REQUIRE(first.status == 200);
  CHECK(json::parse(first.body)["name"] == "Ada Example");
  Response second = app.Handle(Get(target));
  CHECK(second.body == first.body);
  CHECK(second.Header("ETag") == first.Header("ETag"));
  CHECK(second.Header("X-Request-Id") != first.Header("X-Request-Id"));

  // A conditional request answered from the cache is still a 304.
  Request conditional = Get(target);
  conditional.headers["if-none-match"] = first.Header("ETag");
  CHECK(app.Handle(conditional).status == 304);

  {
    auto w = store->BeginWrite();
    auto e = w->GetEntity(id);
    REQUIRE(e);
    w->UpsertAlias(id, "Countess Lovelace", "countess lovelace", 1);
    w->Commit();
  }
  Response after = app.Handle(Get(target));
  REQUIRE(after.status == 200);
  CHECK(after.Header("ETag") != first.Header("ETag"));
  CHECK(json::parse(after.body)["aliases"].dump().find("Countess Lovelace") != std::string::npos);
  CHECK(json::parse(first.body)["aliases"].dump().find("Countess Lovelace") == std::string::npos);
  CHECK(app.Handle(conditional).status == 200);
}

TEST_CASE("app cache: tokens are still checked and errors are not cached") {
  testing::TempDir dir;
  const std::string db = testing::TestDb(dir, "db.sqlite");
  Config config;
  config.write_token = "t0ken";
  config.read_requires_token = true;
  auto store = store::Store::Open(db, {});
  App app(config, *store, nullptr);
  const int64_t id = AddEntity(*store, "Ada Example");
  const std::string target = "/api/v1/entities/" + std::to_string(id);
  Request authed = Get(target);
  authed.headers["authorization"] = "Bearer t0ken";
  REQUIRE(app.Handle(authed).status == 200);
  CHECK(app.Handle(Get(target)).status == 401);  // cached for the holder, not for others

  const std::string missing = "/api/v1/entities/" + std::to_string(id + 1);
  Request absent = Get(missing);
  absent.headers["authorization"] = "Bearer t0ken";
  CHECK(app.Handle(absent).status == 404);
  AddEntity(*store, "Bea Example");
  CHECK(app.Handle(absent).status == 200);
}

TEST_CASE("app cache: a write by another process is seen within the poll interval") {
  testing::TempDir dir;
  const std::string db = testing::TestDb(dir, "db.sqlite");
  Config config;
  auto store = store::Store::Open(db, {});
  App app(config, *store, nullptr);
  const int64_t id = AddEntity(*store, "Ada Example");
  REQUIRE(app.Handle(Get("/api/v1/entities?q=Bea")).status == 200);
  const std::string before = app.Handle(Get("/api/v1/entities?q=Bea")).body;
  CHECK(json::parse(before)["items"].empty());
  {
    // A second Store on the same file stands for `parley ingest` running
    // beside the server: its commits do not touch this Store's counter.
    auto other = store::Store::Open(db, {});
    AddEntity(*other, "Bea Example");
    other->Close();
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(store::Store::kExternalPollMs + 50));
  const json after = json::parse(app.Handle(Get("/api/v1/entities?q=Bea")).body);
  REQUIRE(after["items"].size() == 1);
  CHECK(after["items"][0]["name"] == "Bea Example");
  CHECK(id > 0);
}
