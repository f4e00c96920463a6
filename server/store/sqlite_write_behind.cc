// WriteBehind: the bulk writes of a transaction's held-back rows.
#include "store/sqlite_write_behind.h"

#include <algorithm>

#include "store/sql_common.h"

namespace parley::store {

using std::string;

EntityRow WriteBehind::WithPending(EntityRow e) const {
  auto it = entity_adds.find(e.id);
  if (it != entity_adds.end()) {
    e.mention_count += it->second.mentions;
    e.document_count += it->second.documents;
    e.event_count += it->second.events;
    e.last_seen = std::max(e.last_seen, it->second.last_seen);
  }
  return e;
}

void WriteBehind::FlushFullText() {
  if (!fts_documents.empty()) {
    auto q = db_.Prepare("INSERT INTO document_fts(rowid, title, text) VALUES (?, ?, ?)");
    RunEach(q, fts_documents, [](Query& u, const DocumentText& d) {
      u.Bind(1, d.id).BindText(2, d.title).Bind(3, d.text);
    });
    fts_documents.clear();
  }
  if (!fts_events.empty()) {
    auto q = db_.Prepare("INSERT INTO event_fts(rowid, label, topic, quote) VALUES (?, ?, ?, ?)");
    RunEach(q, fts_events, [](Query& u, const auto& e) {
      u.Bind(1, e.first).Bind(2, e.second.label).BindText(3, e.second.topic);
      u.BindText(4, e.second.quote);
    });
    fts_events.clear();
  }
  if (!fts_aliases.empty()) {
    auto q = db_.Prepare("INSERT INTO alias_fts(rowid, alias) VALUES (?, ?)");
    RunEach(q, fts_aliases, [](Query& u, const auto& a) { u.Bind(1, a.first).Bind(2, a.second); });
    fts_aliases.clear();
  }
}

void WriteBehind::FlushCounts() {
  if (!entity_adds.empty()) {
    auto q = db_.Prepare(
        "UPDATE entities SET mention_count = mention_count + ?2, document_count = "
        "document_count + ?3, event_count = event_count + ?4, last_seen = max(last_seen, ?5) "
        "WHERE id = ?1");
    RunEach(q, entity_adds, [](Query& u, const auto& e) {
      const EntityAdd& add = e.second;
      u.Bind(1, e.first)
          .Bind(2, add.mentions)
          .Bind(3, add.documents)
          .Bind(4, add.events)
          .Bind(5, add.last_seen);
    });
    entity_adds.clear();
  }
  if (!alias_adds.empty()) {
    auto q = db_.Prepare(
        "UPDATE aliases SET mention_count = mention_count + ?3, last_seen = max(last_seen, ?4) "
        "WHERE entity_id = ?1 AND norm = ?2");
    RunEach(q, alias_adds, [](Query& u, const auto& a) {
      const AliasAdd& add = a.second;
      if (add.count == 0) return false;  // only the first sighting, written already
      u.Bind(1, add.entity_id).Bind(2, add.norm).Bind(3, add.count).Bind(4, add.last_seen);
      return true;
    });
    alias_adds.clear();
  }
}

template <typename Bind>
void WriteBehind::InsertRows(const char* head, const char* values, int params, size_t count,
                             Bind bind) {
  size_t i = 0;
  for (size_t chunk = 64; chunk > 0; chunk /= 2) {
    if (count - i < chunk) continue;
    string sql = head;
    for (size_t r = 0; r < chunk; ++r) {
      if (r) sql += ',';
      sql += values;
    }
    auto q = db_.Prepare(sql);
    for (; count - i >= chunk; i += chunk) {
      for (size_t r = 0; r < chunk; ++r) bind(q, static_cast<int>(r) * params + 1, i + r);
      q.Run();
      q.Reset();
    }
  }
}

void WriteBehind::FlushChanges() {
  InsertRows("INSERT INTO changes(at, op, kind, object_id) VALUES ", "(?,?,?,?)", 4, changes.size(),
             [&](Query& q, int p, size_t i) {
               const Change& c = changes[i];
               q.Bind(p, c.at).Bind(p + 1, c.op).Bind(p + 2, c.kind).Bind(p + 3, c.object_id);
             });
  changes.clear();
}

void WriteBehind::FlushEvidence() {
  if (evidence.empty()) return;
  std::vector<string> spans(evidence.size()), participants(evidence.size());
  for (size_t i = 0; i < evidence.size(); ++i) {
    const EvidenceRow& e = evidence[i];
    spans[i] = SpansJson(e.spans);
    if (e.kind == "event") participants[i] = IdsJson(e.participants);
  }
  InsertRows(
      "INSERT INTO mentions(document_id, kind, entity_id, event_id, role_id, start, end, "
      "sentence, span_count, spans, participants, rule) VALUES ",
      "(?,?,?,?,?,?,?,?,?,?,?,?)", 12, evidence.size(), [&](Query& q, int p, size_t i) {
        const EvidenceRow& e = evidence[i];
        const SpanRow& first = e.spans.front();
        q.Bind(p, e.document_id)
            .Bind(p + 1, e.kind)
            .BindId(p + 2, e.entity_id)
            .BindId(p + 3, e.event_id)
            .BindId(p + 4, e.role_id)
            .Bind(p + 5, first.start)
            .Bind(p + 6, first.end);
        if (first.sentence >= 0)
          q.Bind(p + 7, first.sentence);
        else
          q.Bind(p + 7, nullptr);
        q.Bind(p + 8, static_cast<int64_t>(e.spans.size()))
            .BindText(p + 9, spans[i])
            .BindText(p + 10, participants[i])
            .BindText(p + 11, e.rule);
      });
  evidence.clear();
}

}  // namespace parley::store
