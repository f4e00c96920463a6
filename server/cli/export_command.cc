// `parley export`. Filled by the exports work (issue 7).
#include "cli/export_command.h"

#include <iostream>

namespace parley::cli {

int RunExport(const Config& config, store::Store& store, const std::vector<std::string>& args) {
  (void)config;
  (void)store;
  (void)args;
  std::cerr << "parley export: not yet available\n";
  return 2;
}

}  // namespace parley::cli
