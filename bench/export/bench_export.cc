// bench_export: exports a synthetic graph of N events in every format and
// prints wall time, output size and the exporting process's peak RSS (the
// target is under 100 MB whatever N). Each export runs in a forked child so
// its peak RSS is its own, not the generator's.
//
//   bench_export [--events N] [--db PATH] [--formats a,b] [--out-dir DIR]
//   bench_export cli ARGS...   # runs `parley export ARGS...` in-process
//
// Not thread-safe: a single-threaded command-line tool.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <random>

#include "base/config.h"
#include "base/error.h"
#include "cli/export_command.h"
#include "export/exporter.h"
#include "store/store.h"

namespace {

using namespace parley;
using Clock = std::chrono::steady_clock;

const char* const kTypes[] = {"meeting", "call", "statement", "visit", "agreement", "accusation"};
const char* const kCameo[] = {"040", "036", "010", "042", "057", "112"};
const char* const kPlover[] = {"CONSULT", "CONSULT", "CONSULT", "CONSULT", "AGREE", "ACCUSE"};
const char* const kCountries[] = {"RUS", "UKR", "USA", "DEU", "FRA", "CHN", "TUR", "IND"};
const char* const kSectors[] = {"GOV", "MIL", "BUS", "MED", "IGO"};

// A graph with `events` events, events/20 entities (with ~2.5 participants
// per event), events/10 documents and one event mention per event; written
// in batches of 50,000 events per transaction.
void Generate(const std::string& path, int64_t events) {
  auto store = store::Store::OpenSqlite(path, {});
  std::mt19937_64 rng(7);
  const int64_t n_entities = std::max<int64_t>(10, events / 20);
  const int64_t n_docs = std::max<int64_t>(1, events / 10);
  const int64_t t0 = 1'700'000'000'000'000;
  std::vector<int64_t> entity_ids, doc_ids;
  {
    auto txn = store->BeginWrite();
    for (int64_t i = 0; i < n_entities; ++i) {
      store::EntityRow e;
      e.type = i % 7 == 0 ? "country" : (i % 3 == 0 ? "organization" : "person");
      e.name = "Actor \"" + std::to_string(i) + "\", of somewhere";
      e.country = kCountries[i % std::size(kCountries)];
      e.sector = kSectors[i % std::size(kSectors)];
      e.actor_code = e.country + e.sector;
      e.first_seen = e.last_seen = t0;
      entity_ids.push_back(txn->InsertEntity(e));
    }
    for (int64_t i = 0; i < n_docs; ++i) {
      store::DocumentRow d;
      d.url = "https://example.org/news/" + std::to_string(i);
      d.title = "Report " + std::to_string(i);
      d.source = "wire";
      d.published_at = "2024-01-01";
      d.ingested_at = t0;
      d.content_hash = "h" + std::to_string(i);
      d.text = "Synthetic report " + std::to_string(i) + ".";
      d.extractor_version = "bench";
      doc_ids.push_back(txn->InsertDocument(d));
    }
    txn->Commit();
  }
  const int64_t kBatch = 50'000;
  for (int64_t start = 0; start < events; start += kBatch) {
    auto txn = store->BeginWrite();
    for (int64_t i = start; i < std::min(events, start + kBatch); ++i) {
      const size_t k = static_cast<size_t>(i % std::size(kTypes));
      store::EventRow v;
      v.type = kTypes[k];
      v.label = std::string(kTypes[k]) + " " + std::to_string(i);
      v.cameo = kCameo[k];
      v.plover = kPlover[k];
      v.goldstein = 1.0;
      v.quad_class = 1;
      const int day = static_cast<int>(rng() % 3650);
      char date[16];
      std::snprintf(date, sizeof date, "%04d-%02d-%02d", 2015 + day / 365,
                    1 + (day % 365) / 31 % 12, 1 + day % 28);
      v.date = date;
      v.date_precision = "day";
      v.confidence = 0.8;
      v.mention_count = v.document_count = v.source_count = 1;
      v.first_seen = v.last_seen = t0 + i;
      const int64_t id = txn->InsertEvent(v);
      const int parts = 2 + static_cast<int>(rng() % 2);
      for (int p = 0; p < parts; ++p) {
        store::ParticipantRow pr;
        pr.event_id = id;
        pr.entity_id = entity_ids[rng() % entity_ids.size()];
        pr.role = p == 0 ? "source" : "target";
        txn->UpsertParticipant(pr, t0 + i);
      }
      store::EvidenceRow m;
      m.document_id = doc_ids[static_cast<size_t>(i) % doc_ids.size()];
      m.kind = "event";
      m.event_id = id;
      m.spans = {{0, 9, 0}};
      txn->InsertEvidence(m);
    }
    txn->Commit();
    std::cerr << "\rgenerated " << std::min(events, start + kBatch) << " events" << std::flush;
  }
  std::cerr << "\n";
  store->Close();
}

int RunCli(const std::vector<std::string>& args) {
  std::string db;
  std::vector<std::string> rest;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--db" && i + 1 < args.size())
      db = args[++i];
    else
      rest.push_back(args[i]);
  }
  try {
    auto store = store::Store::OpenSqlite(db, {});
    Config config;
    const int rc = cli::RunExport(config, *store, rest);
    store->Close();
    return rc;
  } catch (const Error& e) {
    std::cerr << "parley: " << e.what() << "\n";
    return e.code() == ErrorCode::kInvalidArgument ? 2 : 1;
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 1 && std::string(argv[1]) == "cli")
    return RunCli(std::vector<std::string>(argv + 2, argv + argc));
  CLI::App app("Times every export format over a synthetic graph.", "bench_export");
  int64_t events = 1'000'000;
  std::string db = "bench-export.db", out_dir = ".", formats;
  app.add_option("--events", events, "synthetic events (default 1,000,000)");
  app.add_option("--db", db, "database (generated when missing)");
  app.add_option("--out-dir", out_dir, "where exports are written");
  app.add_option("--formats", formats, "comma-separated formats (default: all)");
  CLI11_PARSE(app, argc, argv);

  if (!std::filesystem::exists(db)) {
    const auto t = Clock::now();
    Generate(db, events);
    std::printf("generated %lld events in %.1f s\n", static_cast<long long>(events),
                std::chrono::duration<double>(Clock::now() - t).count());
  }
  std::printf("%-16s %10s %12s %12s\n", "format", "seconds", "MB written", "peak RSS MB");
  for (const auto& info : exports::Formats()) {
    if (!formats.empty() &&
        ("," + formats + ",").find(std::string(",") + info.name + ",") == std::string::npos)
      continue;
    const std::string out = (std::filesystem::path(out_dir) / info.file_name).string();
    const auto t = Clock::now();
    // A fresh process image (fork + exec), so the generator's memory is
    // not counted in the export's peak RSS.
    const pid_t pid = fork();
    if (pid == 0) {
      execl("/proc/self/exe", "bench_export", "cli", "--db", db.c_str(), "--format", info.name,
            "--out", out.c_str(), static_cast<char*>(nullptr));
      _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    const double secs = std::chrono::duration<double>(Clock::now() - t).count();
    std::error_code ec;
    const double mb = static_cast<double>(std::filesystem::file_size(out, ec)) / 1e6;
    std::printf("%-16s %10.2f %12.1f %12.1f%s\n", info.name, secs, mb,
                static_cast<double>(usage.ru_maxrss) / 1024.0,
                WIFEXITED(status) && WEXITSTATUS(status) == 0 ? "" : "  FAILED");
    std::fflush(stdout);
  }
  return 0;
}
