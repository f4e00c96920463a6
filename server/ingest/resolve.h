// Resolution and merge rules of ingestion, as named pure functions: which
// graph entity an extracted name is, and whether an extracted event is one
// that another document already reported. The rules are deliberately
// conservative: a wrong merge corrupts two real-world facts, a missed merge
// only leaves a duplicate that the next article may still join.
//
// Thread-safe: pure functions.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "store/rows.h"

namespace parley::ingest {

// Among `candidates` (graph entities sharing the extracted entity's
// normalised alias and type), the one it is, or -1 for none: candidates of
// another country are out; one compatible candidate is it; several are
// ambiguous for a single-word name (a surname) unless one has its country,
// while a multi-word name takes the first.
int ChooseAliasMatch(const std::vector<store::EntityRow>& candidates, std::string_view name,
                     std::string_view country);

// True when `found` (the extraction) knows a country, sector or actor code
// that `known` (the graph) lacks: the graph row is then filled in.
bool FillsGaps(const store::EntityRow& known, const store::EntityRow& found);

// The event types whose reports may be the same real event as a report of
// `type`: those of its vocabulary family (every kind of consultation), or
// the type alone.
std::vector<std::string> MergeTypes(std::string_view type);

// The dates a report of `date` at `precision` may match: the year or month
// it names, or the day.
void DateWindow(const std::string& date, const std::string& precision, std::string* from,
                std::string* to);

// The date an event's own clause states: its date unless that came from
// the article's context or its publication (date_source "context" or
// "published"), else "". Merging goes by this: two reports written the same
// day, or continuing the same lead, need not tell of one event.
std::string StatedDate(const store::EventRow& event);

// Whether `report` (an extracted event with graph participants `ours`) is
// the real event `candidate` (found among MergeTypes in its DateWindow)
// with participants `theirs`: both with a stated date or neither, no conflicting
// place (and the same place when undated), the same quote for statements,
// and at least two shared participants (one when either side has one).
bool SameEvent(const store::EventRow& report, const std::set<int64_t>& ours,
               const store::EventRow& candidate, const std::set<int64_t>& theirs);

// `existing` with what `report` adds: a place, a quote, a topic, a CAMEO
// code it lacked, "summit" over a plainer type, the higher confidence, the
// earlier context or publication date when neither states one; last_seen = now.
store::EventRow MergeEvent(store::EventRow existing, const store::EventRow& report, int64_t now);

}  // namespace parley::ingest
