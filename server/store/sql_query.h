// The read-only SQL interface's request and answer (GET/POST /api/v1/sql,
// `parley sql`): one SELECT over the documented views of migration 0010
// (entities, events, participants, evidence, documents, dyads), parameters
// bound by name or position, never interpolated. Store::RunSql runs it; a
// backend that cannot confine a query to the views refuses (kUnavailable).
//
// Thread-safe: plain values.
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace parley::store {

// NULL, INTEGER, REAL or TEXT (a BLOB comes back as its bytes in TEXT).
using SqlValue = std::variant<std::monostate, int64_t, double, std::string>;

struct SqlRequest {
  std::string sql;
  // Positional values for ?, ?NNN; named values for :name, @name, $name
  // (`name` without its sigil). A parameter the statement names must be
  // given; a value given for no parameter is an error too (a typo).
  std::vector<SqlValue> positional;
  std::vector<std::pair<std::string, SqlValue>> named;
  int max_rows = 1000;    // rows beyond are not read; `truncated` says so
  int timeout_ms = 2000;  // the statement is interrupted after this long
};

struct SqlAnswer {
  std::vector<std::string> columns;
  std::vector<std::vector<SqlValue>> rows;
  bool truncated = false;  // more rows than max_rows
  int64_t elapsed_us = 0;
};

// The view names a query may read, as analysts write them.
inline const std::vector<std::string>& SqlViews() {
  static const std::vector<std::string> kViews = {"entities", "events",    "participants",
                                                  "evidence", "documents", "dyads"};
  return kViews;
}

}  // namespace parley::store
