// SQL fragments that every event read shares, so that a date bound or a dyad
// means the same in event lists, neighbourhoods, exports, aggregates and the
// `dyads` view of the SQL interface (migration 0010). Internal to store/.
//
// Thread-safe: pure functions returning SQL text (no user text ever goes into
// it; values are bound parameters).
#pragma once

#include <string>

#include "store/graph_queries.h"

namespace parley::store {

// Date bounds of any precision ("2022", "2022-03", "2022-03-14") over a
// stored date of any precision, as an overlap: an event passes `from` when
// its date's last day is on or after the bound's first day, and `to` when its
// date's first day is on or before the bound's last day. So from=2022-03-10
// keeps an event dated "2022-03" (it may have happened then) and from=2022
// keeps "2022-12-31"; nothing is dropped for being coarse. Works on the text
// because "2022" < "2022-..." and '~' sorts after every digit and '-'.
// `param` is the placeholder ("?5"); an empty bound passes everything.
std::string DateFromSql(const std::string& column, const std::string& param);
std::string DateToSql(const std::string& column, const std::string& param);

// The entity id of the event's source and target (NULL when none), chosen as
// exports::PickDyad chooses them: the first participant (first seen, then
// entity id, then role) in a source-like role (target-like role); failing
// that the first (second, when the source also came from there) participant
// in a role of neither side that is not a place entity. `event` is the
// column holding the event id; `as_of` a placeholder or "" for every
// participant. Role lists come from base/vocabulary.
std::string DyadSourceSql(const std::string& event, const std::string& as_of);
std::string DyadTargetSql(const std::string& event, const std::string& as_of);

// The EventFilter's dyad criterion over `event`: placeholders for dyad_a,
// dyad_b, dyad_directed (0/1) and as_of. dyad_a = 0 passes everything.
std::string DyadWhere(const std::string& event, const std::string& a, const std::string& b,
                      const std::string& directed, const std::string& as_of);

// The grouping keys of an aggregate over a derived table `x` holding the
// event's columns and its dyad as `src` and `tgt`: `select` lists the nine
// key columns of AggregateRow in order, each followed by ", " (a constant
// NULL for a key `q` does not ask for); `group` their ordinals ("" when
// none is asked for).
struct AggregateKeys {
  std::string select, group;
};
AggregateKeys AggregateKeySql(const AggregateQuery& q);

}  // namespace parley::store
