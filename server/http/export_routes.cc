// Export and change-feed routes (issue 7):
//   GET /api/v1/export/{format}      streamed export (nodes.csv, edges.csv, ndjson, graphml,
//                                    gexf, cytoscape.json, events.tsv, jsonld) with the
//                                    /events filters
//   GET /api/v1/export/jsonld/{id}   schema.org Event of one event
//   GET /api/v1/changes              the change feed, paged by a monotonic cursor
//   GET /api/v1/changes/stream       the same as Server-Sent Events
// Streamed answers open their ScanTxn here and hand it to the generator, so
// the snapshot lives exactly as long as the stream.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <memory>
#include <nlohmann/json.hpp>
#include <thread>

#include "base/error.h"
#include "export/change_feed.h"
#include "export/event_rows.h"
#include "export/exporter.h"
#include "http/app.h"
#include "http/graph_params.h"
#include "http/problem.h"

namespace parley::http {
namespace {

using nlohmann::json;

// A change stream blocks a server thread between polls, so at most this
// share of the threads may serve streams at once; the rest answer 503.
std::atomic<int> g_live_streams{0};

int MaxLiveStreams(const Config& cfg) {
  const int threads =
      cfg.threads > 0 ? cfg.threads : static_cast<int>(std::thread::hardware_concurrency());
  return std::max(1, threads / 2);
}

constexpr int kStreamSecondsMax = 25;
constexpr auto kPollInterval = std::chrono::milliseconds(500);
constexpr int kStreamBatch = 500;

std::shared_ptr<store::ScanTxn> Scan(const ApiContext& ctx) {
  return std::shared_ptr<store::ScanTxn>(ctx.store.BeginScan());
}

// Holds one of the live-stream slots until destroyed.
struct StreamSlot {
  StreamSlot() = default;
  StreamSlot(const StreamSlot&) = delete;
  StreamSlot& operator=(const StreamSlot&) = delete;
  ~StreamSlot() { --g_live_streams; }
};

}  // namespace

void RegisterExportRoutes(Router& router, const ApiContext& ctx) {
  const Config& cfg = ctx.config;

  router.Add("GET", "/api/v1/export/{format}", [&ctx](const Request& req, const PathParams& pp) {
    const auto info = exports::FindFormat(pp.at("format"));
    if (!info)
      throw Error(ErrorCode::kNotFound,
                  "no export format '" + pp.at("format").substr(0, 40) + "'; use one of " +
                      exports::FormatNames(),
                  "format");
    Params p(req,
             {"type", "plover", "cameo", "from", "to", "participant", "country", "as_of", "text"});
    store::ScanFilter filter;
    ReadEventFilter(p, &filter);
    exports::ExportOptions options;
    options.document_text = p.OneOf("text", {"true", "false"}, "true") == "true";
    std::shared_ptr<exports::Exporter> exporter =
        exports::NewExporter(info->format, Scan(ctx), filter, options);
    Response r;
    r.content_type = info->content_type;
    r.SetHeader("Content-Disposition",
                std::string("attachment; filename=\"") + info->file_name + "\"");
    r.SetHeader("Cache-Control", "no-store");
    r.stream = [exporter](std::string* chunk) { return exporter->Next(chunk); };
    return r;
  });

  router.Add("GET", "/api/v1/export/jsonld/{id}", [&ctx](const Request& req, const PathParams& pp) {
    Params p(req, {"as_of"});
    store::ScanFilter f;
    f.event_id = PathId(pp.at("id"), "event");
    f.as_of = p.AsOf();
    auto scan = Scan(ctx);
    auto cursor = scan->EventDetails(f);
    store::EventDetail detail;
    if (!cursor->Next(&detail)) throw Error(ErrorCode::kNotFound, "no event " + pp.at("id"), "id");
    cursor.reset();
    Response r = JsonResponse(
        200, exports::EventJsonLd(detail, "").dump(-1, ' ', false, json::error_handler_t::replace));
    r.content_type = "application/ld+json";
    return r;
  });

  router.Add("GET", "/api/v1/changes", [&ctx, &cfg](const Request& req, const PathParams&) {
    Params p(req, {"since", "limit"});
    const int64_t since = exports::ParseChangeCursor(p.Text("since", 20), "since");
    const int limit = p.Limit(100, cfg.max_limit);
    auto scan = Scan(ctx);
    auto rows = scan->Changes(since, limit + 1);
    const int64_t last_seq = scan->LastChangeSeq();
    scan.reset();
    const bool more = static_cast<int>(rows.size()) > limit;
    if (more) rows.pop_back();
    json items = json::array();
    for (const auto& c : rows) items.push_back(exports::ChangeJson(c));
    const int64_t next = rows.empty() ? since : rows.back().seq;
    return JsonResponse(200, json{{"items", items},
                                  {"next", std::to_string(next)},
                                  {"more", more},
                                  {"last_seq", last_seq}}
                                 .dump());
  });

  router.Add("GET", "/api/v1/changes/stream", [&ctx, &cfg](const Request& req, const PathParams&) {
    Params p(req, {"since", "timeout"});
    const std::string last_event_id = req.Header("last-event-id");
    int64_t cursor = exports::ParseChangeCursor(p.Text("since", 20), "since");
    if (!last_event_id.empty())
      cursor = exports::ParseChangeCursor(last_event_id.substr(0, 20), "Last-Event-ID");
    const int seconds = p.Int("timeout", kStreamSecondsMax, 1, kStreamSecondsMax);
    if (++g_live_streams > MaxLiveStreams(cfg)) {
      --g_live_streams;
      Response busy =
          Problem(503, "too many open change streams; retry, or poll /api/v1/changes", req.path);
      busy.SetHeader("Retry-After", "2");
      return busy;
    }
    struct State {
      StreamSlot slot;
      store::Store* store = nullptr;
      int64_t cursor = 0;
      std::chrono::steady_clock::time_point deadline;
      bool started = false, done = false;
    };
    auto st = std::make_shared<State>();
    st->store = &ctx.store;
    st->cursor = cursor;
    st->deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    Response r;
    r.content_type = "text/event-stream; charset=utf-8";
    r.SetHeader("Cache-Control", "no-store");
    r.SetHeader("X-Accel-Buffering", "no");
    // The server sends what a generator call produced only when the call
    // returns false or 64 KiB accumulate, so the stream ends after each
    // caught-up batch (EventSource reconnects with Last-Event-ID after the
    // `retry` delay) or after `timeout` seconds without news.
    r.stream = [st](std::string* chunk) {
      if (st->done) return false;
      if (!st->started) {
        st->started = true;
        *chunk += "retry: 1000\n: parley change feed; reconnect with Last-Event-ID\n\n";
        return true;
      }
      for (;;) {
        std::vector<store::ChangeRow> rows;
        {
          auto scan = st->store->BeginScan();
          rows = scan->Changes(st->cursor, kStreamBatch);
        }
        if (!rows.empty()) {
          for (const auto& c : rows) *chunk += exports::SseMessage(c);
          st->cursor = rows.back().seq;
          if (static_cast<int>(rows.size()) < kStreamBatch) st->done = true;
          return true;
        }
        if (std::chrono::steady_clock::now() + kPollInterval >= st->deadline) {
          st->done = true;
          return false;
        }
        std::this_thread::sleep_for(kPollInterval);
      }
    };
    return r;
  });
}

}  // namespace parley::http
