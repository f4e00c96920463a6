// Resource directory lookup.
#include "base/paths.h"

#include <cstdlib>

namespace parley {

std::filesystem::path HomeDir() {
  if (const char* home = std::getenv("PARLEY_HOME"); home && *home) return home;
#ifdef PARLEY_SOURCE_DIR
  std::filesystem::path src = PARLEY_SOURCE_DIR;
  std::error_code ec;
  if (std::filesystem::exists(src / "migrations", ec)) return src;
#endif
  return "/usr/share/parley";
}

}  // namespace parley
