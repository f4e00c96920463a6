// Event rows: dyad choice, CAMEO code levels, the TSV record and JSON-LD.
#include "export/event_rows.h"

#include <array>
#include <charconv>
#include <set>

#include "base/vocabulary.h"
#include "export/text_escape.h"

namespace parley::exports {
namespace {

using nlohmann::json;
using store::EventDetail;
using store::ParticipantDetail;

bool IsSource(const std::string& role) { return vocab::RoleSide(role) == vocab::DyadSide::kSource; }
bool IsTarget(const std::string& role) { return vocab::RoleSide(role) == vocab::DyadSide::kTarget; }

std::string Number(double v) {
  std::array<char, 32> buf{};
  auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), v);
  return ec == std::errc() ? std::string(buf.data(), end) : std::string();
}

// Coordinates from a place's attributes ({"lat": .., "lon": ..} or
// latitude/longitude), or false when it has none.
bool Coordinates(const std::string& attributes_json, double* lat, double* lon) {
  const json a = json::parse(attributes_json, nullptr, false);
  if (!a.is_object()) return false;
  for (const auto& [la, lo] : {std::pair{"lat", "lon"}, std::pair{"latitude", "longitude"}}) {
    if (a.contains(la) && a.contains(lo) && a[la].is_number() && a[lo].is_number()) {
      *lat = a[la].get<double>();
      *lon = a[lo].get<double>();
      return true;
    }
  }
  return false;
}

// schema.org type for an entity type; countries are Country, groups and
// organisations Organization.
const char* SchemaType(const std::string& type) {
  if (type == "person") return "Person";
  if (type == "country") return "Country";
  if (type == "location") return "Place";
  return "Organization";
}

json PropertyValue(const char* id, const json& value) {
  return {{"@type", "https://schema.org/PropertyValue"}, {"propertyID", id}, {"value", value}};
}

const char* const kTsvColumns[] = {
    "event_id",      "date",          "date_precision", "date_source",    "event_type",
    "source_name",   "source_code",   "source_country", "source_sector",  "cameo_code",
    "cameo_base",    "cameo_root",    "plover_type",    "plover_mode",    "goldstein",
    "quad_class",    "target_name",   "target_code",    "target_country", "target_sector",
    "place_name",    "place_country", "latitude",       "longitude",      "num_mentions",
    "num_documents", "num_sources",   "confidence",     "label",          "source_urls"};

}  // namespace

Dyad PickDyad(const EventDetail& event) {
  Dyad d;
  const auto& ps = event.participants;
  for (const auto& p : ps) {
    if (!d.source && IsSource(p.role)) d.source = &p;
    if (!d.target && IsTarget(p.role)) d.target = &p;
  }
  auto other = [&](const ParticipantDetail* not_this) -> const ParticipantDetail* {
    for (const auto& p : ps)
      if (&p != not_this && &p != d.source && &p != d.target && p.type != "location" &&
          !IsSource(p.role) && !IsTarget(p.role))
        return &p;
    return nullptr;
  };
  if (!d.source) d.source = other(nullptr);
  if (!d.target) d.target = other(d.source);
  return d;
}

std::string CameoBase(std::string_view cameo) { return std::string(cameo.substr(0, 3)); }
std::string CameoRoot(std::string_view cameo) { return std::string(cameo.substr(0, 2)); }

const json& JsonLdContext() {
  // Inline, so a JSON-LD processor needs no network; schema.org's own
  // context says the same for these terms.
  static const json kContext = {{"@vocab", "https://schema.org/"},
                                {"additionalType", {{"@type", "@id"}}},
                                {"url", {{"@type", "@id"}}},
                                {"sameAs", {{"@type", "@id"}}}};
  return kContext;
}

std::string EventJsonLdPath(int64_t id) { return "/api/v1/export/jsonld/" + std::to_string(id); }

json EventJsonLd(const EventDetail& detail, const std::string& base_url, bool with_context) {
  const auto& v = detail.event;
  json j = json::object();
  if (with_context) j["@context"] = JsonLdContext();
  j["@type"] = "https://schema.org/Event";
  j["@id"] = base_url + "/api/v1/events/" + std::to_string(v.id);
  j["name"] = ValidUtf8(v.label.empty() ? v.type : v.label);
  // The event type as an IRI: its entry in the vocabulary.
  j["additionalType"] = base_url + "/api/v1/vocabulary#" + ValidUtf8(v.type);
  json ids = json::array({PropertyValue("parley:event", v.id)});
  if (!v.cameo.empty()) ids.push_back(PropertyValue("CAMEO", v.cameo));
  if (!v.plover.empty()) ids.push_back(PropertyValue("PLOVER", v.plover));
  if (!v.plover_mode.empty()) ids.push_back(PropertyValue("PLOVER mode", v.plover_mode));
  if (!v.cameo.empty()) ids.push_back(PropertyValue("Goldstein", v.goldstein));
  if (v.quad_class > 0) ids.push_back(PropertyValue("QuadClass", v.quad_class));
  j["identifier"] = ids;
  if (!v.date.empty()) {
    j["startDate"] = v.date;
    j["endDate"] = v.date;
  }
  if (!v.topic.empty()) j["description"] = ValidUtf8(v.topic);
  if (!detail.place_name.empty()) {
    json place = {{"@type", "https://schema.org/Place"},
                  {"@id", base_url + "/api/v1/entities/" + std::to_string(v.location_id)},
                  {"name", ValidUtf8(detail.place_name)}};
    if (!detail.place_country.empty())
      place["address"] = {{"@type", "https://schema.org/PostalAddress"},
                          {"addressCountry", detail.place_country}};
    double lat = 0, lon = 0;
    if (Coordinates(detail.place_attributes_json, &lat, &lon))
      place["geo"] = {
          {"@type", "https://schema.org/GeoCoordinates"}, {"latitude", lat}, {"longitude", lon}};
    j["location"] = place;
  }
  json attendees = json::array(), organizers = json::array();
  for (const auto& p : detail.participants) {
    if (p.type == "location") continue;
    json a = {{"@type", std::string("https://schema.org/") + SchemaType(p.type)},
              {"@id", base_url + "/api/v1/entities/" + std::to_string(p.entity_id)},
              {"name", ValidUtf8(p.name)}};
    if (!p.country.empty() && p.type != "country") a["nationality"] = p.country;
    (p.role == "host" || p.role == "proposer" ? organizers : attendees).push_back(a);
  }
  if (!attendees.empty()) j["attendee"] = attendees;
  if (!organizers.empty()) j["organizer"] = organizers;
  if (!detail.source_urls.empty()) {
    json docs = json::array();
    for (const auto& url : detail.source_urls)
      docs.push_back({{"@type", "https://schema.org/NewsArticle"}, {"url", ValidUtf8(url)}});
    j["subjectOf"] = docs;
  }
  return j;
}

const char* const* EventTsvColumns(size_t* count) {
  *count = std::size(kTsvColumns);
  return kTsvColumns;
}

void AppendEventTsvRow(std::string* out, const EventDetail& detail) {
  const auto& v = detail.event;
  const Dyad d = PickDyad(detail);
  auto field = [out](std::string_view s) { AppendTsvField(out, s), *out += '\t'; };
  auto actor = [&](const ParticipantDetail* p, const std::string& event_code) {
    field(p ? p->name : "");
    field(!event_code.empty() ? event_code : (p ? p->actor_code : ""));
    field(p ? p->country : "");
    field(p ? p->sector : "");
  };
  field(std::to_string(v.id));
  field(v.date);
  field(v.date_precision);
  field(v.date_source);
  field(v.type);
  actor(d.source, v.source_actor_code);
  field(v.cameo);
  field(CameoBase(v.cameo));
  field(CameoRoot(v.cameo));
  field(v.plover);
  field(v.plover_mode);
  field(v.cameo.empty() ? "" : Number(v.goldstein));
  field(v.quad_class > 0 ? std::to_string(v.quad_class) : "");
  actor(d.target, v.target_actor_code);
  field(detail.place_name);
  field(detail.place_country);
  double lat = 0, lon = 0;
  const bool geo = Coordinates(detail.place_attributes_json, &lat, &lon);
  field(geo ? Number(lat) : "");
  field(geo ? Number(lon) : "");
  field(std::to_string(v.mention_count));
  field(std::to_string(v.document_count));
  field(std::to_string(v.source_count));
  field(Number(v.confidence));
  field(v.label);
  std::string urls;
  for (const auto& u : detail.source_urls) urls += (urls.empty() ? "" : " ") + u;
  AppendTsvField(out, urls);
  *out += '\n';
}

}  // namespace parley::exports
