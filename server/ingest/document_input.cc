// Document readers.
#include "ingest/document_input.h"

#include <gumbo.h>
#include <utf8proc.h>

#include <cstdlib>

#include "base/time.h"

namespace parley::ingest {

bool IsValidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(s.size());
  while (left > 0) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) return false;
    p += n;
    left -= n;
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

std::string DocumentFromJson(const nlohmann::json& j, DocumentInput* out) {
  if (!j.is_object()) return "document must be a JSON object";
  auto it = j.find("text");
  if (it == j.end()) return "document has no \"text\"";
  if (!it->is_string()) return "\"text\" must be a string";
  *out = DocumentInput{};
  out->text = it->get<std::string>();
  bool blank = true;
  for (char c : out->text)
    if (!std::isspace(static_cast<unsigned char>(c))) blank = false;
  if (blank) return "\"text\" is empty";
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

std::string Nfc(std::string_view text) {
  // ASCII characters are starters that nothing before them can combine into,
  // so NFC works piecewise: ASCII runs are copied, and only each non-ASCII
  // run (with the ASCII character before it, which a combining mark may
  // join) goes through utf8proc. News text is mostly ASCII.
  std::string out;
  out.reserve(text.size());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    size_t j = i;
    while (j < n && static_cast<unsigned char>(text[j]) < 0x80) ++j;
    if (j == n) {
      out.append(text.substr(i));
      break;
    }
    const size_t start = j > i ? j - 1 : j;
    out.append(text.substr(i, start - i));
    size_t k = j;
    while (k < n && static_cast<unsigned char>(text[k]) >= 0x80) ++k;
    const std::string piece(text.substr(start, k - start));
    auto* mapped = utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(piece.c_str()));
    if (mapped) {
      out += reinterpret_cast<const char*>(mapped);
      std::free(mapped);
    } else {
      out += piece;
    }
    i = k;
  }
  return out;
}

std::string NormalizeForHash(std::string_view text) {
  return CollapseSeparators(
      Nfc(text), [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; });
}

}  // namespace parley::ingest
