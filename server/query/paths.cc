// Bidirectional BFS for k shortest paths in the entity–event graph.
#include "query/paths.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "base/error.h"

namespace parley::query {

namespace {

struct Side {
  std::map<int64_t, int> dist;
  // entity → (entity one step nearer this side's origin, shared event)
  std::map<int64_t, std::vector<std::pair<int64_t, int64_t>>> parents;
  std::vector<int64_t> frontier;
  int depth = 0;
};

// A half path from a meeting node back to its side's origin, node first:
// entities and the events between them.
struct Half {
  std::vector<int64_t> entities, events;
};

void Halves(const Side& side, int64_t node, int k, Half& acc, std::vector<Half>& out) {
  if (static_cast<int>(out.size()) >= k) return;
  acc.entities.push_back(node);
  auto it = side.parents.find(node);
  if (side.dist.at(node) == 0 || it == side.parents.end()) {
    out.push_back(acc);
  } else {
    for (const auto& [prev, ev] : it->second) {
      acc.events.push_back(ev);
      Halves(side, prev, k, acc, out);
      acc.events.pop_back();
    }
  }
  acc.entities.pop_back();
}

}  // namespace

PathResult ShortestPaths(store::GraphQueries& g, const PathRequest& r) {
  store::EventFilter f;
  f.as_of = r.as_of;
  for (int64_t id : {r.from, r.to})
    if (!g.Entity(id, f.as_of))
      throw Error(ErrorCode::kNotFound, "no entity " + std::to_string(id),
                  id == r.from ? "from" : "to");
  PathResult result;
  Side fw, bw;
  fw.dist[r.from] = 0;
  fw.frontier = {r.from};
  bw.dist[r.to] = 0;
  bw.frontier = {r.to};
  int expanded = 0;
  int best = r.from == r.to ? 0 : -1;
  while (best < 0 && fw.depth + bw.depth < r.max_depth && !result.truncated) {
    Side& side = fw.frontier.size() <= bw.frontier.size() ? fw : bw;
    const Side& other = &side == &fw ? bw : fw;
    if (side.frontier.empty()) break;
    const int d = ++side.depth;
    std::vector<int64_t> next;
    for (int64_t node : side.frontier) {
      if (++expanded > kMaxExpanded) {
        result.truncated = true;
        break;
      }
      for (const auto& row : g.EventsOf({node}, f, 200)) {
        if (row.entity_id == node) continue;
        auto it = side.dist.find(row.entity_id);
        if (it == side.dist.end()) {
          side.dist[row.entity_id] = d;
          next.push_back(row.entity_id);
          auto met = other.dist.find(row.entity_id);
          if (met != other.dist.end() && (best < 0 || d + met->second < best))
            best = d + met->second;
        } else if (it->second != d) {
          continue;
        }
        auto& ps = side.parents[row.entity_id];
        if (std::find(ps.begin(), ps.end(), std::make_pair(node, row.event_id)) == ps.end())
          ps.emplace_back(node, row.event_id);
      }
    }
    side.frontier = std::move(next);
  }
  // Every shortest path crosses exactly one entity at forward distance
  // `split` that both sides know, with all its parents: join the halves there.
  if (best >= 0) {
    const int split = std::min(fw.depth, best);
    for (const auto& [node, d] : fw.dist) {
      if (static_cast<int>(result.paths.size()) >= r.k) break;
      auto back = bw.dist.find(node);
      if (d != split || back == bw.dist.end() || d + back->second != best) continue;
      std::vector<Half> heads, tails;
      Half acc;
      Halves(fw, node, r.k, acc, heads);
      Halves(bw, node, r.k, acc, tails);
      for (const auto& head : heads) {
        for (const auto& tail : tails) {
          if (static_cast<int>(result.paths.size()) >= r.k) break;
          Path p;
          p.entities.assign(head.entities.rbegin(), head.entities.rend());
          p.events.assign(head.events.rbegin(), head.events.rend());
          p.entities.insert(p.entities.end(), tail.entities.begin() + 1, tail.entities.end());
          p.events.insert(p.events.end(), tail.events.begin(), tail.events.end());
          result.paths.push_back(std::move(p));
        }
      }
    }
  }
  std::set<int64_t> entity_ids, event_ids;
  for (const auto& p : result.paths) {
    entity_ids.insert(p.entities.begin(), p.entities.end());
    event_ids.insert(p.events.begin(), p.events.end());
  }
  result.entities = g.Entities({entity_ids.begin(), entity_ids.end()}, f.as_of);
  result.events = g.EventsById({event_ids.begin(), event_ids.end()}, f.as_of);
  std::sort(result.entities.begin(), result.entities.end(),
            [](const auto& a, const auto& b) { return a.id < b.id; });
  std::sort(result.events.begin(), result.events.end(),
            [](const auto& a, const auto& b) { return a.id < b.id; });
  return result;
}

}  // namespace parley::query
