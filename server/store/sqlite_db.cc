// SqliteDb implementation: error mapping and the statement cache.
#include "store/sqlite_db.h"

#include <spdlog/spdlog.h>

#include <sys/resource.h>

#include <cerrno>
#include <filesystem>

#include "base/error.h"

namespace parley::store {

namespace {

// Has the database file, its WAL or its journal reached the file-size limit
// (ulimit -f)? A write past it fails with EFBIG, which SQLite reports as an
// I/O error whose errno is often gone by the time it reaches us.
bool AtFileSizeLimit(const std::string& path) {
  rlimit rl{};
  if (getrlimit(RLIMIT_FSIZE, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY) return false;
  // A write of up to one page (64 KiB at most) did not fit.
  constexpr uintmax_t kLargestPage = 64 * 1024;
  for (const char* suffix : {"", "-wal", "-journal"}) {
    std::error_code ec;
    const uintmax_t size = std::filesystem::file_size(path + suffix, ec);
    if (!ec && size + kLargestPage > rl.rlim_cur) return true;
  }
  return false;
}

}  // namespace

Query::~Query() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

Query& Query::Bind(int i, int64_t v) {
  sqlite3_bind_int64(stmt_, i, v);
  return *this;
}
Query& Query::Bind(int i, double v) {
  sqlite3_bind_double(stmt_, i, v);
  return *this;
}
Query& Query::Bind(int i, std::string_view v) {
  sqlite3_bind_text64(stmt_, i, v.data(), v.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  return *this;
}
Query& Query::Bind(int i, std::nullptr_t) {
  sqlite3_bind_null(stmt_, i);
  return *this;
}
Query& Query::BindText(int i, std::string_view v) {
  return v.empty() ? Bind(i, nullptr) : Bind(i, v);
}
Query& Query::BindId(int i, int64_t v) { return v == 0 ? Bind(i, nullptr) : Bind(i, v); }

bool Query::Step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  db_->Fail(rc, sqlite3_sql(stmt_));
}

void Query::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

void Query::Run() {
  while (Step()) {
  }
}

std::string Query::Text(int col) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
  if (!p) return {};
  return std::string(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, col)));
}

std::string_view Query::TextView(int col) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
  if (!p) return {};
  return std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, col)));
}

SqliteDb::SqliteDb(const std::string& path, const Options& options) : path_(path) {
  int flags = options.read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  if (options.create && !options.read_only) flags |= SQLITE_OPEN_CREATE;
  flags |= SQLITE_OPEN_NOMUTEX;
  int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    sqlite3_close_v2(db_);
    db_ = nullptr;
    throw Error(ErrorCode::kUnavailable, "cannot open database " + path + ": " + msg);
  }
  sqlite3_extended_result_codes(db_, 1);
  sqlite3_busy_timeout(db_, options.busy_timeout_ms);
  try {
    if (!options.read_only) {
      // 8 KiB pages for new databases (an existing one keeps its size): a
      // document's text spans half as many overflow pages and every commit
      // writes fewer WAL frames (UNGDC ingest ~4% faster).
      Exec("PRAGMA page_size=8192");
      Exec("PRAGMA journal_mode=WAL");
      // Checkpoint every ~40 MB of WAL rather than 4 MB: an ingest rewrites
      // the same index pages in every commit, and each checkpoint copies them
      // again (8% of a UNGDC ingest).
      Exec("PRAGMA wal_autocheckpoint=10000");
    }
    Exec("PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY;");
    Exec("PRAGMA cache_size=-65536; PRAGMA mmap_size=268435456;");
  } catch (...) {
    sqlite3_close_v2(db_);
    db_ = nullptr;
    throw;
  }
}

SqliteDb::~SqliteDb() {
  for (auto& [_, stmt] : cache_) sqlite3_finalize(stmt);
  for (auto& [_, stmt] : literal_cache_) sqlite3_finalize(stmt);
  if (db_) sqlite3_close_v2(db_);
}

void SqliteDb::Fail(int rc, std::string_view what) {
  const int err = sqlite3_system_errno(db_);
  const std::string internal = std::string(sqlite3_errmsg(db_)) + " (" +
                               std::string(what.substr(0, 200)) + "; code " + std::to_string(rc) +
                               ", errno " + std::to_string(err) + ")";
  // Logs a storage failure, tells the hook, and returns the error to throw.
  auto storage = [&](ErrorCode code, const std::string& message) {
    spdlog::error("database {}: {}: {}", path_, message, internal);
    if (storage_error_hook_) storage_error_hook_(code, message);
    return Error(code, message);
  };
  // A full disk reaches SQLite as a short write (SQLITE_FULL) or as an I/O
  // error carrying ENOSPC or EDQUOT; a file-size limit as an I/O error.
  const bool io = (rc & 0xff) == SQLITE_IOERR;
  if ((rc & 0xff) == SQLITE_FULL || (io && (err == ENOSPC || err == EDQUOT)))
    throw storage(ErrorCode::kStorageFull, "the disk holding the database is full");
  if (io && (err == EFBIG || AtFileSizeLimit(path_)))
    throw storage(ErrorCode::kStorageFull,
                  "the database file has reached the file-size limit (ulimit -f)");
  switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      spdlog::debug("database busy: {}", internal);
      throw Error(ErrorCode::kUnavailable, "the database is busy");
    case SQLITE_CONSTRAINT:
      spdlog::warn("database constraint failed: {}", internal);
      throw Error(ErrorCode::kConflict, "the write conflicts with what the database holds");
    case SQLITE_READONLY:
      throw storage(ErrorCode::kStorageFailed, "the database is read-only");
    case SQLITE_CANTOPEN:
      throw storage(ErrorCode::kStorageFailed, "the database file cannot be opened");
    case SQLITE_IOERR:
      throw storage(ErrorCode::kStorageFailed, "an I/O error on the database file");
    default:
      spdlog::error("database error: {}", internal);
      throw Error(ErrorCode::kInternal, "database error");
  }
}

void SqliteDb::Exec(std::string_view sql) {
  std::string s(sql);
  char* err = nullptr;
  int rc = sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err);
  if (rc != SQLITE_OK) {
    std::string msg = err ? err : sqlite3_errstr(rc);
    sqlite3_free(err);
    Fail(rc, msg);
  }
}

Query SqliteDb::Prepare(const std::string& sql) {
  auto it = cache_.find(sql);
  if (it != cache_.end()) return Query(it->second, this);
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v3(db_, sql.c_str(), static_cast<int>(sql.size()),
                              SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
  if (rc != SQLITE_OK) Fail(rc, sql);
  cache_.emplace(sql, stmt);
  return Query(stmt, this);
}

Query SqliteDb::PrepareLiteral(const char* sql, size_t size) {
  auto it = literal_cache_.find(sql);
  if (it != literal_cache_.end()) return Query(it->second, this);
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v3(db_, sql, static_cast<int>(size), SQLITE_PREPARE_PERSISTENT, &stmt,
                              nullptr);
  if (rc != SQLITE_OK) Fail(rc, std::string_view(sql, size));
  literal_cache_.emplace(sql, stmt);
  return Query(stmt, this);
}

Transaction::Transaction(SqliteDb& db, bool immediate) : db_(db) {
  db_.Exec(immediate ? "BEGIN IMMEDIATE" : "BEGIN");
}

Transaction::~Transaction() {
  if (open_) sqlite3_exec(db_.raw(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::Commit() {
  db_.Exec("COMMIT");
  open_ = false;
}

}  // namespace parley::store
