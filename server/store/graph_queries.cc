// GraphQueries: what the interface implements for every backend.
#include "store/graph_queries.h"

#include <unordered_set>

namespace parley::store {

EventsWithNodes GraphQueries::EventsOfWithNodes(const std::vector<int64_t>& entity_ids,
                                                const EventFilter& filter, int limit,
                                                const std::function<bool(int64_t)>& known_event,
                                                const std::function<bool(int64_t)>& known_entity) {
  EventsWithNodes out;
  out.rows = EventsOf(entity_ids, filter, limit);
  const std::unordered_set<int64_t> own(entity_ids.begin(), entity_ids.end());
  // Two queries for the whole level rather than one per node.
  std::vector<int64_t> want_events, want_entities;
  for (const auto& row : out.rows) {
    if (!known_event(row.event_id)) want_events.push_back(row.event_id);
    if (!known_entity(row.entity_id) && !own.count(row.entity_id))
      want_entities.push_back(row.entity_id);
  }
  out.events = EventsById(want_events, filter.as_of);
  out.entities = Entities(want_entities, filter.as_of);
  return out;
}

}  // namespace parley::store
