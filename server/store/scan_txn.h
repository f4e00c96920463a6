// ScanTxn: a read-only snapshot for streaming the graph table by table, in
// id order, for exports and the change feed. Scans honour EventFilter's
// criteria except `q` and `role` (which only the REST lists offer) and
// ignore its paging fields. An event passes when it matches every given
// criterion; entities, edges and documents follow the events when the
// filter RestrictsEvents() (an entity is exported when it takes part in a
// passing event), otherwise every entity and document is exported. Every scan is a pull cursor over
// one stepping statement, so memory stays flat however large the table; the
// snapshot is consistent across all scans of one ScanTxn.
//
// Not thread-safe: one ScanTxn per thread (it may move between threads, as a
// streamed HTTP response does, but is used by one at a time). A cursor must
// be destroyed before its ScanTxn, and at most one cursor of each kind may be
// open at a time (each kind borrows its own cached statements).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "store/event_filter.h"
#include "store/rows.h"

namespace parley::store {

// One participation edge: entity `entity_id` took part in event `event_id`
// in `role`; `date` is the event's date ("" when undated).
struct EdgeRow {
  int64_t event_id = 0, entity_id = 0;
  std::string role, date;
  int64_t first_seen = 0, last_seen = 0;
};

// An event with everything a row of the dyadic table or a JSON-LD document
// needs: its participants (in first-seen order), its place and the URLs of
// the documents that support it.
struct EventDetail {
  EventRow event;
  std::vector<ParticipantDetail> participants;
  std::string place_name, place_country, place_attributes_json;
  std::vector<std::string> source_urls;  // distinct, at most kMaxSourceUrls
  static constexpr size_t kMaxSourceUrls = 20;
};

// One row of the change feed.
struct ChangeRow {
  int64_t seq = 0, at = 0;
  std::string op;    // created | updated | retracted
  std::string kind;  // document | entity | event
  int64_t object_id = 0;
};

// A forward-only cursor. Next() fills *row and returns true, or returns false
// once the scan is exhausted (and keeps returning false). Throws Error when
// the database fails mid-scan.
template <typename Row>
class Cursor {
 public:
  virtual ~Cursor() = default;
  virtual bool Next(Row* row) = 0;
};

class ScanTxn {
 public:
  virtual ~ScanTxn() = default;

  // Entities passing `filter`, in id order.
  virtual std::unique_ptr<Cursor<EntityRow>> Entities(const EventFilter& filter) = 0;
  // Events passing `filter`, in id order.
  virtual std::unique_ptr<Cursor<EventRow>> Events(const EventFilter& filter) = 0;
  // Events passing `filter` with participants, place and source URLs, in id
  // order (merge-joined from three ordered statements, not one query per
  // event).
  virtual std::unique_ptr<Cursor<EventDetail>> EventDetails(const EventFilter& filter) = 0;
  // Participation edges of passing events, ordered by event id then entity
  // id; both endpoints of every edge pass the same filter.
  virtual std::unique_ptr<Cursor<EdgeRow>> Edges(const EventFilter& filter) = 0;
  // Documents (with text) ingested by as_of that support a passing event,
  // or all documents when the filter does not restrict events; id order.
  virtual std::unique_ptr<Cursor<DocumentRow>> Documents(const EventFilter& filter) = 0;

  // Up to `limit` changes with seq > since_seq, in seq order.
  virtual std::vector<ChangeRow> Changes(int64_t since_seq, int limit) = 0;
  // The newest seq in the feed (0 when empty).
  virtual int64_t LastChangeSeq() = 0;
};

}  // namespace parley::store
