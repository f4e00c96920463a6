// The vocabulary tables. CAMEO roots and PLOVER types follow the CAMEO 1.1b3
// codebook and the PLOVER 2.0 mapping; quad classes are GDELT's (roots
// 01-05 verbal cooperation, 06-09 material cooperation, 10-14 verbal
// conflict, 15-20 material conflict).
#include "base/vocabulary.h"

#include <array>
#include <nlohmann/json.hpp>

namespace parley::vocab {

namespace {

using Q = QuadClass;

constexpr std::array kEventTypes = {
    // Verbal cooperation.
    EventType{"meeting", "Meeting", "consult", Q::kVerbalCooperation, "04", "CONSULT",
              "a meeting in person"},
    EventType{"summit", "Summit", "consult", Q::kVerbalCooperation, "04", "CONSULT",
              "a meeting of heads of state or government"},
    EventType{"visit", "Visit", "consult", Q::kVerbalCooperation, "04", "CONSULT",
              "a visit to or hosting of another party"},
    EventType{"call", "Call", "consult", Q::kVerbalCooperation, "04", "CONSULT",
              "a telephone or video conversation"},
    EventType{"negotiation", "Negotiation", "consult", Q::kVerbalCooperation, "04", "CONSULT",
              "negotiations between parties"},
    EventType{"talks", "Talks", "consult", Q::kVerbalCooperation, "04", "CONSULT",
              "talks between parties"},
    EventType{"briefing", "Briefing", "consult", Q::kVerbalCooperation, "04", "CONSULT",
              "a briefing of one party by another"},
    EventType{"conference", "Conference", "consult", Q::kVerbalCooperation, "04", "CONSULT",
              "a multilateral conference"},
    EventType{"mediation", "Mediation", "mediation", Q::kVerbalCooperation, "04", "CONSULT",
              "mediation between other parties"},
    EventType{"statement", "Statement", "statement", Q::kVerbalCooperation, "01", "",
              "a public statement or comment"},
    EventType{"request", "Request", "request", Q::kVerbalCooperation, "02", "REQUEST",
              "a request or call for something"},
    EventType{"appeal", "Appeal", "appeal", Q::kVerbalCooperation, "02", "REQUEST",
              "an appeal to another party"},
    EventType{"proposal", "Proposal", "proposal", Q::kVerbalCooperation, "03", "AGREE",
              "an offer or proposal"},
    EventType{"agreement", "Agreement", "agreement", Q::kVerbalCooperation, "03", "AGREE",
              "an agreement, or an expressed intent to agree"},
    EventType{"support", "Support", "support", Q::kVerbalCooperation, "05", "SUPPORT",
              "diplomatic support or endorsement"},
    EventType{"praise", "Praise", "praise", Q::kVerbalCooperation, "05", "SUPPORT",
              "praise or commendation"},
    // Material cooperation.
    EventType{"cooperation", "Cooperation", "cooperation", Q::kMaterialCooperation, "06",
              "COOPERATE", "material cooperation (economic, military, judicial)"},
    EventType{"aid", "Aid", "aid", Q::kMaterialCooperation, "07", "AID",
              "economic, military or humanitarian aid"},
    EventType{"concession", "Concession", "concession", Q::kMaterialCooperation, "08", "CONCEDE",
              "a concession: easing restrictions, returning, allowing"},
    EventType{"release", "Release", "release", Q::kMaterialCooperation, "08", "RETREAT",
              "a release of persons or property"},
    EventType{"yield", "Yield", "yield", Q::kMaterialCooperation, "08", "CONCEDE",
              "yielding to a demand"},
    EventType{"investigation", "Investigation", "investigation", Q::kMaterialCooperation, "09",
              "ACCUSE", "an investigation"},
    // Verbal conflict.
    EventType{"demand", "Demand", "demand", Q::kVerbalConflict, "10", "REQUEST",
              "a demand made of another party"},
    EventType{"accusation", "Accusation", "accusation", Q::kVerbalConflict, "11", "ACCUSE",
              "an accusation or allegation"},
    EventType{"criticism", "Criticism", "criticism", Q::kVerbalConflict, "11", "ACCUSE",
              "criticism or disapproval"},
    EventType{"rejection", "Rejection", "rejection", Q::kVerbalConflict, "12", "REJECT",
              "a rejection or refusal"},
    EventType{"threat", "Threat", "threat", Q::kVerbalConflict, "13", "THREATEN", "a threat"},
    EventType{"protest", "Protest", "protest", Q::kVerbalConflict, "14", "PROTEST",
              "a protest, demonstration or boycott"},
    // Material conflict.
    EventType{"mobilization", "Mobilization", "mobilization", Q::kMaterialConflict, "15",
              "MOBILIZE", "a show or increase of force"},
    EventType{"sanction", "Sanction", "sanction", Q::kMaterialConflict, "16", "SANCTION",
              "sanctions, or reduced relations or aid"},
    EventType{"expulsion", "Expulsion", "expulsion", Q::kMaterialConflict, "16", "SANCTION",
              "an expulsion of diplomats or organisations"},
    EventType{"coercion", "Coercion", "coercion", Q::kMaterialConflict, "17", "COERCE",
              "coercion: seizure, arrest, restriction"},
    EventType{"assault", "Assault", "assault", Q::kMaterialConflict, "18", "ASSAULT",
              "an assault on persons"},
    EventType{"fight", "Fight", "fight", Q::kMaterialConflict, "19", "ASSAULT",
              "fighting with conventional or other force"},
};

constexpr std::array kRoles = {
    Role{"source", DyadSide::kSource, "the actor who does something to the target"},
    Role{"speaker", DyadSide::kSource, "who makes a statement"},
    Role{"host", DyadSide::kSource, "who receives a visitor"},
    Role{"proposer", DyadSide::kSource, "who makes a proposal"},
    Role{"target", DyadSide::kTarget, "the actor something is done to"},
    Role{"recipient", DyadSide::kTarget, "who receives a proposal, a request or aid"},
    Role{"guest", DyadSide::kTarget, "who visits"},
    Role{"participant", DyadSide::kNeutral, "takes part on no particular side"},
    Role{"location", DyadSide::kPlace, "where the event took place"},
};

constexpr std::array<std::string_view, 5> kEntityTypes = {"person", "organization", "country",
                                                          "location", "group"};
constexpr std::array<std::string_view, 3> kDatePrecisions = {"day", "month", "year"};

}  // namespace

std::span<const EventType> EventTypes() { return kEventTypes; }

const EventType* FindEventType(std::string_view name) {
  for (const auto& t : kEventTypes)
    if (t.name == name) return &t;
  return nullptr;
}

std::string_view EventFamily(std::string_view type) {
  const EventType* t = FindEventType(type);
  return t ? t->family : type;
}

std::span<const Role> Roles() { return kRoles; }

const Role* FindRole(std::string_view name) {
  for (const auto& r : kRoles)
    if (r.name == name) return &r;
  return nullptr;
}

DyadSide RoleSide(std::string_view role) {
  const Role* r = FindRole(role);
  return r ? r->side : DyadSide::kNeutral;
}

std::string_view DyadSideName(DyadSide side) {
  switch (side) {
    case DyadSide::kSource:
      return "source";
    case DyadSide::kTarget:
      return "target";
    case DyadSide::kPlace:
      return "place";
    case DyadSide::kNeutral:
      break;
  }
  return "neutral";
}

std::span<const std::string_view> EntityTypes() { return kEntityTypes; }

bool IsEntityType(std::string_view name) {
  for (auto t : kEntityTypes)
    if (t == name) return true;
  return false;
}

std::span<const std::string_view> DatePrecisions() { return kDatePrecisions; }

nlohmann::json VocabularyJson() {
  using nlohmann::json;
  static const char* const kQuadNames[] = {"", "verbal cooperation", "material cooperation",
                                           "verbal conflict", "material conflict"};
  json types = json::array();
  for (const auto& t : kEventTypes) {
    const int quad = static_cast<int>(t.quad_class);
    types.push_back({{"name", t.name},
                     {"label", t.label},
                     {"family", t.family},
                     {"quad_class", quad},
                     {"quad_class_name", kQuadNames[quad]},
                     {"cameo_root", t.cameo_root},
                     {"plover", t.plover.empty() ? json(nullptr) : json(t.plover)},
                     {"description", t.description}});
  }
  json roles = json::array();
  for (const auto& r : kRoles)
    roles.push_back(
        {{"name", r.name}, {"side", DyadSideName(r.side)}, {"description", r.description}});
  json quads = json::array();
  for (int q = 1; q <= 4; ++q) quads.push_back({{"quad_class", q}, {"name", kQuadNames[q]}});
  return {{"event_types", types},
          {"roles", roles},
          {"quad_classes", quads},
          {"entity_types",
           json(std::vector<std::string_view>(kEntityTypes.begin(), kEntityTypes.end()))},
          {"date_precisions",
           json(std::vector<std::string_view>(kDatePrecisions.begin(), kDatePrecisions.end()))}};
}

}  // namespace parley::vocab
