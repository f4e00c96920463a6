// Router: linear match over a short table; routes number in the tens.
#include "http/router.h"

#include <set>

#include "http/problem.h"

namespace parley::http {

std::vector<std::string> SplitPath(const std::string& path) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < path.size()) {
    size_t slash = path.find('/', start);
    if (slash == std::string::npos) slash = path.size();
    if (slash > start) out.push_back(path.substr(start, slash - start));
    start = slash + 1;
  }
  return out;
}

void Router::Add(const std::string& method, const std::string& pattern, Handler handler) {
  routes_.push_back({method, pattern, SplitPath(pattern), std::move(handler)});
}

bool Router::Match(const Route& r, const std::vector<std::string>& segs, PathParams* params) {
  if (r.segments.size() != segs.size()) return false;
  params->clear();
  for (size_t i = 0; i < segs.size(); ++i) {
    const std::string& p = r.segments[i];
    if (p.size() >= 2 && p.front() == '{' && p.back() == '}') {
      (*params)[p.substr(1, p.size() - 2)] = segs[i];
    } else if (p != segs[i]) {
      return false;
    }
  }
  return true;
}

Response Router::Handle(const Request& req) const {
  const auto segs = SplitPath(req.path);
  const std::string method = req.method == "HEAD" ? "GET" : req.method;
  std::set<std::string> allowed;
  PathParams params;
  for (const auto& r : routes_) {
    if (!Match(r, segs, &params)) continue;
    if (r.method == method) return r.handler(req, params);
    allowed.insert(r.method);
  }
  if (allowed.empty()) return Problem(404, "no resource at " + req.path, req.path);
  if (allowed.count("GET")) allowed.insert("HEAD");
  std::string allow;
  for (const auto& m : allowed) allow += (allow.empty() ? "" : ", ") + m;
  Response resp = Problem(405, req.method + " is not allowed on " + req.path, req.path);
  resp.SetHeader("Allow", allow);
  return resp;
}

std::vector<std::pair<std::string, std::string>> Router::Routes() const {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& r : routes_) out.emplace_back(r.method, r.pattern);
  return out;
}

}  // namespace parley::http
