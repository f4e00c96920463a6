// EventCandidate: one event as the event stages pass it along — first one trigger read in one
// sentence, then, after merging (event_merge.h), every mention of one real event. Entities are
// indices into Document::entities, so a candidate is only meaningful with its Document.
//
// Stages: triggers.h finds triggers, arguments.h reads their arguments into candidates,
// event_merge.h merges them, events.h codes the survivors into Events (EventConfidence below).
// Plain data and pure functions; thread-compatible.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/dates.h"
#include "extract/lexicon.h"

namespace parley::extract {

struct EventCandidate {
  int si = 0;                     // sentence of the trigger
  size_t tb = 0, te = 0;          // trigger token range within the sentence
  const Trigger* trig = nullptr;  // null for a transcript speaker line
  std::string type, cameo, rule;
  uint32_t frame = 0;       // Frame bits of the trigger (lexicon.h)
  int agent = -1;           // speaker, source, guest or first participant
  std::vector<int> others;  // co-participants (symmetric) or targets (directed)
  int location = -1;
  const DateMention* date = nullptr;
  int date_si = -1;  // sentence of `date` (a merged mention may bring another sentence's date)
  std::string quote;
  std::string topic;  // "talks on <topic>", "proposals on <topic>"
  std::vector<int> evidence_sentences;
  bool explicit_pair = false;  // participants named by "X-Y meeting" / "between X and Y"
  bool actorless = false;      // a verb trigger whose actors are not known entities
  bool first = false;          // the sentence's first coded (non-statement) trigger
  // A consultation noun that refers back ("today's meeting", "this discussion", "the
  // talks") and names no other party: the document's last compatible consultation.
  bool anaphoric = false;
  // An anaphoric gathering owned by "our" or "their" whose parties a pair lent ("our meeting
  // today"): it refers back only to a consultation of one of those parties, and no visit.
  bool pair_lent = false;
  bool with_party = false;  // `others` came from a "with" phrase ("a meeting with X")
  bool aimed_at = false;    // `others` came from an "at" phrase ("fired missiles at Kyiv")
  // A host's event whose `others` are the guests a gathering names after "between" ("Oman
  // hosted talks between Iran and the United States"): not one with those talks, which are
  // the guests' own event.
  bool hosts_guests = false;
  // The agents of a passive's "by" phrase after the first ("brokered by Qatar and Egypt"):
  // each does the act, one event apiece, as a compound subject's conjuncts do.
  std::vector<int> by_conjuncts;
  // The parties are two countries of a hyphen pair ("Russian-Ukrainian talks"): a relation
  // the text qualifies, not people a later "the leaders" or "they" can mean.
  bool country_pair = false;
  // A third person's obligation ("Russia must withdraw its troops"): no factual event but a
  // demand, whose source is the sentence's speaker and whose target is the obliged party.
  bool obligation = false;
  bool passive_obligation = false;  // "must be severed": the obliged party is unnamed
};

// Meetings, summits, calls, visits and negotiations: symmetric exchanges whose mentions merge.
bool IsConsultation(std::string_view type);

// How sure the rules are that a merged candidate is a real event, in [0.1, 0.95]: both sides
// named, a quote for a statement, a date, a place and corroboration raise it; a low-precision
// trigger lowers it; an event with nobody attached is a guess.
double EventConfidence(const EventCandidate& c);

}  // namespace parley::extract
