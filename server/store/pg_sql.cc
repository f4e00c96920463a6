// The read-only SQL interface for PostgreSQL. Defence in depth, as SQLite's
// (sqlite_sql.cc) but with the server's own tools: a READ ONLY transaction,
// SET LOCAL ROLE to parley_sql (granted SELECT on the views only, so a table
// named by its schema is refused by the privilege system, not by parsing),
// search_path limited to the views' schema and pg_catalog, a cursor (DECLARE
// admits one SELECT and no data-modifying WITH), statement_timeout, and a
// refusal of the few functions that would let a query leave the role
// (set_config('role', ...)) or run SQL text the checks never saw
// (query_to_xml and its kin, dblink).
#include "store/pg_sql.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <map>
#include <set>

#include "base/error.h"
#include "store/pg_conn.h"

namespace parley::store {
namespace {

using Clock = std::chrono::steady_clock;

// PostgreSQL type oids of the results we map to numbers.
constexpr Oid kBool = 16, kInt8 = 20, kInt2 = 21, kInt4 = 23, kFloat4 = 700, kFloat8 = 701,
              kNumeric = 1700;

[[noreturn]] void Refuse(const std::string& why) {
  throw Error(ErrorCode::kInvalidArgument, "sql: " + why, "sql");
}

bool IdentStart(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}
bool IdentChar(char c) {
  return IdentStart(c) || std::isdigit(static_cast<unsigned char>(c)) || c == '$';
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Functions a query may not call (lower case; a trailing '*' is a prefix).
bool Denied(const std::string& name) {
  static const char* const kDenied[] = {
      "set_config",       "query_to_xml*",  "cursor_to_xml*",
      "table_to_xml*",    "schema_to_xml*", "database_to_xml*",
      "dblink*",          "lo_*",           "pg_read_*",
      "pg_ls_*",          "pg_stat_file",   "pg_notify",
      "pg_advisory*",     "pg_sleep*",      "pg_terminate_backend",
      "pg_cancel_backend"};
  for (const char* d : kDenied) {
    std::string p = d;
    if (p.back() == '*') {
      p.pop_back();
      if (name.rfind(p, 0) == 0) return true;
    } else if (name == p) {
      return true;
    }
  }
  return false;
}

// The statement with SQLite-style parameters rewritten as $n, and what each
// $n stands for: a positional index (0-based) or a name.
struct Rewritten {
  std::string sql;
  std::vector<std::pair<int, std::string>> params;  // (index or -1, name)
  std::string first_word;                           // lower case
  bool several = false;                             // text after a ';'
};

Rewritten Rewrite(const std::string& in) {
  Rewritten out;
  std::map<std::string, int> slot;  // "#3" or "name" -> $n
  auto placeholder = [&](const std::string& key, int index, const std::string& name) {
    auto it = slot.find(key);
    if (it == slot.end()) {
      out.params.emplace_back(index, name);
      it = slot.emplace(key, static_cast<int>(out.params.size())).first;
    }
    out.sql += "$" + std::to_string(it->second);
  };
  int next_positional = 0;
  bool ended = false;  // a ';' was seen
  size_t i = 0;
  const size_t n = in.size();
  auto content = [&] {
    if (ended) out.several = true;
  };
  while (i < n) {
    const char c = in[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      out.sql += c;
      ++i;
    } else if (c == '-' && i + 1 < n && in[i + 1] == '-') {
      while (i < n && in[i] != '\n') out.sql += in[i++];
    } else if (c == '/' && i + 1 < n && in[i + 1] == '*') {
      int depth = 0;  // PostgreSQL's block comments nest
      do {
        if (in.compare(i, 2, "/*") == 0) {
          ++depth;
          out.sql += "/*";
          i += 2;
        } else if (in.compare(i, 2, "*/") == 0) {
          --depth;
          out.sql += "*/";
          i += 2;
        } else {
          out.sql += in[i++];
        }
      } while (i < n && depth > 0);
    } else if (c == ';') {
      ended = true;
      out.sql += c;
      ++i;
    } else if (c == '\'' || c == '"') {
      content();
      // E'...' strings escape with backslashes as well.
      const bool escapes = c == '\'' && i > 0 && (in[i - 1] == 'e' || in[i - 1] == 'E') &&
                           (i < 2 || !IdentChar(in[i - 2]));
      out.sql += in[i++];
      while (i < n) {
        if (escapes && in[i] == '\\' && i + 1 < n) {
          out.sql += in.substr(i, 2);
          i += 2;
        } else if (in[i] == c) {
          out.sql += in[i++];
          if (i < n && in[i] == c) {
            out.sql += in[i++];
          } else {
            break;
          }
        } else {
          out.sql += in[i++];
        }
      }
      if (c == '"') {
        // A quoted function name is still a function name.
        const std::string ident = Lower(out.sql.substr(out.sql.rfind('"', out.sql.size() - 2) + 1));
        size_t j = i;
        while (j < n && std::isspace(static_cast<unsigned char>(in[j]))) ++j;
        if (j < n && in[j] == '(' && Denied(ident.substr(0, ident.size() - 1)))
          Refuse("function " + ident.substr(0, ident.size() - 1) + " is not allowed");
      }
    } else if (c == '$') {
      content();
      size_t j = i + 1;
      while (j < n && IdentChar(in[j]) && in[j] != '$') ++j;
      if (j < n && in[j] == '$' && (j == i + 1 || IdentStart(in[i + 1]))) {
        // A dollar-quoted string: $tag$ ... $tag$.
        const std::string tag = in.substr(i, j - i + 1);
        const size_t close = in.find(tag, j + 1);
        const size_t end = close == std::string::npos ? n : close + tag.size();
        out.sql += in.substr(i, end - i);
        i = end;
      } else if (j > i + 1 && std::isdigit(static_cast<unsigned char>(in[i + 1]))) {
        const int index = std::atoi(in.substr(i + 1, j - i - 1).c_str()) - 1;
        next_positional = std::max(next_positional, index + 1);
        placeholder("#" + std::to_string(index), index, "");
        i = j;
      } else if (j > i + 1) {
        const std::string name = in.substr(i + 1, j - i - 1);
        placeholder(name, -1, name);
        i = j;
      } else {
        out.sql += c;
        ++i;
      }
    } else if (c == '?') {
      content();
      size_t j = i + 1;
      while (j < n && std::isdigit(static_cast<unsigned char>(in[j]))) ++j;
      const int index =
          j > i + 1 ? std::atoi(in.substr(i + 1, j - i - 1).c_str()) - 1 : next_positional;
      if (index < 0) Refuse("parameter ?0 does not exist");
      next_positional = std::max(next_positional, index + 1);
      placeholder("#" + std::to_string(index), index, "");
      i = j;
    } else if ((c == ':' || c == '@') && i + 1 < n && IdentStart(in[i + 1]) &&
               !(c == ':' && i > 0 && in[i - 1] == ':')) {
      content();
      size_t j = i + 1;
      while (j < n && IdentChar(in[j]) && in[j] != '$') ++j;
      const std::string name = in.substr(i + 1, j - i - 1);
      placeholder(name, -1, name);
      i = j;
    } else if (c == ':' && i + 1 < n && in[i + 1] == ':') {
      content();
      out.sql += "::";
      i += 2;
    } else if (IdentStart(c)) {
      content();
      size_t j = i;
      while (j < n && IdentChar(in[j])) ++j;
      const std::string word = Lower(in.substr(i, j - i));
      if (out.first_word.empty()) out.first_word = word;
      size_t k = j;
      while (k < n && std::isspace(static_cast<unsigned char>(in[k]))) ++k;
      if (k < n && in[k] == '(' && Denied(word)) Refuse("function " + word + " is not allowed");
      out.sql += in.substr(i, j - i);
      i = j;
    } else {
      content();
      out.sql += c;
      ++i;
    }
  }
  return out;
}

SqlValue Value(const PGresult* r, int row, int col) {
  if (PQgetisnull(r, row, col)) return std::monostate{};
  const char* v = PQgetvalue(r, row, col);
  switch (PQftype(r, col)) {
    case kInt2:
    case kInt4:
    case kInt8:
      return static_cast<int64_t>(std::strtoll(v, nullptr, 10));
    case kFloat4:
    case kFloat8:
    case kNumeric:
      return std::strtod(v, nullptr);
    case kBool:
      return static_cast<int64_t>(v[0] == 't' ? 1 : 0);
    default:
      return std::string(v, static_cast<size_t>(PQgetlength(r, row, col)));
  }
}

struct Result {
  PGresult* r = nullptr;
  ~Result() { PQclear(r); }
};

// Runs one statement; on failure throws the Error the SQL interface
// promises for it.
Result Run(PgConn& db, const std::string& sql, const std::vector<const char*>& values,
           const std::vector<Oid>& types, int timeout_ms) {
  Result res;
  res.r = PQexecParams(db.raw(), sql.c_str(), static_cast<int>(values.size()),
                       types.empty() ? nullptr : types.data(),
                       values.empty() ? nullptr : values.data(), nullptr, nullptr, 0);
  const ExecStatusType st = res.r ? PQresultStatus(res.r) : PGRES_FATAL_ERROR;
  if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK) return res;
  const char* state = res.r ? PQresultErrorField(res.r, PG_DIAG_SQLSTATE) : nullptr;
  const std::string s = state ? state : "";
  // The primary message only: the statement text behind "LINE 1:" is ours
  // (a cursor around the user's), not theirs.
  const char* primary = res.r ? PQresultErrorField(res.r, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
  const std::string msg = OneLine(primary ? primary : PQerrorMessage(db.raw()));
  if (s == "57014")
    throw Error(
        ErrorCode::kUnprocessable,
        "sql: stopped after " + std::to_string(timeout_ms) + " ms (the time limit of one query)",
        "sql");
  if (s == "42501") {
    // "permission denied for table aliases": a table outside the views.
    Refuse(msg +
           " (only the views may be read: entities, events, participants, evidence, "
           "documents, dyads)");
  }
  if (s == "25006") Refuse("only SELECT is allowed");
  if (s.rfind("08", 0) == 0 || s.rfind("53", 0) == 0 || s.rfind("57P", 0) == 0 || s.empty())
    throw Error(ErrorCode::kUnavailable, "database unavailable: " + db.name() + ": " + msg);
  if (s == "42P02" || s == "42P18") throw Error(ErrorCode::kUnprocessable, "sql: " + msg, "params");
  if (s.rfind("22", 0) == 0 || s.rfind("42", 0) == 0 || s.rfind("0A", 0) == 0) Refuse(msg);
  throw Error(ErrorCode::kInvalidArgument, "sql: " + msg, "sql");
}

}  // namespace

std::string PgSqlViewSchema(const std::string& schema) { return schema + "_sql"; }

SqlAnswer RunPgSql(const std::string& conninfo, const std::string& schema, const SqlRequest& req) {
  const auto started = Clock::now();
  if (req.sql.size() > 100000) Refuse("longer than 100000 bytes");
  const Rewritten w = Rewrite(req.sql);
  if (w.first_word.empty()) Refuse("no statement");
  if (w.several) Refuse("one statement only");
  if (w.first_word != "select" && w.first_word != "with" && w.first_word != "values")
    Refuse("only SELECT is allowed");

  // Values for $1..$n in the order Rewrite numbered them; every value given
  // must be used.
  std::vector<std::string> text(w.params.size());
  std::vector<bool> null(w.params.size());
  std::vector<Oid> types(w.params.size(), 0);
  std::set<std::string> used;
  int positional_used = 0;
  for (size_t i = 0; i < w.params.size(); ++i) {
    // Not a structured binding: clang 14 (the sanitizer build) cannot
    // capture one in the lambda below.
    const int index = w.params[i].first;
    const std::string& name = w.params[i].second;
    const SqlValue* v = nullptr;
    if (index >= 0) {
      if (static_cast<size_t>(index) >= req.positional.size())
        throw Error(ErrorCode::kUnprocessable,
                    "sql: parameter " + std::to_string(index + 1) + " has no value", "params");
      v = &req.positional[static_cast<size_t>(index)];
      positional_used = std::max(positional_used, index + 1);
    } else {
      auto it = std::find_if(req.named.begin(), req.named.end(),
                             [&](const auto& kv) { return kv.first == name; });
      if (it == req.named.end())
        throw Error(ErrorCode::kUnprocessable, "sql: parameter :" + name + " has no value", name);
      used.insert(name);
      v = &it->second;
    }
    if (const auto* x = std::get_if<int64_t>(v)) {
      text[i] = std::to_string(*x);
      types[i] = kInt8;
    } else if (const auto* d = std::get_if<double>(v)) {
      char buf[40];
      std::snprintf(buf, sizeof buf, "%.17g", *d);
      text[i] = buf;
      types[i] = kFloat8;
    } else if (const auto* s = std::get_if<std::string>(v)) {
      text[i] = *s;  // untyped: the server infers it from its use, as SQLite would
    } else {
      null[i] = true;
    }
  }
  if (static_cast<size_t>(positional_used) < req.positional.size())
    throw Error(ErrorCode::kUnprocessable, "sql: more values than parameters", "params");
  for (const auto& [k, v] : req.named)
    if (!used.count(k))
      throw Error(ErrorCode::kUnprocessable, "sql: no parameter :" + k + " in the statement", k);
  std::vector<const char*> values(text.size());
  for (size_t i = 0; i < text.size(); ++i) values[i] = null[i] ? nullptr : text[i].c_str();

  PgConn db(conninfo);
  const int timeout = std::max(1, req.timeout_ms);
  const std::string view_schema = PgSqlViewSchema(schema);
  std::vector<const char*> schema_value = {view_schema.c_str()};
  Result ident;
  ident.r = PQexecParams(db.raw(), "SELECT quote_ident($1::text), to_regnamespace($1::text)", 1,
                         nullptr, schema_value.data(), nullptr, nullptr, 0);
  if (!ident.r || PQresultStatus(ident.r) != PGRES_TUPLES_OK || PQgetisnull(ident.r, 0, 1))
    throw Error(ErrorCode::kUnavailable,
                "sql: the views' schema " + view_schema + " is missing (run parley migrate)",
                "sql");
  const std::string schema_ident = PQgetvalue(ident.r, 0, 0);
  db.Exec("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");
  try {
    db.Exec("SET LOCAL ROLE parley_sql");
  } catch (const Error&) {
    throw Error(ErrorCode::kUnavailable,
                "sql: the role parley_sql is missing or not granted to this database user "
                "(docs/deploy.md)",
                "sql");
  }
  db.Exec("SET LOCAL search_path = " + schema_ident +
          ", pg_catalog; SET LOCAL statement_timeout = " + std::to_string(timeout) +
          "; SET LOCAL idle_in_transaction_session_timeout = " + std::to_string(timeout + 5000));
  // A trailing ';' would end the DECLARE early.
  std::string body = w.sql;
  while (!body.empty() &&
         (std::isspace(static_cast<unsigned char>(body.back())) || body.back() == ';'))
    body.pop_back();
  Run(db, "DECLARE parley_sql NO SCROLL CURSOR FOR " + body + "\n", values, types, timeout);
  Result rows =
      Run(db, "FETCH " + std::to_string(std::max(0, req.max_rows) + 1) + " FROM parley_sql", {}, {},
          timeout);
  SqlAnswer out;
  const int cols = PQnfields(rows.r);
  for (int c = 0; c < cols; ++c) out.columns.emplace_back(PQfname(rows.r, c));
  const int n = PQntuples(rows.r);
  for (int i = 0; i < n; ++i) {
    if (static_cast<int>(out.rows.size()) >= req.max_rows) {
      out.truncated = true;
      break;
    }
    std::vector<SqlValue> row;
    row.reserve(static_cast<size_t>(cols));
    for (int c = 0; c < cols; ++c) row.push_back(Value(rows.r, i, c));
    out.rows.push_back(std::move(row));
  }
  db.RollbackQuietly();
  out.elapsed_us =
      std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - started).count();
  return out;
}

}  // namespace parley::store
