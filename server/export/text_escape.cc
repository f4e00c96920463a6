// Text escaping for every format, over the one UTF-8 decoder (base/utf8.h).
#include "export/text_escape.h"

#include <cstdint>

namespace parley::exports {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// Calls emit(piece, code point) for each character of `s`, with invalid
// bytes reported as U+FFFD.
template <typename Emit>
void ForEachChar(std::string_view s, Emit emit) {
  size_t i = 0;
  while (i < s.size()) {
    char32_t cp = 0;
    const auto n = static_cast<size_t>(DecodeUtf8(s, i, &cp));
    if (n == 0) {
      emit(kReplacement, 0xFFFDu);
      ++i;
    } else {
      emit(s.substr(i, n), cp);
      i += n;
    }
  }
}

}  // namespace

void AppendCsvField(std::string* out, std::string_view s) {
  const bool quote = s.find_first_of(",\"\r\n") != std::string_view::npos ||
                     (!s.empty() && (s.front() == ' ' || s.back() == ' '));
  if (!quote) {
    ForEachChar(s, [&](std::string_view piece, uint32_t) { *out += piece; });
    return;
  }
  *out += '"';
  ForEachChar(s, [&](std::string_view piece, uint32_t cp) {
    if (cp == '"') *out += '"';
    *out += piece;
  });
  *out += '"';
}

void AppendTsvField(std::string* out, std::string_view s) {
  ForEachChar(s, [&](std::string_view piece, uint32_t cp) {
    if (cp == '\t' || cp == '\n' || cp == '\r')
      *out += ' ';
    else
      *out += piece;
  });
}

void AppendXmlEscaped(std::string* out, std::string_view s) {
  ForEachChar(s, [&](std::string_view piece, uint32_t cp) {
    switch (cp) {
      case '&':
        *out += "&amp;";
        return;
      case '<':
        *out += "&lt;";
        return;
      case '>':
        *out += "&gt;";
        return;
      case '"':
        *out += "&quot;";
        return;
      case '\'':
        *out += "&apos;";
        return;
      case '\t':
        *out += "&#9;";  // attribute values keep tabs, CR and LF literally
        return;
      case '\n':
        *out += "&#10;";
        return;
      case '\r':
        *out += "&#13;";
        return;
      default:
        break;
    }
    if (cp < 0x20 || cp == 0xFFFE || cp == 0xFFFF) return;
    *out += piece;
  });
}

}  // namespace parley::exports
