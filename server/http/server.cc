// Server: the Beast listener and sessions, after Beast's advanced server
// example, trimmed to HTTP/1.1 and with a registry of sessions so shutdown
// can close idle keep-alive connections instead of waiting out their timeout.
#include "http/server.h"

#include <spdlog/spdlog.h>
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/version.hpp>
#include <chrono>
#include <limits>
#include <list>
#include <mutex>
#include <optional>
#include <thread>

#include <nlohmann/json.hpp>

#include "base/error.h"
#include "base/log.h"
#include "http/problem.h"

namespace parley::http {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace {

class Session;

// Bytes a connection's read buffer may hold: the header limit plus room for
// the start of a pipelined request. Beast 1.74 scans a chunked body's
// trailer and each chunk-extension line whole in this buffer and counts
// neither against any limit; bounding the buffer bounds both (and keeps a
// trailer field under the 64 KiB at which Beast's field storage throws
// std::length_error).
constexpr size_t kHeaderLimit = 16 * 1024;
constexpr size_t kReadBufferLimit = 2 * kHeaderLimit;
// Chunk extensions are read and dropped; their total per message is capped.
constexpr size_t kChunkExtensionLimit = 4 * 1024;

struct Shared {
  const Config& config;
  const App& app;
  // Runs the generators of streamed answers, so that producing a chunk
  // (database reads, formatting) never occupies an I/O thread.
  net::thread_pool& stream_pool;
  std::atomic<int> connections{0};
  std::atomic<bool> stopping{false};
  std::mutex mu;
  std::list<std::weak_ptr<Session>> sessions;
};

Request ToRequest(const bhttp::request<bhttp::string_body>& in, const std::string& remote) {
  Request r;
  r.method = std::string(in.method_string());
  r.target = std::string(in.target());
  for (const auto& f : in) {
    std::string name(f.name_string());
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto [it, inserted] = r.headers.emplace(name, std::string(f.value()));
    if (!inserted) it->second += ", " + std::string(f.value());
  }
  r.body = in.body();
  r.remote = remote;
  return r;
}

// Why a request header must be refused before its body is read: a status and
// a one-line reason, or nothing. The framing rules of RFC 9112 that Beast
// 1.74 leaves to the application:
//  - HTTP/1.1 needs exactly one Host, HTTP/1.0 at most one (6.2, 3.2): two
//    Hosts may route one request two ways on the way here.
//  - Transfer-Encoding is understood only as exactly "chunked" (6.1): Beast
//    reads any other coding list, "xchunked" or "gzip" included, as no body
//    at all, and then parses the body as the next request.
//  - HTTP/1.0 has no transfer codings; such a message's framing is faulty.
std::optional<std::pair<int, std::string>> CheckFraming(
    const bhttp::request_parser<bhttp::string_body>& parser) {
  const auto& h = parser.get();
  if (h.version() != 10 && h.version() != 11)
    return std::make_pair(505, std::string("only HTTP/1.0 and HTTP/1.1 are served"));
  const size_t hosts = h.count(bhttp::field::host);
  if (hosts > 1 || (h.version() == 11 && hosts == 0))
    return std::make_pair(400, std::string("exactly one Host header field is required"));
  if (h.count(bhttp::field::transfer_encoding) == 0) return std::nullopt;
  if (h.version() == 10)
    return std::make_pair(400, std::string("Transfer-Encoding in an HTTP/1.0 request"));
  size_t codings = 0;
  bool only_chunked = true;
  const auto fields = h.equal_range(bhttp::field::transfer_encoding);
  for (auto f = fields.first; f != fields.second; ++f) {
    for (const auto coding : bhttp::token_list(f->value())) {
      ++codings;
      only_chunked &= beast::iequals(coding, "chunked");
    }
  }
  if (!only_chunked || codings != 1 || !parser.chunked())
    return std::make_pair(501, std::string("the only transfer coding served is \"chunked\""));
  return std::nullopt;
}

void AccessLog(const Request& req, const Response& resp, size_t bytes, double ms) {
  if (JsonLogging()) {
    nlohmann::json j = {{"ts", std::chrono::duration_cast<std::chrono::milliseconds>(
                                   std::chrono::system_clock::now().time_since_epoch())
                                   .count()},
                        {"level", "info"},
                        {"msg", "request"},
                        {"request_id", resp.Header("X-Request-Id")},
                        {"method", req.method},
                        {"path", req.path.empty() ? req.target : req.path},
                        {"status", resp.status},
                        {"bytes", bytes},
                        {"duration_ms", ms},
                        {"remote", req.remote}};
    LogRecord(j);
  } else {
    spdlog::info("{} {} {} {} {}B {:.2f}ms id={}", req.remote, req.method,
                 req.target.substr(0, 256), resp.status, bytes, ms, resp.Header("X-Request-Id"));
  }
}

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket&& socket, Shared& shared)
      : stream_(std::move(socket)), shared_(shared), idle_timer_(stream_.get_executor()) {
    beast::error_code ec;
    auto ep = stream_.socket().remote_endpoint(ec);
    if (!ec) remote_ = ep.address().to_string();
  }
  ~Session() { --shared_.connections; }

  void Start() {
    net::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->Read(); });
  }

  // When waiting for a request: since when (steady ms), else -1. Read from
  // the accept loop to pick a connection to evict.
  int64_t WaitingSince() const { return reading_ ? read_started_.load() : -1; }

  // Closes the connection even mid-request: it is the slowest of a full house.
  void Evict() {
    net::post(stream_.get_executor(), [self = shared_from_this()] {
      if (!self->reading_) return;
      beast::error_code ec;
      self->stream_.socket().shutdown(tcp::socket::shutdown_both, ec);
      self->stream_.socket().close(ec);
    });
  }

  // Closes the connection if it is waiting for a request; otherwise it closes
  // after the response in flight.
  void Shutdown() {
    net::post(stream_.get_executor(), [self = shared_from_this()] {
      // Only a connection idle between requests is cut; one mid-request
      // gets its answer first.
      if (self->reading_ && self->buffer_.size() == 0 && !self->parser_->got_some()) {
        beast::error_code ec;
        self->stream_.socket().shutdown(tcp::socket::shutdown_both, ec);
        self->stream_.socket().close(ec);
      }
    });
  }

 private:
  void Read() {
    if (shared_.stopping) return Close();
    parser_.emplace();
    parser_->body_limit(shared_.config.body_limit);
    parser_->header_limit(kHeaderLimit);
    extension_bytes_ = 0;
    on_chunk_header_ = [this](uint64_t, beast::string_view extensions, beast::error_code& ec) {
      extension_bytes_ += extensions.size();
      if (extension_bytes_ > kChunkExtensionLimit) ec = bhttp::error::bad_chunk_extension;
    };
    parser_->on_chunk_header(on_chunk_header_);
    stream_.expires_after(std::chrono::seconds(shared_.config.timeout_seconds));
    read_started_ = std::chrono::duration_cast<std::chrono::milliseconds>(
                        std::chrono::steady_clock::now().time_since_epoch())
                        .count();
    reading_ = true;
    // The header first: how the body is framed is checked before a byte of
    // it is read, so a message this server would frame differently from a
    // proxy in front of it never reaches a handler.
    bhttp::async_read_header(stream_, buffer_, *parser_,
                             [self = shared_from_this()](beast::error_code ec, size_t) {
                               if (ec) {
                                 self->reading_ = false;
                                 return self->OnRead(ec);
                               }
                               self->OnHeader();
                             });
  }

  void OnHeader() {
    if (auto refused = CheckFraming(*parser_)) {
      reading_ = false;
      return SendError(refused->first, refused->second);
    }
    if (parser_->is_done()) {
      reading_ = false;
      return OnRead({});
    }
    bhttp::async_read(stream_, buffer_, *parser_,
                      [self = shared_from_this()](beast::error_code ec, size_t) {
                        self->reading_ = false;
                        self->OnRead(ec);
                      });
  }

  void OnRead(beast::error_code ec) {
    if (ec == bhttp::error::end_of_stream || ec == net::error::operation_aborted ||
        ec == net::error::bad_descriptor)
      return Close();
    if (ec == bhttp::error::body_limit) {
      return SendError(
          413, "request body exceeds " + std::to_string(shared_.config.body_limit) + " bytes");
    }
    if (ec == beast::error::timeout) return Close();
    if (ec == bhttp::error::header_limit || ec == bhttp::error::buffer_overflow)
      return SendError(431, "request header fields or trailer too large");
    if (ec == bhttp::error::bad_chunk_extension)
      return SendError(400, "chunk extensions too large or malformed");
    if (ec) {
      if (buffer_.size() > 0 || parser_->got_some())
        return SendError(400, "malformed HTTP request");
      return Close();
    }
    const auto start = std::chrono::steady_clock::now();
    auto& msg = parser_->get();
    // Trailer fields land among the headers: together they stay within the
    // header limit.
    size_t field_bytes = 0;
    for (const auto& f : msg) field_bytes += f.name_string().size() + f.value().size() + 4;
    if (field_bytes > kHeaderLimit)
      return SendError(431, "request header fields or trailer too large");
    Request req;
    Response resp;
    try {
      req = ToRequest(msg, remote_);
      resp = shared_.app.Handle(req);
    } catch (const std::exception& e) {
      // App::Handle answers every error itself; this is memory exhaustion or
      // a bug, and it ends this request, not the process.
      spdlog::error("request failed outside the handler: {}", e.what());
      return SendError(500, "internal error; see the server log");
    }
    ++served_;
    const bool keep =
        msg.keep_alive() && served_ < shared_.config.max_pipelined && !shared_.stopping;
    Send(req, std::move(resp), msg.version(), keep, msg.method() == bhttp::verb::head, start);
  }

  void SendError(int status, const std::string& detail) {
    Request req;
    req.method = "?";
    req.remote = remote_;
    Response resp = Problem(status, detail, "");
    Send(req, std::move(resp), 11, false, false, std::chrono::steady_clock::now());
  }

  void Send(const Request& req, Response resp, unsigned version, bool keep_alive, bool head,
            std::chrono::steady_clock::time_point start) {
    // A streamed answer to HEAD: the header GET would send (chunked, no
    // Content-Length: its length is unknown until the stream ends), no body.
    if (resp.stream) return SendStream(req, std::move(resp), version, keep_alive, start, head);
    auto out = std::make_shared<bhttp::response<bhttp::string_body>>();
    out->version(version);
    out->result(static_cast<unsigned>(resp.status));
    out->set(bhttp::field::server, "parley");
    if (!resp.content_type.empty()) out->set(bhttp::field::content_type, resp.content_type);
    for (const auto& [k, v] : resp.headers) out->set(k, v);
    const size_t bytes = resp.body.size();
    if (head) {
      out->content_length(bytes);
    } else if (resp.status == 204 || resp.status == 304) {
      // No content and no Content-Length: a 304 may only carry the length the
      // 200 would have had (RFC 9110 8.6), never 0.
    } else {
      out->body() = std::move(resp.body);
      out->prepare_payload();
    }
    out->keep_alive(keep_alive);
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    AccessLog(req, resp, bytes, ms);
    stream_.expires_after(std::chrono::seconds(shared_.config.timeout_seconds));
    bhttp::async_write(stream_, *out,
                       [self = shared_from_this(), out, keep_alive](beast::error_code ec, size_t) {
                         if (ec || !keep_alive) return self->Close();
                         self->Read();
                       });
  }

  // A streamed body: header, then one piece per call of the generator, each
  // write under the socket timeout. HTTP/1.1 clients get chunks; an HTTP/1.0
  // client knows no chunked coding, so its body is the bytes as they come,
  // ended by closing the connection (RFC 9112 6.3).
  void SendStream(const Request& req, Response resp, unsigned version, bool keep_alive,
                  std::chrono::steady_clock::time_point start, bool head_only) {
    auto head = std::make_shared<bhttp::response<bhttp::empty_body>>();
    head->version(version);
    head->result(static_cast<unsigned>(resp.status));
    head->set(bhttp::field::server, "parley");
    if (!resp.content_type.empty()) head->set(bhttp::field::content_type, resp.content_type);
    for (const auto& [k, v] : resp.headers) head->set(k, v);
    const bool chunked = version >= 11;
    if (!chunked) keep_alive = false;
    head->chunked(chunked);
    head->keep_alive(keep_alive);
    auto sr = std::make_shared<bhttp::response_serializer<bhttp::empty_body>>(*head);
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    AccessLog(req, resp, 0, ms);
    auto gen = std::make_shared<Generator>(std::move(resp.stream), resp.stream_idle_ms, chunked,
                                           keep_alive);
    stream_.expires_after(std::chrono::seconds(shared_.config.timeout_seconds));
    bhttp::async_write_header(stream_, *sr,
                              [self = shared_from_this(), head, sr, gen, keep_alive, head_only](
                                  beast::error_code ec, size_t) {
                                if (ec || (head_only && !keep_alive)) return self->Close();
                                if (head_only) return self->Read();
                                self->NextChunk(gen);
                              });
  }

  struct Generator {
    Generator(std::function<bool(std::string*)> f, int idle, bool chunks, bool keep)
        : fn(std::move(f)), idle_ms(idle), chunked(chunks), keep_alive(keep) {}
    std::function<bool(std::string*)> fn;
    int idle_ms;
    bool chunked;     // HTTP/1.1 chunked coding, else raw bytes until close
    bool keep_alive;  // read the next request after the last chunk
  };

  // Produces the next chunk on the stream pool, then writes it from the
  // session's strand. A live stream with nothing new waits on a timer.
  void NextChunk(const std::shared_ptr<Generator>& gen) {
    // The work guard keeps the I/O threads running until the chunk is back.
    net::post(shared_.stream_pool, [self = shared_from_this(), gen,
                                    work = net::make_work_guard(stream_.get_executor())] {
      // Nothing may leave this function: an exception on a stream thread
      // would end the process.
      std::shared_ptr<std::string> chunk;
      bool more = false, idle = false, failed = false;
      try {
        chunk = std::make_shared<std::string>();
        while (chunk->size() < 64 * 1024) {
          const size_t before = chunk->size();
          more = gen->fn(chunk.get());
          if (!more) break;
          if (gen->idle_ms > 0) {
            idle = chunk->size() == before;
            break;  // live streams send each piece at once
          }
        }
      } catch (const std::exception& e) {
        spdlog::error("streamed response failed: {}", e.what());
        failed = true;
      } catch (...) {
        spdlog::error("streamed response failed");
        failed = true;
      }
      try {
        net::post(self->stream_.get_executor(), [self, gen, chunk, more, idle, failed] {
          // A truncated body, never a fake end, tells the client that the
          // stream failed or that the server is shutting down.
          if (failed || self->shared_.stopping.load()) return self->Close();
          self->WriteChunk(gen, chunk, more, idle);
        });
      } catch (...) {
        // Out of memory: the session closes its socket when it is released.
      }
    });
  }

  void WriteChunk(const std::shared_ptr<Generator>& gen, const std::shared_ptr<std::string>& chunk,
                  bool more, bool idle) {
    stream_.expires_after(std::chrono::seconds(shared_.config.timeout_seconds));
    if (chunk->empty()) {
      if (!more) return WriteLast(gen);
      return WaitThenNext(gen, idle);
    }
    auto done = [self = shared_from_this(), chunk, gen, more, idle](beast::error_code ec, size_t) {
      if (ec) return self->Close();
      if (more) return self->WaitThenNext(gen, idle);
      self->WriteLast(gen);
    };
    if (gen->chunked)
      net::async_write(stream_, bhttp::make_chunk(net::buffer(*chunk)), std::move(done));
    else
      net::async_write(stream_, net::buffer(*chunk), std::move(done));
  }

  // Ends the body: the last chunk, or for HTTP/1.0 the end of the connection.
  void WriteLast(const std::shared_ptr<Generator>& gen) {
    if (!gen->chunked) return Close();
    stream_.expires_after(std::chrono::seconds(shared_.config.timeout_seconds));
    net::async_write(stream_, bhttp::make_chunk_last(),
                     [self = shared_from_this(), gen](beast::error_code ec, size_t) {
                       if (ec || !gen->keep_alive) return self->Close();
                       self->Read();
                     });
  }

  void WaitThenNext(const std::shared_ptr<Generator>& gen, bool idle) {
    if (!idle) return NextChunk(gen);
    idle_timer_.expires_after(std::chrono::milliseconds(gen->idle_ms));
    idle_timer_.async_wait([self = shared_from_this(), gen](beast::error_code ec) {
      if (ec || self->shared_.stopping.load()) return self->Close();
      self->NextChunk(gen);
    });
  }

  void Close() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    stream_.socket().close(ec);
  }

  beast::tcp_stream stream_;
  Shared& shared_;
  net::steady_timer idle_timer_;
  beast::flat_buffer buffer_{kReadBufferLimit};
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  std::function<void(uint64_t, beast::string_view, beast::error_code&)> on_chunk_header_;
  size_t extension_bytes_ = 0;
  std::string remote_;
  int served_ = 0;
  std::atomic<bool> reading_{false};
  std::atomic<int64_t> read_started_{0};
};

}  // namespace

// How many connections the file-descriptor limit leaves room for: the
// descriptors of everything but connections are kept back — three per
// database connection (file, WAL, shared memory) of the request pool, the
// scan pool (max_streams + 4), the writer and the change watcher, as
// cli/main.cc opens them, and a margin for the listener, the event loop,
// logs and static files. A cap above this makes accept() fail with EMFILE
// while idle connections hold every descriptor, instead of evicting one.
int ConnectionCap(const Config& config) {
  rlimit rl{};
  if (getrlimit(RLIMIT_NOFILE, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY)
    return config.max_connections;
  const int64_t db_connections =
      std::max(2, config.threads > 0 ? config.threads : 4) + config.max_streams + 4 + 2;
  const int64_t reserve = 32 + 3 * db_connections;
  const int64_t room = static_cast<int64_t>(rl.rlim_cur) - reserve;
  const int cap = static_cast<int>(std::clamp<int64_t>(room, 1, config.max_connections));
  if (cap < config.max_connections)
    spdlog::warn(
        "max_connections {} lowered to {}: the open-file limit is {} (raise it with ulimit -n)",
        config.max_connections, cap, static_cast<int64_t>(rl.rlim_cur));
  return cap;
}

struct Server::Impl {
  Impl(const Config& config, const App& app)
      : threads(config.threads > 0 ? config.threads
                                   : std::max(2u, std::thread::hardware_concurrency())),
        stream_pool(static_cast<size_t>(threads)),
        shared{config, app, stream_pool, {}, {}, {}, {}},
        ioc(threads),
        acceptor(net::make_strand(ioc)),
        accept_timer(acceptor.get_executor()),
        signals(ioc),
        max_connections(ConnectionCap(config)) {}

  void Accept() {
    acceptor.async_accept(net::make_strand(ioc), [this](beast::error_code ec, tcp::socket s) {
      if (ec) {
        if (shared.stopping || ec == net::error::operation_aborted) return;
        if (OutOfDescriptors(ec)) return BackOff(ec);
        // The peer gave up before we accepted (ECONNABORTED and kin).
        return Accept();
      }
      accept_backoff_ms = 0;
      bool admit = shared.connections.load() < max_connections;
      bool evicted = false;
      if (!admit) admit = evicted = EvictSlowest();
      if (!admit) {
        // Every connection is busy answering: refuse rather than queue.
        beast::error_code ignored;
        s.close(ignored);
      } else {
        ++shared.connections;
        auto session = std::make_shared<Session>(std::move(s), shared);
        {
          std::lock_guard<std::mutex> lock(shared.mu);
          for (auto it = shared.sessions.begin(); it != shared.sessions.end();)
            it = it->expired() ? shared.sessions.erase(it) : std::next(it);
          shared.sessions.push_back(session);
        }
        session->Start();
      }
      if (shared.stopping) return;
      if (evicted) return AwaitRoom(0);
      Accept();
    });
  }

  // After admitting a connection in place of an evicted one: the victim
  // closes on its own strand, so accepting again at once would admit a
  // backlog of clients faster than their victims close, past the cap and
  // out of descriptors (seen under ASan: 300 idle clients against a cap of
  // 104). Wait, a millisecond at a time, until the count is back at the
  // cap; a victim that began a request meanwhile is not closed, so give up
  // waiting after a few tries and let the next accept evict another.
  void AwaitRoom(int tries) {
    if (shared.connections.load() <= max_connections || tries >= kMaxRoomWaits) return Accept();
    accept_timer.expires_after(std::chrono::milliseconds(1));
    accept_timer.async_wait([this, tries](beast::error_code wait_ec) {
      if (!wait_ec && !shared.stopping) AwaitRoom(tries + 1);
    });
  }
  static constexpr int kMaxRoomWaits = 50;

  static bool OutOfDescriptors(const beast::error_code& ec) {
    return ec == net::error::no_descriptors || ec == net::error::no_buffer_space ||
           ec == net::error::no_memory ||
           (ec.category() == boost::system::system_category() && ec.value() == ENFILE);
  }

  // accept() failed for want of a descriptor (or kernel memory): the
  // connection stays in the backlog, so accepting again at once fails again
  // at once, a busy loop on every core that serves nobody. Free a descriptor
  // by evicting the connection that has waited longest for its request,
  // then try again after a pause that doubles up to a second.
  void BackOff(const beast::error_code& ec) {
    // An eviction frees a descriptor within a millisecond: retry soon, or a
    // backlog of clients behind the idle ones waits a doubling pause each.
    // With nobody to evict, the pause doubles.
    const bool freed = EvictSlowest();
    accept_backoff_ms = freed ? 1 : std::clamp(accept_backoff_ms * 2, 10, 1000);
    const auto now = std::chrono::steady_clock::now();
    if (now - last_backoff_log > std::chrono::seconds(10)) {
      last_backoff_log = now;
      spdlog::warn("accept: {}; {}, retrying in {} ms", ec.message(),
                   freed ? "evicted the longest-waiting connection" : "no connection to evict",
                   accept_backoff_ms);
    }
    accept_timer.expires_after(std::chrono::milliseconds(accept_backoff_ms));
    accept_timer.async_wait([this](beast::error_code wait_ec) {
      if (!wait_ec && !shared.stopping) Accept();
    });
  }

  // At the connection cap, the connection that has waited longest for its
  // request (idle keep-alive or a slowloris trickle) makes room, so slow
  // clients cannot starve fast ones. False if none is waiting.
  bool EvictSlowest() {
    std::shared_ptr<Session> victim;
    int64_t oldest = std::numeric_limits<int64_t>::max();
    std::lock_guard<std::mutex> lock(shared.mu);
    for (auto& w : shared.sessions) {
      auto s = w.lock();
      if (!s) continue;
      const int64_t since = s->WaitingSince();
      if (since >= 0 && since < oldest) {
        oldest = since;
        victim = s;
      }
    }
    if (!victim) return false;
    victim->Evict();
    return true;
  }

  void BeginStop() {
    if (shared.stopping.exchange(true)) return;
    spdlog::info("shutting down: finishing in-flight requests");
    net::post(acceptor.get_executor(), [this] {
      beast::error_code ec;
      acceptor.close(ec);
      accept_timer.cancel();
    });
    signals.cancel();
    std::lock_guard<std::mutex> lock(shared.mu);
    for (auto& w : shared.sessions)
      if (auto s = w.lock()) s->Shutdown();
  }

  int threads;
  net::thread_pool stream_pool;
  Shared shared;
  net::io_context ioc;
  tcp::acceptor acceptor;
  net::steady_timer accept_timer;  // pauses after running out of descriptors or room
  net::signal_set signals;
  const int max_connections;
  int accept_backoff_ms = 0;  // touched only on the acceptor's strand
  std::chrono::steady_clock::time_point last_backoff_log;
};

Server::Server(const Config& config, const App& app) : impl_(std::make_unique<Impl>(config, app)) {
  beast::error_code ec;
  auto address = net::ip::make_address(config.host, ec);
  if (ec)
    throw Error(ErrorCode::kInvalidArgument, "invalid host address '" + config.host + "'", "host");
  tcp::endpoint ep(address, static_cast<unsigned short>(config.port));
  auto& a = impl_->acceptor;
  a.open(ep.protocol(), ec);
  if (!ec) a.set_option(net::socket_base::reuse_address(true), ec);
  if (!ec) a.bind(ep, ec);
  if (ec)
    throw Error(ErrorCode::kUnavailable, "cannot listen on " + config.host + ":" +
                                             std::to_string(config.port) + ": " + ec.message());
  a.listen(net::socket_base::max_listen_connections, ec);
  if (ec) throw Error(ErrorCode::kUnavailable, "cannot listen: " + ec.message());
}

Server::~Server() = default;

int Server::port() const { return impl_->acceptor.local_endpoint().port(); }

void Server::Run(bool handle_signals) {
  if (handle_signals) {
    impl_->signals.add(SIGINT);
    impl_->signals.add(SIGTERM);
    impl_->signals.async_wait([this](beast::error_code ec, int) {
      if (!ec) impl_->BeginStop();
    });
  }
  impl_->Accept();
  // Nothing thrown by a handler may end the process: log it and go on (the
  // session whose handler threw is dropped and its socket closed).
  auto run = [this] {
    for (;;) {
      try {
        impl_->ioc.run();
        return;
      } catch (const std::exception& e) {
        spdlog::error("uncaught exception in a connection, which was closed: {}", e.what());
      } catch (...) {
        spdlog::error("uncaught exception in a connection, which was closed");
      }
    }
  };
  std::vector<std::thread> pool;
  for (int i = 1; i < impl_->threads; ++i) pool.emplace_back(run);
  run();
  for (auto& t : pool) t.join();
  impl_->stream_pool.join();
}

void Server::Stop() { impl_->BeginStop(); }

}  // namespace parley::http
