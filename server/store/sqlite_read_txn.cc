// SqliteReadTxn and the row readers shared with the writer.
#include "store/sqlite_read_txn.h"

#include <sqlite3.h>

#include <algorithm>
#include <charconv>
#include <limits>
#include <memory>
#include <queue>

#include <nlohmann/json.hpp>

namespace parley::store {

RoleRow ReadRole(const Query& q, int c) {
  RoleRow r;
  r.id = q.Int(c + 0);
  r.entity_id = q.Int(c + 1);
  r.title = q.Text(c + 2);
  r.of_whom = q.Text(c + 3);
  r.valid_from = q.Text(c + 4);
  r.valid_to = q.Text(c + 5);
  r.first_seen = q.Int(c + 6);
  r.last_seen = q.Int(c + 7);
  return r;
}

EntityRow ReadEntity(const Query& q, int c) {
  EntityRow e;
  e.id = q.Int(c + 0);
  e.type = q.Text(c + 1);
  e.name = q.Text(c + 2);
  e.dict_id = q.Text(c + 3);
  e.country = q.Text(c + 4);
  e.sector = q.Text(c + 5);
  e.actor_code = q.Text(c + 6);
  e.attributes_json = q.Text(c + 7);
  e.mention_count = q.Int(c + 8);
  e.document_count = q.Int(c + 9);
  e.event_count = q.Int(c + 10);
  e.first_seen = q.Int(c + 11);
  e.last_seen = q.Int(c + 12);
  return e;
}

EventRow ReadEvent(const Query& q, int c) {
  EventRow v;
  v.id = q.Int(c + 0);
  v.type = q.Text(c + 1);
  v.label = q.Text(c + 2);
  v.cameo = q.Text(c + 3);
  v.plover = q.Text(c + 4);
  v.plover_mode = q.Text(c + 5);
  v.goldstein = q.Real(c + 6);
  v.quad_class = static_cast<int>(q.Int(c + 7));
  v.date = q.Text(c + 8);
  v.date_precision = q.Text(c + 9);
  v.location_id = q.Int(c + 10);
  v.topic = q.Text(c + 11);
  v.quote = q.Text(c + 12);
  v.source_actor_code = q.Text(c + 13);
  v.target_actor_code = q.Text(c + 14);
  v.confidence = q.Real(c + 15);
  v.mention_count = q.Int(c + 16);
  v.document_count = q.Int(c + 17);
  v.source_count = q.Int(c + 18);
  v.first_seen = q.Int(c + 19);
  v.last_seen = q.Int(c + 20);
  v.date_source = q.Text(c + 21);
  return v;
}

DocumentRow ReadDocument(const Query& q, int c) {
  DocumentRow d;
  d.id = q.Int(c + 0);
  d.external_id = q.Text(c + 1);
  d.url = q.Text(c + 2);
  d.title = q.Text(c + 3);
  d.source = q.Text(c + 4);
  d.published_at = q.Text(c + 5);
  d.ingested_at = q.Int(c + 6);
  d.content_hash = q.Text(c + 7);
  d.text = q.Text(c + 8);
  d.metadata_json = q.Text(c + 9);
  d.extractor_version = q.Text(c + 10);
  return d;
}

namespace {

// Rules as long as this were written before extraction listed each rule of a
// merged event once ("r+r+r+..." per sentence); nobody reads that far.
constexpr size_t kMaxRuleBytes = 256;

// Reads one integer or "null" (-1) at `p`; false when neither is there.
bool PackedNumber(const char*& p, const char* end, int64_t* out) {
  if (end - p >= 4 && std::string_view(p, 4) == "null") {
    p += 4;
    *out = -1;
    return true;
  }
  auto [next, ec] = std::from_chars(p, end, *out);
  if (ec != std::errc()) return false;
  p = next;
  return true;
}

}  // namespace

MentionRow ReadMentionFields(const Query& q, int c) {
  MentionRow m;
  m.id = q.Int(c + 0);
  m.document_id = q.Int(c + 1);
  m.kind = q.Text(c + 2);
  m.entity_id = q.Int(c + 3);
  m.event_id = q.Int(c + 4);
  m.role_id = q.Int(c + 5);
  m.start = q.Int(c + 6);
  m.end = q.Int(c + 7);
  m.sentence = q.IsNull(c + 8) ? -1 : static_cast<int>(q.Int(c + 8));
  m.rule = q.Text(c + 11);
  if (m.rule.size() > kMaxRuleBytes) {
    m.rule.resize(kMaxRuleBytes);
    m.rule += "...";
  }
  return m;
}

bool ForEachPackedSpan(std::string_view packed, const std::function<bool(const SpanRow&)>& fn) {
  const char* p = packed.data();
  const char* const end = p + packed.size();
  auto expect = [&](char c) {
    if (p == end || *p != c) return false;
    ++p;
    return true;
  };
  if (!expect('[')) return false;
  if (expect(']')) return true;
  for (;;) {
    int64_t start = 0, stop = 0, sentence = -1;
    if (!expect('[') || !PackedNumber(p, end, &start) || !expect(',') ||
        !PackedNumber(p, end, &stop) || !expect(',') || !PackedNumber(p, end, &sentence) ||
        !expect(']'))
      return false;
    if (!fn(SpanRow{start, stop, static_cast<int>(sentence)})) return true;
    if (expect(']')) return true;
    if (!expect(',')) return false;
  }
}

void ForEachMentionSpan(const Query& q, int c, const std::function<bool(const SpanRow&)>& fn) {
  // Written by the store itself: [[start, end, sentence], ...], in text order.
  if (q.Int(c + 9) > 1 && !q.IsNull(c + 10) && ForEachPackedSpan(q.TextView(c + 10), fn)) return;
  fn(SpanRow{q.Int(c + 6), q.Int(c + 7), q.IsNull(c + 8) ? -1 : static_cast<int>(q.Int(c + 8))});
}

std::vector<std::pair<size_t, size_t>> SpanBytes(
    std::string_view text, const std::vector<std::pair<int64_t, int64_t>>& spans) {
  std::vector<int64_t> wanted;
  wanted.reserve(2 * spans.size());
  for (const auto& [start, end] : spans) {
    wanted.push_back(start);
    wanted.push_back(end);
  }
  std::sort(wanted.begin(), wanted.end());
  wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
  // One walk over the text, counting code points, stopping at the last
  // offset wanted.
  std::vector<size_t> bytes(wanted.size(), text.size());
  size_t w = 0;
  while (w < wanted.size() && wanted[w] <= 0) bytes[w++] = 0;
  int64_t cp = 0;
  for (size_t i = 0; i < text.size() && w < wanted.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    // Byte i starts code point `cp`.
    while (w < wanted.size() && wanted[w] == cp) bytes[w++] = i;
    ++cp;
  }
  std::vector<std::pair<size_t, size_t>> out;
  out.reserve(spans.size());
  auto at = [&](int64_t offset) {
    return bytes[static_cast<size_t>(std::lower_bound(wanted.begin(), wanted.end(), offset) -
                                     wanted.begin())];
  };
  for (const auto& [start, end] : spans) {
    const size_t from = at(start), to = at(end);
    out.emplace_back(from, to > from ? to : from);
  }
  return out;
}

GraphCounts ReadCounts(SqliteDb& db) {
  GraphCounts c;
  auto q = db.Prepare(
      "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM entities), "
      "(SELECT count(*) FROM events), (SELECT coalesce(sum(span_count), 0) FROM mentions), "
      "(SELECT count(*) FROM aliases), (SELECT count(*) FROM event_participants)");
  if (q.Step()) {
    c.documents = q.Int(0);
    c.entities = q.Int(1);
    c.events = q.Int(2);
    c.mentions = q.Int(3);
    c.aliases = q.Int(4);
    c.participants = q.Int(5);
  }
  return c;
}

SqliteReadTxn::SqliteReadTxn(SqliteDb& db, std::function<void()> release)
    : db_(db), release_(std::move(release)) {
  db_.Exec("BEGIN");
  open_ = true;
}

SqliteReadTxn::~SqliteReadTxn() {
  if (open_) sqlite3_exec(db_.raw(), "ROLLBACK", nullptr, nullptr, nullptr);
  if (release_) release_();
}

GraphCounts SqliteReadTxn::Counts() { return ReadCounts(db_); }

std::optional<DocumentRow> SqliteReadTxn::GetDocument(int64_t id) {
  auto q = db_.Prepare(std::string("SELECT ") + kDocumentColumns + " FROM documents WHERE id = ?");
  q.Bind(1, id);
  if (!q.Step()) return std::nullopt;
  return ReadDocument(q);
}

std::vector<MentionRow> SqliteReadTxn::DocumentMentions(int64_t document_id, size_t max_spans,
                                                        bool* truncated) {
  *truncated = false;
  std::vector<MentionRow> out;
  auto d = db_.Prepare("SELECT text, extractor_version, ingested_at FROM documents WHERE id = ?");
  d.Bind(1, document_id);
  if (!d.Step()) return out;
  const std::string text = d.Text(0), version = d.Text(1);
  const int64_t ingested_at = d.Int(2);
  d.Reset();
  if (max_spans == 0) {
    *truncated = true;
    return out;
  }
  // The first `max_spans` spans in text order (longer first at one start),
  // chosen with a heap of that size: a document may hold millions of spans,
  // and what this reads stays proportional to what it returns. Each kept
  // span points at its row's fields, shared, not copied per span.
  struct Kept {
    int64_t start, end, seq;
    int sentence;
    std::shared_ptr<const MentionRow> row;
  };
  auto before = [](const Kept& a, const Kept& b) {
    if (a.start != b.start) return a.start < b.start;
    if (a.end != b.end) return a.end > b.end;
    return a.seq < b.seq;
  };
  std::priority_queue<Kept, std::vector<Kept>, decltype(before)> heap(before);
  int64_t seq = 0;
  auto q = db_.Prepare(std::string("SELECT ") + kMentionColumns +
                       " FROM mentions WHERE document_id = ? ORDER BY id");
  q.Bind(1, document_id);
  while (q.Step()) {
    auto row = std::make_shared<const MentionRow>(ReadMentionFields(q));
    ForEachMentionSpan(q, 0, [&](const SpanRow& sp) {
      Kept k{sp.start, sp.end, seq++, sp.sentence, row};
      if (heap.size() < max_spans) {
        heap.push(std::move(k));
        return true;
      }
      *truncated = true;
      // A row's spans come in text order: once one falls behind the last
      // kept span, so do the rest of them.
      if (!before(k, heap.top())) return sp.start <= heap.top().start;
      heap.pop();
      heap.push(std::move(k));
      return true;
    });
  }
  std::vector<Kept> kept;
  kept.reserve(heap.size());
  while (!heap.empty()) {
    kept.push_back(heap.top());
    heap.pop();
  }
  std::reverse(kept.begin(), kept.end());
  std::vector<std::pair<int64_t, int64_t>> offsets;
  offsets.reserve(kept.size());
  for (const auto& k : kept) offsets.emplace_back(k.start, k.end);
  const auto bytes = SpanBytes(text, offsets);
  out.reserve(kept.size());
  for (size_t i = 0; i < kept.size(); ++i) {
    MentionRow m = *kept[i].row;
    m.start = kept[i].start;
    m.end = kept[i].end;
    m.sentence = kept[i].sentence;
    m.text = text.substr(bytes[i].first, bytes[i].second - bytes[i].first);
    m.extractor_version = version;
    m.created_at = ingested_at;
    out.push_back(std::move(m));
  }
  return out;
}

std::optional<EntityRow> SqliteReadTxn::GetEntity(int64_t id) {
  auto q = db_.Prepare(std::string("SELECT ") + kEntityColumns + " FROM entities WHERE id = ?");
  q.Bind(1, id);
  if (!q.Step()) return std::nullopt;
  return ReadEntity(q);
}

std::optional<EventRow> SqliteReadTxn::GetEvent(int64_t id) {
  auto q = db_.Prepare(std::string("SELECT ") + kEventColumns + " FROM events WHERE id = ?");
  q.Bind(1, id);
  if (!q.Step()) return std::nullopt;
  return ReadEvent(q);
}

std::optional<int64_t> SqliteReadTxn::FindDocumentByHash(std::string_view content_hash) {
  auto q = db_.Prepare("SELECT id FROM documents WHERE content_hash = ?");
  q.Bind(1, content_hash);
  if (!q.Step()) return std::nullopt;
  return q.Int(0);
}

}  // namespace parley::store
