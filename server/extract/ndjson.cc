#include "extract/ndjson.h"

#include <string>

#include "extract/coded_events.h"
#include "extract/coding_words.h"
#include "nlp/conllu.h"

namespace parley::extract {

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
    const Extraction x = ex.Extract(doc);
    json result = ToJson(x, explain);
    if (coding != nullptr) {
      nlp::Document parsed;
      parsed.id = doc.id;
      parsed.text = doc.text;
      coding->pipeline->Process(&parsed);
      nlp::ComputeCodePointOffsets(&parsed);
      const auto events = coding->coder->Code(parsed, coding::ParseDocumentDate(doc.published_at));
      result["events"] = CodedEventsJson(events, parsed, doc.published_at, explain);
    }
    out << result.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
  }
  out.flush();
  return status;
}

}  // namespace parley::extract
