// SqliteGraphQueries factory: GraphQueries over one pooled SQLite
// connection. Internal to store/.
#pragma once

#include <functional>
#include <memory>

#include "store/graph_queries.h"
#include "store/sqlite_db.h"

namespace parley::store {

// Opens a read transaction on `db`; `release` runs when the object dies.
std::unique_ptr<GraphQueries> NewSqliteGraphQueries(SqliteDb& db, std::function<void()> release);

}  // namespace parley::store
