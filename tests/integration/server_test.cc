// Integration tests: the real `parley` binary on a free loopback port, spoken
// to over HTTP; and the CLI's exit codes and one-line errors.
#include <doctest/doctest.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

#include "server_process.h"
#include "socket_util.h"

using namespace parley::testing;
using nlohmann::json;

namespace {

const char* kToken = "integration-token";

void CheckProblem(const HttpResult& r, int status) {
  CHECK(r.status == status);
  CHECK(r.headers.at("content-type") == "application/problem+json");
  json j = json::parse(r.body);
  CHECK(j["status"] == status);
  CHECK(j["detail"].is_string());
}

std::string Seed() {
  std::ifstream in(SourceDir() / "config" / "sample" / "article.txt");
  std::stringstream ss;
  ss << in.rdbuf();
  return json{
      {"id", "seed"}, {"published_at", "2025-12-14"}, {"source", "test"}, {"text", ss.str()}}
      .dump();
}

}  // namespace

TEST_CASE("server: health, 404, 405 and 413 over real HTTP") {
  ServerProcess server({"--write-token", kToken}, {{"PARLEY_BODY_LIMIT", "2048"}});
  auto health = Fetch(server.port(), "GET", "/api/v1/health");
  REQUIRE(health.status == 200);
  json h = json::parse(health.body);
  CHECK(h["status"] == "ok");
  CHECK(h["schema_version"].get<int>() >= 1);
  CHECK_FALSE(health.headers["x-request-id"].empty());
  // The request id appears in the access log.
  CHECK(server.Log().find(health.headers["x-request-id"]) != std::string::npos);

  CheckProblem(Fetch(server.port(), "GET", "/api/v1/no-such-thing"), 404);

  auto r405 = Fetch(server.port(), "PUT", "/api/v1/health", "",
                    {{"Authorization", std::string("Bearer ") + kToken}});
  CheckProblem(r405, 405);
  CHECK(r405.headers["allow"].find("GET") != std::string::npos);

  auto r413 =
      Fetch(server.port(), "POST", "/api/v1/documents", std::string(4096, 'x'),
            {{"Authorization", std::string("Bearer ") + kToken}, {"Content-Type", "text/plain"}});
  CheckProblem(r413, 413);

  CheckProblem(Fetch(server.port(), "POST", "/api/v1/documents", "{}"), 401);
}

TEST_CASE("server: ingest, duplicate, read with spans, retract") {
  ServerProcess server({"--write-token", kToken});
  const std::map<std::string, std::string> auth = {
      {"Authorization", std::string("Bearer ") + kToken}, {"Content-Type", "application/json"}};
  auto created = Fetch(server.port(), "POST", "/api/v1/documents", Seed(), auth);
  REQUIRE(created.status == 201);
  json c = json::parse(created.body);
  const int64_t id = c["document_id"];
  CHECK(c["entities"].get<int>() > 5);
  CHECK(c["events"].get<int>() > 2);
  CHECK(created.headers["location"] == "/api/v1/documents/" + std::to_string(id));

  auto dup = Fetch(server.port(), "POST", "/api/v1/documents", Seed(), auth);
  CHECK(dup.status == 200);
  CHECK(json::parse(dup.body)["duplicate"] == true);

  auto doc = Fetch(server.port(), "GET", "/api/v1/documents/" + std::to_string(id));
  REQUIRE(doc.status == 200);
  json d = json::parse(doc.body);
  CHECK(d["published_at"] == "2025-12-14");
  CHECK(d["entities"].size() > 5);
  bool lavrov = false;
  for (const auto& s : d["entities"]) lavrov |= s["name"] == "Sergey Lavrov";
  CHECK(lavrov);

  auto bad = Fetch(server.port(), "POST", "/api/v1/documents", "{\"title\": 1}", auth);
  CheckProblem(bad, 422);
  auto broken = Fetch(server.port(), "POST", "/api/v1/documents", "{not json", auth);
  CheckProblem(broken, 400);
  auto batch = Fetch(server.port(), "POST", "/api/v1/documents",
                     "{\"text\":\"Macron met Scholz in Paris on Monday.\"}\n{\"nope\":1}\n",
                     {{"Authorization", std::string("Bearer ") + kToken},
                      {"Content-Type", "application/x-ndjson"}});
  CheckProblem(batch, 422);  // one bad line: nothing of the batch lands
  auto health = json::parse(Fetch(server.port(), "GET", "/api/v1/health").body);
  CHECK(health["counts"]["documents"] == 1);

  auto del = Fetch(server.port(), "DELETE", "/api/v1/documents/" + std::to_string(id), "", auth);
  CHECK(del.status == 204);
  CheckProblem(Fetch(server.port(), "GET", "/api/v1/documents/" + std::to_string(id)), 404);
  CheckProblem(Fetch(server.port(), "DELETE", "/api/v1/documents/" + std::to_string(id), "", auth),
               404);
  health = json::parse(Fetch(server.port(), "GET", "/api/v1/health").body);
  CHECK(health["counts"]["entities"] == 0);
  CHECK(health["counts"]["events"] == 0);
}

TEST_CASE("server: Ctrl-C during a request lets it finish, then exits 0") {
  ServerProcess server({"--write-token", kToken});
  namespace net = boost::asio;
  net::io_context ioc;
  net::ip::tcp::socket sock(ioc);
  sock.connect({net::ip::make_address("127.0.0.1"), static_cast<unsigned short>(server.port())});
  net::write(sock, net::buffer(std::string("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n")));
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  server.Signal(SIGINT);
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  net::write(sock, net::buffer(std::string("\r\n")));
  const std::string response = ReadToEnd(sock);
  CHECK(response.rfind("HTTP/1.1 200", 0) == 0);
  CHECK(server.Wait() == 0);
}

TEST_CASE("server: idle keep-alive connections do not delay shutdown") {
  ServerProcess server({});
  namespace net = boost::asio;
  net::io_context ioc;
  net::ip::tcp::socket idle(ioc);
  idle.connect({net::ip::make_address("127.0.0.1"), static_cast<unsigned short>(server.port())});
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  server.Signal(SIGTERM);
  CHECK(server.Wait(10) == 0);
}

TEST_CASE("cli: one-line errors and non-zero exits") {
  TempDir dir;
  std::string out;
  const std::string bin = PARLEY_BINARY;
  CHECK(RunCommand(bin + " version", &out) == 0);
  CHECK(out.find("parley ") == 0);
  CHECK(RunCommand(bin + " migrate --db " + dir.File("a.db"), &out) == 0);
  CHECK(out.find("schema version") != std::string::npos);
  CHECK(RunCommand(bin + " migrate --db " + dir.File("a.db"), &out) == 0);

  CHECK(RunCommand("PARLEY_PORT=banana " + bin + " migrate --db " + dir.File("b.db"), &out) == 2);
  CHECK(out.find("PARLEY_PORT") != std::string::npos);
  CHECK(std::count(out.begin(), out.end(), '\n') == 1);

  std::ofstream(dir.File("bad.json")) << R"({"colour": "blue"})";
  CHECK(RunCommand(bin + " --config " + dir.File("bad.json") + " migrate --db " + dir.File("c.db"),
                   &out) == 2);
  CHECK(out.find("colour") != std::string::npos);

  CHECK(RunCommand(bin + " migrate --db /proc/nope/x.db", &out) == 1);
  CHECK(out.find("/proc/nope") != std::string::npos);

  CHECK(RunCommand("sqlite3 " + dir.File("a.db") + " 'PRAGMA user_version=99'", &out) == 0);
  CHECK(RunCommand(bin + " migrate --db " + dir.File("a.db"), &out) == 1);
  CHECK(out.find("newer than this Parley") != std::string::npos);
}

TEST_CASE("cli: a port in use is one clear line") {
  ServerProcess first({});
  std::string out;
  TempDir dir;
  const int rc = RunCommand(std::string(PARLEY_BINARY) + " serve --host 127.0.0.1 --port " +
                                std::to_string(first.port()) + " --db " + dir.File("x.db"),
                            &out);
  CHECK(rc == 1);
  CHECK(out.find("cannot listen on 127.0.0.1:" + std::to_string(first.port())) !=
        std::string::npos);
}

TEST_CASE("server: slow and idle connections beyond the cap do not starve other clients") {
  ServerProcess server({}, {{"PARLEY_MAX_CONNECTIONS", "16"}});
  namespace net = boost::asio;
  net::io_context ioc;
  std::vector<std::unique_ptr<net::ip::tcp::socket>> slow;
  for (int i = 0; i < 40; ++i) {
    auto s = std::make_unique<net::ip::tcp::socket>(ioc);
    s->connect({net::ip::make_address("127.0.0.1"), static_cast<unsigned short>(server.port())});
    // Half a request, never finished.
    net::write(*s, net::buffer(std::string("GET /api/v1/health HTTP/1.1\r\nX-Slow: 1\r\n")));
    slow.push_back(std::move(s));
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  int ok = 0;
  for (int i = 0; i < 50; ++i) {
    try {
      ok += Fetch(server.port(), "GET", "/api/v1/health").status == 200;
    } catch (const std::exception&) {
    }
  }
  CHECK(ok == 50);
}

TEST_CASE("server: a 304 carries no Content-Length of 0 (regression: RFC 9110 8.6)") {
  ServerProcess server({"--write-token", kToken});
  auto first = Fetch(server.port(), "GET", "/api/v1/openapi.json");
  REQUIRE(first.status == 200);
  const std::string etag = first.headers["etag"];
  REQUIRE_FALSE(etag.empty());
  for (int round = 0; round < 2; ++round) {  // computed, then from the response cache
    auto again = Fetch(server.port(), "GET", "/api/v1/openapi.json", "", {{"If-None-Match", etag}});
    CHECK(again.status == 304);
    CHECK(again.body.empty());
    CHECK(again.headers["etag"] == etag);
    // Either no Content-Length or the length the 200 had; never 0.
    if (again.headers.count("content-length"))
      CHECK(again.headers["content-length"] == std::to_string(first.body.size()));
  }
}
