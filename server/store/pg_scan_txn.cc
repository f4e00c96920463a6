// PgScanTxn: streaming reads for exports and the change feed over one
// PostgreSQL snapshot. Each cursor is a server-side cursor (DECLARE ... NO
// SCROLL) fetched a block at a time, so memory stays flat however large the
// table, and several cursors of one snapshot can be read in step (the event
// details merge-join three of them).
#include "store/pg_scan_txn.h"

#include <algorithm>

#include "store/pg_read_txn.h"

namespace parley::store {
namespace {

using std::string;

// The event predicate over alias `v` (filters given only).
string EventWhere(PgBuilder& b, const EventFilter& f, const string& as_of) {
  string w = "v.first_seen <= " + as_of;
  if (f.event_id != 0) w += " AND v.id = " + b.Param(f.event_id);
  if (!f.types.empty()) w += " AND v.type = ANY(" + b.Texts(f.types) + ")";
  if (!f.plover.empty()) w += " AND v.plover = " + b.Param(f.plover);
  if (!f.cameo_prefix.empty()) {
    const string p = b.Param(f.cameo_prefix);
    w += " AND left(v.cameo, length(" + p + ")) = " + p;
  }
  w += PgDateBounds(b, f, "v.date") + PgDyad(b, f, "v.id", as_of);
  if (f.participant != 0)
    w += " AND EXISTS (SELECT 1 FROM event_participants fp WHERE fp.event_id = v.id AND "
         "fp.entity_id = " +
         b.Param(f.participant) + ")";
  if (!f.country.empty())
    w += " AND EXISTS (SELECT 1 FROM event_participants fc JOIN entities fe ON fe.id = "
         "fc.entity_id WHERE fc.event_id = v.id AND fe.country = " +
         b.Param(f.country) + ")";
  if (f.location != 0) w += " AND v.location_id = " + b.Param(f.location);
  return w;
}

// A server-side cursor read `batch` rows at a time.
class PgCursor {
 public:
  PgCursor(PgConn& db, string name, const PgBuilder& b, int batch)
      : db_(db),
        name_(std::move(name)),
        fetch_("FETCH " + std::to_string(batch) + " FROM " + name_) {
    db_.QueryOnce("DECLARE " + name_ + " NO SCROLL CURSOR FOR " + b.sql, b.params);
  }
  ~PgCursor() {
    // Sent with the next statement; the transaction's end closes it anyway.
    if (db_.ok()) db_.DeferOnce("CLOSE " + name_);
  }
  PgCursor(const PgCursor&) = delete;
  PgCursor& operator=(const PgCursor&) = delete;

  // The next row: false once exhausted. *r and *row name it.
  bool Next(const PgResult** r, int* row) {
    if (done_) return false;
    if (++at_ >= rows_.Rows()) {
      rows_ = db_.Query(fetch_);
      at_ = 0;
      if (rows_.Rows() == 0) {
        done_ = true;
        return false;
      }
    }
    *r = &rows_;
    *row = at_;
    return true;
  }

 private:
  PgConn& db_;
  string name_, fetch_;
  PgResult rows_;
  int at_ = 0;
  bool done_ = false;
};

template <typename Row>
class RowCursor : public Cursor<Row> {
 public:
  using Reader = Row (*)(const PgResult&, int);
  RowCursor(PgConn& db, const string& name, const PgBuilder& b, int batch, Reader read)
      : cursor_(db, name, b, batch), read_(read) {}
  bool Next(Row* row) override {
    const PgResult* r = nullptr;
    int i = 0;
    if (!cursor_.Next(&r, &i)) return false;
    *row = read_(*r, i);
    return true;
  }

 private:
  PgCursor cursor_;
  Reader read_;
};

EntityRow EntityAt(const PgResult& r, int i) { return PgEntity(r, i); }
EventRow EventAt(const PgResult& r, int i) { return PgEvent(r, i); }
DocumentRow DocumentAt(const PgResult& r, int i) { return PgDocument(r, i); }
EdgeRow EdgeAt(const PgResult& r, int i) {
  EdgeRow e;
  e.event_id = r.Int(i, 0);
  e.entity_id = r.Int(i, 1);
  e.role = r.Text(i, 2);
  e.date = r.Text(i, 3);
  e.first_seen = r.Int(i, 4);
  e.last_seen = r.Int(i, 5);
  return e;
}

PgBuilder EventDetailEvents(const EventFilter& f) {
  PgBuilder b;
  const string as_of = b.Param(AsOf(f.as_of));
  b.sql = "SELECT " + Prefixed("v", kEventColumns) +
          ", coalesce(l.name, ''), coalesce(l.country, ''), coalesce(l.attributes::text, '{}') "
          "FROM events v LEFT JOIN entities l ON l.id = v.location_id WHERE " +
          EventWhere(b, f, as_of) + " ORDER BY v.id";
  return b;
}

PgBuilder EventDetailParticipants(const EventFilter& f) {
  PgBuilder b;
  const string as_of = b.Param(AsOf(f.as_of));
  b.sql =
      "SELECT p.event_id, p.entity_id, p.role, e.name, e.type, coalesce(e.country, ''), "
      "coalesce(e.sector, ''), coalesce(e.actor_code, '') FROM events v JOIN event_participants "
      "p ON p.event_id = v.id JOIN entities e ON e.id = p.entity_id WHERE " +
      EventWhere(b, f, as_of) + " AND p.first_seen <= " + as_of + " AND e.first_seen <= " + as_of +
      " ORDER BY p.event_id, p.first_seen, p.entity_id, p.role";
  return b;
}

PgBuilder EventDetailUrls(const EventFilter& f) {
  PgBuilder b;
  const string as_of = b.Param(AsOf(f.as_of));
  b.sql =
      "SELECT m.event_id, d.url FROM mentions m JOIN documents d ON d.id = m.document_id WHERE " +
      (f.event_id != 0 ? "m.event_id = " + b.Param(f.event_id) : string("m.event_id IS NOT NULL")) +
      " AND m.kind = 'event' AND d.url IS NOT NULL AND d.url <> '' AND d.ingested_at <= " + as_of +
      " ORDER BY m.event_id, d.id";
  return b;
}

// Events merge-joined with their participants and source URLs: all three
// cursors walk in event-id order, so each event's satellites are the run of
// rows with its id.
class EventDetailCursor : public Cursor<EventDetail> {
 public:
  EventDetailCursor(PgConn& db, const EventFilter& f)
      : events_(db, "parley_details_events", EventDetailEvents(f), 500),
        parts_(db, "parley_details_parts", EventDetailParticipants(f), 1000),
        urls_(db, "parley_details_urls", EventDetailUrls(f), 1000) {
    parts_more_ = parts_.Next(&parts_r_, &parts_i_);
    urls_more_ = urls_.Next(&urls_r_, &urls_i_);
  }

  bool Next(EventDetail* out) override {
    const PgResult* r = nullptr;
    int i = 0;
    if (done_ || !events_.Next(&r, &i)) {
      done_ = true;
      return false;
    }
    out->event = PgEvent(*r, i);
    out->place_name = r->Text(i, 22);
    out->place_country = r->Text(i, 23);
    out->place_attributes_json = r->Text(i, 24);
    const int64_t id = out->event.id;
    out->participants.clear();
    while (parts_more_ && parts_r_->Int(parts_i_, 0) < id)
      parts_more_ = parts_.Next(&parts_r_, &parts_i_);
    while (parts_more_ && parts_r_->Int(parts_i_, 0) == id) {
      ParticipantDetail p;
      p.event_id = id;
      p.entity_id = parts_r_->Int(parts_i_, 1);
      p.role = parts_r_->Text(parts_i_, 2);
      p.name = parts_r_->Text(parts_i_, 3);
      p.type = parts_r_->Text(parts_i_, 4);
      p.country = parts_r_->Text(parts_i_, 5);
      p.sector = parts_r_->Text(parts_i_, 6);
      p.actor_code = parts_r_->Text(parts_i_, 7);
      out->participants.push_back(std::move(p));
      parts_more_ = parts_.Next(&parts_r_, &parts_i_);
    }
    out->source_urls.clear();
    while (urls_more_ && urls_r_->Int(urls_i_, 0) < id) urls_more_ = urls_.Next(&urls_r_, &urls_i_);
    while (urls_more_ && urls_r_->Int(urls_i_, 0) == id) {
      string url = urls_r_->Text(urls_i_, 1);
      auto& urls = out->source_urls;
      if (urls.size() < EventDetail::kMaxSourceUrls &&
          std::find(urls.begin(), urls.end(), url) == urls.end())
        urls.push_back(std::move(url));
      urls_more_ = urls_.Next(&urls_r_, &urls_i_);
    }
    return true;
  }

 private:
  PgCursor events_, parts_, urls_;
  const PgResult *parts_r_ = nullptr, *urls_r_ = nullptr;
  int parts_i_ = 0, urls_i_ = 0;
  bool parts_more_ = false, urls_more_ = false, done_ = false;
};

class PgScanTxn : public ScanTxn {
 public:
  PgScanTxn(PgConn& db, std::function<void(bool)> release)
      : snapshot_(db, std::move(release)), db_(db) {}

  std::unique_ptr<Cursor<EntityRow>> Entities(const EventFilter& f) override {
    PgBuilder b;
    const string as_of = b.Param(AsOf(f.as_of));
    b.sql = string("SELECT ") + kEntityColumns + " FROM entities WHERE first_seen <= " + as_of;
    if (f.RestrictsEvents())
      b.sql +=
          " AND id IN (SELECT p.entity_id FROM events v JOIN event_participants p ON p.event_id "
          "= v.id WHERE " +
          EventWhere(b, f, as_of) + " AND p.first_seen <= " + as_of + ")";
    b.sql += " ORDER BY id";
    return std::make_unique<RowCursor<EntityRow>>(db_, "parley_entities", b, 1000, &EntityAt);
  }

  std::unique_ptr<Cursor<EventRow>> Events(const EventFilter& f) override {
    PgBuilder b;
    const string as_of = b.Param(AsOf(f.as_of));
    b.sql = "SELECT " + Prefixed("v", kEventColumns) + " FROM events v WHERE " +
            EventWhere(b, f, as_of) + " ORDER BY v.id";
    return std::make_unique<RowCursor<EventRow>>(db_, "parley_events", b, 1000, &EventAt);
  }

  std::unique_ptr<Cursor<EventDetail>> EventDetails(const EventFilter& f) override {
    return std::make_unique<EventDetailCursor>(db_, f);
  }

  std::unique_ptr<Cursor<EdgeRow>> Edges(const EventFilter& f) override {
    PgBuilder b;
    const string as_of = b.Param(AsOf(f.as_of));
    b.sql =
        "SELECT p.event_id, p.entity_id, p.role, coalesce(v.date, ''), p.first_seen, "
        "p.last_seen FROM events v JOIN event_participants p ON p.event_id = v.id JOIN entities "
        "e ON e.id = p.entity_id WHERE " +
        EventWhere(b, f, as_of) + " AND p.first_seen <= " + as_of +
        " AND e.first_seen <= " + as_of + " ORDER BY p.event_id, p.entity_id, p.role";
    return std::make_unique<RowCursor<EdgeRow>>(db_, "parley_edges", b, 1000, &EdgeAt);
  }

  std::unique_ptr<Cursor<DocumentRow>> Documents(const EventFilter& f) override {
    PgBuilder b;
    const string as_of = b.Param(AsOf(f.as_of));
    b.sql = string("SELECT ") + kDocumentColumns + " FROM documents WHERE ingested_at <= " + as_of;
    if (f.RestrictsEvents())
      b.sql +=
          " AND id IN (SELECT m.document_id FROM events v JOIN mentions m ON m.event_id = v.id "
          "WHERE m.kind = 'event' AND " +
          EventWhere(b, f, as_of) + ")";
    b.sql += " ORDER BY id";
    // Documents carry their text: small blocks keep memory flat.
    return std::make_unique<RowCursor<DocumentRow>>(db_, "parley_documents", b, 50, &DocumentAt);
  }

  std::vector<ChangeRow> Changes(int64_t since_seq, int limit) override {
    auto r = db_.Query(
        "SELECT seq, at, op, kind, object_id FROM changes WHERE seq > $1 ORDER BY seq LIMIT $2",
        PgParams().Add(since_seq).Add(limit));
    std::vector<ChangeRow> out;
    for (int i = 0; i < r.Rows(); ++i) {
      ChangeRow c;
      c.seq = r.Int(i, 0);
      c.at = r.Int(i, 1);
      c.op = r.Text(i, 2);
      c.kind = r.Text(i, 3);
      c.object_id = r.Int(i, 4);
      out.push_back(std::move(c));
    }
    return out;
  }

  int64_t LastChangeSeq() override {
    auto r = db_.Query("SELECT coalesce(max(seq), 0) FROM changes");
    return r.Rows() ? r.Int(0, 0) : 0;
  }

 private:
  PgSnapshot snapshot_;
  PgConn& db_;
};

}  // namespace

std::unique_ptr<ScanTxn> NewPgScanTxn(PgConn& db, std::function<void(bool)> release) {
  return std::make_unique<PgScanTxn>(db, std::move(release));
}

}  // namespace parley::store
