// FakeGraph: a small in-memory GraphQueries for unit tests of query/ — the
// graph algorithms run over it without SQLite, so their semantics are
// checked apart from the SQL.
#pragma once

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

#include "query/periods.h"
#include "store/graph_queries.h"

namespace parley::testing {

class FakeGraph : public store::GraphQueries {
 public:
  // Builders. Ids are given by the caller; first_seen defaults to 1.
  void AddEntity(int64_t id, const std::string& name, const std::string& type = "person",
                 int64_t first_seen = 1) {
    store::EntityRow e;
    e.id = id;
    e.name = name;
    e.type = type;
    e.first_seen = e.last_seen = first_seen;
    entities_[id] = e;
  }
  void AddEvent(int64_t id, const std::string& type, const std::string& date,
                const std::vector<int64_t>& participants, int64_t location = 0,
                int64_t first_seen = 1) {
    store::EventRow v;
    v.id = id;
    v.type = type;
    v.date = date;
    v.location_id = location;
    v.first_seen = v.last_seen = first_seen;
    events_[id] = v;
    for (int64_t p : participants) {
      parts_.push_back({id, p, "participant"});
      ++entities_.at(p).event_count;
    }
  }

  void SetAttributes(int64_t entity, const std::string& json) {
    entities_.at(entity).attributes_json = json;
  }
  void SetGoldstein(int64_t event, double goldstein) {
    events_.at(event).goldstein = goldstein;
    goldstein_known_[event] = true;
  }
  // Adds a participation of an entity already in `event` in another role.
  void AddRole(int64_t event, int64_t entity, const std::string& role) {
    parts_.push_back({event, entity, role});
  }
  // Codes of an event added before (aggregates read them).
  void SetCodes(int64_t id, const std::string& cameo, double goldstein, int quad_class,
                const std::string& plover = "") {
    auto& v = events_.at(id);
    v.cameo = cameo;
    v.goldstein = goldstein;
    v.quad_class = quad_class;
    v.plover = plover;
    goldstein_known_[id] = true;
  }
  void SetCountry(int64_t entity, const std::string& country) {
    entities_.at(entity).country = country;
  }

  // Counts how often EventsOf was asked, to check per-level batching.
  int events_of_calls = 0;

  std::vector<store::EntityRow> SearchEntities(const std::string&, const std::string&,
                                               const std::string&, int64_t, int, int) override {
    throw std::logic_error("not in the fake");
  }
  std::optional<store::EntityRow> Entity(int64_t id, int64_t as_of) override {
    auto it = entities_.find(id);
    if (it == entities_.end() || !Visible(it->second.first_seen, as_of)) return std::nullopt;
    return it->second;
  }
  std::vector<store::EntityRow> Entities(const std::vector<int64_t>& ids, int64_t as_of) override {
    std::vector<store::EntityRow> out;
    for (int64_t id : ids)
      if (auto e = Entity(id, as_of)) out.push_back(*e);
    return out;
  }
  std::vector<std::string> Aliases(int64_t) override { return {}; }
  std::vector<store::RoleRow> Roles(int64_t, int64_t) override { return {}; }
  std::vector<std::pair<store::EntityRow, int64_t>> CoParticipants(int64_t, int64_t, int) override {
    throw std::logic_error("not in the fake");
  }
  std::vector<store::EventRow> Events(const store::EventFilter& f) override {
    std::vector<store::EventRow> all;
    for (const auto& [id, v] : events_) {
      if (!Visible(v.first_seen, f.as_of)) continue;
      if (!f.types.empty() && std::find(f.types.begin(), f.types.end(), v.type) == f.types.end())
        continue;
      if (f.participant && !Takes(f.participant, id)) continue;
      all.push_back(v);
    }
    std::sort(all.begin(), all.end(), NewestFirst);
    std::vector<store::EventRow> out;
    const bool started = f.cursor_id == 0 && f.cursor_date.empty();
    for (const auto& v : all) {
      if (!started && !After(v, f)) continue;
      if (static_cast<int>(out.size()) >= f.limit) break;
      out.push_back(v);
    }
    return out;
  }
  std::optional<store::EventRow> Event(int64_t id, int64_t as_of) override {
    auto it = events_.find(id);
    if (it == events_.end() || !Visible(it->second.first_seen, as_of)) return std::nullopt;
    return it->second;
  }
  std::vector<store::EventRow> EventsById(const std::vector<int64_t>& ids, int64_t as_of) override {
    std::vector<store::EventRow> out;
    for (int64_t id : ids)
      if (auto v = Event(id, as_of)) out.push_back(*v);
    return out;
  }
  std::vector<store::ParticipantDetail> Participants(const std::vector<int64_t>& event_ids,
                                                     int64_t) override {
    std::vector<store::ParticipantDetail> out;
    for (int64_t ev : event_ids)
      for (const auto& p : parts_)
        if (p.event_id == ev) {
          store::ParticipantDetail d;
          d.event_id = ev;
          d.entity_id = p.entity_id;
          d.role = p.role;
          d.name = entities_.at(p.entity_id).name;
          d.type = entities_.at(p.entity_id).type;
          out.push_back(d);
        }
    return out;
  }
  std::vector<store::Evidence> EventEvidence(int64_t, int64_t, size_t, bool* truncated) override {
    *truncated = false;
    return {};
  }
  std::vector<store::ParticipantRow> EventsOf(const std::vector<int64_t>& entity_ids,
                                              const store::EventFilter& f, int limit) override {
    ++events_of_calls;
    std::vector<store::EventRow> evs;
    for (const auto& [id, v] : events_) {
      if (!Visible(v.first_seen, f.as_of)) continue;
      bool mine = false;
      for (int64_t e : entity_ids) mine |= Takes(e, id);
      if (mine) evs.push_back(v);
    }
    std::sort(evs.begin(), evs.end(), NewestFirst);
    if (static_cast<int>(evs.size()) > limit) evs.resize(static_cast<size_t>(limit));
    std::vector<store::ParticipantRow> out;
    for (const auto& v : evs)
      for (const auto& p : parts_)
        if (p.event_id == v.id) out.push_back(p);
    return out;
  }
  std::vector<store::EntityActivity> ActiveEntities(const std::vector<int64_t>& ids,
                                                    const std::vector<std::string>& entity_types,
                                                    const store::EventFilter& f,
                                                    int limit) override {
    std::map<int64_t, std::set<int64_t>> events_of;
    for (const auto& p : parts_) {
      const auto& e = entities_.at(p.entity_id);
      if (!InWindow(events_.at(p.event_id), f) || !Visible(e.first_seen, f.as_of)) continue;
      if (!ids.empty() && std::find(ids.begin(), ids.end(), p.entity_id) == ids.end()) continue;
      if (!entity_types.empty() &&
          std::find(entity_types.begin(), entity_types.end(), e.type) == entity_types.end())
        continue;
      events_of[p.entity_id].insert(p.event_id);
    }
    std::vector<store::EntityActivity> out;
    for (const auto& [id, evs] : events_of) out.push_back({id, static_cast<int64_t>(evs.size())});
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.events > b.events; });
    if (static_cast<int>(out.size()) > limit) out.resize(static_cast<size_t>(limit));
    return out;
  }
  std::vector<store::EntityActivity> EventPlaces(const store::EventFilter& f, int limit) override {
    std::map<int64_t, int64_t> n;
    for (const auto& [id, v] : events_)
      if (v.location_id && InWindow(v, f)) ++n[v.location_id];
    std::vector<store::EntityActivity> out;
    for (const auto& [id, c] : n) out.push_back({id, c});
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.events > b.events; });
    if (static_cast<int>(out.size()) > limit) out.resize(static_cast<size_t>(limit));
    return out;
  }
  std::vector<store::PairCount> PairCounts(const std::vector<int64_t>& ids, bool both,
                                           const std::vector<std::string>& entity_types,
                                           const store::EventFilter& f) override {
    auto mine = [&](int64_t e) { return std::find(ids.begin(), ids.end(), e) != ids.end(); };
    auto allowed = [&](int64_t e) {
      return mine(e) || (!both && (entity_types.empty() ||
                                   std::find(entity_types.begin(), entity_types.end(),
                                             entities_.at(e).type) != entity_types.end()));
    };
    std::map<std::tuple<int64_t, int64_t, std::string>, store::PairCount> acc;
    for (const auto& [id, v] : events_) {
      if (!InWindow(v, f)) continue;
      std::set<int64_t> who;
      for (const auto& p : parts_)
        if (p.event_id == id) who.insert(p.entity_id);
      for (int64_t a : who)
        for (int64_t b : who) {
          if (a >= b || !(mine(a) || mine(b)) || !allowed(a) || !allowed(b)) continue;
          auto& c = acc[{a, b, v.type}];
          c.a = a;
          c.b = b;
          c.type = v.type;
          ++c.events;
          c.goldstein_sum += v.goldstein;
          ++c.goldstein_n;
          if (!v.date.empty() && (c.first.empty() || v.date < c.first)) c.first = v.date;
          if (v.date > c.last) c.last = v.date;
        }
    }
    std::vector<store::PairCount> out;
    for (auto& [k, c] : acc) out.push_back(std::move(c));
    return out;
  }
  // One row per passing event (query/aggregate groups them). Participants
  // all hold neutral roles here, so the dyad is the first two; dates pass
  // bounds by overlap, as in the store.
  store::AggregateRows Aggregate(const store::AggregateQuery& q) override {
    const auto& f = q.filter;
    store::AggregateRows out;
    for (const auto& [id, v] : events_) {
      if (!Visible(v.first_seen, f.as_of)) continue;
      if (!f.types.empty() && std::find(f.types.begin(), f.types.end(), v.type) == f.types.end())
        continue;
      if (f.participant && !Takes(f.participant, id)) continue;
      const auto span = query::PeriodOf(v.date, "day");
      if (!f.from.empty() && (span.end.empty() || span.end < query::PeriodOf(f.from, "day").start))
        continue;
      if (!f.to.empty() && (span.start.empty() || span.start > query::PeriodOf(f.to, "day").end))
        continue;
      std::vector<int64_t> who;
      for (const auto& p : parts_)
        if (p.event_id == id) who.push_back(p.entity_id);
      if (f.dyad_a) {
        const bool both = std::count(who.begin(), who.end(), f.dyad_a) &&
                          std::count(who.begin(), who.end(), f.dyad_b);
        const bool directed = who.size() >= 2 && who[0] == f.dyad_a && who[1] == f.dyad_b;
        if (f.dyad_directed ? !directed : !both) continue;
      }
      store::AggregateRow r;
      if (q.by_date) {
        r.date = v.date;
        r.date_precision = v.date.empty() ? "" : std::string(span.precision);
      }
      if (q.by_type) r.type = v.type;
      if (q.by_cameo_root) r.cameo_root = v.cameo.substr(0, std::min<size_t>(2, v.cameo.size()));
      if (q.by_plover) r.plover = v.plover;
      if (q.by_quad_class) r.quad_class = v.quad_class;
      if (q.by_place) r.place = v.location_id;
      if (q.by_source && !who.empty()) r.source = who[0];
      if (q.by_target && who.size() >= 2) r.target = who[1];
      r.events = 1;
      if (goldstein_known_.count(id)) {
        r.goldstein_count = 1;
        r.goldstein_sum = v.goldstein;
      }
      out.rows.push_back(r);
    }
    return out;
  }
  std::vector<store::DocumentHit> SearchDocuments(const std::string&, int64_t, int) override {
    return {};
  }
  std::vector<std::pair<std::string, int64_t>> CountBy(const std::string&, int64_t) override {
    return {};
  }
  std::pair<std::string, std::string> DateRange(int64_t) override { return {}; }
  store::GraphCounts Counts(int64_t) override { return {}; }

 private:
  static bool Visible(int64_t first_seen, int64_t as_of) {
    return as_of == 0 || first_seen <= as_of;
  }
  // Passes the filter's types, dates and as_of (undated events fail a range).
  static bool InWindow(const store::EventRow& v, const store::EventFilter& f) {
    if (!Visible(v.first_seen, f.as_of)) return false;
    if (!f.types.empty() && std::find(f.types.begin(), f.types.end(), v.type) == f.types.end())
      return false;
    if (!f.from.empty() && (v.date.empty() || v.date < f.from)) return false;
    if (!f.to.empty() && (v.date.empty() || v.date > f.to)) return false;
    return true;
  }
  bool Takes(int64_t entity, int64_t event) const {
    for (const auto& p : parts_)
      if (p.event_id == event && p.entity_id == entity) return true;
    return false;
  }
  // Newest first, undated last, then id descending: the store's order.
  static bool NewestFirst(const store::EventRow& a, const store::EventRow& b) {
    if (a.date.empty() != b.date.empty()) return !a.date.empty();
    if (a.date != b.date) return a.date > b.date;
    return a.id > b.id;
  }
  static bool After(const store::EventRow& v, const store::EventFilter& f) {
    store::EventRow cursor;
    cursor.date = f.cursor_undated ? "" : f.cursor_date;
    cursor.id = f.cursor_id;
    return NewestFirst(cursor, v);
  }

  std::map<int64_t, store::EntityRow> entities_;
  std::map<int64_t, store::EventRow> events_;
  std::vector<store::ParticipantRow> parts_;
  std::map<int64_t, bool> goldstein_known_;
};

}  // namespace parley::testing
