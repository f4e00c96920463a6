// libFuzzer target: raw bytes → the real server over a loopback connection.
// An in-process http::Server (the same class `parley serve` runs: Beast's
// parser with the server's limits, the framing checks, the request
// conversion, App, streamed and HTTP/1.0 answers, pipelining) on a seeded
// store; each input is sent on a fresh connection, which is then half-closed
// and read until the server closes it. The server must never crash, log an
// error or answer a 500 (fuzz_world.h's oracle), and must answer every
// connection.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <string>
#include <thread>

#include "fuzz_world.h"
#include "http/app.h"
#include "http/server.h"

namespace {

struct World {
  parley::Config config;
  std::unique_ptr<parley::store::Store> store;
  std::unique_ptr<parley::http::App> app;
  std::unique_ptr<parley::http::Server> server;
  std::thread runner;
  int port = 0;

  World() {
    parley::fuzz::InstallOracle();
    const auto dir = parley::fuzz::ScratchDir("http");
    std::filesystem::create_directories(dir / "web");
    std::filesystem::create_directories(dir / "web2");
    std::ofstream(dir / "web" / "index.html") << "<!doctype html><title>parley</title>";
    std::ofstream(dir / "web2" / "secret.txt") << "secret";
    std::filesystem::create_directory_symlink(dir / "web2", dir / "web" / "assets");
    config.host = "127.0.0.1";
    config.port = 0;
    config.threads = 1;
    config.timeout_seconds = 1;
    config.max_streams = 4;
    config.body_limit = 64 * 1024;
    config.write_token = "fuzz";
    config.web_root = (dir / "web").string();
    parley::store::StoreOptions options;
    options.scan_connections = config.max_streams + 4;
    store = parley::store::Store::OpenSqlite((dir / "db").string(), options);
    parley::fuzz::SeedGraph(*store);
    // No ingester: POST /documents answers 503 here (fuzz_ingest covers it),
    // so inputs cannot grow the database.
    app = std::make_unique<parley::http::App>(config, *store, nullptr);
    server = std::make_unique<parley::http::Server>(config, *app);
    port = server->port();
    runner = std::thread([this] { server->Run(/*handle_signals=*/false); });
  }
};

// connect(), finished when a signal interrupts it: libFuzzer's -timeout alarm (SIGALRM) is
// never restarted past a blocking connect, which then fails with EINTR while the handshake
// goes on (a CI run aborted so, six seconds in, with the server accepting). The attempt is
// waited for, up to five seconds, and its own result read.
bool Connect(int fd, const sockaddr_in& addr) {
  if (connect(fd, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) == 0) return true;
  if (errno != EINTR) return false;
  pollfd p{fd, POLLOUT, 0};
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  while (std::chrono::steady_clock::now() < deadline) {
    const int ready = poll(&p, 1, 100);
    if (ready < 0 && errno == EINTR) continue;
    if (ready < 0) return false;
    if (ready == 0) continue;
    int err = 0;
    socklen_t len = sizeof err;
    if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) != 0) return false;
    errno = err;
    return err == 0;
  }
  errno = ETIMEDOUT;
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static World* world = new World();  // lives until exit, with its threads
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) std::abort();
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(world->port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (!Connect(fd, addr)) {
    std::fprintf(stderr, "fuzz: the server does not accept connections: %s\n",
                 std::strerror(errno));
    std::abort();
  }
  timeval tv{0, 200 * 1000};
  setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
  // The server may answer and close before reading everything: a short
  // write is fine, SIGPIPE is not.
  for (size_t sent = 0; sent < size;) {
    const ssize_t n = send(fd, data + sent, size - sent, MSG_NOSIGNAL);
    if (n <= 0) break;
    sent += static_cast<size_t>(n);
  }
  shutdown(fd, SHUT_WR);
  // Read until the server closes. A change stream may stay open for its
  // whole timeout; two seconds of it are enough.
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(2);
  char buf[65536];
  while (std::chrono::steady_clock::now() < deadline) {
    const ssize_t n = recv(fd, buf, sizeof buf, 0);
    if (n == 0) break;
    if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) break;
  }
  close(fd);
  return 0;
}
