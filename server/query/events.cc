// Event pages, details and timelines.
#include "query/events.h"

#include <unordered_map>

#include "query/aggregate.h"

namespace parley::query {

EventPage ListEvents(store::GraphQueries& g, store::EventFilter filter) {
  const int want = filter.limit;
  filter.limit = want + 1;
  EventPage page;
  page.events = g.Events(filter);
  if (static_cast<int>(page.events.size()) > want) {
    page.events.pop_back();
    const auto& last = page.events.back();
    page.next = EventCursor{last.date, last.id, last.date.empty()};
  }
  return page;
}

std::vector<store::EventDetail> EventDetails(store::GraphQueries& g,
                                             const std::vector<store::EventRow>& rows,
                                             int64_t as_of) {
  std::vector<int64_t> ids, places;
  ids.reserve(rows.size());
  for (const auto& v : rows) {
    ids.push_back(v.id);
    if (v.location_id) places.push_back(v.location_id);
  }
  std::unordered_map<int64_t, std::vector<store::ParticipantDetail>> parts;
  for (auto& p : g.Participants(ids, as_of)) parts[p.event_id].push_back(std::move(p));
  // A place is shown by name even when the entity became visible after
  // `as_of`: the event names it.
  std::unordered_map<int64_t, store::EntityRow> place_rows;
  for (auto& e : g.Entities(places, 0)) place_rows.emplace(e.id, std::move(e));
  std::vector<store::EventDetail> out;
  out.reserve(rows.size());
  for (const auto& v : rows) {
    store::EventDetail d;
    d.event = v;
    if (auto it = parts.find(v.id); it != parts.end()) d.participants = std::move(it->second);
    if (auto it = place_rows.find(v.location_id); it != place_rows.end()) {
      d.place_name = it->second.name;
      d.place_country = it->second.country;
      d.place_attributes_json = it->second.attributes_json;
    }
    out.push_back(std::move(d));
  }
  return out;
}

TimelineSeries Timeline(store::GraphQueries& g, int64_t entity, const std::string& from,
                        const std::string& to, const std::string& bucket, int64_t as_of) {
  AggregateSpec spec;
  spec.group_by = {"period", "type"};
  spec.bucket = bucket;
  spec.filter.participant = entity;
  spec.filter.from = from;
  spec.filter.to = to;
  spec.filter.as_of = as_of;
  spec.max_groups = 20000;
  TimelineSeries series;
  for (const auto& grp : Aggregate(g, spec).groups) {
    if (grp.period.label.empty()) {
      series.undated[grp.keys[1]] += grp.events;
      continue;
    }
    if (series.periods.empty() || series.periods.back().period != grp.period.label)
      series.periods.push_back({grp.period.label, grp.period.precision, {}});
    series.periods.back().counts[grp.keys[1]] += grp.events;
  }
  return series;
}

}  // namespace parley::query
