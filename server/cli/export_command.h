// `parley export`: streams the graph, or the part the event filters select,
// to a file or stdout in an analytics format (see server/export/README.md).
// Memory stays flat however large the export.
//
// Not thread-safe: runs once per process.
#pragma once

#include <string>
#include <vector>

#include "base/config.h"
#include "store/store.h"

namespace parley::cli {

// Runs `parley export` with its own arguments (after the subcommand name,
// without --db). Returns the exit status (0 on success, also after --help).
// Throws Error(kInvalidArgument) on bad usage (unknown format or flag,
// malformed filter), Error(kInternal) when the output can't be written.
int RunExport(const Config& config, store::Store& store, const std::vector<std::string>& args);

}  // namespace parley::cli
