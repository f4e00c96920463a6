// Analysts' routes: GET /api/v1/aggregate (event counts and mean Goldstein
// grouped by period, dyad, codes and place; query/aggregate.h) and the
// read-only SQL interface GET/POST /api/v1/sql (store::Store::RunSql over the
// documented views of migration 0010). Parameters in, JSON or CSV out.
#include <algorithm>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <set>
#include <variant>

#include "base/error.h"
#include "export/sql_answer.h"
#include "http/app.h"
#include "query/aggregate.h"
#include "query/params.h"

namespace parley::http {
namespace {

using nlohmann::json;
using query::Params;

json Opt(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

std::vector<std::string> SplitList(const std::string& v) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= v.size()) {
    size_t comma = v.find(',', start);
    if (comma == std::string::npos) comma = v.size();
    out.push_back(v.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

json EntityRef(const query::AggregateResult& r, const std::string& id) {
  if (id.empty()) return nullptr;
  const int64_t n = std::stoll(id);
  auto it = r.entities.find(n);
  if (it == r.entities.end()) return {{"id", n}, {"name", nullptr}};
  return {{"id", n},
          {"name", it->second.name},
          {"type", it->second.type},
          {"country", Opt(it->second.country)}};
}

Response Aggregate(const ApiContext& ctx, const Request& req) {
  Params p(req, {"group_by", "bucket", "type", "plover", "cameo", "from", "to", "participant",
                 "location", "country", "dyad", "directed", "q", "limit", "as_of"});
  query::AggregateSpec spec;
  const std::string by = p.Text("group_by", 300);
  if (by.empty()) throw Error(ErrorCode::kInvalidArgument, "group_by is required", "group_by");
  for (const auto& k : SplitList(by)) {
    if (!query::IsAggregateKey(k)) {
      std::string list;
      for (const auto& a : query::AggregateKeys()) list += (list.empty() ? "" : ", ") + a;
      throw Error(ErrorCode::kUnprocessable,
                  "parameter 'group_by': unknown key '" + k.substr(0, 40) + "'; use " + list,
                  "group_by");
    }
    if (std::find(spec.group_by.begin(), spec.group_by.end(), k) != spec.group_by.end())
      throw Error(ErrorCode::kUnprocessable, "parameter 'group_by': '" + k + "' given twice",
                  "group_by");
    spec.group_by.push_back(k);
  }
  spec.bucket = p.OneOf("bucket", {"day", "week", "month", "quarter", "year"}, "month");
  query::ReadEventFilter(p, &spec.filter);
  spec.filter.location = p.OptionalId("location");
  spec.filter.q = p.Text("q", 200);
  spec.max_groups = p.Limit(std::min(10000, ctx.config.max_limit * 10), 100000);
  auto g = ctx.store.BeginGraph();
  const auto result = query::Aggregate(*g, spec);
  json items = json::array();
  for (const auto& grp : result.groups) {
    json item = json::object();
    for (size_t i = 0; i < spec.group_by.size(); ++i) {
      const auto& k = spec.group_by[i];
      const auto& v = grp.keys[i];
      if (k == "period") {
        item["period"] = Opt(v);
        item["period_precision"] = Opt(grp.period.precision);
        item["period_start"] = Opt(grp.period.start);
        item["period_end"] = Opt(grp.period.end);
      } else if (k == "source" || k == "target" || k == "place") {
        item[k] = EntityRef(result, v);
      } else if (k == "quad_class") {
        item[k] = v.empty() ? json(nullptr) : json(std::stoi(v));
      } else {
        item[k] = Opt(v);
      }
    }
    item["events"] = grp.events;
    item["goldstein_mean"] = grp.goldstein_count ? json(grp.GoldsteinMean()) : json(nullptr);
    item["goldstein_events"] = grp.goldstein_count;
    items.push_back(std::move(item));
  }
  Response r;
  r.body = json({{"group_by", spec.group_by},
                 {"bucket", spec.bucket},
                 {"items", items},
                 {"total_events", result.total_events},
                 {"truncated", result.truncated}})
               .dump(-1, ' ', false, json::error_handler_t::replace);
  return r;
}

store::SqlValue SqlValueOf(const json& j, const std::string& name) {
  if (j.is_null()) return std::monostate{};
  if (j.is_boolean()) return static_cast<int64_t>(j.get<bool>());
  if (j.is_number_integer()) return j.get<int64_t>();
  if (j.is_number()) return j.get<double>();
  if (j.is_string()) return j.get<std::string>();
  throw Error(ErrorCode::kUnprocessable,
              "parameter '" + name + "': a value must be a string, number, boolean or null", name);
}

Response Sql(const ApiContext& ctx, const Request& req) {
  if (!ctx.config.sql_enabled)
    throw Error(ErrorCode::kNotFound, "the SQL interface is disabled (setting sql_enabled)", "sql");
  store::SqlRequest sql;
  std::string format = "json";
  int limit = ctx.config.sql_max_rows;
  static const std::set<std::string> kReserved = {"sql", "format", "limit"};
  if (req.method == "POST") {
    // {"sql": "...", "params": {"name": v} | [v, ...], "format", "limit"}.
    const json body = json::parse(req.body, nullptr, false);
    if (!body.is_object() || !body.contains("sql") || !body["sql"].is_string())
      throw Error(ErrorCode::kInvalidArgument,
                  "expected a JSON object {\"sql\": \"SELECT ...\", \"params\": {...}}", "sql");
    for (const auto& [k, v] : body.items())
      if (k != "sql" && k != "params" && k != "format" && k != "limit")
        throw Error(ErrorCode::kInvalidArgument, "unknown member '" + k.substr(0, 40) + "'", k);
    sql.sql = body["sql"].get<std::string>();
    if (body.contains("params")) {
      const json& ps = body["params"];
      if (ps.is_array()) {
        for (const auto& v : ps) sql.positional.push_back(SqlValueOf(v, "params"));
      } else if (ps.is_object()) {
        for (const auto& [k, v] : ps.items()) sql.named.emplace_back(k, SqlValueOf(v, k));
      } else {
        throw Error(ErrorCode::kInvalidArgument, "params: expected an object or an array",
                    "params");
      }
    }
    if (body.contains("format")) {
      if (!body["format"].is_string())
        throw Error(ErrorCode::kInvalidArgument, "format: expected json or csv", "format");
      format = body["format"].get<std::string>();
    }
    if (body.contains("limit")) {
      if (!body["limit"].is_number_integer())
        throw Error(ErrorCode::kInvalidArgument, "limit: expected an integer", "limit");
      limit = body["limit"].get<int>();
    }
    if (!req.query.empty())
      throw Error(ErrorCode::kInvalidArgument, "POST takes its parameters in the body",
                  req.query.front().first);
  } else {
    // GET: sql, format, limit; every other parameter binds :name as text.
    for (const auto& [k, v] : req.query) {
      if (kReserved.count(k)) continue;
      sql.named.emplace_back(k, v);
    }
    sql.sql = req.Param("sql").value_or("");
    format = req.Param("format").value_or("json");
    if (auto l = req.Param("limit")) {
      char* end = nullptr;
      const long n = std::strtol(l->c_str(), &end, 10);
      if (l->empty() || *end)
        throw Error(ErrorCode::kInvalidArgument, "limit: expected an integer", "limit");
      limit = static_cast<int>(std::clamp<long>(n, -1, 1 << 30));
    }
  }
  if (sql.sql.empty()) throw Error(ErrorCode::kInvalidArgument, "sql is required", "sql");
  if (format != "json" && format != "csv")
    throw Error(ErrorCode::kUnprocessable, "format: expected json or csv", "format");
  if (limit < 1 || limit > ctx.config.sql_max_rows)
    throw Error(ErrorCode::kUnprocessable,
                "limit: must be between 1 and " + std::to_string(ctx.config.sql_max_rows), "limit");
  sql.max_rows = limit;
  sql.timeout_ms = ctx.config.sql_timeout_ms;
  const store::SqlAnswer answer = ctx.store.RunSql(sql);
  Response r;
  if (format == "csv") {
    r.content_type = "text/csv; charset=utf-8";
    r.body = exports::SqlAnswerCsv(answer);
    r.SetHeader("X-Truncated", answer.truncated ? "true" : "false");
  } else {
    r.body = exports::SqlAnswerJson(answer);
  }
  // The answer depends on the data only; a POST is not cached by the App.
  return r;
}

}  // namespace

void RegisterAnalystRoutes(Router& router, const ApiContext& ctx) {
  router.Add("GET", "/api/v1/aggregate",
             [&ctx](const Request& req, const PathParams&) { return Aggregate(ctx, req); });
  router.Add("GET", "/api/v1/sql",
             [&ctx](const Request& req, const PathParams&) { return Sql(ctx, req); });
  router.Add("POST", "/api/v1/sql",
             [&ctx](const Request& req, const PathParams&) { return Sql(ctx, req); });
}

}  // namespace parley::http
