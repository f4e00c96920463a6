// RunSqliteSql: the read-only SQL interface over a SQLite database file.
// Internal to store/.
//
// Thread-safe: each call opens a connection of its own.
#pragma once

#include <string>

#include "store/sql_query.h"

namespace parley::store {

// Opens `path` read-only, names the analyst_* views of migration 0010 as
// SqlViews() (temporary views, searched before the tables), installs an
// authorizer that allows SELECT, reads through those views and ordinary
// functions only, and runs `request` under its time limit.
SqlAnswer RunSqliteSql(const std::string& path, const SqlRequest& request);

}  // namespace parley::store
