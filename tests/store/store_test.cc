// Tests for the Store: round trips through WriteTxn and ReadTxn, retraction,
// rollback and concurrent readers. SQLite by default; PostgreSQL with
// PARLEY_TEST_BACKEND=postgresql (tests/backend.h).
#include "store/store.h"

#include <doctest/doctest.h>

#include <atomic>
#include <set>
#include <thread>

#include "backend.h"
#include "base/error.h"
#include "store/pg_conn.h"
#include "store/sqlite_db.h"
#include "test_util.h"

using namespace parley::store;

namespace {

DocumentRow Doc(const std::string& hash, const std::string& source = "wire") {
  DocumentRow d;
  d.external_id = "ext-" + hash;
  d.title = "Title " + hash;
  d.source = source;
  d.published_at = "2025-12-14";
  d.ingested_at = 1000;
  d.content_hash = hash;
  d.text = "Lavrov met Witkoff in Berlin.";
  d.extractor_version = "test";
  return d;
}

EvidenceRow Proof(int64_t doc, const std::string& kind, int64_t entity, int64_t event,
                  int64_t start, int64_t end, std::vector<int64_t> participants = {}) {
  EvidenceRow m;
  m.document_id = doc;
  m.kind = kind;
  m.entity_id = entity;
  m.event_id = event;
  m.spans = {{start, end, 0}};
  m.participants = std::move(participants);
  return m;
}

struct Fixture {
  parley::testing::TempDir dir;
  std::string db = parley::testing::TestDb(dir, "g.db");
  std::unique_ptr<Store> store = Store::Open(db, {});
};

// Runs `sql` on the fixture's database behind the store's back and returns
// the first two columns of its first row (0 when absent).
std::pair<int64_t, int64_t> Raw(const Fixture& f, const std::string& sql) {
  if (IsPostgresUrl(f.db)) {
    PgConn raw(f.db);
    auto r = raw.QueryOnce(sql);
    if (r.Rows() == 0 || r.Cols() < 2) return {0, 0};
    return {r.Int(0, 0), r.Int(0, 1)};
  }
  SqliteDb raw(f.db, {});
  raw.Exec("PRAGMA foreign_keys=OFF");
  auto q = raw.Prepare(sql);
  if (!q.Step()) return {0, 0};
  return {q.Int(0), q.Int(1)};
}

// Two documents both support one event between two entities; the second
// document alone supports a third entity.
struct Graph {
  int64_t d1, d2, lavrov, witkoff, berlin, event;
};

Graph Build(Store& store) {
  Graph g{};
  auto txn = store.BeginWrite();
  g.d1 = txn->InsertDocument(Doc("h1", "wire"));
  g.d2 = txn->InsertDocument(Doc("h2", "paper"));
  EntityRow e;
  e.type = "person";
  e.name = "Sergey Lavrov";
  e.dict_id = "person:sergey-lavrov";
  e.country = "RUS";
  e.first_seen = e.last_seen = 1000;
  g.lavrov = txn->InsertEntity(e);
  txn->UpsertAlias(g.lavrov, "Lavrov", "lavrov", 1000);
  e.name = "Steve Witkoff";
  e.dict_id = "";
  e.country = "USA";
  g.witkoff = txn->InsertEntity(e);
  e.name = "Berlin";
  e.type = "location";
  e.country = "DEU";
  g.berlin = txn->InsertEntity(e);
  EventRow v;
  v.type = "meeting";
  v.date = "2025-12-14";
  v.location_id = g.berlin;
  v.first_seen = v.last_seen = 1000;
  g.event = txn->InsertEvent(v);
  txn->UpsertParticipant({g.event, g.lavrov, "participant"}, 1000);
  txn->UpsertParticipant({g.event, g.witkoff, "participant"}, 1000);
  for (int64_t d : {g.d1, g.d2}) {
    txn->InsertEvidence(Proof(d, "entity", g.lavrov, 0, 0, 6));
    txn->InsertEvidence(Proof(d, "entity", g.witkoff, 0, 11, 18));
    txn->InsertEvidence(Proof(d, "event", 0, g.event, 0, 29, {g.lavrov, g.witkoff}));
  }
  txn->InsertEvidence(Proof(g.d2, "entity", g.berlin, 0, 22, 28));
  txn->RefreshCounts({g.lavrov, g.witkoff, g.berlin}, {g.event});
  txn->Commit();
  return g;
}

}  // namespace

TEST_CASE("store round trip: rows written are read back with counts") {
  Fixture f;
  Graph g = Build(*f.store);
  auto read = f.store->BeginRead();
  auto c = read->Counts();
  CHECK(c.documents == 2);
  CHECK(c.entities == 3);
  CHECK(c.events == 1);
  auto lavrov = read->GetEntity(g.lavrov);
  REQUIRE(lavrov);
  CHECK(lavrov->name == "Sergey Lavrov");
  CHECK(lavrov->mention_count == 2);
  CHECK(lavrov->document_count == 2);
  CHECK(lavrov->event_count == 1);
  auto ev = read->GetEvent(g.event);
  REQUIRE(ev);
  CHECK(ev->mention_count == 2);
  CHECK(ev->document_count == 2);
  CHECK(ev->source_count == 2);
  CHECK(ev->location_id == g.berlin);
  auto doc = read->GetDocument(g.d1);
  REQUIRE(doc);
  CHECK(doc->text == "Lavrov met Witkoff in Berlin.");
  bool truncated = true;
  auto spans = read->DocumentMentions(g.d2, 100, &truncated);
  CHECK_FALSE(truncated);
  REQUIRE(spans.size() == 4);
  CHECK(spans[0].kind == "event");  // longest first at the same start
  CHECK(spans[0].text == "Lavrov met Witkoff in Berlin.");
  CHECK(spans[1].text == "Lavrov");
  CHECK(spans[3].text == "Berlin");
  CHECK(spans[3].extractor_version == "test");
  CHECK_FALSE(read->GetEntity(9999).has_value());
}

TEST_CASE("duplicate content hash is a conflict") {
  Fixture f;
  auto txn = f.store->BeginWrite();
  txn->InsertDocument(Doc("same"));
  CHECK_THROWS_AS(txn->InsertDocument(Doc("same")), parley::Error);
}

TEST_CASE("an uncommitted write transaction leaves nothing behind") {
  Fixture f;
  {
    auto txn = f.store->BeginWrite();
    txn->InsertDocument(Doc("gone"));
  }
  auto txn = f.store->BeginWrite();
  CHECK_FALSE(txn->FindDocumentByHash("gone").has_value());
}

TEST_CASE("retracting a document removes only what it alone supported") {
  Fixture f;
  Graph g = Build(*f.store);
  {
    auto txn = f.store->BeginWrite();
    CHECK(txn->RetractDocument(g.d2, 2000));
    CHECK_FALSE(txn->RetractDocument(g.d2, 2000));
    txn->Commit();
  }
  auto read = f.store->BeginRead();
  CHECK_FALSE(read->GetEntity(g.berlin).has_value());  // only d2 named Berlin
  auto lavrov = read->GetEntity(g.lavrov);
  REQUIRE(lavrov);
  CHECK(lavrov->document_count == 1);
  auto ev = read->GetEvent(g.event);
  REQUIRE(ev);
  CHECK(ev->document_count == 1);
  CHECK(ev->location_id == 0);  // its place went with d2
  read.reset();
  {
    auto txn = f.store->BeginWrite();
    CHECK(txn->RetractDocument(g.d1, 3000));
    txn->Commit();
  }
  auto after = f.store->BeginRead();
  auto c = after->Counts();
  CHECK(c.documents == 0);
  CHECK(c.entities == 0);
  CHECK(c.events == 0);
  CHECK(c.mentions == 0);
  CHECK(f.store->IntegrityCheck() == "ok");
}

TEST_CASE("roles widen their validity and aliases count mentions") {
  Fixture f;
  Graph g = Build(*f.store);
  auto txn = f.store->BeginWrite();
  RoleRow r;
  r.entity_id = g.lavrov;
  r.title = "foreign minister";
  r.of_whom = "RUS";
  r.valid_from = "2010-01-01";
  int64_t id1 = txn->UpsertRole(r, 1000);
  r.valid_from = "2004-03-09";
  r.valid_to = "2025-12-31";
  int64_t id2 = txn->UpsertRole(r, 2000);
  CHECK(id1 == id2);
  auto roles = txn->EntityRoles(g.lavrov);
  REQUIRE(roles.size() == 1);
  CHECK(roles[0].valid_from == "2004-03-09");
  CHECK(roles[0].valid_to == "2025-12-31");
  auto found = txn->FindEntitiesByAlias("lavrov", "person");
  REQUIRE(found.size() == 1);
  CHECK(found[0].id == g.lavrov);
  CHECK(txn->FindEntitiesByAlias("lavrov", "location").empty());
}

TEST_CASE("candidate events are found by participant, type and date window") {
  Fixture f;
  Graph g = Build(*f.store);
  auto txn = f.store->BeginWrite();
  auto find = [&](std::vector<std::string> types, std::vector<int64_t> ids, const char* from,
                  const char* to, int64_t place) {
    return txn->FindCandidateEvents(types, ids, from, to, place).size();
  };
  CHECK(find({"meeting"}, {g.lavrov}, "2025-12-14", "2025-12-14", 0) == 1);
  CHECK(find({"summit", "meeting"}, {g.witkoff, 999}, "2025-12-01", "2025-12-31", 0) == 1);
  CHECK(find({"meeting"}, {g.lavrov}, "2025-12-15", "2025-12-20", 0) == 0);
  CHECK(find({"call"}, {g.lavrov}, "2025-12-14", "2025-12-14", 0) == 0);
  CHECK(find({"meeting"}, {g.berlin}, "2025-12-14", "2025-12-14", 0) == 0);
  // Undated events are candidates only at the same place.
  CHECK(find({"meeting"}, {g.lavrov}, "", "", g.berlin) == 0);
  EventRow undated;
  undated.type = "meeting";
  undated.location_id = g.berlin;
  undated.first_seen = undated.last_seen = 1;
  const int64_t u = txn->InsertEvent(undated);
  txn->UpsertParticipant({u, g.lavrov, "participant"}, 1);
  CHECK(find({"meeting"}, {g.lavrov}, "", "", g.berlin) == 1);
  CHECK(find({"meeting"}, {g.lavrov}, "", "", 0) == 0);
}

TEST_CASE("an event dated by its report's publication is kept apart from stated dates") {
  Fixture f;
  Graph g = Build(*f.store);
  auto txn = f.store->BeginWrite();
  EventRow v;
  v.type = "meeting";
  v.date = "2025-12-14";
  v.date_precision = "day";
  v.date_source = "published";
  v.location_id = g.berlin;
  v.first_seen = v.last_seen = 1;
  const int64_t p = txn->InsertEvent(v);
  txn->UpsertParticipant({p, g.lavrov, "participant"}, 1);
  auto ids = [&](const char* from, const char* to, int64_t place) {
    std::set<int64_t> out;
    for (const auto& c : txn->FindCandidateEvents({"meeting"}, {g.lavrov}, from, to, place))
      out.insert(c.id);
    return out;
  };
  // Merging on dates finds the event whose text states the day, not the one
  // its report's date stands in for; merging on the place finds that one.
  CHECK(ids("2025-12-14", "2025-12-14", 0) == std::set<int64_t>{g.event});
  CHECK(ids("", "", g.berlin) == std::set<int64_t>{p});
  txn->Commit();
  auto read = f.store->BeginRead();
  auto stored = read->GetEvent(p);
  REQUIRE(stored.has_value());
  CHECK(stored->date == "2025-12-14");
  CHECK(stored->date_source == "published");
  // An event written without one reads back without one.
  CHECK(read->GetEvent(g.event)->date_source.empty());
}

TEST_CASE("readers see a consistent snapshot while the writer works") {
  Fixture f;
  Build(*f.store);
  std::atomic<bool> stop{false};
  std::atomic<int> errors{0}, reads{0};
  std::vector<std::thread> readers;
  for (int i = 0; i < 4; ++i) {
    readers.emplace_back([&] {
      while (!stop) {
        try {
          auto r = f.store->BeginRead();
          auto c = r->Counts();
          if (c.documents < 2) ++errors;
          ++reads;
        } catch (...) {
          ++errors;
        }
      }
    });
  }
  // Keep writing until the readers have overlapped with the writer, however
  // the scheduler orders the threads (bounded, so a hang is a failure).
  for (int i = 0; (i < 50 || reads < 50) && i < 100000; ++i) {
    auto txn = f.store->BeginWrite();
    txn->InsertDocument(Doc("bulk" + std::to_string(i)));
    txn->Commit();
  }
  stop = true;
  for (auto& t : readers) t.join();
  CHECK(errors == 0);
  CHECK(reads > 0);
}

TEST_CASE("an unwritable database path is a clear error") {
  CHECK_THROWS_WITH_AS(Store::OpenSqlite("/proc/parley-cannot-exist/x.db", {}),
                       doctest::Contains("/proc/parley-cannot-exist"), parley::Error);
}

TEST_CASE("evidence rows: several spans read back one by one with their text") {
  Fixture f;
  int64_t d = 0, e = 0;
  {
    auto txn = f.store->BeginWrite();
    DocumentRow doc = Doc("multi");
    doc.text = "Zelenskyy met Witkoff. Later Zelenskyy said «peace» was near.";
    d = txn->InsertDocument(doc);
    EntityRow row;
    row.type = "person";
    row.name = "Volodymyr Zelenskyy";
    row.first_seen = row.last_seen = 1000;
    e = txn->InsertEntity(row);
    EvidenceRow ev = Proof(d, "entity", e, 0, 0, 9);
    ev.spans.push_back({29, 38, 1});
    txn->InsertEvidence(ev);
    // Offsets count code points: « and » are two bytes each.
    EvidenceRow quote = Proof(d, "entity", e, 0, 44, 51);
    quote.spans.push_back({56, 60, 1});
    txn->InsertEvidence(quote);
    txn->RefreshCounts({e}, {});
    txn->Commit();
  }
  auto read = f.store->BeginRead();
  bool truncated = true;
  auto spans = read->DocumentMentions(d, 100, &truncated);
  CHECK_FALSE(truncated);
  REQUIRE(spans.size() == 4);
  CHECK(spans[0].text == "Zelenskyy");
  CHECK(spans[1].text == "Zelenskyy");
  CHECK(spans[1].sentence == 1);
  CHECK(spans[2].text == "«peace»");
  CHECK(spans[3].text == "near");
  CHECK(read->GetEntity(e)->mention_count == 4);
  CHECK(read->Counts().mentions == 4);
}

TEST_CASE("retraction keeps only the participants another document still supports") {
  Fixture f;
  Graph g = Build(*f.store);
  int64_t d3 = 0;
  {
    // A third document names only Lavrov in the event; then d1 and d2, which
    // named Witkoff too, are retracted.
    auto txn = f.store->BeginWrite();
    d3 = txn->InsertDocument(Doc("h3"));
    txn->InsertEvidence(Proof(d3, "entity", g.lavrov, 0, 0, 6));
    txn->InsertEvidence(Proof(d3, "event", 0, g.event, 0, 29, {g.lavrov}));
    CHECK(txn->RetractDocument(g.d1, 2000));
    CHECK(txn->RetractDocument(g.d2, 2000));
    txn->Commit();
  }
  auto read = f.store->BeginRead();
  REQUIRE(read->GetEvent(g.event).has_value());
  auto g2 = f.store->BeginGraph();
  auto parts = g2->Participants({g.event}, 0);
  REQUIRE(parts.size() == 1);
  CHECK(parts[0].entity_id == g.lavrov);
  CHECK_FALSE(read->GetEntity(g.witkoff).has_value());
}

TEST_CASE("the integrity check finds provenance whose document or fact is gone") {
  // mentions has no foreign keys (migration 0008); the store keeps it clean
  // and the check proves it.
  Fixture f;
  Graph g = Build(*f.store);
  CHECK(f.store->IntegrityCheck() == "ok");
  Raw(f, "DELETE FROM entities WHERE id = " + std::to_string(g.berlin));
  CHECK(f.store->IntegrityCheck() == "1 provenance rows point at a missing document or fact");
}

TEST_CASE("count additions kept until commit are visible inside the transaction") {
  Fixture f;
  Graph g = Build(*f.store);
  auto txn = f.store->BeginWrite();
  const int64_t before = txn->FindEntityByDictId("person:sergey-lavrov")->mention_count;
  txn->AddDocumentCounts(g.d1, {{g.lavrov, 3}}, {}, {}, 5000);
  auto lavrov = txn->FindEntityByDictId("person:sergey-lavrov");
  REQUIRE(lavrov);
  CHECK(lavrov->mention_count == before + 3);
  CHECK(lavrov->last_seen == 5000);
  CHECK(txn->GetEntity(g.lavrov)->document_count == 3);
  txn->UpsertAlias(g.lavrov, "Lavrov", "lavrov", 5000);
  txn->UpsertAlias(g.lavrov, "Lavrov", "lavrov", 6000);
  txn->Commit();
  auto read = f.store->BeginRead();
  CHECK(read->GetEntity(g.lavrov)->mention_count == before + 3);
  const auto alias = Raw(f, "SELECT mention_count, last_seen FROM aliases WHERE norm = 'lavrov'");
  CHECK(alias.first == 3);
  CHECK(alias.second == 6000);
}

TEST_CASE("regression: a constraint error's message carried SQL text (issue 19.10)") {
  Fixture f;
  auto txn = f.store->BeginWrite();
  txn->InsertDocument(Doc("same"));
  try {
    txn->InsertDocument(Doc("same"));
    FAIL("a second document with the same hash was stored");
  } catch (const parley::Error& e) {
    CHECK(e.code() == parley::ErrorCode::kConflict);
    const std::string what = e.what();
    for (const char* sql : {"INSERT", "content_hash", "UNIQUE", "documents"})
      CHECK(what.find(sql) == std::string::npos);
  }
}
