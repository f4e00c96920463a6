// The OpenAPI document, written by hand: routes, parameters, response
// schemas by reference, and an example per read route.
#include "http/openapi.h"

#include <cctype>
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
      "from": {"name": "from", "in": "query", "schema": {"type": "string", "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"}, "description": "YYYY, YYYY-MM or YYYY-MM-DD: events whose date (of any precision) overlaps the range"},
      "to": {"name": "to", "in": "query", "schema": {"type": "string", "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"}, "description": "YYYY, YYYY-MM or YYYY-MM-DD, inclusive"},
      "dyad": {"name": "dyad", "in": "query", "schema": {"type": "string", "pattern": "^e?[0-9]+,e?[0-9]+$"}, "description": "A,B: events in which both entities take part (with directed=true: A is the source and B the target)"},
      "directed": {"name": "directed", "in": "query", "schema": {"type": "boolean"}, "description": "with dyad: A is the source and B the target"},
      "id": {"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}
    },
    "schemas": {
      "Problem": {"type": "object", "required": ["type", "title", "status", "detail"],
                  "properties": {"type": {"type": "string"}, "title": {"type": "string"}, "status": {"type": "integer"},
                                 "detail": {"type": "string"}, "instance": {"type": "string"}, "param": {"type": "string"}}},
      "EntitySummary": {"type": "object", "properties": {"id": {"type": "integer"}, "name": {"type": "string"},
                        "type": {"type": "string", "enum": ["person", "organization", "country", "location", "group"]},
                        "country": {"type": ["string", "null"]}, "sector": {"type": ["string", "null"]},
                        "actor_code": {"type": ["string", "null"]}, "event_count": {"type": "integer"}, "mention_count": {"type": "integer"}}},
      "EventSummary": {"type": "object", "properties": {"id": {"type": "integer"}, "type": {"type": "string"}, "label": {"type": "string"},
                       "cameo": {"type": ["string", "null"]}, "plover": {"type": ["string", "null"]}, "plover_mode": {"type": ["string", "null"]},
                       "date": {"type": ["string", "null"]}, "date_precision": {"type": ["string", "null"]}, "date_source": {"type": ["string", "null"], "enum": ["text", "context", "published", null], "description": "text: the event's clause states the date; context: an earlier sentence of the article does; published: none does and the report's publication date stands in"},
                       "location": {"type": ["object", "null"]}, "participants": {"type": "array", "items": {"type": "object"}},
                       "confidence": {"type": "number"}, "goldstein": {"type": ["number", "null"]},
                       "quad_class": {"type": ["integer", "null"]}, "cameo_base": {"type": ["string", "null"]}, "cameo_root": {"type": ["string", "null"]},
                       "source_actor_code": {"type": ["string", "null"]}, "target_actor_code": {"type": ["string", "null"]},
                       "topic": {"type": ["string", "null"]}, "quote": {"type": ["string", "null"]},
                       "first_seen": {"type": ["string", "null"]}, "last_seen": {"type": ["string", "null"]},
                       "mentions": {"type": "integer"}, "documents": {"type": "integer"}, "sources": {"type": "integer"}}},
      "Aggregate": {"type": "object", "properties": {"group_by": {"type": "array", "items": {"type": "string"}}, "bucket": {"type": "string"},
                    "items": {"type": "array", "items": {"type": "object", "properties": {"events": {"type": "integer"}, "goldstein_mean": {"type": ["number", "null"]}, "goldstein_events": {"type": "integer"}}}},
                    "total_events": {"type": "integer"}, "truncated": {"type": "boolean"}}},
      "SqlAnswer": {"type": "object", "properties": {"columns": {"type": "array", "items": {"type": "string"}},
                    "rows": {"type": "array", "items": {"type": "array", "items": {"type": ["string", "number", "integer", "null"]}}},
                    "truncated": {"type": "boolean"}, "row_count": {"type": "integer"}, "elapsed_ms": {"type": "number"}}},
      "EntityPage": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/EntitySummary"}}, "next": {"type": ["string", "null"], "description": "the next page's path, or null on the last page (also a Link rel=next header)"}, "more": {"type": "boolean", "description": "another page follows"}, "truncated": {"type": "boolean", "description": "the same as more (kept for old clients)"}}},
      "EventPage": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/EventSummary"}}, "next": {"type": ["string", "null"], "description": "the next page's path, or null on the last page (also a Link rel=next header)"}, "more": {"type": "boolean", "description": "another page follows"}, "truncated": {"type": "boolean", "description": "the same as more (kept for old clients)"}}},
      "Element": {"type": "object", "properties": {"data": {"type": "object", "properties": {"id": {"type": "string"}, "source": {"type": "string"}, "target": {"type": "string"}}}}},
      "Elements": {"type": "object", "description": "Cytoscape.js elements; NetworkX cytoscape_graph reads the whole response",
                   "properties": {"nodes": {"type": "array", "items": {"$ref": "#/components/schemas/Element"}}, "edges": {"type": "array", "items": {"$ref": "#/components/schemas/Element"}}}}
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
        "503": {"description": "degraded (writes fail: status degraded, writes says why) or unavailable (reads fail: a problem document)", "content": {
          "application/json": {"schema": {"type": "object"}, "example":
            {"status": "degraded", "database": "ok", "writes": "the disk holding the database is full", "backend": "sqlite", "schema_version": 3, "newest_schema_version": 3,
             "extractor_version": "x", "counts": {"documents": 1, "entities": 17, "events": 11, "mentions": 73}}},
          "application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}},
    "/api/v1/openapi.json": {"get": {"summary": "This document", "responses": {"200": {"description": "OpenAPI 3.1", "content": {"application/json": {"schema": {"type": "object"}}}}}}},
    "/api/v1/documents": {"post": {"summary": "Ingest a JSON document, an NDJSON batch (application/x-ndjson) or text/plain with metadata in query parameters",
      "security": [{"bearer": []}],
      "requestBody": {"required": true, "content": {
        "application/json": {"schema": {"type": "object", "required": ["text"], "properties": {"text": {"type": "string"}, "id": {"type": "string"}, "title": {"type": "string"}, "url": {"type": "string"}, "source": {"type": "string"}, "published_at": {"type": "string", "description": "YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 timestamp; events no sentence dates take it at its precision"}, "country": {"type": "string", "description": "ISO 3166 alpha-3 code of the country whose voice the text is (also read as country_iso3): its we and our are that country, and an I no named speaker claims is its government"}}}},
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
      "responses": {"200": {"description": "a page of entities", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/EntityPage"},
        "example": {"items": [{"id": 7, "name": "Sergey Lavrov", "type": "person", "country": "RUS", "sector": "GOV", "actor_code": "RUSGOV", "event_count": 5, "mention_count": 3}], "next": null, "more": false, "truncated": false}}}},
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
      "responses": {"200": {"description": "a page of events", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/EventPage"},
        "example": {"items": [], "next": null, "more": false, "truncated": false}}}}, "404": {"$ref": "#/components/responses/Problem"}}}},
    "/api/v1/events": {"get": {"summary": "Events, newest first, filtered",
      "parameters": [{"name": "type", "in": "query", "schema": {"type": "string"}, "description": "comma-separated event types"},
                     {"name": "plover", "in": "query", "schema": {"type": "string"}}, {"name": "cameo", "in": "query", "schema": {"type": "string"}, "description": "CAMEO code prefix"},
                     {"$ref": "#/components/parameters/from"}, {"$ref": "#/components/parameters/to"},
                     {"name": "participant", "in": "query", "schema": {"type": "integer"}}, {"name": "location", "in": "query", "schema": {"type": "integer"}},
                     {"name": "country", "in": "query", "schema": {"type": "string"}}, {"name": "q", "in": "query", "schema": {"type": "string"}},
                     {"$ref": "#/components/parameters/dyad"}, {"$ref": "#/components/parameters/directed"},
                     {"$ref": "#/components/parameters/limit"}, {"$ref": "#/components/parameters/cursor"}, {"$ref": "#/components/parameters/as_of"}],
      "responses": {"200": {"description": "a page of events", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/EventPage"},
        "example": {"items": [{"id": 1, "type": "meeting", "label": "meeting: Volodymyr Zelenskyy, Steve Witkoff in Berlin", "cameo": "040", "plover": "CONSULT",
                     "plover_mode": null, "date": "2025-12-14", "date_precision": "day", "date_source": "text", "location": {"id": 3, "name": "Berlin"},
                     "participants": [{"id": 2, "name": "Volodymyr Zelenskyy", "type": "person", "role": "participant"}],
                     "confidence": 0.8, "goldstein": 1.0, "mentions": 1, "documents": 1, "sources": 1}], "next": null, "more": false, "truncated": false}}}},
        "400": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}},
    "/api/v1/events/{id}": {"get": {"summary": "An event with participants, codes, Goldstein score and evidence sentences",
      "parameters": [{"$ref": "#/components/parameters/id"}, {"$ref": "#/components/parameters/as_of"}],
      "responses": {"200": {"description": "the event", "content": {"application/json": {"example":
        {"id": 11, "type": "summit", "label": "summit: Vladimir Putin, Donald Trump in Anchorage", "cameo": "044", "cameo_base": "044", "cameo_root": "04",
         "plover": "CONSULT", "plover_mode": null,
         "date": "2025-08-15", "date_precision": "day", "date_source": "text", "location": {"id": 16, "name": "Anchorage", "country": "USA"}, "participants": [], "confidence": 0.8, "goldstein": 2.5,
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
        {"data": {}, "directed": false, "multigraph": false, "paths": [{"length": 2, "nodes": ["e2", "v1", "e6", "v10", "e14"]}], "elements": {"nodes": [], "edges": []}, "truncated": false}}}},
        "400": {"$ref": "#/components/responses/Problem"}, "404": {"$ref": "#/components/responses/Problem"}}}},
    "/api/v1/network": {"get": {"summary": "The actor network of a time window: entities sized by their events in it, one edge per pair aggregating their shared events (count, counts by type, mean Goldstein, first and last date); around seeds, or the most active actors",
      "parameters": [{"name": "seed", "in": "query", "schema": {"type": "string"}, "description": "entity ids, comma-separated; absent: the top actors"},
                     {"name": "top", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 500}, "description": "nodes at most (default 50)"},
                     {"name": "max_edges", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 20000}},
                     {"name": "types", "in": "query", "schema": {"type": "string"}, "description": "event types, comma-separated"},
                     {"name": "entity_types", "in": "query", "schema": {"type": "string"}, "description": "node types other than seeds (default person,organization,country,group)"},
                     {"$ref": "#/components/parameters/from"}, {"$ref": "#/components/parameters/to"}, {"$ref": "#/components/parameters/as_of"}],
      "responses": {"200": {"description": "elements", "content": {"application/json": {"example":
        {"data": {}, "directed": false, "multigraph": false,
         "elements": {"nodes": [{"data": {"id": "e2", "kind": "entity", "name": "Vladimir Putin", "type": "person", "events": 12}}],
                      "edges": [{"data": {"id": "n2-6", "source": "e2", "target": "e6", "events": 3, "by_type": {"meeting": 2, "call": 1},
                                          "dominant_types": ["meeting", "call"], "goldstein": 1.2, "first": "2025-08-15", "last": "2025-12-14"}}]},
         "window": {"from": null, "to": null}, "truncated": false}}}},
        "400": {"$ref": "#/components/responses/Problem"}, "404": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}},
    "/api/v1/places": {"get": {"summary": "Where the events of a window happened: places with their event counts and coordinates (latitude, longitude; null when unknown)",
      "parameters": [{"name": "types", "in": "query", "schema": {"type": "string"}, "description": "event types, comma-separated"},
                     {"$ref": "#/components/parameters/from"}, {"$ref": "#/components/parameters/to"}, {"$ref": "#/components/parameters/limit"},
                     {"$ref": "#/components/parameters/as_of"}],
      "responses": {"200": {"description": "places", "content": {"application/json": {"example":
        {"items": [{"id": 5, "name": "Berlin", "type": "location", "country": "DEU", "events": 3, "lat": 52.52, "lon": 13.41}],
         "placed_events": 3, "unplaced_events": 0, "truncated": false}}}},
        "400": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}},
    "/api/v1/timeline": {"get": {"summary": "Event counts by type over time",
      "parameters": [{"name": "entity", "in": "query", "schema": {"type": "integer"}}, {"$ref": "#/components/parameters/from"},
                     {"$ref": "#/components/parameters/to"}, {"name": "bucket", "in": "query", "schema": {"type": "string", "enum": ["day", "week", "month", "quarter", "year"]}, "description": "ISO weeks; a date coarser than the bucket keeps a period of its own precision"},
                     {"$ref": "#/components/parameters/as_of"}],
      "responses": {"200": {"description": "series", "content": {"application/json": {"example":
        {"bucket": "month", "series": [{"period": "2025-12", "precision": "month", "counts": {"meeting": 2}}], "undated": {}}}}},
        "404": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}},
    "/api/v1/search": {"get": {"summary": "Entities, events and documents together, with snippets",
      "parameters": [{"name": "q", "in": "query", "required": true, "schema": {"type": "string"}}, {"$ref": "#/components/parameters/limit"},
                     {"$ref": "#/components/parameters/as_of"}],
      "responses": {"200": {"description": "results", "content": {"application/json": {"example":
        {"entities": [], "events": [], "documents": [{"id": 1, "title": null, "published_at": "2025-12-14", "snippet": "… <mark>Lavrov</mark> …"}]}}}},
        "400": {"$ref": "#/components/responses/Problem"}}}},
    "/api/v1/export/{format}": {"get": {"summary": "Stream the graph for analytics: nodes.csv, edges.csv, ndjson, graphml, gexf (1.2, dynamic), cytoscape.json, events.tsv (GDELT/ICEWS-style dyadic table), jsonld",
      "parameters": [{"name": "format", "in": "path", "required": true, "schema": {"type": "string", "enum": ["nodes.csv", "edges.csv", "ndjson", "graphml", "gexf", "cytoscape.json", "events.tsv", "jsonld"]}},
                     {"name": "type", "in": "query", "schema": {"type": "string"}}, {"name": "plover", "in": "query", "schema": {"type": "string"}},
                     {"name": "cameo", "in": "query", "schema": {"type": "string"}}, {"$ref": "#/components/parameters/from"}, {"$ref": "#/components/parameters/to"},
                     {"name": "participant", "in": "query", "schema": {"type": "integer"}}, {"name": "country", "in": "query", "schema": {"type": "string"}},
                     {"$ref": "#/components/parameters/dyad"}, {"$ref": "#/components/parameters/directed"},
                     {"name": "text", "in": "query", "schema": {"type": "boolean"}}, {"$ref": "#/components/parameters/as_of"}],
      "responses": {"200": {"description": "a chunked stream in the format asked for; gzip when Accept-Encoding prefers it", "content": {"application/octet-stream": {"schema": {"type": "string"}}}}, "400": {"$ref": "#/components/responses/Problem"},
                    "404": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}},
    "/api/v1/export/jsonld/{id}": {"get": {"summary": "One event as schema.org Event (JSON-LD)", "parameters": [{"$ref": "#/components/parameters/id"}, {"$ref": "#/components/parameters/as_of"}],
      "responses": {"200": {"description": "application/ld+json", "content": {"application/ld+json": {"schema": {"type": "object"}}}}, "404": {"$ref": "#/components/responses/Problem"}}}},
    "/api/v1/changes": {"get": {"summary": "The change feed: created, updated and retracted facts in commit order after a cursor",
      "parameters": [{"name": "since", "in": "query", "schema": {"type": "integer"}}, {"$ref": "#/components/parameters/limit"}],
      "responses": {"200": {"description": "changes", "content": {"application/json": {"example":
        {"items": [{"seq": 1, "at": 1, "op": "created", "kind": "document", "id": 1}], "next": "1", "more": false, "last_seq": 1}}}},
        "400": {"$ref": "#/components/responses/Problem"}}}},
    "/api/v1/changes/stream": {"get": {"summary": "The change feed as Server-Sent Events (honours Last-Event-ID; ends when caught up or after a timeout; reconnect)",
      "parameters": [{"name": "since", "in": "query", "schema": {"type": "integer"}}, {"name": "timeout", "in": "query", "schema": {"type": "integer", "maximum": 25}}],
      "responses": {"200": {"description": "text/event-stream", "content": {"text/event-stream": {"schema": {"type": "string"}}}}, "400": {"$ref": "#/components/responses/Problem"}, "503": {"$ref": "#/components/responses/Problem"}}}},
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
         "date_range": {"from": "2025-08-15", "to": "2025-12-14"}}}}}}}},
    "/api/v1/aggregate": {"get": {"summary": "Event counts and mean Goldstein score grouped by period, source/target entity, country or sector, event type, CAMEO root, PLOVER type, quad class or place",
      "description": "Dates of every precision are counted: a date coarser than the bucket (a month-precision date in a week bucket) keeps a period of its own precision (`period_precision`), never dropped; undated events have period null. Source and target are chosen as the exports choose them (first source-like and target-like role, else the first neutral participants).",
      "parameters": [{"name": "group_by", "in": "query", "required": true, "schema": {"type": "string"}, "description": "comma-separated keys: period, source, target, source_country, target_country, source_sector, target_sector, type, cameo_root, plover, quad_class, place"},
                     {"name": "bucket", "in": "query", "schema": {"type": "string", "enum": ["day", "week", "month", "quarter", "year"]}},
                     {"name": "type", "in": "query", "schema": {"type": "string"}, "description": "comma-separated event types"},
                     {"name": "plover", "in": "query", "schema": {"type": "string"}}, {"name": "cameo", "in": "query", "schema": {"type": "string"}},
                     {"$ref": "#/components/parameters/from"}, {"$ref": "#/components/parameters/to"},
                     {"name": "participant", "in": "query", "schema": {"type": "integer"}}, {"name": "location", "in": "query", "schema": {"type": "integer"}},
                     {"name": "country", "in": "query", "schema": {"type": "string"}}, {"name": "q", "in": "query", "schema": {"type": "string"}},
                     {"$ref": "#/components/parameters/dyad"}, {"$ref": "#/components/parameters/directed"},
                     {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100000}, "description": "most groups"},
                     {"$ref": "#/components/parameters/as_of"}],
      "responses": {"200": {"description": "groups", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Aggregate"}, "example":
        {"group_by": ["period", "type"], "bucket": "month", "items": [{"period": "2025-12", "period_precision": "month", "period_start": "2025-12-01", "period_end": "2025-12-31", "type": "meeting", "events": 2, "goldstein_mean": 1.0, "goldstein_events": 2}],
         "total_events": 2, "truncated": false}}}},
        "400": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}},
    "/api/v1/sql": {
      "get": {"summary": "One read-only SELECT over the views entities, events, participants, evidence, documents and dyads",
        "description": "Every query parameter other than sql, format and limit binds the named parameter :name (as text). Only SELECT over the documented views is allowed; a query runs at most sql_timeout_ms; at most limit (sql_max_rows) rows come back, `truncated` says when more matched. Disabled by the setting sql_enabled.",
        "parameters": [{"name": "sql", "in": "query", "required": true, "schema": {"type": "string"}},
                       {"name": "format", "in": "query", "schema": {"type": "string", "enum": ["json", "csv"]}},
                       {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1}}],
        "responses": {"200": {"description": "columns and rows", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SqlAnswer"}, "example":
          {"columns": ["type", "n"], "rows": [["meeting", 3]], "truncated": false, "row_count": 1, "elapsed_ms": 0.4}}, "text/csv": {"schema": {"type": "string"}}}},
          "400": {"$ref": "#/components/responses/Problem"}, "404": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}},
      "post": {"summary": "The same with the statement and typed parameters in a JSON body (a read: needs a token only when reads do)",
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["sql"], "properties": {
          "sql": {"type": "string"}, "params": {"oneOf": [{"type": "object"}, {"type": "array", "items": {}}]},
          "format": {"type": "string", "enum": ["json", "csv"]}, "limit": {"type": "integer", "minimum": 1}}}}}},
        "responses": {"200": {"description": "columns and rows", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SqlAnswer"}}, "text/csv": {"schema": {"type": "string"}}}},
          "400": {"$ref": "#/components/responses/Problem"}, "404": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}}
  }
})JSON";

using nlohmann::json;

std::string OperationId(const std::string& method, const std::string& path) {
  std::string id = method;
  bool upper = true;
  for (char c : path.substr(std::string("/api/v1/").size())) {
    if (c == '/' || c == '{' || c == '}' || c == '.' || c == '_') {
      upper = true;
      continue;
    }
    id += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return id;
}

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
    schemas["EventSummary"]["properties"]["type"]["type"] = "string";
    schemas["EntitySummary"]["properties"]["type"]["type"] = "string";
    schemas["EventSummary"]["properties"]["participants"]["items"] = {
        {"type", "object"},
        {"properties",
         {{"id", {{"type", "integer"}}},
          {"name", {{"type", "string"}}},
          {"type", {{"type", "string"}, {"enum", entity_types}}},
          {"role", {{"type", "string"}, {"enum", roles}}}}}};
    for (auto& [path, item] : doc["paths"].items()) {
      for (auto& [method, op] : item.items()) {
        // operationId: the method and the path's words ("getEntitiesIdEvents"),
        // so generated clients get stable, unique names.
        if (!op.contains("operationId")) op["operationId"] = OperationId(method, path);
        // Reads are open unless the server sets read_requires_token; writes
        // always need the bearer token.
        if (!op.contains("security"))
          op["security"] = json::array({json::object(), {{"bearer", json::array()}}});
        // Any route may answer 401 when tokens are required.
        if (!op["responses"].contains("401"))
          op["responses"]["401"] = {{"$ref", "#/components/responses/Problem"}};
      }
    }
    return doc;
  }();
  return kDoc;
}

}  // namespace parley::http
