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
#include <cctype>
#include <chrono>
#include <memory>
#include <nlohmann/json.hpp>

#include "base/error.h"
#include "export/change_feed.h"
#include "export/event_rows.h"
#include "export/exporter.h"
#include "http/app.h"
#include "http/content_coding.h"
#include "http/gzip_stream.h"
#include "http/problem.h"
#include "query/params.h"

namespace parley::http {
namespace {

using query::Params;
using query::PathId;

using nlohmann::json;

constexpr int kStreamSecondsMax = 25;
constexpr int kPollIntervalMs = 500;
constexpr int kStreamBatch = 500;

std::shared_ptr<store::ScanTxn> Scan(const ApiContext& ctx) {
  return std::shared_ptr<store::ScanTxn>(ctx.store.BeginScan());
}

// A slot for one more streamed answer, or throws the 503 that says to retry:
// streams are capped so they can never take every connection or thread.
std::shared_ptr<void> StreamSlot(const ApiContext& ctx) {
  auto slot = ctx.streams.TryAcquire();
  if (!slot)
    throw Error(ErrorCode::kUnavailable, "too many streamed answers at once (max_streams=" +
                                             std::to_string(ctx.config.max_streams) + ")");
  return slot;
}

// Where this server is reached, for absolute IRIs: the configured base_url,
// else http:// and the request's Host (when it looks like a host[:port]).
std::string BaseUrl(const ApiContext& ctx, const Request& req) {
  std::string base = ctx.config.base_url;
  if (base.empty()) {
    const std::string host = req.Header("host");
    const bool sane =
        !host.empty() && host.size() < 256 && std::all_of(host.begin(), host.end(), [](char c) {
          return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == ':' ||
                 c == '[' || c == ']';
        });
    base = "http://" + (sane ? host : std::string("localhost"));
  }
  while (!base.empty() && base.back() == '/') base.pop_back();
  return base;
}

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
    Params p(req, {"type", "plover", "cameo", "from", "to", "participant", "country", "dyad",
                   "directed", "as_of", "text"});
    store::EventFilter filter;
    ReadEventFilter(p, &filter);
    exports::ExportOptions options;
    options.document_text = p.OneOf("text", {"true", "false"}, "true") == "true";
    options.base_url = BaseUrl(ctx, req);
    auto slot = StreamSlot(ctx);
    std::shared_ptr<exports::Exporter> exporter =
        exports::NewExporter(info->format, Scan(ctx), filter, options);
    Response r;
    r.content_type = info->content_type;
    r.SetHeader("Content-Disposition",
                std::string("attachment; filename=\"") + info->file_name + "\"");
    r.SetHeader("Cache-Control", "no-store");
    r.SetHeader("Vary", "Accept-Encoding");
    if (!PrefersGzip(req.Header("accept-encoding"))) {
      r.stream = [exporter, slot](std::string* chunk) { return exporter->Next(chunk); };
      return r;
    }
    // gzip as it streams: NDJSON shrinks about five times.
    r.SetHeader("Content-Encoding", "gzip");
    auto gz = std::make_shared<GzipStream>();
    r.stream = [exporter, slot, gz](std::string* chunk) {
      std::string plain;
      bool more = true;
      while (more && plain.size() < 64 * 1024) more = exporter->Next(&plain);
      gz->Add(plain, !more, chunk);
      return more;
    };
    return r;
  });

  router.Add("GET", "/api/v1/export/jsonld/{id}", [&ctx](const Request& req, const PathParams& pp) {
    Params p(req, {"as_of"});
    store::EventFilter f;
    f.event_id = PathId(pp.at("id"), "event");
    f.as_of = p.AsOf();
    auto scan = Scan(ctx);
    auto cursor = scan->EventDetails(f);
    store::EventDetail detail;
    if (!cursor->Next(&detail)) throw Error(ErrorCode::kNotFound, "no event " + pp.at("id"), "id");
    cursor.reset();
    Response r = JsonResponse(200, exports::EventJsonLd(detail, BaseUrl(ctx, req))
                                       .dump(-1, ' ', false, json::error_handler_t::replace));
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
    Response r = JsonResponse(200, json{{"items", items},
                                        {"next", std::to_string(next)},
                                        {"more", more},
                                        {"last_seq", last_seq}}
                                       .dump());
    if (more)
      r.SetHeader("Link", "</api/v1/changes?since=" + std::to_string(next) +
                              "&limit=" + std::to_string(limit) + ">; rel=\"next\"");
    return r;
  });

  router.Add("GET", "/api/v1/changes/stream", [&ctx](const Request& req, const PathParams&) {
    Params p(req, {"since", "timeout"});
    const std::string last_event_id = req.Header("last-event-id");
    int64_t cursor = exports::ParseChangeCursor(p.Text("since", 20), "since");
    if (!last_event_id.empty())
      cursor = exports::ParseChangeCursor(last_event_id.substr(0, 20), "Last-Event-ID");
    const int seconds = p.Int("timeout", kStreamSecondsMax, 1, kStreamSecondsMax);
    struct State {
      std::shared_ptr<void> slot;
      store::Store* store = nullptr;
      int64_t cursor = 0;
      std::chrono::steady_clock::time_point deadline;
      bool started = false;
    };
    auto st = std::make_shared<State>();
    st->slot = StreamSlot(ctx);
    st->store = &ctx.store;
    st->cursor = cursor;
    st->deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    Response r;
    r.content_type = "text/event-stream; charset=utf-8";
    r.SetHeader("Cache-Control", "no-store");
    r.SetHeader("X-Accel-Buffering", "no");
    // Each call sends what is new at once; with nothing new it asks the
    // server to call again after the poll interval (a timer, no thread
    // held). The stream ends after `timeout` seconds; EventSource reconnects
    // with Last-Event-ID after the `retry` delay.
    r.stream_idle_ms = kPollIntervalMs;
    r.stream = [st](std::string* chunk) {
      if (!st->started) {
        st->started = true;
        *chunk += "retry: 1000\n: parley change feed; reconnect with Last-Event-ID\n\n";
        return true;
      }
      std::vector<store::ChangeRow> rows;
      {
        auto scan = st->store->BeginScan();
        rows = scan->Changes(st->cursor, kStreamBatch);
      }
      if (!rows.empty()) {
        for (const auto& c : rows) *chunk += exports::SseMessage(c);
        st->cursor = rows.back().seq;
        return true;
      }
      return std::chrono::steady_clock::now() + std::chrono::milliseconds(kPollIntervalMs) <
             st->deadline;
    };
    return r;
  });
}

}  // namespace parley::http
