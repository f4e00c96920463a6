// Event extraction: the four stages in order, and coding (events.h).
#include "extract/events.h"

#include <algorithm>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "extract/entities.h"
#include "extract/event_merge.h"
#include "extract/key_index.h"
#include "extract/triggers.h"

namespace parley::extract {

using namespace std::string_view_literals;  // NOLINT(google-build-using-namespace)

void FindEvents(const Lexicon& lexicon, ArgumentReader& reader, Document* doc) {
  const TriggerFinder triggers(lexicon, *doc);
  std::vector<EventCandidate> all;
  for (size_t si = 0; si < doc->sentences.size(); ++si) {
    const int s = static_cast<int>(si);
    auto merged = MergeMentions(reader.Read(s, triggers.Find(s)), MergeScope::kSentence, doc);
    for (auto& c : merged) {
      // Argument-less consultation nouns were kept only to lend a date or place to a mention
      // of their sentence.
      if (c.agent < 0 && c.others.empty() && c.location < 0 && !c.actorless) continue;
      all.push_back(std::move(c));
    }
  }
  const NarrativeDays days(*doc);
  // A sports report's wins, visits and praise between clubs and players are no events of
  // states ("Manchester United beat Liverpool", "Real Madrid visit Barcelona"): there an event
  // no actor code reaches on either side is dropped; one with a state's actor stays ("the
  // President met the team").
  for (const auto& c : MergeMentions(std::move(all), MergeScope::kDocument)) {
    Event e = CodeEvent(*doc, days, c, doc->events.size() + 1);
    if (doc->sports_report && e.source_actor_code.empty() && e.target_actor_code.empty()) continue;
    doc->events.push_back(std::move(e));
  }
}

namespace {

// Whether `d` can be the narrative's time: a day, and when the publication
// date is known, one in the 31 days up to it. A publication date of a year
// or a month knows no narrative day: a 2019 speech's "On 15 March" dates
// what it tells then, not what the speaker goes on to call for.
bool NarrativeDay(const Document& doc, const DateMention& d) {
  if (d.precision != "day"sv || d.value.size() != 10) return false;
  if (!doc.published.valid()) return true;
  if (!doc.published.full()) return false;
  const CivilDate day = ParsePublished(d.value);
  if (!day.valid()) return false;
  const int64_t before = DaysFromCivil(doc.published.y, doc.published.m, doc.published.d) -
                         DaysFromCivil(day.y, day.m, day.d);
  return before >= 0 && before <= 31;
}

// Whether `d` follows "since" (past an article): the start of a span, no narrative day
// ("has imposed sanctions on Niger since the July 26 coup, has threatened to use force" dated
// the threat July 26).
bool AfterSince(const std::vector<Token>& toks, const DateMention& d) {
  for (size_t k = d.tok_begin, n = 0; k > 0 && n < 3; ++n) {
    --k;
    if (toks[k].lower == "since"sv) return true;
    if (toks[k].lower != "the"sv) return false;
  }
  return false;
}

// Whether `first` and `second` are named in that order before c's trigger, joined by an
// "and" between them with no verb or clause break in between: the two conjuncts of a
// compound subject ("Minister of Internal Affairs of Ukraine Denys Monastyrsky and Vice
// President ... Christoph Lanowski signed").
bool JoinedBefore(const Document& doc, const EventCandidate& c, int first, int second) {
  const auto& s = doc.sentences[c.si];
  size_t first_end = std::numeric_limits<size_t>::max();
  for (int mi : s.mentions) {
    const auto& m = doc.mentions[mi];
    if (m.tb >= c.tb) break;
    if (m.entity == first && first_end == std::numeric_limits<size_t>::max()) first_end = m.te;
    if (m.entity != second || first_end > m.tb) continue;
    bool joined = false;
    for (size_t k = first_end; k < m.tb; ++k) {
      const auto& w = s.toks[k].lower;
      if (w == "and"sv) joined = true;
      // (Only title words between: capitalised, "of", "for", "at", "the" and a company's dots;
      // and a second conjunct's lower-case title: "Albanese and his Papua New Guinea
      // counterpart James Marape".)
      static constexpr std::string_view kLowerTitle[] = {
          "his",     "her",     "counterpart", "president", "minister", "prime",     "foreign",
          "defence", "defense", "premier",     "envoy",     "leader",   "chancellor"};
      const bool title =
          std::find(std::begin(kLowerTitle), std::end(kLowerTitle), w) != std::end(kLowerTitle);
      if (!s.toks[k].cap && w != "and"sv && w != "of"sv && w != "for"sv && w != "at"sv &&
          w != "the"sv && w != "."sv && !title) {
        return false;
      }
    }
    return joined;
  }
  return false;
}

// Whether entity e is named right after c's trigger, as its object or its "with" party: "met
// Hamas negotiators", "signed agreements with Ukraine", "met the Israeli delegation" (not "met
// in Jeddah", "at the residence of", "in the presence of").
bool NamedAfter(const Document& doc, const EventCandidate& c, int e) {
  const auto& s = doc.sentences[c.si];
  for (int mi : s.mentions) {
    const auto& m = doc.mentions[mi];
    if (m.entity != e || m.tb < c.te || m.tb > c.te + 4) continue;
    // (Past other parties joined to it: "meet Israeli and Hamas negotiators".)
    bool plain = true;
    for (size_t k = c.te; k < m.tb && plain; ++k) {
      const auto& w = s.toks[k].lower;
      plain = w == "with"sv || w == "the"sv || w == "and"sv || w == ","sv || s.tok_mention[k] >= 0;
    }
    if (plain) return true;
  }
  return false;
}

// Whether the agent of `c` is named in its sentence as its members: a mention of it followed
// by a plural member word, after "'s" too ("NATO leaders", "EU member states", "the
// alliance's members"), before the trigger.
bool MembersAgree(const Document& doc, const EventCandidate& c) {
  static const KeySet kMembers = {"leaders", "members",   "countries",   "states",
                                  "allies",  "ministers", "governments", "nations"};
  const auto& s = doc.sentences[c.si];
  for (int mi : s.mentions) {
    const Mention& m = doc.mentions[mi];
    if (m.entity != c.agent || m.te >= c.tb) continue;
    size_t k = m.te;
    if (k < c.tb && (s.toks[k].lower == "'s"sv || s.toks[k].possessive)) ++k;
    // ("EU member states", "NATO defence ministers", "G7 finance ministers")
    static const KeySet kModifiers = {"member", "foreign", "defence", "defense", "finance"};
    if (k + 1 < c.tb && kModifiers.Has(s.toks[k])) ++k;
    if (k < c.tb && kMembers.Has(s.toks[k])) return true;
  }
  return false;
}

// Whether two actor codes are one side of a mutual event: the same code, or
// two sectors of one country (UKRGOV and UKRMIL). International bodies and
// other non-state codes share their first letters without being one side; so
// do a state and those who fight or oppose it ("Congo and the M23 rebels
// signed a declaration" is COD-CODREB, was CODREB with nobody).
bool SameSide(const std::string& a, const std::string& b) {
  if (a == b) return true;
  if (a.size() < 3 || b.size() < 3 || a.compare(0, 3, b, 0, 3) != 0) return false;
  const std::string_view root(a.data(), 3);
  if (root == "IGO"sv || root == "NGO"sv || root == "MNC"sv || root == "---"sv) return false;
  auto against_state = [](const std::string& code) {
    const std::string_view sector = code.size() >= 6 ? std::string_view(code).substr(3, 3) : ""sv;
    return sector == "REB"sv || sector == "OPP"sv || sector == "INS"sv || sector == "SEP"sv ||
           sector == "UAF"sv;
  };
  return against_state(a) == against_state(b);
}

// Whether c's visit names where it went right after its trigger ("visited the centre", "a visit
// to the wounded", "arrived at the airport", "my visit there"; not "Lavrov's visit was a
// success" or "thanked the Speaker for her visit"), and nothing in its sentence says it went
// abroad: no "country" ("I often visited your country", a foreign guest's "visited our
// country") and no delegation (whose "current visit" is usually a trip abroad).
bool HomeVisit(const Document& doc, const EventCandidate& c) {
  const auto& toks = doc.sentences[c.si].toks;
  if (c.te >= toks.size()) return false;
  const Token& next = toks[c.te];
  static const KeySet kDestination = {"to",   "at",   "the", "a",     "an",    "our",
                                      "his",  "her",  "its", "their", "many",  "several",
                                      "this", "that", "it",  "there", "these", "those"};
  if (!kDestination.Has(next) && !(next.cap && next.kind == TokenKind::kWord)) return false;
  for (const Token& t : toks) {
    if (t.lower == "country"sv || t.lower == "countries"sv || t.lower == "delegation"sv ||
        t.lower == "delegation's"sv || t.lower == "abroad"sv) {
      return false;
    }
  }
  return true;
}

}  // namespace

NarrativeDays::NarrativeDays(const Document& doc) {
  upto_.reserve(doc.sentences.size());
  std::pair<int, const DateMention*> last{-1, nullptr};
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const auto& dates = doc.sentences[s].dates;
    for (auto it = dates.rbegin(); it != dates.rend(); ++it) {
      if (!it->value.empty() && NarrativeDay(doc, *it) && !AfterSince(doc.sentences[s].toks, *it)) {
        last = {static_cast<int>(s), &*it};
        break;
      }
    }
    upto_.push_back(last);
  }
}

const DateMention* NarrativeDays::Before(const Document& doc, int si, size_t tb,
                                         int* date_si) const {
  const auto& dates = doc.sentences[static_cast<size_t>(si)].dates;
  for (auto it = dates.rbegin(); it != dates.rend(); ++it) {
    if (it->value.empty() || it->tok_begin >= tb || !NarrativeDay(doc, *it) ||
        AfterSince(doc.sentences[static_cast<size_t>(si)].toks, *it)) {
      continue;
    }
    *date_si = si;
    return &*it;
  }
  if (si == 0) return nullptr;
  *date_si = upto_[static_cast<size_t>(si - 1)].first;
  return upto_[static_cast<size_t>(si - 1)].second;
}

Event CodeEvent(const Document& doc, const NarrativeDays& days, const EventCandidate& c,
                size_t index) {
  Event ev;
  ev.id =
      (doc.input->id.empty() ? std::string("doc") : doc.input->id) + "#ev" + std::to_string(index);
  ev.type = c.type;
  ev.cameo = c.cameo;
  if (const CameoInfo* info = LookupCameo(c.cameo)) {
    ev.plover = info->plover;
    ev.plover_mode = info->mode;
    ev.goldstein = info->goldstein;
    ev.quad_class = info->quad;
  }
  // Where the date comes from, best first: the event's own clause (`text`);
  // else the last day the article stated before the trigger within the
  // month before publication (`context`: news narrates forward from its
  // lead, so "He added that..." two paragraphs on happened when the lead
  // says, and a report of a past meeting is not dated by the day it was
  // written; background years, old days and scheduled days are not the
  // narrative's time, and on the press releases they were wrong far more
  // often than right); else the publication date (`published`, as GDELT and
  // POLECAT date events). Only a `text` date is merged on (ingest/resolve.h).
  int date_si = -1;
  const DateMention* date = nullptr;
  if (c.date != nullptr) {
    date = c.date;
    date_si = c.date_si >= 0 ? c.date_si : c.si;
    ev.date_source = "text";
  } else {
    date = days.Before(doc, c.si, c.tb, &date_si);
    if (date != nullptr) ev.date_source = "context";
  }
  // What is said is said by publication: a day after it is the content's ("Anwar said the
  // commanders would meet on Tuesday" in Monday's news dates the meeting, not the saying).
  if (date != nullptr && c.type == "statement"sv && doc.published.full() &&
      date->value > FormatDate(doc.published, "day")) {
    date = nullptr;
    ev.date_source.clear();
  }
  if (date != nullptr) ev.date_text = doc.MakeSpan(date_si, date->tok_begin, date->tok_end).text;
  if (date != nullptr && !date->value.empty()) {
    ev.date = date->value;
    ev.date_precision = date->precision;
  } else if (doc.published.valid()) {
    // Also for a stated date the publication date cannot resolve ("yesterday" in a speech
    // dated by its year only, "last week" across two months): the event is dated as
    // published, to the year only then, its words kept in date_text.
    const std::string_view precision = date != nullptr ? "year"sv : doc.published.precision();
    ev.date = FormatDate(doc.published, precision);
    ev.date_precision = precision;
    ev.date_source = "published";
  }
  if (c.location >= 0) ev.location = doc.entities[c.location].out.id;
  const bool symmetric = IsConsultation(c.type) || c.type == "agreement"sv;
  std::string agent_role = "participant", other_role = "participant";
  if (c.type == "statement"sv)
    agent_role = "speaker";
  else if (c.type == "visit"sv) {
    agent_role = "guest";
    other_role = "host";
  } else if (!symmetric) {
    agent_role = "source";
    other_role = "target";
  }
  if (c.agent >= 0) ev.participants.push_back({doc.entities[c.agent].out.id, agent_role});
  // A party named twice ("You spoke with Angela Merkel twice") or merged in
  // from two mentions of the event is one party, in the place it came first.
  std::vector<int> others;
  for (int e : c.others) {
    if (e != c.agent && std::find(others.begin(), others.end(), e) == others.end()) {
      others.push_back(e);
    }
  }
  for (int e : others) ev.participants.push_back({doc.entities[e].out.id, other_role});
  // A mutual event's target is the other side: past parties of the source's
  // side to the first one of another ("The Kremlin hosted talks between
  // Vladimir Putin and President of Vietnam Nguyen Xuan Phuc": the Kremlin
  // and Putin are both RUSGOV, the dyad is RUSGOV-VNMGOV; "Yermak and
  // Zaluzhny had a call with Sullivan": UKRMIL-USAGOV, not UKRMIL-UKRGOV).
  // A place a one-sided act is aimed at is coded as its country, as PETRARCH's actor
  // dictionary codes a city and as a visit's host is below: "Russia fired missiles at
  // Kharkiv", "Russian forces shelled Kherson" (RUS -> UKR; the place stays the target).
  // Not a place of the source's own country: that side acting on itself is no dyad, and
  // mostly a misread source ("Ukraine condemns the exercises in occupied Crimea").
  // A party of known sector but unknown country is "---" and its sector, a last resort
  // (`sector_ok`): "Vladimir Putin had a working meeting with Promsvyazbank CEO Petr
  // Fradkov" is RUSGOV-(---BUS), but a coded party of the other side comes first.
  auto party_code = [&](int e, const std::string& source, bool sector_ok = true) {
    std::string code = ActorCode(doc, e);
    const auto& out = doc.entities[e].out;
    if (code.empty() && !symmetric && out.type == "location"sv &&
        (source.empty() || !SameSide(source, out.country))) {
      code = out.country;
    }
    if (code.empty() && sector_ok) code = ActorCodeOrSector(doc, e);
    return code;
  };
  auto target_from = [&](size_t from, const std::string& source) {
    if (from >= others.size()) return std::string();
    std::string first = party_code(others[from], source);
    // A mutual act looks past every party of the source's side (above). A directed act
    // looks past only its source's own country: "Xi called for closer cooperation between
    // China and the European Union" is CHNGOV's call to the EU (was to CHN), while a sector
    // of its own country stays the target: "Russian police arrested Russian students"
    // (RUSCOP -> RUSEDU).
    if (source.empty() || !SameSide(first, source) || (!symmetric && first.size() != 3)) {
      return first;
    }
    for (bool sector_ok : {false, true}) {
      for (size_t i = from + 1; i < others.size(); ++i) {
        std::string code = party_code(others[i], source, sector_ok);
        if (!code.empty() && !SameSide(code, source)) return code;
      }
    }
    return first;
  };
  if (c.agent >= 0 && c.type != "statement"sv) {
    ev.source_actor_code = ActorCodeOrSector(doc, c.agent);
    ev.target_actor_code = target_from(0, ev.source_actor_code);
    // A gathering of a compound subject with a party named after its verb is with that party,
    // not among the conjuncts: "Egyptian, Qatari and U.S. mediators will meet Israeli and
    // Hamas negotiators" is the mediators' meeting with the negotiators (was QATGOV-USAGOV).
    if (symmetric && !others.empty() && JoinedBefore(doc, c, others[0], c.agent)) {
      for (int e : others) {
        const std::string code = party_code(e, ev.source_actor_code);
        if (NamedAfter(doc, c, e) && !code.empty() && !SameSide(code, ev.source_actor_code)) {
          ev.target_actor_code = code;
          break;
        }
      }
    }
  } else if (symmetric && others.size() >= 2) {
    // "the meeting between Putin and Tokayev": no grammatical agent, but a
    // consultation or agreement is mutual, so its first two parties are its
    // dyad in the order the text names them (as PETRARCH codes "A and B
    // met"); without this the first became the target and the source stayed
    // empty.
    ev.source_actor_code = ActorCodeOrSector(doc, others[0]);
    ev.target_actor_code = target_from(1, ev.source_actor_code);
  } else if (!others.empty() && c.type != "statement"sv) {
    ev.target_actor_code = party_code(others[0], "");
  }
  // A country and its own government are one side, not a dyad: "we met" read as Azerbaijan,
  // merged with a meeting of Ilham Aliyev's, is no AZE-AZEGOV meeting. (A visit at home is
  // coded to the country, UKRGOV-UKR, as PETRARCH codes "Zelenskyy visited Kharkiv".)
  if (symmetric && c.type != "visit"sv && ev.source_actor_code != ev.target_actor_code &&
      !ev.target_actor_code.empty() && SameSide(ev.source_actor_code, ev.target_actor_code) &&
      (ev.source_actor_code.size() == 3 || ev.target_actor_code.size() == 3)) {
    if (ev.source_actor_code.size() == 3) ev.source_actor_code = ev.target_actor_code;
    ev.target_actor_code.clear();
  }
  // A mutual act of two named together has no direction, so the one named first stands first
  // (the conjunct nearest the verb is the agent): "Chile and Argentina agreed" is CHL-ARG
  // (was ARG-CHL), and "Denys Monastyrsky and Christoph Lanowski signed a memorandum" is
  // UKRGOV's with an unknown party. A party with nobody beside it ("talks with Biden") stays
  // the target of an unknown source, and a target found past the first conjunct stays where
  // it is ("Putin and Lavrov met Modi" is RUSGOV-INDGOV).
  if (symmetric && c.type != "visit"sv && !ev.target_actor_code.empty() && c.agent >= 0 &&
      !others.empty() &&
      (ev.source_actor_code.empty() ||
       ev.target_actor_code == party_code(others[0], ev.source_actor_code)) &&
      JoinedBefore(doc, c, others[0], c.agent)) {
    std::swap(ev.source_actor_code, ev.target_actor_code);
  }
  if (c.type == "statement"sv) ev.source_actor_code = ActorCodeOrSector(doc, c.agent);
  // An international organisation's own gathering with nobody else named ("the NATO summit",
  // "a meeting of the UN Security Council") is its members consulting one another: coded as
  // the organisation with itself, as event data codes a group's internal events (PSE-PSE). The
  // rule says so under --explain.
  std::string rule = c.rule;
  if ((c.type == "summit"sv || c.type == "meeting"sv) && ev.participants.size() == 1 &&
      ev.target_actor_code.empty() != ev.source_actor_code.empty()) {
    const std::string& code =
        ev.source_actor_code.empty() ? ev.target_actor_code : ev.source_actor_code;
    // The organisation itself, not one of its officials ("Jens Stoltenberg held a meeting").
    const int party = c.agent >= 0 ? c.agent : others[0];
    // ("EU accession talks", "NATO membership negotiations" are with a candidate the clause
    // names elsewhere, if at all: no talks among the members.)
    const auto& toks = doc.sentences[c.si].toks;
    const bool outsider = c.tb > 0 && (toks[c.tb - 1].lower == "accession"sv ||
                                       toks[c.tb - 1].lower == "membership"sv);
    if (code.starts_with("IGO"sv) && doc.entities[party].out.type == "organization"sv &&
        !outsider) {
      ev.source_actor_code = code;
      ev.target_actor_code = code;
      rule += "+members:self";
    }
  }
  // So is an agreement its members reach, named as members ("NATO leaders agreed to raise
  // defence spending", "European Union countries agreed to extend sanctions", "the alliance's
  // members had agreed"), not the organisation's own with another ("The EU agreed to buy U.S.
  // energy" stays the EU's).
  if (c.type == "agreement"sv && ev.participants.size() == 1 && c.agent >= 0 &&
      ev.target_actor_code.empty() && ev.source_actor_code.starts_with("IGO"sv) &&
      doc.entities[c.agent].out.type == "organization"sv && MembersAgree(doc, c)) {
    ev.target_actor_code = ev.source_actor_code;
    rule += "+members:self";
  }
  // A visit's host is the country visited when no host is named: "Scholz paid a visit to
  // Ukraine", "arrived in Kyiv", and a trip at home too, "Zelenskyy visited Kharkiv" (UKRGOV
  // -> UKR), as PETRARCH codes them: its actor dictionary codes a city as its country. Only a
  // named guest is a visit between two sides ("25 planes arrived in Ukraine" is not), and a
  // country is no guest of its own ("visits of senior foreign officials to Ukraine" whose
  // guest was read as Ukraine). A named person or organisation no dictionary codes is a
  // guest too: "FIBA Europe representatives arrived in Ukraine" is a visit to Ukraine (not in
  // a sports report, where a club's away game is no visit: "Real Madrid visit Barcelona").
  const bool named_guest = c.agent >= 0 && !doc.sports_report &&
                           (doc.entities[c.agent].out.type == "person"sv ||
                            doc.entities[c.agent].out.type == "organization"sv);
  // So are leaders, ministers or delegations named by their role: "Leaders from more than a
  // dozen countries arrived in Kyiv" (a visit to Ukraine; crowds and goods stay none).
  bool official_guests = false;
  if (c.agent < 0 && !doc.sports_report) {
    const auto& toks = doc.sentences[c.si].toks;
    for (size_t k = c.tb; k > 0 && c.tb - k < 10 && !official_guests; --k) {
      const auto& w = toks[k - 1].lower;
      if (toks[k - 1].kind == TokenKind::kPunct && w != "-"sv) break;
      official_guests = w == "leaders"sv || w == "ministers"sv || w == "delegations"sv ||
                        w == "delegation"sv || w == "officials"sv || w == "diplomats"sv ||
                        w == "envoys"sv || w == "lawmakers"sv;
    }
  }
  if (c.type == "visit"sv && ev.target_actor_code.empty() && c.location >= 0 &&
      (!ev.source_actor_code.empty() || named_guest || official_guests) &&
      ev.source_actor_code != doc.entities[c.location].out.country) {
    ev.target_actor_code = doc.entities[c.location].out.country;
  }
  // A summit's host is the country of its place when nobody else is named: "Arab leaders
  // endorsed the plan at a summit in Cairo" (ARBGOV-EGY), "European leaders met in Moldova for
  // a summit" (EURGOV-MDA), as a visit's host is; a summit at home stays one side's ("Brazil
  // opened the COP30 climate summit in Belem"). Only summits: a one-sided "meeting" or "talks"
  // somewhere ("U.S. officials met in Geneva") are not the place's.
  if (c.type == "summit"sv && ev.target_actor_code.empty() && !ev.source_actor_code.empty() &&
      c.location >= 0 && doc.entities[c.location].out.country.size() == 3 &&
      !SameSide(ev.source_actor_code, doc.entities[c.location].out.country) &&
      !SameSide(ev.source_actor_code.substr(0, 3), doc.entities[c.location].out.country)) {
    ev.target_actor_code = doc.entities[c.location].out.country;
    rule += "+host:place";
  }
  // A foreign guest's visit with no place and no host named, on a head of state's own site, is
  // a visit to that state: "thank the President of Kazakhstan for his visit today", "The Greek
  // Prime Minister's visit coincided with ...", "President Vucic often visits us" on the
  // Kremlin's (9 of 9 such visits on the press releases). So is its own officials' visit to a
  // place the text names but no dictionary knows, a visit at home ("Vladimir Putin visited the
  // Khrunichev State Research and Production Space Centre", "Zelenskyy paid a visit to the
  // wounded defenders at a military hospital": all 22 such visits on the press releases
  // right). The rule says so under --explain.
  // (So is one to a place no dictionary knows, on a head of state's site: "I paid a visit to
  // Ilya Matvienko and Kira Obedinska in Okhmatdyt Hospital today"; not a region one does know,
  // "I went to Africa", nor in a speech that says whose voice it is, which speaks of anywhere.)
  const bool own_voice = doc.input != nullptr && doc.input->country == doc.site_country;
  if (c.type == "visit"sv && ev.target_actor_code.empty() &&
      (c.location < 0 || (doc.entities[c.location].out.country.empty() &&
                          doc.entities[c.location].dict < 0 && !own_voice)) &&
      !ev.source_actor_code.empty() && !doc.site_country.empty()) {
    const bool home = SameSide(ev.source_actor_code, doc.site_country);
    if (!home || (ev.source_actor_code.size() > 3 && HomeVisit(doc, c))) {
      ev.target_actor_code = doc.site_country;
      rule += "+host:site";
    }
  }
  ev.quote = c.quote;
  ev.topic = c.topic;
  ev.confidence = EventConfidence(c);
  for (int s : c.evidence_sentences) ev.evidence.push_back(doc.SentenceSpan(s));
  ev.rule = std::move(rule);
  return ev;
}

}  // namespace parley::extract
