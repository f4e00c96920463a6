// Tests for ingestion: resolution across documents, event merging across
// documents, idempotence, retraction, input formats — over realistic
// article pairs and the real extractor.
#include "ingest/ingester.h"

#include <doctest/doctest.h>

#include <fstream>

#include "backend.h"
#include "base/error.h"
#include "ingest/sources.h"
#include "store/sqlite_db.h"
#include "test_util.h"

using namespace parley;
using namespace parley::ingest;

namespace {

struct Fixture {
  testing::TempDir dir;
  std::string db = testing::TestDb(dir, "g.db");
  std::unique_ptr<store::Store> store = store::Store::Open(db, {});
  std::unique_ptr<extract::Extractor> extractor =
      extract::Extractor::Load(testing::SourceDir() / "config");
  Ingester ingester{*store, *extractor};

  IngestOutcome Add(const std::string& id, const std::string& date, const std::string& text,
                    const std::string& source = "wire") {
    DocumentInput d;
    d.external_id = id;
    d.published_at = date;
    d.source = source;
    d.text = text;
    return ingester.Ingest(d);
  }

  // Scalar query on a private connection (tests may look under the hood).
  int64_t Scalar(const std::string& sql) { return testing::RawScalar(db, sql); }
};

}  // namespace

TEST_CASE("one summit reported by two articles is one event with evidence from both") {
  Fixture f;
  auto a = f.Add("a", "2025-08-16",
                 "Russian President Vladimir Putin and U.S. President Donald Trump held a summit "
                 "in Anchorage, Alaska, on August 15 to discuss the war in Ukraine.",
                 "agency one");
  auto b = f.Add("b", "2025-08-16",
                 "The summit between Donald Trump and Vladimir Putin in Anchorage on Friday lasted "
                 "nearly three hours, the Kremlin said.",
                 "agency two");
  CHECK_FALSE(b.duplicate);
  const int64_t summits = f.Scalar(
      "SELECT count(*) FROM events WHERE type IN ('summit','meeting') AND date = '2025-08-15'");
  CHECK(summits == 1);
  CHECK(f.Scalar("SELECT max(document_count) FROM events WHERE date = '2025-08-15'") == 2);
  CHECK(f.Scalar("SELECT max(source_count) FROM events WHERE date = '2025-08-15'") == 2);
  CHECK(f.Scalar("SELECT count(*) FROM entities WHERE name = 'Vladimir Putin'") == 1);
  (void)a;
}

TEST_CASE("the same people meeting on different days stay two events") {
  Fixture f;
  f.Add("c", "2025-03-05",
        "Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in Beijing "
        "on Monday.");
  f.Add("d", "2025-04-02",
        "Sergei Lavrov, Russia's foreign minister, met Wang Yi in Moscow on Tuesday.");
  CHECK(f.Scalar("SELECT count(*) FROM events WHERE type IN ('meeting','summit','visit',"
                 "'negotiation')") == 2);
  CHECK(f.Scalar("SELECT count(DISTINCT date) FROM events WHERE type IN ('meeting','summit',"
                 "'visit','negotiation')") == 2);
  // "Sergey Lavrov" and "Sergei Lavrov, Russia's foreign minister" are one person.
  CHECK(f.Scalar("SELECT count(*) FROM entities WHERE name LIKE '%Lavrov%'") == 1);
}

TEST_CASE("two people who share a surname stay two entities") {
  Fixture f;
  f.Add("e", "2024-05-02",
        "Brazilian Foreign Minister Pedro Almeida met Indian officials in New Delhi on Monday.");
  f.Add("g", "2024-06-11",
        "Portuguese Defence Minister Ana Almeida visited Lisbon's naval base on Tuesday.");
  CHECK(f.Scalar("SELECT count(*) FROM entities WHERE type = 'person' AND name LIKE '%Almeida'") ==
        2);
}

TEST_CASE("ingesting the same content twice adds nothing") {
  Fixture f;
  const std::string text =
      "Ukrainian President Volodymyr Zelenskyy held a telephone conversation with French "
      "President Emmanuel Macron on Tuesday.";
  auto first = f.Add("x", "2022-03-02", text);
  const int64_t entities = f.Scalar("SELECT count(*) FROM entities");
  const int64_t events = f.Scalar("SELECT count(*) FROM events");
  const int64_t mentions = f.Scalar("SELECT count(*) FROM mentions");
  auto again = f.Add("x-copy", "2022-03-02", "  " + text + "\n");  // whitespace differs only
  CHECK(again.duplicate);
  CHECK(again.document_id == first.document_id);
  CHECK(f.Scalar("SELECT count(*) FROM documents") == 1);
  CHECK(f.Scalar("SELECT count(*) FROM entities") == entities);
  CHECK(f.Scalar("SELECT count(*) FROM events") == events);
  CHECK(f.Scalar("SELECT count(*) FROM mentions") == mentions);
}

TEST_CASE("retracting one of two supporting documents keeps the shared event") {
  Fixture f;
  auto a = f.Add("a", "2025-08-16",
                 "Russian President Vladimir Putin and U.S. President Donald Trump held a summit "
                 "in Anchorage on August 15.",
                 "one");
  f.Add("b", "2025-08-16",
        "Donald Trump and Vladimir Putin met in Anchorage on Friday for a summit.", "two");
  REQUIRE(f.ingester.Retract(a.document_id));
  CHECK_FALSE(f.ingester.Retract(a.document_id));
  CHECK(f.Scalar("SELECT count(*) FROM documents") == 1);
  CHECK(f.Scalar("SELECT count(*) FROM events WHERE date = '2025-08-15'") == 1);
  CHECK(f.Scalar("SELECT max(document_count) FROM events WHERE date = '2025-08-15'") == 1);
  CHECK(f.Scalar("SELECT count(*) FROM mentions WHERE document_id = " +
                 std::to_string(a.document_id)) == 0);
  CHECK(f.store->IntegrityCheck() == "ok");
}

TEST_CASE("reindex re-extracts stored documents without duplicating facts") {
  Fixture f;
  f.Add("a", "2025-12-14", "Sergey Lavrov met Steve Witkoff in Moscow on Dec. 11.");
  const int64_t entities = f.Scalar("SELECT count(*) FROM entities");
  const int64_t events = f.Scalar("SELECT count(*) FROM events");
  // Provenance names its extractor through the document row.
  testing::RawScalar(f.db, "UPDATE documents SET extractor_version = 'parley-extract/0'");
  auto stats = f.ingester.Reindex();
  CHECK(stats.documents == 1);
  CHECK(f.Scalar(std::string("SELECT count(*) FROM documents WHERE extractor_version = '") +
                 extract::Extractor::kVersion + "'") == 1);
  CHECK(f.Scalar("SELECT count(*) FROM entities") == entities);
  CHECK(f.Scalar("SELECT count(*) FROM events") == events);
}

TEST_CASE("invalid UTF-8 is refused before anything is written") {
  Fixture f;
  DocumentInput d;
  d.text = "bad \xff\xfe bytes";
  CHECK_THROWS_AS(f.ingester.Ingest(d), Error);
  CHECK(f.Scalar("SELECT count(*) FROM documents") == 0);
}

TEST_CASE("document readers: JSON fields, errors and HTML") {
  DocumentInput d;
  CHECK(DocumentFromJsonText(
            R"({"id": 5, "text": "Hi", "published_at": "2025-01-02", "lang": "en"})", &d) == "");
  CHECK(d.external_id == "5");
  CHECK(d.metadata["lang"] == "en");
  CHECK(DocumentFromJsonText("[1]", &d) == "document must be a JSON object");
  CHECK(DocumentFromJsonText(R"({"title": "x"})", &d) == "document has no \"text\"");
  CHECK(DocumentFromJsonText(R"({"text": "   "})", &d) == "\"text\" is empty");
  CHECK(DocumentFromJsonText(R"({"text": "x", "published_at": "last week"})", &d)
            .find("published_at") != std::string::npos);
  CHECK(DocumentFromJsonText("{oops", &d) == "not valid JSON");
  CHECK(DocumentFromJsonText(R"({"text": "x", "date": "2015"})", &d) == "");
  CHECK(d.published_at == "2015");
  CHECK(IsPublicationDate("2022-06"));
  CHECK(IsPublicationDate("2022-06-24T17:30:00Z"));
  CHECK_FALSE(IsPublicationDate("2022-13"));
  CHECK_FALSE(IsPublicationDate("20155"));
  CHECK_FALSE(IsPublicationDate("June 2022"));
  std::string text, title;
  HtmlToText(
      "<html><head><title>Talks</title><script>var x=1;</script></head><body><p>Lavrov "
      "met  Wang.</p><div>Second&nbsp;para</div></body></html>",
      &text, &title);
  CHECK(title == "Talks");
  CHECK(text.find("var x") == std::string::npos);
  CHECK(text.find("Lavrov met Wang.") != std::string::npos);
  CHECK(text.find("Second") != std::string::npos);
  CHECK(NormalizeName("Sergéy  Lavrov") == "sergey lavrov");
  CHECK(NormalizeName("U.S.") == NormalizeName("US"));
}

TEST_CASE("sources: txt with sidecar, jsonl lines, directories and bad files") {
  testing::TempDir dir;
  std::ofstream(dir.File("a.txt")) << "Macron met Scholz.";
  std::ofstream(dir.File("a.json")) << R"({"published_at": "2024-01-01", "source": "s"})";
  std::ofstream(dir.File("b.jsonl")) << "{\"text\": \"one\"}\n\nnot json\n{\"text\": \"two\"}\n";
  std::ofstream(dir.File("c.html")) << "<p>From HTML</p>";
  std::ofstream(dir.File("ignored.bin")) << "x";
  std::vector<SourceItem> items;
  std::istringstream in("{\"text\": \"stdin doc\"}\n");
  ForEachDocument({dir.path().string(), "-", dir.File("missing.txt")}, in,
                  [&](SourceItem& item) { items.push_back(item); });
  REQUIRE(items.size() == 7);
  CHECK(items[0].doc.published_at == "2024-01-01");  // a.txt took its sidecar
  CHECK(items[0].doc.external_id == "a");
  CHECK(items[1].doc.text == "one");
  CHECK(items[2].error == "not valid JSON");
  CHECK(items[2].origin.find("b.jsonl:3") != std::string::npos);
  CHECK(items[3].doc.text == "two");
  CHECK(items[4].doc.text.find("From HTML") != std::string::npos);
  CHECK(items[5].doc.text == "stdin doc");
  CHECK(items[6].error == "no such file or directory");
}

TEST_CASE("sources: gzip-compressed NDJSON is read line by line") {
  testing::TempDir dir;
  const std::string plain = dir.File("batch.jsonl");
  std::ofstream(plain) << "{\"text\": \"first\"}\n{\"text\": \"second\"}\n";
  REQUIRE(std::system(("gzip -k " + plain).c_str()) == 0);
  std::vector<SourceItem> items;
  std::istringstream none;
  ForEachDocument({dir.File("batch.jsonl.gz")}, none, [&](SourceItem& i) { items.push_back(i); });
  REQUIRE(items.size() == 2);
  CHECK(items[0].error.empty());
  CHECK(items[1].doc.text == "second");
  std::ofstream(dir.File("junk.jsonl.gz")) << "not gzip at all";
  items.clear();
  ForEachDocument({dir.File("junk.jsonl.gz")}, none, [&](SourceItem& i) { items.push_back(i); });
  REQUIRE_FALSE(items.empty());
  CHECK_FALSE(items.back().error.empty());
}

TEST_CASE("incremental counts equal counts recomputed from provenance") {
  Fixture f;
  std::vector<DocumentInput> batch;
  const char* texts[] = {
      "Russian President Vladimir Putin held talks with French President Emmanuel Macron in "
      "Moscow on Monday.",
      "Emmanuel Macron and Vladimir Putin met in Moscow on Monday, the Kremlin said.",
      "French President Emmanuel Macron had a telephone conversation with Ukrainian President "
      "Volodymyr Zelenskyy on Tuesday.",
      "Russian President Vladimir Putin held talks with French President Emmanuel Macron in "
      "Moscow on Monday.",  // a duplicate inside the batch
      // The same talks from the first document's source: no new source.
      "Vladimir Putin and Emmanuel Macron held talks in Moscow on Monday, officials said."};
  for (const char* t : texts) {
    DocumentInput d;
    d.text = t;
    d.published_at = "2022-02-09";
    d.source = batch.size() % 2 ? "one" : "two";
    batch.push_back(d);
  }
  auto outcomes = f.ingester.IngestBatch(batch);
  REQUIRE(outcomes.size() == 5);
  CHECK(outcomes[3].duplicate);
  CHECK(outcomes[3].document_id == outcomes[0].document_id);
  CHECK(f.Scalar("SELECT count(*) FROM documents") == 4);
  CHECK(outcomes[4].merged_events >= 1);
  CHECK(f.Scalar("SELECT count(*) FROM entities e WHERE mention_count <> (SELECT "
                 "coalesce(sum(span_count), 0) FROM mentions m WHERE m.entity_id = e.id AND "
                 "m.kind = 'entity') OR document_count <> "
                 "(SELECT count(DISTINCT document_id) FROM mentions m WHERE m.entity_id = e.id) OR "
                 "event_count <> (SELECT count(DISTINCT event_id) FROM event_participants p WHERE "
                 "p.entity_id = e.id)") == 0);
  CHECK(f.Scalar("SELECT max(event_count) FROM entities") >= 2);
  CHECK(f.Scalar("SELECT count(*) FROM events v WHERE mention_count <> (SELECT "
                 "coalesce(sum(span_count), 0) FROM mentions m WHERE m.event_id = v.id AND "
                 "m.kind = 'event') OR document_count <> "
                 "(SELECT count(DISTINCT document_id) FROM mentions m WHERE m.event_id = v.id AND "
                 "m.kind = 'event') OR source_count <> (SELECT count(DISTINCT d.source) FROM "
                 "mentions m JOIN documents d ON d.id = m.document_id WHERE m.event_id = v.id AND "
                 "m.kind = 'event')") == 0);
}

TEST_CASE("full-text indexes match their tables after ingest, merge, retraction and reindex") {
  // The store writes full-text rows itself (migration 0006); FTS5's own
  // integrity check compares each index with its content table.
  if (testing::SqliteOnly("FTS5 tables (PostgreSQL's are generated columns)")) return;
  Fixture f;
  auto a = f.Add("a", "2025-08-16",
                 "Russian President Vladimir Putin and U.S. President Donald Trump held a summit "
                 "in Anchorage on August 15. \"We had a good talk,\" Putin said.",
                 "one");
  f.Add("b", "2025-08-16", "Donald Trump and Vladimir Putin met in Anchorage on Friday.", "two");
  f.Add("c", "2025-08-17", "Sergei Lavrov, Russia's foreign minister, spoke to reporters.");
  REQUIRE(f.ingester.Retract(a.document_id));
  f.ingester.Reindex();
  store::SqliteDb db(f.dir.File("g.db"), {});
  // Structure by FTS5's check; the indexed row set by its docsize table, which
  // holds exactly one row per indexed document.
  const std::pair<std::string, std::string> pairs[] = {
      {"alias_fts", "aliases"}, {"document_fts", "documents"}, {"event_fts", "events"}};
  for (const auto& pair : pairs) {
    const std::string& fts = pair.first;
    const std::string& table = pair.second;
    INFO(fts);
    CHECK_NOTHROW(db.Exec("INSERT INTO " + fts + "(" + fts + ") VALUES ('integrity-check')"));
    CHECK(f.Scalar("SELECT count(*) FROM " + table) > 0);
    CHECK(f.Scalar("SELECT count(*) FROM (SELECT id FROM " + table + " EXCEPT SELECT id FROM " +
                   fts + "_docsize)") == 0);
    CHECK(f.Scalar("SELECT count(*) FROM (SELECT id FROM " + fts +
                   "_docsize EXCEPT SELECT id FROM " + table + ")") == 0);
  }
  CHECK(f.Scalar("SELECT count(*) FROM alias_fts WHERE alias_fts MATCH 'lavrov'") >= 1);
  CHECK(f.Scalar("SELECT count(*) FROM document_fts WHERE document_fts MATCH 'reporters'") == 1);
  CHECK(f.Scalar("SELECT count(*) FROM event_fts WHERE event_fts MATCH 'putin'") >= 1);
}

TEST_CASE("a merged event's new topic is searchable, in one batch and across batches") {
  // Regression guard for migration 0007: full-text rows wait for the commit,
  // so a merge that rewrites a still-pending event must update the pending
  // row, and one that rewrites a committed event must replace its index row.
  Fixture f;
  auto doc = [](const std::string& id, const std::string& text) {
    DocumentInput d;
    d.external_id = id;
    d.published_at = "2025-08-16";
    d.source = id;
    d.text = text;
    return d;
  };
  const std::string summit =
      "Vladimir Putin and Donald Trump held a summit in Anchorage on August 15.";
  const std::string topic =
      "Vladimir Putin and Donald Trump met in Anchorage on August 15 to discuss security "
      "guarantees.";
  SUBCASE("in one batch") { f.ingester.IngestBatch({doc("a", summit), doc("b", topic)}); }
  SUBCASE("across batches") {
    f.ingester.Ingest(doc("a", summit));
    f.ingester.Ingest(doc("b", topic));
  }
  CHECK(f.Scalar("SELECT count(*) FROM events") == 1);
  CHECK(f.Scalar("SELECT count(*) FROM events WHERE topic = 'security guarantees'") == 1);
  if (testing::SqliteOnly("FTS5 tables (PostgreSQL's are generated columns)")) return;
  CHECK(f.Scalar("SELECT count(*) FROM event_fts WHERE event_fts MATCH 'topic: guarantees'") == 1);
  CHECK(f.Scalar("SELECT count(*) FROM event_fts WHERE event_fts MATCH 'anchorage'") == 1);
  store::SqliteDb db(f.dir.File("g.db"), {});
  CHECK_NOTHROW(db.Exec("INSERT INTO event_fts(event_fts) VALUES ('integrity-check')"));
}

TEST_CASE("an event a document reports twice counts both spans once merged") {
  // The event is inserted with its first report's counts; the second report
  // in the same document is recounted from provenance, not added as a new
  // document.
  Fixture f;
  f.Add("x", "2022-02-16",
        "President Volodymyr Zelenskyy asked citizens in the Donetsk region to get vaccinated. "
        "Volodymyr Zelenskyy also asked doctors in the Donetsk region to vaccinate the elderly.");
  REQUIRE(f.Scalar("SELECT count(*) FROM events") == 1);
  CHECK(f.Scalar("SELECT mention_count FROM events") == 2);
  CHECK(f.Scalar("SELECT document_count FROM events") == 1);
  CHECK(f.Scalar("SELECT source_count FROM events") == 1);
  CHECK(f.Scalar("SELECT sum(span_count) FROM mentions WHERE kind = 'event'") == 2);
}

namespace {

// An extractor that is not the rule extractor: the ingester takes any
// implementation of the interface and stores what it says.
class OneCountryExtractor final : public extract::Extractor {
 public:
  extract::Extraction Extract(const extract::InputDocument& doc) const override {
    extract::Extraction x;
    x.id = doc.id;
    extract::Entity e;
    e.id = "country:NOR";
    e.name = "Norway";
    e.type = "country";
    e.country = "NOR";
    e.mentions.push_back({0, 6, "Norway", 0});
    x.entities.push_back(e);
    return x;
  }
  const std::string& version() const override { return version_; }

 private:
  std::string version_ = "one-country/1";
};

}  // namespace

TEST_CASE("the ingester stores what any Extractor implementation gives, under its version") {
  testing::TempDir dir;
  auto store = store::Store::OpenSqlite(dir.File("g.db"), {});
  OneCountryExtractor extractor;
  Ingester ingester(*store, extractor);
  CHECK(ingester.extractor_version() == "one-country/1");
  DocumentInput d;
  d.external_id = "n";
  d.published_at = "2025-12-03";
  d.text = "Norway is a country.";
  ingester.Ingest(d);
  store::SqliteDb db(dir.File("g.db"), {});
  auto q = db.Prepare("SELECT extractor_version FROM documents");
  REQUIRE(q.Step());
  CHECK(q.Text(0) == "one-country/1");
  auto n = db.Prepare("SELECT count(*) FROM entities WHERE name = 'Norway'");
  REQUIRE(n.Step());
  CHECK(n.Int(0) == 1);
}

TEST_CASE("a document's metadata country is the voice of its 'we', and its year dates it") {
  // The UN General Debate corpus: "country_iso3" names the speaking delegation, "date" the
  // session's year.
  Fixture f;
  for (const bool voiced : {true, false}) {
    DocumentInput d;
    d.external_id = voiced ? "ungdc-UGA-73-2018" : "unvoiced";
    d.published_at = "2018";
    d.text = std::string(voiced ? "" : "Again: ") +
             "President Yoweri Museveni sends his greetings. We call on the international "
             "community to support the implementation of the Agreement.";
    if (voiced) d.metadata["country_iso3"] = "UGA";
    f.ingester.Ingest(d);
  }
  CHECK(f.Scalar("SELECT count(*) FROM events WHERE type = 'request' AND source_actor_code = "
                 "'UGA' AND date = '2018' AND date_precision = 'year'") == 1);
  CHECK(f.Scalar("SELECT count(*) FROM events WHERE date IS NULL") == 0);
}
