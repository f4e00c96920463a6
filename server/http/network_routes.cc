// The actor-network route (/api/v1/network): parameters in, query::ActorNetwork
// (aggregated on the server: pairs, counts by type, mean Goldstein, first and
// last date), Cytoscape.js elements out — entity nodes and one edge per pair.
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "base/error.h"
#include "base/vocabulary.h"
#include "http/app.h"
#include "query/network.h"
#include "query/params.h"

namespace parley::http {
namespace {

using nlohmann::json;

std::string Key(char kind, int64_t id) {
  std::string key(1, kind);
  key += std::to_string(id);
  return key;
}

json Opt(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

}  // namespace

void RegisterNetworkRoutes(Router& router, const ApiContext& ctx) {
  router.Add("GET", "/api/v1/network", [&ctx](const Request& req, const PathParams&) {
    query::Params p(req,
                    {"seed", "top", "max_edges", "types", "entity_types", "from", "to", "as_of"});
    query::NetworkRequest r;
    if (p.Get("seed")) r.seeds = p.Seeds("seed");
    r.top = p.Int("top", 50, 1, 500);
    r.max_edges = p.Int("max_edges", 2000, 1, 20000);
    if (auto et = p.Get("entity_types")) {
      std::set<std::string> known;
      for (auto t : vocab::EntityTypes()) known.emplace(t);
      r.entity_types.clear();
      size_t start = 0;
      while (start <= et->size()) {
        size_t comma = et->find(',', start);
        if (comma == std::string::npos) comma = et->size();
        const std::string t = et->substr(start, comma - start);
        if (!known.count(t))
          throw Error(ErrorCode::kUnprocessable, "unknown entity type '" + t + "'", "entity_types");
        r.entity_types.push_back(t);
        start = comma + 1;
      }
    }
    r.filter.types = p.EventTypes("types");
    r.filter.from = p.Date("from");
    r.filter.to = p.Date("to");
    r.filter.as_of = p.AsOf();
    auto g = ctx.store.BeginGraph();
    const query::Network n = query::ActorNetwork(*g, r);
    json nodes = json::array(), edges = json::array();
    for (const auto& node : n.nodes)
      nodes.push_back({{"data",
                        {{"id", Key('e', node.entity.id)},
                         {"value", Key('e', node.entity.id)},
                         {"kind", "entity"},
                         {"entity_id", node.entity.id},
                         {"label", node.entity.name},
                         {"name", node.entity.name},
                         {"type", node.entity.type},
                         {"country", Opt(node.entity.country)},
                         {"events", node.events},
                         {"degree", node.entity.event_count},
                         {"seed", node.seed}}}});
    for (const auto& e : n.edges) {
      std::string id = Key('n', e.a);
      id += '-';
      id += std::to_string(e.b);
      edges.push_back({{"data",
                        {{"id", id},
                         {"source", Key('e', e.a)},
                         {"target", Key('e', e.b)},
                         {"events", e.events},
                         {"by_type", e.by_type},
                         {"dominant_types", e.DominantTypes()},
                         {"goldstein", e.goldstein ? json(*e.goldstein) : json(nullptr)},
                         {"first", Opt(e.first)},
                         {"last", Opt(e.last)}}}});
    }
    json body = {{"data", json::object()},
                 {"directed", false},
                 {"multigraph", false},
                 {"elements", {{"nodes", nodes}, {"edges", edges}}},
                 {"window", {{"from", Opt(r.filter.from)}, {"to", Opt(r.filter.to)}}},
                 {"truncated", n.truncated}};
    return JsonResponse(200, body.dump(-1, ' ', false, json::error_handler_t::replace));
  });
}

}  // namespace parley::http
