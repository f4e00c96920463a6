// JSON Lines reading (jsonl.h).
#include "base/jsonl.h"

#include <fstream>
#include <string>

#include "base/error.h"

namespace parley {

bool ForEachJsonLine(const std::filesystem::path& path,
                     const std::function<void(const nlohmann::json&)>& fn) {
  if (!std::filesystem::exists(path)) return false;
  std::ifstream in(path);
  if (!in) throw Error(ErrorCode::kInvalidArgument, "cannot read " + path.string());
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
      throw Error(ErrorCode::kInvalidArgument,
                  path.string() + ":" + std::to_string(n) + ": not a JSON object");
    }
    fn(j);
  }
  return true;
}

}  // namespace parley
