// `parley sql`: one read-only SELECT over the documented views (migration
// 0010: entities, events, participants, evidence, documents, dyads), the same
// interface as GET/POST /api/v1/sql, printed as CSV (default) or JSON.
//
// Not thread-safe: runs once per process.
#pragma once

#include <string>
#include <vector>

#include "base/config.h"
#include "store/store.h"

namespace parley::cli {

// Runs `parley sql` with its own arguments (after the subcommand name,
// without --db). Returns 0 on success (also after --help). Throws
// Error(kInvalidArgument) on bad usage or refused SQL, other Errors as the
// store reports them (a query out of time: kUnprocessable).
int RunSql(const Config& config, store::Store& store, const std::vector<std::string>& args);

}  // namespace parley::cli
