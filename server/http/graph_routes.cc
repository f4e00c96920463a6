// Graph query routes (/api/v1/entities, /events, /graph, /paths, /timeline,
// /search, /stats, /vocabulary): parameters in (query/params.h: unknown or
// malformed ones are a 4xx naming the parameter), the algorithms of query/
// (pages, neighbourhoods, paths, timelines), JSON out. Nothing here reads
// the store beyond opening a GraphQueries snapshot and simple lookups.
#include <algorithm>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <type_traits>

#include "base/error.h"
#include "base/time.h"
#include "base/vocabulary.h"
#include "export/event_json.h"
#include "http/app.h"
#include "http/openapi.h"
#include "query/events.h"
#include "query/neighbourhood.h"
#include "query/params.h"
#include "query/paths.h"

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

using query::Params;
using query::PathId;

// Spans of evidence an event answer carries at most.
constexpr size_t kMaxEvidenceSpans = 200;

json Opt(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

json EntitySummary(const EntityRow& e) { return exports::EntitySummaryJson(e); }

// The one event shape (export/event_json.h) for `events`, with participants
// and place names fetched in two queries rather than one per event.
json EventSummaries(store::GraphQueries& g, const std::vector<EventRow>& events, int64_t as_of) {
  json out = json::array();
  for (const auto& d : query::EventDetails(g, events, as_of)) out.push_back(exports::EventJson(d));
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

json EventsPage(store::GraphQueries& g, const Params& p, const store::EventFilter& f) {
  const query::EventPage page = query::ListEvents(g, f);
  json next = nullptr;
  if (page.next)
    next =
        p.NextLink(json{{"d", page.next->date}, {"i", page.next->id}, {"u", page.next->undated}});
  return {{"items", EventSummaries(g, page.events, f.as_of)},
          {"next", next},
          {"more", page.next.has_value()},
          {"truncated", page.next.has_value()}};
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

// A page of a list: the JSON, and its `next` link also as an RFC 8288 Link
// header (rel="next") for clients that page by headers.
Response PageJson(const json& j) {
  Response r = Json(j);
  if (j.contains("next") && j["next"].is_string())
    r.SetHeader("Link", "<" + j["next"].get<std::string>() + ">; rel=\"next\"");
  return r;
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
    // An offset this server issued is a sum of limits; one past what an int
    // holds was forged, and would come back truncated to another page.
    const int64_t wide_offset = CursorField<int64_t>(p.Cursor(), "o", 0);
    if (wide_offset > std::numeric_limits<int>::max() - limit)
      throw Error(ErrorCode::kInvalidArgument, "not a cursor this server issued", "cursor");
    const int offset = static_cast<int>(wide_offset);
    const int64_t as_of = p.AsOf();
    auto g = ctx.store.BeginGraph();
    auto rows = g->SearchEntities(q, type, country, as_of, limit + 1, offset);
    const bool more = static_cast<int>(rows.size()) > limit;
    if (more) rows.pop_back();
    json items = json::array();
    for (const auto& e : rows) items.push_back(EntitySummary(e));
    // `more` is the one name for "another page follows" (as in /changes);
    // `truncated` stays for old clients.
    return PageJson({{"items", items},
                     {"next", more ? json(p.NextLink(json{{"o", offset + limit}})) : json(nullptr)},
                     {"more", more},
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

  auto list_events = [&ctx, &cfg](Params& p, store::EventFilter f) {
    f.limit = p.Limit(50, cfg.max_limit);
    f.as_of = p.AsOf();
    const json cursor = p.Cursor();
    f.cursor_date = CursorField<std::string>(cursor, "d", "");
    f.cursor_id = CursorField<int64_t>(cursor, "i", 0);
    f.cursor_undated = CursorField<bool>(cursor, "u", false);
    auto g = ctx.store.BeginGraph();
    return PageJson(EventsPage(*g, p, f));
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
               std::set<std::string> roles;
               for (const auto& r : vocab::Roles()) roles.emplace(r.name);
               f.role = p.OneOf("role", roles, "");
               f.from = p.Date("from");
               f.to = p.Date("to");
               return list_events(p, f);
             });

  router.Add("GET", "/api/v1/events", [list_events](const Request& req, const PathParams&) {
    Params p(req, {"type", "plover", "cameo", "from", "to", "participant", "location", "country",
                   "dyad", "directed", "q", "limit", "cursor", "as_of"});
    store::EventFilter f;
    ReadEventFilter(p, &f);
    f.location = p.OptionalId("location");
    f.q = p.Text("q", 200);
    return list_events(p, f);
  });

  router.Add("GET", "/api/v1/events/{id}", [&ctx](const Request& req, const PathParams& pp) {
    Params p(req, {"as_of"});
    const int64_t id = PathId(pp.at("id"), "event");
    const int64_t as_of = p.AsOf();
    auto g = ctx.store.BeginGraph();
    auto v = g->Event(id, as_of);
    if (!v) throw Error(ErrorCode::kNotFound, "no event " + pp.at("id"), "id");
    json j = EventSummaries(*g, {*v}, as_of)[0];
    json evidence = json::array();
    bool truncated = false;
    for (const auto& ev : g->EventEvidence(id, as_of, kMaxEvidenceSpans, &truncated))
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
    j["evidence_truncated"] = truncated;
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
    query::ExpandRequest r;
    r.seeds = seeds;
    r.depth = depth;
    r.filter = f;
    r.limit = p.Limit(300, cfg.max_limit);
    auto g = ctx.store.BeginGraph();
    const query::Neighbourhood n = query::Expand(*g, r);
    json nodes = json::array(), edges = json::array(), hidden = json::object();
    for (const auto& [id, e] : n.entities) nodes.push_back(EntityNode(e));
    for (const auto& [id, v] : n.events) nodes.push_back(EventNode(v));
    for (const auto& e : n.edges) edges.push_back(Edge(e.event_id, e.entity_id, e.role));
    for (const auto& [id, more] : n.hidden) hidden[NodeKey('e', id)] = more;
    return Json({{"data", json::object()},
                 {"directed", false},
                 {"multigraph", false},
                 {"elements", {{"nodes", nodes}, {"edges", edges}}},
                 {"truncated", n.truncated},
                 {"hidden", hidden}});
  });

  router.Add("GET", "/api/v1/paths", [&ctx](const Request& req, const PathParams&) {
    Params p(req, {"from", "to", "max_depth", "k", "as_of"});
    const int64_t from = p.RequiredId("from");
    const int64_t to = p.RequiredId("to");
    const int max_depth = p.Int("max_depth", 4, 1, 6);
    const int k = p.Int("k", 3, 1, 20);
    query::PathRequest r{from, to, max_depth, k, p.AsOf()};
    auto g = ctx.store.BeginGraph();
    const query::PathResult result = query::ShortestPaths(*g, r);
    json paths = json::array(), edges = json::array(), nodes = json::array();
    std::set<std::string> edge_keys;
    for (const auto& path : result.paths) {
      json keys = json::array();
      for (size_t i = 0; i < path.entities.size(); ++i) {
        keys.push_back(NodeKey('e', path.entities[i]));
        if (i >= path.events.size()) continue;
        const int64_t ev = path.events[i];
        keys.push_back(NodeKey('v', ev));
        for (int64_t ent : {path.entities[i], path.entities[i + 1]}) {
          if (edge_keys.insert(NodeKey('v', ev) + NodeKey('e', ent)).second)
            edges.push_back(Edge(ev, ent, "participant"));
        }
      }
      paths.push_back({{"length", path.length()}, {"nodes", keys}});
    }
    for (const auto& e : result.entities) nodes.push_back(EntityNode(e));
    for (const auto& v : result.events) nodes.push_back(EventNode(v));
    // data/directed/multigraph: what NetworkX's cytoscape_graph reads first
    // (regression: without them it raised on the /paths answer).
    return Json({{"data", json::object()},
                 {"directed", false},
                 {"multigraph", false},
                 {"paths", paths},
                 {"elements", {{"nodes", nodes}, {"edges", edges}}},
                 {"truncated", result.truncated}});
  });

  router.Add("GET", "/api/v1/timeline", [&ctx](const Request& req, const PathParams&) {
    Params p(req, {"entity", "from", "to", "bucket", "as_of"});
    const int64_t entity = p.OptionalId("entity");
    const std::string from = p.Date("from"), to = p.Date("to");
    const std::string bucket =
        p.OneOf("bucket", {"day", "week", "month", "quarter", "year"}, "month");
    const int64_t as_of = p.AsOf();
    auto g = ctx.store.BeginGraph();
    if (entity && !g->Entity(entity, as_of))
      throw Error(ErrorCode::kNotFound, "no entity " + std::to_string(entity), "entity");
    json series = json::array();
    const auto timeline = query::Timeline(*g, entity, from, to, bucket, as_of);
    for (const auto& period : timeline.periods)
      series.push_back(
          {{"period", period.period}, {"precision", period.precision}, {"counts", period.counts}});
    return Json(
        {{"bucket", bucket},
         {"series", series},
         {"undated", json(timeline.undated.empty() ? json::object() : json(timeline.undated))}});
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

  router.Add("GET", "/api/v1/vocabulary", [](const Request& req, const PathParams&) {
    Params p(req, {});
    return Json(vocab::VocabularyJson());
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
