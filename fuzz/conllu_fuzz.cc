// libFuzzer target: arbitrary bytes as CoNLL-U, what `parley nlp
// --pretokenized` reads. Malformed input must end in parley::Error, never a
// crash; what parses must have tokens inside its rebuilt text, heads inside
// their sentence, and write out as CoNLL-U that parses again to the same
// tokens.
#include <cstddef>
#include <cstdint>
#include <string>

#include "base/error.h"
#include "nlp/conllu.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string in(reinterpret_cast<const char*>(data), size);
  parley::nlp::Document doc;
  try {
    doc = parley::nlp::ParseConllu(in);
  } catch (const parley::Error&) {
    return 0;
  }
  for (const auto& s : doc.sentences) {
    if (s.token_end > doc.tokens.size() || s.token_begin > s.token_end) __builtin_trap();
    for (uint32_t i = s.token_begin; i < s.token_end; ++i) {
      const auto& t = doc.tokens[i];
      if (t.begin > t.end || t.end > doc.text.size() || t.cp_begin > t.cp_end) __builtin_trap();
      if (t.head >= 0 && (static_cast<uint32_t>(t.head) < s.token_begin ||
                          static_cast<uint32_t>(t.head) >= s.token_end))
        __builtin_trap();
    }
  }
  for (const auto& e : doc.entities)
    if (e.token_begin >= e.token_end || e.token_end > doc.tokens.size()) __builtin_trap();
  const std::string out = parley::nlp::ToConllu(doc);
  parley::nlp::Document again;
  try {
    again = parley::nlp::ParseConllu(out);
  } catch (const parley::Error&) {
    __builtin_trap();  // what we write must read back
  }
  if (again.tokens.size() != doc.tokens.size()) __builtin_trap();
  return 0;
}
