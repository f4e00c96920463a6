// Query benchmark (issue 5). Builds a synthetic but realistic graph once
// (power-law activity: a few actors take part in most events, places and
// countries likewise; dates over N years; ingest times increasing), then
// prints p50/p99 latency of entity lookup, entity search, 1- and 2-hop
// neighbourhoods and paths — directly through App::Handle (no sockets) and
// over HTTP through the real Server with wrk — and HTTP requests/s of Parley
// against nginx serving a static file of the same bytes, measured in the same
// run, as a ratio. Not part of the test suite.
//
//   bench_query [--entities N] [--events M] [--years Y] [--db PATH|URI]
//               [--samples K] [--http-seconds S] [--no-http] [--regenerate]
//
// The database is kept between runs (generation dominates a small run's time);
// --regenerate rebuilds it. --db postgresql://... (any libpq URI) measures the
// PostgreSQL backend instead: the graph is generated when it holds no events,
// and --regenerate is refused (the bench does not drop schemas; give it an
// empty database or schema). See bench/query/README.md.
#include <netinet/in.h>
#include <spdlog/spdlog.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <numeric>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "base/error.h"
#include "base/time.h"
#include "http/app.h"
#include "http/server.h"

using namespace parley;
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

namespace {

struct Options {
  int64_t entities = 200000, events = 1000000;
  int years = 10, samples = 1000, http_seconds = 5;
  std::string db, read_db;  // read_db: a replica for reads (PostgreSQL only)
  bool http = true, regenerate = false;
};

// Event types with their share of events, CAMEO code, PLOVER type and
// Goldstein score — the mix of a diplomatic news feed (talk dominates).
struct EventKind {
  const char* type;
  int weight;
  const char* cameo;
  const char* plover;
  double goldstein;
};
const EventKind kKinds[] = {
    {"statement", 30, "010", "CONSULT", 0.0},  {"meeting", 20, "040", "CONSULT", 1.0},
    {"call", 10, "040", "CONSULT", 1.0},       {"visit", 6, "042", "CONSULT", 1.9},
    {"negotiation", 5, "046", "CONSULT", 7.0}, {"proposal", 5, "036", "CONSULT", 4.0},
    {"agreement", 4, "057", "AGREE", 8.0},     {"demand", 4, "100", "DEMAND", -5.0},
    {"accusation", 4, "112", "ACCUSE", -2.0},  {"summit", 2, "043", "CONSULT", 2.8},
    {"sanction", 3, "163", "SANCTION", -8.0},  {"aid", 3, "070", "AID", 7.0},
    {"threat", 2, "130", "THREATEN", -4.4},    {"rejection", 2, "120", "REJECT", -4.0}};
const char* kSyllables[] = {"ka", "lo", "mi", "ra", "to", "ve", "su", "na", "de", "fi",
                            "go", "ha", "ju", "ne", "po", "ri", "sa", "ti", "vo", "za"};
const char* kCountries[] = {"USA", "RUS", "UKR", "CHN", "FRA", "DEU", "GBR", "TUR", "IND", "BRA",
                            "JPN", "ISR", "IRN", "SAU", "EGY", "POL", "ITA", "ESP", "CAN", "ZAF",
                            "KOR", "PRK", "MEX", "IDN", "NGA", "KEN", "QAT", "ARE", "PAK", "AUS"};

std::string Word(std::mt19937_64& rng, int syllables) {
  std::string w;
  for (int i = 0; i < syllables; ++i) w += kSyllables[rng() % 20];
  w[0] = static_cast<char>(w[0] - 'a' + 'A');
  return w;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Rank in [0, n) with a Zipf-like (power-law) distribution: rank = n * u^3
// gives the k-th most active item a share falling off as k^(-2/3) — a handful
// of leaders and capitals in most events, a long tail seen once or twice.
int64_t PowerLawRank(std::mt19937_64& rng, int64_t n) {
  const double u = std::uniform_real_distribution<double>(0, 1)(rng);
  return std::min<int64_t>(n - 1, static_cast<int64_t>(static_cast<double>(n) * u * u * u));
}

void Generate(store::Store& store, const Options& o) {
  std::mt19937_64 rng(42);
  const auto t0 = Clock::now();
  const int64_t t_base = *ParseTimestamp("2026-01-01");
  std::vector<int64_t> actors, places;  // ids in activity-rank order
  std::vector<std::string> names;
  names.push_back("");
  {
    auto txn = store.BeginWrite();
    for (int64_t i = 0; i < o.entities; ++i) {
      store::EntityRow e;
      const int r = static_cast<int>(rng() % 100);
      e.type = r < 60   ? "person"
               : r < 75 ? "organization"
               : r < 87 ? "location"
               : r < 97 ? "group"
                        : "country";
      e.name = e.type == "person" ? Word(rng, 2) + " " + Word(rng, 3) : Word(rng, 3);
      if (e.type == "organization" || e.type == "group") e.name += " " + Word(rng, 2);
      e.country = kCountries[PowerLawRank(rng, 30)];
      if (e.type == "person" || e.type == "organization") {
        e.sector = rng() % 2 ? "GOV" : (rng() % 2 ? "BUS" : "MED");
        e.actor_code = e.country + e.sector;
      }
      e.first_seen = e.last_seen = t_base;
      const int64_t id = txn->InsertEntity(e);
      // Targets draw entity ids from 1..N (and names[] is indexed by id): a
      // sequence that does not start at 1 (a PostgreSQL schema that held a
      // graph before) would measure the wrong graph.
      if (id != i + 1)
        throw Error(ErrorCode::kInvalidArgument,
                    "entity ids do not start at 1: generate into an empty database", "db");
      txn->UpsertAlias(id, e.name, Lower(e.name), t_base);
      if (e.type == "person") {  // the surname alone, as articles write it
        const std::string surname = e.name.substr(e.name.find(' ') + 1);
        txn->UpsertAlias(id, surname, Lower(surname), t_base);
      }
      (e.type == "location" ? places : actors).push_back(id);
      names.push_back(e.name);
    }
    txn->Commit();
  }
  // Activity is independent of id order: shuffle the rank → id maps.
  std::shuffle(actors.begin(), actors.end(), rng);
  std::shuffle(places.begin(), places.end(), rng);
  int total_weight = 0;
  for (const auto& k : kKinds) total_weight += k.weight;
  const int64_t day0 = *ParseTimestamp("2016-01-01") / 86400000000LL;
  const int64_t days = 365LL * o.years;
  int64_t done = 0;
  while (done < o.events) {
    auto txn = store.BeginWrite();
    for (int i = 0; i < 20000 && done < o.events; ++i, ++done) {
      int pick = static_cast<int>(rng() % total_weight);
      const EventKind* kind = &kKinds[0];
      for (const auto& k : kKinds) {
        if (pick < k.weight) {
          kind = &k;
          break;
        }
        pick -= k.weight;
      }
      // 2 to 4 distinct participants.
      const int n_parts = 2 + (rng() % 10 < 6 ? 0 : rng() % 10 < 7 ? 1 : 2);
      std::vector<int64_t> parts;
      while (static_cast<int>(parts.size()) < n_parts) {
        const int64_t a = actors[PowerLawRank(rng, static_cast<int64_t>(actors.size()))];
        if (std::find(parts.begin(), parts.end(), a) == parts.end()) parts.push_back(a);
      }
      store::EventRow v;
      v.type = kind->type;
      v.cameo = kind->cameo;
      v.plover = kind->plover;
      v.goldstein = kind->goldstein;
      v.quad_class = kind->goldstein >= 0 ? 1 : 3;
      v.confidence = 0.5 + static_cast<double>(rng() % 50) / 100.0;
      if (rng() % 100 < 95) {  // a few undated events
        v.date = FormatTimestamp((day0 + static_cast<int64_t>(rng() % days)) * 86400000000LL)
                     .substr(0, 10);
        v.date_precision = "day";
      }
      v.label = std::string(kind->type) + ": " + names[parts[0]] + ", " + names[parts[1]];
      if (rng() % 100 < 60) {
        v.location_id = places[PowerLawRank(rng, static_cast<int64_t>(places.size()))];
        v.label += " in " + names[v.location_id];
      }
      // Ingest time grows with the event index (as_of has history to cut).
      v.first_seen = v.last_seen = t_base + done * 1000;
      const int64_t id = txn->InsertEvent(v);
      const bool directed = std::string(kind->plover) != "CONSULT";
      for (size_t k = 0; k < parts.size(); ++k) {
        const char* role = !directed ? "participant"
                           : k == 0  ? "source"
                           : k == 1  ? "target"
                                     : "participant";
        txn->UpsertParticipant({id, parts[k], role}, v.first_seen);
      }
    }
    txn->Commit();
    std::fprintf(stderr, "\rgenerating: %lld / %lld events", static_cast<long long>(done),
                 static_cast<long long>(o.events));
  }
  // Entities' event counts, as ingestion keeps them.
  for (int64_t lo = 1; lo <= o.entities; lo += 20000) {
    std::vector<int64_t> ids;
    for (int64_t id = lo; id < lo + 20000 && id <= o.entities; ++id) ids.push_back(id);
    auto txn = store.BeginWrite();
    txn->RefreshCounts(ids, {});
    txn->Commit();
  }
  std::fprintf(stderr, "\rgenerated %lld entities, %lld events in %.1f s\n",
               static_cast<long long>(o.entities), static_cast<long long>(o.events),
               std::chrono::duration<double>(Clock::now() - t0).count());
}

struct Stat {
  double p50 = 0, p99 = 0, mean = 0;
  size_t bytes = 0;  // mean response size
  int errors = 0;
};

http::Response Get(const http::App& app, const std::string& target) {
  http::Request req;
  req.method = "GET";
  req.target = target;
  return app.Handle(req);
}

Stat Measure(const http::App& app, const std::vector<std::string>& targets) {
  for (size_t i = 0; i < std::min<size_t>(targets.size(), 20); ++i) Get(app, targets[i]);  // warm
  std::vector<double> ms;
  Stat s;
  size_t bytes = 0;
  for (const auto& t : targets) {
    const auto a = Clock::now();
    const auto resp = Get(app, t);
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - a).count());
    bytes += resp.body.size();
    if (resp.status != 200) {
      if (s.errors++ == 0) std::fprintf(stderr, "warning: %s -> %d\n", t.c_str(), resp.status);
    }
  }
  std::sort(ms.begin(), ms.end());
  s.p50 = ms[ms.size() / 2];
  s.p99 = ms[std::min(ms.size() - 1, ms.size() * 99 / 100)];
  s.mean = std::accumulate(ms.begin(), ms.end(), 0.0) / static_cast<double>(ms.size());
  s.bytes = bytes / targets.size();
  return s;
}

struct WrkResult {
  double rps = 0, p50_ms = 0, p99_ms = 0;
};

// wrk's latency figures: "50%  1.23ms" → 1.23 (ms), accepting us/ms/s.
double WrkMs(const char* line) {
  double v = 0;
  char unit[8] = {0};
  if (std::sscanf(line, "%*s %lf%7s", &v, unit) != 2) return 0;
  const std::string u = unit;
  return u == "us" ? v / 1000 : u == "s" ? v * 1000 : v;
}

// Runs wrk against `url` (a single path, or `paths` rotated by a Lua script).
WrkResult Wrk(const std::string& base, const std::vector<std::string>& paths, int threads,
              int connections, int seconds, const fs::path& dir, const std::string& header = "") {
  std::string cmd = "wrk --latency -t" + std::to_string(threads) + " -c" +
                    std::to_string(connections) + " -d" + std::to_string(seconds) + "s";
  if (!header.empty()) cmd += " -H '" + header + "'";
  if (paths.size() > 1) {
    const fs::path script = dir / "rotate.lua";
    std::ofstream lua(script);
    lua << "local paths = {\n";
    for (const auto& p : paths) lua << "  \"" << p << "\",\n";
    lua << "}\nlocal i = 0\nrequest = function()\n  i = i % #paths + 1\n"
           "  return wrk.format(\"GET\", paths[i])\nend\n";
    lua.close();
    cmd += " -s " + script.string();
  }
  cmd += " '" + base + paths.front() + "' 2>&1";
  WrkResult r;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return r;
  char line[512];
  while (fgets(line, sizeof line, p)) {
    std::string l = line;
    if (l.find("Requests/sec:") != std::string::npos)
      std::sscanf(line, " Requests/sec: %lf", &r.rps);
    if (l.rfind("     50%", 0) == 0) r.p50_ms = WrkMs(line);
    if (l.rfind("     99%", 0) == 0) r.p99_ms = WrkMs(line);
    if (l.find("Non-2xx") != std::string::npos) std::fprintf(stderr, "wrk: %s", line);
  }
  pclose(p);
  return r;
}

// A loopback port nobody listens on now (for nginx).
int FreePort() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof addr;
  int port = 0;
  if (bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
      getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
    port = ntohs(addr.sin_port);
  close(fd);
  return port;
}

int RunQuiet(const std::string& cmd) { return std::system((cmd + " >/dev/null 2>&1").c_str()); }

}  // namespace

int main(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string k = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "%s needs a value\n", k.c_str());
        std::exit(2);
      }
      return argv[++i];
    };
    if (k == "--entities")
      o.entities = std::stoll(value());
    else if (k == "--events")
      o.events = std::stoll(value());
    else if (k == "--years")
      o.years = std::stoi(value());
    else if (k == "--db")
      o.db = value();
    else if (k == "--read-db")
      o.read_db = value();
    else if (k == "--samples")
      o.samples = std::stoi(value());
    else if (k == "--http-seconds")
      o.http_seconds = std::stoi(value());
    else if (k == "--no-http")
      o.http = false;
    else if (k == "--regenerate")
      o.regenerate = true;
    else {
      std::fprintf(stderr,
                   "usage: bench_query [--entities N] [--events M] [--years Y] [--db PATH|URI] "
                   "[--read-db URI] [--samples K] [--http-seconds S] [--no-http] [--regenerate]\n");
      return 2;
    }
  }
  if (o.db.empty())
    o.db = (fs::temp_directory_path() / ("parley-bench-query-" + std::to_string(o.entities) + "-" +
                                         std::to_string(o.events) + ".db"))
               .string();
  spdlog::set_level(spdlog::level::warn);
  const bool postgres = store::IsPostgresUrl(o.db);
  if (o.regenerate && postgres) {
    std::fprintf(stderr,
                 "--regenerate is not supported with PostgreSQL: give --db an empty database or "
                 "schema\n");
    return 2;
  }
  // A replica only exists for PostgreSQL; with a SQLite graph the option would be ignored and
  // the figures would claim to be a replica's.
  if (!o.read_db.empty() && !postgres) {
    std::fprintf(stderr, "--read-db needs a PostgreSQL --db (postgresql://...)\n");
    return 2;
  }
  if (o.regenerate)
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(o.db + suffix);
  bool fresh = !postgres && !fs::exists(o.db);
  store::StoreOptions options;
  options.read_connections = 8;
  options.read_db = o.read_db;  // reads from a replica, as the server's read_db setting
  std::unique_ptr<store::Store> store;
  try {
    store = postgres ? store::Store::Open(o.db, options) : store::Store::OpenSqlite(o.db, options);
    if (postgres) {
      // A PostgreSQL graph is fresh when it has no events; entities without
      // events are an interrupted generation, which would be measured wrong.
      const auto before = store->BeginRead()->Counts();
      if (before.events == 0 && before.entities > 0)
        throw Error(ErrorCode::kInvalidArgument,
                    "the graph has entities but no events (an interrupted generation?): give "
                    "--db an empty database or schema",
                    "db");
      fresh = before.events == 0;
    }
    if (fresh) Generate(*store, o);
  } catch (const Error& e) {
    std::fprintf(stderr, "bench_query: %s: %s\n", store::DescribeDb(o.db).c_str(), e.what());
    return 1;
  }
  Config config;
  config.web_root = "/nonexistent";
  // Latencies are measured without the response cache (every request runs
  // its queries); the throughput rows use a second, cached App.
  config.cache_mb = 0;
  http::App app(config, *store, nullptr);

  // Targets. Entities are drawn two ways: uniformly (any entity an analyst
  // might open) and by activity (the leaders everyone asks about).
  std::mt19937_64 rng(7);
  auto any = [&] { return 1 + static_cast<int64_t>(rng() % o.entities); };
  std::vector<int64_t> by_activity;  // entity ids, most active first
  {
    const auto page = nlohmann::json::parse(
        Get(app, "/api/v1/entities?limit=" + std::to_string(config.max_limit)).body);
    for (const auto& e : page["items"]) by_activity.push_back(e["id"].get<int64_t>());
  }
  auto hot = [&] {
    return by_activity.empty() ? any() : by_activity[PowerLawRank(rng, by_activity.size())];
  };
  std::map<std::string, std::vector<std::string>> targets;
  const std::vector<std::string> order = {"entity lookup",   "search",      "graph 1-hop",
                                          "graph 1-hop hot", "graph 2-hop", "paths",
                                          "entity events"};
  for (int i = 0; i < o.samples; ++i) {
    targets["entity lookup"].push_back("/api/v1/entities/" + std::to_string(any()));
    targets["search"].push_back(std::string("/api/v1/entities?q=") + kSyllables[rng() % 20] +
                                kSyllables[rng() % 20] + "&limit=20");
    targets["graph 1-hop"].push_back("/api/v1/graph?seed=" + std::to_string(any()) +
                                     "&depth=1&limit=300");
    targets["graph 1-hop hot"].push_back("/api/v1/graph?seed=" + std::to_string(hot()) +
                                         "&depth=1&limit=300");
    targets["entity events"].push_back("/api/v1/entities/" + std::to_string(any()) +
                                       "/events?limit=50");
    if (i < std::max(1, o.samples / 5)) {
      targets["graph 2-hop"].push_back("/api/v1/graph?seed=" + std::to_string(any()) +
                                       "&depth=2&limit=500");
      targets["paths"].push_back("/api/v1/paths?from=" + std::to_string(any()) +
                                 "&to=" + std::to_string(hot()) + "&max_depth=4&k=3");
    }
  }
  const auto counts = store->BeginRead()->Counts();
  std::printf("graph: %lld entities, %lld events, %lld participations (%s)\n",
              static_cast<long long>(counts.entities), static_cast<long long>(counts.events),
              static_cast<long long>(counts.participants), store::DescribeDb(o.db).c_str());
  std::printf("\n%-16s %10s %10s %10s %9s %7s\n", "direct", "p50 ms", "p99 ms", "mean ms", "bytes",
              "n");
  for (const auto& name : order) {
    const Stat s = Measure(app, targets[name]);
    std::printf("%-16s %10.3f %10.3f %10.3f %9zu %7zu%s\n", name.c_str(), s.p50, s.p99, s.mean,
                s.bytes, targets[name].size(),
                s.errors ? (" (" + std::to_string(s.errors) + " errors)").c_str() : "");
  }
  std::fflush(stdout);

  if (!o.http) return 0;
  if (RunQuiet("command -v wrk") != 0 || RunQuiet("command -v nginx") != 0) {
    std::printf("\nHTTP: skipped (apt-get install -y wrk nginx)\n");
    return 0;
  }
  config.port = 0;
  config.threads = 2;
  config.max_pipelined = 1000000;
  config.max_connections = 4096;
  http::Server server(config, app);
  const std::string base = "http://127.0.0.1:" + std::to_string(server.port());
  std::thread serving([&] { server.Run(false); });
  Config cached_config = config;
  cached_config.cache_mb = 64;
  http::App cached_app(cached_config, *store, nullptr);
  http::Server cached_server(cached_config, cached_app);
  const std::string cached_base = "http://127.0.0.1:" + std::to_string(cached_server.port());
  std::thread cached_serving([&] { cached_server.Run(false); });
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  const fs::path dir = fs::temp_directory_path() / "parley-bench-nginx";
  fs::create_directories(dir / "logs");
  const std::string nginx_base = "http://127.0.0.1:" + std::to_string(FreePort());

  std::printf("\n%-16s %10s %10s %10s   (wrk -t1 -c4, %d s each, paths rotated)\n", "over HTTP",
              "p50 ms", "p99 ms", "req/s", o.http_seconds);
  for (const auto& name : order) {
    auto paths = targets[name];
    if (paths.size() > 200) paths.resize(200);
    const WrkResult r = Wrk(base, paths, 1, 4, o.http_seconds, dir);
    std::printf("%-16s %10.3f %10.3f %10.0f\n", name.c_str(), r.p50_ms, r.p99_ms, r.rps);
    std::fflush(stdout);
  }

  // Throughput against nginx serving the same bytes as a static file.
  // A typical entity (drawn uniformly: most have a short history).
  const std::string small = targets["entity lookup"].front();
  const std::string hop = targets["graph 1-hop"].front();
  std::ofstream(dir / "small.json") << Get(app, small).body;
  std::ofstream(dir / "hop.json") << Get(app, hop).body;
  const std::string etag = Get(app, small).Header("ETag");
  std::ofstream(dir / "nginx.conf")
      << "worker_processes 2; daemon on; pid " << (dir / "nginx.pid").string() << ";\n"
      << "error_log " << (dir / "logs/error.log").string() << ";\n"
      << "events { worker_connections 4096; }\n"
      << "http { access_log off; keepalive_requests 1000000;\n"
      << "  client_body_temp_path " << (dir / "tmp").string() << "; proxy_temp_path "
      << (dir / "tmp").string() << "; fastcgi_temp_path " << (dir / "tmp").string()
      << "; uwsgi_temp_path " << (dir / "tmp").string() << "; scgi_temp_path "
      << (dir / "tmp").string() << ";\n"
      << "  server { listen " << nginx_base.substr(7) << "; root " << dir.string()
      << "; location / { default_type application/json; } } }\n";
  fs::create_directories(dir / "tmp");
  const std::string nginx = "nginx -c " + (dir / "nginx.conf").string() + " -p " + dir.string();
  if (RunQuiet(nginx) != 0) {
    std::printf("nginx failed to start; see %s\n", (dir / "logs/error.log").c_str());
  } else {
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    std::printf("\n%-34s %12s %12s %7s   (wrk -t2 -c64, %d s each)\n", "throughput", "parley r/s",
                "nginx r/s", "ratio", o.http_seconds);
    struct Case {
      std::string name, path, file, header;
      bool cached = true;
    };
    const std::vector<Case> cases = {
        {"small entity (" + std::to_string(fs::file_size(dir / "small.json")) + " B)", small,
         "/small.json", ""},
        {"small entity, If-None-Match → 304", small, "/small.json", "If-None-Match: " + etag},
        {"1-hop graph (" + std::to_string(fs::file_size(dir / "hop.json")) + " B)", hop,
         "/hop.json", ""},
        {"small entity, cache off", small, "/small.json", "", false},
    };
    for (const auto& c : cases) {
      const WrkResult p =
          Wrk(c.cached ? cached_base : base, {c.path}, 2, 64, o.http_seconds, dir, c.header);
      // nginx answers the conditional case with its own ETag: send that.
      std::string nginx_header;
      if (!c.header.empty()) {
        FILE* f = popen(
            ("curl -sI " + nginx_base + c.file + " | tr -d '\\r' | sed -n 's/^[Ee][Tt]ag: //p'")
                .c_str(),
            "r");
        char buf[128] = {0};
        if (f && fgets(buf, sizeof buf, f)) nginx_header = "If-None-Match: " + std::string(buf);
        if (f) pclose(f);
        while (!nginx_header.empty() && nginx_header.back() == '\n') nginx_header.pop_back();
      }
      const WrkResult n = Wrk(nginx_base, {c.file}, 2, 64, o.http_seconds, dir, nginx_header);
      std::printf("%-34s %12.0f %12.0f %7.2f\n", c.name.c_str(), p.rps, n.rps,
                  n.rps > 0 ? p.rps / n.rps : 0.0);
      std::fflush(stdout);
    }
    RunQuiet(nginx + " -s stop");
  }
  server.Stop();
  serving.join();
  cached_server.Stop();
  cached_serving.join();
  return 0;
}
