// The OpenAPI document against the real router: every route is documented,
// and every documented example of a read route has the keys and JSON types
// that the real response has (over the sample article).
#include "http/openapi.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>

#include "backend.h"
#include "http/app.h"
#include "test_util.h"

using namespace parley;
using nlohmann::json;

namespace {

bool SameKind(const json& example, const json& actual) {
  if (example.is_null() || actual.is_null()) return true;  // nullable fields
  if (example.is_number() && actual.is_number()) return true;
  return example.type() == actual.type();
}

}  // namespace

TEST_CASE("openapi: every route is documented and examples match real responses") {
  testing::TempDir dir;
  Config config;
  config.web_root = dir.File("web");
  auto store = store::Store::Open(testing::TestDb(dir, "db"), {});
  auto extractor = extract::Extractor::Load(testing::SourceDir() / "config");
  ingest::Ingester ingester(*store, *extractor);
  ingest::DocumentInput seed;
  std::ifstream in(testing::SourceDir() / "config" / "sample" / "article.txt");
  seed.text.assign(std::istreambuf_iterator<char>(in), {});
  seed.published_at = "2025-12-14";
  auto outcome = ingester.Ingest(seed);
  REQUIRE(!outcome.event_ids.empty());
  http::App app(config, *store, &ingester);
  const json& doc = http::OpenApiDocument();
  CHECK(doc["openapi"] == "3.1.0");

  // No structured bindings below: clang 14 cannot capture them in INFO.
  for (const auto& route : app.router().Routes()) {
    const std::string& method = route.first;
    const std::string& pattern = route.second;
    std::string m = method;
    std::transform(m.begin(), m.end(), m.begin(), ::tolower);
    INFO(method << " " << pattern);
    REQUIRE(doc["paths"].contains(pattern));
    CHECK(doc["paths"][pattern].contains(m));
  }

  const std::string entity = std::to_string(outcome.entity_ids.front());
  const std::string event = std::to_string(outcome.event_ids.front());
  const std::map<std::string, std::string> targets = {
      {"/api/v1/documents/{id}", "/api/v1/documents/" + std::to_string(outcome.document_id)},
      {"/api/v1/entities/{id}", "/api/v1/entities/" + entity},
      {"/api/v1/entities/{id}/events", "/api/v1/entities/" + entity + "/events"},
      {"/api/v1/events/{id}", "/api/v1/events/" + event},
      {"/api/v1/graph", "/api/v1/graph?seed=" + entity},
      {"/api/v1/paths", "/api/v1/paths?from=" + entity + "&to=" + entity},
      {"/api/v1/search", "/api/v1/search?q=Lavrov"},
      {"/api/v1/entities", "/api/v1/entities?q=lavrov"},
      {"/api/v1/aggregate", "/api/v1/aggregate?group_by=period,type"},
      {"/api/v1/sql",
       "/api/v1/sql?sql=SELECT%20type%2C%20count(*)%20AS%20n%20FROM%20events"
       "%20GROUP%20BY%20type"},
  };
  int checked = 0;
  for (const auto& [path, item] : doc["paths"].items()) {
    if (!item.contains("get")) continue;
    const json ok = item["get"]["responses"].value("200", json::object());
    // Streamed answers (exports) document other media types and no example.
    if (!ok.contains("content") || !ok["content"].contains("application/json") ||
        !ok["content"]["application/json"].contains("example"))
      continue;
    const json& example = ok["content"]["application/json"]["example"];
    http::Request req;
    req.method = "GET";
    req.target = targets.count(path) ? targets.at(path) : path;
    auto resp = app.Handle(req);
    INFO(req.target << " -> " << resp.status << " " << resp.body.substr(0, 200));
    REQUIRE(resp.status == 200);
    const json actual = json::parse(resp.body);
    for (auto it = example.begin(); it != example.end(); ++it) {
      const std::string key = it.key();
      INFO("key " << key);
      REQUIRE(actual.contains(key));
      CHECK(SameKind(it.value(), actual[key]));
    }
    for (auto it = actual.begin(); it != actual.end(); ++it) {
      const std::string key = it.key();
      INFO("undocumented key " << key);
      CHECK(example.contains(key));
    }
    ++checked;
  }
  CHECK(checked >= 12);
}
