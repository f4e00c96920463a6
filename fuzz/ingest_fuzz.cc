// libFuzzer target: bytes → POST /api/v1/documents through App::Handle with a
// real Ingester (extraction, resolution, merging) on a SQLite store, then the
// reads of what landed: GET /documents/{id} and /events/{id} for every id
// the ingest answered, and /health. The first byte picks the content type
// (JSON, NDJSON, text/plain with query parameters); the rest is the body.
// Nothing may answer a 500, log an error (fuzz_world.h's oracle) or crash;
// every id an ingest reports must read back. The store is recreated every
// few hundred inputs so that it stays small.
#include <cstdlib>
#include <memory>
#include <string>

#include "extract/extractor.h"
#include "fuzz_world.h"
#include "http/app.h"
#include "ingest/ingester.h"

namespace {

struct World {
  parley::Config config;
  std::filesystem::path dir;
  std::unique_ptr<parley::extract::Extractor> extractor;
  std::unique_ptr<parley::store::Store> store;
  std::unique_ptr<parley::ingest::Ingester> ingester;
  std::unique_ptr<parley::http::App> app;
  int inputs = 0;

  World() {
    parley::fuzz::InstallOracle();
    dir = parley::fuzz::ScratchDir("ingest");
    config.write_token = "fuzz";
    config.web_root = "/nonexistent";
    config.cache_mb = 0;
    extractor = parley::extract::Extractor::Load(PARLEY_FUZZ_CONFIG);
    Reset();
  }

  void Reset() {
    app.reset();
    ingester.reset();
    if (store) store->Close();
    store.reset();
    std::filesystem::remove(dir / "db");
    std::filesystem::remove(dir / "db-wal");
    std::filesystem::remove(dir / "db-shm");
    store = parley::store::Store::OpenSqlite((dir / "db").string(), {});
    ingester = std::make_unique<parley::ingest::Ingester>(*store, *extractor);
    app = std::make_unique<parley::http::App>(config, *store, ingester.get());
  }

  parley::http::Response Get(const std::string& target) {
    parley::http::Request req;
    req.method = "GET";
    req.target = target;
    return app->Handle(req);
  }
};

void Require(bool ok, const char* what, const std::string& detail) {
  if (ok) return;
  std::fprintf(stderr, "fuzz: %s: %s\n", what, detail.substr(0, 2000).c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static World world;
  if (size == 0) return 0;
  if (++world.inputs % 500 == 0) world.Reset();
  static const char* kTypes[] = {"application/json", "application/x-ndjson", "text/plain",
                                 "application/json; charset=utf-8"};
  parley::http::Request req;
  req.method = "POST";
  req.target = "/api/v1/documents";
  const std::string type = kTypes[data[0] % 4];
  if (type == "text/plain") req.target += "?id=fuzz&title=T%C3%A9st&published_at=2025-03-05";
  req.headers["content-type"] = type;
  req.headers["authorization"] = "Bearer fuzz";
  req.body.assign(reinterpret_cast<const char*>(data + 1), size - 1);
  const parley::http::Response resp = world.app->Handle(req);
  Require(resp.status < 500, "POST answered 5xx", resp.body);
  if (resp.status != 200 && resp.status != 201) return 0;
  const auto body = nlohmann::json::parse(resp.body, nullptr, false);
  Require(body.is_object(), "POST answered no JSON object", resp.body);
  const auto results =
      body.contains("documents") ? body["documents"] : nlohmann::json::array({body});
  for (const auto& o : results) {
    const auto doc =
        world.Get("/api/v1/documents/" + std::to_string(o["document_id"].get<int64_t>()));
    Require(doc.status == 200, "an ingested document does not read back", doc.body);
    Require(nlohmann::json::parse(doc.body, nullptr, false).is_object(), "document JSON", doc.body);
    for (const auto& id : o["event_ids"]) {
      const auto ev = world.Get("/api/v1/events/" + std::to_string(id.get<int64_t>()));
      Require(ev.status == 200, "an ingested event does not read back", ev.body);
    }
  }
  Require(world.Get("/api/v1/health").status == 200, "health after an ingest", "");
  return 0;
}
