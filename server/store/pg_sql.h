// RunPgSql: the read-only SQL interface (store/sql_query.h) over a
// PostgreSQL database. Internal to store/.
//
// Thread-safe: each call opens a connection of its own.
#pragma once

#include <string>

#include "store/sql_query.h"

namespace parley::store {

// The schema holding the SQL interface's views for the graph in `schema`
// (migrations/postgresql/0002): "<schema>_sql".
std::string PgSqlViewSchema(const std::string& schema);

// Connects to `conninfo` and runs `request` in a READ ONLY transaction as
// the role parley_sql (which may read the views of PgSqlViewSchema(schema)
// and nothing of the graph's tables), with search_path set to that schema and
// pg_catalog, statement_timeout set to the request's limit, the statement
// behind a cursor (so the grammar admits only a SELECT without writing
// CTEs) fetched up to max_rows + 1 rows. SQLite-style parameters (?, ?NNN,
// :name, @name, $name) become PostgreSQL's $n outside literals, quoted
// identifiers and comments. Errors as Store::RunSql documents; kUnavailable
// when the role or the views are missing.
SqlAnswer RunPgSql(const std::string& conninfo, const std::string& schema,
                   const SqlRequest& request);

}  // namespace parley::store
