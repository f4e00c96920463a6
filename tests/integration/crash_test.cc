// Crash safety: `parley ingest` killed with SIGKILL mid-batch leaves a sound
// database with only whole documents, and re-running the batch completes it.
#include <doctest/doctest.h>

#include <fstream>

#include "server_process.h"
#include "store/sqlite_db.h"

using namespace parley::testing;

namespace {

int64_t Scalar(const std::string& db_path, const std::string& sql) {
  parley::store::SqliteDb::Options o;
  o.read_only = true;
  parley::store::SqliteDb db(db_path, o);
  auto q = db.Prepare(sql);
  return q.Step() ? q.Int(0) : -1;
}

}  // namespace

TEST_CASE("kill -9 during ingest: consistent database, batch completes on re-run") {
  TempDir dir;
  const int kDocs = 4000;
  {
    std::ofstream out(dir.File("batch.jsonl"));
    const char* people[] = {"Vladimir Putin", "Emmanuel Macron", "Olaf Scholz",
                            "Xi Jinping",     "Narendra Modi",   "Recep Tayyip Erdogan"};
    const char* places[] = {"Moscow", "Paris", "Berlin", "Beijing", "New Delhi", "Ankara"};
    for (int i = 0; i < kDocs; ++i) {
      out << "{\"id\": \"doc-" << i << "\", \"published_at\": \"2022-0" << (1 + i % 9) << "-1"
          << (i % 9) << "\", \"text\": \"Report " << i << ". " << people[i % 6]
          << " held talks with " << people[(i + 1) % 6] << " in " << places[(i + 2) % 6]
          << " on Monday. The two discussed trade and security, officials said in statement " << i
          << ".\"}\n";
    }
  }
  const std::string db = dir.File("crash.db");
  const std::string cmd =
      std::string(PARLEY_BINARY) + " ingest -q --db " + db + " " + dir.File("batch.jsonl");
  pid_t pid = fork();
  if (pid == 0) {
    int devnull = open("/dev/null", O_WRONLY);
    dup2(devnull, 1);
    dup2(devnull, 2);
    execl("/bin/sh", "sh", "-c", ("exec " + cmd).c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  // Kill once some documents have landed, well before the end.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  int64_t landed = 0;
  while (std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    try {
      landed = Scalar(db, "SELECT count(*) FROM documents");
    } catch (const std::exception&) {
      continue;  // not created or not migrated yet
    }
    if (landed >= 20) break;
  }
  kill(pid, SIGKILL);
  waitpid(pid, nullptr, 0);
  const int64_t after_kill = Scalar(db, "SELECT count(*) FROM documents");
  CHECK(after_kill >= 20);
  CHECK(after_kill < kDocs);

  std::string out;
  REQUIRE(RunCommand("sqlite3 " + db + " 'PRAGMA integrity_check'", &out) == 0);
  CHECK(out == "ok\n");
  // No partial document: every stored document has its facts.
  CHECK(Scalar(db,
               "SELECT count(*) FROM documents d WHERE NOT EXISTS "
               "(SELECT 1 FROM mentions m WHERE m.document_id = d.id)") == 0);
  CHECK(Scalar(db,
               "SELECT count(*) FROM mentions m WHERE NOT EXISTS "
               "(SELECT 1 FROM documents d WHERE d.id = m.document_id)") == 0);

  CHECK(RunCommand(cmd, &out) == 0);
  CHECK(Scalar(db, "SELECT count(*) FROM documents") == kDocs);
  CHECK(Scalar(db, "SELECT count(DISTINCT external_id) FROM documents") == kDocs);
  REQUIRE(RunCommand("sqlite3 " + db + " 'PRAGMA integrity_check'", &out) == 0);
  CHECK(out == "ok\n");
  // A third run adds nothing.
  CHECK(RunCommand(cmd, &out) == 0);
  CHECK(out.find("0 new, " + std::to_string(kDocs) + " duplicate") != std::string::npos);
}
