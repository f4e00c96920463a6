// Text escaping: one UTF-8 decoder shared by every format.
#include "export/text_escape.h"

#include <cstdint>

namespace parley::exports {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// Length of the valid UTF-8 sequence at s[i] and its code point, or 0 when
// the bytes there are not a valid (shortest-form, non-surrogate) sequence.
size_t DecodeUtf8(std::string_view s, size_t i, uint32_t* cp) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    *cp = b0;
    return 1;
  }
  size_t len = 0;
  uint32_t c = 0, min = 0;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2, c = b0 & 0x1F, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3, c = b0 & 0x0F, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4, c = b0 & 0x07, min = 0x10000;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    c = (c << 6) | (b & 0x3F);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
  *cp = c;
  return len;
}

// Calls emit(piece, code point) for each character of `s`, with invalid
// bytes reported as U+FFFD.
template <typename Emit>
void ForEachChar(std::string_view s, Emit emit) {
  size_t i = 0;
  while (i < s.size()) {
    uint32_t cp = 0;
    const size_t n = DecodeUtf8(s, i, &cp);
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

std::string ValidUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  ForEachChar(s, [&](std::string_view piece, uint32_t) { out += piece; });
  return out;
}

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
