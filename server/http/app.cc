// App: cross-cutting HTTP behaviour and the core routes (health, static).
#include "http/app.h"

#include <openssl/crypto.h>
#include <spdlog/spdlog.h>
#include <zlib.h>

#include <atomic>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <sstream>

#include <nlohmann/json.hpp>

#include "base/error.h"
#include "base/hash.h"
#include "base/paths.h"
#include "extract/extractor.h"
#include "http/api_docs.h"
#include "http/content_coding.h"
#include "http/problem.h"

namespace parley::http {
namespace {

std::string NewRequestId() {
  static const std::string prefix = [] {
    std::random_device rd;
    char buf[9];
    std::snprintf(buf, sizeof buf, "%08x", rd());
    return std::string(buf);
  }();
  static std::atomic<uint64_t> counter{0};
  return prefix + "-" + std::to_string(++counter);
}

bool IsWrite(const std::string& method) {
  return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
}

bool IsApi(const Request& req) { return req.path.rfind("/api/", 0) == 0; }

bool AcceptsGzip(const Request& req) { return PrefersGzip(req.Header("accept-encoding")); }

// Adds `value` to the response's Vary header.
void AddVary(Response& resp, const std::string& value) {
  const std::string vary = resp.Header("Vary");
  resp.SetHeader("Vary", vary.empty() ? value : vary + ", " + value);
}

const char* MimeType(const std::string& ext) {
  if (ext == ".html") return "text/html; charset=utf-8";
  if (ext == ".js" || ext == ".mjs") return "text/javascript; charset=utf-8";
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".json" || ext == ".map") return "application/json";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".ico") return "image/x-icon";
  if (ext == ".woff2") return "font/woff2";
  if (ext == ".txt") return "text/plain; charset=utf-8";
  return "application/octet-stream";
}

// Is `path` inside `root`, component by component? Both are canonical. A
// string prefix would let "/srv/web" contain "/srv/web2/secret", where a
// symbolic link under the web root may lead.
bool IsWithin(const std::filesystem::path& root, const std::filesystem::path& path) {
  auto r = root.begin(), p = path.begin();
  for (; r != root.end(); ++r) {
    if (r->empty()) continue;  // the empty last element of a trailing '/'
    if (p == path.end() || *p != *r) return false;
    ++p;
  }
  return true;
}

}  // namespace

bool TokenMatches(const std::string& presented, const std::string& expected) {
  if (expected.empty()) return false;
  // Compare digests so the comparison time depends on neither length.
  const std::string a = Sha256Hex(presented), b = Sha256Hex(expected);
  return CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

bool BearerMatches(std::string_view authorization, const std::string& expected) {
  // The scheme is case-insensitive (RFC 9110 section 11.1); the token is not.
  constexpr std::string_view kScheme = "bearer ";
  if (authorization.size() < kScheme.size()) return false;
  for (size_t i = 0; i < kScheme.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(authorization[i])) != kScheme[i]) return false;
  }
  return TokenMatches(std::string(authorization.substr(kScheme.size())), expected);
}

std::string Gzip(const std::string& in) {
  z_stream zs{};
  if (deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    throw Error(ErrorCode::kInternal, "deflateInit2 failed");
  std::string out;
  out.resize(deflateBound(&zs, static_cast<uLong>(in.size())) + 32);
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  int rc = deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  if (rc != Z_STREAM_END) throw Error(ErrorCode::kInternal, "deflate failed");
  return out;
}

Response JsonResponse(int status, const std::string& body) {
  Response r;
  r.status = status;
  r.body = body;
  return r;
}

std::shared_ptr<void> StreamSlots::TryAcquire() {
  if (count_->fetch_add(1) >= max_) {
    --*count_;
    return nullptr;
  }
  // The deleter keeps the counter alive even if the App goes first.
  auto count = count_;
  return std::shared_ptr<void>(count.get(), [count](void*) { --*count; });
}

App::App(const Config& config, store::Store& store, ingest::Ingester* ingester)
    : config_(config),
      store_(store),
      streams_(config.max_streams),
      ctx_{config, store, ingester, streams_},
      web_root_(config.web_root.empty() ? (HomeDir() / "web" / "dist").string() : config.web_root),
      docs_dir_(
          config.docs_dir.empty()
              ? (HomeDir() / "tools" / "apidocs" / "node_modules" / "redoc" / "bundles").string()
              : config.docs_dir),
      cache_(static_cast<size_t>(config.cache_mb) << 20),
      health_(store,
              ingester != nullptr ? ingester->extractor_version() : extract::Extractor::kVersion) {
  AddCoreRoutes();
  RegisterDocumentRoutes(router_, ctx_);
  RegisterGraphRoutes(router_, ctx_);
  RegisterNetworkRoutes(router_, ctx_);
  RegisterMapRoutes(router_, ctx_);
  RegisterExportRoutes(router_, ctx_);
  RegisterAnalystRoutes(router_, ctx_);
}

void App::AddCoreRoutes() {
  router_.Add("GET", "/api/v1/health", [this](const Request& req, const PathParams&) {
    // With read_requires_token on, a load balancer without the token still
    // learns up/degraded/down, but nothing about the data.
    const bool detailed = !config_.read_requires_token ||
                          BearerMatches(req.Header("authorization"), config_.write_token);
    return health_.Answer(detailed);
  });
}

Response App::ServeStatic(const Request& req) const {
  namespace fs = std::filesystem;
  std::string rel = req.path;
  for (const auto& seg : SplitPath(rel))
    if (seg == ".." || seg == "." || seg.find('\\') != std::string::npos)
      return Problem(404, "no resource at " + req.path, req.path);
  if (rel.empty() || rel.back() == '/') rel += "index.html";
  std::error_code ec;
  const fs::path root = fs::weakly_canonical(web_root_, ec);
  fs::path file = fs::weakly_canonical(root / fs::path(rel).relative_path(), ec);
  if (ec) return Problem(404, "no resource at " + req.path, req.path);
  // Unknown extension-less paths are client-side routes of the single-page app.
  if (!fs::is_regular_file(file, ec) && fs::path(rel).extension().empty())
    file = root / "index.html";
  if (!IsWithin(root, file) || !fs::is_regular_file(file, ec))
    return Problem(404, "no resource at " + req.path, req.path);
  std::ifstream in(file, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  Response r;
  r.content_type = MimeType(file.extension().string());
  r.body = ss.str();
  r.SetHeader("Cache-Control",
              file.filename() == "index.html" ? "no-cache" : "public, max-age=3600");
  r.SetHeader("X-Content-Type-Options", "nosniff");
  return r;
}

std::optional<Response> App::Gate(const Request& req) const {
  if (req.body.size() > config_.body_limit)
    return Problem(413, "request body exceeds " + std::to_string(config_.body_limit) + " bytes",
                   req.path);
  if (req.method == "OPTIONS") {
    Response r;
    r.status = 204;
    r.content_type.clear();
    return r;
  }
  const bool api = IsApi(req);
  // POST /api/v1/sql carries a read in its body: it needs the token only
  // when reads do.
  const bool write = IsWrite(req.method) && req.path != "/api/v1/sql";
  // Health checks (Docker, compose, load balancers) carry no token: health
  // answers without one, and then says only whether the server is up.
  const bool health = req.path == "/api/v1/health" && !IsWrite(req.method);
  if (api && (write || (config_.read_requires_token && !health))) {
    if (!BearerMatches(req.Header("authorization"), config_.write_token)) {
      Response r = Problem(401, "a valid bearer token is required", req.path);
      r.SetHeader("WWW-Authenticate", "Bearer realm=\"parley\"");
      return r;
    }
  }
  if (!api && req.method != "GET" && req.method != "HEAD") {
    Response r = Problem(405, req.method + " is not allowed on " + req.path, req.path);
    r.SetHeader("Allow", "GET, HEAD");
    return r;
  }
  return std::nullopt;
}

std::shared_ptr<const CachedResponse> App::Seal(Response resp, bool gzip) {
  auto sealed = std::make_shared<CachedResponse>();
  resp.SetHeader("ETag", "\"" + Sha256Hex(resp.body).substr(0, 32) + "\"");
  if (gzip && resp.body.size() > kGzipMinBytes) sealed->gzip_body = Gzip(resp.body);
  sealed->response = std::move(resp);
  return sealed;
}

Response App::Unseal(const CachedResponse& sealed, const Request& req) {
  const Response& full = sealed.response;
  Response resp;
  resp.status = full.status;
  resp.content_type = full.content_type;
  resp.headers = full.headers;
  const bool gzip = full.body.size() > kGzipMinBytes && AcceptsGzip(req) &&
                    full.Header("Content-Encoding").empty();
  // Each encoding is its own representation with its own ETag (RFC 9110
  // 8.8.3): "<hash>" plain, "<hash>-gzip" compressed, so a cache never
  // serves one for the other. If-None-Match matches the one to be sent.
  const std::string plain_etag = full.Header("ETag");
  const std::string etag =
      gzip ? plain_etag.substr(0, plain_etag.size() - 1) + "-gzip\"" : plain_etag;
  resp.SetHeader("ETag", etag);
  if (gzip) AddVary(resp, "Accept-Encoding");
  const std::string inm = req.Header("if-none-match");
  if (!inm.empty() && (inm == "*" || inm.find(etag) != std::string::npos)) {
    resp.status = 304;
    return resp;
  }
  if (gzip) {
    resp.body = sealed.gzip_body.empty() ? Gzip(full.body) : sealed.gzip_body;
    resp.SetHeader("Content-Encoding", "gzip");
  } else {
    resp.body = full.body;
  }
  return resp;
}

Response App::Handle(Request req) const {
  if (req.request_id.empty()) req.request_id = NewRequestId();
  Response resp;
  std::shared_ptr<const CachedResponse> sealed;
  // The data version the answer is cached under, when it is cacheable.
  std::optional<uint64_t> cache_at;
  if (req.path.empty() && !ParseTarget(req.target, &req.path, &req.query)) {
    resp = Problem(400, "malformed request target", "");
  } else {
    try {
      if (auto refused = Gate(req)) {
        resp = std::move(*refused);
      } else if (IsDocsPath(req.path)) {
        resp = ServeApiDocs(req, docs_dir_);
      } else if (!IsApi(req)) {
        resp = ServeStatic(req);
      } else {
        const bool cacheable = cache_.enabled() && (req.method == "GET" || req.method == "HEAD");
        // Read before the query runs: a write committed meanwhile moves the
        // version, so what this request stores is never served after it.
        const uint64_t version = cacheable ? store_.DataVersion() : 0;
        if (cacheable) sealed = cache_.Get(req.target, version);
        if (!sealed) {
          resp = router_.Handle(req);
          if (cacheable && resp.status == 200 && !resp.stream &&
              resp.Header("Cache-Control").find("no-store") == std::string::npos)
            cache_at = version;
        }
      }
    } catch (const Error& e) {
      const int status = HttpStatus(e.code());
      if (IsStorageError(e.code())) {
        // Disk full, read-only: no retry will do, and the message (the
        // store's own words, no SQL) tells the operator what to fix.
        spdlog::error("request {} {} failed: {}", req.request_id, req.path, e.what());
        resp = Problem(status, e.what(), req.path);
      } else if (status >= 500) {
        // Busy (a full pool, every stream slot taken) is load, not a fault.
        if (status == 503)
          spdlog::warn("request {} {}: {}", req.request_id, req.path, e.what());
        else
          spdlog::error("request {} {} failed: {}", req.request_id, req.path, e.what());
        resp = Problem(status,
                       status == 503 ? std::string(e.what()) + "; retry"
                                     : "internal error; see the server log",
                       req.path);
        if (status == 503) resp.SetHeader("Retry-After", "1");
      } else {
        resp = Problem(status, e.what(), req.path, e.param());
      }
    } catch (const std::exception& e) {
      spdlog::error("request {} {} failed: {}", req.request_id, req.path, e.what());
      resp = Problem(500, "internal error; see the server log", req.path);
    }
  }
  if (!sealed && !resp.stream && (req.method == "GET" || req.method == "HEAD") &&
      resp.status == 200) {
    sealed = Seal(std::move(resp), AcceptsGzip(req));
    if (cache_at) cache_.Put(req.target, *cache_at, sealed);
    resp = Unseal(*sealed, req);
  } else if (sealed) {
    resp = Unseal(*sealed, req);
  } else if (!resp.stream && resp.body.size() > kGzipMinBytes && AcceptsGzip(req) &&
             resp.Header("Content-Encoding").empty()) {
    resp.body = Gzip(resp.body);
    resp.SetHeader("Content-Encoding", "gzip");
    AddVary(resp, "Accept-Encoding");
  }
  resp.SetHeader("X-Request-Id", req.request_id);

  const std::string origin = req.Header("origin");
  if (!origin.empty()) {
    for (const auto& allowed : config_.cors_origins) {
      if (allowed == "*" || allowed == origin) {
        resp.SetHeader("Access-Control-Allow-Origin", allowed == "*" ? "*" : origin);
        AddVary(resp, "Origin");
        resp.SetHeader("Access-Control-Expose-Headers", "ETag, X-Request-Id, Link");
        if (req.method == "OPTIONS") {
          resp.SetHeader("Access-Control-Allow-Methods", "GET, HEAD, POST, DELETE, OPTIONS");
          resp.SetHeader("Access-Control-Allow-Headers",
                         "Authorization, Content-Type, If-None-Match");
          resp.SetHeader("Access-Control-Max-Age", "600");
        }
        break;
      }
    }
  }
  return resp;
}

}  // namespace parley::http
