// Content-coding negotiation (RFC 9110 section 12.5.3): how much a client's
// Accept-Encoding header wants a coding, with q-values, "*" and "identity".
//
// Thread-safe: pure functions.
#pragma once

#include <string_view>

namespace parley::http {

// The quality (0 to 1) that `accept_encoding` gives `coding` ("gzip"): its
// own entry's q, else the "*" entry's, else 0 — except "identity", which is
// acceptable (q 1) unless excluded by "identity;q=0" or "*;q=0". An empty
// or absent header accepts identity only. Malformed q-values count as 0.
double EncodingQuality(std::string_view accept_encoding, std::string_view coding);

// True when gzip is acceptable (q > 0) and, if identity is listed with a
// q-value, at least as wanted as identity.
bool PrefersGzip(std::string_view accept_encoding);

}  // namespace parley::http
