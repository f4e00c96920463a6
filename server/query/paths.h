// ShortestPaths: how two entities are connected — up to k shortest paths
// entity → event → entity → … in the participation graph (what /paths and
// the web UI's path view show).
//
// Thread-safe: a function over the caller's GraphQueries (one per thread).
#pragma once

#include <cstdint>
#include <vector>

#include "store/graph_queries.h"

namespace parley::query {

struct PathRequest {
  int64_t from = 0, to = 0;  // entity ids
  int max_depth = 4;         // entity hops at most
  int k = 3;                 // paths at most
  int64_t as_of = 0;
};

// One path: entities[0] = from, entities.back() = to, and events[i] the
// event that entities[i] and entities[i + 1] share.
struct Path {
  std::vector<int64_t> entities;
  std::vector<int64_t> events;
  int length() const { return static_cast<int>(events.size()); }
};

struct PathResult {
  std::vector<Path> paths;                 // shortest first (all of one length)
  std::vector<store::EntityRow> entities;  // the nodes on the paths, by id
  std::vector<store::EventRow> events;
  bool truncated = false;  // the search stopped at its expansion cap
};

// Bidirectional breadth-first search: each round expands, by one whole
// level, the side with the smaller frontier, keeping every parent at the
// shortest distance, until the sides touch; a hub then costs one expansion
// instead of a whole level of the graph beyond it. At most kMaxExpanded
// entities are expanded (then `truncated`), 200 events each. Throws
// Error(kNotFound) naming "from" or "to" for an entity not visible at as_of.
PathResult ShortestPaths(store::GraphQueries& g, const PathRequest& request);

inline constexpr int kMaxExpanded = 1000;

}  // namespace parley::query
