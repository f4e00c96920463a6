// Request and Response: HTTP messages as plain values, so routing and
// handlers are testable without sockets or Beast types.
//
// Thread-safe: plain values.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace parley::http {

struct Request {
  std::string method;                                      // "GET"
  std::string target;                                      // "/api/v1/entities?q=x" as sent
  std::string path;                                        // "/api/v1/entities", percent-decoded
  std::vector<std::pair<std::string, std::string>> query;  // decoded, in order
  std::map<std::string, std::string> headers;              // lower-case names
  std::string body;
  std::string request_id;
  std::string remote;

  // The header's value, or "" when absent. `name` is lower-case.
  std::string Header(const std::string& name) const;
  // The first value of query parameter `name`, if present.
  std::optional<std::string> Param(const std::string& name) const;
};

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  // A streamed body (exports, feeds): called repeatedly; each call appends
  // the next piece to *chunk and returns false after the last one. Sent with
  // chunked transfer encoding, so memory stays flat however large the
  // answer. Throwing ends the connection mid-stream. `body` is ignored.
  std::function<bool(std::string* chunk)> stream;
  // For streams that wait for news (server-sent events): when > 0, a call
  // that returns true without appending anything means "nothing yet"; the
  // server sends what it has and calls again after this many milliseconds,
  // holding no thread meanwhile. Each call that appends is sent at once.
  int stream_idle_ms = 0;

  void SetHeader(const std::string& name, const std::string& value);
  // The header's value (case-insensitive name), or "".
  std::string Header(const std::string& name) const;
};

// Splits a request target into a decoded path and query parameters. Returns
// false when the target is malformed (bad percent-encoding, NUL bytes, not
// starting with '/').
bool ParseTarget(const std::string& target, std::string* path,
                 std::vector<std::pair<std::string, std::string>>* query);

}  // namespace parley::http
