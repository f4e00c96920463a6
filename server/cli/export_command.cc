// `parley export`: CLI11 parsing, then the same filter validation as the
// HTTP routes (query::Params over the flags' values), then the exporter
// drained into the output file.
#include "cli/export_command.h"

#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <memory>

#include "base/error.h"
#include "cli/subcommand.h"
#include "export/exporter.h"
#include "query/params.h"

namespace parley::cli {
namespace {

// Writes to a file through stdio (buffered), or to stdout for "-".
class Output {
 public:
  explicit Output(const std::string& path) : path_(path) {
    if (path == "-") {
      file_ = stdout;
    } else {
      file_ = std::fopen(path.c_str(), "wb");
      if (!file_) throw Error(ErrorCode::kInternal, "cannot write " + path);
    }
  }
  ~Output() {
    if (file_ && file_ != stdout) std::fclose(file_);
  }
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;

  void Write(std::string_view s) {
    if (std::fwrite(s.data(), 1, s.size(), file_) != s.size())
      throw Error(ErrorCode::kInternal, "cannot write " + path_);
  }
  void Close() {
    const bool failed = std::fflush(file_) != 0 || (file_ != stdout && std::fclose(file_) != 0);
    if (file_ != stdout) file_ = nullptr;
    if (failed) throw Error(ErrorCode::kInternal, "cannot write " + path_);
  }

 private:
  std::string path_;
  FILE* file_ = nullptr;
};

}  // namespace

int RunExport(const Config& config, store::Store& store, const std::vector<std::string>& args) {
  CLI::App app("Export the graph for analytics (streamed; memory stays flat).", "parley export");
  std::string format, out, type, plover, cameo, from, to, participant, country, dyad, as_of,
      base_url;
  bool directed = false;
  bool no_text = false;
  app.add_option("--format,-f", format, "one of: " + exports::FormatNames())->required();
  app.add_option("--out,-o", out, "output file, or - for stdout")->required();
  app.add_option("--type", type, "event types, comma-separated (meeting,call,...)");
  app.add_option("--plover", plover, "PLOVER event type (CONSULT, ...)");
  app.add_option("--cameo", cameo, "CAMEO code prefix (04, 042, ...)");
  app.add_option("--from", from, "events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)");
  app.add_option("--to", to, "events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)");
  app.add_option("--participant", participant, "entity id taking part in the event");
  app.add_option("--country", country, "a participant's country (ISO 3166-1 alpha-3)");
  app.add_option("--dyad", dyad, "events between two entities: A,B (ids)");
  app.add_flag("--directed", directed, "with --dyad: A is the source and B the target");
  app.add_option("--as-of", as_of, "the graph as it stood then (date or ISO 8601 timestamp)");
  app.add_flag("--no-text", no_text, "ndjson: leave document text out");
  app.add_option("--base-url", base_url,
                 "jsonld: absolute prefix of @id IRIs (default: the base_url setting, else "
                 "http://HOST:PORT of the server settings)");
  if (!ParseSubcommand(app, args, "export")) return 0;
  const auto info = exports::FindFormat(format);
  if (!info)
    throw Error(ErrorCode::kInvalidArgument,
                "export: unknown --format '" + format + "'; use one of " + exports::FormatNames());

  // The flags as query parameters, so validation matches the HTTP routes.
  query::QueryPairs pairs;
  for (const auto& [name, value] : {std::pair<const char*, std::string*>{"type", &type},
                                    {"plover", &plover},
                                    {"cameo", &cameo},
                                    {"from", &from},
                                    {"to", &to},
                                    {"participant", &participant},
                                    {"country", &country},
                                    {"dyad", &dyad},
                                    {"as_of", &as_of}})
    if (!value->empty()) pairs.emplace_back(name, *value);
  if (directed) pairs.emplace_back("directed", "true");
  store::EventFilter filter;
  try {
    query::Params p("", std::move(pairs),
                    {"type", "plover", "cameo", "from", "to", "participant", "country", "dyad",
                     "directed", "as_of"});
    query::ReadEventFilter(p, &filter);
  } catch (const Error& e) {
    std::string flag = e.param();
    for (auto& c : flag)
      if (c == '_') c = '-';
    throw Error(ErrorCode::kInvalidArgument, "export: --" + flag + ": " + e.what(), e.param());
  }

  exports::ExportOptions options;
  if (base_url.empty()) base_url = config.base_url;
  if (base_url.empty()) base_url = "http://" + config.host + ":" + std::to_string(config.port);
  while (!base_url.empty() && base_url.back() == '/') base_url.pop_back();
  options.base_url = base_url;
  options.document_text = !no_text;
  auto exporter = exports::NewExporter(
      info->format, std::shared_ptr<store::ScanTxn>(store.BeginScan()), filter, options);
  Output output(out);
  const int64_t bytes = exports::Drain(*exporter, [&](std::string_view s) { output.Write(s); });
  exporter.reset();
  output.Close();
  if (out != "-") std::cerr << "parley export: wrote " << bytes << " bytes to " << out << "\n";
  return 0;
}

}  // namespace parley::cli
