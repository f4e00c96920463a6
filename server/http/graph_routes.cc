// Graph query routes (/api/v1/entities, /events, /graph, /paths, /timeline,
// /search, /stats): strict parameter parsing (unknown or malformed
// parameters are a 4xx naming the parameter), keyset cursors, caps with a
// `truncated` flag, and JSON built from GraphQueries rows.
#include <algorithm>
#include <deque>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <type_traits>

#include "base/error.h"
#include "base/time.h"
#include "http/app.h"
#include "http/graph_params.h"
#include "http/openapi.h"

namespace parley::http {
namespace {

// A graph node's key: 'e' (entity) or 'v' (event) and the id. Built without
// operator+ on a literal, which g++ 12 at -O3 flags with a false -Wrestrict.
std::string NodeKey(char kind, int64_t id) {
  std::string key(1, kind);
  key += std::to_string(id);
  return key;
}

using nlohmann::json;
using store::EntityRow;
using store::EventRow;

json Opt(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

json EntitySummary(const EntityRow& e) {
  return {{"id", e.id},
          {"name", e.name},
          {"type", e.type},
          {"country", Opt(e.country)},
          {"sector", Opt(e.sector)},
          {"actor_code", Opt(e.actor_code)},
          {"event_count", e.event_count},
          {"mention_count", e.mention_count}};
}

// Event summaries for `events`, with participants and place names fetched in
// two queries rather than one per event.
json EventSummaries(store::GraphQueries& g, const std::vector<EventRow>& events, int64_t as_of) {
  std::vector<int64_t> ids;
  for (const auto& v : events) ids.push_back(v.id);
  std::map<int64_t, json> parts;
  for (const auto& p : g.Participants(ids, as_of))
    parts[p.event_id].push_back(
        {{"id", p.entity_id}, {"name", p.name}, {"type", p.type}, {"role", p.role}});
  json out = json::array();
  for (const auto& v : events) {
    json location = nullptr;
    if (v.location_id) {
      if (auto place = g.Entity(v.location_id, 0))
        location = {{"id", place->id}, {"name", place->name}};
    }
    out.push_back({{"id", v.id},
                   {"type", v.type},
                   {"label", v.label},
                   {"cameo", Opt(v.cameo)},
                   {"plover", Opt(v.plover)},
                   {"plover_mode", Opt(v.plover_mode)},
                   {"date", Opt(v.date)},
                   {"date_precision", Opt(v.date_precision)},
                   {"location", location},
                   {"participants", parts.count(v.id) ? parts[v.id] : json::array()},
                   {"confidence", v.confidence},
                   {"goldstein", v.goldstein},
                   {"mentions", v.mention_count},
                   {"documents", v.document_count},
                   {"sources", v.source_count}});
  }
  return out;
}

json EntityNode(const EntityRow& e) {
  return {{"data",
           {{"id", NodeKey('e', e.id)},
            {"value", NodeKey('e', e.id)},  // the node key NetworkX's cytoscape_graph reads
            {"kind", "entity"},
            {"entity_id", e.id},
            {"label", e.name},
            {"name", e.name},
            {"type", e.type},
            {"country", Opt(e.country)},
            {"degree", e.event_count}}}};
}

json EventNode(const EventRow& v) {
  return {{"data",
           {{"id", NodeKey('v', v.id)},
            {"value", NodeKey('v', v.id)},
            {"kind", "event"},
            {"event_id", v.id},
            {"label", v.date.empty() ? v.type : v.type + " " + v.date},
            {"name", v.label},
            {"type", v.type},
            {"date", Opt(v.date)},
            {"cameo", Opt(v.cameo)},
            {"plover", Opt(v.plover)}}}};
}

json Edge(int64_t event_id, int64_t entity_id, const std::string& role) {
  return {{"data",
           {{"id", NodeKey('p', event_id) + "-" + std::to_string(entity_id) + "-" + role},
            {"source", NodeKey('e', entity_id)},
            {"target", NodeKey('v', event_id)},
            {"role", role}}}};
}

// A field of a decoded cursor with the type this server wrote; anything else
// is a forged or damaged cursor: 400 naming `cursor`, never a 500.
template <typename T>
T CursorField(const json& cursor, const char* key, T fallback) {
  if (!cursor.contains(key)) return fallback;
  const json& v = cursor[key];
  const bool ok = std::is_same_v<T, bool>          ? v.is_boolean()
                  : std::is_same_v<T, std::string> ? v.is_string()
                                                   : v.is_number_integer() && v.get<int64_t>() >= 0;
  if (!ok) throw Error(ErrorCode::kInvalidArgument, "not a cursor this server issued", "cursor");
  return v.get<T>();
}

Response Json(const json& j) {
  return JsonResponse(200, j.dump(-1, ' ', false, json::error_handler_t::replace));
}

}  // namespace

void RegisterGraphRoutes(Router& router, const ApiContext& ctx) {
  const Config& cfg = ctx.config;

  router.Add("GET", "/api/v1/entities", [&ctx, &cfg](const Request& req, const PathParams&) {
    Params p(req, {"q", "type", "country", "limit", "cursor", "as_of"});
    const std::string q = p.Text("q", 200);
    const std::string type = p.EntityType("type");
    const std::string country = p.Country("country");
    const int limit = p.Limit(50, cfg.max_limit);
    const int offset = static_cast<int>(CursorField<int64_t>(p.Cursor(), "o", 0));
    const int64_t as_of = p.AsOf();
    auto g = ctx.store.BeginGraph();
    auto rows = g->SearchEntities(q, type, country, as_of, limit + 1, offset);
    const bool more = static_cast<int>(rows.size()) > limit;
    if (more) rows.pop_back();
    json items = json::array();
    for (const auto& e : rows) items.push_back(EntitySummary(e));
    return Json({{"items", items},
                 {"next", more ? json(p.NextLink(json{{"o", offset + limit}})) : json(nullptr)},
                 {"truncated", more}});
  });

  router.Add("GET", "/api/v1/entities/{id}", [&ctx](const Request& req, const PathParams& pp) {
    Params p(req, {"as_of"});
    const int64_t id = PathId(pp.at("id"), "entity");
    const int64_t as_of = p.AsOf();
    auto g = ctx.store.BeginGraph();
    auto e = g->Entity(id, as_of);
    if (!e) throw Error(ErrorCode::kNotFound, "no entity " + pp.at("id"), "id");
    json j = EntitySummary(*e);
    j["aliases"] = g->Aliases(id);
    json roles = json::array();
    for (const auto& r : g->Roles(id, as_of))
      roles.push_back({{"title", r.title},
                       {"of", Opt(r.of_whom)},
                       {"valid_from", Opt(r.valid_from)},
                       {"valid_to", Opt(r.valid_to)}});
    j["roles"] = roles;
    j["counts"] = {{"events", e->event_count},
                   {"mentions", e->mention_count},
                   {"documents", e->document_count}};
    json co = json::array();
    for (const auto& [other, n] : g->CoParticipants(id, as_of, 10))
      co.push_back({{"id", other.id}, {"name", other.name}, {"type", other.type}, {"count", n}});
    j["top_coparticipants"] = co;
    j["first_seen"] = FormatTimestamp(e->first_seen);
    j["last_seen"] = FormatTimestamp(e->last_seen);
    return Json(j);
  });

  auto list_events = [&ctx, &cfg](const Request& req, Params& p, store::EventFilter f) {
    f.limit = p.Limit(50, cfg.max_limit);
    f.as_of = p.AsOf();
    const json cursor = p.Cursor();
    f.cursor_date = CursorField<std::string>(cursor, "d", "");
    f.cursor_id = CursorField<int64_t>(cursor, "i", 0);
    f.cursor_undated = CursorField<bool>(cursor, "u", false);
    auto g = ctx.store.BeginGraph();
    const int want = f.limit;
    f.limit = want + 1;
    auto rows = g->Events(f);
    const bool more = static_cast<int>(rows.size()) > want;
    if (more) rows.pop_back();
    json next = nullptr;
    if (more) {
      const auto& last = rows.back();
      next = p.NextLink(json{{"d", last.date}, {"i", last.id}, {"u", last.date.empty()}});
    }
    (void)req;
    return Json(
        {{"items", EventSummaries(*g, rows, f.as_of)}, {"next", next}, {"truncated", more}});
  };

  router.Add("GET", "/api/v1/entities/{id}/events",
             [&ctx, list_events](const Request& req, const PathParams& pp) {
               Params p(req, {"type", "role", "from", "to", "limit", "cursor", "as_of"});
               store::EventFilter f;
               f.participant = PathId(pp.at("id"), "entity");
               {
                 auto g = ctx.store.BeginGraph();
                 if (!g->Entity(f.participant, 0))
                   throw Error(ErrorCode::kNotFound, "no entity " + pp.at("id"), "id");
               }
               f.types = p.EventTypes("type");
               f.role = p.OneOf("role",
                                {"participant", "source", "target", "speaker", "host", "guest",
                                 "proposer", "recipient"},
                                "");
               f.from = p.Date("from");
               f.to = p.Date("to");
               return list_events(req, p, f);
             });

  router.Add("GET", "/api/v1/events", [&ctx, list_events](const Request& req, const PathParams&) {
    Params p(req, {"type", "plover", "cameo", "from", "to", "participant", "location", "country",
                   "q", "limit", "cursor", "as_of"});
    store::EventFilter f;
    ReadEventFilter(p, &f);
    f.location = p.OptionalId("location");
    f.q = p.Text("q", 200);
    (void)ctx;
    return list_events(req, p, f);
  });

  router.Add("GET", "/api/v1/events/{id}", [&ctx](const Request& req, const PathParams& pp) {
    Params p(req, {"as_of"});
    const int64_t id = PathId(pp.at("id"), "event");
    const int64_t as_of = p.AsOf();
    auto g = ctx.store.BeginGraph();
    auto v = g->Event(id, as_of);
    if (!v) throw Error(ErrorCode::kNotFound, "no event " + pp.at("id"), "id");
    json j = EventSummaries(*g, {*v}, as_of)[0];
    j["quote"] = Opt(v->quote);
    j["topic"] = Opt(v->topic);
    j["source_actor_code"] = Opt(v->source_actor_code);
    j["target_actor_code"] = Opt(v->target_actor_code);
    j["quad_class"] = v->quad_class;
    json evidence = json::array();
    for (const auto& ev : g->EventEvidence(id, as_of))
      evidence.push_back({{"document",
                           {{"id", ev.document.id},
                            {"title", Opt(ev.document.title)},
                            {"source", Opt(ev.document.source)},
                            {"url", Opt(ev.document.url)},
                            {"published_at", Opt(ev.document.published_at)}}},
                          {"start", ev.mention.start},
                          {"end", ev.mention.end},
                          {"text", ev.mention.text}});
    j["evidence"] = evidence;
    return Json(j);
  });

  router.Add("GET", "/api/v1/graph", [&ctx, &cfg](const Request& req, const PathParams&) {
    Params p(req, {"seed", "depth", "types", "from", "to", "limit", "as_of"});
    const std::vector<int64_t> seeds = p.Seeds("seed");
    const int depth = p.Int("depth", 1, 1, cfg.max_graph_depth);
    store::EventFilter f;
    f.types = p.EventTypes("types");
    f.from = p.Date("from");
    f.to = p.Date("to");
    f.as_of = p.AsOf();
    const int limit = p.Limit(300, cfg.max_limit);
    auto g = ctx.store.BeginGraph();
    std::map<int64_t, EntityRow> entities;
    std::map<int64_t, EventRow> events;
    std::set<std::string> edge_ids;
    json edges = json::array();
    std::map<int64_t, int64_t> shown_events;  // entity → events shown
    bool truncated = false;
    std::vector<int64_t> frontier;
    for (int64_t s : seeds) {
      auto e = g->Entity(s, f.as_of);
      if (!e) throw Error(ErrorCode::kNotFound, "no entity " + std::to_string(s), "seed");
      entities[s] = *e;
      frontier.push_back(s);
    }
    std::set<int64_t> expanded;
    for (int level = 0; level < depth && !frontier.empty(); ++level) {
      expanded.insert(frontier.begin(), frontier.end());
      std::vector<int64_t> next;
      const int room = limit - static_cast<int>(entities.size() + events.size());
      if (room <= 0) {
        truncated = true;
        break;
      }
      auto rows = g->EventsOf(frontier, f, room);
      // Load what the rows name in two queries rather than one per node.
      std::vector<int64_t> want_events, want_entities;
      for (const auto& r : rows) {
        if (!events.count(r.event_id)) want_events.push_back(r.event_id);
        if (!entities.count(r.entity_id)) want_entities.push_back(r.entity_id);
      }
      std::map<int64_t, EventRow> loaded_events;
      std::map<int64_t, EntityRow> loaded_entities;
      for (auto& v : g->EventsById(want_events, f.as_of)) loaded_events[v.id] = std::move(v);
      for (auto& e : g->Entities(want_entities, f.as_of)) loaded_entities[e.id] = std::move(e);
      for (const auto& r : rows) {
        if (!events.count(r.event_id)) {
          if (static_cast<int>(entities.size() + events.size()) >= limit) {
            truncated = true;
            continue;
          }
          auto v = loaded_events.find(r.event_id);
          if (v == loaded_events.end()) continue;
          events[r.event_id] = v->second;
        }
        if (!entities.count(r.entity_id)) {
          if (static_cast<int>(entities.size() + events.size()) >= limit) {
            truncated = true;
            continue;
          }
          auto e = loaded_entities.find(r.entity_id);
          if (e == loaded_entities.end()) continue;
          entities[r.entity_id] = e->second;
          next.push_back(r.entity_id);
        }
        const std::string key =
            std::to_string(r.event_id) + "-" + std::to_string(r.entity_id) + "-" + r.role;
        if (edge_ids.insert(key).second) {
          edges.push_back(Edge(r.event_id, r.entity_id, r.role));
          ++shown_events[r.entity_id];
        }
      }
      frontier = std::move(next);
    }
    json nodes = json::array(), hidden = json::object();
    for (const auto& [id, e] : entities) {
      nodes.push_back(EntityNode(e));
      const int64_t more = e.event_count - shown_events[id];
      if (more > 0) hidden[NodeKey('e', id)] = more;
    }
    for (const auto& [id, v] : events) nodes.push_back(EventNode(v));
    // An expanded node with events left out was cut by the cap, not by the
    // depth: say so.
    for (int64_t id : expanded)
      if (hidden.contains(NodeKey('e', id))) truncated = true;
    return Json({{"data", json::object()},
                 {"directed", false},
                 {"multigraph", false},
                 {"elements", {{"nodes", nodes}, {"edges", edges}}},
                 {"truncated", truncated},
                 {"hidden", hidden}});
  });

  router.Add("GET", "/api/v1/paths", [&ctx](const Request& req, const PathParams&) {
    Params p(req, {"from", "to", "max_depth", "k", "as_of"});
    const int64_t from = p.RequiredId("from");
    const int64_t to = p.RequiredId("to");
    const int max_depth = p.Int("max_depth", 4, 1, 6);
    const int k = p.Int("k", 3, 1, 20);
    store::EventFilter f;
    f.as_of = p.AsOf();
    auto g = ctx.store.BeginGraph();
    for (int64_t id : {from, to})
      if (!g->Entity(id, f.as_of))
        throw Error(ErrorCode::kNotFound, "no entity " + std::to_string(id),
                    id == from ? "from" : "to");
    // Bidirectional breadth-first search over entity → event → entity. Each
    // round expands, by one whole level, the side with the smaller frontier,
    // keeping every parent at the shortest distance, until the two sides
    // touch; a hub then costs one expansion instead of a whole level of the
    // graph beyond it.
    struct Side {
      std::map<int64_t, int> dist;
      // entity → (entity one step nearer this side's origin, shared event)
      std::map<int64_t, std::vector<std::pair<int64_t, int64_t>>> parents;
      std::vector<int64_t> frontier;
      int depth = 0;
    };
    Side fw, bw;
    fw.dist[from] = 0;
    fw.frontier = {from};
    bw.dist[to] = 0;
    bw.frontier = {to};
    bool truncated = false;
    int expanded = 0;
    constexpr int kMaxExpanded = 1000;
    int best = from == to ? 0 : -1;
    while (best < 0 && fw.depth + bw.depth < max_depth && !truncated) {
      Side& side = fw.frontier.size() <= bw.frontier.size() ? fw : bw;
      const Side& other = &side == &fw ? bw : fw;
      if (side.frontier.empty()) break;
      const int d = ++side.depth;
      std::vector<int64_t> next;
      for (int64_t node : side.frontier) {
        if (++expanded > kMaxExpanded) {
          truncated = true;
          break;
        }
        for (const auto& r : g->EventsOf({node}, f, 200)) {
          if (r.entity_id == node) continue;
          auto it = side.dist.find(r.entity_id);
          if (it == side.dist.end()) {
            side.dist[r.entity_id] = d;
            next.push_back(r.entity_id);
            auto met = other.dist.find(r.entity_id);
            if (met != other.dist.end() && (best < 0 || d + met->second < best))
              best = d + met->second;
          } else if (it->second != d) {
            continue;
          }
          auto& ps = side.parents[r.entity_id];
          if (std::find(ps.begin(), ps.end(), std::make_pair(node, r.event_id)) == ps.end())
            ps.emplace_back(node, r.event_id);
        }
      }
      side.frontier = std::move(next);
    }
    // Every shortest path crosses exactly one entity at forward distance
    // `split` that both sides know, with all its parents: join the halves
    // there.
    std::vector<std::vector<std::string>> found;
    if (best >= 0) {
      const int split = std::min(fw.depth, best);
      // Half-paths from `node` back to its side's origin, node first.
      std::function<void(const Side&, int64_t, std::vector<std::string>&,
                         std::vector<std::vector<std::string>>&)>
          halves = [&](const Side& side, int64_t node, std::vector<std::string>& acc,
                       std::vector<std::vector<std::string>>& out) {
            if (static_cast<int>(out.size()) >= k) return;
            acc.push_back(NodeKey('e', node));
            auto it = side.parents.find(node);
            if (side.dist.at(node) == 0 || it == side.parents.end()) {
              out.push_back(acc);
            } else {
              for (const auto& [prev, ev] : it->second) {
                acc.push_back(NodeKey('v', ev));
                halves(side, prev, acc, out);
                acc.pop_back();
              }
            }
            acc.pop_back();
          };
      for (const auto& [node, d] : fw.dist) {
        if (static_cast<int>(found.size()) >= k) break;
        auto back = bw.dist.find(node);
        if (d != split || back == bw.dist.end() || d + back->second != best) continue;
        std::vector<std::vector<std::string>> heads, tails;
        std::vector<std::string> acc;
        halves(fw, node, acc, heads);
        halves(bw, node, acc, tails);
        for (const auto& head : heads) {
          for (const auto& tail : tails) {
            if (static_cast<int>(found.size()) >= k) break;
            std::vector<std::string> path(head.rbegin(), head.rend());
            path.insert(path.end(), tail.begin() + 1, tail.end());
            found.push_back(std::move(path));
          }
        }
      }
    }
    json paths = json::array();
    std::set<int64_t> entity_ids, event_ids;
    std::set<std::string> edge_keys;
    json edges = json::array();
    for (const auto& path : found) {
      paths.push_back({{"length", (path.size() - 1) / 2}, {"nodes", path}});
      for (size_t i = 0; i < path.size(); ++i) {
        const int64_t id = std::stoll(path[i].substr(1));
        (path[i][0] == 'e' ? entity_ids : event_ids).insert(id);
        if (path[i][0] == 'v') {
          for (const std::string& side : {path[i - 1], path[i + 1]}) {
            const int64_t ent = std::stoll(side.substr(1));
            const std::string key = path[i] + side;
            if (edge_keys.insert(key).second) edges.push_back(Edge(id, ent, "participant"));
          }
        }
      }
    }
    json nodes = json::array();
    auto path_entities = g->Entities({entity_ids.begin(), entity_ids.end()}, f.as_of);
    auto path_events = g->EventsById({event_ids.begin(), event_ids.end()}, f.as_of);
    std::sort(path_entities.begin(), path_entities.end(),
              [](const EntityRow& a, const EntityRow& b) { return a.id < b.id; });
    std::sort(path_events.begin(), path_events.end(),
              [](const EventRow& a, const EventRow& b) { return a.id < b.id; });
    for (const auto& e : path_entities) nodes.push_back(EntityNode(e));
    for (const auto& v : path_events) nodes.push_back(EventNode(v));
    return Json({{"paths", paths},
                 {"elements", {{"nodes", nodes}, {"edges", edges}}},
                 {"truncated", truncated}});
  });

  router.Add("GET", "/api/v1/timeline", [&ctx](const Request& req, const PathParams&) {
    Params p(req, {"entity", "from", "to", "bucket", "as_of"});
    const int64_t entity = p.OptionalId("entity");
    const std::string from = p.Date("from"), to = p.Date("to");
    const std::string bucket = p.OneOf("bucket", {"day", "week", "month"}, "month");
    const int64_t as_of = p.AsOf();
    auto g = ctx.store.BeginGraph();
    if (entity && !g->Entity(entity, as_of))
      throw Error(ErrorCode::kNotFound, "no entity " + std::to_string(entity), "entity");
    json series = json::array();
    std::string current;
    for (const auto& [period, count] : g->Timeline(entity, from, to, bucket, as_of)) {
      if (series.empty() || period != current) {
        series.push_back({{"period", period}, {"counts", json::object()}});
        current = period;
      }
      series.back()["counts"][count.first] = count.second;
    }
    return Json({{"bucket", bucket}, {"series", series}});
  });

  router.Add("GET", "/api/v1/search", [&ctx](const Request& req, const PathParams&) {
    Params p(req, {"q", "limit", "as_of"});
    const std::string q = p.Text("q", 200);
    if (q.empty()) throw Error(ErrorCode::kInvalidArgument, "q is required", "q");
    const int limit = p.Limit(10, 50);
    const int64_t as_of = p.AsOf();
    auto g = ctx.store.BeginGraph();
    json entities = json::array(), documents = json::array();
    for (const auto& e : g->SearchEntities(q, "", "", as_of, limit, 0))
      entities.push_back(EntitySummary(e));
    store::EventFilter f;
    f.q = q;
    f.as_of = as_of;
    f.limit = limit;
    json events = EventSummaries(*g, g->Events(f), as_of);
    for (const auto& d : g->SearchDocuments(q, as_of, limit))
      documents.push_back({{"id", d.id},
                           {"title", Opt(d.title)},
                           {"published_at", Opt(d.published_at)},
                           {"snippet", d.snippet}});
    return Json({{"entities", entities}, {"events", events}, {"documents", documents}});
  });

  router.Add("GET", "/api/v1/openapi.json", [](const Request& req, const PathParams&) {
    Params p(req, {});
    return Json(OpenApiDocument());
  });

  router.Add("GET", "/api/v1/stats", [&ctx](const Request& req, const PathParams&) {
    Params p(req, {"as_of"});
    const int64_t as_of = p.AsOf();
    auto g = ctx.store.BeginGraph();
    auto c = g->Counts(as_of);
    json by_entity = json::object(), by_event = json::object();
    for (const auto& [k, n] : g->CountBy("entity", as_of)) by_entity[k] = n;
    for (const auto& [k, n] : g->CountBy("event", as_of)) by_event[k] = n;
    auto [lo, hi] = g->DateRange(as_of);
    return Json({{"documents", c.documents},
                 {"entities", c.entities},
                 {"events", c.events},
                 {"mentions", c.mentions},
                 {"by_entity_type", by_entity},
                 {"by_event_type", by_event},
                 {"date_range", {{"from", Opt(lo)}, {"to", Opt(hi)}}}});
  });
}

}  // namespace parley::http
