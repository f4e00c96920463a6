// Exporter: streams the graph, or the part of it a EventFilter selects, in
// one of the analytics formats (CSV nodes and edges, NDJSON, GraphML, GEXF
// 1.3, Cytoscape JSON, the dyadic event TSV, JSON-LD). Exports are pull
// generators: each Next() appends the next record, so an HTTP response sends
// them as chunks and the CLI writes them to a file, and memory stays flat
// however large the graph (one row in memory at a time).
//
// The graph is bipartite, as in /api/v1/graph: entity nodes "e<id>", event
// nodes "v<id>", and one edge "p<event>-<entity>-<role>" per participation,
// from the entity to the event. An entity in the same event under two roles
// has two (parallel) edges.
//
// Not thread-safe: one Exporter per stream, used by one thread at a time.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/scan_txn.h"

namespace parley::exports {

enum class Format {
  kNodesCsv,
  kEdgesCsv,
  kNdjson,
  kGraphml,
  kGexf,
  kCytoscape,
  kEventsTsv,
  kJsonLd,
};

struct FormatInfo {
  Format format;
  const char* name;          // as in the URL and --format: "nodes.csv"
  const char* content_type;  // HTTP Content-Type
  const char* file_name;     // suggested download name
};

// Every format, in documentation order.
const std::vector<FormatInfo>& Formats();
// The format called `name`, or nullopt.
std::optional<FormatInfo> FindFormat(std::string_view name);
// "nodes.csv, edges.csv, ..." for error messages and --help.
std::string FormatNames();

struct ExportOptions {
  // Prefix of the absolute URLs JSON-LD uses for @id ("" = relative paths).
  std::string base_url;
  // NDJSON documents carry their full text unless false.
  bool document_text = true;
};

class Exporter {
 public:
  virtual ~Exporter() = default;
  // Appends the next piece of the export (a header, one record, or a
  // footer) to *out. Returns false, appending nothing, once the export is
  // complete. Throws Error if the database fails mid-export.
  virtual bool Next(std::string* out) = 0;
};

// An exporter of `format` over `scan`, which it keeps alive until it is
// destroyed.
std::unique_ptr<Exporter> NewExporter(Format format, std::shared_ptr<store::ScanTxn> scan,
                                      const store::EventFilter& filter,
                                      const ExportOptions& options = {});

// Runs `exporter` to the end, handing `sink` pieces of about 64 KiB.
// Returns the number of bytes produced.
int64_t Drain(Exporter& exporter, const std::function<void(std::string_view)>& sink);

}  // namespace parley::exports
