// Input walking for `parley ingest`.
#include "ingest/sources.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include <zlib.h>

namespace parley::ingest {
namespace fs = std::filesystem;
namespace {

std::string Lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool ReadFile(const fs::path& p, std::string* out) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return !in.bad();
}

// Emits one item per non-blank line of NDJSON, numbered from 1 in `name`.
class LineSink {
 public:
  LineSink(std::string name, const std::function<void(SourceItem&)>& fn)
      : name_(std::move(name)), fn_(fn) {}

  void Line(std::string_view line) {
    ++n_;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) return;
    SourceItem item;
    item.origin = name_ + ":" + std::to_string(n_);
    item.bytes = line.size() + 1;
    item.error = DocumentFromJsonText(line, &item.doc);
    fn_(item);
  }

  // Splits a chunk of input into lines; lines inside it are parsed in place,
  // only one that straddles chunks is copied.
  void Chunk(std::string_view chunk) {
    while (!chunk.empty()) {
      const size_t nl = chunk.find('\n');
      if (nl == std::string_view::npos) {
        partial_.append(chunk);
        return;
      }
      if (partial_.empty()) {
        Line(chunk.substr(0, nl));
      } else {
        partial_.append(chunk.substr(0, nl));
        Line(partial_);
        partial_.clear();
      }
      chunk.remove_prefix(nl + 1);
    }
  }

  // The last line, when the input does not end with a newline.
  void Finish() {
    if (!partial_.empty()) Line(partial_);
    partial_.clear();
  }

 private:
  std::string name_, partial_;
  const std::function<void(SourceItem&)>& fn_;
  size_t n_ = 0;
};

// 1 MiB reads: few lines (~13 kB in the UNGDC corpus) straddle two and get copied.
constexpr size_t kChunk = 1 << 20;

void Lines(std::istream& in, const std::string& name, const std::function<void(SourceItem&)>& fn) {
  // Line by line, so documents piped in slowly are read as they come.
  LineSink sink(name, fn);
  std::string line;
  while (std::getline(in, line)) sink.Line(line);
}

// NDJSON in a plain file, read a chunk at a time.
void FileLines(const fs::path& p, const std::function<void(SourceItem&)>& fn) {
  std::ifstream in(p, std::ios::binary);
  if (!in) {
    SourceItem item;
    item.origin = p.string();
    item.error = "cannot read file";
    fn(item);
    return;
  }
  LineSink sink(p.string(), fn);
  std::unique_ptr<char[]> buf(new char[kChunk]);
  while (in) {
    in.read(buf.get(), kChunk);
    sink.Chunk(std::string_view(buf.get(), static_cast<size_t>(in.gcount())));
  }
  sink.Finish();
}

// NDJSON compressed with gzip, inflated a chunk at a time.
void GzipLines(const fs::path& p, const std::function<void(SourceItem&)>& fn) {
  gzFile gz = gzopen(p.c_str(), "rb");
  if (!gz) {
    SourceItem item;
    item.origin = p.string();
    item.error = "cannot read file";
    fn(item);
    return;
  }
  // Reads at least twice zlib's buffer inflate straight into ours.
  gzbuffer(gz, 1 << 18);
  LineSink sink(p.string(), fn);
  std::unique_ptr<char[]> buf(new char[kChunk]);
  int got;
  while ((got = gzread(gz, buf.get(), kChunk)) > 0)
    sink.Chunk(std::string_view(buf.get(), static_cast<size_t>(got)));
  sink.Finish();
  int err = 0;
  const char* msg = gzerror(gz, &err);
  if (err != Z_OK && err != Z_STREAM_END) {
    SourceItem item;
    item.origin = p.string();
    item.error = std::string("gzip: ") + msg;
    fn(item);
  }
  gzclose(gz);
}

void OneFile(const fs::path& p, const std::function<void(SourceItem&)>& fn) {
  const std::string ext = Lower(p.extension().string());
  SourceItem item;
  item.origin = p.string();
  if (ext == ".gz") {
    const std::string inner = Lower(p.stem().extension().string());
    if (inner == ".jsonl" || inner == ".ndjson") return GzipLines(p, fn);
    item.error = "only .jsonl.gz and .ndjson.gz are read compressed";
    fn(item);
    return;
  }
  if (ext == ".jsonl" || ext == ".ndjson") return FileLines(p, fn);
  std::string content;
  if (!ReadFile(p, &content)) {
    item.error = "cannot read file";
    fn(item);
    return;
  }
  item.bytes = content.size();
  if (ext == ".json") {
    nlohmann::json j = nlohmann::json::parse(content, nullptr, false);
    if (j.is_discarded()) {
      item.error = "not valid JSON";
      fn(item);
    } else if (j.is_array()) {
      size_t i = 0;
      for (const auto& el : j) {
        SourceItem sub;
        sub.origin = p.string() + "[" + std::to_string(i++) + "]";
        sub.bytes = content.size() / std::max<size_t>(1, j.size());
        sub.error = DocumentFromJson(el, &sub.doc);
        fn(sub);
      }
    } else {
      item.error = DocumentFromJson(j, &item.doc);
      fn(item);
    }
    return;
  }
  nlohmann::json meta = nlohmann::json::object();
  if (ext == ".html" || ext == ".htm") {
    std::string text, title;
    HtmlToText(content, &text, &title);
    meta["text"] = text;
    if (!title.empty()) meta["title"] = title;
  } else {
    meta["text"] = content;
  }
  // A sidecar NAME.json beside NAME.txt holds the metadata.
  fs::path sidecar = p;
  sidecar.replace_extension(".json");
  std::error_code ec;
  if (ext != ".json" && fs::is_regular_file(sidecar, ec)) {
    std::string side;
    nlohmann::json sj;
    if (ReadFile(sidecar, &side)) sj = nlohmann::json::parse(side, nullptr, false);
    if (!sj.is_object()) {
      item.error = "sidecar " + sidecar.string() + " is not a JSON object";
      fn(item);
      return;
    }
    // Checked before its values are copied (which recurses).
    if (JsonDeeperThan(sj, kMaxDocumentDepth)) {
      item.error = "sidecar " + sidecar.string() + " nests deeper than " +
                   std::to_string(kMaxDocumentDepth) + " levels";
      fn(item);
      return;
    }
    for (const auto& [k, v] : sj.items())
      if (k != "text") meta[k] = v;
  }
  if (!meta.contains("id")) meta["id"] = p.stem().string();
  item.error = DocumentFromJson(meta, &item.doc);
  fn(item);
}

bool Ingestible(const fs::path& p) {
  const std::string ext = Lower(p.extension().string());
  if (ext == ".json") {
    // A .json beside a .txt/.html of the same stem is a sidecar, not a document.
    for (const char* other : {".txt", ".html", ".htm"}) {
      fs::path sib = p;
      sib.replace_extension(other);
      std::error_code ec;
      if (fs::exists(sib, ec)) return false;
    }
    return true;
  }
  if (ext == ".gz") {
    const std::string inner = Lower(p.stem().extension().string());
    return inner == ".jsonl" || inner == ".ndjson";
  }
  return ext == ".txt" || ext == ".jsonl" || ext == ".ndjson" || ext == ".html" || ext == ".htm";
}

}  // namespace

void ForEachDocument(const std::vector<std::string>& paths, std::istream& stdin_stream,
                     const std::function<void(SourceItem&)>& fn) {
  for (const auto& path : paths) {
    if (path == "-") {
      Lines(stdin_stream, "stdin", fn);
      continue;
    }
    std::error_code ec;
    fs::path p(path);
    if (fs::is_directory(p, ec)) {
      std::vector<fs::path> files;
      for (auto it = fs::recursive_directory_iterator(p, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        if (it->is_regular_file(ec) && Ingestible(it->path())) files.push_back(it->path());
      std::sort(files.begin(), files.end());
      for (const auto& f : files) OneFile(f, fn);
    } else if (fs::is_regular_file(p, ec)) {
      OneFile(p, fn);
    } else {
      SourceItem item;
      item.origin = path;
      item.error = "no such file or directory";
      fn(item);
    }
  }
}

namespace {

// The bytes a file yields when read: a .gz file's uncompressed size from its
// gzip trailer (ISIZE, the size modulo 2^32, of the last member: an
// estimate for multi-member files), else its size. Progress counts
// uncompressed bytes, so comparing them with the compressed size said 304%.
uint64_t ReadableBytes(const fs::path& p) {
  std::error_code ec;
  const uint64_t size = fs::file_size(p, ec);
  if (ec) return 0;
  if (p.extension() != ".gz" || size < 18) return size;
  std::ifstream in(p, std::ios::binary);
  in.seekg(-4, std::ios::end);
  unsigned char b[4] = {};
  if (!in.read(reinterpret_cast<char*>(b), 4)) return size;
  uint64_t isize = b[0] | (b[1] << 8) | (b[2] << 16) | (static_cast<uint64_t>(b[3]) << 24);
  // Wrapped past 4 GiB when far below the compressed size (incompressible
  // input is only a little larger compressed: header, trailer, block heads).
  while (isize + 1024 + size / 64 < size) isize += uint64_t{1} << 32;
  return isize;
}

}  // namespace

uint64_t TotalBytes(const std::vector<std::string>& paths) {
  uint64_t total = 0;
  for (const auto& path : paths) {
    std::error_code ec;
    fs::path p(path);
    if (fs::is_directory(p, ec)) {
      for (auto it = fs::recursive_directory_iterator(p, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        if (it->is_regular_file(ec)) total += ReadableBytes(it->path());
    } else if (fs::is_regular_file(p, ec)) {
      total += ReadableBytes(p);
    }
  }
  return total;
}

}  // namespace parley::ingest
