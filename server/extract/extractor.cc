#include "extract/extractor.h"

#include <exception>

#include "extract/document.h"
#include "extract/entities.h"
#include "extract/events.h"

namespace parley::extract {

Span Document::MakeSpan(int si, size_t tb, size_t te) const {
  const auto& s = sentences[si];
  Span sp;
  norm.MapSpan(s.toks[tb].begin, s.toks[te - 1].end, &sp.start, &sp.end);
  sp.text = norm.OriginalSlice(sp.start, sp.end);
  sp.sentence = si;
  return sp;
}

Span Document::SentenceSpan(int si) const {
  const auto& s = sentences[si];
  Span sp;
  norm.MapSpan(s.range.begin, s.range.end, &sp.start, &sp.end);
  sp.text = norm.OriginalSlice(sp.start, sp.end);
  sp.sentence = si;
  return sp;
}

std::unique_ptr<Extractor> Extractor::Load(const std::filesystem::path& config_dir) {
  auto ex = std::unique_ptr<Extractor>(new Extractor());
  ex->dict_ = Dictionary::Load(config_dir / "dict");
  return ex;
}

namespace {

std::string SiteCountry(const InputDocument& d) {
  const std::string where = d.source + " " + d.url;
  if (where.find("kremlin.ru") != std::string::npos) return "RUS";
  if (where.find("president.gov.ua") != std::string::npos) return "UKR";
  if (where.find("whitehouse.gov") != std::string::npos) return "USA";
  return {};
}

void Run(const Dictionary& dict, const InputDocument& in, Extraction* out) {
  Document doc;
  doc.dict = &dict;
  doc.input = &in;
  doc.norm = Normalize(in.text);
  if (doc.norm.repaired) out->warnings.push_back("invalid UTF-8 replaced by U+FFFD");
  doc.published = ParsePublished(in.published_at);
  if (!in.published_at.empty() && !doc.published.valid()) {
    out->warnings.push_back("published_at not understood; relative dates left unresolved");
  }
  doc.site_country = SiteCountry(in);
  const auto ranges = SplitSentences(doc.norm.text);
  doc.sentences.resize(ranges.size());
  for (size_t i = 0; i < ranges.size(); ++i) {
    auto& s = doc.sentences[i];
    s.range = ranges[i];
    Tokenize(doc.norm.text, s.range.begin, s.range.end, &s.toks);
    s.dates = FindDates(doc.norm.text, s.toks, doc.published);
  }
  FindEntities(&doc);
  FindEvents(&doc);
  for (auto& e : doc.entities) {
    if (e.mentions.empty()) continue;
    for (int mi : e.mentions) {
      const auto& m = doc.mentions[mi];
      e.out.mentions.push_back(doc.MakeSpan(m.sentence, m.tb, m.te));
    }
    if (e.out.type == "person" || e.out.type == "organization") {
      if (!e.out.country.empty() && !e.out.sector.empty()) {
        e.out.actor_code = e.out.country + e.out.sector;
      }
    } else if (e.out.type == "country") {
      e.out.actor_code = e.out.country;
    }
    out->entities.push_back(std::move(e.out));
  }
  out->events = std::move(doc.events);
}

}  // namespace

Extraction Extractor::Extract(const InputDocument& doc) const {
  Extraction x;
  x.id = doc.id;
  try {
    Run(dict_, doc, &x);
  } catch (const std::exception& e) {
    // Defensive: a bug in a stage must cost one document, not the stream.
    x.entities.clear();
    x.events.clear();
    x.warnings.push_back(std::string("extraction failed: ") + e.what());
  }
  return x;
}

namespace {

nlohmann::json NullOr(const std::string& s) {
  return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s);
}

nlohmann::json SpanJson(const Span& s) {
  return {{"start", s.start}, {"end", s.end}, {"text", s.text}};
}

}  // namespace

nlohmann::json ToJson(const Extraction& x, bool explain) {
  using nlohmann::json;
  json ents = json::array();
  for (const auto& e : x.entities) {
    json roles = json::array();
    for (const auto& r : e.roles) {
      json jr = {{"title", r.title}, {"of", NullOr(r.of)}};
      if (!r.from.empty()) jr["from"] = r.from;
      if (!r.to.empty()) jr["to"] = r.to;
      roles.push_back(std::move(jr));
    }
    json mentions = json::array();
    for (const auto& m : e.mentions) mentions.push_back(SpanJson(m));
    json je = {{"id", e.id},
               {"name", e.name},
               {"type", e.type},
               {"country", NullOr(e.country)},
               {"sector", NullOr(e.sector)},
               {"actor_code", NullOr(e.actor_code)},
               {"roles", std::move(roles)},
               {"mentions", std::move(mentions)}};
    if (explain) je["dict_id"] = NullOr(e.dict_id);
    ents.push_back(std::move(je));
  }
  json evs = json::array();
  for (const auto& v : x.events) {
    json parts = json::array();
    for (const auto& p : v.participants) parts.push_back({{"entity", p.entity}, {"role", p.role}});
    json evidence = json::array();
    for (const auto& s : v.evidence) evidence.push_back(SpanJson(s));
    json jv = {{"id", v.id},
               {"type", v.type},
               {"plover", NullOr(v.plover)},
               {"plover_mode", NullOr(v.plover_mode)},
               {"cameo", NullOr(v.cameo)},
               {"date", NullOr(v.date)},
               {"date_text", NullOr(v.date_text)},
               {"date_precision", NullOr(v.date_precision)},
               {"location", NullOr(v.location)},
               {"participants", std::move(parts)},
               {"source_actor_code", NullOr(v.source_actor_code)},
               {"target_actor_code", NullOr(v.target_actor_code)},
               {"quote", NullOr(v.quote)},
               {"topic", NullOr(v.topic)},
               {"confidence", v.confidence},
               {"goldstein", v.goldstein},
               {"quad_class", v.quad_class},
               {"evidence", std::move(evidence)}};
    if (explain) jv["rule"] = v.rule;
    evs.push_back(std::move(jv));
  }
  json out = {{"id", x.id}, {"entities", std::move(ents)}, {"events", std::move(evs)}};
  if (!x.warnings.empty()) out["warnings"] = x.warnings;
  if (explain) out["extractor_version"] = Extractor::kVersion;
  return out;
}

}  // namespace parley::extract
