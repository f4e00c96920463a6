// The read-only SQL interface's answers as CSV and JSON, shared by
// GET/POST /api/v1/sql and `parley sql`.
//
// Thread-safe: pure functions.
#pragma once

#include <string>

#include "store/sql_query.h"

namespace parley::exports {

// {"columns": [...], "rows": [[...], ...], "truncated": bool, "row_count": N,
//  "elapsed_ms": x}; NULL is null, numbers are numbers, text is text.
std::string SqlAnswerJson(const store::SqlAnswer& answer);

// RFC 4180 with a header line and CRLF: text always quoted, numbers bare,
// NULL an empty field. Quoting does not stop pandas from reading "040" as
// 40; read codes with dtype=str (see server/export/README.md).
std::string SqlAnswerCsv(const store::SqlAnswer& answer);

}  // namespace parley::exports
