#include "extract/extractor.h"

#include <algorithm>
#include <exception>

#include "extract/document.h"
#include "extract/entities.h"
#include "extract/events.h"
#include "extract/field_people.h"

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

namespace {

std::string SiteCountry(const InputDocument& d) {
  // A voice country given with the document: an ISO alpha-3 code ("UGA"), else ignored.
  if (d.country.size() == 3 && std::all_of(d.country.begin(), d.country.end(),
                                           [](char c) { return c >= 'A' && c <= 'Z'; })) {
    return d.country;
  }
  const std::string where = d.source + " " + d.url;
  if (where.find("kremlin.ru") != std::string::npos) return "RUS";
  if (where.find("president.gov.ua") != std::string::npos) return "UKR";
  if (where.find("whitehouse.gov") != std::string::npos) return "USA";
  return {};
}

// Puts the recogniser's names (byte spans of the normalised text) on the
// sentences' tokens. A name's edges snap outwards to token edges (the two
// tokenizers split a few things differently); one crossing a sentence
// boundary is dropped.
void PlaceFoundNames(const std::vector<FoundName>& names, Document* doc) {
  size_t si = 0;
  for (const auto& n : names) {
    while (si < doc->sentences.size() && doc->sentences[si].range.end <= n.begin) ++si;
    if (si == doc->sentences.size()) break;
    auto& s = doc->sentences[si];
    if (n.begin < s.range.begin || n.end > s.range.end) continue;
    const auto first = std::partition_point(s.toks.begin(), s.toks.end(),
                                            [&](const Token& t) { return t.end <= n.begin; });
    const auto last =
        std::partition_point(first, s.toks.end(), [&](const Token& t) { return t.begin < n.end; });
    if (first == last) continue;
    const auto tb = static_cast<size_t>(first - s.toks.begin());
    const auto te = static_cast<size_t>(last - s.toks.begin());
    if (!s.found.empty() && s.found.back().te > tb) continue;  // snapped onto the previous one
    s.found.push_back({tb, te, n.label});
  }
}

void Run(const Dictionary& dict, const NameFinder* names, const FieldPeople* field_people,
         const Lexicon& lexicon, const ArgumentReaderFactory& arguments, const InputDocument& in,
         Extraction* out) {
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
  if (names != nullptr) PlaceFoundNames(names->Find(doc.norm.text), &doc);
  FindEntities(&doc);
  if (field_people != nullptr) LinkFieldPeople(*field_people, &doc);
  const auto reader = arguments ? arguments(&doc) : NewLocalSyntaxReader(&doc);
  FindEvents(lexicon, *reader, &doc);
  for (size_t ei = 0; ei < doc.entities.size(); ++ei) {
    auto& e = doc.entities[ei];
    if (e.mentions.empty()) continue;
    for (int mi : e.mentions) {
      const auto& m = doc.mentions[mi];
      e.out.mentions.push_back(doc.MakeSpan(m.sentence, m.tb, m.te));
    }
    if (e.out.type == "person" || e.out.type == "organization") {
      if (e.out.sector == "IGO" || e.out.sector == "NGO" || e.out.country.empty()) {
        // An international organisation's code, not a country's (for an NGO, only a
        // transnational one; for a body of another sector, one with a code of its own such
        // as an international court: see ActorCode); else, of a known sector only, "---"
        // and the sector, as its events code it.
        e.out.actor_code = ActorCodeOrSector(doc, static_cast<int>(ei));
      } else if (!e.out.sector.empty()) {
        e.out.actor_code = e.out.country + e.out.sector;
      }
    } else if (e.out.type == "country") {
      e.out.actor_code = e.out.country;
    }
    out->entities.push_back(std::move(e.out));
  }
  out->events = std::move(doc.events);
}

// Dictionaries and rules, with the trained recogniser when there is one.
class RuleExtractor final : public Extractor {
 public:
  RuleExtractor(Dictionary dict, std::unique_ptr<NameFinder> names,
                std::unique_ptr<FieldPeople> field_people, std::shared_ptr<const Lexicon> lexicon,
                ArgumentReaderFactory arguments)
      : dict_(std::move(dict)),
        names_(std::move(names)),
        field_people_(std::move(field_people)),
        lexicon_(std::move(lexicon)),
        arguments_(std::move(arguments)) {
    if (names_) version_ += " " + names_->version();
  }

  Extraction Extract(const InputDocument& doc) const override {
    Extraction x;
    x.id = doc.id;
    try {
      Run(dict_, names_.get(), field_people_.get(), lexicon_ ? *lexicon_ : Lexicon::BuiltIn(),
          arguments_, doc, &x);
    } catch (const std::exception& e) {
      // Defensive: a bug in a stage must cost one document, not the stream.
      x.entities.clear();
      x.events.clear();
      x.warnings.push_back(std::string("extraction failed: ") + e.what());
    }
    return x;
  }

  const std::string& version() const override { return version_; }

 private:
  const Dictionary dict_;
  const std::unique_ptr<NameFinder> names_;          // null: no recogniser
  const std::unique_ptr<FieldPeople> field_people_;  // null: no config/coding/field.people.txt
  const std::shared_ptr<const Lexicon> lexicon_;     // null: the built-in one
  const ArgumentReaderFactory arguments_;            // null: the local-syntax reader
  std::string version_ = kVersion;
};

}  // namespace

std::unique_ptr<Extractor> Extractor::Load(const std::filesystem::path& config_dir,
                                           const ExtractorOptions& options) {
  Dictionary dict = Dictionary::Load(config_dir / "dict");
  std::unique_ptr<NameFinder> names;
  if (!options.models_dir.empty()) names = LoadNameFinder(options.models_dir);
  // The field's people link the persons the dictionaries above do not know (field_people.h).
  std::unique_ptr<FieldPeople> field_people = FieldPeople::Load(config_dir / "coding");
  return std::make_unique<RuleExtractor>(std::move(dict), std::move(names), std::move(field_people),
                                         options.lexicon, options.arguments);
}

namespace {

// Objects are filled key by key: the nested initializer-list form builds a two-element array
// per key before turning it into an object member, which made serialising a fifth of the
// extraction cost. Keys are added in their sorted order, so inserting at the end of the
// object's map needs no search among the keys already there.
void Put(nlohmann::json* obj, const char* key, nlohmann::json value) {
  auto& members = obj->get_ref<nlohmann::json::object_t&>();
  members.emplace_hint(members.end(), key, std::move(value));
}

void PutOrNull(nlohmann::json* obj, const char* key, const std::string& s) {
  if (s.empty()) {
    Put(obj, key, nullptr);
  } else {
    Put(obj, key, s);
  }
}

nlohmann::json SpanJson(const Span& s) {
  nlohmann::json j = nlohmann::json::object();
  Put(&j, "end", s.end);
  Put(&j, "start", s.start);
  Put(&j, "text", s.text);
  return j;
}

}  // namespace

nlohmann::json ToJson(const Extraction& x, bool explain) {
  using nlohmann::json;
  json ents = json::array();
  ents.get_ref<json::array_t&>().reserve(x.entities.size());
  for (const auto& e : x.entities) {
    json roles = json::array();
    roles.get_ref<json::array_t&>().reserve(e.roles.size());
    for (const auto& r : e.roles) {
      json jr = json::object();
      if (!r.from.empty()) Put(&jr, "from", r.from);
      PutOrNull(&jr, "of", r.of);
      Put(&jr, "title", r.title);
      if (!r.to.empty()) Put(&jr, "to", r.to);
      roles.push_back(std::move(jr));
    }
    json mentions = json::array();
    mentions.get_ref<json::array_t&>().reserve(e.mentions.size());
    for (const auto& m : e.mentions) mentions.push_back(SpanJson(m));
    json je = json::object();
    PutOrNull(&je, "actor_code", e.actor_code);
    PutOrNull(&je, "country", e.country);
    if (explain) PutOrNull(&je, "dict_id", e.dict_id);
    Put(&je, "id", e.id);
    Put(&je, "mentions", std::move(mentions));
    Put(&je, "name", e.name);
    Put(&je, "roles", std::move(roles));
    PutOrNull(&je, "sector", e.sector);
    Put(&je, "type", e.type);
    ents.push_back(std::move(je));
  }
  json evs = json::array();
  evs.get_ref<json::array_t&>().reserve(x.events.size());
  for (const auto& v : x.events) {
    json parts = json::array();
    parts.get_ref<json::array_t&>().reserve(v.participants.size());
    for (const auto& p : v.participants) {
      json jp = json::object();
      Put(&jp, "entity", p.entity);
      Put(&jp, "role", p.role);
      parts.push_back(std::move(jp));
    }
    json evidence = json::array();
    evidence.get_ref<json::array_t&>().reserve(v.evidence.size());
    for (const auto& s : v.evidence) evidence.push_back(SpanJson(s));
    json jv = json::object();
    PutOrNull(&jv, "cameo", v.cameo);
    Put(&jv, "confidence", v.confidence);
    PutOrNull(&jv, "date", v.date);
    PutOrNull(&jv, "date_precision", v.date_precision);
    PutOrNull(&jv, "date_source", v.date_source);
    PutOrNull(&jv, "date_text", v.date_text);
    Put(&jv, "evidence", std::move(evidence));
    Put(&jv, "goldstein", v.goldstein);
    Put(&jv, "id", v.id);
    PutOrNull(&jv, "location", v.location);
    Put(&jv, "participants", std::move(parts));
    PutOrNull(&jv, "plover", v.plover);
    PutOrNull(&jv, "plover_mode", v.plover_mode);
    Put(&jv, "quad_class", v.quad_class);
    PutOrNull(&jv, "quote", v.quote);
    if (explain) Put(&jv, "rule", v.rule);
    PutOrNull(&jv, "source_actor_code", v.source_actor_code);
    PutOrNull(&jv, "target_actor_code", v.target_actor_code);
    PutOrNull(&jv, "topic", v.topic);
    Put(&jv, "type", v.type);
    evs.push_back(std::move(jv));
  }
  json out = json::object();
  Put(&out, "entities", std::move(ents));
  Put(&out, "events", std::move(evs));
  if (explain) Put(&out, "extractor_version", Extractor::kVersion);
  Put(&out, "id", x.id);
  if (!x.warnings.empty()) Put(&out, "warnings", x.warnings);
  return out;
}

}  // namespace parley::extract
