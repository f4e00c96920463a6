// Logging set-up. In JSON mode a formatter makes every message one JSON
// object, so that no line (a library's, a startup message, an error) breaks a
// log shipper that parses each line; structured records (the access log)
// pass through whole.
#include "base/log.h"

#include <atomic>
#include <chrono>
#include <memory>

#include <spdlog/formatter.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>
#include <nlohmann/json.hpp>

namespace parley {
namespace {

std::atomic<bool> g_json{false};
// Set while LogRecord logs: the message is a finished JSON object.
thread_local bool t_record = false;

class JsonLineFormatter : public spdlog::formatter {
 public:
  void format(const spdlog::details::log_msg& msg, spdlog::memory_buf_t& dest) override {
    const std::string_view payload(msg.payload.data(), msg.payload.size());
    if (t_record) {
      dest.append(payload.data(), payload.data() + payload.size());
    } else {
      const auto level = spdlog::level::to_string_view(msg.level);
      const nlohmann::json line = {
          {"ts", std::chrono::duration_cast<std::chrono::milliseconds>(msg.time.time_since_epoch())
                     .count()},
          {"level", std::string(level.data(), level.size())},
          {"msg", std::string(payload)}};
      const std::string out = line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      dest.append(out.data(), out.data() + out.size());
    }
    dest.push_back('\n');
  }
  std::unique_ptr<spdlog::formatter> clone() const override {
    return std::make_unique<JsonLineFormatter>();
  }
};

}  // namespace

void InitLogging(const std::string& level, const std::string& format) {
  auto logger = spdlog::stderr_logger_mt("parley");
  spdlog::set_default_logger(logger);
  g_json = format == "json";
  if (g_json) {
    spdlog::set_formatter(std::make_unique<JsonLineFormatter>());
  } else {
    spdlog::set_pattern("%Y-%m-%dT%H:%M:%S.%eZ %^%l%$ %v", spdlog::pattern_time_type::utc);
  }
  spdlog::set_level(spdlog::level::from_str(level));
}

bool JsonLogging() { return g_json; }

void LogRecord(const nlohmann::json& record) {
  const std::string line = record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  t_record = true;
  spdlog::info(line);
  t_record = false;
}

}  // namespace parley
