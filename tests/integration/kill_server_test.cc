// Crash safety of the server: SIGKILL during concurrent ingestion and reads;
// after a restart the database is sound, holds no partial document, and
// every document that was answered 201 is there.
#include <doctest/doctest.h>

#include <atomic>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>

#include "server_process.h"
#include "store/sqlite_db.h"

using namespace parley::testing;
using nlohmann::json;

TEST_CASE("SIGKILL during concurrent ingest and reads loses no acknowledged document") {
  TempDir dir;
  const std::string db = dir.File("kill.db");
  const std::string token = "kill-token";
  std::set<std::string> acknowledged;
  std::mutex mu;
  {
    ServerProcess server({"--db", db, "--write-token", token});
    std::atomic<bool> stop{false};
    std::atomic<int> posted{0};
    std::vector<std::thread> clients;
    for (int w = 0; w < 3; ++w) {
      clients.emplace_back([&, w] {
        for (int i = 0; !stop; ++i) {
          const std::string id = "w" + std::to_string(w) + "-" + std::to_string(i);
          const std::string body =
              json{{"id", id},
                   {"published_at", "2022-03-01"},
                   {"text", "Report " + id +
                                ". French President Emmanuel Macron held a "
                                "telephone conversation with Russian President Vladimir Putin on "
                                "Monday. The two discussed Ukraine."}}
                  .dump();
          try {
            auto r =
                Fetch(server.port(), "POST", "/api/v1/documents", body,
                      {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}});
            if (r.status == 201) {
              std::lock_guard<std::mutex> lock(mu);
              acknowledged.insert(id);
              ++posted;
            }
          } catch (const std::exception&) {
            return;  // the server died under us
          }
        }
      });
    }
    for (int r = 0; r < 3; ++r) {
      clients.emplace_back([&] {
        while (!stop) {
          try {
            Fetch(server.port(), "GET", "/api/v1/health");
          } catch (const std::exception&) {
            return;
          }
        }
      });
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (posted < 30 && std::chrono::steady_clock::now() < deadline)
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    server.Signal(SIGKILL);
    stop = true;
    for (auto& t : clients) t.join();
    CHECK(server.Wait() == -1);  // killed, not exited
  }
  REQUIRE(acknowledged.size() >= 30);

  ServerProcess restarted({"--db", db, "--write-token", token});
  auto health = json::parse(Fetch(restarted.port(), "GET", "/api/v1/health").body);
  CHECK(health["status"] == "ok");
  parley::store::SqliteDb::Options ro;
  ro.read_only = true;
  parley::store::SqliteDb check(db, ro);
  auto integrity = check.Prepare("PRAGMA integrity_check");
  REQUIRE(integrity.Step());
  CHECK(integrity.Text(0) == "ok");
  auto partial = check.Prepare(
      "SELECT count(*) FROM documents d WHERE NOT EXISTS "
      "(SELECT 1 FROM mentions m WHERE m.document_id = d.id)");
  REQUIRE(partial.Step());
  CHECK(partial.Int(0) == 0);
  std::set<std::string> stored;
  auto ids = check.Prepare("SELECT external_id FROM documents");
  while (ids.Step()) stored.insert(ids.Text(0));
  for (const auto& id : acknowledged) {
    INFO(id);
    CHECK(stored.count(id) == 1);
  }
}
