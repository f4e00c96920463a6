// The OpenAPI 3.1 description of Parley's REST API, served at
// /api/v1/openapi.json. A test checks every registered route is described
// and that documented examples match real responses.
//
// Thread-safe: immutable after first use.
#pragma once

#include <nlohmann/json.hpp>

namespace parley::http {

const nlohmann::json& OpenApiDocument();

}  // namespace parley::http
