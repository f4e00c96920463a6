// SqliteReadTxn: ReadTxn over one pooled SQLite connection. Internal to
// store/.
//
// Not thread-safe: owned by one thread for the life of the snapshot.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
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
  std::vector<MentionRow> DocumentMentions(int64_t document_id, size_t max_spans,
                                           bool* truncated) override;
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
// The fields of one evidence row (kMentionColumns from `first_col`) as a
// MentionRow holding its first span, without text, version or time.
MentionRow ReadMentionFields(const Query& q, int first_col = 0);
// Calls `fn` with each span of that row in text order until it returns
// false; no span list is built, however many the row holds.
void ForEachMentionSpan(const Query& q, int first_col,
                        const std::function<bool(const SpanRow&)>& fn);
// The same over a packed span list, "[[start, end, sentence|null], ...]";
// false when it is malformed (the spans before the fault were passed on).
bool ForEachPackedSpan(std::string_view packed, const std::function<bool(const SpanRow&)>& fn);
// Byte ranges in `text` (UTF-8) of code-point ranges: one walk over the
// text up to the last offset, whatever the number of spans; offsets past
// the end clamp to it.
std::vector<std::pair<size_t, size_t>> SpanBytes(
    std::string_view text, const std::vector<std::pair<int64_t, int64_t>>& spans);
RoleRow ReadRole(const Query& q, int first_col = 0);
GraphCounts ReadCounts(SqliteDb& db);

}  // namespace parley::store
