// JSON Lines files (one JSON object per line), as the dictionaries in
// config/dict are written: read line by line, blank lines skipped, a
// malformed line reported with its file and line number.
//
// Thread-safe: no shared state.
#pragma once

#include <filesystem>
#include <functional>
#include <nlohmann/json.hpp>

namespace parley {

// Calls `fn` with each object of the JSON Lines file at `path`, in order.
// Returns false, calling nothing, when the file does not exist. Throws
// Error(kInvalidArgument) "cannot read PATH" or "PATH:N: not a JSON object".
bool ForEachJsonLine(const std::filesystem::path& path,
                     const std::function<void(const nlohmann::json&)>& fn);

}  // namespace parley
