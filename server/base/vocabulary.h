// Vocabulary: the domain's one list of names. Event types (with the family
// that decides which reports of one real event merge, the GDELT quad class
// and the default CAMEO root and PLOVER type), participant roles (with their
// side of the source → target dyad), entity types and date precisions.
// Extraction, ingestion, query filters, exports, the OpenAPI document and
// the web UI (through GET /api/v1/vocabulary) all read it from here, so a
// new event type is one edit in vocabulary.cc.
//
// Thread-safe: immutable tables built at static initialisation.
#pragma once

#include <nlohmann/json_fwd.hpp>
#include <span>
#include <string_view>

namespace parley::vocab {

// GDELT's four quad classes: verbal and material cooperation and conflict.
enum class QuadClass {
  kVerbalCooperation = 1,
  kMaterialCooperation,
  kVerbalConflict,
  kMaterialConflict
};

struct EventType {
  std::string_view name;   // "meeting": what the API, the store and exports say
  std::string_view label;  // "Meeting": for people
  // Reports of one real event merge only within a family: every kind of
  // consultation (a meeting, a call, talks, a visit) is family "consult";
  // every other type is a family of its own.
  std::string_view family;
  QuadClass quad_class;
  std::string_view cameo_root;  // "04": the CAMEO root the type belongs to
  std::string_view plover;      // "CONSULT": its PLOVER 2.0 event type
  std::string_view description;
};

// Which end of the dyad a role puts its entity on (GDELT/ICEWS source and
// target), or neither.
enum class DyadSide { kSource, kTarget, kNeutral, kPlace };

struct Role {
  std::string_view name;  // "speaker"
  DyadSide side;
  std::string_view description;
};

// In a stable order (by quad class, then as listed): the API lists them so.
std::span<const EventType> EventTypes();
// The type named `name`, or null.
const EventType* FindEventType(std::string_view name);
// The merge family of `type`; an unknown type is a family of its own.
std::string_view EventFamily(std::string_view type);

std::span<const Role> Roles();
const Role* FindRole(std::string_view name);
// kNeutral for an unknown role.
DyadSide RoleSide(std::string_view role);
std::string_view DyadSideName(DyadSide side);  // "source", "target", "neutral", "place"

// person, organization, country, location, group.
std::span<const std::string_view> EntityTypes();
bool IsEntityType(std::string_view name);

// day, month, year: how much of an event's date is known.
std::span<const std::string_view> DatePrecisions();

// Everything above as one JSON document (GET /api/v1/vocabulary).
nlohmann::json VocabularyJson();

}  // namespace parley::vocab
