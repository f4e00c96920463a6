// Per-document working state shared by the pipeline stages (entities.h, events.h).
//
// One Document lives for one Extract() call on one thread; nothing here is shared.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/dates.h"
#include "extract/dictionary.h"
#include "extract/model.h"
#include "extract/sentences.h"
#include "extract/text.h"
#include "extract/tokens.h"

namespace parley::extract {

// kPronoun: a first-person "I" resolved to its speaker (entities.h).
enum class MentionKind : uint8_t {
  kName,
  kSurname,
  kDemonym,
  kMetonym,
  kTitleRef,
  kAdjective,
  kPronoun
};

struct Mention {
  int sentence = 0;
  size_t tb = 0, te = 0;  // token range within the sentence
  int entity = -1;        // index into Document::entities
  MentionKind kind = MentionKind::kName;
  bool modifier = false;  // "U.S." in "U.S. President", "Trump" in "Trump's envoy"
  // A country named by its places ("Ukrainian cities", "Russian territory"): what is done to or
  // in it, an agent only when nobody else in the clause is.
  bool place = false;
  std::string title;    // role title read from the phrase, if any
  std::string country;  // ISO3 for adjective mentions ("Russian"), which have no entity
};

struct DocEntity {
  Entity out;
  int dict = -1;
  std::string surname;     // lower-cased
  std::string metonym_of;  // ISO3 when the place stands for a government
  std::string region;      // CAMEO region of a group no country holds ("European leaders": EUR)
  char gender = 0;         // 'm', 'f' or 0 (unknown): what "he" and "she" may refer to
  std::vector<int> mentions;
};

// A name the recogniser found (names.h), on this sentence's tokens.
struct FoundSpan {
  size_t tb = 0, te = 0;  // token range within the sentence
  std::string label;      // PER, ORG, LOC, MISC
};

// Whether the found name `f` of `toks` is the title of a document, by its first or last word
// or the head before its "of" phrase ("Joint Declaration of Intent", "Act of Surrender"):
// "a Memorandum of Understanding", "the Minsk Agreements", "the Treaty of Friendship,
// Cooperation and Mutual Assistance". A title names no organisation, and its words name no
// event ("Mutual Assistance" is no aid).
inline bool NamesDocument(const std::vector<Token>& toks, const FoundSpan& f) {
  if (f.te <= f.tb || f.te > toks.size()) return false;
  auto document_word = [](std::string_view w) {
    for (const std::string_view d :
         {"memorandum", "treaty", "agreement", "agreements", "accord", "accords", "declaration",
          "declarations", "protocol", "communique", "statement", "charter", "act",
          // A plan or a strategy is a document too: "the Action Plan", "the Large
          // Construction National Program" were organisations.
          "plan", "program", "strategy", "doctrine", "roadmap",
          // So are the UN's goals, agendas and frameworks: "the Sustainable Development
          // Goals" were an organisation in 251 of the first 400 UN speeches, "the 2030 Agenda
          // for Sustainable Development" in 126, "the Sendai Framework for Disaster Risk
          // Reduction" in 19, "the Ezulwini Consensus" a person in 33.
          "goals", "goal", "sdgs", "sdg", "mdgs", "mdg", "agenda", "framework", "consensus",
          "convention", "covenant", "statute"}) {
      if (w == d) return true;
    }
    return false;
  };
  size_t last = f.te;
  while (last > f.tb + 1 && toks[last - 1].kind != TokenKind::kWord) --last;
  if (document_word(toks[f.tb].lower) || document_word(toks[last - 1].lower)) return true;
  // The head before an "of", "on" or "for" phrase: "Joint Declaration of Intent", "Act of
  // Surrender", "the Paris Agreement on Climate Change", "the Sendai Framework for Disaster
  // Risk Reduction".
  for (size_t k = f.tb + 1; k + 1 < last; ++k) {
    if (toks[k].lower == "of" || toks[k].lower == "on" || toks[k].lower == "for") {
      return document_word(toks[k - 1].lower);
    }
  }
  return false;
}

// Whether `lower` is a noun of military hardware: what a weapon model's name comes before
// ("Leopard tanks", "Patriot missiles", which name no maker or place) and what makes aid
// military (072: "sent howitzers to Ukraine").
inline bool WeaponNoun(std::string_view lower) {
  for (const std::string_view w :
       {"tank",      "tanks",      "missile",   "missiles",     "rockets",    "jet",
        "jets",      "howitzer",   "howitzers", "drone",        "drones",     "launcher",
        "launchers", "rifles",     "warplanes", "interceptors", "submarines", "frigates",
        "artillery", "ammunition", "munitions", "shells",       "bombers",    "weapons",
        "arms",      "batteries",  "aircraft",  "helicopters",  "warships",   "fighters"}) {
    if (lower == w) return true;
  }
  return false;
}

struct SentenceData {
  SentenceRange range;
  std::vector<Token> toks;
  std::vector<FoundSpan> found;  // the recogniser's names, in token order (may be empty)
  std::vector<int> mentions;     // indices into Document::mentions, in token order
  std::vector<DateMention> dates;
  std::vector<int> tok_mention;  // per token: mention index covering it, or -1
  // A transcript's speaker line ("Minister of Agriculture Dmitry Patrushev: Thank you"): the
  // person it names (an entity index) and the token of its colon; -1 when none.
  int speaker = -1;
  int speaker_colon = -1;
  // The country a first-person "we" of this sentence stands for when its speaker is known
  // (the speaker line's person, or the site's head of state outside quotation marks): an
  // entity index, -1 when the sentence has no such "we".
  int we_country = -1;
  // In a transcript, the person of the speaker line this sentence belongs to (its own or the
  // last one before it); -1 outside transcripts and after a label naming no known person.
  int line_speaker = -1;
};

struct Document {
  const Dictionary* dict = nullptr;
  const InputDocument* input = nullptr;
  NormalizedText norm;
  CivilDate published;
  std::string site_country;    // ISO3 of the publishing head of state's site, if recognised
  bool sports_report = false;  // reads as a match report (SportsReport, set by FindEntities)
  std::vector<SentenceData> sentences;
  std::vector<Mention> mentions;
  std::vector<DocEntity> entities;
  std::unordered_map<std::string, int> entity_by_key;
  // Acronyms introduced in parentheses after an organisation's name ("the National Liberation
  // Army (ELN)"), by their text: the organisation a later bare "ELN" names.
  std::unordered_map<std::string, int> acronyms;
  std::vector<int> subject;  // per sentence: the person it is about (its subject), or -1
  std::vector<Event> events;
  std::vector<std::string> warnings;

  std::string_view TokenText(const SentenceData& s, size_t i) const {
    return std::string_view(norm.text).substr(s.toks[i].begin, s.toks[i].end - s.toks[i].begin);
  }
  // Original-text span of tokens [tb, te) of sentence `si`.
  Span MakeSpan(int si, size_t tb, size_t te) const;
  Span SentenceSpan(int si) const;
};

}  // namespace parley::extract
