// The read-only SQL interface for SQLite. Defence in depth: a connection
// opened SQLITE_OPEN_READONLY with query_only set and no ATTACH slots, an
// authorizer that refuses at compile time every action but SELECT, reads
// through the documented views and functions that touch nothing outside the
// database, sqlite3_stmt_readonly, one statement only, and a progress
// handler that interrupts a statement past its deadline.
#include "store/sqlite_sql.h"

#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstring>
#include <set>

#include "base/error.h"
#include "store/sqlite_db.h"

namespace parley::store {
namespace {

using Clock = std::chrono::steady_clock;

[[noreturn]] void Refuse(const std::string& why) {
  throw Error(ErrorCode::kInvalidArgument, "sql: " + why, "sql");
}

std::string ViewList() {
  std::string out;
  for (const auto& v : SqlViews()) out += (out.empty() ? "" : ", ") + v;
  return out;
}

struct Guard {
  std::set<std::string> aliases, views;  // "events"; "analyst_events"
  std::set<std::string> view_tables;     // the tables the views read ("mentions")
  std::set<std::string> schema_names;    // every table and view of the database
  std::string refusal;                   // why the authorizer said no (first time)
  Clock::time_point deadline;
  bool timed_out = false;
};

const char* const kDeniedFunctions[] = {"load_extension", "readfile",       "writefile",
                                        "edit",           "fts3_tokenizer", "sqlite_offset",
                                        "zipfile",        "sqlar_compress", "sqlar_uncompress"};

int Authorize(void* user, int action, const char* a1, const char* a2, const char* db,
              const char* view) {
  auto* g = static_cast<Guard*>(user);
  auto deny = [&](const std::string& why) {
    if (g->refusal.empty()) g->refusal = why;
    return SQLITE_DENY;
  };
  const std::string table = a1 ? a1 : "", schema = db ? db : "", via = view ? view : "";
  switch (action) {
    case SQLITE_SELECT:
    case SQLITE_RECURSIVE:
      return SQLITE_OK;
    case SQLITE_READ:
      // Through one of the views (their own reads of the tables) or of a
      // view itself; never a table, sqlite_master or a pragma table.
      if (g->views.count(via) || g->aliases.count(via)) return SQLITE_OK;
      // A table no column of which is read (count(*) over a view) comes with
      // an empty column name and without the view that named it. It yields
      // only a row count, which the views, each over every row of its
      // tables, give anyway.
      if (a2 && !*a2 && g->view_tables.count(table)) return SQLITE_OK;
      // The same for a common table expression (WITH c AS ... SELECT
      // count(*) FROM c): no table of the database by that name.
      if (a2 && !*a2 && schema.empty() && !g->schema_names.count(table)) return SQLITE_OK;
      if (schema == "temp" && g->aliases.count(table)) return SQLITE_OK;
      if (schema == "main" && g->views.count(table)) return SQLITE_OK;
      return deny("reads '" + table + "', which is not one of the views " + ViewList());
    case SQLITE_FUNCTION: {
      const std::string name = a2 ? a2 : "";
      for (const char* f : kDeniedFunctions)
        if (sqlite3_stricmp(name.c_str(), f) == 0)
          return deny("function " + name + " is not allowed");
      return SQLITE_OK;
    }
    case SQLITE_PRAGMA:
      return deny("PRAGMA is not allowed");
    case SQLITE_ATTACH:
    case SQLITE_DETACH:
      return deny("ATTACH and DETACH are not allowed");
    case SQLITE_TRANSACTION:
    case SQLITE_SAVEPOINT:
      return deny("transactions are not allowed");
    default:
      return deny("only SELECT is allowed");
  }
}

// Setup only: records the tables that reads through a view touch.
int RecordViewTables(void* user, int action, const char* a1, const char*, const char*,
                     const char* view) {
  if (action == SQLITE_READ && a1 && view && *view)
    static_cast<std::set<std::string>*>(user)->insert(a1);
  return SQLITE_OK;
}

int Progress(void* user) {
  auto* g = static_cast<Guard*>(user);
  if (Clock::now() < g->deadline) return 0;
  g->timed_out = true;
  return 1;
}

bool OnlyBlank(const char* tail) {
  // Whitespace and comments may follow the statement; nothing else.
  while (*tail) {
    if (std::isspace(static_cast<unsigned char>(*tail)) || *tail == ';') {
      ++tail;
    } else if (tail[0] == '-' && tail[1] == '-') {
      while (*tail && *tail != '\n') ++tail;
    } else if (tail[0] == '/' && tail[1] == '*') {
      const char* end = std::strstr(tail + 2, "*/");
      if (!end) return true;
      tail = end + 2;
    } else {
      return false;
    }
  }
  return true;
}

void BindValue(sqlite3_stmt* st, int i, const SqlValue& v) {
  if (std::holds_alternative<int64_t>(v)) {
    sqlite3_bind_int64(st, i, std::get<int64_t>(v));
  } else if (std::holds_alternative<double>(v)) {
    sqlite3_bind_double(st, i, std::get<double>(v));
  } else if (std::holds_alternative<std::string>(v)) {
    const auto& s = std::get<std::string>(v);
    sqlite3_bind_text64(st, i, s.data(), s.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  } else {
    sqlite3_bind_null(st, i);
  }
}

SqlValue Column(sqlite3_stmt* st, int c) {
  switch (sqlite3_column_type(st, c)) {
    case SQLITE_INTEGER:
      return sqlite3_column_int64(st, c);
    case SQLITE_FLOAT:
      return sqlite3_column_double(st, c);
    case SQLITE_NULL:
      return std::monostate{};
    default: {
      const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, c));
      return std::string(p ? p : "", static_cast<size_t>(sqlite3_column_bytes(st, c)));
    }
  }
}

struct Statement {
  sqlite3_stmt* st = nullptr;
  ~Statement() { sqlite3_finalize(st); }
};

}  // namespace

SqlAnswer RunSqliteSql(const std::string& path, const SqlRequest& req) {
  const auto started = Clock::now();
  std::string sql = req.sql;
  if (sql.size() > 100000) Refuse("longer than 100000 bytes");
  SqliteDb::Options o;
  o.read_only = true;
  o.create = false;
  SqliteDb db(path, o);
  sqlite3* raw = db.raw();
  Guard guard;
  for (const auto& v : SqlViews()) {
    guard.aliases.insert(v);
    guard.views.insert("analyst_" + v);
    // Temporary views are searched before the tables of the same name.
    std::string create = "CREATE TEMP VIEW ";
    create += v;
    create += " AS SELECT * FROM main.analyst_";
    create += v;
    db.Exec(create);
  }
  db.Exec("PRAGMA query_only = 1");
  db.Exec("BEGIN");  // one snapshot for the statement; rolled back when the connection closes
  sqlite3_limit(raw, SQLITE_LIMIT_ATTACHED, 0);
  sqlite3_limit(raw, SQLITE_LIMIT_LENGTH, 16 << 20);
  sqlite3_limit(raw, SQLITE_LIMIT_SQL_LENGTH, 100000);
  sqlite3_db_config(raw, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
  sqlite3_db_config(raw, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
  {
    Statement names;
    if (sqlite3_prepare_v2(raw, "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')",
                           -1, &names.st, nullptr) == SQLITE_OK)
      while (sqlite3_step(names.st) == SQLITE_ROW)
        guard.schema_names.insert(reinterpret_cast<const char*>(sqlite3_column_text(names.st, 0)));
  }
  sqlite3_set_authorizer(raw, RecordViewTables, &guard.view_tables);
  for (const auto& v : guard.views) {
    Statement probe;
    const std::string all = "SELECT * FROM main." + v;
    if (sqlite3_prepare_v2(raw, all.c_str(), -1, &probe.st, nullptr) != SQLITE_OK)
      throw Error(ErrorCode::kUnavailable, "sql: the view " + v + " is missing (migrate)", "sql");
  }
  sqlite3_set_authorizer(raw, Authorize, &guard);
  guard.deadline = started + std::chrono::milliseconds(std::max(1, req.timeout_ms));
  sqlite3_progress_handler(raw, 1000, Progress, &guard);

  Statement s;
  const char* tail = nullptr;
  int rc = sqlite3_prepare_v3(raw, sql.c_str(), static_cast<int>(sql.size()), 0, &s.st, &tail);
  if (rc != SQLITE_OK) {
    if (!guard.refusal.empty()) Refuse(guard.refusal);
    if (guard.timed_out) throw Error(ErrorCode::kUnprocessable, "sql: ran out of time", "sql");
    Refuse(sqlite3_errmsg(raw));
  }
  if (!s.st) Refuse("no statement");
  if (tail && !OnlyBlank(tail)) Refuse("one statement only");
  if (!sqlite3_stmt_readonly(s.st)) Refuse("only SELECT is allowed");

  // Bind: each parameter the statement names must be given, and each value
  // given must be used.
  const int n = sqlite3_bind_parameter_count(s.st);
  std::set<std::string> used;
  size_t next_positional = 0;
  for (int i = 1; i <= n; ++i) {
    const char* name = sqlite3_bind_parameter_name(s.st, i);
    if (!name || name[0] == '?') {
      // ? takes the next value; ?NNN its NNNth.
      const size_t at =
          name && name[1] ? static_cast<size_t>(std::atoi(name + 1)) - 1 : next_positional;
      next_positional = std::max(next_positional, at + 1);
      if (at >= req.positional.size())
        throw Error(ErrorCode::kUnprocessable,
                    "sql: parameter " + std::to_string(at + 1) + " has no value", "params");
      BindValue(s.st, i, req.positional[at]);
      continue;
    }
    const std::string key = name + 1;
    auto it = std::find_if(req.named.begin(), req.named.end(),
                           [&](const auto& kv) { return kv.first == key; });
    if (it == req.named.end())
      throw Error(ErrorCode::kUnprocessable, "sql: parameter :" + key + " has no value", key);
    used.insert(key);
    BindValue(s.st, i, it->second);
  }
  if (next_positional < req.positional.size())
    throw Error(ErrorCode::kUnprocessable, "sql: more values than parameters", "params");
  for (const auto& [k, v] : req.named)
    if (!used.count(k))
      throw Error(ErrorCode::kUnprocessable, "sql: no parameter :" + k + " in the statement", k);

  SqlAnswer out;
  const int cols = sqlite3_column_count(s.st);
  for (int c = 0; c < cols; ++c) {
    const char* name = sqlite3_column_name(s.st, c);
    out.columns.push_back(name ? name : "");
  }
  while (true) {
    rc = sqlite3_step(s.st);
    if (rc == SQLITE_DONE) break;
    if (rc != SQLITE_ROW) {
      if (guard.timed_out)
        throw Error(ErrorCode::kUnprocessable,
                    "sql: stopped after " + std::to_string(req.timeout_ms) +
                        " ms (the time limit of one query)",
                    "sql");
      if (!guard.refusal.empty()) Refuse(guard.refusal);
      Refuse(sqlite3_errmsg(raw));
    }
    if (static_cast<int>(out.rows.size()) >= req.max_rows) {
      out.truncated = true;
      break;
    }
    std::vector<SqlValue> row;
    row.reserve(static_cast<size_t>(cols));
    for (int c = 0; c < cols; ++c) row.push_back(Column(s.st, c));
    out.rows.push_back(std::move(row));
  }
  sqlite3_reset(s.st);
  sqlite3_set_authorizer(raw, nullptr, nullptr);
  sqlite3_exec(raw, "ROLLBACK", nullptr, nullptr, nullptr);
  out.elapsed_us =
      std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - started).count();
  return out;
}

}  // namespace parley::store
