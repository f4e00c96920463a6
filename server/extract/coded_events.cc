// The coder's events as contract JSON; see coded_events.h.
#include "extract/coded_events.h"

#include <optional>

#include "base/vocabulary.h"
#include "extract/dates.h"
#include "extract/lexicon.h"
#include "extract/tokens.h"

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

// The date expressions a sentence states (dates.h on its words), found once
// per sentence however many events it gives.
struct SentenceDates {
  std::vector<Token> toks;
  std::vector<DateMention> dates;
};

// Whether a date mention can date an event: resolved, and not the edge of a
// span ("since 2014", "until 2030"), which says when something began or ends.
bool Dates(const SentenceDates& sd, const DateMention& m) {
  if (m.value.empty()) return false;
  const std::string& first = sd.toks[m.tok_begin].lower;
  return first != "since" && first != "until";
}

// The stated date nearest the event's verb, or none.
const DateMention* EventDate(const SentenceDates& sd, uint32_t verb_byte) {
  const DateMention* best = nullptr;
  long best_distance = 0;
  for (const DateMention& m : sd.dates) {
    if (!Dates(sd, m)) continue;
    const long b = sd.toks[m.tok_begin].begin, e = sd.toks[m.tok_end - 1].end;
    const long v = verb_byte;
    const long distance = v < b ? b - v : (v >= e ? v - e : 0);
    if (best == nullptr || distance < best_distance) {
      best = &m;
      best_distance = distance;
    }
  }
  return best;
}

}  // namespace

nlohmann::json CodedEventsJson(const std::vector<CodedEvent>& events, const nlp::Document& doc,
                               const std::string& published_at, bool explain) {
  using nlohmann::json;
  json out = json::array();
  const CivilDate published = ParsePublished(published_at);
  // At the precision the publication date has: a speech dated "2019" is dated to the year.
  const std::string date = published.valid() ? FormatDate(published, published.precision()) : "";
  std::vector<std::optional<SentenceDates>> stated(doc.sentences.size());
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
    std::optional<SentenceDates>& sd = stated[e.sentence];
    if (!sd) {
      sd.emplace();
      Tokenize(doc.text, first.begin, last.end, &sd->toks);
      sd->dates = FindDates(doc.text, sd->toks, published);
    }
    const uint32_t verb_byte =
        e.verb >= 0 ? doc.tokens[static_cast<size_t>(e.verb)].begin : first.begin;
    if (const DateMention* m = EventDate(*sd, verb_byte); m != nullptr) {
      const uint32_t b = sd->toks[m->tok_begin].begin, end = sd->toks[m->tok_end - 1].end;
      ev["date"] = m->value;
      ev["date_text"] = doc.text.substr(b, end - b);
      ev["date_source"] = "text";
      ev["date_precision"] = m->precision;
    } else {
      ev["date"] = date.empty() ? json(nullptr) : json(date);
      ev["date_text"] = nullptr;
      ev["date_source"] = date.empty() ? json(nullptr) : json("published");
      ev["date_precision"] = date.empty() ? json(nullptr) : json(published.precision());
    }
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
