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

// Every migration in version order: migrations/*.sql for SQLite and
// migrations/postgresql/*.sql for PostgreSQL (numbered on their own).
const std::vector<Migration>& EmbeddedMigrations();
const std::vector<Migration>& EmbeddedPostgresMigrations();

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

class PgConn;

// The same for PostgreSQL: the version is max(version) of schema_migrations
// in the connection's current schema. Migrate holds a session advisory lock
// (per schema) so that servers starting together migrate once; each
// migration runs in its own transaction.
int SchemaVersion(PgConn& db);
MigrateResult Migrate(PgConn& db, const std::vector<Migration>& migrations);

}  // namespace parley::store
