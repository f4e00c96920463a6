// Change feed formatting.
#include "export/change_feed.h"

#include <charconv>

#include "base/error.h"
#include "base/time.h"

namespace parley::exports {

nlohmann::json ChangeJson(const store::ChangeRow& c) {
  return {{"seq", c.seq},
          {"at", FormatTimestamp(c.at)},
          {"op", c.op},
          {"kind", c.kind},
          {"id", c.object_id}};
}

std::string SseMessage(const store::ChangeRow& c) {
  return "id: " + std::to_string(c.seq) + "\nevent: change\ndata: " + ChangeJson(c).dump() + "\n\n";
}

int64_t ParseChangeCursor(std::string_view cursor, const std::string& param) {
  if (cursor.empty()) return 0;
  int64_t seq = -1;
  auto [end, ec] = std::from_chars(cursor.data(), cursor.data() + cursor.size(), seq);
  if (ec != std::errc() || end != cursor.data() + cursor.size() || seq < 0)
    throw Error(ErrorCode::kInvalidArgument,
                param + " must be a change cursor (a non-negative integer seq)", param);
  return seq;
}

}  // namespace parley::exports
