// ServerProcess: runs the real `parley serve` binary on a free loopback port
// for integration tests, and a small blocking HTTP client to talk to it.
// Not thread-safe: one ServerProcess per test case; Fetch and RawExchange may
// run on any thread (each uses its own connection).
#pragma once

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "test_util.h"

namespace parley::testing {

struct HttpResult {
  int status = 0;
  std::map<std::string, std::string> headers;  // lower-case names
  std::string body;
};

// One request on a fresh connection. Throws on connection failure.
// Defined in server_process.cc, so that Beast's HTTP client is compiled once
// rather than in every test file that includes this header.
HttpResult Fetch(int port, const std::string& method, const std::string& target,
                 const std::string& body = {},
                 const std::map<std::string, std::string>& headers = {});

// Sends raw bytes on a fresh connection and returns all that comes back.
std::string RawExchange(int port, const std::string& bytes);

class ServerProcess {
 public:
  // Starts `parley serve` with `args` added, on port 0, and waits until it
  // logs the port it bound. `env` entries are set in the child only;
  // `wrapper` runs it (e.g. {"/usr/bin/prlimit", "--nofile=256", "--"}).
  explicit ServerProcess(const std::vector<std::string>& args,
                         const std::map<std::string, std::string>& env = {},
                         const std::vector<std::string>& wrapper = {}) {
    log_path_ = dir_.File("server.log");
    db_path_ = dir_.File("parley.db");
    std::vector<std::string> argv = wrapper;
    const std::vector<std::string> serve = {PARLEY_BINARY, "serve", "--host", "127.0.0.1",
                                            "--port",      "0",     "--db",   db_path_};
    argv.insert(argv.end(), serve.begin(), serve.end());
    argv.insert(argv.end(), args.begin(), args.end());
    pid_ = fork();
    if (pid_ == 0) {
      int fd = open(log_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      dup2(fd, 2);
      dup2(fd, 1);
      for (const auto& [k, v] : env) setenv(k.c_str(), v.c_str(), 1);
      std::vector<char*> cargv;
      for (auto& a : argv) cargv.push_back(a.data());
      cargv.push_back(nullptr);
      execv(cargv[0], cargv.data());
      _exit(127);
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (std::chrono::steady_clock::now() < deadline) {
      const std::string log = Log();
      const auto at = log.find("serving http://127.0.0.1:");
      if (at != std::string::npos) {
        port_ = std::stoi(log.substr(at + 25));
        return;
      }
      int status = 0;
      if (waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        throw std::runtime_error("parley serve exited early: " + log);
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    throw std::runtime_error("parley serve did not start: " + Log());
  }

  ~ServerProcess() {
    if (pid_ > 0) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
  }

  int port() const { return port_; }
  pid_t pid() const { return pid_; }
  const std::string& db_path() const { return db_path_; }

  std::string Log() const {
    std::ifstream in(log_path_);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }

  void Signal(int sig) { kill(pid_, sig); }

  // Waits for exit; returns the exit status, or -1 on timeout/signal.
  int Wait(int seconds = 30) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    while (std::chrono::steady_clock::now() < deadline) {
      int status = 0;
      if (waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return -1;
  }

 private:
  TempDir dir_;
  std::string log_path_, db_path_;
  pid_t pid_ = -1;
  int port_ = 0;
};

// Runs a command, returning its exit status and stdout+stderr.
inline int RunCommand(const std::string& cmd, std::string* output) {
  FILE* p = popen((cmd + " 2>&1").c_str(), "r");
  if (!p) return -1;
  char buf[4096];
  size_t n;
  output->clear();
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) output->append(buf, n);
  int status = pclose(p);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace parley::testing
