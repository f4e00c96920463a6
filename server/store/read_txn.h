// ReadTxn: a consistent read-only snapshot of the graph, used by queries and
// the HTTP layer. Every call sees the same committed state.
//
// Not thread-safe: one ReadTxn per thread; open as many as needed through
// Store::BeginRead.
#pragma once

#include <cstddef>
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
  // The document's mentions, one per span, ordered by start offset (longer
  // first at one start): the first `max_spans` of them. *truncated says
  // whether the document holds more. Memory stays proportional to
  // `max_spans` however many spans the document holds.
  virtual std::vector<MentionRow> DocumentMentions(int64_t document_id, size_t max_spans,
                                                   bool* truncated) = 0;
  virtual std::optional<EntityRow> GetEntity(int64_t id) = 0;
  virtual std::optional<EventRow> GetEvent(int64_t id) = 0;
  // The document whose normalised text has this SHA-256, if stored.
  virtual std::optional<int64_t> FindDocumentByHash(std::string_view content_hash) = 0;
};

}  // namespace parley::store
