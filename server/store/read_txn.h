// ReadTxn: a consistent read-only snapshot of the graph, used by queries and
// the HTTP layer. Every call sees the same committed state.
//
// Not thread-safe: one ReadTxn per thread; open as many as needed through
// Store::BeginRead.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "store/rows.h"

namespace parley::store {

class ReadTxn {
 public:
  virtual ~ReadTxn() = default;

  virtual GraphCounts Counts() = 0;
  virtual std::optional<DocumentRow> GetDocument(int64_t id) = 0;
  // Every mention of the document, ordered by start offset.
  virtual std::vector<MentionRow> DocumentMentions(int64_t document_id) = 0;
  virtual std::optional<EntityRow> GetEntity(int64_t id) = 0;
  virtual std::optional<EventRow> GetEvent(int64_t id) = 0;
  // The document whose normalised text has this SHA-256, if stored.
  virtual std::optional<int64_t> FindDocumentByHash(std::string_view content_hash) = 0;
};

}  // namespace parley::store
