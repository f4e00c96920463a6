// GraphQueries: what the interface implements for every backend.
#include "store/graph_queries.h"

#include <unordered_set>

namespace parley::store {

NodeIds NodesToLoad(const std::vector<ParticipantRow>& rows, const std::vector<int64_t>& entity_ids,
                    const std::function<bool(int64_t)>& known_event,
                    const std::function<bool(int64_t)>& known_entity) {
  NodeIds out;
  const std::unordered_set<int64_t> own(entity_ids.begin(), entity_ids.end());
  std::unordered_set<int64_t> seen_events, seen_entities;
  for (const auto& row : rows) {
    if (!known_event(row.event_id) && seen_events.insert(row.event_id).second)
      out.events.push_back(row.event_id);
    if (!known_entity(row.entity_id) && !own.count(row.entity_id) &&
        seen_entities.insert(row.entity_id).second)
      out.entities.push_back(row.entity_id);
  }
  return out;
}

EventsWithNodes GraphQueries::EventsOfWithNodes(const std::vector<int64_t>& entity_ids,
                                                const EventFilter& filter, int limit,
                                                const std::function<bool(int64_t)>& known_event,
                                                const std::function<bool(int64_t)>& known_entity) {
  EventsWithNodes out;
  out.rows = EventsOf(entity_ids, filter, limit);
  // Two queries for the whole level rather than one per node.
  const NodeIds want = NodesToLoad(out.rows, entity_ids, known_event, known_entity);
  out.events = EventsById(want.events, filter.as_of);
  out.entities = Entities(want.entities, filter.as_of);
  return out;
}

}  // namespace parley::store
