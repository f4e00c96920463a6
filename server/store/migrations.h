// Migrations: the numbered, append-only schema changes under migrations/,
// embedded in the binary at build time, and the migrator that applies them.
//
// Thread-safe: EmbeddedMigrations() is immutable; Migrate() needs exclusive
// use of its connection.
#pragma once

#include <string>
#include <vector>

namespace parley::store {

struct Migration {
  int version;       // NNNN of NNNN_verb_noun.sql
  const char* name;  // file name without .sql
  const char* sql;
};

// Every migration in version order.
const std::vector<Migration>& EmbeddedMigrations();

struct MigrateResult {
  int from_version = 0;
  int to_version = 0;
  std::vector<std::string> applied;  // names, in order
};

class SqliteDb;

// The schema version recorded in the database (0 for a new database).
int SchemaVersion(SqliteDb& db);

// Applies pending `migrations` in order, each in its own transaction that also
// records it in schema_migrations and PRAGMA user_version. Throws Error
// (kConflict) with a clear message when the database is newer than the
// newest migration this binary knows, and leaves it untouched.
MigrateResult Migrate(SqliteDb& db, const std::vector<Migration>& migrations);

}  // namespace parley::store
