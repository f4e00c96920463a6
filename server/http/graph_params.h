// Params: strict parsing of a query route's parameters. Unknown names and
// malformed values end the request with an Error naming the parameter (400
// for syntax, 422 for well-formed but unacceptable values); nothing is
// silently ignored.
//
// Not thread-safe: one per request.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "http/message.h"

namespace parley::http {

class Params {
 public:
  // Throws Error (400) when the request carries a parameter not in `allowed`.
  Params(const Request& req, std::initializer_list<const char*> allowed);

  std::string Text(const std::string& name, size_t max_len) const;
  std::string EntityType(const std::string& name) const;
  std::vector<std::string> EventTypes(const std::string& name) const;
  std::string Country(const std::string& name) const;
  std::string Plover(const std::string& name) const;
  std::string Cameo(const std::string& name) const;
  std::string Date(const std::string& name) const;  // YYYY-MM-DD or ""
  int64_t AsOf() const;                             // µs, 0 when absent
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

 private:
  const Request& req_;
};

// Reads the event filter parameters that /events, the export routes and
// `parley export` share — type, plover, cameo, from, to, participant,
// country, as_of — into any filter struct with those fields (EventFilter,
// ScanFilter), so all three validate alike.
template <typename Filter>
void ReadEventFilter(const Params& p, Filter* f) {
  f->types = p.EventTypes("type");
  f->plover = p.Plover("plover");
  f->cameo_prefix = p.Cameo("cameo");
  f->from = p.Date("from");
  f->to = p.Date("to");
  f->participant = p.OptionalId("participant");
  f->country = p.Country("country");
  f->as_of = p.AsOf();
}

// A path segment as a positive id; 404 naming `what` otherwise.
int64_t PathId(const std::string& segment, const std::string& what);

// The event types Parley knows.
const std::set<std::string>& KnownEventTypes();

std::string Base64UrlEncode(const std::string& in);
// False on characters outside the URL-safe alphabet or a bad length.
bool Base64UrlDecode(const std::string& in, std::string* out);

}  // namespace parley::http
