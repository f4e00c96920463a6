// `parley export`: streams the graph to a file or stdout in an analytics
// format. Filled by the exports work (issue 7).
#pragma once

#include <string>
#include <vector>

#include "base/config.h"
#include "store/store.h"

namespace parley::cli {

// Runs `parley export` with its own arguments (after the subcommand name).
// Returns the exit status; throws Error (kInvalidArgument) on bad usage.
int RunExport(const Config& config, store::Store& store, const std::vector<std::string>& args);

}  // namespace parley::cli
