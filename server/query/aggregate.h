// Aggregates: event counts and mean Goldstein score grouped by any of
// period, source/target (entity, country, sector), event type, CAMEO root,
// PLOVER type, quad class and place — the monthly dyadic counts of event-data
// research (GET /api/v1/aggregate). The store groups by the stored date and
// entity ids (GraphQueries::Aggregate); this rolls dates up into periods of
// any bucket (query/periods.h: a coarse date keeps a period of its own
// precision, never dropped) and entities up to countries and sectors.
//
// Thread-safe: functions over the caller's GraphQueries (one per thread).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "query/periods.h"
#include "store/graph_queries.h"

namespace parley::query {

// The keys an aggregate can group by, in the order the API lists them.
const std::vector<std::string>& AggregateKeys();
bool IsAggregateKey(std::string_view key);

struct AggregateSpec {
  std::vector<std::string> group_by;  // AggregateKeys(), each at most once
  std::string bucket = "month";       // for "period": IsBucket()
  store::EventFilter filter;
  int max_groups = 10000;
};

struct AggregateGroup {
  // One value per group_by key, in order: the period label, an entity id as
  // decimal, a country or sector code, a type, "" when the event has none.
  std::vector<std::string> keys;
  Period period;  // when grouped by period
  int64_t events = 0, goldstein_count = 0;
  double goldstein_sum = 0;
  double GoldsteinMean() const { return goldstein_count ? goldstein_sum / goldstein_count : 0; }
};

struct AggregateResult {
  std::vector<std::string> group_by;
  std::vector<AggregateGroup> groups;  // by period (PeriodBefore), then most events
  int64_t total_events = 0;            // every event that passed the filter
  bool truncated = false;              // a cap cut groups (counts stay exact for those shown)
  std::unordered_map<int64_t, store::EntityRow> entities;  // entities named by the keys
};

AggregateResult Aggregate(store::GraphQueries& g, const AggregateSpec& spec);

}  // namespace parley::query
