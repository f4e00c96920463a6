// SqliteReadTxn: ReadTxn over one pooled SQLite connection. Internal to
// store/.
//
// Not thread-safe: owned by one thread for the life of the snapshot.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "store/read_txn.h"
#include "store/sql_common.h"
#include "store/sqlite_db.h"

namespace parley::store {

class SqliteReadTxn : public ReadTxn {
 public:
  // Opens a read transaction on `db`; `release` runs on destruction to hand
  // the connection back to its pool.
  SqliteReadTxn(SqliteDb& db, std::function<void()> release);
  ~SqliteReadTxn() override;

  GraphCounts Counts() override;
  std::optional<DocumentRow> GetDocument(int64_t id) override;
  std::vector<MentionRow> DocumentMentions(int64_t document_id) override;
  std::optional<EntityRow> GetEntity(int64_t id) override;
  std::optional<EventRow> GetEvent(int64_t id) override;
  std::optional<int64_t> FindDocumentByHash(std::string_view content_hash) override;

 private:
  SqliteDb& db_;
  std::function<void()> release_;
  bool open_ = false;
};

// Row readers shared by the read and write sides (column lists: sql_common.h).
EntityRow ReadEntity(const Query& q, int first_col = 0);
EventRow ReadEvent(const Query& q, int first_col = 0);
DocumentRow ReadDocument(const Query& q, int first_col = 0);
// The spans of one evidence row (kMentionColumns from `first_col`), each as
// a MentionRow without text, version or time.
std::vector<MentionRow> ReadMentions(const Query& q, int first_col = 0);
RoleRow ReadRole(const Query& q, int first_col = 0);
GraphCounts ReadCounts(SqliteDb& db);

}  // namespace parley::store
