// libFuzzer target: bytes → the readers of `parley ingest`
// (ingest::ForEachDocument over files it writes: .json, .jsonl, .jsonl.gz,
// .txt with a sidecar .json, .html, and NDJSON on stdin). The first byte
// picks the layout; for .txt + sidecar a 0xFF byte splits text from
// sidecar. Every document a reader accepts must be usable: valid UTF-8,
// non-blank text, metadata within the depth limit that serialises.
#include <zlib.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "base/utf8.h"
#include "fuzz_world.h"
#include "ingest/sources.h"

namespace {

[[noreturn]] void Fail(const std::string& why) {
  std::fprintf(stderr, "fuzz: %s\n", why.substr(0, 2000).c_str());
  std::abort();
}

void Write(const std::filesystem::path& p, const std::string& bytes) {
  std::ofstream(p, std::ios::binary) << bytes;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto kDir = parley::fuzz::ScratchDir("sources");
  if (size == 0) return 0;
  const std::string rest(reinterpret_cast<const char*>(data + 1), size - 1);
  const auto dir = kDir / "in";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::istringstream stdin_stream;
  std::vector<std::string> paths = {dir.string()};
  switch (data[0] % 6) {
    case 0:
      Write(dir / "doc.json", rest);
      break;
    case 1:
      Write(dir / "docs.jsonl", rest);
      break;
    case 2: {
      gzFile gz = gzopen((dir / "docs.jsonl.gz").c_str(), "wb");
      gzwrite(gz, rest.data(), static_cast<unsigned>(rest.size()));
      gzclose(gz);
      break;
    }
    case 3: {
      const size_t split = rest.find('\xFF');
      Write(dir / "a.txt", rest.substr(0, split));
      if (split != std::string::npos) Write(dir / "a.json", rest.substr(split + 1));
      break;
    }
    case 4:
      Write(dir / "page.html", rest);
      break;
    default:
      stdin_stream.str(rest);
      paths = {"-"};
      break;
  }
  parley::ingest::ForEachDocument(paths, stdin_stream, [](parley::ingest::SourceItem& item) {
    if (!item.error.empty()) return;
    const auto& d = item.doc;
    if (!parley::IsValidUtf8(d.text)) Fail(item.origin + ": text is not UTF-8");
    if (d.text.find_first_not_of(" \t\r\n\v\f") == std::string::npos)
      Fail(item.origin + ": blank text accepted");
    if (parley::ingest::JsonDeeperThan(d.metadata, parley::ingest::kMaxDocumentDepth))
      Fail(item.origin + ": metadata deeper than the limit accepted");
    (void)d.metadata.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  });
  return 0;
}
