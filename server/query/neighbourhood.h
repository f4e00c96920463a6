// Expand: the neighbourhood of seed entities in the entity–event graph,
// breadth first to a depth, under a cap on nodes — what /graph draws and the
// web UI grows by double-click.
//
// Thread-safe: a function over the caller's GraphQueries (one per thread).
#pragma once

#include <cstdint>
#include <map>
#include <vector>

#include "store/graph_queries.h"

namespace parley::query {

struct ExpandRequest {
  std::vector<int64_t> seeds;  // entity ids
  int depth = 1;               // entity → event → entity hops
  store::EventFilter filter;   // types, from, to, as_of narrow the events
  int limit = 300;             // nodes (entities + events) at most
};

struct Neighbourhood {
  std::map<int64_t, store::EntityRow> entities;
  std::map<int64_t, store::EventRow> events;
  std::vector<store::ParticipantRow> edges;  // entity → event with the role; distinct
  // Per entity shown: its events left out (by the cap or the depth).
  std::map<int64_t, int64_t> hidden;
  // True when the cap cut the answer (an expanded entity has events left out).
  bool truncated = false;
};

// Each level takes the newest events of the frontier (one query per level,
// not per node), then their participants; nodes beyond `limit` are left out
// and counted in `hidden`. Throws Error(kNotFound, param "seed") when a seed
// is not an entity visible at filter.as_of.
Neighbourhood Expand(store::GraphQueries& g, const ExpandRequest& request);

}  // namespace parley::query
