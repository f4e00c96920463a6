// libFuzzer target: arbitrary bytes through the whole extraction pipeline and the JSON
// writer; every reported offset must stay inside the text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "extract/extractor.h"
#include "extract/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto kEx = parley::extract::Extractor::Load(PARLEY_FUZZ_CONFIG);
  parley::extract::InputDocument doc;
  doc.id = "fuzz";
  doc.published_at = "2025-12-14";
  doc.text.assign(reinterpret_cast<const char*>(data), size);
  const auto x = kEx->Extract(doc);
  const int64_t n = parley::extract::Normalize(doc.text).CodePoints();
  auto check = [&](const parley::extract::Span& s) {
    if (s.start < 0 || s.start > s.end || s.end > n) std::abort();
  };
  for (const auto& e : x.entities) {
    for (const auto& m : e.mentions) check(m);
  }
  for (const auto& v : x.events) {
    for (const auto& s : v.evidence) check(s);
  }
  (void)parley::extract::ToJson(x, true).dump(-1, ' ', false,
                                              nlohmann::json::error_handler_t::replace);
  return 0;
}
