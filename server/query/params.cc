// Parameter parsing for reads, shared by the REST routes and the CLI.
#include "query/params.h"

#include <algorithm>
#include <charconv>
#include <cstring>

#include "base/encoding.h"
#include "base/error.h"
#include "base/time.h"
#include "base/vocabulary.h"
#include "query/periods.h"

namespace parley::query {
namespace {

[[noreturn]] void Bad(const std::string& name, const std::string& why) {
  throw Error(ErrorCode::kInvalidArgument, "parameter '" + name + "': " + why, name);
}
[[noreturn]] void Unacceptable(const std::string& name, const std::string& why) {
  throw Error(ErrorCode::kUnprocessable, "parameter '" + name + "': " + why, name);
}

bool ParseInt64(const std::string& s, int64_t* out) {
  if (s.empty() || s.size() > 18) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

// "12", "e12" (a graph node id) → 12.
bool ParseEntityId(std::string s, int64_t* out) {
  if (!s.empty() && s[0] == 'e') s.erase(0, 1);
  return ParseInt64(s, out) && *out > 0;
}

}  // namespace

Params::Params(std::string path, QueryPairs query, std::initializer_list<const char*> allowed)
    : path_(std::move(path)), query_(std::move(query)) {
  std::set<std::string_view> seen;
  for (const auto& [k, v] : query_) {
    bool ok = false;
    for (const char* a : allowed) ok |= k == a;
    if (!ok) Bad(k.substr(0, 60), "unknown parameter");
    // Every parameter has one value: a second one would be ignored here
    // while a proxy or cache in front may have acted on it.
    if (!seen.insert(k).second) Bad(k, "given more than once");
  }
}

std::optional<std::string> Params::Get(const std::string& name) const {
  for (const auto& [k, v] : query_)
    if (k == name) return v;
  return std::nullopt;
}

std::string Params::Text(const std::string& name, size_t max_len) const {
  std::string v = Get(name).value_or("");
  if (v.size() > max_len) Unacceptable(name, "longer than " + std::to_string(max_len));
  return v;
}

std::string Params::EntityType(const std::string& name) const {
  std::string v = Text(name, 20);
  if (!v.empty() && !vocab::IsEntityType(v)) {
    std::string list;
    for (auto t : vocab::EntityTypes()) list += (list.empty() ? "" : ", ") + std::string(t);
    Unacceptable(name, "unknown entity type; use one of " + list);
  }
  return v;
}

std::vector<std::string> Params::EventTypes(const std::string& name) const {
  std::vector<std::string> out;
  std::string v = Text(name, 400);
  size_t start = 0;
  while (start < v.size()) {
    size_t comma = v.find(',', start);
    if (comma == std::string::npos) comma = v.size();
    std::string t = v.substr(start, comma - start);
    if (!vocab::FindEventType(t))
      Unacceptable(name, "unknown event type '" + t.substr(0, 40) + "'");
    out.push_back(t);
    start = comma + 1;
  }
  return out;
}

std::string Params::Country(const std::string& name) const {
  std::string v = Text(name, 3);
  if (!v.empty() && (v.size() != 3 ||
                     !std::all_of(v.begin(), v.end(), [](char c) { return c >= 'A' && c <= 'Z'; })))
    Unacceptable(name, "expected an ISO 3166-1 alpha-3 code such as RUS");
  return v;
}

std::string Params::Plover(const std::string& name) const {
  std::string v = Text(name, 20);
  for (char c : v)
    if (!(c >= 'A' && c <= 'Z') && c != '_')
      Unacceptable(name, "expected a PLOVER type such as CONSULT");
  return v;
}

std::string Params::Cameo(const std::string& name) const {
  std::string v = Text(name, 4);
  for (char c : v)
    if (c < '0' || c > '9') Unacceptable(name, "expected CAMEO code digits such as 04 or 042");
  return v;
}

std::string Params::Date(const std::string& name) const {
  std::string v = Text(name, 10);
  if (!v.empty() && !ParsePartialDate(v))
    Unacceptable(name, "expected a date YYYY-MM-DD, YYYY-MM or YYYY");
  return v;
}

void Params::Dyad(store::EventFilter* f) const {
  const std::string v = Text("dyad", 60);
  const std::string directed = OneOf("directed", {"true", "false"}, "false");
  if (v.empty()) {
    if (Get("directed")) Bad("directed", "needs dyad=A,B");
    return;
  }
  const size_t comma = v.find(',');
  if (comma == std::string::npos || !ParseEntityId(v.substr(0, comma), &f->dyad_a) ||
      !ParseEntityId(v.substr(comma + 1), &f->dyad_b))
    Bad("dyad", "expected two entity ids A,B");
  if (f->dyad_a == f->dyad_b) Unacceptable("dyad", "expected two different entities");
  f->dyad_directed = directed == "true";
}

int64_t Params::AsOf() const {
  std::string v = Text("as_of", 40);
  if (v.empty()) return 0;
  auto t = ParseTimestamp(v);
  if (!t) Unacceptable("as_of", "expected an ISO 8601 date or timestamp");
  // A date means the end of that day.
  return v.size() == 10 ? *t + 86400LL * 1000000 - 1 : *t;
}

int Params::Int(const std::string& name, int fallback, int lo, int hi) const {
  auto v = Get(name);
  if (!v) return fallback;
  int64_t n = 0;
  if (!ParseInt64(*v, &n)) Bad(name, "expected an integer");
  if (n < lo || n > hi)
    Unacceptable(name, "must be between " + std::to_string(lo) + " and " + std::to_string(hi));
  return static_cast<int>(n);
}

int Params::Limit(int fallback, int max) const { return Int("limit", fallback, 1, max); }

std::string Params::OneOf(const std::string& name, const std::set<std::string>& options,
                          const std::string& fallback) const {
  auto v = Get(name);
  if (!v) return fallback;
  if (!options.count(*v)) {
    std::string list;
    for (const auto& o : options) list += (list.empty() ? "" : ", ") + o;
    Unacceptable(name, "expected one of " + list);
  }
  return *v;
}

int64_t Params::OptionalId(const std::string& name) const {
  auto v = Get(name);
  if (!v || v->empty()) return 0;
  int64_t id = 0;
  if (!ParseEntityId(*v, &id)) Bad(name, "expected an entity id");
  return id;
}

int64_t Params::RequiredId(const std::string& name) const {
  if (!Get(name)) Bad(name, "required");
  return OptionalId(name);
}

std::vector<int64_t> Params::Seeds(const std::string& name) const {
  std::string v = Text(name, 1000);
  if (v.empty()) Bad(name, "required: one or more entity ids, comma-separated");
  std::vector<int64_t> out;
  size_t start = 0;
  while (start <= v.size()) {
    size_t comma = v.find(',', start);
    if (comma == std::string::npos) comma = v.size();
    int64_t id = 0;
    if (!ParseEntityId(v.substr(start, comma - start), &id)) Bad(name, "expected entity ids");
    out.push_back(id);
    start = comma + 1;
  }
  if (out.size() > 50) Unacceptable(name, "at most 50 seeds");
  return out;
}

nlohmann::json Params::Cursor() const {
  auto v = Get("cursor");
  if (!v) return nlohmann::json::object();
  std::string raw;
  nlohmann::json j;
  if (v->size() > 512 || !Base64UrlDecode(*v, &raw) ||
      !(j = nlohmann::json::parse(raw, nullptr, false)).is_object())
    Bad("cursor", "not a cursor this server issued");
  return j;
}

std::string Params::NextLink(const nlohmann::json& next) const {
  std::string link = path_ + "?";
  for (const auto& [k, v] : query_)
    if (k != "cursor") link += PercentEncode(k) + "=" + PercentEncode(v) + "&";
  return link + "cursor=" + Base64UrlEncode(next.dump());
}

void ReadEventFilter(const Params& p, store::EventFilter* f) {
  f->types = p.EventTypes("type");
  f->plover = p.Plover("plover");
  f->cameo_prefix = p.Cameo("cameo");
  f->from = p.Date("from");
  f->to = p.Date("to");
  f->participant = p.OptionalId("participant");
  f->country = p.Country("country");
  p.Dyad(f);
  f->as_of = p.AsOf();
}

int64_t PathId(const std::string& segment, const std::string& what) {
  int64_t id = 0;
  if (!ParseInt64(segment, &id) || id <= 0)
    throw Error(ErrorCode::kNotFound, "no " + what + " " + segment.substr(0, 40), "id");
  return id;
}

}  // namespace parley::query
