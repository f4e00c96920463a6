// PgConn implementation: connection set-up, error mapping, the statement
// cache and the pipeline that carries deferred writes.
#include "store/pg_conn.h"

#include <spdlog/spdlog.h>

#include <charconv>
#include <cstdlib>

#include "base/error.h"
#include "base/strings.h"

namespace parley::store {
namespace {

// Pipelines stay short enough that the server's replies to them always fit
// in the socket buffers: libpq in blocking mode does not read while it
// sends, and a server blocked on writing replies stops reading.
constexpr size_t kMaxPipeline = 256;

void IgnoreNotice(void*, const char*) {}

// PgConn::RoundTrips: per thread, as a request runs on one thread.
thread_local uint64_t round_trips = 0;

}  // namespace

uint64_t PgConn::RoundTrips() { return round_trips; }

std::string OneLine(std::string_view text) {
  return CollapseSeparators(text,
                            [](char c) { return c == '\n' || c == '\r' || c == '\t' || c == ' '; });
}

PgParams& PgParams::Add(int64_t v) {
  char buf[24];
  values_.emplace_back(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
  null_.push_back(false);
  return *this;
}

PgParams& PgParams::Add(double v) {
  char buf[40];
  // Shortest text that reads back as the same double.
  values_.emplace_back(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
  null_.push_back(false);
  return *this;
}

PgParams& PgParams::Add(std::string_view v) {
  values_.emplace_back(v);
  null_.push_back(false);
  return *this;
}

PgParams& PgParams::AddNull() {
  values_.emplace_back();
  null_.push_back(true);
  return *this;
}

PgParams& PgParams::AddIds(const std::vector<int64_t>& ids) {
  std::string out = "{";
  char buf[24];
  for (size_t i = 0; i < ids.size(); ++i) {
    if (i) out.push_back(',');
    out.append(buf, std::to_chars(buf, buf + sizeof buf, ids[i]).ptr);
  }
  out.push_back('}');
  return Add(std::string_view(out));
}

PgParams& PgParams::AddTexts(const std::vector<std::string>& values) {
  std::string out = "{";
  for (size_t i = 0; i < values.size(); ++i) {
    if (i) out.push_back(',');
    out.push_back('"');
    for (char c : values[i]) {
      if (c == '"' || c == '\\') out.push_back('\\');
      out.push_back(c);
    }
    out.push_back('"');
  }
  out.push_back('}');
  return Add(std::string_view(out));
}

PgArray& PgArray::Add(int64_t v) {
  Separate();
  char buf[24];
  out_.append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
  return *this;
}

PgArray& PgArray::Add(std::string_view v) {
  Separate();
  out_.push_back('"');
  for (char c : v) {
    if (c == '"' || c == '\\') out_.push_back('\\');
    out_.push_back(c);
  }
  out_.push_back('"');
  return *this;
}

PgArray& PgArray::AddNull() {
  Separate();
  out_ += "NULL";
  return *this;
}

const char* const* PgParams::values() const {
  pointers_.resize(values_.size());
  for (size_t i = 0; i < values_.size(); ++i)
    pointers_[i] = null_[i] ? nullptr : values_[i].c_str();
  return pointers_.data();
}

std::string PgResult::Text(int row, int col) const { return std::string(View(row, col)); }

std::string_view PgResult::View(int row, int col) const {
  if (PQgetisnull(r_.get(), row, col)) return {};
  return std::string_view(PQgetvalue(r_.get(), row, col),
                          static_cast<size_t>(PQgetlength(r_.get(), row, col)));
}

int64_t PgResult::Int(int row, int col) const {
  std::string_view v = View(row, col);
  int64_t out = 0;
  std::from_chars(v.data(), v.data() + v.size(), out);
  return out;
}

double PgResult::Real(int row, int col) const {
  std::string_view v = View(row, col);
  double out = 0;
  std::from_chars(v.data(), v.data() + v.size(), out);
  return out;
}

int64_t PgResult::Affected() const {
  const char* n = r_ ? PQcmdTuples(r_.get()) : "";
  return *n ? std::strtoll(n, nullptr, 10) : 0;
}

std::string PgConn::Describe(const std::string& conninfo) {
  char* err = nullptr;
  PQconninfoOption* opts = PQconninfoParse(conninfo.c_str(), &err);
  if (!opts) {
    std::string msg = err ? OneLine(err) : "unparseable";
    PQfreemem(err);
    return "(invalid connection string: " + msg + ")";
  }
  std::string user, host, port, dbname;
  for (PQconninfoOption* o = opts; o->keyword; ++o) {
    if (!o->val) continue;
    const std::string key = o->keyword;
    if (key == "user") user = o->val;
    if (key == "host" || (key == "hostaddr" && host.empty())) host = o->val;
    if (key == "port") port = o->val;
    if (key == "dbname") dbname = o->val;
  }
  PQconninfoFree(opts);
  std::string out = "postgresql://";
  if (!user.empty()) out += user + "@";
  out += host;
  if (!port.empty()) out += ":" + port;
  return out + "/" + dbname;
}

PgConn::PgConn(const std::string& conninfo) : name_(Describe(conninfo)) {
  const char* keys[] = {"dbname", "fallback_application_name", "client_encoding", "connect_timeout",
                        nullptr};
  const char* values[] = {conninfo.c_str(), "parley", "UTF8", "10", nullptr};
  conn_ = PQconnectdbParams(keys, values, /*expand_dbname=*/1);
  if (!conn_ || PQstatus(conn_) != CONNECTION_OK) {
    std::string msg = conn_ ? OneLine(PQerrorMessage(conn_)) : "out of memory";
    if (conn_) PQfinish(conn_);
    conn_ = nullptr;
    throw Error(ErrorCode::kUnavailable, "cannot connect to PostgreSQL " + name_ + ": " + msg);
  }
  PQsetNoticeProcessor(conn_, &IgnoreNotice, nullptr);
  // Doubles in text as the shortest exact form (PostgreSQL 12+ with >= 1),
  // whatever the server's default: copies and exports must be exact.
  Exec("SET extra_float_digits = 1");
}

PgConn::~PgConn() {
  if (conn_) PQfinish(conn_);
}

void PgConn::Fail(const PGresult* r, std::string_view sql) {
  const char* state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
  std::string msg = r ? OneLine(PQresultErrorMessage(r)) : std::string();
  if (msg.empty()) msg = OneLine(PQerrorMessage(conn_));
  if (msg.empty()) msg = "unknown error";
  const std::string where = sql.empty() ? "" : " (" + OneLine(sql.substr(0, 80)) + ")";
  const std::string s = state ? state : "";
  if (!r || !ok() || s.rfind("08", 0) == 0 || s.rfind("57P", 0) == 0 || s.rfind("53", 0) == 0)
    throw Error(ErrorCode::kUnavailable, "database unavailable: " + name_ + ": " + msg);
  // As the SQLite backend (issue 19.10): what a client sees names no SQL,
  // table or column; the details go to the log.
  if (s == "40001" || s == "40P01" || s == "55P03" || s == "57014") {
    spdlog::debug("database busy: {}{}", msg, where);
    throw Error(ErrorCode::kUnavailable, "the database is busy");
  }
  if (s == "25006") {
    spdlog::warn("database is read-only: {}{}", msg, where);
    throw Error(ErrorCode::kUnavailable, "the database is read-only (a replica?)");
  }
  if (s.rfind("23", 0) == 0) {
    spdlog::warn("database constraint failed: {}{}", msg, where);
    throw Error(ErrorCode::kConflict, "the write conflicts with what the database holds");
  }
  if (s == "22021" || s == "22P05" || s == "22P02")
    throw Error(ErrorCode::kInvalidArgument, "value not storable: " + msg);
  spdlog::error("database error: {}{}", msg, where);
  throw Error(ErrorCode::kInternal, "database error");
}

void PgConn::Exec(const std::string& sql) {
  Flush();
  ++round_trips;
  PGresult* r = PQexec(conn_, sql.c_str());
  PgResult hold(r);
  const ExecStatusType st = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
  if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) Fail(r, sql);
}

const std::string& PgConn::Prepared(const std::string& sql, int nparams) {
  auto it = statements_.find(sql);
  if (it != statements_.end()) return it->second;
  std::string name = "p" + std::to_string(next_statement_++);
  ++round_trips;
  PGresult* r = PQprepare(conn_, name.c_str(), sql.c_str(), nparams, nullptr);
  PgResult hold(r);
  if (!r || PQresultStatus(r) != PGRES_COMMAND_OK) Fail(r, sql);
  return statements_.emplace(sql, std::move(name)).first->second;
}

PgResult PgConn::QueryAfterDeferred(const std::string& sql, const PgParams& params, bool prepared) {
  std::vector<Item> items;
  items.swap(deferred_);
  items.push_back({sql, params, prepared});
  return RunPipeline(items);
}

PgResult PgConn::Query(const std::string& sql, const PgParams& params) {
  Drain();
  // One round trip for the queue and the question (a snapshot's BEGIN, a
  // write transaction's deferred statements), not one for each.
  // A statement new to this connection is prepared in the same pipeline.
  if (!deferred_.empty() || !statements_.count(sql)) return QueryAfterDeferred(sql, params, true);
  const std::string& name = Prepared(sql, params.size());
  ++round_trips;
  PGresult* r =
      PQexecPrepared(conn_, name.c_str(), params.size(), params.values(), nullptr, nullptr, 0);
  PgResult out(r);
  const ExecStatusType st = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
  if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) Fail(r, sql);
  return out;
}

std::vector<PgResult> PgConn::QueryAll(const std::vector<PgQuery>& queries) {
  Drain();
  std::vector<Item> items;
  items.swap(deferred_);
  const size_t first = items.size();
  for (const auto& q : queries) items.push_back({q.sql, q.params, true});
  std::vector<PgResult> each;
  RunPipeline(items, &each);
  return std::vector<PgResult>(each.begin() + static_cast<std::ptrdiff_t>(first), each.end());
}

PgResult PgConn::QueryOnce(const std::string& sql, const PgParams& params) {
  Drain();
  if (!deferred_.empty()) return QueryAfterDeferred(sql, params, false);
  ++round_trips;
  PGresult* r = PQexecParams(conn_, sql.c_str(), params.size(), nullptr, params.values(), nullptr,
                             nullptr, 0);
  PgResult out(r);
  const ExecStatusType st = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
  if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) Fail(r, sql);
  return out;
}

void PgConn::Defer(const std::string& sql, PgParams params) {
  deferred_.push_back({sql, std::move(params), true});
  if (deferred_.size() >= kMaxPipeline) Flush();
}

void PgConn::DeferOnce(const std::string& sql, PgParams params) {
  deferred_.push_back({sql, std::move(params), false});
  if (deferred_.size() >= kMaxPipeline) Flush();
}

void PgConn::Flush() {
  Drain();
  if (deferred_.empty()) return;
  std::vector<Item> items;
  items.swap(deferred_);
  RunPipeline(items);
}

PgResult PgConn::RunPipeline(std::vector<Item>& items, std::vector<PgResult>* each) {
  if (each) each->assign(items.size(), PgResult());
  if (PQenterPipelineMode(conn_) != 1) Fail(nullptr, "pipeline");
  // Statements prepared in this pipeline: forgotten again if it fails, as
  // the server may not have them.
  std::vector<std::string> fresh;
  struct Sent {
    size_t item;
    bool prepare;
  };
  std::vector<Sent> sent;
  bool send_failed = false;
  for (size_t i = 0; i < items.size() && !send_failed; ++i) {
    Item& item = items[i];
    int ok = 1;
    if (item.prepared) {
      auto it = statements_.find(item.sql);
      if (it == statements_.end()) {
        std::string name = "p" + std::to_string(next_statement_++);
        ok = PQsendPrepare(conn_, name.c_str(), item.sql.c_str(), item.params.size(), nullptr);
        if (ok) {
          sent.push_back({i, true});
          fresh.push_back(item.sql);
          it = statements_.emplace(item.sql, std::move(name)).first;
        }
      }
      if (ok)
        ok = PQsendQueryPrepared(conn_, it->second.c_str(), item.params.size(),
                                 item.params.values(), nullptr, nullptr, 0);
    } else {
      ok = PQsendQueryParams(conn_, item.sql.c_str(), item.params.size(), nullptr,
                             item.params.values(), nullptr, nullptr, 0);
    }
    if (ok) sent.push_back({i, false});
    send_failed = !ok;
  }
  if (!send_failed) send_failed = PQpipelineSync(conn_) != 1;
  ++round_trips;
  if (send_failed) {
    for (const auto& sql : fresh) statements_.erase(sql);
    PQexitPipelineMode(conn_);
    Fail(nullptr, "pipeline");
  }

  PgResult last, error;
  std::string error_sql;
  for (const Sent& s : sent) {
    // Each command's results end with a NULL.
    while (PGresult* r = PQgetResult(conn_)) {
      PgResult hold(r);
      const ExecStatusType st = PQresultStatus(r);
      if (st == PGRES_FATAL_ERROR && error_sql.empty()) {
        error = hold;
        error_sql = items[s.item].sql;
      } else if (!s.prepare && (st == PGRES_TUPLES_OK || st == PGRES_COMMAND_OK)) {
        if (each) (*each)[s.item] = hold;
        if (s.item + 1 == items.size()) last = hold;
      }
    }
    if (!ok()) break;
  }
  // Then the sync point itself.
  for (int nulls = 0; ok() && nulls < 2;) {
    PGresult* r = PQgetResult(conn_);
    if (!r) {
      ++nulls;
      continue;
    }
    nulls = 0;
    const bool synced = PQresultStatus(r) == PGRES_PIPELINE_SYNC;
    PQclear(r);
    if (synced) break;
  }
  if (ok()) PQexitPipelineMode(conn_);
  if (!error_sql.empty()) {
    // Statements are not transactional: those prepared before the failure
    // stay on the server under names never reused; forget the new ones.
    for (const auto& sql : fresh) statements_.erase(sql);
    Fail(error.get(), error_sql);
  }
  if (!ok()) Fail(nullptr, "pipeline");
  return last;
}

void PgConn::BeginCopy(const std::string& sql) {
  Flush();
  ++round_trips;
  PGresult* r = PQexec(conn_, sql.c_str());
  PgResult hold(r);
  if (!r || PQresultStatus(r) != PGRES_COPY_IN) Fail(r, sql);
}

void PgConn::CopyData(std::string_view lines) {
  if (PQputCopyData(conn_, lines.data(), static_cast<int>(lines.size())) != 1)
    Fail(nullptr, "COPY");
}

void PgConn::EndCopy() {
  if (PQputCopyEnd(conn_, nullptr) != 1) Fail(nullptr, "COPY");
  ++round_trips;
  PgResult last;
  while (PGresult* r = PQgetResult(conn_)) {
    PgResult hold(r);
    if (PQresultStatus(r) != PGRES_COMMAND_OK) last = hold;
  }
  if (last.get()) Fail(last.get(), "COPY");
}

bool PgConn::RollbackQuietly() {
  deferred_.clear();
  if (!Settle()) return false;
  if (PQtransactionStatus(conn_) == PQTRANS_IDLE) return true;
  ++round_trips;
  PGresult* r = PQexec(conn_, "ROLLBACK");
  if (r) PQclear(r);
  return ok() && PQtransactionStatus(conn_) == PQTRANS_IDLE;
}

bool PgConn::EndSnapshot() {
  deferred_.clear();
  if (!Settle()) return false;
  const PGTransactionStatusType status = PQtransactionStatus(conn_);
  if (status == PQTRANS_IDLE) return true;
  if (status != PQTRANS_INTRANS && status != PQTRANS_INERROR) return RollbackQuietly();
  // A pipeline of one, so that the reply can wait: nothing else reads this
  // connection until Settle. The server ends the snapshot as soon as the
  // message arrives; only reading its reply is left for later.
  if (PQenterPipelineMode(conn_) != 1) return RollbackQuietly();
  const bool sent =
      PQsendQueryParams(conn_, "ROLLBACK", 0, nullptr, nullptr, nullptr, nullptr, 0) == 1 &&
      PQpipelineSync(conn_) == 1 && PQflush(conn_) == 0;
  rollback_sent_ = true;
  if (!sent) return Settle();
  return ok();
}

bool PgConn::Settle() {
  if (!rollback_sent_) return ok();
  rollback_sent_ = false;
  bool synced = false;
  if (ok()) {
    // Not counted in RoundTrips: nothing is sent, and the reply is usually
    // in already (when it is not, the server is still ending the previous
    // user's snapshot, which only a busy server makes anyone wait for).
    for (int nulls = 0; ok() && nulls < 2 && !synced;) {
      PGresult* r = PQgetResult(conn_);
      if (!r) {
        ++nulls;
        continue;
      }
      nulls = 0;
      synced = PQresultStatus(r) == PGRES_PIPELINE_SYNC;
      PQclear(r);
    }
  }
  if (synced && ok() && PQexitPipelineMode(conn_) == 1 &&
      PQtransactionStatus(conn_) == PQTRANS_IDLE)
    return true;
  // Whatever went wrong, this connection is not to be trusted again: closed,
  // every later call fails as unavailable and a pool drops it.
  PQfinish(conn_);
  conn_ = nullptr;
  return false;
}

void PgConn::Drain() {
  if (rollback_sent_ && !Settle()) Fail(nullptr, "ROLLBACK");
}

}  // namespace parley::store
