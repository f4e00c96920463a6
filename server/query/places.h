// EventPlaces: where the events of a window happened — each place with its
// event count and, when the dictionary knows them, its coordinates (entity
// attributes {"lat", "lon"}): what the web UI's map draws.
//
// Thread-safe: a function over the caller's GraphQueries (one per thread).
#pragma once

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "store/graph_queries.h"

namespace parley::query {

struct Place {
  store::EntityRow entity;
  int64_t events = 0;
  std::optional<std::pair<double, double>> coordinates;  // latitude, longitude
};

struct PlaceCounts {
  std::vector<Place> places;    // most events first, then id
  int64_t placed_events = 0;    // events at a place with coordinates
  int64_t unplaced_events = 0;  // events at a place without coordinates
  bool truncated = false;       // `limit` left places out
};

// Coordinates from an entity's attributes JSON ({"lat", "lon"} or
// {"latitude", "longitude"}), if it has them in range.
std::optional<std::pair<double, double>> EntityCoordinates(const std::string& attributes_json);

PlaceCounts EventPlaceCounts(store::GraphQueries& g, const store::EventFilter& filter, int limit);

}  // namespace parley::query
