// Document readers.
#include "ingest/document_input.h"

#include <gumbo.h>
#include <simdjson.h>
#include <utf8proc.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <utility>
#include <vector>

#include "base/time.h"
#include "base/utf8.h"

namespace parley::ingest {

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

// DocumentFromJson(json::parse(text)) for a document that reads without
// error, through simdjson's On-Demand API: strings are decoded in bulk straight
// into the DocumentInput, and only metadata values go through nlohmann (for
// the same metadata as ever). False for anything else (invalid JSON, a
// non-string or duplicate known field, a missing or blank text, a bad date,
// raw control bytes, a byte-order mark), which the caller hands to nlohmann
// for the same result and message as ever.
bool FastDocumentFromJsonText(std::string_view text, DocumentInput* out) {
  // nlohmann reads a NUL as the end of input and skips a BOM; simdjson does
  // neither, and control bytes are how they would show. Tabs and CRs between
  // tokens are legal but rare enough to leave to nlohmann as well.
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") return false;
  if (HasControlByte(text.data(), text.data() + text.size())) return false;
  // simdjson reads up to SIMDJSON_PADDING bytes past the end.
  thread_local std::string padded;
  padded.assign(text);
  padded.resize(text.size() + simdjson::SIMDJSON_PADDING);
  thread_local simdjson::ondemand::parser parser;
  simdjson::ondemand::document json;
  if (parser.iterate(padded.data(), text.size(), padded.size()).get(json)) return false;
  simdjson::ondemand::object object;
  if (json.get_object().get(object)) return false;
  DocumentInput doc;  // *out stays as it was unless this succeeds
  std::string published_at, date;
  struct Field {
    std::string_view name;
    std::string* dest;  // null: read and dropped
  };
  const Field fields[] = {{"text", &doc.text},     {"id", &doc.external_id},
                          {"title", &doc.title},   {"url", &doc.url},
                          {"source", &doc.source}, {"published_at", &published_at},
                          {"date", &date},         {"text_file", nullptr}};
  unsigned seen = 0;
  for (auto member : object) {
    simdjson::ondemand::field field;
    std::string_view key;
    if (std::move(member).get(field) || field.unescaped_key().get(key)) return false;
    simdjson::ondemand::value value = field.value();
    simdjson::ondemand::json_type type;
    if (value.type().get(type)) return false;
    const Field* known = nullptr;
    for (const auto& f : fields)
      if (key == f.name) known = &f;
    if (known != nullptr) {
      // nlohmann keeps the last of duplicate keys; leave such rarities to it.
      const unsigned bit = 1u << (known - fields);
      if (seen & bit) return false;
      seen |= bit;
      if (known->dest != nullptr) {
        std::string_view v;
        if (type != simdjson::ondemand::json_type::string || value.get_string().get(v))
          return false;
        known->dest->assign(v);
        continue;
      }
    } else if (doc.metadata.contains(key)) {
      return false;
    }
    // Metadata (and text_file, checked then dropped): nlohmann reads the
    // value's own bytes, so numbers and nesting come out as they always did.
    std::string_view raw;
    nlohmann::json parsed;
    if (type == simdjson::ondemand::json_type::string) {
      std::string_view v;
      if (value.get_string().get(v)) return false;
      parsed = std::string(v);
    } else {
      simdjson::error_code error = simdjson::SUCCESS;
      if (type == simdjson::ondemand::json_type::object) {
        simdjson::ondemand::object nested;
        error = value.get_object().get(nested);
        if (!error) error = nested.raw_json().get(raw);
      } else if (type == simdjson::ondemand::json_type::array) {
        simdjson::ondemand::array nested;
        error = value.get_array().get(nested);
        if (!error) error = nested.raw_json().get(raw);
      } else {
        raw = value.raw_json_token();
      }
      if (error) return false;
      parsed = nlohmann::json::parse(raw, nullptr, false);
      if (parsed.is_discarded()) return false;
    }
    if (known == nullptr) doc.metadata[std::string(key)] = std::move(parsed);
  }
  // Nothing may follow the object: past the end there is no location.
  const char* trailing = nullptr;
  if (json.current_location().get(trailing) != simdjson::OUT_OF_BOUNDS) return false;
  if (!(seen & 1u) || IsBlank(doc.text)) return false;
  // As DocumentFromJson: "date" stands in when "published_at" is absent or "".
  doc.published_at = std::move(published_at);
  if (doc.published_at.empty()) doc.published_at = std::move(date);
  if (!doc.published_at.empty() && !IsPublicationDate(doc.published_at)) return false;
  *out = std::move(doc);
  return true;
}

}  // namespace

bool JsonTextDeeperThan(std::string_view json_text, int max_depth) {
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < json_text.size(); ++i) {
    const char c = json_text[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) return true;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return false;
}

bool JsonDeeperThan(const nlohmann::json& j, int max_depth) {
  std::vector<std::pair<const nlohmann::json*, int>> todo = {{&j, 1}};
  while (!todo.empty()) {
    const auto [v, depth] = todo.back();
    todo.pop_back();
    if (!v->is_structured()) continue;
    if (depth > max_depth) return true;
    for (const auto& child : *v)
      if (child.is_structured()) todo.emplace_back(&child, depth + 1);
  }
  return false;
}

namespace {
const std::string& TooDeep() {
  static const std::string k =
      "the document nests deeper than " + std::to_string(kMaxDocumentDepth) + " levels";
  return k;
}
}  // namespace

std::string DocumentFromJson(const nlohmann::json& j, DocumentInput* out) {
  if (!j.is_object()) return "document must be a JSON object";
  if (JsonDeeperThan(j, kMaxDocumentDepth)) return TooDeep();
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
  if (JsonTextDeeperThan(text, kMaxDocumentDepth)) return TooDeep();
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
