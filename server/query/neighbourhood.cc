// Neighbourhood expansion, level by level.
#include "query/neighbourhood.h"

#include <set>
#include <tuple>

#include "base/error.h"

namespace parley::query {

Neighbourhood Expand(store::GraphQueries& g, const ExpandRequest& r) {
  Neighbourhood out;
  const store::EventFilter& f = r.filter;
  auto nodes = [&] { return static_cast<int>(out.entities.size() + out.events.size()); };
  std::set<std::tuple<int64_t, int64_t, std::string>> edge_keys;
  std::map<int64_t, int64_t> shown;  // entity → events shown
  std::vector<int64_t> frontier;
  for (int64_t s : r.seeds) {
    auto e = g.Entity(s, f.as_of);
    if (!e) throw Error(ErrorCode::kNotFound, "no entity " + std::to_string(s), "seed");
    out.entities[s] = *e;
    frontier.push_back(s);
  }
  std::set<int64_t> expanded;
  for (int level = 0; level < r.depth && !frontier.empty(); ++level) {
    expanded.insert(frontier.begin(), frontier.end());
    const int room = r.limit - nodes();
    if (room <= 0) {
      out.truncated = true;
      break;
    }
    // The level's events with the nodes they name that are not shown yet
    // (the frontier is), in one call rather than one per node; only the
    // nodes the loop below can show within `room` are loaded (NodesToLoad
    // replays this loop), not the several times more a busy seed's
    // events name.
    auto found = g.EventsOfWithNodes(
        frontier, f, room, room, [&](int64_t id) { return out.events.count(id) > 0; },
        [&](int64_t id) { return out.entities.count(id) > 0; });
    const auto& rows = found.rows;
    std::map<int64_t, store::EventRow> loaded_events;
    std::map<int64_t, store::EntityRow> loaded_entities;
    for (auto& v : found.events) loaded_events[v.id] = std::move(v);
    for (auto& e : found.entities) loaded_entities[e.id] = std::move(e);
    std::vector<int64_t> next;
    for (const auto& row : rows) {
      if (!out.events.count(row.event_id)) {
        if (nodes() >= r.limit) {
          out.truncated = true;
          continue;
        }
        auto v = loaded_events.find(row.event_id);
        if (v == loaded_events.end()) continue;
        out.events[row.event_id] = v->second;
      }
      if (!out.entities.count(row.entity_id)) {
        if (nodes() >= r.limit) {
          out.truncated = true;
          continue;
        }
        auto e = loaded_entities.find(row.entity_id);
        if (e == loaded_entities.end()) continue;
        out.entities[row.entity_id] = e->second;
        next.push_back(row.entity_id);
      }
      if (edge_keys.emplace(row.event_id, row.entity_id, row.role).second) {
        out.edges.push_back(row);
        ++shown[row.entity_id];
      }
    }
    frontier = std::move(next);
  }
  for (const auto& [id, e] : out.entities) {
    const int64_t more = e.event_count - shown[id];
    if (more > 0) out.hidden[id] = more;
  }
  // An expanded node with events left out was cut by the cap, not by the
  // depth: say so.
  for (int64_t id : expanded)
    if (out.hidden.count(id)) out.truncated = true;
  return out;
}

}  // namespace parley::query
