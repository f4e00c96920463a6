// Helpers shared by the SQL backends (SQLite and PostgreSQL): column-list
// prefixing, the as_of bound, the expansion of a provenance row's spans, and
// the merge of per-entity event histories.
// Internal to store/; includes no database header.
//
// Thread-safe: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "store/rows.h"

namespace parley::store {

// The columns every backend reads rows with, in the order the row readers
// expect ("end" is quoted: a keyword in PostgreSQL).
extern const char* const kEntityColumns;
extern const char* const kEventColumns;
extern const char* const kDocumentColumns;
extern const char* const kMentionColumns;
extern const char* const kRoleColumns;

// `columns` ("id, type, ...") with every name prefixed by `alias.`.
std::string Prefixed(const char* alias, const char* columns);
// An as_of bound for SQL: `as_of` if set (> 0), else the largest timestamp,
// so one statement serves "now" and "as of".
int64_t AsOf(int64_t as_of);
// The spans of one evidence row: `first` (its first span) when span_count is
// 1 or `spans_json` is absent, else one copy of `first` per span of
// `spans_json` ([[start, end, sentence], ...], as the store writes it).
std::vector<MentionRow> ExpandSpans(MentionRow first, int64_t span_count,
                                    std::string_view spans_json);
// Sets each mention's text from `text` (offsets are code points), sorting
// them by start (longest first at equal starts), and its version and time.
void FillMentionTexts(const std::string& text, const std::string& extractor_version,
                      int64_t ingested_at, std::vector<MentionRow>* mentions);
// Evidence spans and participants as the store writes them: JSON text,
// empty for one span (spans) or for a fact that is not an event.
std::string SpansJson(const std::vector<SpanRow>& spans);
std::string IdsJson(const std::vector<int64_t>& ids);

// An event of some entity's history, as EventsOf reads them per entity.
struct EventKey {
  bool undated;
  std::string date;
  int64_t id;
};
// The ids of the newest `limit` distinct events of `keys`: latest date first,
// undated last, the higher id first at equal dates.
std::vector<int64_t> NewestEvents(std::vector<EventKey> keys, int limit);
// `rows` (any order) as ParticipantRows, grouped by event in the order of
// `ids`; each row's event must be in `ids`.
std::vector<ParticipantRow> InEventOrder(const std::vector<int64_t>& ids,
                                         std::vector<ParticipantDetail> rows);

}  // namespace parley::store
