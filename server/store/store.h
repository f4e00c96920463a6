// Store: the one door to persistent storage. Ingestion and HTTP code see only
// this interface, WriteTxn and ReadTxn; the SQLite implementation lives
// behind it (sqlite_store.cc) and a PostgreSQL one could sit beside it.
//
// Thread-safe: one writer at a time (BeginWrite serialises), any number of
// readers, each with its own connection from a pool; readers never wait on
// the writer (WAL snapshots).
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "store/graph_queries.h"
#include "store/read_txn.h"
#include "store/rows.h"
#include "store/scan_txn.h"
#include "store/sql_query.h"
#include "store/write_txn.h"

namespace parley::store {

struct StoreOptions {
  int read_connections = 4;  // the pool BeginRead and BeginGraph take from
  // Scans (BeginScan: exports, the change feed) take connections from a pool
  // of their own, opened on demand up to this many, so that long streams can
  // never starve short requests of a connection.
  int scan_connections = 32;
  // How long BeginRead/BeginGraph/BeginScan wait for a free connection before
  // they give up with Error(kUnavailable) (HTTP 503 with Retry-After): a
  // bounded wait, so a full pool slows requests down but never hangs them.
  int acquire_timeout_ms = 2000;
  bool migrate = true;  // apply pending migrations on open
  // A missing database file is created (false: Error kInvalidArgument, for
  // commands that only read: a mistyped --db must not leave an empty
  // database behind).
  bool create = true;
  // A missing parent directory is created (false: Error kInvalidArgument).
  bool create_dirs = true;
  int busy_timeout_ms = 5000;
};

class Store {
 public:
  virtual ~Store() = default;

  // Opens (creating if needed) the SQLite database at `path`, migrating it
  // when options.migrate. Throws Error with a one-line message when the path
  // can't be opened or written, or the schema is newer than this binary's.
  static std::unique_ptr<Store> OpenSqlite(const std::string& path, const StoreOptions& options);

  // Starts the write transaction, waiting for the previous writer to finish.
  virtual std::unique_ptr<WriteTxn> BeginWrite() = 0;
  // A read-only snapshot on a pooled connection; returned to the pool on
  // destruction. Waits at most options.acquire_timeout_ms when every pooled
  // connection is in use, then throws Error(kUnavailable).
  virtual std::unique_ptr<ReadTxn> BeginRead() = 0;
  // A read-only snapshot for streaming whole tables (exports, change feed),
  // on a connection of the scan pool (not the request pool); the same
  // bounded wait.
  virtual std::unique_ptr<ScanTxn> BeginScan() = 0;
  // A snapshot for the REST API's graph queries; from the request pool.
  virtual std::unique_ptr<GraphQueries> BeginGraph() = 0;

  // Runs one read-only SELECT over the views of store/sql_query.h on a
  // connection of its own that can read nothing else and write nothing
  // (SQLite: a read-only connection, an authorizer, a progress handler for
  // the time limit). Throws Error: kInvalidArgument (param "sql") for SQL
  // that is not one SELECT over the views or does not compile,
  // kUnprocessable for a missing or unused parameter or a query that ran out
  // of time, kUnavailable when the backend offers no SQL interface (the
  // default).
  virtual SqlAnswer RunSql(const SqlRequest& request);

  // A number that changes after every committed write: at once for writes
  // through this Store, within kExternalPollMs for writes by other processes
  // (a `parley ingest` beside the server). Cheap enough to call per request;
  // response caches key on it.
  virtual uint64_t DataVersion() = 0;
  static constexpr int kExternalPollMs = 100;

  // Why writes are failing or bound to fail, in one line ("the disk holding
  // the database is full", "the database is read-only"), or "" when nothing
  // is known to stop them: the last write failed for want of storage and
  // none has succeeded since, or the file system is read-only or out of
  // space. Cheap (what it checks on disk it checks at most once a second);
  // /health reports it.
  virtual std::string WriteProblem() { return {}; }

  virtual int SchemaVersion() = 0;
  virtual int NewestSchemaVersion() const = 0;
  virtual std::string Backend() const = 0;
  // Runs the backend's integrity check; "ok" when sound.
  virtual std::string IntegrityCheck() = 0;
  // Closes connections after in-flight transactions finish.
  virtual void Close() = 0;
};

}  // namespace parley::store
