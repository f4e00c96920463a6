// Sources: walks the inputs of `parley ingest` (files, directories, stdin)
// and yields documents one at a time, so memory stays flat however large the
// batch.
//
// Not thread-safe: one walk per thread.
#pragma once

#include <functional>
#include <istream>
#include <string>
#include <vector>

#include "ingest/document_input.h"

namespace parley::ingest {

// Where one document came from ("file.jsonl:17") and what went wrong, if
// anything (`error` empty when `doc` is usable).
struct SourceItem {
  std::string origin;
  std::string error;
  DocumentInput doc;
  size_t bytes = 0;
};

// Calls `fn` for every document in `paths`: .txt (with an optional sidecar
// .json of metadata beside it), .json (an object or an array of objects),
// .jsonl/.ndjson (one object a line, also gzip-compressed as .jsonl.gz),
// .html/.htm, and directories (walked
// recursively, in name order). "-" reads NDJSON from `stdin_stream`.
// Unreadable files and bad lines are reported through `fn` with `error` set.
void ForEachDocument(const std::vector<std::string>& paths, std::istream& stdin_stream,
                     const std::function<void(SourceItem&)>& fn);

// Total bytes that reading the regular files under `paths` yields, as
// SourceItem::bytes counts them (a .gz file's uncompressed size, from its
// trailer), for progress; 0 for stdin.
uint64_t TotalBytes(const std::vector<std::string>& paths);

}  // namespace parley::ingest
