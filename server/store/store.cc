// Store::Open: the choice of backend, the one place that knows both.
#include "store/store.h"

#include "base/error.h"
#include "store/pg_conn.h"
#include "store/pg_store.h"

namespace parley::store {

bool IsPostgresUrl(const std::string& db) {
  return db.rfind("postgresql://", 0) == 0 || db.rfind("postgres://", 0) == 0;
}

std::string DescribeDb(const std::string& db) {
  return IsPostgresUrl(db) ? PgConn::Describe(db) : db;
}

std::string PgSchemaUrl(const std::string& db, const std::string& schema) {
  if (!IsPostgresUrl(db))
    throw Error(ErrorCode::kInvalidArgument, "not a postgresql:// URI: " + db, "db");
  if (schema.empty() ||
      schema.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") != std::string::npos)
    throw Error(ErrorCode::kInvalidArgument, "schema names are [a-z0-9_]+: " + schema, "schema");
  PgConn conn(db);
  // Quoted by the server (format %I), never spliced by hand.
  auto sql = conn.Query("SELECT format('CREATE SCHEMA IF NOT EXISTS %I', $1::text)",
                        PgParams().Add(schema));
  conn.Exec(sql.Text(0, 0));
  // libpq URI options: -c search_path=<schema>, '=' percent-encoded.
  return db + (db.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + schema;
}

std::unique_ptr<Store> Store::Open(const std::string& db, const StoreOptions& options) {
  if (IsPostgresUrl(db)) {
    if (!options.read_db.empty() && !IsPostgresUrl(options.read_db))
      throw Error(ErrorCode::kInvalidArgument, "read_db must be a postgresql:// URI like db",
                  "read_db");
    return OpenPgStore(db, options);
  }
  if (!options.read_db.empty())
    throw Error(
        ErrorCode::kInvalidArgument,
        "read_db (a replica) needs a PostgreSQL db (postgresql://...); " + db + " is a SQLite file",
        "read_db");
  return OpenSqlite(db, options);
}

}  // namespace parley::store
