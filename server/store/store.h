// Store: the one door to persistent storage. Ingestion and HTTP code see only
// this interface, WriteTxn, ReadTxn, ScanTxn and GraphQueries; behind it sit
// SQLite (sqlite_store.cc, a file) and PostgreSQL (pg_store.cc, a server
// several processes share), chosen by the `db` setting in Store::Open.
//
// Thread-safe: one writer at a time (BeginWrite serialises; with PostgreSQL
// across every process on the database too), any number of readers, each
// with its own connection from a pool; readers never wait on the writer
// (snapshots).
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
  // PostgreSQL only: a replica for reads (libpq URI; empty = the primary).
  // Reads after a write through this Store go to the primary until the
  // replica has replayed it (read-your-writes).
  std::string read_db;
  // PostgreSQL only: how long BeginWrite waits for another process's write
  // transaction before it fails with Error(kUnavailable).
  int write_wait_ms = 60000;
};

// True when `db` names a PostgreSQL database (postgresql:// or postgres://),
// false for a SQLite path.
bool IsPostgresUrl(const std::string& db);
// `db` for messages and logs: a SQLite path as is, a PostgreSQL URI without
// its password or options (postgresql://user@host:port/dbname).
std::string DescribeDb(const std::string& db);
// PostgreSQL only, for tests and tools that keep several graphs in one
// database: `db` (a postgresql:// URI) with its search_path set to `schema`,
// which is created when missing. `schema` is [a-z0-9_]+, else
// Error(kInvalidArgument); an unreachable server is Error(kUnavailable).
std::string PgSchemaUrl(const std::string& db, const std::string& schema);

class Store {
 public:
  virtual ~Store() = default;

  // Opens the graph the `db` setting names: a postgresql:// URI (libpq) is
  // PostgreSQL, anything else a SQLite path. Throws Error with a one-line
  // message when it can't be opened, the server is unreachable, or the
  // schema is newer than this binary's; kInvalidArgument for read_db
  // without PostgreSQL.
  static std::unique_ptr<Store> Open(const std::string& db, const StoreOptions& options);
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
  // (a `parley ingest` beside the server, another server on the same
  // PostgreSQL database). Cheap enough to call per request; response caches
  // key on it.
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
