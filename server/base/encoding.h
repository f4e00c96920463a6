// Encodings of strings for URLs: percent-encoding (RFC 3986) and unpadded
// base64url (RFC 4648 section 5), used for query strings and opaque cursors.
//
// Thread-safe: pure functions.
#pragma once

#include <string>

namespace parley {

// Percent-decodes `in` ('+' as space when `plus_is_space`). False on a
// malformed escape or a decoded NUL.
bool PercentDecode(const std::string& in, bool plus_is_space, std::string* out);

// Percent-encodes a query component (unreserved characters stay).
std::string PercentEncode(const std::string& in);

// Unpadded base64url.
std::string Base64UrlEncode(const std::string& in);
// False on characters outside the URL-safe alphabet or a bad length.
bool Base64UrlDecode(const std::string& in, std::string* out);

}  // namespace parley
