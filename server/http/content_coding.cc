// Accept-Encoding parsing.
#include "http/content_coding.h"

#include <cctype>
#include <charconv>
#include <string>

namespace parley::http {

namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool EqualsNoCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  return true;
}

// q of one list member's parameters (";q=0.5"); 1 without one, 0 when bad.
double Quality(std::string_view params) {
  double q = 1.0;
  while (!params.empty()) {
    const size_t semi = params.find(';');
    std::string_view p = Trim(params.substr(0, semi));
    params = semi == std::string_view::npos ? std::string_view() : params.substr(semi + 1);
    if (p.size() < 2 || std::tolower(static_cast<unsigned char>(p[0])) != 'q' || p[1] != '=')
      continue;
    p.remove_prefix(2);
    // RFC 9110: 0 to 1 with at most three decimals.
    if (p.empty() || p.size() > 5 || (p[0] != '0' && p[0] != '1')) return 0;
    double v = 0;
    auto [end, ec] = std::from_chars(p.data(), p.data() + p.size(), v);
    if (ec != std::errc() || end != p.data() + p.size() || v < 0 || v > 1) return 0;
    q = v;
  }
  return q;
}

}  // namespace

double EncodingQuality(std::string_view header, std::string_view coding) {
  double own = -1, star = -1;
  while (!header.empty()) {
    const size_t comma = header.find(',');
    std::string_view member = Trim(header.substr(0, comma));
    header = comma == std::string_view::npos ? std::string_view() : header.substr(comma + 1);
    if (member.empty()) continue;
    const size_t semi = member.find(';');
    const std::string_view name = Trim(member.substr(0, semi));
    const double q = semi == std::string_view::npos ? 1.0 : Quality(member.substr(semi + 1));
    if (EqualsNoCase(name, coding))
      own = own < 0 ? q : std::max(own, q);
    else if (name == "*")
      star = q;
  }
  if (own >= 0) return own;
  if (star >= 0) return star;
  return EqualsNoCase(coding, "identity") ? 1.0 : 0.0;
}

bool PrefersGzip(std::string_view accept_encoding) {
  const double gzip = EncodingQuality(accept_encoding, "gzip");
  if (gzip <= 0) return false;
  // Identity is acceptable by default but has no quality unless listed: only
  // an explicit "identity;q=..." above gzip's q keeps the answer plain.
  bool listed = false;
  for (std::string_view h = accept_encoding; !h.empty();) {
    const size_t comma = h.find(',');
    const std::string_view member = Trim(h.substr(0, comma));
    h = comma == std::string_view::npos ? std::string_view() : h.substr(comma + 1);
    listed |= EqualsNoCase(Trim(member.substr(0, member.find(';'))), "identity");
  }
  return !listed || gzip >= EncodingQuality(accept_encoding, "identity");
}

}  // namespace parley::http
