// Event counts by place, with the places' coordinates.
#include "query/places.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

namespace parley::query {

std::optional<std::pair<double, double>> EntityCoordinates(const std::string& attributes_json) {
  const auto a = nlohmann::json::parse(attributes_json, nullptr, false);
  if (!a.is_object()) return std::nullopt;
  for (const auto& [la, lo] : {std::pair{"lat", "lon"}, std::pair{"latitude", "longitude"}}) {
    if (!a.contains(la) || !a.contains(lo) || !a[la].is_number() || !a[lo].is_number()) continue;
    const double lat = a[la].get<double>(), lon = a[lo].get<double>();
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180) return std::nullopt;
    return std::pair{lat, lon};
  }
  return std::nullopt;
}

PlaceCounts EventPlaceCounts(store::GraphQueries& g, const store::EventFilter& f, int limit) {
  PlaceCounts out;
  auto rows = g.EventPlaces(f, limit + 1);
  if (static_cast<int>(rows.size()) > limit) {
    out.truncated = true;
    rows.pop_back();
  }
  std::vector<int64_t> ids;
  ids.reserve(rows.size());
  for (const auto& r : rows) ids.push_back(r.entity_id);
  std::map<int64_t, store::EntityRow> entities;
  for (auto& e : g.Entities(ids, f.as_of)) entities[e.id] = std::move(e);
  for (const auto& r : rows) {
    auto it = entities.find(r.entity_id);
    if (it == entities.end()) continue;
    Place p;
    p.entity = it->second;
    p.events = r.events;
    p.coordinates = EntityCoordinates(p.entity.attributes_json);
    (p.coordinates ? out.placed_events : out.unplaced_events) += r.events;
    out.places.push_back(std::move(p));
  }
  return out;
}

}  // namespace parley::query
