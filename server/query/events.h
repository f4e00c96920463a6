// Event reads over GraphQueries: a page of events under a keyset cursor, the
// details that the one event shape (export/event_json.h) renders, and an
// entity's (or the graph's) timeline.
//
// Thread-safe: functions over the caller's GraphQueries (one per thread).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "store/graph_queries.h"
#include "store/scan_txn.h"

namespace parley::query {

// The sort key of the last event of a page: the next page starts after it.
struct EventCursor {
  std::string date;  // "" for undated events
  int64_t id = 0;
  bool undated = false;
};

struct EventPage {
  std::vector<store::EventRow> events;
  std::optional<EventCursor> next;  // set when more events follow
};

// Events passing `filter`, newest first (undated last), after the filter's
// cursor; at most `filter.limit`. One query (limit + 1 rows tell whether
// more follow).
EventPage ListEvents(store::GraphQueries& g, store::EventFilter filter);

// The rows with their participants (and the participants' entity fields)
// and place names, fetched in two queries whatever the number of events.
// Source URLs are left empty (REST links documents through evidence).
std::vector<store::EventDetail> EventDetails(store::GraphQueries& g,
                                             const std::vector<store::EventRow>& rows,
                                             int64_t as_of);

struct TimelinePeriod {
  std::string period;                     // "2025-12", "2025-W50", "2025-12-14", "2025"
  std::string precision;                  // what kind of period: day|week|month|quarter|year
  std::map<std::string, int64_t> counts;  // event type → events
};

struct TimelineSeries {
  std::vector<TimelinePeriod> periods;     // oldest first (PeriodBefore)
  std::map<std::string, int64_t> undated;  // events with no date, by type
};

// Event counts by period and type for one entity (or every event when
// `entity` is 0). `bucket` is day, week, month, quarter or year; a date
// coarser than the bucket keeps a period of its own precision (a
// month-precision date in a week timeline is counted under "2022-03" with
// precision "month"), so every event is counted once. `from`/`to` are dates
// of any precision, matched by overlap.
TimelineSeries Timeline(store::GraphQueries& g, int64_t entity, const std::string& from,
                        const std::string& to, const std::string& bucket, int64_t as_of);

}  // namespace parley::query
