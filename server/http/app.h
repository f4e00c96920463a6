// App: the whole HTTP application as a pure function from Request to
// Response (Beast's handle_request). Applies request ids, authentication,
// CORS, ETag/304, gzip, the response cache and error mapping around the
// router; never touches a socket, so every route is testable without one.
//
// Thread-safe: Handle() may run on many threads at once.
#pragma once

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "base/config.h"
#include "http/health.h"
#include "http/message.h"
#include "http/response_cache.h"
#include "http/router.h"
#include "ingest/ingester.h"
#include "store/store.h"

namespace parley::http {

// Counts the streamed answers in flight against Config::max_streams.
class StreamSlots {
 public:
  explicit StreamSlots(int max) : max_(max) {}
  // A slot held until the returned handle is destroyed (with the stream's
  // generator), or null when every slot is taken.
  std::shared_ptr<void> TryAcquire();
  int in_use() const { return in_use_.load(); }

 private:
  const int max_;
  std::shared_ptr<std::atomic<int>> count_ = std::make_shared<std::atomic<int>>(0);
  std::atomic<int>& in_use_ = *count_;
};

// What route handlers may use. Outlives every request.
struct ApiContext {
  const Config& config;
  store::Store& store;
  ingest::Ingester* ingester;  // null when extraction is unavailable
  StreamSlots& streams;
};

class App {
 public:
  // `ingester` may be null (write routes then answer 503).
  App(const Config& config, store::Store& store, ingest::Ingester* ingester);

  // Answers one request. Never throws: errors become problem+json.
  Response Handle(Request req) const;

  const Router& router() const { return router_; }

 private:
  static constexpr size_t kGzipMinBytes = 1024;

  // The answer when the request is refused before routing (body too large,
  // CORS preflight, missing token, non-GET outside the API); else nullopt.
  std::optional<Response> Gate(const Request& req) const;
  // A 200 response with its ETag and, when `gzip`, its compressed body.
  static std::shared_ptr<const CachedResponse> Seal(Response resp, bool gzip);
  // The response to send for `sealed`: 304 on a matching If-None-Match,
  // gzip when accepted.
  static Response Unseal(const CachedResponse& sealed, const Request& req);
  void AddCoreRoutes();
  Response ServeStatic(const Request& req) const;

  const Config& config_;
  store::Store& store_;
  StreamSlots streams_;
  ApiContext ctx_;
  Router router_;
  std::string web_root_;
  std::string docs_dir_;  // Redoc's bundles/ for /docs
  mutable ResponseCache cache_;
  mutable HealthCheck health_;
};

// Registers the graph query routes (entities, events, graph, paths, timeline,
// search, stats, vocabulary, the OpenAPI document).
void RegisterGraphRoutes(Router& router, const ApiContext& ctx);
// Registers the actor-network route (/api/v1/network).
void RegisterNetworkRoutes(Router& router, const ApiContext& ctx);
// Registers the map route (/api/v1/places).
void RegisterMapRoutes(Router& router, const ApiContext& ctx);
// Registers the export and change-feed routes (/api/v1/export/..., /changes).
void RegisterExportRoutes(Router& router, const ApiContext& ctx);
// Registers the analysts' routes (/api/v1/aggregate, /api/v1/sql).
void RegisterAnalystRoutes(Router& router, const ApiContext& ctx);
// Registers the document routes (POST/GET/DELETE /api/v1/documents...).
void RegisterDocumentRoutes(Router& router, const ApiContext& ctx);

// Constant-time comparison of a presented token with the configured one.
bool TokenMatches(const std::string& presented, const std::string& expected);
// True when `authorization` (the header's value) is the Bearer scheme (any
// case) and a token that TokenMatches `expected`.
bool BearerMatches(std::string_view authorization, const std::string& expected);

// gzip-compresses `in` (RFC 1952).
std::string Gzip(const std::string& in);

// The JSON response for `body` with status `status`.
Response JsonResponse(int status, const std::string& body);

}  // namespace parley::http
