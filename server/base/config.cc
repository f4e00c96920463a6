// Config parsing: one table of keys drives the JSON file, the environment and
// flags, so the three can never disagree about names or types.
#include "base/config.h"

#include <charconv>
#include <fstream>
#include <map>

#include <nlohmann/json.hpp>

#include "base/error.h"

namespace parley {
namespace {

using json = nlohmann::json;

[[noreturn]] void Bad(const std::string& key, const std::string& why) {
  throw Error(ErrorCode::kInvalidArgument, "config key '" + key + "': " + why, key);
}

int64_t ParseInt(const std::string& key, const std::string& v, int64_t lo, int64_t hi) {
  int64_t out = 0;
  auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
  if (ec != std::errc() || p != v.data() + v.size())
    Bad(key, "expected an integer, got '" + v + "'");
  if (out < lo || out > hi)
    Bad(key, std::to_string(out) + " is out of range [" + std::to_string(lo) + ", " +
                 std::to_string(hi) + "]");
  return out;
}

bool ParseBool(const std::string& key, const std::string& v) {
  if (v == "true" || v == "1" || v == "yes") return true;
  if (v == "false" || v == "0" || v == "no") return false;
  Bad(key, "expected true or false, got '" + v + "'");
}

struct Key {
  // Applies a string value (environment/flag).
  std::function<void(Config&, const std::string&)> from_string;
  // Applies a JSON value, checking its type.
  std::function<void(Config&, const json&)> from_json;
};

Key IntKey(int Config::*field, int64_t lo, int64_t hi, const char* name) {
  return {[=](Config& c, const std::string& v) {
            c.*field = static_cast<int>(ParseInt(name, v, lo, hi));
          },
          [=](Config& c, const json& j) {
            if (!j.is_number_integer()) Bad(name, "expected an integer");
            c.*field = static_cast<int>(ParseInt(name, j.dump(), lo, hi));
          }};
}

Key BoolKey(bool Config::*field, const char* name) {
  return {[=](Config& c, const std::string& v) { c.*field = ParseBool(name, v); },
          [=](Config& c, const json& j) {
            if (!j.is_boolean()) Bad(name, "expected true or false");
            c.*field = j.get<bool>();
          }};
}

Key StringKey(std::string Config::*field, const char* name,
              const std::vector<std::string>& allowed = {}) {
  auto check = [=](const std::string& v) {
    if (allowed.empty()) return;
    for (const auto& a : allowed)
      if (a == v) return;
    std::string list;
    for (const auto& a : allowed) list += (list.empty() ? "" : "|") + a;
    Bad(name, "'" + v + "' is not one of " + list);
  };
  return {[=](Config& c, const std::string& v) {
            check(v);
            c.*field = v;
          },
          [=](Config& c, const json& j) {
            if (!j.is_string()) Bad(name, "expected a string");
            check(j.get<std::string>());
            c.*field = j.get<std::string>();
          }};
}

const std::map<std::string, Key>& Table() {
  static const std::map<std::string, Key> table = [] {
    std::map<std::string, Key> t;
    t["host"] = StringKey(&Config::host, "host");
    t["port"] = IntKey(&Config::port, 0, 65535, "port");
    t["db"] = StringKey(&Config::db, "db");
    t["read_db"] = StringKey(&Config::read_db, "read_db");
    t["db_pool"] = IntKey(&Config::db_pool, 0, 1000, "db_pool");
    t["threads"] = IntKey(&Config::threads, 0, 256, "threads");
    t["body_limit"] = {
        [](Config& c, const std::string& v) {
          c.body_limit = static_cast<size_t>(ParseInt("body_limit", v, 1024, int64_t{1} << 32));
        },
        [](Config& c, const json& j) {
          if (!j.is_number_integer()) Bad("body_limit", "expected an integer");
          c.body_limit =
              static_cast<size_t>(ParseInt("body_limit", j.dump(), 1024, int64_t{1} << 32));
        }};
    t["timeout_seconds"] = IntKey(&Config::timeout_seconds, 1, 3600, "timeout_seconds");
    t["max_connections"] = IntKey(&Config::max_connections, 1, 1000000, "max_connections");
    t["max_pipelined"] = IntKey(&Config::max_pipelined, 1, 10000, "max_pipelined");
    t["write_token"] = StringKey(&Config::write_token, "write_token");
    t["read_requires_token"] = BoolKey(&Config::read_requires_token, "read_requires_token");
    t["cors_origins"] = {[](Config& c, const std::string& v) {
                           c.cors_origins.clear();
                           size_t start = 0;
                           while (start <= v.size()) {
                             size_t comma = v.find(',', start);
                             if (comma == std::string::npos) comma = v.size();
                             if (comma > start)
                               c.cors_origins.push_back(v.substr(start, comma - start));
                             start = comma + 1;
                           }
                         },
                         [](Config& c, const json& j) {
                           if (!j.is_array()) Bad("cors_origins", "expected an array of strings");
                           c.cors_origins.clear();
                           for (const auto& o : j) {
                             if (!o.is_string())
                               Bad("cors_origins", "expected an array of strings");
                             c.cors_origins.push_back(o.get<std::string>());
                           }
                         }};
    t["log_level"] = StringKey(&Config::log_level, "log_level",
                               {"trace", "debug", "info", "warn", "error", "off"});
    t["log_format"] = StringKey(&Config::log_format, "log_format", {"text", "json"});
    t["web_root"] = StringKey(&Config::web_root, "web_root");
    t["dict_dir"] = StringKey(&Config::dict_dir, "dict_dir");
    t["models_dir"] = StringKey(&Config::models_dir, "models_dir");
    t["docs_dir"] = StringKey(&Config::docs_dir, "docs_dir");
    t["max_graph_depth"] = IntKey(&Config::max_graph_depth, 1, 6, "max_graph_depth");
    t["max_limit"] = IntKey(&Config::max_limit, 1, 100000, "max_limit");
    t["cache_mb"] = IntKey(&Config::cache_mb, 0, 1 << 20, "cache_mb");
    t["max_streams"] = IntKey(&Config::max_streams, 1, 4096, "max_streams");
    t["sql_enabled"] = BoolKey(&Config::sql_enabled, "sql_enabled");
    t["sql_timeout_ms"] = IntKey(&Config::sql_timeout_ms, 10, 600000, "sql_timeout_ms");
    t["sql_max_rows"] = IntKey(&Config::sql_max_rows, 1, 1000000, "sql_max_rows");
    t["base_url"] = StringKey(&Config::base_url, "base_url");
    return t;
  }();
  return table;
}

}  // namespace

const std::vector<std::string>& ConfigKeys() {
  static const std::vector<std::string> keys = [] {
    std::vector<std::string> k;
    for (const auto& [name, _] : Table()) k.push_back(name);
    return k;
  }();
  return keys;
}

void SetConfigKey(Config& config, const std::string& key, const std::string& value) {
  auto it = Table().find(key);
  if (it == Table().end()) Bad(key, "unknown key");
  it->second.from_string(config, value);
}

void ApplyConfigJson(Config& config, const json& object) {
  if (!object.is_object())
    throw Error(ErrorCode::kInvalidArgument, "config: expected a JSON object at the top level");
  for (const auto& [key, value] : object.items()) {
    if (!key.empty() && key[0] == '$') continue;  // "$comment" and the like
    auto it = Table().find(key);
    if (it == Table().end()) Bad(key, "unknown key");
    it->second.from_json(config, value);
  }
}

void ApplyConfigFile(Config& config, const std::string& path) {
  std::ifstream in(path);
  if (!in) throw Error(ErrorCode::kInvalidArgument, "config: cannot read " + path);
  json j = json::parse(in, nullptr, false);
  if (j.is_discarded())
    throw Error(ErrorCode::kInvalidArgument, "config: " + path + " is not valid JSON");
  ApplyConfigJson(config, j);
}

void ApplyConfigEnv(Config& config, const std::function<const char*(const char*)>& getenv) {
  for (const auto& [key, entry] : Table()) {
    std::string var = "PARLEY_";
    for (char ch : key)
      var.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(ch))));
    if (const char* v = getenv(var.c_str())) {
      try {
        entry.from_string(config, v);
      } catch (const Error& e) {
        throw Error(ErrorCode::kInvalidArgument, std::string(e.what()) + " (from " + var + ")",
                    key);
      }
    }
  }
}

void ValidateConfig(const Config& config) {
  if (config.db.empty()) Bad("db", "must not be empty");
  if (config.host.empty()) Bad("host", "must not be empty");
}

}  // namespace parley
