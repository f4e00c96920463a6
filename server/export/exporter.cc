// Exporter implementations. Each format is a list of stages (a header, a
// scan of nodes, a scan of edges, a footer); a scan stage opens its cursor
// when it starts and closes it when exhausted, so only one statement steps
// at a time and each Next() costs one row.
#include "export/exporter.h"

#include <array>
#include <charconv>
#include <nlohmann/json.hpp>

#include "base/error.h"
#include "base/time.h"
#include "export/event_json.h"
#include "export/event_rows.h"
#include "export/text_escape.h"

namespace parley::exports {
namespace {

using nlohmann::json;
using store::Cursor;
using store::DocumentRow;
using store::EdgeRow;
using store::EntityRow;
using store::EventDetail;
using store::EventFilter;
using store::EventRow;
using store::ScanTxn;
using Stage = std::function<bool(std::string*)>;

// Stages run in order; Next() moves to the following stage when one is done.
class StagedExporter : public Exporter {
 public:
  StagedExporter(std::shared_ptr<ScanTxn> scan, std::vector<Stage> stages)
      : scan_(std::move(scan)), stages_(std::move(stages)) {}
  ~StagedExporter() override {
    stages_.clear();  // cursors die before the snapshot they read
  }
  bool Next(std::string* out) override {
    while (at_ < stages_.size()) {
      if (stages_[at_](out)) return true;
      stages_[at_] = nullptr;  // release its cursor now
      ++at_;
    }
    return false;
  }

 private:
  std::shared_ptr<ScanTxn> scan_;
  std::vector<Stage> stages_;
  size_t at_ = 0;
};

Stage Text(std::string text) {
  return [text = std::move(text), done = false](std::string* out) mutable {
    if (done) return false;
    *out += text;
    done = true;
    return true;
  };
}

// One record per call from the cursor `open` returns (opened on first call);
// `write(row, first, out)` appends it.
template <typename Row>
Stage Scan(std::function<std::unique_ptr<Cursor<Row>>()> open,
           std::function<void(const Row&, bool, std::string*)> write) {
  struct State {
    std::unique_ptr<Cursor<Row>> cursor;
    Row row;
    bool first = true;
  };
  auto state = std::make_shared<State>();
  return [state, open = std::move(open), write = std::move(write)](std::string* out) {
    if (!state->cursor) {
      if (!state->first) return false;
      state->cursor = open();
    }
    if (!state->cursor->Next(&state->row)) {
      state->cursor.reset();
      state->first = false;
      return false;
    }
    write(state->row, state->first, out);
    state->first = false;
    return true;
  };
}

std::string Number(double v) {
  std::array<char, 32> buf{};
  auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), v);
  return ec == std::errc() ? std::string(buf.data(), end) : std::string();
}

std::string Iso(int64_t micros) { return micros > 0 ? FormatTimestamp(micros) : std::string(); }
// Appended piece by piece: g++ 12 at -O3 flags operator+ on a literal with a
// false -Wrestrict.
std::string NodeId(char kind, int64_t id) {
  std::string out(1, kind);
  out += std::to_string(id);
  return out;
}
std::string EdgeId(const EdgeRow& e) {
  std::string out = NodeId('p', e.event_id);
  out += '-';
  out += std::to_string(e.entity_id);
  out += '-';
  out += e.role;
  return out;
}
std::string EventLabel(const EventRow& v) {
  return !v.label.empty() ? v.label : (v.date.empty() ? v.type : v.type + " " + v.date);
}
std::string Goldstein(const EventRow& v) { return v.cameo.empty() ? "" : Number(v.goldstein); }
std::string QuadClass(const EventRow& v) {
  return v.quad_class > 0 ? std::to_string(v.quad_class) : "";
}
json Opt(const std::string& s) { return s.empty() ? json(nullptr) : json(ValidUtf8(s)); }
json ParsedOr(const std::string& text) {
  json j = json::parse(text, nullptr, false);
  return j.is_discarded() ? json(ValidUtf8(text)) : j;
}
std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

// A uniform attribute table: the same node attributes for GraphML, GEXF,
// CSV and Cytoscape, so a column means the same thing in every format.
struct Attr {
  const char* name;
  const char* graphml_type;  // string | int | long | double
  const char* gexf_type;     // string | integer | long | double
};
constexpr Attr kNodeAttrs[] = {
    {"kind", "string", "string"},       {"label", "string", "string"},
    {"type", "string", "string"},       {"country", "string", "string"},
    {"sector", "string", "string"},     {"actor_code", "string", "string"},
    {"date", "string", "string"},       {"cameo", "string", "string"},
    {"plover", "string", "string"},     {"plover_mode", "string", "string"},
    {"goldstein", "double", "double"},  {"quad_class", "int", "integer"},
    {"mentions", "long", "long"},       {"documents", "long", "long"},
    {"sources", "long", "long"},        {"events", "long", "long"},
    {"first_seen", "string", "string"}, {"last_seen", "string", "string"},
};
constexpr Attr kEdgeAttrs[] = {
    {"role", "string", "string"},
    {"date", "string", "string"},
    {"first_seen", "string", "string"},
    {"last_seen", "string", "string"},
};
constexpr size_t kNodeAttrCount = std::size(kNodeAttrs);
constexpr size_t kEdgeAttrCount = std::size(kEdgeAttrs);
using NodeValues = std::array<std::string, kNodeAttrCount>;
using EdgeValues = std::array<std::string, kEdgeAttrCount>;

// Attribute values in kNodeAttrs order; "" = absent.
NodeValues EntityValues(const EntityRow& e) {
  return {"entity",
          e.name,
          e.type,
          e.country,
          e.sector,
          e.actor_code,
          "",
          "",
          "",
          "",
          "",
          "",
          std::to_string(e.mention_count),
          std::to_string(e.document_count),
          "",
          std::to_string(e.event_count),
          Iso(e.first_seen),
          Iso(e.last_seen)};
}
NodeValues EventValues(const EventRow& v) {
  return {"event",
          EventLabel(v),
          v.type,
          "",
          "",
          "",
          v.date,
          v.cameo,
          v.plover,
          v.plover_mode,
          Goldstein(v),
          QuadClass(v),
          std::to_string(v.mention_count),
          std::to_string(v.document_count),
          std::to_string(v.source_count),
          "",
          Iso(v.first_seen),
          Iso(v.last_seen)};
}
EdgeValues EdgeRowValues(const EdgeRow& e) {
  return {e.role, e.date, Iso(e.first_seen), Iso(e.last_seen)};
}

// The node and edge scans every graph format shares; `node(id, values,
// date, first, out)` and `edge(row, values, first, out)` write one record.
using NodeWriter = std::function<void(const std::string&, const NodeValues&, const std::string&,
                                      bool, std::string*)>;
using EdgeWriter = std::function<void(const EdgeRow&, const EdgeValues&, bool, std::string*)>;

struct GraphStages {
  Stage entities, events, edges;
};

GraphStages MakeGraphStages(ScanTxn* scan, const EventFilter& f, const NodeWriter& node,
                            const EdgeWriter& edge) {
  // Events follow entities in one node list, so "first" spans both scans.
  auto any_node = std::make_shared<bool>(false);
  GraphStages g;
  g.entities = Scan<EntityRow>([scan, f] { return scan->Entities(f); },
                               [node, any_node](const EntityRow& e, bool, std::string* out) {
                                 node(NodeId('e', e.id), EntityValues(e), "", !*any_node, out);
                                 *any_node = true;
                               });
  g.events = Scan<EventRow>([scan, f] { return scan->Events(f); },
                            [node, any_node](const EventRow& v, bool, std::string* out) {
                              node(NodeId('v', v.id), EventValues(v), v.date, !*any_node, out);
                              *any_node = true;
                            });
  g.edges = Scan<EdgeRow>([scan, f] { return scan->Edges(f); },
                          [edge](const EdgeRow& e, bool first, std::string* out) {
                            edge(e, EdgeRowValues(e), first, out);
                          });
  return g;
}

// ---- CSV -------------------------------------------------------------------

void CsvRecord(std::string* out, const std::vector<std::string_view>& fields) {
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) *out += ',';
    AppendCsvField(out, fields[i]);
  }
  *out += "\r\n";
}

std::unique_ptr<Exporter> NodesCsv(std::shared_ptr<ScanTxn> scan, const EventFilter& f) {
  std::string header = "id";
  for (const auto& a : kNodeAttrs) header += std::string(",") + a.name;
  header += "\r\n";
  auto node = [](const std::string& id, const NodeValues& vals, const std::string&, bool,
                 std::string* out) {
    std::vector<std::string_view> fields = {id};
    for (const auto& v : vals) fields.push_back(v);
    CsvRecord(out, fields);
  };
  auto g = MakeGraphStages(scan.get(), f, node, nullptr);
  return std::make_unique<StagedExporter>(std::move(scan),
                                          std::vector<Stage>{Text(header), g.entities, g.events});
}

std::unique_ptr<Exporter> EdgesCsv(std::shared_ptr<ScanTxn> scan, const EventFilter& f) {
  std::string header = "id,source,target";
  for (const auto& a : kEdgeAttrs) header += std::string(",") + a.name;
  header += "\r\n";
  auto edge = [](const EdgeRow& e, const EdgeValues& vals, bool, std::string* out) {
    const std::string id = EdgeId(e), s = NodeId('e', e.entity_id), t = NodeId('v', e.event_id);
    std::vector<std::string_view> fields = {id, s, t};
    for (const auto& v : vals) fields.push_back(v);
    CsvRecord(out, fields);
  };
  auto g = MakeGraphStages(scan.get(), f, nullptr, edge);
  return std::make_unique<StagedExporter>(std::move(scan),
                                          std::vector<Stage>{Text(header), g.edges});
}

// ---- GraphML ---------------------------------------------------------------

void XmlData(std::string* out, const char* tag, const std::string& key, const std::string& v) {
  *out += "<";
  *out += tag;
  *out += " key=\"";
  *out += key;
  *out += "\">";
  AppendXmlEscaped(out, v);
  *out += "</";
  *out += tag;
  *out += ">";
}

std::unique_ptr<Exporter> Graphml(std::shared_ptr<ScanTxn> scan, const EventFilter& f) {
  std::string head =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const auto& a : kNodeAttrs)
    head += std::string("<key id=\"n_") + a.name + "\" for=\"node\" attr.name=\"" + a.name +
            "\" attr.type=\"" + a.graphml_type + "\"/>\n";
  for (const auto& a : kEdgeAttrs)
    head += std::string("<key id=\"e_") + a.name + "\" for=\"edge\" attr.name=\"" + a.name +
            "\" attr.type=\"" + a.graphml_type + "\"/>\n";
  head += "<graph id=\"parley\" edgedefault=\"undirected\">\n";
  auto node = [](const std::string& id, const NodeValues& vals, const std::string&, bool,
                 std::string* out) {
    *out += "<node id=\"" + id + "\">";
    for (size_t i = 0; i < kNodeAttrCount; ++i)
      if (!vals[i].empty()) XmlData(out, "data", std::string("n_") + kNodeAttrs[i].name, vals[i]);
    *out += "</node>\n";
  };
  auto edge = [](const EdgeRow& e, const EdgeValues& vals, bool, std::string* out) {
    *out += "<edge id=\"";
    AppendXmlEscaped(out, EdgeId(e));
    *out += "\" source=\"" + NodeId('e', e.entity_id) + "\" target=\"" + NodeId('v', e.event_id) +
            "\">";
    for (size_t i = 0; i < kEdgeAttrCount; ++i)
      if (!vals[i].empty()) XmlData(out, "data", std::string("e_") + kEdgeAttrs[i].name, vals[i]);
    *out += "</edge>\n";
  };
  auto g = MakeGraphStages(scan.get(), f, node, edge);
  return std::make_unique<StagedExporter>(
      std::move(scan), std::vector<Stage>{Text(head), g.entities, g.events, g.edges,
                                          Text("</graph>\n</graphml>\n")});
}

// ---- GEXF 1.2 --------------------------------------------------------------
// GEXF 1.2 (namespace 1.2draft), not 1.3: every Gephi reads it, and so does
// NetworkX's read_gexf without options in every version (2.8, Debian 12's,
// knows no 1.3). What Parley writes — typed attributes, date spells on a
// dynamic graph — is the same in both.

void GexfAttValues(std::string* out, const Attr* attrs, const std::string* vals, size_t n) {
  *out += "<attvalues>";
  for (size_t i = 0; i < n; ++i) {
    if (vals[i].empty()) continue;
    *out += std::string("<attvalue for=\"") + attrs[i].name + "\" value=\"";
    AppendXmlEscaped(out, vals[i]);
    *out += "\"/>";
  }
  *out += "</attvalues>";
}

// A spell covering the event's date at its precision: a day, a month
// ("2022-06" → June) or a year; none for undated events (always shown).
std::string GexfSpell(const std::string& date) {
  std::string start, end;
  if (IsIsoDate(date)) {
    start = end = date;
  } else if (date.size() == 7 && IsIsoDate(date + "-01")) {
    const int year = std::stoi(date.substr(0, 4)), month = std::stoi(date.substr(5, 2));
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const int days = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
    start = date + "-01";
    end = date + "-" + std::to_string(days);
  } else if (date.size() == 4 && IsIsoDate(date + "-01-01")) {
    start = date + "-01-01";
    end = date + "-12-31";
  } else {
    return "";
  }
  return " start=\"" + start + "\" end=\"" + end + "\"";
}

std::unique_ptr<Exporter> Gexf(std::shared_ptr<ScanTxn> scan, const EventFilter& f) {
  std::string head =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<gexf xmlns=\"http://www.gexf.net/1.2draft\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://www.gexf.net/1.2draft "
      "http://www.gexf.net/1.2draft/gexf.xsd\" "
      "version=\"1.2\">\n"
      "<meta lastmodifieddate=\"" +
      DatePart(FormatTimestamp(NowMicros())) +
      "\"><creator>Parley</creator><description>Entities and events; an edge joins an entity "
      "to an event it took part in. Events and their edges live on the event's date."
      "</description></meta>\n"
      "<graph mode=\"dynamic\" defaultedgetype=\"undirected\" timeformat=\"date\">\n"
      "<attributes class=\"node\" mode=\"static\">\n";
  for (const auto& a : kNodeAttrs)
    head += std::string("<attribute id=\"") + a.name + "\" title=\"" + a.name + "\" type=\"" +
            a.gexf_type + "\"/>\n";
  head += "</attributes>\n<attributes class=\"edge\" mode=\"static\">\n";
  for (const auto& a : kEdgeAttrs)
    head += std::string("<attribute id=\"") + a.name + "\" title=\"" + a.name + "\" type=\"" +
            a.gexf_type + "\"/>\n";
  head += "</attributes>\n<nodes>\n";
  auto node = [](const std::string& id, const NodeValues& vals, const std::string& date, bool,
                 std::string* out) {
    *out += "<node id=\"";
    *out += id;
    *out += "\" label=\"";
    AppendXmlEscaped(out, vals[1]);
    *out += '"';
    *out += GexfSpell(date);
    *out += '>';
    GexfAttValues(out, kNodeAttrs, vals.data(), kNodeAttrCount);
    *out += "</node>\n";
  };
  auto edge = [](const EdgeRow& e, const EdgeValues& vals, bool, std::string* out) {
    *out += "<edge id=\"";
    AppendXmlEscaped(out, EdgeId(e));
    *out += "\" source=\"";
    *out += NodeId('e', e.entity_id);
    *out += "\" target=\"";
    *out += NodeId('v', e.event_id);
    *out += "\" label=\"";
    AppendXmlEscaped(out, e.role);
    *out += '"';
    *out += GexfSpell(e.date);
    *out += '>';
    GexfAttValues(out, kEdgeAttrs, vals.data(), kEdgeAttrCount);
    *out += "</edge>\n";
  };
  auto g = MakeGraphStages(scan.get(), f, node, edge);
  return std::make_unique<StagedExporter>(
      std::move(scan),
      std::vector<Stage>{Text(head), g.entities, g.events, Text("</nodes>\n<edges>\n"), g.edges,
                         Text("</edges>\n</graph>\n</gexf>\n")});
}

// ---- Cytoscape JSON --------------------------------------------------------

json AttrJson(const Attr& a, const std::string& v) {
  if (v.empty()) return nullptr;
  if (std::string_view(a.graphml_type) == "string") return ValidUtf8(v);
  if (std::string_view(a.graphml_type) == "double") return std::stod(v);
  return std::stoll(v);
}

std::unique_ptr<Exporter> Cytoscape(std::shared_ptr<ScanTxn> scan, const EventFilter& f) {
  // networkx.cytoscape_graph keys nodes by data.value and parallel edges by
  // data.key, so both are set.
  auto node = [](const std::string& id, const NodeValues& vals, const std::string&, bool first,
                 std::string* out) {
    json d = {{"id", id}, {"value", id}, {"name", ValidUtf8(vals[1])}};
    for (size_t i = 0; i < kNodeAttrCount; ++i)
      if (!vals[i].empty()) d[kNodeAttrs[i].name] = AttrJson(kNodeAttrs[i], vals[i]);
    *out += first ? "\n" : ",\n";
    *out += Dump({{"data", d}});
  };
  auto edge = [](const EdgeRow& e, const EdgeValues& vals, bool first, std::string* out) {
    json d = {{"id", EdgeId(e)},
              {"source", NodeId('e', e.entity_id)},
              {"target", NodeId('v', e.event_id)},
              {"key", ValidUtf8(e.role)}};
    for (size_t i = 0; i < kEdgeAttrCount; ++i)
      if (!vals[i].empty()) d[kEdgeAttrs[i].name] = AttrJson(kEdgeAttrs[i], vals[i]);
    *out += first ? "\n" : ",\n";
    *out += Dump({{"data", d}});
  };
  auto g = MakeGraphStages(scan.get(), f, node, edge);
  return std::make_unique<StagedExporter>(
      std::move(scan),
      std::vector<Stage>{Text("{\"data\":{\"name\":\"parley\"},\"directed\":false,"
                              "\"multigraph\":true,\"elements\":{\"nodes\":["),
                         g.entities, g.events, Text("],\"edges\":["), g.edges, Text("]}}\n")});
}

// ---- NDJSON ----------------------------------------------------------------

json EntityJson(const EntityRow& e) {
  return {{"kind", "entity"},
          {"id", e.id},
          {"type", e.type},
          {"name", ValidUtf8(e.name)},
          {"dict_id", Opt(e.dict_id)},
          {"country", Opt(e.country)},
          {"sector", Opt(e.sector)},
          {"actor_code", Opt(e.actor_code)},
          {"attributes", ParsedOr(e.attributes_json)},
          {"mention_count", e.mention_count},
          {"document_count", e.document_count},
          {"event_count", e.event_count},
          {"first_seen", Iso(e.first_seen)},
          {"last_seen", Iso(e.last_seen)}};
}

// The REST event shape (export/event_json.h) with what only a dump needs.
json EventLineJson(const EventDetail& d) {
  json j = EventJson(d);
  j["kind"] = "event";
  j["source_urls"] = d.source_urls;
  return j;
}

json DocumentJson(const DocumentRow& d, bool with_text) {
  json j = {{"kind", "document"},
            {"id", d.id},
            {"external_id", Opt(d.external_id)},
            {"url", Opt(d.url)},
            {"title", Opt(d.title)},
            {"source", Opt(d.source)},
            {"published_at", Opt(d.published_at)},
            {"ingested_at", Iso(d.ingested_at)},
            {"content_hash", d.content_hash},
            {"metadata", ParsedOr(d.metadata_json)},
            {"extractor_version", d.extractor_version}};
  if (with_text) j["text"] = ValidUtf8(d.text);
  return j;
}

std::unique_ptr<Exporter> Ndjson(std::shared_ptr<ScanTxn> scan, const EventFilter& f,
                                 const ExportOptions& o) {
  ScanTxn* s = scan.get();
  auto line = [](const json& j, std::string* out) {
    *out += Dump(j);
    *out += '\n';
  };
  std::vector<Stage> stages = {
      Scan<EntityRow>(
          [s, f] { return s->Entities(f); },
          [line](const EntityRow& e, bool, std::string* out) { line(EntityJson(e), out); }),
      Scan<EventDetail>(
          [s, f] { return s->EventDetails(f); },
          [line](const EventDetail& d, bool, std::string* out) { line(EventLineJson(d), out); }),
      Scan<DocumentRow>(
          [s, f] { return s->Documents(f); },
          [line, text = o.document_text](const DocumentRow& d, bool, std::string* out) {
            line(DocumentJson(d, text), out);
          })};
  return std::make_unique<StagedExporter>(std::move(scan), std::move(stages));
}

// ---- Event TSV and JSON-LD -------------------------------------------------

std::unique_ptr<Exporter> EventsTsv(std::shared_ptr<ScanTxn> scan, const EventFilter& f) {
  size_t n = 0;
  const char* const* cols = EventTsvColumns(&n);
  std::string header;
  for (size_t i = 0; i < n; ++i) header += std::string(i ? "\t" : "") + cols[i];
  header += '\n';
  ScanTxn* s = scan.get();
  return std::make_unique<StagedExporter>(
      std::move(scan),
      std::vector<Stage>{Text(header),
                         Scan<EventDetail>([s, f] { return s->EventDetails(f); },
                                           [](const EventDetail& d, bool, std::string* out) {
                                             AppendEventTsvRow(out, d);
                                           })});
}

std::unique_ptr<Exporter> JsonLdGraph(std::shared_ptr<ScanTxn> scan, const EventFilter& f,
                                      const ExportOptions& o) {
  ScanTxn* s = scan.get();
  return std::make_unique<StagedExporter>(
      std::move(scan),
      std::vector<Stage>{Text("{\"@context\":" + Dump(JsonLdContext()) + ",\"@graph\":["),
                         Scan<EventDetail>([s, f] { return s->EventDetails(f); },
                                           [base = o.base_url](const EventDetail& d, bool first,
                                                               std::string* out) {
                                             *out += first ? "\n" : ",\n";
                                             *out += Dump(EventJsonLd(d, base, false));
                                           }),
                         Text("]}\n")});
}

}  // namespace

const std::vector<FormatInfo>& Formats() {
  static const std::vector<FormatInfo> formats = {
      {Format::kNodesCsv, "nodes.csv", "text/csv; charset=utf-8; header=present", "nodes.csv"},
      {Format::kEdgesCsv, "edges.csv", "text/csv; charset=utf-8; header=present", "edges.csv"},
      {Format::kNdjson, "ndjson", "application/x-ndjson", "parley.ndjson"},
      {Format::kGraphml, "graphml", "application/graphml+xml", "parley.graphml"},
      {Format::kGexf, "gexf", "application/gexf+xml", "parley.gexf"},
      {Format::kCytoscape, "cytoscape.json", "application/json", "parley.cyjs"},
      {Format::kEventsTsv, "events.tsv", "text/tab-separated-values; charset=utf-8", "events.tsv"},
      {Format::kJsonLd, "jsonld", "application/ld+json", "events.jsonld"},
  };
  return formats;
}

std::optional<FormatInfo> FindFormat(std::string_view name) {
  for (const auto& f : Formats())
    if (name == f.name) return f;
  return std::nullopt;
}

std::string FormatNames() {
  std::string out;
  for (const auto& f : Formats()) out += (out.empty() ? "" : ", ") + std::string(f.name);
  return out;
}

std::unique_ptr<Exporter> NewExporter(Format format, std::shared_ptr<store::ScanTxn> scan,
                                      const EventFilter& filter, const ExportOptions& options) {
  switch (format) {
    case Format::kNodesCsv:
      return NodesCsv(std::move(scan), filter);
    case Format::kEdgesCsv:
      return EdgesCsv(std::move(scan), filter);
    case Format::kNdjson:
      return Ndjson(std::move(scan), filter, options);
    case Format::kGraphml:
      return Graphml(std::move(scan), filter);
    case Format::kGexf:
      return Gexf(std::move(scan), filter);
    case Format::kCytoscape:
      return Cytoscape(std::move(scan), filter);
    case Format::kEventsTsv:
      return EventsTsv(std::move(scan), filter);
    case Format::kJsonLd:
      return JsonLdGraph(std::move(scan), filter, options);
  }
  throw Error(ErrorCode::kInternal, "unknown export format");
}

int64_t Drain(Exporter& exporter, const std::function<void(std::string_view)>& sink) {
  constexpr size_t kPiece = 64 * 1024;
  std::string buf;
  buf.reserve(kPiece * 2);
  int64_t total = 0;
  bool more = true;
  while (more) {
    while (buf.size() < kPiece && (more = exporter.Next(&buf))) {
    }
    if (!buf.empty()) {
      sink(buf);
      total += static_cast<int64_t>(buf.size());
      buf.clear();
    }
  }
  return total;
}

}  // namespace parley::exports
