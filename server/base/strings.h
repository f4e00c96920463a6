// Small string utilities more than one module needs.
//
// Thread-safe: pure functions.
#pragma once

#include <string>
#include <string_view>

namespace parley {

// `in` with every run of separators (`is_separator(c)`) as one space, no
// space at either end, and every `drop` character removed.
template <typename IsSeparator>
std::string CollapseSeparators(std::string_view in, IsSeparator is_separator, char drop = '\0') {
  std::string out;
  out.reserve(in.size());
  bool space = false;
  for (char c : in) {
    if (drop != '\0' && c == drop) continue;
    if (is_separator(c)) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

}  // namespace parley
