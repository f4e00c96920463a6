// Config: the server's settings, from config/parley.json, PARLEY_* environment
// variables and command-line flags, applied in that order (last wins).
//
// Thread-safe: a plain value; build it once at start-up, then share it const.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace parley {

struct Config {
  std::string host = "127.0.0.1";
  int port = 8080;
  // A SQLite path, or a postgresql:// URI (libpq) for a PostgreSQL database
  // that several servers and ingesters share.
  std::string db = "data/parley.db";
  std::string read_db;                  // PostgreSQL replica for reads (empty: read from db)
  int db_pool = 0;                      // read connections per server (0: from threads)
  int threads = 0;                      // 0: one per core
  size_t body_limit = 8 * 1024 * 1024;  // bytes per request body
  int timeout_seconds = 30;             // per socket read/write
  int max_connections = 1024;
  int max_pipelined = 1000;  // requests answered per connection before close
  std::string write_token;   // empty: writes are refused
  bool read_requires_token = false;
  std::vector<std::string> cors_origins;
  std::string log_level = "info";   // trace|debug|info|warn|error|off
  std::string log_format = "text";  // text|json
  std::string web_root;             // empty: <home>/web/dist
  std::string dict_dir;             // empty: <home>/config
  std::string models_dir;           // empty: <home>/models; "none": no trained models
  std::string docs_dir;             // Redoc's bundles/ for /docs; empty:
                                    // <home>/tools/apidocs/node_modules/redoc/bundles
  int max_graph_depth = 3;
  int max_limit = 1000;
  int cache_mb = 64;  // response cache for GET /api/...; 0 disables it
  // Streamed answers (exports, change streams) open at once; more get 503.
  // Each holds a database connection of the scan pool while it runs.
  int max_streams = 32;
  // The read-only SQL interface (/api/v1/sql, `parley sql`): on or off, the
  // time one query may run, and the most rows one answer holds.
  bool sql_enabled = true;
  int sql_timeout_ms = 2000;
  int sql_max_rows = 10000;
  // The absolute URL the server is reached at ("https://parley.example.org"),
  // for absolute IRIs in JSON-LD; empty: taken from the request's Host.
  std::string base_url;
};

// Every key Config understands, as spelled in the JSON file; the environment
// variable is PARLEY_ + the key in upper case.
const std::vector<std::string>& ConfigKeys();

// Sets `key` from a string (environment or flag). Throws Error
// (kInvalidArgument) with a one-line message naming the key on an unknown key
// or a value of the wrong type or range.
void SetConfigKey(Config& config, const std::string& key, const std::string& value);

// Applies a JSON object of settings. Throws Error on unknown keys, wrong
// types and out-of-range values.
void ApplyConfigJson(Config& config, const nlohmann::json& object);

// Reads and applies a JSON config file. Throws Error when it can't be read or
// parsed, naming the path.
void ApplyConfigFile(Config& config, const std::string& path);

// Applies every PARLEY_<KEY> variable that `getenv` returns a value for.
void ApplyConfigEnv(Config& config, const std::function<const char*(const char*)>& getenv);

// Checks cross-field constraints; throws Error with a one-line message.
void ValidateConfig(const Config& config);

}  // namespace parley
