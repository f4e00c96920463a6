// Helpers shared by the SQL backends.
#include "store/sql_common.h"

#include <algorithm>
#include <charconv>
#include <limits>
#include <unordered_map>

#include <nlohmann/json.hpp>

namespace parley::store {

const char* const kEntityColumns =
    "id, type, name, dict_id, country, sector, actor_code, attributes, mention_count, "
    "document_count, event_count, first_seen, last_seen";
const char* const kEventColumns =
    "id, type, label, cameo, plover, plover_mode, goldstein, quad_class, date, date_precision, "
    "location_id, topic, quote, source_actor_code, target_actor_code, confidence, "
    "mention_count, document_count, source_count, first_seen, last_seen, date_source";
const char* const kDocumentColumns =
    "id, external_id, url, title, source, published_at, ingested_at, content_hash, text, "
    "metadata, extractor_version";
const char* const kMentionColumns =
    "id, document_id, kind, entity_id, event_id, role_id, start, \"end\", sentence, span_count, "
    "spans, rule";

const char* const kRoleColumns =
    "id, entity_id, title, of_whom, valid_from, valid_to, first_seen, last_seen";

std::string Prefixed(const char* alias, const char* columns) {
  std::string out;
  const std::string cols(columns);
  size_t start = 0;
  while (start < cols.size()) {
    size_t comma = cols.find(',', start);
    if (comma == std::string::npos) comma = cols.size();
    std::string col = cols.substr(start, comma - start);
    while (!col.empty() && col.front() == ' ') col.erase(col.begin());
    out += (out.empty() ? "" : ", ") + std::string(alias) + "." + col;
    start = comma + 1;
  }
  return out;
}

int64_t AsOf(int64_t as_of) { return as_of > 0 ? as_of : std::numeric_limits<int64_t>::max(); }

std::vector<MentionRow> ExpandSpans(MentionRow first, int64_t span_count,
                                    std::string_view spans_json) {
  std::vector<MentionRow> out;
  if (span_count <= 1 || spans_json.empty()) {
    out.push_back(std::move(first));
    return out;
  }
  // Written by the store itself: [[start, end, sentence], ...].
  auto spans = nlohmann::json::parse(spans_json, nullptr, /*allow_exceptions=*/false);
  if (!spans.is_array()) {
    out.push_back(std::move(first));
    return out;
  }
  for (const auto& sp : spans) {
    if (!sp.is_array() || sp.size() != 3 || !sp[0].is_number_integer() ||
        !sp[1].is_number_integer())
      continue;
    MentionRow one = first;
    one.start = sp[0].get<int64_t>();
    one.end = sp[1].get<int64_t>();
    one.sentence = sp[2].is_number_integer() ? sp[2].get<int>() : -1;
    out.push_back(std::move(one));
  }
  if (out.empty()) out.push_back(std::move(first));
  return out;
}

void FillMentionTexts(const std::string& text, const std::string& extractor_version,
                      int64_t ingested_at, std::vector<MentionRow>* mentions) {
  std::vector<MentionRow>& out = *mentions;
  std::stable_sort(out.begin(), out.end(), [](const MentionRow& a, const MentionRow& b) {
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  });
  // Byte offset of every code point, so each span's text is one substr.
  std::vector<size_t> at;
  at.reserve(text.size() + 1);
  for (size_t i = 0; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) at.push_back(i);
  at.push_back(text.size());
  const int64_t last = static_cast<int64_t>(at.size()) - 1;
  for (auto& m : out) {
    const size_t from = at[static_cast<size_t>(std::clamp<int64_t>(m.start, 0, last))];
    const size_t to = at[static_cast<size_t>(std::clamp<int64_t>(m.end, 0, last))];
    m.text = to > from ? text.substr(from, to - from) : std::string();
    m.extractor_version = extractor_version;
    m.created_at = ingested_at;
  }
}

namespace {
void Append(std::string& out, int64_t v) {
  char buf[24];
  out.append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
}
}  // namespace

std::string SpansJson(const std::vector<SpanRow>& spans) {
  std::string out;
  if (spans.size() <= 1) return out;
  out.push_back('[');
  for (const auto& sp : spans) {
    if (out.size() > 1) out.push_back(',');
    out.push_back('[');
    Append(out, sp.start);
    out.push_back(',');
    Append(out, sp.end);
    out.push_back(',');
    if (sp.sentence >= 0)
      Append(out, sp.sentence);
    else
      out.append("null");
    out.push_back(']');
  }
  out.push_back(']');
  return out;
}

std::string IdsJson(const std::vector<int64_t>& ids) {
  std::string out = "[";
  for (int64_t id : ids) {
    if (out.size() > 1) out.push_back(',');
    Append(out, id);
  }
  out.push_back(']');
  return out;
}

std::vector<int64_t> NewestEvents(std::vector<EventKey> keys, int limit) {
  std::sort(keys.begin(), keys.end(), [](const EventKey& a, const EventKey& b) {
    if (a.undated != b.undated) return !a.undated;
    if (a.date != b.date) return a.date > b.date;
    return a.id > b.id;
  });
  keys.erase(std::unique(keys.begin(), keys.end(),
                         [](const EventKey& a, const EventKey& b) { return a.id == b.id; }),
             keys.end());
  if (static_cast<int>(keys.size()) > limit) keys.resize(static_cast<size_t>(limit));
  std::vector<int64_t> ids;
  ids.reserve(keys.size());
  for (const auto& k : keys) ids.push_back(k.id);
  return ids;
}

std::vector<ParticipantRow> InEventOrder(const std::vector<int64_t>& ids,
                                         std::vector<ParticipantDetail> rows) {
  std::unordered_map<int64_t, size_t> rank;
  for (size_t i = 0; i < ids.size(); ++i) rank.emplace(ids[i], i);
  std::vector<std::vector<ParticipantRow>> by_rank(ids.size());
  for (auto& row : rows) {
    by_rank[rank.at(row.event_id)].push_back({row.event_id, row.entity_id, std::move(row.role)});
  }
  std::vector<ParticipantRow> out;
  out.reserve(rows.size());
  for (auto& group : by_rank)
    for (auto& row : group) out.push_back(std::move(row));
  return out;
}

}  // namespace parley::store
