// Change feed: the JSON and Server-Sent Events forms of store::ChangeRow and
// the cursor clients resume from. The cursor is the decimal seq of the last
// change a client has seen; seqs only grow, so "everything after my cursor"
// is exactly the changes committed since (a retracted fact appears as a new
// "retracted" change, never by rewriting history).
//
// Thread-safe: pure functions.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "store/scan_txn.h"

namespace parley::exports {

// {"seq": 12, "at": "2025-12-14T10:20:30.123456Z", "op": "created",
//  "kind": "event", "id": 5}
nlohmann::json ChangeJson(const store::ChangeRow& change);

// One SSE message: "id: <seq>\nevent: change\ndata: <ChangeJson>\n\n".
std::string SseMessage(const store::ChangeRow& change);

// The seq a cursor names: "" → 0 (from the start). Throws
// Error(kInvalidArgument, .., `param`) unless it is a non-negative integer.
int64_t ParseChangeCursor(std::string_view cursor, const std::string& param);

}  // namespace parley::exports
