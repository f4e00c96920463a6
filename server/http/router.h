// Router: maps method + path pattern ("/api/v1/entities/{id}") to a handler.
// Answers 404 for unknown paths and 405 with Allow for known paths with the
// wrong method. Never touches a socket.
//
// Thread-safe for Handle() once every route is added.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "http/message.h"

namespace parley::http {

using PathParams = std::map<std::string, std::string>;
using Handler = std::function<Response(const Request&, const PathParams&)>;

class Router {
 public:
  // Adds a route. Pattern segments in braces capture one path segment.
  void Add(const std::string& method, const std::string& pattern, Handler handler);

  // The matching handler's response, or a problem+json 404/405. HEAD is
  // served by GET handlers.
  Response Handle(const Request& req) const;

  // Every (method, pattern) registered, for the OpenAPI coverage test.
  std::vector<std::pair<std::string, std::string>> Routes() const;

 private:
  struct Route {
    std::string method, pattern;
    std::vector<std::string> segments;
    Handler handler;
  };
  static bool Match(const Route& r, const std::vector<std::string>& segs, PathParams* params);
  std::vector<Route> routes_;
};

// Splits "/a/b/" into {"a", "b"}.
std::vector<std::string> SplitPath(const std::string& path);

}  // namespace parley::http
