// The PostgreSQL backend's entry point (pg_store.cc: design notes there).
// Internal to store/: callers use Store::Open.
//
// Thread-safe: the Store it returns is (see store.h).
#pragma once

#include <memory>
#include <string>

#include "store/store.h"

namespace parley::store {

// Opens the graph at `db` (a libpq connection URI), migrating it when
// options.migrate. Throws Error with a one-line message when the server is
// unreachable or the schema is newer than this binary's.
std::unique_ptr<Store> OpenPgStore(const std::string& db, const StoreOptions& options);

}  // namespace parley::store
