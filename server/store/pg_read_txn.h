// PgReadTxn: ReadTxn over one pooled PostgreSQL connection, in a
// REPEATABLE READ READ ONLY transaction (one snapshot for every call), and the
// row readers the PostgreSQL backend shares. Internal to store/.
//
// Not thread-safe: owned by one thread for the life of the snapshot.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "store/event_filter.h"
#include "store/pg_conn.h"
#include "store/read_txn.h"
#include "store/sql_common.h"

namespace parley::store {

// Opens the snapshot lazily: BEGIN goes to the server in one pipeline with
// the first query. Rolls back on destruction without waiting for the reply
// (PgConn::EndSnapshot) and releases the connection: a snapshot adds no
// round trip to the queries it holds.
class PgSnapshot {
 public:
  PgSnapshot(PgConn& db, std::function<void(bool broken)> release);
  ~PgSnapshot();
  PgSnapshot(const PgSnapshot&) = delete;
  PgSnapshot& operator=(const PgSnapshot&) = delete;
  PgConn& db() { return db_; }

 private:
  PgConn& db_;
  std::function<void(bool)> release_;
};

class PgReadTxn : public ReadTxn {
 public:
  PgReadTxn(PgConn& db, std::function<void(bool)> release);

  GraphCounts Counts() override;
  std::optional<DocumentRow> GetDocument(int64_t id) override;
  std::vector<MentionRow> DocumentMentions(int64_t document_id, size_t max_spans,
                                           bool* truncated) override;
  std::optional<EntityRow> GetEntity(int64_t id) override;
  std::optional<EventRow> GetEvent(int64_t id) override;
  std::optional<int64_t> FindDocumentByHash(std::string_view content_hash) override;

 private:
  PgSnapshot snapshot_;
  PgConn& db_;
};

// Row readers: columns as listed in sql_common.h, from column `c` of `row`.
EntityRow PgEntity(const PgResult& r, int row, int c = 0);
EventRow PgEvent(const PgResult& r, int row, int c = 0);
DocumentRow PgDocument(const PgResult& r, int row, int c = 0);
RoleRow PgRole(const PgResult& r, int row, int c = 0);
std::vector<MentionRow> PgMentions(const PgResult& r, int row, int c = 0);
GraphCounts PgCounts(PgConn& db);

// The EventFilter's date bounds and dyad as PostgreSQL predicates over
// events `v` (" AND ..." or "" when not asked for), with the SQLite
// backend's semantics: the same SQL text (store/sqlite_event_sql.h), whose
// plain SQL both dialects read alike, over parameters added to `b`.
// `as_of` is a placeholder already in `b`.
std::string PgDateBounds(PgBuilder& b, const EventFilter& f, const std::string& column);
std::string PgDyad(PgBuilder& b, const EventFilter& f, const std::string& event,
                   const std::string& as_of);
std::optional<DocumentRow> PgGetDocument(PgConn& db, int64_t id);
std::optional<EntityRow> PgGetEntity(PgConn& db, int64_t id);

}  // namespace parley::store
