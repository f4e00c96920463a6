// The OpenAPI document, written by hand: routes, parameters, response
// schemas by reference, and an example per read route.
#include "http/openapi.h"

#include <string>
#include <vector>

#include "base/vocabulary.h"

namespace parley::http {
namespace {

const char* kDocument = R"JSON({
  "openapi": "3.1.0",
  "info": {"title": "Parley", "version": "0.1.0",
           "description": "A knowledge graph of diplomatic events extracted from news articles. Errors are application/problem+json (RFC 9457) with the offending parameter in `param`. Writes need `Authorization: Bearer TOKEN`. Every read takes `as_of` (an ISO 8601 date or timestamp of ingestion): the graph as it was known then."},
  "servers": [{"url": "/"}],
  "components": {
    "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
    "parameters": {
      "as_of": {"name": "as_of", "in": "query", "schema": {"type": "string"}, "description": "ISO 8601 date or timestamp: only facts ingested by then"},
      "limit": {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 1000}},
      "cursor": {"name": "cursor", "in": "query", "schema": {"type": "string"}, "description": "opaque; from a previous page's `next`"},
      "from": {"name": "from", "in": "query", "schema": {"type": "string", "format": "date"}},
      "to": {"name": "to", "in": "query", "schema": {"type": "string", "format": "date"}},
      "id": {"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}
    },
    "schemas": {
      "Problem": {"type": "object", "required": ["type", "title", "status", "detail"],
                  "properties": {"type": {"type": "string"}, "title": {"type": "string"}, "status": {"type": "integer"},
                                 "detail": {"type": "string"}, "instance": {"type": "string"}, "param": {"type": "string"}}},
      "EntitySummary": {"type": "object", "properties": {"id": {"type": "integer"}, "name": {"type": "string"},
                        "type": {"enum": ["person", "organization", "country", "location", "group"]},
                        "country": {"type": ["string", "null"]}, "sector": {"type": ["string", "null"]},
                        "actor_code": {"type": ["string", "null"]}, "event_count": {"type": "integer"}, "mention_count": {"type": "integer"}}},
      "EventSummary": {"type": "object", "properties": {"id": {"type": "integer"}, "type": {"type": "string"}, "label": {"type": "string"},
                       "cameo": {"type": ["string", "null"]}, "plover": {"type": ["string", "null"]}, "plover_mode": {"type": ["string", "null"]},
                       "date": {"type": ["string", "null"]}, "date_precision": {"type": ["string", "null"]},
                       "location": {"type": ["object", "null"]}, "participants": {"type": "array"},
                       "confidence": {"type": "number"}, "goldstein": {"type": ["number", "null"]},
                       "quad_class": {"type": ["integer", "null"]}, "cameo_base": {"type": ["string", "null"]}, "cameo_root": {"type": ["string", "null"]},
                       "source_actor_code": {"type": ["string", "null"]}, "target_actor_code": {"type": ["string", "null"]},
                       "topic": {"type": ["string", "null"]}, "quote": {"type": ["string", "null"]},
                       "first_seen": {"type": ["string", "null"]}, "last_seen": {"type": ["string", "null"]},
                       "mentions": {"type": "integer"}, "documents": {"type": "integer"}, "sources": {"type": "integer"}}},
      "Page": {"type": "object", "properties": {"items": {"type": "array"}, "next": {"type": ["string", "null"]}, "truncated": {"type": "boolean"}}},
      "Elements": {"type": "object", "description": "Cytoscape.js elements; NetworkX cytoscape_graph reads the whole response",
                   "properties": {"nodes": {"type": "array"}, "edges": {"type": "array"}}}
    },
    "responses": {
      "Problem": {"description": "problem details", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}
    }
  },
  "paths": {
    "/api/v1/health": {"get": {"summary": "Status, schema version and counts; 503 when reads fail or when writes fail (disk full, read-only: status degraded)",
      "responses": {"200": {"description": "ok", "content": {"application/json": {"example":
        {"status": "ok", "database": "ok", "writes": "ok", "backend": "sqlite", "schema_version": 3, "newest_schema_version": 3,
         "extractor_version": "x", "counts": {"documents": 1, "entities": 17, "events": 11, "mentions": 73}}}}},
        "503": {"description": "degraded (writes fail) or unavailable (reads fail)", "content": {"application/json": {"example":
        {"status": "degraded", "database": "ok", "writes": "the disk holding the database is full", "backend": "sqlite", "schema_version": 3, "newest_schema_version": 3,
         "extractor_version": "x", "counts": {"documents": 1, "entities": 17, "events": 11, "mentions": 73}}}}}}}},
    "/api/v1/openapi.json": {"get": {"summary": "This document", "responses": {"200": {"description": "OpenAPI 3.1"}}}},
    "/api/v1/documents": {"post": {"summary": "Ingest a JSON document, an NDJSON batch (application/x-ndjson) or text/plain with metadata in query parameters",
      "security": [{"bearer": []}],
      "requestBody": {"required": true, "content": {
        "application/json": {"schema": {"type": "object", "required": ["text"], "properties": {"text": {"type": "string"}, "id": {"type": "string"}, "title": {"type": "string"}, "url": {"type": "string"}, "source": {"type": "string"}, "published_at": {"type": "string"}}}},
        "application/x-ndjson": {"schema": {"type": "string"}},
        "text/plain": {"schema": {"type": "string"}}}},
      "responses": {"201": {"description": "ingested: ids and what was extracted"}, "200": {"description": "duplicate content: nothing added"},
                    "400": {"$ref": "#/components/responses/Problem"}, "401": {"$ref": "#/components/responses/Problem"},
                    "413": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}},
    "/api/v1/documents/{id}": {
      "get": {"summary": "A document's text with entity and event spans (Unicode code point offsets)",
              "parameters": [{"$ref": "#/components/parameters/id"}],
              "responses": {"200": {"description": "the document", "content": {"application/json": {"example":
                {"id": 1, "external_id": "seed", "title": null, "url": null, "source": "seed article", "published_at": "2025-12-14",
                 "ingested_at": 1, "content_hash": "x", "extractor_version": "x", "text": "…", "entities": [], "events": [], "truncated": false}}}},
                "404": {"$ref": "#/components/responses/Problem"}}},
      "delete": {"summary": "Retract: remove every fact only this document supported", "security": [{"bearer": []}],
                 "parameters": [{"$ref": "#/components/parameters/id"}],
                 "responses": {"204": {"description": "retracted"}, "401": {"$ref": "#/components/responses/Problem"}, "404": {"$ref": "#/components/responses/Problem"}}}},
    "/api/v1/entities": {"get": {"summary": "Ranked prefix search over names and aliases",
      "parameters": [{"name": "q", "in": "query", "schema": {"type": "string"}}, {"name": "type", "in": "query", "schema": {"type": "string"}},
                     {"name": "country", "in": "query", "schema": {"type": "string"}}, {"$ref": "#/components/parameters/limit"},
                     {"$ref": "#/components/parameters/cursor"}, {"$ref": "#/components/parameters/as_of"}],
      "responses": {"200": {"description": "a page of entities", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"},
        "example": {"items": [{"id": 7, "name": "Sergey Lavrov", "type": "person", "country": "RUS", "sector": "GOV", "actor_code": "RUSGOV", "event_count": 5, "mention_count": 3}], "next": null, "truncated": false}}}},
        "400": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}},
    "/api/v1/entities/{id}": {"get": {"summary": "An entity: aliases, roles with time bounds, counts, top co-participants",
      "parameters": [{"$ref": "#/components/parameters/id"}, {"$ref": "#/components/parameters/as_of"}],
      "responses": {"200": {"description": "the entity", "content": {"application/json": {"example":
        {"id": 7, "name": "Sergey Lavrov", "type": "person", "country": "RUS", "sector": "GOV", "actor_code": "RUSGOV", "event_count": 5, "mention_count": 3,
         "aliases": ["Lavrov"], "roles": [{"title": "foreign minister", "of": "RUS", "valid_from": "2004-03-09", "valid_to": null}],
         "counts": {"events": 5, "mentions": 3, "documents": 1}, "top_coparticipants": [], "first_seen": "2025-12-14T00:00:00.000000Z", "last_seen": "2025-12-14T00:00:00.000000Z"}}}},
        "404": {"$ref": "#/components/responses/Problem"}}}},
    "/api/v1/entities/{id}/events": {"get": {"summary": "The entity's events, newest first",
      "parameters": [{"$ref": "#/components/parameters/id"}, {"name": "type", "in": "query", "schema": {"type": "string"}},
                     {"name": "role", "in": "query", "schema": {"type": "string"}}, {"$ref": "#/components/parameters/from"},
                     {"$ref": "#/components/parameters/to"}, {"$ref": "#/components/parameters/limit"}, {"$ref": "#/components/parameters/cursor"},
                     {"$ref": "#/components/parameters/as_of"}],
      "responses": {"200": {"description": "a page of events", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"},
        "example": {"items": [], "next": null, "truncated": false}}}}, "404": {"$ref": "#/components/responses/Problem"}}}},
    "/api/v1/events": {"get": {"summary": "Events, newest first, filtered",
      "parameters": [{"name": "type", "in": "query", "schema": {"type": "string"}, "description": "comma-separated event types"},
                     {"name": "plover", "in": "query", "schema": {"type": "string"}}, {"name": "cameo", "in": "query", "schema": {"type": "string"}, "description": "CAMEO code prefix"},
                     {"$ref": "#/components/parameters/from"}, {"$ref": "#/components/parameters/to"},
                     {"name": "participant", "in": "query", "schema": {"type": "integer"}}, {"name": "location", "in": "query", "schema": {"type": "integer"}},
                     {"name": "country", "in": "query", "schema": {"type": "string"}}, {"name": "q", "in": "query", "schema": {"type": "string"}},
                     {"$ref": "#/components/parameters/limit"}, {"$ref": "#/components/parameters/cursor"}, {"$ref": "#/components/parameters/as_of"}],
      "responses": {"200": {"description": "a page of events", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"},
        "example": {"items": [{"id": 1, "type": "meeting", "label": "meeting: Volodymyr Zelenskyy, Steve Witkoff in Berlin", "cameo": "040", "plover": "CONSULT",
                     "plover_mode": null, "date": "2025-12-14", "date_precision": "day", "location": {"id": 3, "name": "Berlin"},
                     "participants": [{"id": 2, "name": "Volodymyr Zelenskyy", "type": "person", "role": "participant"}],
                     "confidence": 0.8, "goldstein": 1.0, "mentions": 1, "documents": 1, "sources": 1}], "next": null, "truncated": false}}}},
        "400": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}},
    "/api/v1/events/{id}": {"get": {"summary": "An event with participants, codes, Goldstein score and evidence sentences",
      "parameters": [{"$ref": "#/components/parameters/id"}, {"$ref": "#/components/parameters/as_of"}],
      "responses": {"200": {"description": "the event", "content": {"application/json": {"example":
        {"id": 11, "type": "summit", "label": "summit: Vladimir Putin, Donald Trump in Anchorage", "cameo": "044", "cameo_base": "044", "cameo_root": "04",
         "plover": "CONSULT", "plover_mode": null,
         "date": "2025-08-15", "date_precision": "day", "location": {"id": 16, "name": "Anchorage", "country": "USA"}, "participants": [], "confidence": 0.8, "goldstein": 2.5,
         "mentions": 2, "documents": 1, "sources": 1, "quote": null, "topic": null, "source_actor_code": null, "target_actor_code": null, "quad_class": 1,
         "first_seen": "2025-12-14T10:00:00.000000Z", "last_seen": "2025-12-14T10:00:00.000000Z",
         "evidence": [{"document": {"id": 1, "title": null, "source": "seed article", "url": null, "published_at": "2025-12-14"}, "start": 0, "end": 10, "text": "…"}], "evidence_truncated": false}}}},
        "404": {"$ref": "#/components/responses/Problem"}}}},
    "/api/v1/graph": {"get": {"summary": "The neighbourhood of seed entities as Cytoscape.js elements (entities and events are nodes; participations are edges)",
      "parameters": [{"name": "seed", "in": "query", "required": true, "schema": {"type": "string"}, "description": "entity ids, comma-separated"},
                     {"name": "depth", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 3}},
                     {"name": "types", "in": "query", "schema": {"type": "string"}}, {"$ref": "#/components/parameters/from"},
                     {"$ref": "#/components/parameters/to"}, {"$ref": "#/components/parameters/limit"}, {"$ref": "#/components/parameters/as_of"}],
      "responses": {"200": {"description": "elements", "content": {"application/json": {"example":
        {"data": {}, "directed": false, "multigraph": false, "elements": {"nodes": [], "edges": []}, "truncated": false, "hidden": {}}}}},
        "400": {"$ref": "#/components/responses/Problem"}, "404": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}},
    "/api/v1/paths": {"get": {"summary": "The k shortest connections between two entities through shared events",
      "parameters": [{"name": "from", "in": "query", "required": true, "schema": {"type": "integer"}},
                     {"name": "to", "in": "query", "required": true, "schema": {"type": "integer"}},
                     {"name": "max_depth", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 6}},
                     {"name": "k", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 20}}, {"$ref": "#/components/parameters/as_of"}],
      "responses": {"200": {"description": "paths", "content": {"application/json": {"example":
        {"paths": [{"length": 2, "nodes": ["e2", "v1", "e6", "v10", "e14"]}], "elements": {"nodes": [], "edges": []}, "truncated": false}}}},
        "400": {"$ref": "#/components/responses/Problem"}, "404": {"$ref": "#/components/responses/Problem"}}}},
    "/api/v1/timeline": {"get": {"summary": "Event counts by type over time",
      "parameters": [{"name": "entity", "in": "query", "schema": {"type": "integer"}}, {"$ref": "#/components/parameters/from"},
                     {"$ref": "#/components/parameters/to"}, {"name": "bucket", "in": "query", "schema": {"enum": ["day", "week", "month"]}},
                     {"$ref": "#/components/parameters/as_of"}],
      "responses": {"200": {"description": "series", "content": {"application/json": {"example":
        {"bucket": "month", "series": [{"period": "2025-12", "counts": {"meeting": 2}}]}}}}, "422": {"$ref": "#/components/responses/Problem"}}}},
    "/api/v1/search": {"get": {"summary": "Entities, events and documents together, with snippets",
      "parameters": [{"name": "q", "in": "query", "required": true, "schema": {"type": "string"}}, {"$ref": "#/components/parameters/limit"},
                     {"$ref": "#/components/parameters/as_of"}],
      "responses": {"200": {"description": "results", "content": {"application/json": {"example":
        {"entities": [], "events": [], "documents": [{"id": 1, "title": null, "published_at": "2025-12-14", "snippet": "… <mark>Lavrov</mark> …"}]}}}},
        "400": {"$ref": "#/components/responses/Problem"}}}},
    "/api/v1/export/{format}": {"get": {"summary": "Stream the graph for analytics: nodes.csv, edges.csv, ndjson, graphml, gexf (1.3, dynamic), cytoscape.json, events.tsv (GDELT/ICEWS-style dyadic table), jsonld",
      "parameters": [{"name": "format", "in": "path", "required": true, "schema": {"enum": ["nodes.csv", "edges.csv", "ndjson", "graphml", "gexf", "cytoscape.json", "events.tsv", "jsonld"]}},
                     {"name": "type", "in": "query", "schema": {"type": "string"}}, {"name": "plover", "in": "query", "schema": {"type": "string"}},
                     {"name": "cameo", "in": "query", "schema": {"type": "string"}}, {"$ref": "#/components/parameters/from"}, {"$ref": "#/components/parameters/to"},
                     {"name": "participant", "in": "query", "schema": {"type": "integer"}}, {"name": "country", "in": "query", "schema": {"type": "string"}},
                     {"name": "text", "in": "query", "schema": {"type": "boolean"}}, {"$ref": "#/components/parameters/as_of"}],
      "responses": {"200": {"description": "a chunked stream in the format asked for"}, "400": {"$ref": "#/components/responses/Problem"},
                    "404": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}},
    "/api/v1/export/jsonld/{id}": {"get": {"summary": "One event as schema.org Event (JSON-LD)", "parameters": [{"$ref": "#/components/parameters/id"}],
      "responses": {"200": {"description": "application/ld+json"}, "404": {"$ref": "#/components/responses/Problem"}}}},
    "/api/v1/changes": {"get": {"summary": "The change feed: created, updated and retracted facts in commit order after a cursor",
      "parameters": [{"name": "since", "in": "query", "schema": {"type": "integer"}}, {"$ref": "#/components/parameters/limit"}],
      "responses": {"200": {"description": "changes", "content": {"application/json": {"example":
        {"items": [{"seq": 1, "at": 1, "op": "created", "kind": "document", "id": 1}], "next": "1", "more": false, "last_seq": 1}}}},
        "400": {"$ref": "#/components/responses/Problem"}}}},
    "/api/v1/changes/stream": {"get": {"summary": "The change feed as Server-Sent Events (honours Last-Event-ID; ends when caught up or after a timeout; reconnect)",
      "parameters": [{"name": "since", "in": "query", "schema": {"type": "integer"}}, {"name": "timeout", "in": "query", "schema": {"type": "integer", "maximum": 25}}],
      "responses": {"200": {"description": "text/event-stream"}, "503": {"$ref": "#/components/responses/Problem"}}}},
    "/api/v1/vocabulary": {"get": {"summary": "The domain vocabulary: event types (family, quad class, CAMEO root, PLOVER type), roles and their dyad side, entity types, date precisions",
      "responses": {"200": {"description": "the vocabulary", "content": {"application/json": {"example":
        {"event_types": [{"name": "meeting", "label": "Meeting", "family": "consult", "quad_class": 1, "quad_class_name": "verbal cooperation",
                          "cameo_root": "04", "plover": "CONSULT", "description": "a meeting in person"}],
         "roles": [{"name": "source", "side": "source", "description": "the actor who does something to the target"}],
         "quad_classes": [{"quad_class": 1, "name": "verbal cooperation"}],
         "entity_types": ["person"], "date_precisions": ["day"]}}}}}}},
    "/api/v1/stats": {"get": {"summary": "Totals",
      "responses": {"200": {"description": "totals", "content": {"application/json": {"example":
        {"documents": 1, "entities": 17, "events": 11, "mentions": 73, "by_entity_type": {"person": 5}, "by_event_type": {"meeting": 3},
         "date_range": {"from": "2025-08-15", "to": "2025-12-14"}}}}}}}}
  }
})JSON";

}  // namespace

const nlohmann::json& OpenApiDocument() {
  static const nlohmann::json kDoc = [] {
    nlohmann::json doc = nlohmann::json::parse(kDocument);
    // Enumerations come from the vocabulary, so a new type is documented
    // where it is defined.
    std::vector<std::string> types, entity_types, roles;
    for (const auto& t : vocab::EventTypes()) types.emplace_back(t.name);
    for (auto t : vocab::EntityTypes()) entity_types.emplace_back(t);
    for (const auto& r : vocab::Roles()) roles.emplace_back(r.name);
    auto& schemas = doc["components"]["schemas"];
    schemas["EventSummary"]["properties"]["type"] = {{"enum", types}};
    schemas["EntitySummary"]["properties"]["type"] = {{"enum", entity_types}};
    schemas["EventSummary"]["properties"]["participants"]["items"] = {
        {"type", "object"},
        {"properties", {{"id", {{"type", "integer"}}}, {"role", {{"enum", roles}}}}}};
    return doc;
  }();
  return kDoc;
}

}  // namespace parley::http
