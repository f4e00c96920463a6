// Logging set-up: spdlog with a text or JSON-lines format.
//
// Thread-safe after InitLogging; call it once at start-up.
#pragma once

#include <string>

#include <nlohmann/json_fwd.hpp>

namespace parley {

// Configures the default spdlog logger to stderr. `format` is "text" or
// "json": then every line is one JSON object, {"ts": <ms since the epoch>,
// "level": "info", "msg": "..."}, whatever logged it.
void InitLogging(const std::string& level, const std::string& format);

// True when InitLogging chose JSON lines.
bool JsonLogging();

// Logs a structured record (an object with "level" and "msg" among its
// fields) at info level as one JSON line, as it is. JSON mode only.
void LogRecord(const nlohmann::json& record);

}  // namespace parley
