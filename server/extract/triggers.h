// Trigger detection: the trigger lexicon's longest matches in a sentence, as event candidates
// with no arguments yet (event_candidate.h). Tokens inside an entity mention never start a
// trigger ("Security Council" is not a council meeting). The document's title may settle a
// trigger's sense: on a page titled as a telephone conversation, a bare "conversation" is a call.
// A few surface forms of another sense are no triggers: "meet the needs of", "a great deal",
// "to deal with", "a good sign", and plural "agreements" that no verb of the clause reaches.
//
// A TriggerFinder reads one Document, which must outlive it; Find is const and thread-compatible.
#pragma once

#include <vector>

#include "extract/document.h"
#include "extract/event_candidate.h"
#include "extract/lexicon.h"

namespace parley::extract {

class TriggerFinder {
 public:
  // Requires FindEntities(doc) (mentions are known). Keeps references to both.
  TriggerFinder(const Lexicon& lexicon, const Document& doc);

  // The triggers of sentence `si`, in text order and not overlapping: each candidate has its
  // sentence, token range, trigger, type, code, rule, frame and evidence set, nothing else.
  std::vector<EventCandidate> Find(int si) const;

 private:
  // Whether toks[i] of sentence si is "call" or "calls" telephoning the person named after it.
  bool CallsPerson(int si, size_t i) const;

  const Lexicon& lexicon_;
  const Document& doc_;
  bool phone_page_ = false;  // the title announces a telephone conversation
  // The lexicon's "exchanged prisoners": a swap with a count between ("exchanged 150
  // prisoners") is that trigger too.
  const Trigger* swap_ = nullptr;
  // The lexicon's "fired cruise missiles": a volley with a count or a list between verb and
  // weapon, aimed at somebody ("launched 120 drones and 10 missiles at Ukraine"), is that
  // trigger too (and so an attack).
  const Trigger* volley_ = nullptr;
  // The lexicon's "expressed support": support expressed, reaffirmed, reiterated or voiced
  // over an owner and a few words of degree ("reaffirmed its unwavering support for
  // Ukraine") is that trigger too.
  const Trigger* support_ = nullptr;
  // The lexicon's "criticised": a judgment named by its predicate ("called the decision a
  // crime", "called the tariffs extremely regrettable") is that trigger on the verb.
  const Trigger* judged_ = nullptr;
  // The lexicon's "threatened": a vow of reprisal named by its noun a few words on ("vowed
  // that Israel would face severe punishment", "vowed to take countermeasures against the
  // United States") is that trigger on the verb.
  const Trigger* reprisal_ = nullptr;
  // The lexicon's "agreed": accepting a proposal, an offer, a plan or terms ("Ukraine
  // accepted a U.S. proposal for a ceasefire", "Iran accepted Oman's offer") is that trigger
  // on the verb.
  const Trigger* accepted_ = nullptr;
  // The lexicon's "invited": accepting an invitation ("Zelenskyy accepted Trump's invitation
  // to visit Washington") is an intent to meet (PETRARCH's ACCEPT ... INVITATION, 036) toward
  // the inviter, and the visit it names did not happen.
  const Trigger* invitation_ = nullptr;
  // The lexicon's "captured": seizing a city, a town, an airport or territory ("M23 rebels
  // seized the eastern Congolese city of Goma") occupies it (SEIZE &TOWN, 192), not property.
  const Trigger* occupied_ = nullptr;
  // The lexicon's "phoned": the bare verb "call" (or "calls") right before a person it
  // telephones ("he would call Putin", "Trump calls Xi") is that trigger; a bare "call" is
  // otherwise mostly an appeal, which the lexicon cannot tell apart.
  const Trigger* phoned_ = nullptr;
};

}  // namespace parley::extract
