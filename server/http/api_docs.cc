// /docs: one HTML page and Redoc's standalone bundle.
#include "http/api_docs.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "http/problem.h"

namespace parley::http {
namespace {

// Everything is local: the script from this server, the document from the
// API, system fonts (Redoc's default theme would name web fonts).
constexpr const char* kPage = R"HTML(<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Parley API</title>
<style>body { margin: 0; }</style>
</head>
<body>
<redoc spec-url="/api/v1/openapi.json" hide-download-button="false"></redoc>
<script src="/docs/redoc.standalone.js"></script>
<script>
  // Redoc reads these options from the element; fonts stay on this machine.
  document.querySelector('redoc').setAttribute('theme', JSON.stringify({
    typography: { fontFamily: 'system-ui, sans-serif', headings: { fontFamily: 'system-ui, sans-serif' } }
  }));
</script>
</body>
</html>
)HTML";

}  // namespace

bool IsDocsPath(const std::string& path) { return path == "/docs" || path.rfind("/docs/", 0) == 0; }

Response ServeApiDocs(const Request& req, const std::string& bundle_dir) {
  if (req.path == "/docs" || req.path == "/docs/" || req.path == "/docs/index.html") {
    Response r;
    r.content_type = "text/html; charset=utf-8";
    r.body = kPage;
    r.SetHeader("Cache-Control", "no-cache");
    r.SetHeader("X-Content-Type-Options", "nosniff");
    return r;
  }
  if (req.path != "/docs/redoc.standalone.js")
    return Problem(404, "no resource at " + req.path, req.path);
  const std::filesystem::path file = std::filesystem::path(bundle_dir) / "redoc.standalone.js";
  std::ifstream in(file, std::ios::binary);
  if (!in)
    return Problem(503, "the API viewer is not installed (npm ci in tools/apidocs)", req.path);
  std::ostringstream ss;
  ss << in.rdbuf();
  Response r;
  r.content_type = "text/javascript; charset=utf-8";
  r.body = ss.str();
  r.SetHeader("Cache-Control", "public, max-age=3600");
  r.SetHeader("X-Content-Type-Options", "nosniff");
  return r;
}

}  // namespace parley::http
