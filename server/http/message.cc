// Request/Response helpers and target parsing.
#include "http/message.h"

#include "base/encoding.h"

#include <strings.h>

namespace parley::http {

std::string Request::Header(const std::string& name) const {
  auto it = headers.find(name);
  return it == headers.end() ? std::string() : it->second;
}

std::optional<std::string> Request::Param(const std::string& name) const {
  for (const auto& [k, v] : query)
    if (k == name) return v;
  return std::nullopt;
}

void Response::SetHeader(const std::string& name, const std::string& value) {
  for (auto& [k, v] : headers) {
    if (strcasecmp(k.c_str(), name.c_str()) == 0) {
      v = value;
      return;
    }
  }
  headers.emplace_back(name, value);
}

std::string Response::Header(const std::string& name) const {
  for (const auto& [k, v] : headers)
    if (strcasecmp(k.c_str(), name.c_str()) == 0) return v;
  return {};
}

bool ParseTarget(const std::string& target, std::string* path,
                 std::vector<std::pair<std::string, std::string>>* query) {
  if (target.empty() || target[0] != '/') return false;
  size_t qpos = target.find('?');
  if (!PercentDecode(target.substr(0, qpos), false, path)) return false;
  query->clear();
  if (qpos == std::string::npos) return true;
  std::string qs = target.substr(qpos + 1);
  size_t start = 0;
  while (start <= qs.size()) {
    size_t amp = qs.find('&', start);
    if (amp == std::string::npos) amp = qs.size();
    std::string part = qs.substr(start, amp - start);
    if (!part.empty()) {
      size_t eq = part.find('=');
      std::string k, v;
      if (!PercentDecode(part.substr(0, eq), true, &k)) return false;
      if (eq != std::string::npos && !PercentDecode(part.substr(eq + 1), true, &v)) return false;
      query->emplace_back(std::move(k), std::move(v));
    }
    start = amp + 1;
  }
  return true;
}

}  // namespace parley::http
