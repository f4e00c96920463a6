// Logging set-up: spdlog with a text or JSON-lines format.
//
// Thread-safe after InitLogging; call it once at start-up.
#pragma once

#include <string>

namespace parley {

// Configures the default spdlog logger to stderr. `format` is "text" or
// "json" (one JSON object a line); `level` is an spdlog level name.
void InitLogging(const std::string& level, const std::string& format);

// True when InitLogging chose JSON lines.
bool JsonLogging();

}  // namespace parley
