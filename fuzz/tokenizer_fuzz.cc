// libFuzzer target: arbitrary bytes (any encoding, invalid UTF-8 included)
// through the tokenizer and sentence splitter. Every token must lie inside
// the text in order, be its text slice, carry code-point offsets counted as
// nlp/utf8.h counts, and the sentences must partition the tokens.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "nlp/conllu.h"
#include "nlp/tokenizer.h"
#include "nlp/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const parley::nlp::Tokenizer kTokenizer;
  parley::nlp::Document doc;
  doc.id = "fuzz";
  doc.text.assign(reinterpret_cast<const char*>(data), size);
  kTokenizer.Process(&doc);
  const std::string_view text = doc.text;
  uint32_t prev = 0;
  size_t cp = 0;
  for (const auto& t : doc.tokens) {
    if (t.begin < prev || t.begin >= t.end || t.end > text.size()) __builtin_trap();
    if (t.form != text.substr(t.begin, t.end - t.begin)) __builtin_trap();
    cp += parley::nlp::CountUtf8Chars(text.substr(prev, t.begin - prev));
    if (t.cp_begin != cp) __builtin_trap();
    cp += parley::nlp::CountUtf8Chars(text.substr(t.begin, t.end - t.begin));
    if (t.cp_end != cp) __builtin_trap();
    prev = t.end;
  }
  uint32_t next = 0;
  for (const auto& s : doc.sentences) {
    if (s.token_begin != next || s.token_end <= s.token_begin || s.size() > 1000) __builtin_trap();
    for (const auto& m : s.multiword)
      if (m.first < s.token_begin || m.last >= s.token_end || m.first >= m.last) __builtin_trap();
    next = s.token_end;
  }
  if (next != doc.tokens.size()) __builtin_trap();
  (void)parley::nlp::ToConllu(doc);
  return 0;
}
