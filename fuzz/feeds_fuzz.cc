// libFuzzer target: bytes → the change cursor, the change stream, exports and
// static files through App::Handle, with streamed bodies drained the way the
// server drains them. The first byte picks the route; the rest is the
// query string, a path, or a Last-Event-ID. Besides the log oracle of
// fuzz_world.h: a streamed body may not throw, and no static path may
// serve a byte from outside the web root (a sibling "<root>2" directory,
// reachable by symbolic links from inside, holds a marker).
#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>

#include "export/exporter.h"
#include "fuzz_world.h"
#include "http/app.h"

namespace {

// Framed by control bytes: every answer that echoes a request (a problem
// document naming a bad parameter) escapes them as JSON does, so only the
// file itself can put these raw bytes in a body, whatever the fuzzer learns
// of the marker and puts into a query.
constexpr const char* kMarker = "\x01SIBLING-SECRET-7f3a\x02";

struct World {
  parley::Config config;
  std::unique_ptr<parley::store::Store> store;
  std::unique_ptr<parley::http::App> app;

  World() {
    parley::fuzz::InstallOracle();
    const auto dir = parley::fuzz::ScratchDir("feeds");
    const auto web = dir / "web";
    std::filesystem::create_directories(web / "css");
    std::filesystem::create_directories(dir / "web2");
    std::ofstream(web / "index.html") << "<!doctype html><title>parley</title>";
    std::ofstream(web / "css" / "app.css") << "body{}";
    std::ofstream(dir / "web2" / "secret.txt") << kMarker;
    std::ofstream(dir / "outside.txt") << kMarker;
    std::filesystem::create_directory_symlink(dir / "web2", web / "assets");
    std::filesystem::create_symlink(dir / "outside.txt", web / "up.txt");
    std::filesystem::create_symlink("../web2/secret.txt", web / "css" / "rel.txt");
    config.web_root = web.string();
    config.max_streams = 8;
    config.cache_mb = 1;
    parley::store::StoreOptions options;
    options.scan_connections = config.max_streams + 4;
    store = parley::store::Store::OpenSqlite((dir / "db").string(), options);
    parley::fuzz::SeedGraph(*store);
    app = std::make_unique<parley::http::App>(config, *store, nullptr);
  }
};

[[noreturn]] void Fail(const std::string& why) {
  std::fprintf(stderr, "fuzz: %s\n", why.substr(0, 2000).c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static World world;
  if (size == 0) return 0;
  const std::string rest(reinterpret_cast<const char*>(data + 1), size - 1);
  parley::http::Request req;
  req.method = data[0] & 0x80 ? "HEAD" : "GET";
  const auto& formats = parley::exports::Formats();
  switch (data[0] % 5) {
    case 0:
      req.target = "/api/v1/changes?" + rest;
      break;
    case 1:
      // The stream's own timeout is at least a second; the drain below
      // stops after a few polls.
      req.target = "/api/v1/changes/stream?timeout=1";
      req.headers["last-event-id"] = rest;
      break;
    case 2:
      req.target = std::string("/api/v1/export/") + formats[(data[0] / 5) % formats.size()].name +
                   "?" + rest;
      break;
    case 3:
      req.target = "/api/v1/export/jsonld/" + rest;
      break;
    default:
      req.target = "/" + rest;  // a static file, or the single-page app's index
      break;
  }
  parley::http::Response resp = world.app->Handle(req);
  if (resp.status >= 500 && resp.status != 503) Fail("answered " + std::to_string(resp.status));
  std::string body = resp.body;
  if (resp.stream) {
    // As Server::NextChunk does: call until false; a live stream's empty
    // call means "nothing yet" (the server would wait on a timer).
    int idle = 0;
    try {
      for (int calls = 0; calls < 100000 && body.size() < (64u << 20); ++calls) {
        const size_t before = body.size();
        if (!resp.stream(&body)) break;
        if (resp.stream_idle_ms > 0 && body.size() == before && ++idle >= 2) break;
      }
    } catch (const std::exception& e) {
      Fail(std::string("a streamed body threw: ") + e.what());
    }
  }
  if (body.find(kMarker) != std::string::npos)
    Fail("served a file outside the web root: " + req.target);
  return 0;
}
