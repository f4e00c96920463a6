// Graph query routes. Filled by the REST API work (issue 5).
#include "http/app.h"

namespace parley::http {

void RegisterQueryRoutes(Router& router, const ApiContext& ctx) {
  (void)router;
  (void)ctx;
}

}  // namespace parley::http
