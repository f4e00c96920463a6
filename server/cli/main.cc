// parley: the command line. Subcommands serve, migrate, copy, ingest, extract,
// reindex, export, nlp, train and version. Errors end with one line on stderr and a
// non-zero exit status: 2 for bad usage or configuration, 1 for failures.
#include <spdlog/spdlog.h>
#include <unistd.h>
#include <CLI/CLI.hpp>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "base/config.h"
#include "base/error.h"
#include "base/log.h"
#include "base/paths.h"
#include "cli/export_command.h"
#include "cli/nlp_command.h"
#include "cli/progress.h"
#include "cli/sql_command.h"
#include "cli/train_command.h"
#include "extract/extractor.h"
#include "extract/ndjson.h"
#include "http/app.h"
#include "http/openapi.h"
#include "http/server.h"
#include "ingest/ingester.h"
#include "ingest/sources.h"
#include "nlp/pipeline.h"
#include "store/copy.h"
#include "store/migrations.h"
#include "store/store.h"

namespace {

using namespace parley;
namespace fs = std::filesystem;

struct Flags {
  std::string config_path;
  std::vector<std::pair<std::string, std::string>> overrides;  // key, value
};

// Adds a --flag that overrides config key `key`.
void Override(CLI::App* app, Flags& flags, const std::string& flag, const std::string& key,
              const std::string& help) {
  app->add_option_function<std::string>(
         flag, [&flags, key](const std::string& v) { flags.overrides.emplace_back(key, v); }, help)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
}

Config LoadConfig(const Flags& flags) {
  Config config;
  if (!flags.config_path.empty()) {
    ApplyConfigFile(config, flags.config_path);
  } else if (fs::exists(HomeDir() / "config" / "parley.json")) {
    ApplyConfigFile(config, (HomeDir() / "config" / "parley.json").string());
  }
  ApplyConfigEnv(config, [](const char* name) { return std::getenv(name); });
  for (const auto& [k, v] : flags.overrides) SetConfigKey(config, k, v);
  ValidateConfig(config);
  InitLogging(config.log_level, config.log_format);
  return config;
}

fs::path DictDir(const Config& config) {
  return config.dict_dir.empty() ? HomeDir() / "config" : fs::path(config.dict_dir);
}

// The extractor of `config`: its dictionaries and, unless models_dir is
// "none", the trained recogniser of models/.
std::unique_ptr<extract::Extractor> LoadExtractor(const Config& config) {
  extract::ExtractorOptions options;
  if (config.models_dir != "none")
    options.models_dir =
        config.models_dir.empty() ? HomeDir() / "models" : fs::path(config.models_dir);
  return extract::Extractor::Load(DictDir(config), options);
}

// What a command may do to a database that is not there yet.
enum class Open { kCreate, kExisting, kCreateNoDirs };

store::StoreOptions StoreOptionsFor(const Config& config, Open open = Open::kCreate) {
  store::StoreOptions options;
  // Commands that only read never create a database (a mistyped --db must
  // fail, not leave an empty file); ingest creates the file but no
  // directories.
  options.create = open != Open::kExisting;
  options.create_dirs = open == Open::kCreate;
  options.read_connections =
      config.db_pool > 0 ? config.db_pool : std::max(2, config.threads > 0 ? config.threads : 4);
  // Every stream holds one scan connection; a few more serve short scans
  // (/changes, one event as JSON-LD) while all streams run.
  options.scan_connections = config.max_streams + 4;
  options.read_db = config.read_db;
  return options;
}

std::unique_ptr<store::Store> OpenStore(const Config& config, Open open = Open::kCreate) {
  return store::Store::Open(config.db, StoreOptionsFor(config, open));
}

// Ingests the bundled sample article into an empty database.
void SeedIfEmpty(store::Store& store, ingest::Ingester& ingester) {
  {
    auto read = store.BeginRead();
    if (read->Counts().documents > 0) return;
  }
  const fs::path sample = HomeDir() / "config" / "sample" / "article.txt";
  std::istringstream no_stdin;
  ingest::ForEachDocument({sample.string()}, no_stdin, [&](ingest::SourceItem& item) {
    if (!item.error.empty()) {
      spdlog::warn("sample article {}: {}", item.origin, item.error);
      return;
    }
    auto outcome = ingester.Ingest(item.doc);
    spdlog::info("ingested the sample article: document {}, {} entities, {} events",
                 outcome.document_id, outcome.entities, outcome.events);
  });
}

int Serve(const Config& cfg, bool seed) {
  Config config = cfg;
  if (config.write_token.empty()) {
    // Writes stay possible on a local run, with a token only this run knows.
    std::ifstream urandom("/dev/urandom", std::ios::binary);
    unsigned char bytes[16];
    urandom.read(reinterpret_cast<char*>(bytes), sizeof bytes);
    static const char kHex[] = "0123456789abcdef";
    for (unsigned char b : bytes) {
      config.write_token.push_back(kHex[b >> 4]);
      config.write_token.push_back(kHex[b & 15]);
    }
    spdlog::warn("no write_token configured; this run's write token is {}", config.write_token);
  }
  auto store = OpenStore(config);
  auto extractor = LoadExtractor(config);
  ingest::Ingester ingester(*store, *extractor);
  if (seed) SeedIfEmpty(*store, ingester);
  http::App app(config, *store, &ingester);
  http::Server server(config, app);
  spdlog::info("parley serving http://{}:{}/ (database {}, schema version {})", config.host,
               server.port(), store::DescribeDb(config.db), store->SchemaVersion());
  server.Run();
  store->Close();
  spdlog::info("stopped cleanly");
  return 0;
}

std::string Rate(double count, double secs) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", secs > 0 ? count / secs : 0.0);
  return buf;
}

int Migrate(const Config& config) {
  store::StoreOptions options;
  options.read_connections = 1;
  auto store = store::Store::Open(config.db, options);
  std::cout << "database " << store::DescribeDb(config.db) << " (" << store->Backend()
            << ") at schema version " << store->SchemaVersion() << "\n";
  store->Close();
  return 0;
}

// Moves the whole graph at `from` into the empty database `to`, keeping ids.
int Copy(const std::string& from, const std::string& to) {
  if (from.empty() || to.empty())
    throw Error(ErrorCode::kInvalidArgument, "copy needs --from and --to");
  if (from == to) throw Error(ErrorCode::kInvalidArgument, "copy: --from and --to are the same");
  store::StoreOptions options;
  options.read_connections = 1;
  options.migrate = false;  // copying must not upgrade the source
  options.create = false;   // nor create a mistyped one
  auto source = store::Store::Open(from, options);
  options.migrate = true;  // the target is created as this binary knows it
  options.create = true;
  auto target = store::Store::Open(to, options);
  const auto start = std::chrono::steady_clock::now();
  const auto counts = store::CopyGraph(*source, *target);
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cout << "copied " << store::DescribeDb(from) << " (" << source->Backend() << ") to "
            << store::DescribeDb(to) << " (" << target->Backend() << ") in " << Rate(secs, 1)
            << " s:";
  for (const auto& [table, rows] : counts) std::cout << " " << rows << " " << table << ";";
  std::cout << "\n";
  target->Close();
  source->Close();
  return 0;
}

int Ingest(const Config& config, const std::vector<std::string>& paths, bool quiet,
           int batch_size) {
  auto store = OpenStore(config, Open::kCreateNoDirs);
  auto extractor = LoadExtractor(config);
  ingest::Ingester ingester(*store, *extractor);
  const bool tty = isatty(STDERR_FILENO);
  cli::Progress progress(std::cerr, "ingest", tty, quiet, ingest::TotalBytes(paths),
                         cli::Progress::IntervalFromEnv());
  const auto start = std::chrono::steady_clock::now();
  int64_t fresh = 0, dup = 0, failed = 0, entities = 0, events = 0;
  uint64_t bytes = 0, pending_bytes = 0;
  std::vector<ingest::DocumentInput> pending;
  std::vector<std::string> origins;
  auto report = [&](const std::string& origin, const std::string& what) {
    ++failed;
    if (JsonLogging()) return spdlog::warn("parley ingest: {}: {}", origin, what);
    std::cerr << progress.ClearLine() << "parley ingest: " << origin << ": " << what << "\n";
  };
  auto count = [&](const ingest::IngestOutcome& o) {
    if (o.duplicate) {
      ++dup;
    } else {
      ++fresh;
      entities += o.entities;
      events += o.events;
    }
  };
  // Documents go in batches sharing one commit; a batch that fails is
  // retried one document at a time so only the bad document is lost.
  // A storage error (disk full, read-only database) is not the document's
  // fault and every later document would meet it too: it ends the command
  // with one message (main prints it), not one per remaining document.
  auto flush = [&] {
    if (pending.empty()) return;
    try {
      for (const auto& o : ingester.IngestBatch(pending)) count(o);
    } catch (const Error& batch_error) {
      if (IsStorageError(batch_error.code())) throw;
      for (size_t i = 0; i < pending.size(); ++i) {
        try {
          count(ingester.Ingest(pending[i]));
        } catch (const Error& e) {
          if (IsStorageError(e.code())) throw;
          report(origins[i], e.what());
        }
      }
    }
    pending.clear();
    origins.clear();
    pending_bytes = 0;
  };
  ingest::ForEachDocument(paths, std::cin, [&](ingest::SourceItem& item) {
    bytes += item.bytes;
    if (!item.error.empty()) {
      report(item.origin, item.error);
    } else {
      pending_bytes += item.doc.text.size();
      pending.push_back(std::move(item.doc));
      origins.push_back(item.origin);
      if (static_cast<int>(pending.size()) >= batch_size || pending_bytes > (8u << 20)) flush();
    }
    progress.Update(bytes, fresh + dup + failed, "docs");
  });
  flush();
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  progress.Finish();
  std::cout << "ingested " << fresh << " new, " << dup << " duplicate, " << failed
            << " failed documents; " << entities << " entity and " << events
            << " event mentions extracted; " << Rate(fresh + dup + failed, secs) << " docs/s, "
            << Rate(bytes / 1e6, secs) << " MB/s\n";
  store->Close();
  return failed ? 1 : 0;
}

int Reindex(const Config& config, bool quiet) {
  auto store = OpenStore(config, Open::kExisting);
  auto extractor = LoadExtractor(config);
  ingest::Ingester ingester(*store, *extractor);
  std::unique_ptr<cli::Progress> progress;
  auto stats = ingester.Reindex([&](const ingest::ReindexStats& done, int64_t total) {
    if (!progress)
      progress = std::make_unique<cli::Progress>(std::cerr, "reindex", isatty(STDERR_FILENO), quiet,
                                                 static_cast<uint64_t>(total),
                                                 cli::Progress::IntervalFromEnv());
    progress->Update(static_cast<uint64_t>(done.documents), done.documents, "docs");
  });
  if (progress) progress->Finish();
  std::cout << "reindexed " << stats.documents << " documents: " << stats.entities << " entity and "
            << stats.events << " event mentions\n";
  store->Close();
  return 0;
}

// With `coding_dir`, the PETRARCH2 coder codes the events on the parse of the
// trained models (config models_dir, default the project's models/).
int Extract(const Config& config, const std::vector<std::string>& files, bool explain,
            const std::string& coding_dir, bool future_as_intent) {
  auto extractor = LoadExtractor(config);
  std::unique_ptr<extract::Coder> coder;
  nlp::Pipeline pipeline;
  extract::CodingStage stage;
  if (!coding_dir.empty()) {
    extract::CoderOptions options;
    options.future_as_intent = future_as_intent;
    options.supplement_dir = HomeDir() / "config" / "coding";
    coder = extract::Coder::Load(coding_dir, options);
    if (config.models_dir != "none") {
      pipeline = nlp::LoadPipeline(config.models_dir.empty() ? (HomeDir() / "models").string()
                                                             : config.models_dir);
    }
    bool parser = false;
    for (const auto& s : pipeline.stages()) parser |= s->name() == "parser";
    if (!parser) spdlog::warn("no parser model found: the coder will find no events");
    stage.pipeline = &pipeline;
    stage.coder = coder.get();
  }
  const extract::CodingStage* coding = coder ? &stage : nullptr;
  if (files.empty())
    return extract::ExtractNdjson(std::cin, std::cout, std::cerr, *extractor, explain, coding);
  int rc = 0;
  for (const auto& f : files) {
    if (f == "-") {
      rc |= extract::ExtractNdjson(std::cin, std::cout, std::cerr, *extractor, explain, coding);
      continue;
    }
    std::ifstream in(f);
    if (!in) throw Error(ErrorCode::kInvalidArgument, "cannot read " + f);
    rc |= extract::ExtractNdjson(in, std::cout, std::cerr, *extractor, explain, coding);
  }
  return rc;
}

// The one line a failed command ends with: a log line like any other when
// logging is JSON.
void LastWords(const std::string& what) {
  if (JsonLogging())
    spdlog::error("parley: {}", what);
  else
    std::cerr << "parley: " << what << "\n";
}

int Main(int argc, char** argv) {
  CLI::App app{"Parley: a knowledge graph of diplomatic events, from news articles"};
  app.require_subcommand(1);
  app.fallthrough();  // global flags (--config, --log-level) may follow the subcommand
  Flags flags;
  app.add_option("--config", flags.config_path, "JSON config file (default: config/parley.json)");
  Override(&app, flags, "--log-level", "log_level", "trace|debug|info|warn|error|off");
  Override(&app, flags, "--log-format", "log_format", "text|json");

  auto* serve = app.add_subcommand("serve", "Serve the REST API and web UI");
  bool seed = false;
  Override(serve, flags, "--db", "db", "SQLite database path or postgresql:// URI");
  Override(serve, flags, "--read-db", "read_db", "PostgreSQL replica for reads (postgresql://)");
  Override(serve, flags, "--db-pool", "db_pool", "database read connections (0: from threads)");
  Override(serve, flags, "--host", "host", "listen address");
  Override(serve, flags, "--port", "port", "listen port");
  Override(serve, flags, "--threads", "threads", "worker threads (0: one per core)");
  Override(serve, flags, "--web-root", "web_root", "directory of the built web UI");
  Override(serve, flags, "--write-token", "write_token", "bearer token for writes");
  Override(serve, flags, "--dict-dir", "dict_dir", "directory holding dict/");
  Override(serve, flags, "--models-dir", "models_dir", "trained models (\"none\": rules only)");
  serve->add_flag("--seed", seed, "ingest the bundled sample article when the database is empty");

  auto* migrate = app.add_subcommand("migrate", "Create or upgrade the database schema");
  Override(migrate, flags, "--db", "db", "SQLite database path or postgresql:// URI");

  auto* copy_cmd = app.add_subcommand(
      "copy", "Copy the whole graph into an empty database (SQLite or PostgreSQL, ids kept)");
  std::string copy_from, copy_to;
  copy_cmd->add_option("--from", copy_from, "source: SQLite path or postgresql:// URI")->required();
  copy_cmd->add_option("--to", copy_to, "target (empty): SQLite path or postgresql:// URI")
      ->required();

  auto* ingest_cmd = app.add_subcommand("ingest", "Ingest articles into the graph");
  std::vector<std::string> ingest_paths;
  bool quiet = false;
  int batch_size = 128;  // with the 8 MiB cap below: fewer commits for bulk loads
  Override(ingest_cmd, flags, "--db", "db", "SQLite database path or postgresql:// URI");
  Override(ingest_cmd, flags, "--dict-dir", "dict_dir", "directory holding dict/");
  Override(ingest_cmd, flags, "--models-dir", "models_dir",
           "trained models (\"none\": rules only)");
  ingest_cmd->add_flag("-q,--quiet", quiet, "no progress bar");
  ingest_cmd
      ->add_option("--batch", batch_size,
                   "documents per write transaction (each lands whole either way)")
      ->check(CLI::Range(1, 10000));
  ingest_cmd
      ->add_option("paths", ingest_paths,
                   ".txt (+ sidecar .json), .json, .jsonl/.ndjson, .html, directories, or - "
                   "for NDJSON on stdin")
      ->required();

  auto* extract_cmd = app.add_subcommand("extract", "Extract entities and events from NDJSON");
  std::vector<std::string> extract_files;
  bool explain = false;
  Override(extract_cmd, flags, "--dict-dir", "dict_dir", "directory holding dict/");
  Override(extract_cmd, flags, "--models-dir", "models_dir",
           "trained models (\"none\": rules only)");
  extract_cmd->add_flag("--explain", explain, "show which rule or dictionary entry matched");
  extract_cmd->add_option("files", extract_files, "NDJSON files (default: stdin)");
  std::string coding_dir;
  extract_cmd->add_option("--coding-dir", coding_dir,
                          "code events with the PETRARCH2 dictionaries in this directory");
  bool future_as_intent = false;
  extract_cmd->add_flag("--future-as-intent", future_as_intent,
                        "with --coding-dir: code announced actions (\"will visit\") as CAMEO "
                        "intents and threats (03/13), as the codebook does, not as PETRARCH2");

  auto* reindex = app.add_subcommand("reindex", "Re-run extraction over stored documents");
  bool reindex_quiet = false;
  Override(reindex, flags, "--db", "db", "SQLite database path or postgresql:// URI");
  reindex->add_flag("-q,--quiet", reindex_quiet, "no progress");
  Override(reindex, flags, "--dict-dir", "dict_dir", "directory holding dict/");
  Override(reindex, flags, "--models-dir", "models_dir", "trained models (\"none\": rules only)");

  auto* export_cmd = app.add_subcommand("export", "Export the graph for analytics");
  Override(export_cmd, flags, "--db", "db", "SQLite database path or postgresql:// URI");
  export_cmd->allow_extras();
  // Its flags belong to RunExport's own parser, --help included.
  export_cmd->fallthrough(false);
  export_cmd->set_help_flag();

  auto* sql_cmd = app.add_subcommand("sql", "Run one read-only SELECT over the documented views");
  Override(sql_cmd, flags, "--db", "db", "SQLite database path or postgresql:// URI");
  sql_cmd->allow_extras();
  sql_cmd->fallthrough(false);
  sql_cmd->set_help_flag();

  auto* nlp_cmd =
      app.add_subcommand("nlp", "Tokenize, tag, parse and find names: text in, CoNLL-U out");
  nlp_cmd->allow_extras();
  nlp_cmd->fallthrough(false);
  nlp_cmd->set_help_flag();

  auto* train_cmd = app.add_subcommand("train", "Train a language model for models/");
  train_cmd->allow_extras();
  train_cmd->fallthrough(false);
  train_cmd->set_help_flag();

  app.add_subcommand("version", "Print the version");
  app.add_subcommand("openapi",
                     "Print the OpenAPI document of the REST API (as /api/v1/openapi.json)");
  const std::string version = std::string("parley ") + PARLEY_VERSION_STRING + " (extractor " +
                              extract::Extractor::kVersion + ", schema " +
                              std::to_string(store::EmbeddedMigrations().back().version) + ")";
  app.set_version_flag("--version", version);

  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e);  // --help, --version: printed, exit 0
  } catch (const CLI::ParseError& e) {
    // CLI11's own codes (105, 106, 109...) are not Parley's: every usage
    // error exits 2, as documented.
    app.exit(e);
    return 2;
  }

  try {
    if (app.got_subcommand("version")) {
      std::cout << version << "\n";
      return 0;
    }
    if (app.got_subcommand("openapi")) {
      std::cout << http::OpenApiDocument().dump(2) << "\n";
      return 0;
    }
    if (app.got_subcommand(train_cmd)) return cli::RunTrain(train_cmd->remaining());
    Config config = LoadConfig(flags);
    if (app.got_subcommand(nlp_cmd)) return cli::RunNlp(config, nlp_cmd->remaining());
    if (app.got_subcommand(serve)) return Serve(config, seed);
    if (app.got_subcommand(migrate)) return Migrate(config);
    if (app.got_subcommand(copy_cmd)) return Copy(copy_from, copy_to);
    if (app.got_subcommand(ingest_cmd)) return Ingest(config, ingest_paths, quiet, batch_size);
    if (app.got_subcommand(extract_cmd))
      return Extract(config, extract_files, explain, coding_dir, future_as_intent);
    if (app.got_subcommand(reindex)) return Reindex(config, reindex_quiet);
    if (app.got_subcommand(sql_cmd)) {
      auto store = OpenStore(config, Open::kExisting);
      const int rc = cli::RunSql(config, *store, sql_cmd->remaining());
      store->Close();
      return rc;
    }
    if (app.got_subcommand(export_cmd)) {
      auto store = OpenStore(config, Open::kExisting);
      const int rc = cli::RunExport(config, *store, export_cmd->remaining());
      store->Close();
      return rc;
    }
  } catch (const Error& e) {
    LastWords(e.what());
    return e.code() == ErrorCode::kInvalidArgument ? 2 : 1;
  } catch (const std::exception& e) {
    LastWords(e.what());
    return 1;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  // A file-size limit (ulimit -f) then fails the write with EFBIG, which the
  // store reports as a full disk, instead of killing the process.
  std::signal(SIGXFSZ, SIG_IGN);
  // Whatever escapes (memory exhaustion while parsing flags, a bug) ends
  // with one line and a failure status, never std::terminate.
  try {
    return Main(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "parley: " << e.what() << "\n";
  } catch (...) {
    std::cerr << "parley: unexpected error\n";
  }
  return 1;
}
