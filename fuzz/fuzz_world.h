// Shared set-up of the libFuzzer targets: a scratch directory, a store with
// a small graph, and a log oracle — any error the server logs, and any answer
// with a 5xx status that is not "busy" (503), "insufficient storage" (507) or
// a refused protocol feature (501, 505), ends the run as a crash, since
// Parley answers every failure itself and logs errors only for bugs.
//
// Not thread-safe to set up; the oracle itself may be called from any thread.
#pragma once

#include <spdlog/sinks/base_sink.h>
#include <spdlog/spdlog.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>

#include "base/log.h"
#include "store/store.h"

namespace parley::fuzz {

// A fresh directory under the temp dir named for the target and process.
inline std::filesystem::path ScratchDir(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("parley-fuzz-" + name + "-" + std::to_string(getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

// Two entities (one with an alias), one dated meeting between them, a
// document and the change rows that go with them: enough for every read,
// export and feed to have something to say.
inline void SeedGraph(store::Store& s) {
  auto txn = s.BeginWrite();
  store::DocumentRow d;
  d.external_id = "seed";
  d.text = "Sergey Lavrov met Wang Yi in Beijing on 3 March 2025.";
  d.content_hash = "seed";
  d.published_at = "2025-03-03";
  d.ingested_at = 1;
  d.extractor_version = "fuzz";
  const int64_t doc = txn->InsertDocument(d);
  txn->RecordChange("created", "document", doc, 1);
  store::EntityRow e;
  e.type = "person";
  e.name = "Sergey Lavrov";
  e.country = "RUS";
  e.first_seen = e.last_seen = 1;
  const int64_t a = txn->InsertEntity(e);
  txn->UpsertAlias(a, "Sergey Lavrov", "sergey lavrov", 1);
  e.name = "Wang Yi";
  e.country = "CHN";
  const int64_t b = txn->InsertEntity(e);
  store::EventRow v;
  v.type = "meeting";
  v.label = "meeting: Sergey Lavrov, Wang Yi";
  v.date = "2025-03-03";
  v.date_precision = "day";
  v.first_seen = v.last_seen = 1;
  const int64_t ev = txn->InsertEvent(v);
  txn->UpsertParticipant({ev, a, "participant"}, 1);
  txn->UpsertParticipant({ev, b, "participant"}, 1);
  store::EvidenceRow evidence;
  evidence.document_id = doc;
  evidence.kind = "event";
  evidence.event_id = ev;
  evidence.spans = {{0, 53, 0}, {0, 13, 0}};
  evidence.participants = {a, b};
  evidence.rule = "fuzz";
  txn->InsertEvidence(evidence);
  txn->RecordChange("created", "event", ev, 1);
  txn->RefreshCounts({a, b}, {ev});
  txn->Commit();
}

// The log oracle (see the file comment).
class OracleSink : public spdlog::sinks::base_sink<std::mutex> {
 protected:
  void sink_it_(const spdlog::details::log_msg& msg) override {
    const std::string text(msg.payload.data(), msg.payload.size());
    if (msg.level >= spdlog::level::err) Fail("the server logged an error: " + text);
    if (text.empty() || text[0] != '{') return;
    const auto j = nlohmann::json::parse(text, nullptr, false);
    if (!j.is_object() || j.value("msg", "") != "request" || !j.contains("status")) return;
    const int status = j["status"].get<int>();
    if (status >= 500 && status != 501 && status != 503 && status != 505 && status != 507)
      Fail("the server answered " + std::to_string(status) + ": " + text);
  }
  void flush_() override {}

 private:
  [[noreturn]] static void Fail(const std::string& why) {
    std::fprintf(stderr, "fuzz oracle: %s\n", why.c_str());
    std::abort();
  }
};

// JSON logging (so access records carry their status) into the oracle.
inline void InstallOracle() {
  InitLogging("info", "json");
  auto& sinks = spdlog::default_logger()->sinks();
  sinks.clear();
  sinks.push_back(std::make_shared<OracleSink>());
}

}  // namespace parley::fuzz
