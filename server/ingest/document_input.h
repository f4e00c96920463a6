// DocumentInput: one article to ingest, and the readers that make one from
// the formats Parley accepts (JSON object, NDJSON line, .txt with sidecar
// .json metadata, .html).
//
// Thread-safe: pure functions.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "base/strings.h"
#include "base/utf8.h"

namespace parley::ingest {

struct DocumentInput {
  std::string external_id, title, url, source, published_at, text;
  nlohmann::json metadata = nlohmann::json::object();  // every other field
};

// How deep a document's JSON may nest, the document object itself being
// level 1. Copying and writing nested JSON recurses, so a document of a few
// hundred kilobytes nested 100,000 deep would overflow the stack; and
// SQLite's JSON functions refuse more than 1,000 levels.
constexpr int kMaxDocumentDepth = 64;

// Does the JSON text nest arrays and objects deeper than `max_depth`?
// Linear, no recursion, valid JSON or not (strings are skipped).
bool JsonTextDeeperThan(std::string_view json_text, int max_depth);
// The same for a parsed value, without recursion.
bool JsonDeeperThan(const nlohmann::json& j, int max_depth);

// Reads a document from a JSON object: "text" (required, a non-empty string),
// "id", "title", "url", "source", "published_at" or "date" (optional strings);
// the rest goes to metadata. Returns "" on success, else a one-line reason
// (also when it nests deeper than kMaxDocumentDepth).
std::string DocumentFromJson(const nlohmann::json& j, DocumentInput* out);

// A publication date: YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 timestamp.
bool IsPublicationDate(std::string_view s);

// Parses one JSON text then DocumentFromJson. Returns "" or a reason. An
// object is read without building nlohmann's DOM, to the same result.
std::string DocumentFromJsonText(std::string_view text, DocumentInput* out);

// The visible text of an HTML page (script/style dropped, block elements as
// line breaks) and its <title>, through gumbo's HTML5 parser.
void HtmlToText(std::string_view html, std::string* text, std::string* title);

// `text` (valid UTF-8) in Unicode Normalization Form C.
std::string Nfc(std::string_view text);

// NFC-normalised text with runs of whitespace collapsed and ends trimmed: the
// basis of the content hash, so trivially different copies count as one.
std::string NormalizeForHash(std::string_view text);

}  // namespace parley::ingest
