// The API documentation page at /docs: Redoc (from npm, tools/apidocs/)
// rendering /api/v1/openapi.json, served from this server with no CDN.
//
// Thread-safe: pure functions reading files.
#pragma once

#include <optional>
#include <string>

#include "http/message.h"

namespace parley::http {

// True for /docs, /docs/ and /docs/<file>.
bool IsDocsPath(const std::string& path);

// The page (/docs) or the viewer's script (/docs/redoc.standalone.js) from
// `bundle_dir` (the redoc package's bundles/ directory); 404 problem for
// anything else, 503 when the bundle is not installed (npm ci in
// tools/apidocs).
Response ServeApiDocs(const Request& req, const std::string& bundle_dir);

}  // namespace parley::http
