// Params: strict parsing of a read's parameters, whatever the transport: the
// REST routes pass a request's query string, `parley export` its flags.
// Unknown names and malformed values end the request with an Error naming
// the parameter (400 for syntax, 422 for well-formed but unacceptable
// values); nothing is silently ignored.
//
// Not thread-safe: one per request.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "store/event_filter.h"

namespace parley::query {

using QueryPairs = std::vector<std::pair<std::string, std::string>>;

class Params {
 public:
  // `path` is what NextLink() links to; `query` the decoded parameters in
  // order. Throws Error (400) when a parameter is not in `allowed`.
  Params(std::string path, QueryPairs query, std::initializer_list<const char*> allowed);
  // Any request with `path` and `query` members (http::Request).
  template <typename Request>
  Params(const Request& req, std::initializer_list<const char*> allowed)
      : Params(req.path, req.query, allowed) {}

  std::string Text(const std::string& name, size_t max_len) const;
  std::string EntityType(const std::string& name) const;
  std::vector<std::string> EventTypes(const std::string& name) const;
  std::string Country(const std::string& name) const;
  std::string Plover(const std::string& name) const;
  std::string Cameo(const std::string& name) const;
  // YYYY-MM-DD, YYYY-MM, YYYY or "" (query/periods.h).
  std::string Date(const std::string& name) const;
  // `dyad=A,B` (two entity ids) and `directed=true|false` into `f`.
  void Dyad(store::EventFilter* f) const;
  int64_t AsOf() const;  // µs, 0 when absent
  int Limit(int fallback, int max) const;
  int Int(const std::string& name, int fallback, int lo, int hi) const;
  std::string OneOf(const std::string& name, const std::set<std::string>& options,
                    const std::string& fallback) const;
  int64_t OptionalId(const std::string& name) const;  // 0 when absent
  int64_t RequiredId(const std::string& name) const;
  std::vector<int64_t> Seeds(const std::string& name) const;
  // The decoded `cursor` (a JSON object), or {} when absent.
  nlohmann::json Cursor() const;
  // This request's path and parameters with `cursor` set to `next`.
  std::string NextLink(const nlohmann::json& next) const;
  // The value of `name`, if given.
  std::optional<std::string> Get(const std::string& name) const;

 private:
  std::string path_;
  QueryPairs query_;
};

// Reads the event filter parameters that /events, /aggregate, the export
// routes and `parley export` share — type, plover, cameo, from, to,
// participant, country, dyad, directed, as_of — so all of them validate alike.
void ReadEventFilter(const Params& p, store::EventFilter* f);

// A path segment as a positive id; 404 naming `what` otherwise.
int64_t PathId(const std::string& segment, const std::string& what);

}  // namespace parley::query
