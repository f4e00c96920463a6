// The event shape shared by REST and NDJSON.
#include "export/event_json.h"

#include "base/time.h"
#include "export/event_rows.h"
#include "export/text_escape.h"

namespace parley::exports {

namespace {

using nlohmann::json;

json Opt(const std::string& s) { return s.empty() ? json(nullptr) : json(ValidUtf8(s)); }
json Iso(int64_t micros) { return micros > 0 ? json(FormatTimestamp(micros)) : json(nullptr); }

}  // namespace

json EventJson(const store::EventDetail& d) {
  const store::EventRow& v = d.event;
  json parts = json::array();
  for (const auto& p : d.participants)
    parts.push_back({{"id", p.entity_id},
                     {"name", ValidUtf8(p.name)},
                     {"type", p.type},
                     {"role", p.role},
                     {"country", Opt(p.country)},
                     {"sector", Opt(p.sector)},
                     {"actor_code", Opt(p.actor_code)}});
  json location = nullptr;
  if (v.location_id && !d.place_name.empty())
    location = {{"id", v.location_id},
                {"name", ValidUtf8(d.place_name)},
                {"country", Opt(d.place_country)}};
  return {{"id", v.id},
          {"type", v.type},
          {"label", ValidUtf8(v.label)},
          {"cameo", Opt(v.cameo)},
          {"cameo_base", Opt(CameoBase(v.cameo))},
          {"cameo_root", Opt(CameoRoot(v.cameo))},
          {"plover", Opt(v.plover)},
          {"plover_mode", Opt(v.plover_mode)},
          {"goldstein", v.cameo.empty() ? json(nullptr) : json(v.goldstein)},
          {"quad_class", v.quad_class > 0 ? json(v.quad_class) : json(nullptr)},
          {"date", Opt(v.date)},
          {"date_precision", Opt(v.date_precision)},
          {"date_source", Opt(v.date_source)},
          {"location", location},
          {"participants", parts},
          {"source_actor_code", Opt(v.source_actor_code)},
          {"target_actor_code", Opt(v.target_actor_code)},
          {"topic", Opt(v.topic)},
          {"quote", Opt(v.quote)},
          {"confidence", v.confidence},
          {"mentions", v.mention_count},
          {"documents", v.document_count},
          {"sources", v.source_count},
          {"first_seen", Iso(v.first_seen)},
          {"last_seen", Iso(v.last_seen)}};
}

json EntitySummaryJson(const store::EntityRow& e) {
  return {{"id", e.id},
          {"name", ValidUtf8(e.name)},
          {"type", e.type},
          {"country", Opt(e.country)},
          {"sector", Opt(e.sector)},
          {"actor_code", Opt(e.actor_code)},
          {"event_count", e.event_count},
          {"mention_count", e.mention_count}};
}

}  // namespace parley::exports
