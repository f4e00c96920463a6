// libFuzzer target: raw bytes → Beast's request parser (with the server's
// limits) → App::Handle over a real store. Nothing may crash, leak or
// answer a 5xx.
#include <boost/beast/http.hpp>
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
    config.write_token = "fuzz";
    config.body_limit = 64 * 1024;
    config.web_root = "/nonexistent";
    const auto dir = std::filesystem::temp_directory_path() / "parley-fuzz-http";
    std::filesystem::create_directories(dir);
    store = parley::store::Store::OpenSqlite((dir / "db").string(), {});
    app = std::make_unique<parley::http::App>(config, *store, nullptr);
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static World world;
  namespace bhttp = boost::beast::http;
  bhttp::request_parser<bhttp::string_body> parser;
  parser.body_limit(world.config.body_limit);
  parser.header_limit(16 * 1024);
  parser.eager(true);
  boost::beast::error_code ec;
  parser.put(boost::asio::buffer(data, size), ec);
  if (ec || !parser.is_done()) return 0;
  const auto& msg = parser.get();
  parley::http::Request req;
  req.method = std::string(msg.method_string());
  req.target = std::string(msg.target());
  for (const auto& f : msg) {
    std::string name(f.name_string());
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    req.headers[name] = std::string(f.value());
  }
  req.body = msg.body();
  // Writes would grow the fuzz database without bound; reads are the surface.
  if (req.method == "DELETE") return 0;
  auto resp = world.app->Handle(req);
  if (resp.status >= 500 && resp.status != 503) std::abort();
  return 0;
}
