// The one JSON shape of an event: what the REST API answers (lists, details,
// search) and what every line of the NDJSON export holds. Field names are a
// contract with the web UI, the Python client and analysts' scripts: add
// fields, never rename them.
//
// Thread-safe: pure functions.
#pragma once

#include <nlohmann/json.hpp>

#include "store/scan_txn.h"

namespace parley::exports {

// id, type, label, cameo (+ cameo_base, cameo_root), plover, plover_mode,
// goldstein (null without a CAMEO code), quad_class, date, date_precision,
// location {id, name, country} or null, participants [{id, name, type, role,
// country, sector, actor_code}], source_actor_code, target_actor_code,
// topic, quote, confidence, mentions, documents, sources, first_seen,
// last_seen. Empty strings are null; invalid UTF-8 is replaced.
nlohmann::json EventJson(const store::EventDetail& event);

// The entity fields every entity listing shows: id, name, type, country,
// sector, actor_code, event_count, mention_count.
nlohmann::json EntitySummaryJson(const store::EntityRow& entity);

}  // namespace parley::exports
