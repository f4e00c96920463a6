// Content hashing for document identity.
//
// Thread-safe: pure functions.
#pragma once

#include <string>
#include <string_view>

namespace parley {

// Lower-case hex SHA-256 of `data`.
std::string Sha256Hex(std::string_view data);

}  // namespace parley
