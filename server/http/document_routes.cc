// Document routes: ingest (POST), read with highlight spans (GET), retract
// (DELETE). A batch is validated whole before anything is ingested, so a bad
// line loses nothing and writes nothing.
#include <nlohmann/json.hpp>

#include "base/error.h"
#include "http/app.h"
#include "http/problem.h"
#include "ingest/document_input.h"

namespace parley::http {
namespace {

using nlohmann::json;

// Highlights a document answer carries at most (the first in text order):
// an article has hundreds; a document that repeats one sentence a hundred
// thousand times would otherwise answer with millions.
constexpr size_t kMaxDocumentSpans = 10000;

int64_t ParseId(const std::string& s, const std::string& param) {
  if (s.empty() || s.size() > 18) throw Error(ErrorCode::kNotFound, "no such " + param, param);
  int64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') throw Error(ErrorCode::kNotFound, "no such " + param, param);
    v = v * 10 + (c - '0');
  }
  return v;
}

std::string MediaType(const Request& req) {
  std::string ct = req.Header("content-type");
  ct = ct.substr(0, ct.find(';'));
  while (!ct.empty() && ct.back() == ' ') ct.pop_back();
  for (auto& c : ct) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ct;
}

// The documents of a POST body; `*batch` says whether the answer lists them
// (an x-ndjson body or a JSON array) rather than being the one outcome.
std::vector<ingest::DocumentInput> ParseBody(const Request& req, bool* batch) {
  std::vector<ingest::DocumentInput> docs;
  const std::string type = MediaType(req);
  *batch = type == "application/x-ndjson";
  if (type == "text/plain") {
    ingest::DocumentInput d;
    json meta = json::object();
    for (const auto& [k, v] : req.query) meta[k] = v;
    meta["text"] = req.body;
    std::string err = ingest::DocumentFromJson(meta, &d);
    if (!err.empty()) throw Error(ErrorCode::kUnprocessable, err, "body");
    docs.push_back(std::move(d));
  } else if (type == "application/x-ndjson" || type == "application/jsonl" ||
             type == "application/ndjson") {
    size_t start = 0, line = 0;
    while (start < req.body.size()) {
      size_t nl = req.body.find('\n', start);
      if (nl == std::string::npos) nl = req.body.size();
      std::string_view text(req.body.data() + start, nl - start);
      ++line;
      start = nl + 1;
      if (text.find_first_not_of(" \t\r") == std::string_view::npos) continue;
      ingest::DocumentInput d;
      std::string err = ingest::DocumentFromJsonText(text, &d);
      if (!err.empty())
        throw Error(ErrorCode::kUnprocessable, "line " + std::to_string(line) + ": " + err, "body");
      docs.push_back(std::move(d));
    }
    if (docs.empty()) throw Error(ErrorCode::kUnprocessable, "the batch holds no document", "body");
  } else if (type == "application/json" || type.empty()) {
    // Refused before parsing: a deep DOM is built without recursion, but
    // every copy of it recurses.
    if (ingest::JsonTextDeeperThan(req.body, ingest::kMaxDocumentDepth + 1))
      throw Error(
          ErrorCode::kUnprocessable,
          "the body nests deeper than " + std::to_string(ingest::kMaxDocumentDepth) + " levels",
          "body");
    json j = json::parse(req.body, nullptr, false);
    if (j.is_discarded())
      throw Error(ErrorCode::kInvalidArgument, "body is not valid JSON", "body");
    if (j.is_array()) {
      *batch = true;
      if (j.empty()) throw Error(ErrorCode::kUnprocessable, "the batch holds no document", "body");
      size_t i = 0;
      for (const auto& item : j) {
        ingest::DocumentInput d;
        std::string err = ingest::DocumentFromJson(item, &d);
        if (!err.empty())
          throw Error(ErrorCode::kUnprocessable, "item " + std::to_string(i) + ": " + err, "body");
        docs.push_back(std::move(d));
        ++i;
      }
    } else {
      ingest::DocumentInput d;
      std::string err = ingest::DocumentFromJson(j, &d);
      if (!err.empty()) throw Error(ErrorCode::kUnprocessable, err, "body");
      docs.push_back(std::move(d));
    }
  } else {
    Response r;
    throw Error(ErrorCode::kInvalidArgument,
                "unsupported Content-Type '" + type +
                    "'; use application/json, application/x-ndjson or text/plain",
                "Content-Type");
  }
  return docs;
}

}  // namespace

void RegisterDocumentRoutes(Router& router, const ApiContext& ctx) {
  router.Add("POST", "/api/v1/documents", [&ctx](const Request& req, const PathParams&) {
    if (!ctx.ingester)
      throw Error(ErrorCode::kUnavailable, "extraction is not available on this server");
    bool batch = false;
    auto docs = ParseBody(req, &batch);
    json results = json::array();
    bool any_new = false;
    for (const auto& d : docs) {
      auto outcome = ctx.ingester->Ingest(d);
      any_new |= !outcome.duplicate;
      json o = ingest::Ingester::OutcomeJson(outcome);
      o["external_id"] = d.external_id;
      o["href"] = "/api/v1/documents/" + std::to_string(outcome.document_id);
      results.push_back(std::move(o));
    }
    json body = docs.size() == 1 && !batch ? results[0] : json{{"documents", results}};
    Response r = JsonResponse(any_new ? 201 : 200, body.dump());
    if (docs.size() == 1) r.SetHeader("Location", results[0]["href"].get<std::string>());
    return r;
  });

  router.Add("GET", "/api/v1/documents/{id}", [&ctx](const Request&, const PathParams& p) {
    const int64_t id = ParseId(p.at("id"), "document");
    auto read = ctx.store.BeginRead();
    auto doc = read->GetDocument(id);
    if (!doc) throw Error(ErrorCode::kNotFound, "no document " + p.at("id"), "id");
    json entities = json::array(), events = json::array();
    std::map<int64_t, std::pair<std::string, std::string>> entity_info;
    std::map<int64_t, std::string> event_types;
    bool truncated = false;
    for (const auto& m : read->DocumentMentions(id, kMaxDocumentSpans, &truncated)) {
      if (m.kind == "entity") {
        auto it = entity_info.find(m.entity_id);
        if (it == entity_info.end()) {
          auto e = read->GetEntity(m.entity_id);
          it = entity_info
                   .emplace(m.entity_id, e ? std::make_pair(e->name, e->type)
                                           : std::make_pair(std::string(), std::string()))
                   .first;
        }
        entities.push_back({{"start", m.start},
                            {"end", m.end},
                            {"text", m.text},
                            {"entity_id", m.entity_id},
                            {"name", it->second.first},
                            {"type", it->second.second}});
      } else if (m.kind == "event") {
        auto it = event_types.find(m.event_id);
        if (it == event_types.end()) {
          auto v = read->GetEvent(m.event_id);
          it = event_types.emplace(m.event_id, v ? v->type : std::string()).first;
        }
        events.push_back(
            {{"start", m.start}, {"end", m.end}, {"event_id", m.event_id}, {"type", it->second}});
      }
    }
    auto opt = [](const std::string& s) { return s.empty() ? json(nullptr) : json(s); };
    json j = {{"id", doc->id},
              {"external_id", opt(doc->external_id)},
              {"title", opt(doc->title)},
              {"url", opt(doc->url)},
              {"source", opt(doc->source)},
              {"published_at", opt(doc->published_at)},
              {"ingested_at", doc->ingested_at},
              {"content_hash", doc->content_hash},
              {"extractor_version", doc->extractor_version},
              {"text", doc->text},
              {"entities", entities},
              {"events", events},
              {"truncated", truncated}};
    return JsonResponse(200, j.dump(-1, ' ', false, json::error_handler_t::replace));
  });

  router.Add("DELETE", "/api/v1/documents/{id}", [&ctx](const Request&, const PathParams& p) {
    const int64_t id = ParseId(p.at("id"), "document");
    if (!ctx.ingester) throw Error(ErrorCode::kUnavailable, "ingestion is not available");
    if (!ctx.ingester->Retract(id))
      throw Error(ErrorCode::kNotFound, "no document " + p.at("id"), "id");
    Response r;
    r.status = 204;
    r.content_type.clear();
    return r;
  });
}

}  // namespace parley::http
