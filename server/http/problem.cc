// Problem details bodies.
#include "http/problem.h"

#include <nlohmann/json.hpp>

namespace parley::http {

const char* StatusTitle(int status) {
  switch (status) {
    case 200:
      return "OK";
    case 201:
      return "Created";
    case 204:
      return "No Content";
    case 304:
      return "Not Modified";
    case 400:
      return "Bad Request";
    case 401:
      return "Unauthorized";
    case 403:
      return "Forbidden";
    case 404:
      return "Not Found";
    case 405:
      return "Method Not Allowed";
    case 408:
      return "Request Timeout";
    case 409:
      return "Conflict";
    case 413:
      return "Content Too Large";
    case 415:
      return "Unsupported Media Type";
    case 422:
      return "Unprocessable Content";
    case 429:
      return "Too Many Requests";
    case 431:
      return "Request Header Fields Too Large";
    case 500:
      return "Internal Server Error";
    case 501:
      return "Not Implemented";
    case 503:
      return "Service Unavailable";
    case 505:
      return "HTTP Version Not Supported";
    case 507:
      return "Insufficient Storage";
    default:
      return "Error";
  }
}

Response Problem(int status, const std::string& detail, const std::string& instance,
                 const std::string& param) {
  nlohmann::json j = {{"type", "about:blank"},
                      {"title", StatusTitle(status)},
                      {"status", status},
                      {"detail", detail}};
  if (!instance.empty()) j["instance"] = instance;
  if (!param.empty()) j["param"] = param;
  Response r;
  r.status = status;
  r.content_type = "application/problem+json";
  r.body = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return r;
}

}  // namespace parley::http
