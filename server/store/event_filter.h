// EventFilter: the one description of "which events" that every read takes —
// the REST lists (/events, /entities/{id}/events, /search), graph expansion,
// streamed exports and `parley export`. Query parameters are parsed into it
// once (query/params.h), whatever the transport.
//
// Thread-safe: a plain value.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace parley::store {

struct EventFilter {
  // An event passes when it matches every criterion given (empty = any).
  std::vector<std::string> types;    // event types (base/vocabulary.h)
  std::string plover, cameo_prefix;  // PLOVER type; CAMEO code prefix ("04")
  // Inclusive bounds of any precision ("2022", "2022-03", "2022-03-14"); an
  // event passes when its date (of any precision) overlaps them
  // (store/sqlite_event_sql.h). Undated events pass no bound.
  std::string from, to;
  std::string country;      // a participant's country (ISO alpha-3)
  int64_t participant = 0;  // an entity taking part
  std::string role;         // with `participant`: only in this role
  int64_t location = 0;     // the place entity
  // Events between two entities: both take part (any roles), or with
  // `dyad_directed` the event's source is dyad_a and its target dyad_b (the
  // source/target choice of exports::PickDyad).
  int64_t dyad_a = 0, dyad_b = 0;
  bool dyad_directed = false;
  std::string q;         // full-text words (GraphQueries only)
  int64_t event_id = 0;  // one event only (scans: JSON-LD of one event)
  int64_t as_of = 0;     // µs; facts first seen later are hidden; 0 = now

  // Paging, for GraphQueries::Events (scans read everything in id order).
  // Keyset: events strictly after (cursor_date, cursor_id) in newest-first
  // order; undated events come last. Empty cursor_date with cursor_id 0 = start.
  std::string cursor_date;
  int64_t cursor_id = 0;
  bool cursor_undated = false;
  int limit = 50;

  // True when some criterion other than as_of narrows the events (scans then
  // export only the entities and documents of passing events).
  bool RestrictsEvents() const {
    return !types.empty() || !plover.empty() || !cameo_prefix.empty() || !from.empty() ||
           !to.empty() || !country.empty() || participant != 0 || location != 0 || event_id != 0 ||
           dyad_a != 0;
  }
};

}  // namespace parley::store
