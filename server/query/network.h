// ActorNetwork: the actor network of a time window — entities as nodes
// weighted by their events in the window, one edge per pair of actors that
// share events, aggregating them (count, counts by type, mean Goldstein,
// first/last date). Computed on the server from aggregates, so the web UI's
// network view never downloads the events themselves.
//
// Thread-safe: a function over the caller's GraphQueries (one per thread).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "store/graph_queries.h"

namespace parley::query {

// Entity types that act in events; locations are where events happen.
inline const std::vector<std::string> kActorTypes = {"person", "organization", "country", "group"};

struct NetworkRequest {
  // Seeds and their strongest partners in the window, or (no seeds) the
  // most active actors of the window.
  std::vector<int64_t> seeds;
  int top = 50;                                         // nodes at most (seeds included)
  int max_edges = 2000;                                 // strongest edges kept
  std::vector<std::string> entity_types = kActorTypes;  // of the nodes other than seeds
  store::EventFilter filter;                            // types, from, to, as_of
};

struct NetworkNode {
  store::EntityRow entity;
  int64_t events = 0;  // its events in the window
  bool seed = false;
};

struct NetworkEdge {
  int64_t a = 0, b = 0;                    // entity ids, a < b
  int64_t events = 0;                      // shared events in the window
  std::map<std::string, int64_t> by_type;  // events by type
  std::optional<double> goldstein;         // mean over the scored events
  std::string first, last;                 // earliest/latest date ("" if none dated)
  // Event types by count, most frequent first (ties by name), at most three.
  std::vector<std::string> DominantTypes() const;
};

struct Network {
  std::vector<NetworkNode> nodes;  // most active first
  std::vector<NetworkEdge> edges;  // most events first, then (a, b)
  bool truncated = false;          // `top` or `max_edges` left something out
};

// Throws Error(kNotFound, param "seed") for a seed not visible at as_of.
Network ActorNetwork(store::GraphQueries& g, const NetworkRequest& request);

}  // namespace parley::query
