// Which storage backend the store-backed tests run against. By default
// SQLite (a file in the test's TempDir). With PARLEY_TEST_BACKEND=postgresql
// and PARLEY_TEST_PG_URL set (scripts/test.sh does both against a throwaway
// server) the same tests run against PostgreSQL, each in a schema of its own.
//
// Thread-safe: TestDb may be called from several threads.
#pragma once

#include <doctest/doctest.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <memory>
#include <random>
#include <string>

#include "store/pg_conn.h"
#include "store/sqlite_db.h"
#include "store/store.h"
#include "test_util.h"

namespace parley::testing {

// PARLEY_TEST_PG_URL (a postgresql:// URI), or "" when unset.
inline std::string PgTestUrl() {
  const char* url = std::getenv("PARLEY_TEST_PG_URL");
  return url ? url : "";
}

// True when this run's tests go to PostgreSQL.
inline bool PgBackend() {
  const char* backend = std::getenv("PARLEY_TEST_BACKEND");
  return backend && std::string(backend) == "postgresql" && !PgTestUrl().empty();
}

// A fresh schema name, unique across processes and calls.
inline std::string FreshSchema() {
  static std::atomic<int> next{0};
  std::random_device rd;
  return "t" + std::to_string(getpid()) + "_" + std::to_string(rd() % 1000000) + "_" +
         std::to_string(next++);
}

// The `db` setting for a new, empty graph: the file `name` in `dir`, or a
// new schema on the test server.
inline std::string TestDb(const TempDir& dir, const std::string& name) {
  if (!PgBackend()) return dir.File(name);
  return store::PgSchemaUrl(PgTestUrl(), FreshSchema());
}

inline std::unique_ptr<store::Store> OpenTestStore(const std::string& db,
                                                   const store::StoreOptions& options = {}) {
  return store::Store::Open(db, options);
}

// Runs `sql` (one statement, no parameters) on `db` behind the store's back
// (tests may look under the hood) and returns the first column of its first
// row, or -1 when it returns no row.
inline int64_t RawScalar(const std::string& db, const std::string& sql) {
  if (store::IsPostgresUrl(db)) {
    store::PgConn conn(db);
    auto r = conn.QueryOnce(sql);
    return r.Rows() > 0 && r.Cols() > 0 && !r.IsNull(0, 0) ? r.Int(0, 0) : -1;
  }
  store::SqliteDb conn(db, {});
  auto q = conn.Prepare(sql);
  return q.Step() ? q.Int(0) : -1;
}

// Skips the calling test (returns true, saying why) when it checks what only
// the SQLite backend has, such as its FTS5 tables.
inline bool SqliteOnly(const char* what) {
  if (!PgBackend()) return false;
  MESSAGE("skipped against PostgreSQL: " << std::string(what));
  return true;
}

}  // namespace parley::testing
