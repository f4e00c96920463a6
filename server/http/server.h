// Server: Parley's HTTP/1.1 front door on Boost.Beast. A listener accepts
// connections (bounded in number); each session reads requests with a
// timeout before every read and a fresh parser with a body limit per
// message, answers through App::Handle, and closes after a cap of pipelined
// requests. SIGINT/SIGTERM stop accepting, let in-flight requests finish,
// then return from Run().
//
// Thread-safe: construct, then Run() on one thread; Stop() from any thread.
#pragma once

#include <memory>
#include <string>

#include "base/config.h"
#include "http/app.h"

namespace parley::http {

class Server {
 public:
  // Binds host:port from `config` now, so "address in use" surfaces here as
  // an Error with a one-line message rather than inside Run().
  Server(const Config& config, const App& app);
  ~Server();

  // The bound port (useful with port 0).
  int port() const;

  // Serves until Stop() or SIGINT/SIGTERM (when `handle_signals`), with
  // config.threads worker threads. Returns after in-flight requests finish.
  void Run(bool handle_signals = true);

  // Begins graceful shutdown.
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace parley::http
