// extract_tool: NDJSON documents on stdin -> extractions on stdout (the `parley extract`
// contract), for scripts in bench/extract and for development without the full server.
// Usage: extract_tool [--config DIR] [--explain] < docs.ndjson
#include <cstring>
#include <iostream>

#include "extract/extractor.h"
#include "extract/ndjson.h"

int main(int argc, char** argv) {
  std::string config = PARLEY_SOURCE_DIR "/config";
  bool explain = false;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--config") == 0 && i + 1 < argc) {
      config = argv[++i];
    } else if (std::strcmp(argv[i], "--explain") == 0) {
      explain = true;
    } else {
      std::cerr << "usage: extract_tool [--config DIR] [--explain] < docs.ndjson\n";
      return 2;
    }
  }
  try {
    std::ios::sync_with_stdio(false);
    auto ex = parley::extract::Extractor::Load(config);
    return parley::extract::ExtractNdjson(std::cin, std::cout, std::cerr, *ex, explain);
  } catch (const std::exception& e) {
    std::cerr << "extract_tool: " << e.what() << '\n';
    return 2;
  }
}
