// The coder's events as contract JSON; see coded_events.h.
#include "extract/coded_events.h"

#include "base/vocabulary.h"
#include "extract/lexicon.h"

namespace parley::extract {

namespace {

// The first event type of the code's CAMEO root ("042" -> "visit"'s root "04").
std::string TypeOf(const std::string& cameo) {
  if (cameo.size() < 2) return "other";
  const std::string_view root = std::string_view(cameo).substr(0, 2);
  for (const vocab::EventType& t : vocab::EventTypes()) {
    if (t.cameo_root == root) return std::string(t.name);
  }
  return "other";
}

}  // namespace

nlohmann::json CodedEventsJson(const std::vector<CodedEvent>& events, const nlp::Document& doc,
                               const std::string& published_at, bool explain) {
  using nlohmann::json;
  json out = json::array();
  const std::string date = published_at.size() >= 10 ? published_at.substr(0, 10) : "";
  int n = 0;
  for (const CodedEvent& e : events) {
    const nlp::Sentence& s = doc.sentences[e.sentence];
    const nlp::Token& first = doc.tokens[s.token_begin];
    const nlp::Token& last = doc.tokens[s.token_end - 1];
    json ev;
    ev["id"] = "c" + std::to_string(++n);
    ev["type"] = TypeOf(e.cameo);
    const CameoInfo* info = LookupCameo(e.cameo);
    ev["plover"] = info != nullptr && *info->plover ? json(info->plover) : json(nullptr);
    ev["plover_mode"] = info != nullptr && *info->mode ? json(info->mode) : json(nullptr);
    ev["cameo"] = e.cameo;
    if (info != nullptr) {
      ev["goldstein"] = info->goldstein;
      ev["quad_class"] = info->quad;
    }
    ev["date"] = date.empty() ? json(nullptr) : json(date);
    ev["date_text"] = nullptr;
    ev["date_source"] = date.empty() ? json(nullptr) : json("published");
    ev["date_precision"] = date.empty() ? json(nullptr) : json("day");
    ev["location"] = nullptr;
    ev["participants"] = json::array();
    ev["source_actor_code"] = e.source.empty() ? json(nullptr) : json(e.source);
    ev["target_actor_code"] = e.target.empty() ? json(nullptr) : json(e.target);
    ev["quote"] = nullptr;
    ev["topic"] = nullptr;
    ev["modality"] = e.modality.empty() ? json(nullptr) : json(e.modality);
    ev["confidence"] = e.modality.empty() ? 0.7 : 0.5;
    ev["evidence"] =
        json::array({{{"start", first.cp_begin},
                      {"end", last.cp_end},
                      {"text", doc.text.substr(first.begin, last.end - first.begin)}}});
    if (explain) ev["rule"] = e.rule;
    out.push_back(std::move(ev));
  }
  return out;
}

}  // namespace parley::extract
