// Logging set-up. JSON lines are built by the callers that log structured
// records (the access log); the pattern only wraps the message.
#include "base/log.h"

#include <atomic>

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace parley {
namespace {
std::atomic<bool> g_json{false};
}

void InitLogging(const std::string& level, const std::string& format) {
  auto logger = spdlog::stderr_logger_mt("parley");
  spdlog::set_default_logger(logger);
  g_json = format == "json";
  if (g_json) {
    // Messages in JSON mode are complete JSON objects already.
    spdlog::set_pattern("%v");
  } else {
    spdlog::set_pattern("%Y-%m-%dT%H:%M:%S.%eZ %^%l%$ %v", spdlog::pattern_time_type::utc);
  }
  spdlog::set_level(spdlog::level::from_str(level));
}

bool JsonLogging() { return g_json; }

}  // namespace parley
