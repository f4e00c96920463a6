// libFuzzer target: bytes as a request target (path and query parameters)
// → ParseTarget → App::Handle GET over a store with a small graph, so every
// query route's parameter parsing sees hostile input.
#include <cstdlib>
#include <filesystem>
#include <memory>

#include <spdlog/spdlog.h>

#include "http/app.h"

namespace {

struct World {
  parley::Config config;
  std::unique_ptr<parley::store::Store> store;
  std::unique_ptr<parley::http::App> app;
  World() {
    spdlog::set_level(spdlog::level::off);
    config.web_root = "/nonexistent";
    const auto dir = std::filesystem::temp_directory_path() / "parley-fuzz-target";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    store = parley::store::Store::OpenSqlite((dir / "db").string(), {});
    auto txn = store->BeginWrite();
    parley::store::EntityRow e;
    e.type = "person";
    e.name = "Sergey Lavrov";
    e.country = "RUS";
    e.first_seen = e.last_seen = 1;
    const int64_t a = txn->InsertEntity(e);
    txn->UpsertAlias(a, "Sergey Lavrov", "sergey lavrov", 1);
    e.name = "Wang Yi";
    e.country = "CHN";
    const int64_t b = txn->InsertEntity(e);
    parley::store::EventRow v;
    v.type = "meeting";
    v.date = "2025-03-03";
    v.first_seen = v.last_seen = 1;
    const int64_t ev = txn->InsertEvent(v);
    txn->UpsertParticipant({ev, a, "participant"}, 1);
    txn->UpsertParticipant({ev, b, "participant"}, 1);
    txn->RefreshCounts({a, b}, {ev});
    txn->Commit();
    app = std::make_unique<parley::http::App>(config, *store, nullptr);
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static World world;
  static const char* kPrefixes[] = {"/api/v1/entities",
                                    "/api/v1/events",
                                    "/api/v1/graph",
                                    "/api/v1/paths",
                                    "/api/v1/search",
                                    "/api/v1/timeline",
                                    "/api/v1/entities/1/events",
                                    "/api/v1/documents/"};
  if (size == 0) return 0;
  parley::http::Request req;
  req.method = "GET";
  req.target = std::string(kPrefixes[data[0] % 8]) +
               std::string(reinterpret_cast<const char*>(data + 1), size - 1);
  auto resp = world.app->Handle(req);
  if (resp.status >= 500 && resp.status != 503) std::abort();
  return 0;
}
