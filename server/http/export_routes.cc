// Export and change-feed routes. Filled by the exports work (issue 7).
#include "http/app.h"

namespace parley::http {

void RegisterExportRoutes(Router& router, const ApiContext& ctx) {
  (void)router;
  (void)ctx;
}

}  // namespace parley::http
