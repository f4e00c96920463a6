// Rows: the plain records that cross the storage interface. They name graph
// concepts, not SQL, so another backend (PostgreSQL) can produce the same.
//
// Thread-safe: plain values. Empty strings stand for NULL; id 0 for "none".
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace parley::store {

struct DocumentRow {
  int64_t id = 0;
  std::string external_id, url, title, source, published_at;
  int64_t ingested_at = 0;
  std::string content_hash, text;
  std::string metadata_json = "{}";
  std::string extractor_version;
};

struct EntityRow {
  int64_t id = 0;
  std::string type, name, dict_id, country, sector, actor_code;
  std::string attributes_json = "{}";
  int64_t mention_count = 0, document_count = 0, event_count = 0;
  int64_t first_seen = 0, last_seen = 0;
};

struct RoleRow {
  int64_t id = 0, entity_id = 0;
  std::string title, of_whom, valid_from, valid_to;
  int64_t first_seen = 0, last_seen = 0;
};

struct EventRow {
  int64_t id = 0;
  std::string type, label, cameo, plover, plover_mode;
  double goldstein = 0;
  int quad_class = 0;
  std::string date, date_precision;
  std::string date_source;  // "text", "context", "published" or "" (undated)
  int64_t location_id = 0;
  std::string topic, quote, source_actor_code, target_actor_code;
  double confidence = 0;
  int64_t mention_count = 0, document_count = 0, source_count = 0;
  int64_t first_seen = 0, last_seen = 0;
};

struct ParticipantRow {
  int64_t event_id = 0, entity_id = 0;
  std::string role;
};

// A participant of an event with the fields of its entity that reads show.
struct ParticipantDetail {
  int64_t entity_id = 0;
  std::string role, name, type, country, sector, actor_code;
  int64_t event_id = 0;
};

// A span of a document that supports one fact, as read back: its text and
// the extractor version and time come from the document.
struct MentionRow {
  int64_t id = 0, document_id = 0;
  std::string kind;  // entity | event | role
  int64_t entity_id = 0, event_id = 0, role_id = 0;
  int64_t start = 0, end = 0;
  int sentence = -1;
  std::string text, rule, extractor_version;
  int64_t created_at = 0;
};

// Offsets in Unicode code points into the document text; sentence -1 = unknown.
struct SpanRow {
  int64_t start = 0, end = 0;
  int sentence = -1;
};

// What one document says for one fact, as written: every span that states it
// (at least one, in document order) and, for an event, the entities the
// document puts in it. One row per document and fact keeps provenance cheap
// to write; reads expand it to one MentionRow per span.
struct EvidenceRow {
  int64_t document_id = 0;
  std::string kind;  // entity | event | role
  int64_t entity_id = 0, event_id = 0, role_id = 0;
  std::vector<SpanRow> spans;
  std::vector<int64_t> participants;
  std::string rule;
};

struct GraphCounts {
  int64_t documents = 0, entities = 0, events = 0, mentions = 0, aliases = 0, participants = 0;
};

}  // namespace parley::store
