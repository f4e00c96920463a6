// FakeGraph: a small in-memory GraphQueries for unit tests of query/ — the
// graph algorithms run over it without SQLite, so their semantics are
// checked apart from the SQL.
#pragma once

#include <algorithm>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

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
  std::vector<std::pair<std::string, std::pair<std::string, int64_t>>> Timeline(
      int64_t entity, const std::string&, const std::string&, const std::string& bucket,
      int64_t as_of) override {
    std::map<std::pair<std::string, std::string>, int64_t> counts;
    for (const auto& [id, v] : events_) {
      if (v.date.empty() || !Visible(v.first_seen, as_of)) continue;
      if (entity && !Takes(entity, id)) continue;
      const std::string period = bucket == "day" ? v.date : v.date.substr(0, 7);
      ++counts[{period, v.type}];
    }
    std::vector<std::pair<std::string, std::pair<std::string, int64_t>>> out;
    for (const auto& [k, n] : counts) out.push_back({k.first, {k.second, n}});
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
};

}  // namespace parley::testing
