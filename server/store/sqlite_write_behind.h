// WriteBehind: what a SQLite write transaction holds back until it commits
// (or until something in the transaction reads it): change-feed rows,
// provenance rows, full-text rows and count additions for entities and
// aliases seen again. Written in bulk at the end, they cost a fraction of a
// statement per row. Internal to store/.
//
// Not thread-safe: belongs to one write transaction.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include "store/rows.h"
#include "store/sqlite_db.h"

namespace parley::store {

// Runs `q` once per element of `rows` after `bind(q, row)`; a bind that
// returns false skips its row.
template <typename Rows, typename Bind>
void RunEach(Query& q, const Rows& rows, Bind bind) {
  for (const auto& row : rows) {
    if constexpr (std::is_same_v<decltype(bind(q, row)), bool>) {
      if (!bind(q, row)) continue;
    } else {
      bind(q, row);
    }
    q.Run();
    q.Reset();
  }
}

class WriteBehind {
 public:
  explicit WriteBehind(SqliteDb& db) : db_(db) {}

  struct Change {
    int64_t at;
    std::string op, kind;
    int64_t object_id;
  };
  struct DocumentText {
    int64_t id;
    std::string title, text;
  };
  struct EventText {
    std::string label, topic, quote;
  };
  struct EntityAdd {
    int64_t mentions = 0, documents = 0, events = 0, last_seen = 0;
  };
  struct AliasAdd {
    int64_t entity_id;
    std::string norm;
    int64_t count, last_seen;
  };

  // An entity row as the transaction will leave it: with the additions not
  // yet written.
  EntityRow WithPending(EntityRow e) const;

  // New full-text rows wait for the commit. FTS5 turns its pending terms into
  // an index segment at every statement savepoint (an UPDATE that checks a
  // foreign key opens one), so rows written as they came were flushed in
  // many small segments that later had to be merged; written last, a whole
  // transaction becomes one segment.
  void FlushFullText();
  // Writes the entity and alias additions kept in memory.
  void FlushCounts();
  // The change feed is written at commit, in call order.
  void FlushChanges();
  // Evidence rows wait until something reads provenance or the commit.
  void FlushEvidence();

  std::vector<Change> changes;
  std::vector<EvidenceRow> evidence;
  std::unordered_map<int64_t, EntityAdd> entity_adds;
  std::unordered_map<std::string, AliasAdd> alias_adds;  // key: entity id, NUL, norm
  std::vector<DocumentText> fts_documents;
  std::map<int64_t, EventText> fts_events;
  std::vector<std::pair<int64_t, std::string>> fts_aliases;

 private:
  // Runs `bind(query, first_param, row)` for every row in `count`, inserting
  // up to 64 rows per statement (prepared once per power-of-two size): a
  // statement per row cost more than the row itself.
  template <typename Bind>
  void InsertRows(const char* head, const char* values, int params, size_t count, Bind bind);

  SqliteDb& db_;
};

}  // namespace parley::store
