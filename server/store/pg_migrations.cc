// The PostgreSQL migrator: migrations/postgresql/*.sql, recorded in
// schema_migrations of the connection's current schema.
#include "base/error.h"
#include "base/time.h"
#include "store/migrations.h"
#include "store/pg_conn.h"

namespace parley::store {
namespace {

// Session advisory lock keys: (kLockSpace, hash of the schema). The writer
// lock (pg_store.cc) uses the next key.
constexpr const char* kMigrateLock =
    "SELECT pg_advisory_lock(1885431112, hashtext(current_schema()))";
constexpr const char* kMigrateUnlock =
    "SELECT pg_advisory_unlock(1885431112, hashtext(current_schema()))";

}  // namespace

int SchemaVersion(PgConn& db) {
  auto exists = db.Query("SELECT to_regclass('schema_migrations') IS NOT NULL");
  if (exists.Text(0, 0) != "t") return 0;
  auto q = db.Query("SELECT coalesce(max(version), 0) FROM schema_migrations");
  return static_cast<int>(q.Int(0, 0));
}

MigrateResult Migrate(PgConn& db, const std::vector<Migration>& migrations) {
  auto schema = db.Query("SELECT current_schema()");
  if (schema.IsNull(0, 0))
    throw Error(ErrorCode::kUnavailable,
                "database " + db.name() +
                    ": search_path names no existing schema to keep Parley's tables in");
  db.Exec(kMigrateLock);
  MigrateResult result;
  try {
    result.from_version = SchemaVersion(db);
    const int newest = migrations.empty() ? 0 : migrations.back().version;
    if (result.from_version > newest) {
      throw Error(ErrorCode::kConflict,
                  "database " + db.name() + " has schema version " +
                      std::to_string(result.from_version) + ", newer than this Parley knows (" +
                      std::to_string(newest) + "); upgrade Parley to open it");
    }
    for (const auto& m : migrations) {
      if (m.version <= result.from_version) continue;
      db.Exec("BEGIN");
      try {
        db.Exec(
            "CREATE TABLE IF NOT EXISTS schema_migrations (\n"
            "  version integer PRIMARY KEY,\n"
            "  name text NOT NULL,\n"
            "  applied_at bigint NOT NULL\n"
            ")");
        db.Exec(m.sql);
        db.Query("INSERT INTO schema_migrations(version, name, applied_at) VALUES ($1, $2, $3)",
                 PgParams().Add(m.version).Add(m.name).Add(NowMicros()));
        db.Exec("COMMIT");
      } catch (...) {
        db.RollbackQuietly();
        throw;
      }
      result.applied.push_back(m.name);
    }
    result.to_version = SchemaVersion(db);
  } catch (...) {
    db.RollbackQuietly();
    try {
      db.Exec(kMigrateUnlock);
    } catch (const Error&) {
    }
    throw;
  }
  db.Exec(kMigrateUnlock);
  return result;
}

}  // namespace parley::store
