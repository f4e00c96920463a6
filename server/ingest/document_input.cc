// Document readers.
#include "ingest/document_input.h"

#include <gumbo.h>
#include <utf8proc.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "base/time.h"

namespace parley::ingest {

bool IsValidUtf8(std::string_view s) {
  // The rules of utf8proc_iterate (RFC 3629: no overlongs, no surrogates,
  // nothing past U+10FFFF), with ASCII skipped eight bytes at a time.
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* const end = p + s.size();
  while (p < end) {
    while (end - p >= 8) {
      uint64_t word;
      std::memcpy(&word, p, 8);
      if (word & 0x8080808080808080ull) break;
      p += 8;
    }
    if (p == end) break;
    const unsigned c = *p;
    if (c < 0x80) {
      ++p;
      continue;
    }
    auto cont = [](unsigned char b) { return (b & 0xc0) == 0x80; };
    const ptrdiff_t left = end - p;
    if (c < 0xc2 || c > 0xf4) return false;
    if (c < 0xe0) {
      if (left < 2 || !cont(p[1])) return false;
      p += 2;
    } else if (c < 0xf0) {
      if (left < 3 || !cont(p[1]) || !cont(p[2])) return false;
      if ((c == 0xe0 && p[1] < 0xa0) || (c == 0xed && p[1] > 0x9f)) return false;
      p += 3;
    } else {
      if (left < 4 || !cont(p[1]) || !cont(p[2]) || !cont(p[3])) return false;
      if ((c == 0xf0 && p[1] < 0x90) || (c == 0xf4 && p[1] > 0x8f)) return false;
      p += 4;
    }
  }
  return true;
}

bool IsPublicationDate(std::string_view s) {
  // Archives often know only the year or the month (the UN General Debate).
  auto digits = [&](size_t from, size_t n) {
    for (size_t i = from; i < from + n; ++i)
      if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
    return true;
  };
  if (s.size() == 4) return digits(0, 4);
  if (s.size() == 7)
    return digits(0, 4) && s[4] == '-' && digits(5, 2) && s.substr(5) >= "01" &&
           s.substr(5) <= "12";
  return ParseTimestamp(s).has_value();
}

namespace {

// std::isspace in the "C" locale, which parley never changes.
inline bool IsCSpace(char c) { return c == ' ' || static_cast<unsigned char>(c - '\t') < 5; }

bool IsBlank(std::string_view s) { return std::all_of(s.begin(), s.end(), IsCSpace); }

// Does [p, end) hold a byte below 0x20 (JSON strings forbid them raw)?
bool HasControlByte(const char* p, const char* end) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
  for (; end - p >= 8; p += 8) {
    uint64_t word;
    std::memcpy(&word, p, 8);
    if ((word - kOnes * 0x20) & ~word & kHighs) return true;
  }
  for (; p < end; ++p)
    if (static_cast<unsigned char>(*p) < 0x20) return true;
  return false;
}

bool Hex4(const char* p, const char* end, unsigned* out) {
  if (end - p < 4) return false;
  unsigned v = 0;
  for (int i = 0; i < 4; ++i) {
    const char c = p[i];
    v <<= 4;
    if (c >= '0' && c <= '9') {
      v |= static_cast<unsigned>(c - '0');
    } else if (c >= 'a' && c <= 'f') {
      v |= static_cast<unsigned>(c - 'a' + 10);
    } else if (c >= 'A' && c <= 'F') {
      v |= static_cast<unsigned>(c - 'A' + 10);
    } else {
      return false;
    }
  }
  *out = v;
  return true;
}

void AppendUtf8(unsigned cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xc0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3f)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xe0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3f)));
  } else {
    out->push_back(static_cast<char>(0xf0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3f)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3f)));
  }
}

// Reads one JSON object without building a DOM: strings are decoded in bulk
// (nlohmann's lexer goes a byte at a time and the DOM copies them again), and
// other values are handed to nlohmann alone. Methods return false on what
// they do not take, and read what they take exactly as nlohmann would.
class FlatJsonReader {
 public:
  explicit FlatJsonReader(std::string_view s) : p_(s.data()), end_(s.data() + s.size()) {}

  // Consumes optional whitespace, then `c` if it comes next.
  bool Eat(char c) {
    SkipSpace();
    if (p_ == end_ || *p_ != c) return false;
    ++p_;
    return true;
  }

  bool AtEnd() {
    SkipSpace();
    return p_ == end_;
  }

  bool StringNext() {
    SkipSpace();
    return p_ != end_ && *p_ == '"';
  }

  // The string that StringNext() saw, decoded. Like nlohmann it refuses raw
  // control characters, unknown escapes, unpaired surrogates and invalid UTF-8.
  bool String(std::string* out) {
    const char* b = p_ + 1;
    const char* const e = StringEnd(b);
    if (e == nullptr) return false;
    out->clear();
    out->reserve(static_cast<size_t>(e - b));
    while (b < e) {
      const auto* slash = static_cast<const char*>(std::memchr(b, '\\', e - b));
      const char* const run_end = slash ? slash : e;
      if (HasControlByte(b, run_end)) return false;
      out->append(b, run_end - b);
      if (slash == nullptr) break;
      b = slash + 1;  // before e: StringEnd skips escaped quotes
      switch (*b++) {
        case '"':
          out->push_back('"');
          break;
        case '\\':
          out->push_back('\\');
          break;
        case '/':
          out->push_back('/');
          break;
        case 'b':
          out->push_back('\b');
          break;
        case 'f':
          out->push_back('\f');
          break;
        case 'n':
          out->push_back('\n');
          break;
        case 'r':
          out->push_back('\r');
          break;
        case 't':
          out->push_back('\t');
          break;
        case 'u': {
          unsigned cp = 0, low = 0;
          if (!Hex4(b, e, &cp)) return false;
          b += 4;
          if (cp >= 0xdc00 && cp <= 0xdfff) return false;
          if (cp >= 0xd800 && cp <= 0xdbff) {
            if (e - b < 2 || b[0] != '\\' || b[1] != 'u' || !Hex4(b + 2, e, &low) || low < 0xdc00 ||
                low > 0xdfff)
              return false;
            b += 6;
            cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
          }
          AppendUtf8(cp, out);
          break;
        }
        default:
          return false;
      }
    }
    // Escapes decode to whole characters, so the decoded text is valid UTF-8
    // exactly when the raw bytes between them are.
    if (!IsValidUtf8(*out)) return false;
    p_ = e + 1;
    return true;
  }

  // Any value but a string, parsed by nlohmann from its own bytes.
  bool Value(nlohmann::json* out) {
    SkipSpace();
    if (p_ == end_) return false;
    const char* const b = p_;
    const char c = *p_;
    if (c == '{' || c == '[') {
      int depth = 0;
      while (p_ < end_) {
        const char d = *p_;
        if (d == '"') {
          const char* q = StringEnd(p_ + 1);
          if (q == nullptr) return false;
          p_ = q + 1;
          continue;
        }
        ++p_;
        if (d == '{' || d == '[') {
          ++depth;
        } else if ((d == '}' || d == ']') && --depth == 0) {
          break;
        }
      }
      if (depth != 0) return false;
    } else if (c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f' || c == 'n') {
      // Only what numbers and literals are made of: nlohmann takes a NUL
      // for the end of input, so "5\0..." alone would parse.
      while (p_ < end_ && IsScalarByte(*p_)) ++p_;
    } else {
      return false;
    }
    *out = nlohmann::json::parse(b, p_, nullptr, false);
    return !out->is_discarded();
  }

 private:
  static bool IsScalarByte(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '+' ||
           c == '-' || c == '.';
  }

  static bool IsJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

  void SkipSpace() {
    while (p_ != end_ && IsJsonSpace(*p_)) ++p_;
  }

  // The quote closing a string whose contents start at `b`: the first quote
  // after an even number of backslashes.
  const char* StringEnd(const char* b) const {
    for (;;) {
      const auto* q = static_cast<const char*>(std::memchr(b, '"', end_ - b));
      if (q == nullptr) return nullptr;
      const char* s = q;
      while (s[-1] == '\\') --s;  // stops at the opening quote at the latest
      if ((q - s) % 2 == 0) return q;
      b = q + 1;
    }
  }

  const char* p_;
  const char* const end_;
};

// DocumentFromJson(json::parse(text)) for a document that reads without
// error; false for anything else (invalid JSON, a non-string or duplicate
// known field, a missing or blank text, a bad date), which the caller hands
// to nlohmann for the same result and message as ever.
bool FastDocumentFromJsonText(std::string_view text, DocumentInput* out) {
  FlatJsonReader r(text);
  if (!r.Eat('{')) return false;
  DocumentInput doc;  // *out stays as it was unless this succeeds
  std::string published_at, date, key, skipped;
  struct Field {
    std::string_view name;
    std::string* dest;  // null: read and dropped
  };
  const Field fields[] = {{"text", &doc.text},     {"id", &doc.external_id},
                          {"title", &doc.title},   {"url", &doc.url},
                          {"source", &doc.source}, {"published_at", &published_at},
                          {"date", &date},         {"text_file", nullptr}};
  unsigned seen = 0;
  do {
    if (!r.StringNext() || !r.String(&key) || !r.Eat(':')) return false;
    const Field* field = nullptr;
    for (const auto& f : fields)
      if (key == f.name) field = &f;
    if (field != nullptr) {
      // nlohmann keeps the last of duplicate keys; leave such rarities to it.
      const unsigned bit = 1u << (field - fields);
      if (seen & bit) return false;
      seen |= bit;
      if (field->dest != nullptr) {
        if (!r.StringNext() || !r.String(field->dest)) return false;
      } else if (r.StringNext()) {
        if (!r.String(&skipped)) return false;
      } else {
        nlohmann::json ignored;
        if (!r.Value(&ignored)) return false;
      }
      continue;
    }
    if (doc.metadata.contains(key)) return false;
    nlohmann::json value;
    if (r.StringNext()) {
      std::string s;
      if (!r.String(&s)) return false;
      value = std::move(s);
    } else if (!r.Value(&value)) {
      return false;
    }
    doc.metadata[std::move(key)] = std::move(value);
  } while (r.Eat(','));
  if (!r.Eat('}') || !r.AtEnd()) return false;
  if (!(seen & 1u) || IsBlank(doc.text)) return false;
  // As DocumentFromJson: "date" stands in when "published_at" is absent or "".
  doc.published_at = std::move(published_at);
  if (doc.published_at.empty()) doc.published_at = std::move(date);
  if (!doc.published_at.empty() && !IsPublicationDate(doc.published_at)) return false;
  *out = std::move(doc);
  return true;
}

}  // namespace

std::string DocumentFromJson(const nlohmann::json& j, DocumentInput* out) {
  if (!j.is_object()) return "document must be a JSON object";
  auto it = j.find("text");
  if (it == j.end()) return "document has no \"text\"";
  if (!it->is_string()) return "\"text\" must be a string";
  *out = DocumentInput{};
  out->text = it->get<std::string>();
  if (IsBlank(out->text)) return "\"text\" is empty";
  if (!IsValidUtf8(out->text)) return "\"text\" is not valid UTF-8";
  struct Field {
    const char* name;
    std::string* dest;
  } fields[] = {{"id", &out->external_id},
                {"title", &out->title},
                {"url", &out->url},
                {"source", &out->source},
                {"published_at", &out->published_at},
                {"date", &out->published_at}};
  for (const auto& f : fields) {
    auto v = j.find(f.name);
    if (v == j.end() || v->is_null()) continue;
    if (v->is_number_integer() && std::string(f.name) == "id") {
      *f.dest = v->dump();
      continue;
    }
    if (!v->is_string()) return std::string("\"") + f.name + "\" must be a string";
    if (f.dest->empty()) *f.dest = v->get<std::string>();
  }
  if (!out->published_at.empty() && !IsPublicationDate(out->published_at))
    return "\"published_at\" must be YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 timestamp, got \"" +
           out->published_at.substr(0, 40) + "\"";
  for (const auto& [k, v] : j.items()) {
    if (k == "text" || k == "id" || k == "title" || k == "url" || k == "source" ||
        k == "published_at" || k == "date" || k == "text_file")
      continue;
    out->metadata[k] = v;
  }
  return {};
}

std::string DocumentFromJsonText(std::string_view text, DocumentInput* out) {
  if (FastDocumentFromJsonText(text, out)) return {};
  nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded()) return "not valid JSON";
  return DocumentFromJson(j, out);
}

namespace {

bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_TABLE:
      return true;
    default:
      return false;
  }
}

void Walk(const GumboNode* node, std::string* text, std::string* title, int depth) {
  if (depth > 512) return;  // pathological nesting: stop, don't overflow the stack
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
      node->type == GUMBO_NODE_CDATA) {
    text->append(node->v.text.text);
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT) return;
  const GumboElement& el = node->v.element;
  if (el.tag == GUMBO_TAG_SCRIPT || el.tag == GUMBO_TAG_STYLE || el.tag == GUMBO_TAG_NOSCRIPT ||
      el.tag == GUMBO_TAG_TEMPLATE)
    return;
  if (el.tag == GUMBO_TAG_TITLE) {
    if (title->empty() && el.children.length > 0) {
      const auto* child = static_cast<const GumboNode*>(el.children.data[0]);
      if (child->type == GUMBO_NODE_TEXT) *title = child->v.text.text;
    }
    return;
  }
  const bool block = IsBlock(el.tag);
  if (block && !text->empty() && text->back() != '\n') text->push_back('\n');
  for (unsigned i = 0; i < el.children.length; ++i)
    Walk(static_cast<const GumboNode*>(el.children.data[i]), text, title, depth + 1);
  if (block && !text->empty() && text->back() != '\n') text->push_back('\n');
}

}  // namespace

void HtmlToText(std::string_view html, std::string* text, std::string* title) {
  text->clear();
  title->clear();
  GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  std::string raw;
  Walk(out->root, &raw, title, 0);
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  // Collapse runs of spaces inside lines; keep paragraph breaks.
  bool space = false;
  int newlines = 0;
  for (char c : raw) {
    if (c == '\n') {
      ++newlines;
      space = false;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
      space = true;
      continue;
    }
    if (newlines && !text->empty())
      text->append(newlines > 1 ? "\n\n" : "\n");
    else if (space && !text->empty())
      text->push_back(' ');
    newlines = 0;
    space = false;
    text->push_back(c);
  }
}

namespace {

// The end of the ASCII run starting at `i`, eight bytes at a time.
size_t AsciiPrefix(std::string_view s, size_t i) {
  for (; s.size() - i >= 8; i += 8) {
    uint64_t word;
    std::memcpy(&word, s.data() + i, 8);
    if (word & 0x8080808080808080ull) break;
  }
  while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  return i;
}

// Calls `sink` with consecutive pieces of the NFC form of `text`. ASCII
// characters are starters that nothing before them can combine into, so NFC
// works piecewise: ASCII runs pass as they are, and only each non-ASCII run
// (with the ASCII character before it, which a combining mark may join) goes
// through utf8proc. News text is mostly ASCII.
template <typename Sink>
void ForEachNfcPiece(std::string_view text, Sink sink) {
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    const size_t j = AsciiPrefix(text, i);
    if (j == n) {
      sink(text.substr(i));
      break;
    }
    const size_t start = j > i ? j - 1 : j;
    if (start > i) sink(text.substr(i, start - i));
    size_t k = j;
    while (k < n && static_cast<unsigned char>(text[k]) >= 0x80) ++k;
    // Through c_str(): a NUL before the run ends the piece early for
    // utf8proc, and stored content hashes depend on that.
    const std::string piece(text.substr(start, k - start));
    auto* mapped = utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(piece.c_str()));
    if (mapped) {
      sink(std::string_view(reinterpret_cast<const char*>(mapped)));
      std::free(mapped);
    } else {
      sink(std::string_view(piece));
    }
    i = k;
  }
}

}  // namespace

std::string Nfc(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  ForEachNfcPiece(text, [&](std::string_view piece) { out.append(piece); });
  return out;
}

std::string NormalizeForHash(std::string_view text) {
  // CollapseSeparators(Nfc(text), isspace) in one pass. A space goes before a
  // non-space that follows spaces, except at the start. The loop writes both
  // bytes unconditionally and advances by how many count: branching on
  // spaces mispredicts once a word, and w is its only serial dependency. A
  // piece adds at most one byte, plus one written past the end; only
  // utf8proc's output can outgrow the input, hence the check per piece.
  std::string out(text.size() + 2, '\0');
  size_t n = 0;
  bool space = false;    // the previous byte was a space
  bool started = false;  // a non-space was written
  ForEachNfcPiece(text, [&](std::string_view piece) {
    if (out.size() - n < piece.size() + 2)
      out.resize(std::max(2 * out.size(), n + piece.size() + 2));
    char* w = out.data() + n;
    for (const char c : piece) {
      const bool is_space = IsCSpace(c);
      const size_t lead = space & !is_space & started;
      w[0] = ' ';
      w[lead] = c;
      w += lead + !is_space;
      started |= !is_space;
      space = is_space;
    }
    n = static_cast<size_t>(w - out.data());
  });
  out.resize(n);
  return out;
}

}  // namespace parley::ingest
