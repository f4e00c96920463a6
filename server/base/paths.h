// Paths: where Parley finds its migrations, dictionaries and web assets.
//
// Thread-safe: pure functions over the environment.
#pragma once

#include <filesystem>

namespace parley {

// The directory holding migrations/, config/ and web/: $PARLEY_HOME if set,
// else the source tree the binary was built from if it still exists, else
// /usr/share/parley.
std::filesystem::path HomeDir();

}  // namespace parley
