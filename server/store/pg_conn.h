// PgConn: one libpq connection to PostgreSQL with a cache of prepared
// statements and a queue of deferred writes. Internal to store/ (with
// sqlite_db.h, the only place that includes a database client header).
//
// Deferred writes are statements whose results nobody reads (an alias count,
// an event update, a provenance row). They wait in a queue and go to the
// server in one pipeline (libpq pipeline mode) together with the next
// statement whose result is needed, so a write transaction costs one round
// trip per question it asks, not one per statement. A read snapshot's BEGIN
// travels the same way with its first query, and its ROLLBACK is sent
// without waiting for the reply (EndSnapshot), which the connection's next
// user reads (Settle): a snapshot costs no round trip of its own.
//
// Not thread-safe: one connection belongs to one thread at a time.
#pragma once

#include <libpq-fe.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace parley::store {

// Parameters of one statement, sent as text; a NULL is an absent value.
class PgParams {
 public:
  PgParams& Add(int64_t v);
  PgParams& Add(int v) { return Add(static_cast<int64_t>(v)); }
  PgParams& Add(double v);
  PgParams& Add(std::string_view v);
  PgParams& Add(const std::string& v) { return Add(std::string_view(v)); }
  PgParams& Add(const char* v) { return Add(std::string_view(v)); }
  PgParams& AddNull();
  // NULL for an empty string: optional text columns store NULL.
  PgParams& AddText(std::string_view v) { return v.empty() ? AddNull() : Add(v); }
  // NULL for 0: optional references store NULL.
  PgParams& AddId(int64_t v) { return v == 0 ? AddNull() : Add(v); }
  // A PostgreSQL array literal of integers ("{1,2,3}") for `= ANY($n)`.
  PgParams& AddIds(const std::vector<int64_t>& ids);
  // A PostgreSQL array literal of strings.
  PgParams& AddTexts(const std::vector<std::string>& values);

  int size() const { return static_cast<int>(values_.size()); }
  // Pointers into this object's storage; valid until the next Add.
  const char* const* values() const;

 private:
  std::vector<std::string> values_;
  std::vector<bool> null_;
  mutable std::vector<const char*> pointers_;
};

// A statement built from pieces, with its parameters numbered as they are
// added: b.sql += " AND v.type = " + b.Param(type);
struct PgBuilder {
  std::string sql;
  PgParams params;
  template <typename T>
  std::string Param(const T& v) {
    params.Add(v);
    return "$" + std::to_string(params.size());
  }
  std::string Ids(const std::vector<int64_t>& ids) {
    params.AddIds(ids);
    return "$" + std::to_string(params.size()) + "::bigint[]";
  }
  std::string Texts(const std::vector<std::string>& values) {
    params.AddTexts(values);
    return "$" + std::to_string(params.size()) + "::text[]";
  }
};

// A PostgreSQL array literal built element by element, for bulk statements
// over unnest($n::type[]).
class PgArray {
 public:
  PgArray& Add(int64_t v);
  PgArray& Add(std::string_view v);
  PgArray& AddNull();
  PgArray& AddId(int64_t v) { return v == 0 ? AddNull() : Add(v); }
  PgArray& AddText(std::string_view v) { return v.empty() ? AddNull() : Add(v); }
  std::string str() const { return out_ + "}"; }
  bool empty() const { return out_.size() == 1; }

 private:
  void Separate() {
    if (out_.size() > 1) out_.push_back(',');
  }
  std::string out_ = "{";
};

// A result set. Text accessors return "" for NULL, numeric ones 0.
class PgResult {
 public:
  PgResult() = default;
  explicit PgResult(PGresult* r) : r_(r, &PQclear) {}
  int Rows() const { return r_ ? PQntuples(r_.get()) : 0; }
  int Cols() const { return r_ ? PQnfields(r_.get()) : 0; }
  bool IsNull(int row, int col) const { return PQgetisnull(r_.get(), row, col) != 0; }
  std::string Text(int row, int col) const;
  std::string_view View(int row, int col) const;
  int64_t Int(int row, int col) const;
  double Real(int row, int col) const;
  // The number of rows an INSERT/UPDATE/DELETE touched.
  int64_t Affected() const;
  const PGresult* get() const { return r_.get(); }

 private:
  std::shared_ptr<PGresult> r_;
};

// One statement of a PgConn::QueryAll batch.
struct PgQuery {
  std::string sql;
  PgParams params;
};

class PgConn {
 public:
  // Connects with `conninfo` (a postgresql:// URI or key=value string).
  // Throws Error(kUnavailable) with a one-line message that names the
  // server (never the password) when it cannot connect.
  explicit PgConn(const std::string& conninfo);
  ~PgConn();
  PgConn(const PgConn&) = delete;
  PgConn& operator=(const PgConn&) = delete;

  // Runs one or more statements with the simple protocol (no parameters,
  // results discarded), after the deferred queue.
  void Exec(const std::string& sql);
  // Runs `sql` (one statement, $n parameters) as a prepared statement,
  // cached per connection, after the deferred queue, and returns its rows.
  PgResult Query(const std::string& sql, const PgParams& params = {});
  // Runs `queries` (each prepared and cached like Query's) after the
  // deferred queue in one pipeline, one round trip for all of them, and
  // returns their rows in order. Throws the first error.
  std::vector<PgResult> QueryAll(const std::vector<PgQuery>& queries);
  // Runs `sql` unprepared (for one-off statements such as DECLARE CURSOR).
  PgResult QueryOnce(const std::string& sql, const PgParams& params = {});
  // Queues a prepared statement whose result is not needed. It runs before
  // the next Exec/Query/Flush, in order; its error (if any) surfaces there.
  void Defer(const std::string& sql, PgParams params);
  // The same without preparing (statements run once: CLOSE, NOTIFY).
  void DeferOnce(const std::string& sql, PgParams params = {});
  // Sends the deferred queue now.
  void Flush();
  size_t deferred() const { return deferred_.size(); }
  // Drops the deferred queue unsent (the transaction is being abandoned).
  void DiscardDeferred() { deferred_.clear(); }

  // COPY ... FROM STDIN: BeginCopy starts it, CopyData sends text-format
  // lines (buffered), EndCopy finishes it and throws if the server refused.
  void BeginCopy(const std::string& sql);
  void CopyData(std::string_view lines);
  void EndCopy();

  // Rolls back whatever transaction is open, swallowing errors (for
  // destructors); false when the connection is unusable afterwards.
  bool RollbackQuietly();
  // Ends a read-only transaction (a snapshot) without waiting: sends
  // ROLLBACK and leaves its reply to Settle. Swallows errors (for
  // destructors); false when the connection is unusable.
  bool EndSnapshot();
  // Reads the reply of an EndSnapshot's ROLLBACK if one is outstanding
  // (every other call does this first; a pool calls it before handing the
  // connection out). False when the connection is unusable or not idle.
  bool Settle();
  bool ok() const { return conn_ && PQstatus(conn_) == CONNECTION_OK; }
  PGconn* raw() { return conn_; }
  // The server's description for messages: postgresql://user@host:port/db.
  const std::string& name() const { return name_; }

  // `conninfo` without secrets, for messages.
  static std::string Describe(const std::string& conninfo);
  // The round trips the calling thread has made, over every connection:
  // each statement or pipeline sent whose replies it then awaited. Reading
  // the reply of an earlier EndSnapshot (Settle) is not one. For tests and
  // diagnostics of how many exchanges a request costs.
  static uint64_t RoundTrips();
  // Throws the Error matching a failed result (SQLSTATE class → ErrorCode).
  [[noreturn]] void Fail(const PGresult* r, std::string_view sql);

 private:
  struct Item {
    std::string sql;
    PgParams params;
    bool prepared;
  };
  // Sends `items` in one pipeline and returns the last item's result;
  // with `each`, every item's result (empty for those without rows).
  PgResult RunPipeline(std::vector<Item>& items, std::vector<PgResult>* each = nullptr);
  // The statement name for `sql`, preparing it first (blocking) if new.
  const std::string& Prepared(const std::string& sql, int nparams);
  // Settle, throwing Error(kUnavailable) when the connection is lost.
  void Drain();
  // The deferred queue and then `sql` in one pipeline: its result.
  PgResult QueryAfterDeferred(const std::string& sql, const PgParams& params, bool prepared);

  PGconn* conn_ = nullptr;
  std::string name_;
  std::unordered_map<std::string, std::string> statements_;
  uint64_t next_statement_ = 0;  // names are never reused
  std::vector<Item> deferred_;
  bool rollback_sent_ = false;  // EndSnapshot's reply not read yet
};

// Splits a one-line message out of libpq's multi-line ones.
std::string OneLine(std::string_view text);

}  // namespace parley::store
