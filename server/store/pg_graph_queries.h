// The PostgreSQL backend's GraphQueries (pg_graph_queries.cc). Internal to
// store/.
//
// Not thread-safe: one instance per thread.
#pragma once

#include <functional>
#include <memory>

#include "store/graph_queries.h"
#include "store/pg_conn.h"

namespace parley::store {

// Graph reads on `db` in one snapshot; `release(broken)` hands the
// connection back when the object is destroyed.
std::unique_ptr<GraphQueries> NewPgGraphQueries(PgConn& db, std::function<void(bool)> release);

}  // namespace parley::store
