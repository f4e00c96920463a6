// GraphQueries: what the interface implements for every backend.
#include "store/graph_queries.h"

#include <unordered_set>

namespace parley::store {

NodesToLoad::NodesToLoad(const std::vector<ParticipantRow>& rows,
                         const std::vector<int64_t>& entity_ids,
                         const std::function<bool(int64_t)>& known_event,
                         const std::function<bool(int64_t)>& known_entity, int max_nodes)
    : rows_(&rows),
      own_(entity_ids.begin(), entity_ids.end()),
      known_event_(known_event),
      known_entity_(known_entity),
      max_nodes_(max_nodes) {}

NodeIds NodesToLoad::Next() {
  // Replays the caller's walk with what is known so far: a node not asked
  // yet is assumed to exist (it is asked now), a missing one is skipped as
  // the caller skips it. The walk's nodes are those the caller will show
  // once every asked node is loaded, so one pass usually asks everything.
  NodeIds out;
  std::unordered_set<int64_t> shown_events, shown_entities;
  int shown = 0;
  for (const auto& row : *rows_) {
    if (shown >= max_nodes_) break;  // the caller shows no further node
    if (!known_event_(row.event_id) && shown_events.insert(row.event_id).second) {
      auto [at, fresh] = events_.try_emplace(row.event_id, State::kAsked);
      if (fresh) out.events.push_back(row.event_id);
      if (at->second == State::kMissing) continue;  // nor its entity, as the caller
      ++shown;
      if (shown >= max_nodes_) break;
    } else if (auto at = events_.find(row.event_id);
               at != events_.end() && at->second == State::kMissing) {
      continue;
    }
    if (known_entity_(row.entity_id) || own_.count(row.entity_id) ||
        !shown_entities.insert(row.entity_id).second)
      continue;
    auto [at, fresh] = entities_.try_emplace(row.entity_id, State::kAsked);
    if (fresh) out.entities.push_back(row.entity_id);
    if (at->second != State::kMissing) ++shown;
  }
  return out;
}

void NodesToLoad::Loaded(const NodeIds& asked, const std::vector<EventRow>& events,
                         const std::vector<EntityRow>& entities) {
  for (int64_t id : asked.events) events_[id] = State::kMissing;
  for (int64_t id : asked.entities) entities_[id] = State::kMissing;
  for (const auto& v : events) events_[v.id] = State::kFound;
  for (const auto& e : entities) entities_[e.id] = State::kFound;
}

EventsWithNodes GraphQueries::EventsOfWithNodes(const std::vector<int64_t>& entity_ids,
                                                const EventFilter& filter, int limit, int max_nodes,
                                                const std::function<bool(int64_t)>& known_event,
                                                const std::function<bool(int64_t)>& known_entity) {
  EventsWithNodes out;
  out.rows = EventsOf(entity_ids, filter, limit);
  // Two queries for the whole level rather than one per node.
  NodesToLoad plan(out.rows, entity_ids, known_event, known_entity, max_nodes);
  for (NodeIds want = plan.Next(); !want.empty(); want = plan.Next()) {
    auto events = EventsById(want.events, filter.as_of);
    auto entities = Entities(want.entities, filter.as_of);
    plan.Loaded(want, events, entities);
    for (auto& v : events) out.events.push_back(std::move(v));
    for (auto& e : entities) out.entities.push_back(std::move(e));
  }
  return out;
}

}  // namespace parley::store
