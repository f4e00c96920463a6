// CopyGraph: moves a whole graph from one store to another, row for row
// with the same ids, whatever the backends (`parley copy --from A --to B`).
//
// Thread-safe: no shared state; needs the source's snapshot and the
// target's writer for its duration.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "store/store.h"

namespace parley::store {

// Rows copied per table, in copy order.
using CopyCounts = std::vector<std::pair<std::string, int64_t>>;

// Copies every row of `from` into `to`, which must be empty and at the same
// schema as `from` for its backend (both at this binary's newest). Throws
// Error(kConflict) when `to` holds data and kInvalidArgument when a store is
// not at the newest schema; on failure `to` is left as it was.
CopyCounts CopyGraph(Store& from, Store& to);

}  // namespace parley::store
