// The actor network: choose the nodes, then aggregate their pairs.
#include "query/network.h"

#include <algorithm>
#include <set>
#include <tuple>
#include <utility>

#include "base/error.h"

namespace parley::query {

std::vector<std::string> NetworkEdge::DominantTypes() const {
  std::vector<std::pair<std::string, int64_t>> v(by_type.begin(), by_type.end());
  std::stable_sort(v.begin(), v.end(),
                   [](const auto& x, const auto& y) { return x.second > y.second; });
  std::vector<std::string> out;
  for (size_t i = 0; i < v.size() && i < 3; ++i) out.push_back(v[i].first);
  return out;
}

namespace {

// Pair rows (one per type) folded into one edge per pair.
std::map<std::pair<int64_t, int64_t>, NetworkEdge> Fold(const std::vector<store::PairCount>& rows) {
  std::map<std::pair<int64_t, int64_t>, NetworkEdge> edges;
  std::map<std::pair<int64_t, int64_t>, std::pair<double, int64_t>> gold;
  for (const auto& r : rows) {
    auto& e = edges[{r.a, r.b}];
    e.a = r.a;
    e.b = r.b;
    e.by_type[r.type] += r.events;
    auto& gs = gold[{r.a, r.b}];
    gs.first += r.goldstein_sum;
    gs.second += r.goldstein_n;
    if (!r.first.empty() && (e.first.empty() || r.first < e.first)) e.first = r.first;
    if (r.last > e.last) e.last = r.last;
  }
  for (auto& [key, e] : edges) {
    // An event has one type, so the per-type counts add up to the pair's events.
    for (const auto& [type, n] : e.by_type) e.events += n;
    const auto& gs = gold[key];
    if (gs.second > 0) e.goldstein = gs.first / static_cast<double>(gs.second);
  }
  return edges;
}

}  // namespace

Network ActorNetwork(store::GraphQueries& g, const NetworkRequest& r) {
  Network out;
  const store::EventFilter& f = r.filter;
  const int top = std::max(1, r.top);
  std::vector<int64_t> ids;
  std::set<int64_t> seeds;
  for (int64_t s : r.seeds) {
    if (!g.Entity(s, f.as_of))
      throw Error(ErrorCode::kNotFound, "no entity " + std::to_string(s), "seed");
    if (seeds.insert(s).second) ids.push_back(s);
  }
  if (seeds.empty()) {
    // One more than asked tells whether the cap left actors out.
    auto active = g.ActiveEntities({}, r.entity_types, f, top + 1);
    if (static_cast<int>(active.size()) > top) {
      out.truncated = true;
      active.pop_back();
    }
    for (const auto& a : active) ids.push_back(a.entity_id);
  } else {
    // The seeds' partners, strongest first (shared events in the window).
    std::map<int64_t, int64_t> strength;
    for (const auto& p : g.PairCounts(ids, false, r.entity_types, f)) {
      if (!seeds.count(p.a)) strength[p.a] += p.events;
      if (!seeds.count(p.b)) strength[p.b] += p.events;
    }
    std::vector<std::pair<int64_t, int64_t>> partners(strength.begin(), strength.end());
    std::stable_sort(partners.begin(), partners.end(),
                     [](const auto& x, const auto& y) { return x.second > y.second; });
    for (const auto& [id, n] : partners) {
      if (static_cast<int>(ids.size()) >= std::max(top, static_cast<int>(seeds.size()))) {
        out.truncated = true;
        break;
      }
      ids.push_back(id);
    }
  }
  if (ids.empty()) return out;

  std::map<int64_t, int64_t> activity;
  for (const auto& a : g.ActiveEntities(ids, {}, f, static_cast<int>(ids.size())))
    activity[a.entity_id] = a.events;
  for (auto& e : g.Entities(ids, f.as_of)) {
    NetworkNode n;
    n.events = activity[e.id];
    n.seed = seeds.count(e.id) > 0;
    n.entity = std::move(e);
    out.nodes.push_back(std::move(n));
  }
  std::sort(out.nodes.begin(), out.nodes.end(), [](const NetworkNode& x, const NetworkNode& y) {
    return std::tie(y.events, x.entity.id) < std::tie(x.events, y.entity.id);
  });

  for (auto& [key, e] : Fold(g.PairCounts(ids, true, {}, f))) out.edges.push_back(std::move(e));
  std::sort(out.edges.begin(), out.edges.end(), [](const NetworkEdge& x, const NetworkEdge& y) {
    return std::tie(y.events, x.a, x.b) < std::tie(x.events, y.a, y.b);
  });
  if (static_cast<int>(out.edges.size()) > r.max_edges) {
    out.edges.resize(static_cast<size_t>(std::max(0, r.max_edges)));
    out.truncated = true;
  }
  return out;
}

}  // namespace parley::query
