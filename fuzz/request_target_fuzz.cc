// libFuzzer target: bytes as a request target (path and query parameters)
// → ParseTarget → App::Handle GET over a store with a small graph, so every
// query route's parameter parsing sees hostile input.
#include <cstdlib>
#include <filesystem>
#include <memory>

#include <spdlog/spdlog.h>

#include "fuzz_world.h"
#include "http/app.h"

namespace {

struct World {
  parley::Config config;
  std::unique_ptr<parley::store::Store> store;
  std::unique_ptr<parley::http::App> app;
  World() {
    spdlog::set_level(spdlog::level::off);
    config.web_root = "/nonexistent";
    const auto dir = parley::fuzz::ScratchDir("target");
    store = parley::store::Store::OpenSqlite((dir / "db").string(), {});
    parley::fuzz::SeedGraph(*store);
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
