#include "extract/text.h"

#include "base/utf8.h"

#include <utf8proc.h>

#include <array>
#include <cstdlib>
#include <cstring>

namespace parley::extract {

void NormalizedText::MapSpan(size_t b0, size_t b1, int64_t* start, int64_t* end) const {
  *start = src_begin[b0];
  *end = src_end[b1 - 1];
  if (*end < *start) *end = *start;
}

std::string NormalizedText::OriginalSlice(int64_t start, int64_t end) const {
  const int64_t n = CodePoints();
  if (start < 0) start = 0;
  if (end > n) end = n;
  if (start >= end) return {};
  return original.substr(cp_byte[start], cp_byte[end] - cp_byte[start]);
}

namespace {

// What a non-ASCII code point becomes in the normalised text. Returns nullptr to copy it.
const char* Fold(char32_t c) {
  switch (c) {
    case 0x00A0:
    case 0x2000:
    case 0x2001:
    case 0x2002:
    case 0x2003:
    case 0x2004:
    case 0x2005:
    case 0x2006:
    case 0x2007:
    case 0x2008:
    case 0x2009:
    case 0x200A:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0x0085:
    case 0x2028:
    case 0x2029:
    case 0xFFFD:
      return " ";
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0xFEFF:
    case 0x00AD:
      return "";
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x02BC:
      return "'";
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x00AB:
    case 0x00BB:
    case 0x2033:
      return "\"";
    case 0x2010:
    case 0x2011:
    case 0x2212:
      return "-";
    // Dashes between words separate clauses; spacing them keeps "session—one" from looking
    // like a hyphenated name.
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
      return " - ";
    case 0x2026:
      return "...";
    default:
      return nullptr;
  }
}

// What each ASCII byte becomes: CR is a line break, other controls and DEL are spaces.
constexpr auto kAsciiFold = [] {
  std::array<char, 128> t{};
  for (int c = 0; c < 128; ++c) {
    char ch = static_cast<char>(c);
    if (ch == '\r') ch = '\n';
    if ((c < 0x20 && ch != '\n') || c == 0x7F) ch = ' ';
    t[c] = ch;
  }
  return t;
}();

bool IsCombining(char32_t c) {
  if (c < 0x300) return false;
  return utf8proc_get_property(static_cast<utf8proc_int32_t>(c))->combining_class != 0;
}

}  // namespace

NormalizedText Normalize(std::string_view raw) {
  NormalizedText n;
  n.text.reserve(raw.size() + 16);
  n.src_begin.reserve(raw.size() + 17);
  n.src_end.reserve(raw.size() + 17);
  n.original.reserve(raw.size());
  n.cp_byte.reserve(raw.size() + 1);
  int32_t cp_index = 0;
  // The last copied unit, so that a following combining mark can be composed with it.
  size_t last_out = std::string::npos;
  size_t last_orig_byte = 0;
  int32_t last_cp = 0;
  auto emit = [&](std::string_view bytes, int32_t b, int32_t e) {
    n.text.append(bytes);
    n.src_begin.insert(n.src_begin.end(), bytes.size(), b);
    n.src_end.insert(n.src_end.end(), bytes.size(), e);
  };
  size_t i = 0;
  while (i < raw.size()) {
    // Runs of ASCII (nearly all of English text) are copied in bulk: per-byte push_backs on
    // five buffers dominated normalisation.
    if (static_cast<unsigned char>(raw[i]) < 0x80) {
      size_t j = i + 1;
      // Eight bytes at a time while none has its high bit set.
      for (uint64_t w; j + 8 <= raw.size(); j += 8) {
        std::memcpy(&w, raw.data() + j, 8);
        if ((w & 0x8080808080808080ull) != 0) break;
      }
      while (j < raw.size() && static_cast<unsigned char>(raw[j]) < 0x80) ++j;
      const size_t count = j - i;
      const size_t orig0 = n.original.size(), out0 = n.text.size(), cp0 = n.cp_byte.size();
      n.original.append(raw.substr(i, count));
      n.text.resize(out0 + count);
      n.src_begin.resize(out0 + count);
      n.src_end.resize(out0 + count);
      n.cp_byte.resize(cp0 + count);
      // One simple loop per buffer, so that the compiler vectorises them.
      char* text = n.text.data() + out0;
      for (size_t k = 0; k < count; ++k)
        text[k] = kAsciiFold[static_cast<unsigned char>(raw[i + k])];
      int32_t* begin = n.src_begin.data() + out0;
      for (size_t k = 0; k < count; ++k) begin[k] = cp_index + static_cast<int32_t>(k);
      int32_t* end = n.src_end.data() + out0;
      for (size_t k = 0; k < count; ++k) end[k] = cp_index + static_cast<int32_t>(k) + 1;
      uint32_t* cp_byte = n.cp_byte.data() + cp0;
      for (size_t k = 0; k < count; ++k) cp_byte[k] = static_cast<uint32_t>(orig0 + k);
      cp_index += static_cast<int32_t>(count);
      last_out = out0 + count - 1;
      last_orig_byte = orig0 + count - 1;
      last_cp = cp_index - 1;
      i = j;
      continue;
    }
    char32_t c;
    int len = DecodeUtf8(raw, i, &c);
    const size_t orig_byte = n.original.size();
    if (len == 0) {
      n.repaired = true;
      c = 0xFFFD;
      len = 1;
      n.cp_byte.push_back(static_cast<uint32_t>(orig_byte));
      AppendUtf8(&n.original, c);
    } else {
      n.cp_byte.push_back(static_cast<uint32_t>(orig_byte));
      n.original.append(raw.substr(i, len));
    }
    i += len;
    const int32_t me = cp_index++;
    if (const char* f = Fold(c)) {
      last_out = std::string::npos;
      emit(f, me, me + 1);
      continue;
    }
    if (c >= 0x80 && c < 0xA0) {  // C1 controls
      last_out = std::string::npos;
      emit(" ", me, me + 1);
      continue;
    }
    if (IsCombining(c) && last_out != std::string::npos) {
      // Compose the previous unit with its combining marks (NFC), mapping the result to the
      // whole original cluster.
      std::string cluster = n.original.substr(last_orig_byte);
      auto* composed = utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(cluster.c_str()));
      if (composed != nullptr) {
        n.text.resize(last_out);
        n.src_begin.resize(last_out);
        n.src_end.resize(last_out);
        emit(reinterpret_cast<const char*>(composed), last_cp, me + 1);
        std::free(composed);
      } else {
        emit(n.original.substr(orig_byte), me, me + 1);
      }
      continue;
    }
    last_out = n.text.size();
    last_orig_byte = orig_byte;
    last_cp = me;
    emit(std::string_view(n.original).substr(orig_byte), me, me + 1);
  }
  n.cp_byte.push_back(static_cast<uint32_t>(n.original.size()));
  n.src_begin.push_back(cp_index);
  n.src_end.push_back(cp_index);
  return n;
}

}  // namespace parley::extract
