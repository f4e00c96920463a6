// HealthCheck: GET /api/v1/health.
#include "http/health.h"

#include <spdlog/spdlog.h>

#include <nlohmann/json.hpp>

#include "base/error.h"
#include "http/problem.h"

namespace parley::http {

Response HealthCheck::Answer(bool detailed) {
  // Read before counting: a write committed meanwhile moves the version, and
  // the next call counts again.
  const uint64_t version = store_.DataVersion();
  const auto now = std::chrono::steady_clock::now();
  nlohmann::json j;
  bool ok = false;
  {
    std::lock_guard<std::mutex> lock(mu_);
    const bool stale = now - checked_at_ >= kRecheck;
    if (!have_counts_ || version != counted_version_ || (stale && !readable_)) {
      try {
        auto read = store_.BeginRead();
        counts_ = read->Counts();
        have_counts_ = readable_ = true;
        counted_version_ = version;
      } catch (const Error& e) {
        // Every pooled connection busy for the whole acquire timeout: the
        // last counts stand; anything else means reads fail.
        if (e.code() != ErrorCode::kUnavailable || !have_counts_) {
          spdlog::error("health: the database cannot be read: {}", e.what());
          readable_ = false;
        }
      }
    }
    if (stale) checked_at_ = now;
    // Cheap: the store remembers its last storage failure and looks at the
    // disk at most once a second.
    write_problem_ = store_.WriteProblem();
    if (!readable_) {
      Response r = Problem(503, "the database cannot be read", "/api/v1/health");
      r.SetHeader("Cache-Control", "no-store");
      return r;
    }
    ok = write_problem_.empty();
    if (!detailed) {
      j = {{"status", ok ? "ok" : "degraded"}, {"database", "ok"}};
    } else {
      j = {{"status", ok ? "ok" : "degraded"},
           {"database", "ok"},
           {"writes", ok ? "ok" : write_problem_},
           {"backend", store_.Backend()},
           {"schema_version", store_.SchemaVersion()},
           {"newest_schema_version", store_.NewestSchemaVersion()},
           {"extractor_version", extractor_version_},
           {"counts",
            {{"documents", counts_.documents},
             {"entities", counts_.entities},
             {"events", counts_.events},
             {"mentions", counts_.mentions}}}};
    }
  }
  Response r;
  r.status = ok ? 200 : 503;
  r.body = j.dump();
  r.SetHeader("Cache-Control", "no-store");
  return r;
}

}  // namespace parley::http
