// The migrator. Versions live both in schema_migrations (an audit trail with
// times) and in PRAGMA user_version (cheap to read on every open).
#include "store/migrations.h"

#include "base/error.h"
#include "base/time.h"
#include "store/sqlite_db.h"

namespace parley::store {

int SchemaVersion(SqliteDb& db) {
  auto q = db.Prepare("PRAGMA user_version");
  return q.Step() ? static_cast<int>(q.Int(0)) : 0;
}

MigrateResult Migrate(SqliteDb& db, const std::vector<Migration>& migrations) {
  MigrateResult result;
  result.from_version = SchemaVersion(db);
  const int newest = migrations.empty() ? 0 : migrations.back().version;
  if (result.from_version > newest) {
    throw Error(ErrorCode::kConflict, "database " + db.path() + " has schema version " +
                                          std::to_string(result.from_version) +
                                          ", newer than this Parley knows (" +
                                          std::to_string(newest) + "); upgrade Parley to open it");
  }
  for (const auto& m : migrations) {
    if (m.version <= result.from_version) continue;
    Transaction txn(db, /*immediate=*/true);
    // Another process may have migrated while we waited for the write lock.
    if (SchemaVersion(db) >= m.version) continue;
    db.Exec(
        "CREATE TABLE IF NOT EXISTS schema_migrations (\n"
        "  version INTEGER PRIMARY KEY,\n"
        "  name TEXT NOT NULL,\n"
        "  applied_at INTEGER NOT NULL\n"
        ")");
    db.Exec(m.sql);
    db.Prepare("INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, ?)")
        .Bind(1, m.version)
        .Bind(2, m.name)
        .Bind(3, NowMicros())
        .Run();
    db.Exec("PRAGMA user_version = " + std::to_string(m.version));
    txn.Commit();
    result.applied.push_back(m.name);
  }
  result.to_version = SchemaVersion(db);
  return result;
}

}  // namespace parley::store
