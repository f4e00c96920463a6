// WriteTxn: the single writer's view of the graph, used by ingestion. All
// calls between creation and Commit() are one atomic transaction; destroying
// an uncommitted WriteTxn rolls everything back.
//
// Not thread-safe: one WriteTxn at a time per Store (Store::BeginWrite blocks
// until the previous one ends).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/rows.h"

namespace parley::store {

class WriteTxn {
 public:
  virtual ~WriteTxn() = default;
  // Makes every change durable. Throws Error on failure (then nothing landed).
  virtual void Commit() = 0;

  // Documents.
  virtual std::optional<int64_t> FindDocumentByHash(std::string_view content_hash) = 0;
  // Throws Error kConflict when a document with the same content hash is
  // stored. Call it for all of a transaction's documents before any other
  // write or read but FindDocumentByHash: on PostgreSQL documents are inserted
  // before the writer lock is taken (so that writers store them in parallel),
  // and the insert then waits for, and fails after, another writer's
  // transaction that is storing the same text; the caller retries, and
  // FindDocumentByHash finds it. Two writers whose inputs hold the same
  // documents in different orders can deadlock there; PostgreSQL detects
  // that and fails one of them with kUnavailable.
  virtual int64_t InsertDocument(const DocumentRow& doc) = 0;
  virtual std::optional<DocumentRow> GetDocument(int64_t id) = 0;
  // Up to `limit` documents with id > after_id, in id order (for reindex).
  virtual std::vector<DocumentRow> ListDocuments(int64_t after_id, int limit) = 0;
  // Deletes the document and its mentions, then every fact left with no
  // mention, and refreshes counts of the facts it touched. False if no such
  // document. With `keep_document` only the facts go (for re-extraction).
  virtual bool RetractDocument(int64_t id, int64_t now, bool keep_document = false) = 0;

  // Entities.
  virtual std::optional<EntityRow> FindEntityByDictId(std::string_view dict_id) = 0;
  // Entities of `type` that carry the normalised alias `norm`.
  virtual std::vector<EntityRow> FindEntitiesByAlias(std::string_view norm,
                                                     std::string_view type) = 0;
  virtual std::optional<EntityRow> GetEntity(int64_t id) = 0;
  virtual int64_t InsertEntity(const EntityRow& entity) = 0;
  // Fills empty country/sector/actor_code from `update` and sets last_seen.
  virtual void TouchEntity(const EntityRow& update, int64_t now) = 0;
  virtual void UpsertAlias(int64_t entity_id, std::string_view alias, std::string_view norm,
                           int64_t now) = 0;
  // Returns the role id; widens valid_from/valid_to when given.
  virtual int64_t UpsertRole(const RoleRow& role, int64_t now) = 0;
  virtual std::vector<RoleRow> EntityRoles(int64_t entity_id) = 0;

  // Events.
  // Events of any of `types` that have at least one of `entity_ids` as a
  // participant and whose own clause states a date within [date_from,
  // date_to] — or, when the dates are empty, events at `location_id` with no
  // date stated (undated, or dated from the article's context or its
  // publication only: those say when the report was written or what its
  // lead was about, not that two reports tell of one event). Used to merge mentions
  // of one real event across documents; driven by the date (or place) index
  // so its cost does not grow with a popular participant's history.
  virtual std::vector<EventRow> FindCandidateEvents(const std::vector<std::string>& types,
                                                    const std::vector<int64_t>& entity_ids,
                                                    std::string_view date_from,
                                                    std::string_view date_to,
                                                    int64_t location_id) = 0;
  virtual std::vector<ParticipantRow> EventParticipants(int64_t event_id) = 0;
  // Inserts with the row's counts as given (a new event's first document).
  virtual int64_t InsertEvent(const EventRow& event) = 0;
  // Rewrites the event's descriptive columns (not its counts).
  virtual void UpdateEvent(const EventRow& event) = 0;
  // True when the entity had no role in that event before (the event is
  // new to it), false when only a role was added or nothing changed.
  virtual bool UpsertParticipant(const ParticipantRow& p, int64_t now) = 0;

  // Provenance: what `evidence.document_id` says for one fact. Call once per
  // document and fact; `spans` must not be empty.
  virtual void InsertEvidence(const EvidenceRow& evidence) = 0;
  // Records that the document's facts now come from `extractor_version`.
  virtual void SetDocumentExtractor(int64_t document_id, std::string_view extractor_version) = 0;
  // Recomputes mention/document/source/event counts from provenance.
  virtual void RefreshCounts(const std::vector<int64_t>& entity_ids,
                             const std::vector<int64_t>& event_ids) = 0;
  // Adds one new document's provenance to the counts without rescanning
  // history: for each entity (event) id, that many more mentions (evidence
  // spans) and one more document; entities gain `entity_new_events` more
  // events (as counted by UpsertParticipant); events' source counts are
  // refreshed; all of them are last seen at `now`. Ingest cost stays flat as
  // entities grow popular.
  virtual void AddDocumentCounts(int64_t document_id,
                                 const std::map<int64_t, int64_t>& entity_mentions,
                                 const std::map<int64_t, int64_t>& event_mentions,
                                 const std::map<int64_t, int64_t>& entity_new_events,
                                 int64_t now) = 0;
  // Appends to the change feed.
  virtual void RecordChange(std::string_view op, std::string_view kind, int64_t object_id,
                            int64_t now) = 0;
  virtual GraphCounts Counts() = 0;
};

}  // namespace parley::store
