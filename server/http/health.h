// HealthCheck: the answer of GET /api/v1/health, cached so that a load
// balancer polling it costs next to nothing, and honest: "ok" only while
// both reads and writes can succeed.
//
// Thread-safe: Answer() may run on many threads at once.
#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>
#include <string>
#include <utility>

#include "http/message.h"
#include "store/store.h"

namespace parley::http {

class HealthCheck {
 public:
  // `extractor_version` is what /health reports (the ingester's extractor,
  // or the built-in one when this server does not ingest).
  HealthCheck(store::Store& store, std::string extractor_version)
      : store_(store), extractor_version_(std::move(extractor_version)) {}

  // 200 {"status": "ok", ...} when the database reads and nothing is known
  // to stop writes; 503 {"status": "degraded", "writes": "<why>"} when
  // writes fail (disk full, read-only) while reads work; 503 {"status":
  // "unavailable"} when the database cannot be read. The counts are
  // recounted only after a write (Store::DataVersion moved), or every
  // kRecheck while reads fail; what stops writes comes from
  // Store::WriteProblem, itself cheap. With `detailed` false (reads need a
  // token and none came) the body says only "status" and "database": up,
  // degraded or down, nothing about the data.
  Response Answer(bool detailed = true);

  static constexpr std::chrono::milliseconds kRecheck{1000};

 private:
  store::Store& store_;
  const std::string extractor_version_;
  std::mutex mu_;
  bool have_counts_ = false;
  uint64_t counted_version_ = 0;
  store::GraphCounts counts_;
  std::chrono::steady_clock::time_point checked_at_;
  std::string write_problem_;
  bool readable_ = true;
};

}  // namespace parley::http
