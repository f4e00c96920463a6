// Problem details (RFC 9457): every error response's body.
//
// Thread-safe: pure functions.
#pragma once

#include <string>

#include "http/message.h"

namespace parley::http {

// An application/problem+json response. `param` names the request parameter
// at fault, when one is. Never carries internal details.
Response Problem(int status, const std::string& detail, const std::string& instance,
                 const std::string& param = {});

// The RFC 9110 reason phrase for `status` ("Not Found").
const char* StatusTitle(int status);

}  // namespace parley::http
