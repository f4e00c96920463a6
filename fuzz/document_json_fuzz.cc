// libFuzzer target: bytes → the document reader that POST /documents and
// `parley ingest` use for JSON and NDJSON lines, and the HTML text reader.
#include <string>
#include <string_view>

#include "base/utf8.h"
#include "ingest/document_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  parley::ingest::DocumentInput doc;
  const std::string err = parley::ingest::DocumentFromJsonText(in, &doc);
  if (err.empty() && !parley::IsValidUtf8(doc.text)) __builtin_trap();
  std::string text, title;
  parley::ingest::HtmlToText(in, &text, &title);
  (void)parley::ingest::NormalizeForHash(in);
  return 0;
}
