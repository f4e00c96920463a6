// Export formats over a graph built through WriteTxn: escaping, dyads,
// JSON-LD, filters, streaming, and every file loaded by the tool its users
// use (tests/export/check_exports.py: networkx, pandas, lxml).
#include <doctest/doctest.h>

#include <cctype>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "backend.h"
#include "base/utf8.h"
#include "export/event_rows.h"
#include "export/exporter.h"
#include "export/text_escape.h"
#include "server_process.h"
#include "store/store.h"
#include "test_util.h"

using namespace parley;
using namespace parley::testing;
using nlohmann::json;

namespace {

constexpr int64_t kT0 = 1'765'000'000'000'000;  // 2025-12-06

// A small graph with every awkward case: names needing CSV and XML escaping
// (and one invalid UTF-8 byte), CAMEO codes with leading zeros, day-, month-
// and un-dated events, an entity in two roles of one event (parallel
// edges), an entity in no event, a place, and a fact first seen later.
struct Fixture {
  TempDir dir;
  std::unique_ptr<store::Store> store = store::Store::Open(testing::TestDb(dir, "g.db"), {});
  int64_t lavrov = 0, witkoff = 0, ukraine = 0, berlin = 0, loner = 0, late = 0;
  int64_t meeting = 0, call = 0, statement = 0, late_event = 0;
  int64_t doc1 = 0, doc2 = 0;

  Fixture() {
    auto txn = store->BeginWrite();
    auto doc = [&](const std::string& hash, const std::string& url) {
      store::DocumentRow d;
      d.url = url;
      d.title = "Title, \"quoted\"";
      d.source = "wire";
      d.published_at = "2025-12-14";
      d.ingested_at = kT0;
      d.content_hash = hash;
      d.text = "Lavrov met Witkoff in Berlin.\nLine two.";
      d.extractor_version = "test";
      return txn->InsertDocument(d);
    };
    doc1 = doc("h1", "https://example.org/a?x=1&y=2");
    doc2 = doc("h2", "https://example.org/b");
    auto entity = [&](const std::string& type, const std::string& name, const std::string& country,
                      const std::string& sector, int64_t seen) {
      store::EntityRow e;
      e.type = type;
      e.name = name;
      e.country = country;
      e.sector = sector;
      e.actor_code = country.empty() ? "" : country + sector;
      e.mention_count = 3;
      e.document_count = 1;
      e.event_count = 1;
      e.first_seen = e.last_seen = seen;
      return txn->InsertEntity(e);
    };
    lavrov = entity("person", "Sergey Lavrov, \"the minister\"", "RUS", "GOV", kT0);
    witkoff = entity("person", "Steve <Witkoff> & co\nenvoy", "USA", "GOV", kT0);
    ukraine = entity("country", "Ukraine", "UKR", "", kT0);
    berlin = entity("location", "Berlin", "DEU", "", kT0);
    // PostgreSQL refuses invalid UTF-8 when it is written (the store says
    // so); against it the fixture stores what the exporters repair it to.
    loner = entity("organization",
                   std::string(testing::PgBackend() ? "Bad \xEF\xBF\xBD byte\x01 org"
                                                    : "Bad \xff byte\x01 org"),
                   "", "", kT0);
    late = entity("person", "Late Comer", "FRA", "GOV", kT0 + 10'000'000);
    auto event = [&](const std::string& type, const std::string& cameo, const std::string& plover,
                     const std::string& date, int64_t seen) {
      store::EventRow v;
      v.type = type;
      v.label = type + ": test";
      v.cameo = cameo;
      v.plover = plover;
      v.goldstein = cameo == "010" ? 0 : 1;
      v.quad_class = 1;
      v.date = date;
      v.date_precision = date.size() == 10 ? "day" : (date.empty() ? "" : "month");
      v.location_id = type == "meeting" ? berlin : 0;
      v.confidence = 0.75;
      v.mention_count = 2;
      v.document_count = 1;
      v.source_count = 1;
      v.first_seen = v.last_seen = seen;
      return txn->InsertEvent(v);
    };
    meeting = event("meeting", "040", "CONSULT", "2025-12-14", kT0);
    call = event("call", "042", "CONSULT", "2025-11", kT0);
    statement = event("statement", "010", "", "", kT0);
    late_event = event("meeting", "036", "CONSULT", "2025-12-20", kT0 + 10'000'000);
    auto part = [&](int64_t ev, int64_t en, const std::string& role, int64_t seen) {
      store::ParticipantRow p;
      p.event_id = ev;
      p.entity_id = en;
      p.role = role;
      txn->UpsertParticipant(p, seen);
    };
    part(meeting, lavrov, "host", kT0);
    part(meeting, witkoff, "guest", kT0);
    part(meeting, witkoff, "participant", kT0);  // a second role: a parallel edge
    part(call, ukraine, "participant", kT0);
    part(call, witkoff, "participant", kT0);
    part(statement, lavrov, "speaker", kT0);
    part(late_event, late, "participant", kT0 + 10'000'000);
    part(late_event, lavrov, "participant", kT0 + 10'000'000);
    auto mention = [&](int64_t d, int64_t ev) {
      store::EvidenceRow m;
      m.document_id = d;
      m.kind = "event";
      m.event_id = ev;
      m.spans = {{0, 5, 0}};
      txn->InsertEvidence(m);
    };
    mention(doc1, meeting);
    mention(doc2, meeting);
    mention(doc1, meeting);  // the same document twice: one URL
    mention(doc2, call);
    txn->Commit();
  }

  std::string Export(exports::Format f, const store::EventFilter& filter = {},
                     const exports::ExportOptions& options = {}) {
    auto exporter = exports::NewExporter(f, std::shared_ptr<store::ScanTxn>(store->BeginScan()),
                                         filter, options);
    std::string out;
    exports::Drain(*exporter, [&](std::string_view s) { out += s; });
    return out;
  }
};

std::vector<json> NdjsonLines(const std::string& text) {
  std::vector<json> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) out.push_back(json::parse(line));
  return out;
}

std::set<std::string> CsvIds(const std::string& csv) {
  std::set<std::string> ids;
  std::istringstream in(csv);
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line))
    if (line.size() > 1 && (line[0] == 'e' || line[0] == 'v' || line[0] == 'p') &&
        std::isdigit(static_cast<unsigned char>(line[1])))
      ids.insert(line.substr(0, line.find(',')));
  return ids;
}

}  // namespace

TEST_CASE("CSV fields follow RFC 4180 and repair bad UTF-8") {
  std::string out;
  exports::AppendCsvField(&out, "plain");
  CHECK(out == "plain");
  out.clear();
  exports::AppendCsvField(&out, "a,\"b\"\nc");
  CHECK(out == "\"a,\"\"b\"\"\nc\"");
  out.clear();
  exports::AppendCsvField(&out, " padded");
  CHECK(out == "\" padded\"");
  out.clear();
  exports::AppendCsvField(&out, std::string("x\xffy"));
  CHECK(out == "x\xEF\xBF\xBDy");
  CHECK(parley::ValidUtf8("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong '/'
  CHECK(parley::ValidUtf8("caf\xC3\xA9") == "caf\xC3\xA9");
}

TEST_CASE("TSV fields lose tabs and newlines, XML escapes and drops forbidden characters") {
  std::string out;
  exports::AppendTsvField(&out, "a\tb\nc\r\"d\"");
  CHECK(out == "a b c \"d\"");
  out.clear();
  exports::AppendXmlEscaped(&out, std::string("<a href=\"x\">&'\x01\x1f\n"));
  CHECK(out == "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&#10;");
}

TEST_CASE("CAMEO levels stay strings and the dyad follows roles") {
  CHECK(exports::CameoBase("0431") == "043");
  CHECK(exports::CameoRoot("0431") == "04");
  CHECK(exports::CameoBase("010") == "010");
  CHECK(exports::CameoRoot("") == "");
  store::EventDetail d;
  d.participants = {{1, "guest", "Witkoff", "person", "USA", "GOV", "USAGOV"},
                    {2, "participant", "Berlin", "location", "DEU", "", ""},
                    {3, "host", "Lavrov", "person", "RUS", "GOV", "RUSGOV"}};
  auto dyad = exports::PickDyad(d);
  REQUIRE(dyad.source);
  REQUIRE(dyad.target);
  CHECK(dyad.source->name == "Lavrov");
  CHECK(dyad.target->name == "Witkoff");
  d.participants = {{1, "participant", "A", "person", "", "", ""},
                    {2, "participant", "B", "country", "", "", ""}};
  dyad = exports::PickDyad(d);
  CHECK(dyad.source->name == "A");
  CHECK(dyad.target->name == "B");
  d.participants = {{1, "speaker", "A", "person", "", "", ""}};
  dyad = exports::PickDyad(d);
  CHECK(dyad.source->name == "A");
  CHECK(dyad.target == nullptr);
}

TEST_CASE("formats are known by name") {
  CHECK(exports::FindFormat("graphml"));
  CHECK(exports::FindFormat("events.tsv")->format == exports::Format::kEventsTsv);
  CHECK_FALSE(exports::FindFormat("xlsx"));
  CHECK(exports::FormatNames().find("gexf") != std::string::npos);
}

TEST_CASE("CSV exports: every edge endpoint is a node, filters narrow both") {
  Fixture fx;
  const std::string nodes = fx.Export(exports::Format::kNodesCsv);
  const std::string edges = fx.Export(exports::Format::kEdgesCsv);
  CHECK(nodes.rfind("id,kind,label,type,", 0) == 0);
  CHECK(nodes.find("\r\n") != std::string::npos);
  CHECK(nodes.find("\"Sergey Lavrov, \"\"the minister\"\"\"") != std::string::npos);
  CHECK(nodes.find(",040,") != std::string::npos);
  CHECK(nodes.find(",010,") != std::string::npos);
  CHECK(nodes.find("\xEF\xBF\xBD") != std::string::npos);  // the bad byte, repaired
  const auto node_ids = CsvIds(nodes);
  CHECK(node_ids.size() == 10);  // 6 entities + 4 events
  CHECK(CsvIds(edges).size() == 8);

  store::EventFilter f;
  f.types = {"call"};
  const auto filtered = CsvIds(fx.Export(exports::Format::kNodesCsv, f));
  CHECK(filtered == std::set<std::string>{"e" + std::to_string(fx.ukraine),
                                          "e" + std::to_string(fx.witkoff),
                                          "v" + std::to_string(fx.call)});
  CHECK(CsvIds(fx.Export(exports::Format::kEdgesCsv, f)).size() == 2);

  store::EventFilter as_of;
  as_of.as_of = kT0 + 1;
  const auto then = CsvIds(fx.Export(exports::Format::kNodesCsv, as_of));
  CHECK(then.count("e" + std::to_string(fx.late)) == 0);
  CHECK(then.count("v" + std::to_string(fx.late_event)) == 0);
  CHECK(then.count("e" + std::to_string(fx.loner)) == 1);
  CHECK(CsvIds(fx.Export(exports::Format::kEdgesCsv, as_of)).size() == 6);

  store::EventFilter country;
  country.country = "UKR";
  CHECK(CsvIds(fx.Export(exports::Format::kEdgesCsv, country)).size() == 2);
  store::EventFilter cameo;
  cameo.cameo_prefix = "04";
  cameo.from = "2025-12-01";
  const auto cameo_nodes = CsvIds(fx.Export(exports::Format::kNodesCsv, cameo));
  CHECK(cameo_nodes.count("v" + std::to_string(fx.meeting)) == 1);
  CHECK(cameo_nodes.count("v" + std::to_string(fx.call)) == 0);  // "2025-11" < from
  store::EventFilter who;
  who.participant = fx.late;
  CHECK(CsvIds(fx.Export(exports::Format::kEdgesCsv, who)).size() == 2);
}

TEST_CASE("NDJSON: one object per line with its kind, codes stay strings") {
  Fixture fx;
  const auto lines = NdjsonLines(fx.Export(exports::Format::kNdjson));
  std::map<std::string, int> kinds;
  for (const auto& l : lines) ++kinds[l["kind"].get<std::string>()];
  CHECK(kinds["entity"] == 6);
  CHECK(kinds["event"] == 4);
  CHECK(kinds["document"] == 2);
  for (const auto& l : lines) {
    if (l["kind"] == "event" && l["id"] == fx.meeting) {
      CHECK(l["cameo"] == "040");
      CHECK(l["cameo_root"] == "04");
      CHECK(l["location"]["name"] == "Berlin");  // the REST event shape
      CHECK(l["participants"].size() == 3);
      CHECK(l["source_urls"].size() == 2);  // two documents, one mentioned twice
    }
    if (l["kind"] == "event" && l["id"] == fx.statement) CHECK(l["cameo"] == "010");
    if (l["kind"] == "document")
      CHECK(l["text"].get<std::string>().find('\n') != std::string::npos);
  }
  exports::ExportOptions no_text;
  no_text.document_text = false;
  for (const auto& l : NdjsonLines(fx.Export(exports::Format::kNdjson, {}, no_text)))
    if (l["kind"] == "document") CHECK_FALSE(l.contains("text"));
}

TEST_CASE("event TSV: one record per event, fixed width, dyad and URLs") {
  Fixture fx;
  const std::string tsv = fx.Export(exports::Format::kEventsTsv);
  std::istringstream in(tsv);
  std::string line;
  size_t width = 0, rows = 0;
  bool saw_meeting = false;
  while (std::getline(in, line)) {
    const size_t tabs = static_cast<size_t>(std::count(line.begin(), line.end(), '\t'));
    if (!width) width = tabs;
    CHECK(tabs == width);
    if (rows++ == 0) {
      // Where each date comes from sits beside its precision.
      CHECK(line.rfind("event_id\tdate\tdate_precision\tdate_source\tevent_type\t", 0) == 0);
      continue;
    }
    if (line.rfind(std::to_string(fx.meeting) + "\t", 0) == 0) {
      saw_meeting = true;
      CHECK(line.find("\tSergey Lavrov, \"the minister\"\tRUSGOV\tRUS\tGOV\t040\t040\t04\t") !=
            std::string::npos);
      CHECK(line.find("Steve <Witkoff> & co envoy\tUSAGOV") != std::string::npos);
      CHECK(line.find("\tBerlin\tDEU\t") != std::string::npos);
      CHECK(line.find("https://example.org/a?x=1&y=2 https://example.org/b") != std::string::npos);
    }
  }
  size_t n = 0;
  exports::EventTsvColumns(&n);
  CHECK(width + 1 == n);
  CHECK(rows == 5);
  CHECK(saw_meeting);
}

TEST_CASE("JSON-LD: a schema.org Event with place, attendees and sources") {
  Fixture fx;
  store::EventFilter f;
  f.event_id = fx.meeting;
  auto scan = fx.store->BeginScan();
  auto cursor = scan->EventDetails(f);
  store::EventDetail d;
  REQUIRE(cursor->Next(&d));
  store::EventDetail again;
  CHECK_FALSE(cursor->Next(&again));
  cursor.reset();
  const json j = exports::EventJsonLd(d, "https://parley.example");
  // Regression: a bare-word additionalType ("meeting") and a remote context.
  CHECK(j["@context"]["@vocab"] == "https://schema.org/");
  CHECK(j["@type"] == "https://schema.org/Event");
  CHECK(j["additionalType"] == "https://parley.example/api/v1/vocabulary#meeting");
  CHECK(j["@id"] == "https://parley.example/api/v1/events/" + std::to_string(fx.meeting));
  CHECK(j["startDate"] == "2025-12-14");
  CHECK(j["location"]["name"] == "Berlin");
  CHECK(j["location"]["address"]["addressCountry"] == "DEU");
  CHECK(j["organizer"][0]["name"] == "Sergey Lavrov, \"the minister\"");
  CHECK(j["attendee"].size() == 2);
  CHECK(j["subjectOf"].size() == 2);
  bool cameo = false;
  for (const auto& id : j["identifier"])
    cameo |= id["propertyID"] == "CAMEO" && id["value"] == "040";
  CHECK(cameo);
  CHECK(exports::EventJsonLdPath(7) == "/api/v1/export/jsonld/7");
  const json graph = json::parse(fx.Export(exports::Format::kJsonLd));
  CHECK(graph["@graph"].size() == 4);
}

TEST_CASE("exports stream: each step yields at most one record") {
  Fixture fx;
  for (const auto& info : exports::Formats()) {
    auto exporter = exports::NewExporter(
        info.format, std::shared_ptr<store::ScanTxn>(fx.store->BeginScan()), {});
    std::string piece;
    size_t steps = 0, largest = 0;
    while (exporter->Next(&piece)) {
      ++steps;
      largest = std::max(largest, piece.size());
      piece.clear();
    }
    CHECK_FALSE(exporter->Next(&piece));
    CHECK(piece.empty());
    INFO(info.name);
    CHECK(steps >= 4);
    CHECK(largest < 4096);
  }
}

TEST_CASE("every export loads in networkx and pandas with the database's counts") {
  Fixture fx;
  const auto counts = fx.store->BeginRead()->Counts();
  for (const auto& info : exports::Formats()) {
    std::ofstream out(fx.dir.File(info.file_name), std::ios::binary);
    out << fx.Export(info.format);
  }
  const json want = {{"entities", counts.entities},
                     {"events", counts.events},
                     {"edges", counts.participants},
                     {"documents", counts.documents},
                     {"tricky", true}};
  std::string output;
  const int rc =
      RunCommand("/usr/bin/python3 " + (SourceDir() / "tests/export/check_exports.py").string() +
                     " " + fx.dir.path().string() + " '" + want.dump() + "'",
                 &output);
  if (rc == 77) {
    MESSAGE("skipped: python3-networkx, python3-pandas or python3-lxml missing: " << output);
    return;
  }
  INFO(output);
  CHECK(rc == 0);
}
