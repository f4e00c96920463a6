// SqliteDb: a thin RAII wrapper over one sqlite3 connection with a cache of
// prepared statements. Internal to store/ (the only module that includes
// sqlite3.h).
//
// Not thread-safe: one connection belongs to one thread at a time.
#pragma once

#include <sqlite3.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/error.h"

namespace parley::store {

class SqliteDb;

// A prepared statement borrowed from the cache; reset and cleared when the
// Query goes out of scope so the next user finds it fresh.
class Query {
 public:
  Query(sqlite3_stmt* stmt, SqliteDb* db) : stmt_(stmt), db_(db) {}
  Query(const Query&) = delete;
  Query& operator=(const Query&) = delete;
  ~Query();

  // Binds are 1-based, like sqlite3_bind_*. Empty optional or nullptr → NULL.
  Query& Bind(int i, int64_t v);
  Query& Bind(int i, int v) { return Bind(i, static_cast<int64_t>(v)); }
  Query& Bind(int i, double v);
  Query& Bind(int i, std::string_view v);
  Query& Bind(int i, const std::string& v) { return Bind(i, std::string_view(v)); }
  Query& Bind(int i, const char* v) { return Bind(i, std::string_view(v)); }
  Query& Bind(int i, std::nullptr_t);
  // Binds NULL for an empty string: optional text columns store NULL.
  Query& BindText(int i, std::string_view v);
  // Binds NULL for 0: optional foreign keys store NULL.
  Query& BindId(int i, int64_t v);

  // Steps once. True when a row is ready; false when done. Throws Error on
  // failure (kUnavailable for SQLITE_BUSY, kConflict for constraints).
  bool Step();
  // Steps to completion, expecting no rows.
  void Run();
  // Rewinds and clears bindings so the statement can run again.
  void Reset();

  int64_t Int(int col) const { return sqlite3_column_int64(stmt_, col); }
  double Real(int col) const { return sqlite3_column_double(stmt_, col); }
  bool IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
  std::string Text(int col) const;
  // The column's text without a copy: valid until the next Step or Reset.
  std::string_view TextView(int col) const;
  int Columns() const { return sqlite3_column_count(stmt_); }

 private:
  sqlite3_stmt* stmt_;
  SqliteDb* db_;
};

class SqliteDb {
 public:
  struct Options {
    bool read_only = false;
    bool create = true;
    int busy_timeout_ms = 5000;
  };
  // Opens `path` and applies the connection pragmas (WAL, foreign_keys,
  // busy_timeout). Throws Error with a one-line message naming the path.
  SqliteDb(const std::string& path, const Options& options);
  ~SqliteDb();
  SqliteDb(const SqliteDb&) = delete;
  SqliteDb& operator=(const SqliteDb&) = delete;

  // Runs one or more statements with no results. Throws Error on failure.
  void Exec(std::string_view sql);
  // A cached prepared statement for `sql` (which must be a single statement).
  Query Prepare(const std::string& sql);
  // The same for a string literal, cached by its address: the hot write path
  // runs hundreds of thousands of statements, and copying and hashing their
  // text cost more than some of them. Literals only (static storage).
  template <size_t N>
  Query Prepare(const char (&sql)[N]) {
    return PrepareLiteral(sql, N - 1);
  }
  int64_t LastInsertId() const { return sqlite3_last_insert_rowid(db_); }
  int Changes() const { return sqlite3_changes(db_); }
  sqlite3* raw() { return db_; }
  const std::string& path() const { return path_; }

  // Throws the Error matching a sqlite result code. Its message says what
  // went wrong in words a client may read; the database's own message and
  // the statement (`what`), which name tables and SQL, go to the log.
  [[noreturn]] void Fail(int rc, std::string_view what);

  // Called (on the failing thread, before Fail throws) with every storage
  // error of this connection: disk full, read-only, I/O error.
  void OnStorageError(std::function<void(ErrorCode, const std::string&)> hook) {
    storage_error_hook_ = std::move(hook);
  }

 private:
  Query PrepareLiteral(const char* sql, size_t size);

  std::function<void(ErrorCode, const std::string&)> storage_error_hook_;

  sqlite3* db_ = nullptr;
  std::string path_;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
  std::unordered_map<const char*, sqlite3_stmt*> literal_cache_;
};

// RAII transaction: BEGIN IMMEDIATE (writers) or BEGIN (readers); rolls back
// in the destructor unless Commit() ran.
class Transaction {
 public:
  Transaction(SqliteDb& db, bool immediate);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void Commit();

 private:
  SqliteDb& db_;
  bool open_ = true;
};

}  // namespace parley::store
