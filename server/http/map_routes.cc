// The map route (/api/v1/places): event counts by place in a window, with the
// places' coordinates (query/places.h), for the web UI's map view.
#include <nlohmann/json.hpp>

#include "http/app.h"
#include "query/params.h"
#include "query/places.h"

namespace parley::http {

void RegisterMapRoutes(Router& router, const ApiContext& ctx) {
  router.Add("GET", "/api/v1/places", [&ctx](const Request& req, const PathParams&) {
    using nlohmann::json;
    query::Params p(req, {"types", "from", "to", "limit", "as_of"});
    store::EventFilter f;
    f.types = p.EventTypes("types");
    f.from = p.Date("from");
    f.to = p.Date("to");
    f.as_of = p.AsOf();
    const int limit = p.Limit(500, 5000);
    auto g = ctx.store.BeginGraph();
    const query::PlaceCounts counts = query::EventPlaceCounts(*g, f, limit);
    json items = json::array();
    for (const auto& place : counts.places) {
      const auto& c = place.coordinates;
      items.push_back(
          {{"id", place.entity.id},
           {"name", place.entity.name},
           {"type", place.entity.type},
           {"country", place.entity.country.empty() ? json(nullptr) : json(place.entity.country)},
           {"events", place.events},
           {"lat", c ? json(c->first) : json(nullptr)},
           {"lon", c ? json(c->second) : json(nullptr)}});
    }
    const json body = {{"items", items},
                       {"placed_events", counts.placed_events},
                       {"unplaced_events", counts.unplaced_events},
                       {"truncated", counts.truncated}};
    return JsonResponse(200, body.dump(-1, ' ', false, json::error_handler_t::replace));
  });
}

}  // namespace parley::http
