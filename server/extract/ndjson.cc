#include "extract/ndjson.h"

#include <algorithm>
#include <string>
#include <vector>

#include "extract/coded_events.h"
#include "extract/coding_words.h"
#include "nlp/conllu.h"

namespace parley::extract {

namespace {

// The actor code of Parley's entity each parsed token lies in ("" none), so
// that the coder knows the actors the field's dictionaries lack.
std::vector<std::string> KnownActors(const Extraction& x, const nlp::Document& parsed) {
  std::vector<std::string> codes(parsed.tokens.size());
  for (const Entity& e : x.entities) {
    if (e.actor_code.empty()) continue;
    for (const Span& m : e.mentions) {
      // Tokens are in text order: the first one starting at or after the mention.
      auto it = std::lower_bound(parsed.tokens.begin(), parsed.tokens.end(), m.start,
                                 [](const nlp::Token& t, int64_t start) {
                                   return static_cast<int64_t>(t.cp_begin) < start;
                                 });
      for (; it != parsed.tokens.end() && static_cast<int64_t>(it->cp_end) <= m.end; ++it) {
        codes[static_cast<size_t>(it - parsed.tokens.begin())] = e.actor_code;
      }
    }
  }
  return codes;
}

}  // namespace

int ExtractNdjson(std::istream& in, std::ostream& out, std::ostream& err, const Extractor& ex,
                  bool explain, const CodingStage* coding) {
  using nlohmann::json;
  int status = 0;
  std::string line;
  long n = 0;
  auto fail = [&](const std::string& msg) {
    status = 1;
    out << json{{"line", n}, {"error", msg}}.dump() << '\n';
    err << "line " << n << ": " << msg << '\n';
  };
  while (std::getline(in, line)) {
    ++n;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    json j = json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
      fail("not a JSON object");
      continue;
    }
    auto text = j.find("text");
    if (text == j.end() || !text->is_string()) {
      fail("no string \"text\"");
      continue;
    }
    auto str = [&](const char* key) -> std::string {
      auto it = j.find(key);
      if (it != j.end() && it->is_string()) return it->get<std::string>();
      if (it != j.end() && it->is_number_integer()) return std::to_string(it->get<long long>());
      return {};
    };
    InputDocument doc;
    doc.id = str("id");
    doc.text = text->get<std::string>();
    doc.published_at = str("published_at");
    if (doc.published_at.empty()) doc.published_at = str("date");
    doc.title = str("title");
    doc.url = str("url");
    doc.source = str("source");
    doc.country = str("country");
    if (doc.country.empty()) doc.country = str("country_iso3");
    const Extraction x = ex.Extract(doc);
    json result = ToJson(x, explain);
    if (coding != nullptr) {
      nlp::Document parsed;
      parsed.id = doc.id;
      parsed.text = doc.text;
      coding->pipeline->Process(&parsed);
      nlp::ComputeCodePointOffsets(&parsed);
      const std::vector<std::string> known = KnownActors(x, parsed);
      const auto events =
          coding->coder->Code(parsed, coding::ParseDocumentDate(doc.published_at), &known);
      result["events"] = CodedEventsJson(events, parsed, doc.published_at, explain);
    }
    out << result.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
  }
  out.flush();
  return status;
}

}  // namespace parley::extract
