// GraphQueries: the reads behind the REST API — entity search, an entity's
// events and co-participants, event lists with filters, evidence,
// neighbourhood edges, timelines and document search — on one consistent
// snapshot. Every call takes `as_of` (µs; 0 = now): only facts first seen by
// then are visible.
//
// Not thread-safe: one GraphQueries per thread, from Store::BeginGraph().
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "store/event_filter.h"
#include "store/rows.h"

namespace parley::store {

struct Evidence {
  MentionRow mention;
  DocumentRow document;  // text left empty
};

struct DocumentHit {
  int64_t id = 0;
  std::string title, published_at, snippet;
};

// Events an entity takes part in (each event once, whatever its roles).
struct EntityActivity {
  int64_t entity_id = 0;
  int64_t events = 0;
};

// Events of one type that two entities take part in together; a < b.
// `goldstein_n` of them carry a Goldstein score, summing to `goldstein_sum`.
// `first`/`last`: the earliest and latest dates among them ("" if none dated).
struct PairCount {
  int64_t a = 0, b = 0;
  std::string type;
  int64_t events = 0;
  double goldstein_sum = 0;
  int64_t goldstein_n = 0;
  std::string first, last;
};

// What Aggregate groups events by: each flag adds one key to the grouping.
struct AggregateQuery {
  EventFilter filter;  // paging fields ignored
  bool by_date = false, by_type = false, by_cameo_root = false, by_plover = false,
       by_quad_class = false, by_place = false, by_source = false, by_target = false;
  int max_rows = 100000;  // more groups than this: truncated
};

// One group: the keys asked for (others empty or 0), the number of events
// and the sum and number of their Goldstein scores (events without one are
// counted but not averaged).
struct AggregateRow {
  std::string date, date_precision;  // the event's date as stored ("" undated)
  std::string type, cameo_root, plover;
  int quad_class = 0;
  int64_t place = 0, source = 0, target = 0;  // entity ids; 0 = none
  int64_t events = 0, goldstein_count = 0;
  double goldstein_sum = 0;
};

struct AggregateRows {
  std::vector<AggregateRow> rows;
  bool truncated = false;  // more than max_rows groups
};

// EventsOf's rows with the nodes they name (GraphQueries::EventsOfWithNodes).
struct EventsWithNodes {
  std::vector<ParticipantRow> rows;  // as EventsOf returns them
  std::vector<EventRow> events;      // as EventsById returns them
  std::vector<EntityRow> entities;   // as Entities returns them
};

// Which events and entities EventsOfWithNodes loads for `rows`: those a
// caller shows when it walks the rows in order and shows each row's event,
// then (when the event exists) its entity, each once, skipping the nodes
// `known_event` / `known_entity` say it holds and the entities of
// `entity_ids`, until it has shown `max_nodes` (Expand, query/). A busy
// seed's level names several times more nodes than a capped neighbourhood
// shows; loading only these keeps a level's cost at its cap.
//
// Next() returns the ids still to load (empty once done); Loaded() reports
// which of them exist. A node that does not exist frees its place for one
// further in the rows, so the caller loops until Next() returns nothing,
// which is one load unless a named node is missing. Not thread-safe.
struct NodeIds {
  std::vector<int64_t> events, entities;
  bool empty() const { return events.empty() && entities.empty(); }
};
class NodesToLoad {
 public:
  NodesToLoad(const std::vector<ParticipantRow>& rows, const std::vector<int64_t>& entity_ids,
              const std::function<bool(int64_t)>& known_event,
              const std::function<bool(int64_t)>& known_entity, int max_nodes);
  NodeIds Next();
  void Loaded(const NodeIds& asked, const std::vector<EventRow>& events,
              const std::vector<EntityRow>& entities);

 private:
  enum class State { kAsked, kFound, kMissing };
  const std::vector<ParticipantRow>* rows_;
  std::unordered_set<int64_t> own_;
  std::function<bool(int64_t)> known_event_, known_entity_;
  int max_nodes_;
  std::unordered_map<int64_t, State> events_, entities_;
};

class GraphQueries {
 public:
  virtual ~GraphQueries() = default;

  // Ranked prefix search over names and aliases (FTS5), or by activity when
  // `q` is empty. `offset` pages through the ranking.
  virtual std::vector<EntityRow> SearchEntities(const std::string& q, const std::string& type,
                                                const std::string& country, int64_t as_of,
                                                int limit, int offset) = 0;
  virtual std::optional<EntityRow> Entity(int64_t id, int64_t as_of) = 0;
  // The visible ones of `ids`, in no particular order (one query, not N).
  virtual std::vector<EntityRow> Entities(const std::vector<int64_t>& ids, int64_t as_of) = 0;
  virtual std::vector<std::string> Aliases(int64_t entity_id) = 0;
  virtual std::vector<RoleRow> Roles(int64_t entity_id, int64_t as_of) = 0;
  // Entities sharing events with `entity_id`, most shared first, counted
  // over its 2,000 most recent events (bounded cost for the busiest actors).
  virtual std::vector<std::pair<EntityRow, int64_t>> CoParticipants(int64_t entity_id,
                                                                    int64_t as_of, int limit) = 0;
  // Events newest first (undated last), filtered.
  virtual std::vector<EventRow> Events(const EventFilter& filter) = 0;
  virtual std::optional<EventRow> Event(int64_t id, int64_t as_of) = 0;
  // The visible ones of `ids`, in no particular order (one query, not N).
  virtual std::vector<EventRow> EventsById(const std::vector<int64_t>& ids, int64_t as_of) = 0;
  // Participants of `event_ids` with their entities' fields, grouped by
  // event, in first-seen order within an event.
  virtual std::vector<ParticipantDetail> Participants(const std::vector<int64_t>& event_ids,
                                                      int64_t as_of) = 0;
  // The spans that state `event_id`, by publication date, document and
  // offset: the first `max_spans` of them; *truncated says whether there
  // are more. Memory stays proportional to `max_spans` however many spans a
  // document holds.
  virtual std::vector<Evidence> EventEvidence(int64_t event_id, int64_t as_of, size_t max_spans,
                                              bool* truncated) = 0;
  // Participation edges (event, entity, role) of the given entities' events,
  // filtered like Events (types, from, to, as_of); at most `limit` events.
  // Newest first (undated last), then grouped by event.
  virtual std::vector<ParticipantRow> EventsOf(const std::vector<int64_t>& entity_ids,
                                               const EventFilter& filter, int limit) = 0;
  // EventsOf(entity_ids, filter, limit) and, on the same snapshot, what
  // EventsById and Entities return for the nodes its rows name that a caller
  // showing at most `max_nodes` new ones would show (NodesToLoad): a
  // neighbourhood's level in one call. The default asks EventsOf, then
  // EventsById and Entities; the PostgreSQL backend, where each statement is
  // a round trip to the server, sends the last two in one pipeline.
  virtual EventsWithNodes EventsOfWithNodes(const std::vector<int64_t>& entity_ids,
                                            const EventFilter& filter, int limit, int max_nodes,
                                            const std::function<bool(int64_t)>& known_event,
                                            const std::function<bool(int64_t)>& known_entity);
  // Events passing `filter` (types, from, to, as_of) per entity: for `ids`
  // (empty = every entity), only entities whose type is in `entity_types`
  // (empty = any); most active first, then id; at most `limit` rows.
  virtual std::vector<EntityActivity> ActiveEntities(const std::vector<int64_t>& ids,
                                                     const std::vector<std::string>& entity_types,
                                                     const EventFilter& filter, int limit) = 0;
  // Co-participation in events passing `filter` (types, from, to, as_of), by
  // pair and event type: pairs with both entities in `ids` (`both`), or with
  // at least one (`!both`; the other then of a type in `entity_types`, empty
  // = any). Each event counts once per pair. Order: a, b, type.
  virtual std::vector<PairCount> PairCounts(const std::vector<int64_t>& ids, bool both,
                                            const std::vector<std::string>& entity_types,
                                            const EventFilter& filter) = 0;
  // Events passing `filter` (types, from, to, as_of) by their place
  // (entity_id = the location entity), most events first, then id.
  virtual std::vector<EntityActivity> EventPlaces(const EventFilter& filter, int limit) = 0;
  // Events passing `q.filter` (dates by overlap, the dyad filter, every
  // other criterion as Events) grouped by the keys `q` asks for, in no
  // particular order. Dates are grouped as stored; query/aggregate.h buckets
  // them into periods and rolls entities up to countries and sectors.
  // Source and target are chosen as exports::PickDyad chooses them.
  virtual AggregateRows Aggregate(const AggregateQuery& q) = 0;
  virtual std::vector<DocumentHit> SearchDocuments(const std::string& q, int64_t as_of,
                                                   int limit) = 0;
  // Totals by entity type and event type, and the event date range.
  virtual std::vector<std::pair<std::string, int64_t>> CountBy(const std::string& what,
                                                               int64_t as_of) = 0;
  virtual std::pair<std::string, std::string> DateRange(int64_t as_of) = 0;
  // Totals of what was known at `as_of` (documents, entities, events, mentions).
  virtual GraphCounts Counts(int64_t as_of) = 0;
};

// Turns user text into an FTS5 prefix query that cannot be FTS5 syntax:
// "sergey lav" → "\"sergey\"* \"lav\"*", one term per token of the very
// tokenizer the full-text tables use, so that no term is a phrase. Empty
// when no word remains.
std::string FtsPrefixQuery(const std::string& text);

}  // namespace parley::store
