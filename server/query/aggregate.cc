// Aggregates over GraphQueries::Aggregate.
#include "query/aggregate.h"

#include <algorithm>
#include <map>

namespace parley::query {

const std::vector<std::string>& AggregateKeys() {
  static const std::vector<std::string> kKeys = {
      "period",        "source", "target",     "source_country", "target_country", "source_sector",
      "target_sector", "type",   "cameo_root", "plover",         "quad_class",     "place"};
  return kKeys;
}

bool IsAggregateKey(std::string_view key) {
  const auto& k = AggregateKeys();
  return std::find(k.begin(), k.end(), key) != k.end();
}

namespace {

bool Has(const std::vector<std::string>& v, std::string_view k) {
  return std::find(v.begin(), v.end(), k) != v.end();
}

std::string Id(int64_t id) { return id ? std::to_string(id) : std::string(); }

}  // namespace

AggregateResult Aggregate(store::GraphQueries& g, const AggregateSpec& spec) {
  const auto& by = spec.group_by;
  store::AggregateQuery q;
  q.filter = spec.filter;
  q.by_date = Has(by, "period");
  q.by_type = Has(by, "type");
  q.by_cameo_root = Has(by, "cameo_root");
  q.by_plover = Has(by, "plover");
  q.by_quad_class = Has(by, "quad_class");
  q.by_place = Has(by, "place");
  q.by_source = Has(by, "source") || Has(by, "source_country") || Has(by, "source_sector");
  q.by_target = Has(by, "target") || Has(by, "target_country") || Has(by, "target_sector");
  // The store's groups are finer than ours (dates, not periods): allow more.
  q.max_rows = std::max(spec.max_groups, 1) * 20;
  store::AggregateRows rows = g.Aggregate(q);

  AggregateResult out;
  out.group_by = by;
  out.truncated = rows.truncated;
  std::vector<int64_t> ids;
  for (const auto& r : rows.rows) {
    if (r.source) ids.push_back(r.source);
    if (r.target) ids.push_back(r.target);
    if (r.place) ids.push_back(r.place);
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  // Named entities are shown even when first seen after as_of: an event
  // visible then names them (as event details do for places).
  for (auto& e : g.Entities(ids, 0)) out.entities.emplace(e.id, std::move(e));
  auto field = [&](int64_t id, std::string store::EntityRow::*member) -> std::string {
    auto it = out.entities.find(id);
    return it == out.entities.end() ? std::string() : it->second.*member;
  };

  std::map<std::vector<std::string>, AggregateGroup> groups;
  for (const auto& r : rows.rows) {
    AggregateGroup key;
    if (q.by_date) key.period = PeriodOf(r.date, spec.bucket);
    for (const auto& k : by) {
      if (k == "period")
        key.keys.push_back(key.period.label);
      else if (k == "source")
        key.keys.push_back(Id(r.source));
      else if (k == "target")
        key.keys.push_back(Id(r.target));
      else if (k == "source_country")
        key.keys.push_back(field(r.source, &store::EntityRow::country));
      else if (k == "target_country")
        key.keys.push_back(field(r.target, &store::EntityRow::country));
      else if (k == "source_sector")
        key.keys.push_back(field(r.source, &store::EntityRow::sector));
      else if (k == "target_sector")
        key.keys.push_back(field(r.target, &store::EntityRow::sector));
      else if (k == "type")
        key.keys.push_back(r.type);
      else if (k == "cameo_root")
        key.keys.push_back(r.cameo_root);
      else if (k == "plover")
        key.keys.push_back(r.plover);
      else if (k == "quad_class")
        key.keys.push_back(r.quad_class ? std::to_string(r.quad_class) : "");
      else if (k == "place")
        key.keys.push_back(Id(r.place));
    }
    auto [it, fresh] = groups.try_emplace(key.keys, key);
    it->second.events += r.events;
    it->second.goldstein_count += r.goldstein_count;
    it->second.goldstein_sum += r.goldstein_sum;
    out.total_events += r.events;
  }
  out.groups.reserve(groups.size());
  for (auto& [k, grp] : groups) out.groups.push_back(std::move(grp));
  std::stable_sort(out.groups.begin(), out.groups.end(),
                   [&](const AggregateGroup& a, const AggregateGroup& b) {
                     if (q.by_date && a.period.label != b.period.label)
                       return PeriodBefore(a.period, b.period);
                     if (a.events != b.events) return a.events > b.events;
                     return a.keys < b.keys;
                   });
  if (static_cast<int>(out.groups.size()) > spec.max_groups) {
    out.groups.resize(static_cast<size_t>(spec.max_groups));
    out.truncated = true;
  }
  return out;
}

}  // namespace parley::query
