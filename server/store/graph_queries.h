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
#include <optional>
#include <string>
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
  // Event counts by (period, type); `bucket` is day, week or month.
  virtual std::vector<std::pair<std::string, std::pair<std::string, int64_t>>> Timeline(
      int64_t entity_id, const std::string& from, const std::string& to, const std::string& bucket,
      int64_t as_of) = 0;
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
