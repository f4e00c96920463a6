// The rule reader of event arguments over local syntax (arguments.h).
#include "extract/arguments.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "extract/entities.h"
#include "extract/key_index.h"

namespace parley::extract {

// Literal comparisons use string_view: libstdc++ 12 compares std::string with a const char* by
// a memcmp call on every token, string_view checks the length first.
using namespace std::string_view_literals;  // NOLINT(google-build-using-namespace)

namespace {

// CoordinatedVerbSubject's answer for a coordinated verb whose clause names no subject it
// can be (only possessors before it).
constexpr int kNoSubject = -2;

constexpr size_t kMaxClause = 40;  // tokens either side of a trigger
// How many sentences after a consultation "they agreed", "it was agreed", "we agreed" and "the
// leaders agreed" still mean its pair: a readout of a telephone call ends "They agreed to
// maintain contact." after four or five sentences on what was discussed, none naming another
// consultation with two parties (one that does becomes the pair instead).
constexpr int kTheyReach = 6;

// First words after "on"/"about" that start an idiom or a possessive, not a
// topic: "on the occasion of", "on a daily basis", "on my way".
// Verbs that end an act: "must stop the attacks" asks for de-escalation.
const KeySet& StopWords() {
  static const KeySet kWords = {"stop", "end", "cease", "halt"};
  return kWords;
}

// Whether CAMEO `code` judges something somebody else did: disapproving (11x), rejecting
// (12x) or praising (051) it. A verb of judging's object is not its subject's act.
bool JudgesAnAct(std::string_view code) {
  return code.starts_with("11"sv) || code.starts_with("12"sv) || code == "051"sv;
}

// Nouns of an attack a verb of judging may name as its object: "condemned the attack", "an
// Israeli air strike", "the arrest of the journalist".
bool AttackNoun(const Token& t) {
  static const KeySet kAttacks = {
      "attack",   "attacks",   "strike",     "strikes",   "airstrike", "airstrikes", "bombing",
      "bombings", "shelling",  "assault",    "raid",      "raids",     "killing",    "killings",
      "invasion", "incursion", "offensive",  "massacre",  "seizure",   "hijacking",  "arrest",
      "arrests",  "detention", "kidnapping", "abduction", "violence",  "crackdown",  "repression"};
  return kAttacks.Has(t);
}

// The end of an appeal, demand, rejection, threat, claim or denial of a sentence, and whether
// its direct object is its content (Requested).
struct Act {
  size_t end;
  bool object;        // its direct object is its content
  bool warns;         // a warning, whose content also follows "against" ("warned Beijing against")
  bool plan = false;  // a proposal or plan named as a noun: its content follows "for" or "to"
};

// The words of titles ("said Ukrainian President Zelenskyy", "according to the Head of ...",
// "and North Korean leader Kim Jong Un").
const KeySet kTitleWords = {
    "president",  "minister",  "foreign",  "defence",       "defense",      "prime",
    "secretary",  "spokesman", "head",     "spokeswoman",   "spokesperson", "chairman",
    "ambassador", "envoy",     "adviser",  "advisor",       "deputy",       "general",
    "chief",      "leader",    "director", "special",       "vice",         "first",
    "state",      "affairs",   "office",   "commissioner",  "mayor",        "governor",
    "chancellor", "king",      "queen",    "representative"};

// Whether the words from toks[k] on go on a list of addressees after its "and": a name or a
// determiner of one ("Canada and other partners", "Italy and the EU"), not a new verb.
bool AddresseeListGoesOn(const std::vector<Token>& toks, size_t k) {
  if (k >= toks.size()) return false;
  static const KeySet kDeterminers = {"other", "the", "all",   "its",     "their",
                                      "our",   "his", "her",   "some",    "many",
                                      "a",     "an",  "every", "several", "fellow"};
  return (toks[k].cap && toks[k].kind == TokenKind::kWord) || kDeterminers.Has(toks[k]);
}

// Words that no noun's modifier is: a determiner of its own, a pronoun, a modal, an auxiliary
// or a preposition ends the noun phrase before a trigger (NounOwner).
const KeySet& NotModifiers() {
  static const KeySet kWords = {
      "the",   "a",   "an",    "this", "that",  "these", "those",   "of",   "in",    "on",
      "at",    "to",  "for",   "with", "by",    "from",  "and",     "or",   "but",   "who",
      "which", "can", "could", "will", "would", "may",   "might",   "must", "shall", "should",
      "is",    "are", "was",   "were", "be",    "been",  "has",     "have", "had",   "their",
      "its",   "his", "her",   "our",  "my",    "your",  "they",    "we",   "he",    "she",
      "it",    "i",   "you",   "not",  "no",    "about", "against", "into", "over",  "as"};
  return kWords;
}

const KeySet& NotTopics() {
  static const KeySet kWords = {"air",        "basis",
                                "behalf",     "condition",
                                "conditions", "course",
                                "day",        "eve",
                                "ground",     "hand",
                                "her",        "his",
                                "initiative", "instructions",
                                "its",        "invitation",
                                "level",      "line",
                                "margins",    "my",
                                "occasion",   "our",
                                "part",       "phone",
                                "record",     "side",
                                "sidelines",  "site",
                                "spot",       "table",
                                "telephone",  "television",
                                "their",      "this",
                                "time",       "tv",
                                "video",      "videoconference",
                                "way",        "your",
                                "everything", "it",
                                "them",       "us",
                                "him",        "whether",
                                "what",       "how"};
  return kWords;
}

class LocalSyntaxReader final : public ArgumentReader {
 public:
  explicit LocalSyntaxReader(Document* doc) : doc_(*doc) {
    PairQuotes();
    TitlePair();
  }

  std::vector<EventCandidate> Read(int si, std::vector<EventCandidate> triggers) override {
    std::vector<EventCandidate> out;
    const auto& toks = Toks(si);
    OwnerCountries(si, triggers);
    // Transcript lines: "President of Russia Vladimir Putin: Mr Rahmon, ...": the speaker's
    // statement, whose quote runs to the end of the line.
    auto speaker_line = [&](int agent, size_t colon) {
      EventCandidate c;
      c.si = si;
      c.tb = 0;
      c.te = colon;
      c.type = "statement";
      c.cameo = "010";
      c.rule = "transcript-speaker";
      c.frame = kSpeech;
      c.agent = agent;
      size_t end = doc_.norm.text.find('\n', toks[colon].end);
      if (end == std::string::npos) end = doc_.norm.text.size();
      c.quote = Slice(toks[colon].end + 1, end);
      c.evidence_sentences = {si};
      if (!c.quote.empty()) out.push_back(std::move(c));
    };
    for (size_t k = 1; k < toks.size() && k < 10; ++k) {
      if (toks[k].lower != ":"sv) continue;
      const int mi = MentionAt(si, k - 1);
      if (mi >= 0 && doc_.mentions[mi].entity >= 0 && toks[0].cap &&
          doc_.entities[doc_.mentions[mi].entity].out.type == "person"sv &&
          (k == 1 || MentionAt(si, 0) >= 0 || toks[0].lower == "president"sv)) {
        speaker_line(doc_.mentions[mi].entity, k);
      }
      break;
    }
    // A speaker line the entity stage read that the test above does not: a title before the
    // name ("Minister of Agriculture Dmitry Patrushev: ..."), or the Kremlin's echoed name
    // ("President of Tajikistan Emomali Rahmon Rahmon EmomaliPresident of Tajikistan: ...").
    if (const auto& sd = doc_.sentences[si]; out.empty() && sd.speaker >= 0) {
      speaker_line(sd.speaker, static_cast<size_t>(sd.speaker_colon));
    }
    bool any_coded = false;
    size_t visit_end = 0;  // end of this sentence's last visit trigger, 0 if none
    // Where each appeal, demand, rejection, threat, claim or denial of responsibility of the
    // sentence ends (Requested).
    std::vector<Act> acts;
    for (const auto& t : triggers) {
      const std::string_view root = std::string_view(t.cameo).substr(0, 2);
      // Of the intents (03), invitations and offers: "invited Trudeau to visit Ukraine" names
      // no visit. "agreed to", "ready to" make their action an intent instead (Modality).
      const bool invites =
          root == "03"sv && t.tb < toks.size() &&
          (toks[t.tb].lower == "invited"sv || toks[t.tb].lower == "invites"sv ||
           toks[t.tb].lower == "invite"sv || toks[t.tb].lower == "proposed"sv ||
           toks[t.tb].lower == "proposes"sv || toks[t.tb].lower == "propose"sv ||
           toks[t.tb].lower == "offered"sv || toks[t.tb].lower == "offers"sv ||
           toks[t.tb].lower == "proposing"sv || toks[t.tb].lower == "suggested"sv ||
           t.rule == "meet:accepted-invitation"sv);
      // (So is a proposal or plan named as a noun: "a three-phase Israeli proposal for a
      // ceasefire" is no ceasefire.)
      const bool plan_noun = root == "03"sv && t.tb < toks.size() &&
                             (toks[t.tb].lower == "proposal"sv ||
                              toks[t.tb].lower == "proposals"sv || toks[t.tb].lower == "plan"sv ||
                              toks[t.tb].lower == "offer"sv || toks[t.tb].lower == "initiative"sv);
      if (root == "02"sv || invites || plan_noun || root == "10"sv || root == "12"sv ||
          root == "13"sv || t.cameo == "015"sv || t.cameo == "016"sv) {
        // What is asked for, demanded or threatened may be the verb's direct object ("called
        // for a ceasefire", "demanded the release of", "threatened sanctions"); what is
        // refused, claimed or denied was made or happened all the same ("NATO rejected the
        // Russian proposals").
        // (A vetoed decision was not taken either: "blocked the EU's sanctions package".)
        // (Nor did what is denied: "Iran denied sending weapons to Russia".)
        const bool denies = t.tb < toks.size() &&
                            (toks[t.tb].lower == "denied"sv || toks[t.tb].lower == "denies"sv ||
                             toks[t.tb].lower == "deny"sv || toks[t.tb].lower == "denying"sv);
        // (And what is proposed or offered: "Macron proposed a one-month truce" is no truce.)
        const bool proposes = invites && toks[t.tb].lower != "invited"sv &&
                              toks[t.tb].lower != "invites"sv && toks[t.tb].lower != "invite"sv;
        const bool object =
            (t.frame & kVerb) && (root == "02"sv || root == "10"sv || root == "13"sv ||
                                  t.cameo == "129"sv || denies || proposes);
        acts.push_back({t.te, object, root == "13"sv, plan_noun && !invites});
      }
    }
    // Where each verb of judging ends: rejecting, condemning, criticising, praising or
    // welcoming something that somebody else did ("rejected calls for a ceasefire",
    // "condemned the shelling"); its direct object is not its subject's act (JudgedObject).
    judged_.clear();
    criticised_.clear();
    for (const auto& t : triggers) {
      // (And protesting: "The Russian embassy protested the arrest of a Russian citizen".)
      if ((t.frame & kVerb) && (JudgesAnAct(t.cameo) || t.cameo == "141"sv)) {
        judged_.push_back(t.te);
        if (!t.cameo.starts_with("05"sv)) criticised_.push_back(t.te);
      }
    }
    gatherings_.clear();
    std::vector<size_t> signed_at;  // where each signing verb ends (read before they move)
    std::vector<size_t> starts;     // where each trigger begins
    for (const auto& t : triggers) {
      starts.push_back(t.tb);
      if (IsConsultation(t.type)) gatherings_.emplace_back(t.tb, t.te);
      if (t.cameo == "057"sv && (t.frame & kVerb)) signed_at.push_back(t.te);
    }
    for (auto& c : triggers) {
      // "arrived in China on a visit": the noun repeats the verb's visit, whose guest is the
      // subject; read alone it took China for the guest.
      if (c.type == "visit"sv) {
        const bool repeat = visit_end > 0 && c.tb >= visit_end && c.tb - visit_end <= 4;
        visit_end = c.te;
        if (repeat) continue;
      }
      if (c.type == "meeting"sv && MeetsANeed(si, c)) continue;
      // "Khamenei ruled out direct talks with the United States", "rejected negotiations with
      // Kyiv": a gathering a verb of rejection takes as its object did not happen; the
      // rejection is of a meeting (125), with the gathering's "with" party as its target.
      if (IsConsultation(c.type) && (c.frame & kNoun) && RefusedGathering(si, c, &out)) continue;
      // "South Africa and Nigeria signed a trade agreement": what is signed is the signing's
      // content, no cooperation of the signatories' one apiece (two one-sided 061s).
      if (c.cameo.starts_with("06"sv) && (c.frame & kNoun) &&
          std::any_of(signed_at.begin(), signed_at.end(),
                      [&](size_t te) { return te <= c.tb && c.tb - te <= 2; })) {
        continue;
      }
      // "in the temporarily occupied Crimea", "Russia uses occupied Crimea": a participle
      // before the noun it describes is a state of affairs, not its clause's act (PETRARCH
      // codes no verb there; the subject was read as the occupier).
      if (AttributiveParticiple(si, c)) continue;
      // "cracked down on protesters", "clashed with demonstrators": a crowd that another clause
      // acts on is no protest of that clause's subject; nor is one that another trigger takes
      // as its object, past numbers and quantifiers ("security forces killed 20 protesters").
      if (c.cameo.starts_with("14"sv) && c.te == c.tb + 1 && c.tb > 0) {
        static const KeySet kCrowd = {"protesters", "protestors", "demonstrators", "rioters"};
        static const KeySet kPrepositions = {"on", "at",    "against", "with", "to",
                                             "of", "among", "by",      "from", "upon"};
        static const KeySet kQuantifiers = {"the",    "peaceful", "unarmed", "several", "many",
                                            "dozens", "hundreds", "some",    "young"};
        static const KeySet kJoins = {"and", "of", "or", "but"};
        size_t k = c.tb;
        while (k > 0 && (toks[k - 1].kind == TokenKind::kNumber || kQuantifiers.Has(toks[k - 1]))) {
          --k;
        }
        // (Or of any verb: "The Iraqi security forces protect demonstrators". A crowd noun
        // heading its own clause opens it or follows "of" or "and": "Thousands of protesters".)
        const bool object = std::any_of(triggers.begin(), triggers.end(),
                                        [&](const auto& o) {
                                          return o.te == k && (o.frame & kVerb) && &o != &c;
                                        }) ||
                            (k > 1 && toks[k - 1].kind == TokenKind::kWord && !toks[k - 1].cap &&
                             MentionAt(si, k - 1) < 0 && !kJoins.Has(toks[k - 1]) &&
                             !(k > 2 && toks[k - 2].lower == "-"sv));
        if (kCrowd.Has(toks[c.tb]) && (object || kPrepositions.Has(toks[c.tb - 1]))) continue;
      }
      // "he was declared the winner": a passive speech verb is said of its subject, no speech
      // of his; "since the tariffs were announced" names no speaker (was Trump's statement, the
      // name nearest before), unless a "by" phrase does.
      if (c.type == "statement"sv && (c.frame & kSpeech) && c.tb > 0 &&
          (toks[c.tb - 1].lower == "was"sv || toks[c.tb - 1].lower == "were"sv ||
           toks[c.tb - 1].lower == "been"sv || toks[c.tb - 1].lower == "being"sv) &&
          (toks[c.tb].lower == "declared"sv ||
           (toks[c.tb].lower == "announced"sv && c.te == c.tb + 1 &&
            !(c.te < toks.size() && toks[c.te].lower == "by"sv)))) {
        continue;
      }
      // "summoned the U.S. ambassador on Friday to protest against ...": the summoner's
      // complaint, which the verb codes (was the envoy's protest); what is protested stays
      // judged (judged_ above), no act of the summoner's ("to protest the deal").
      if (c.rule == "protest:protest"sv && c.tb > 0 && toks[c.tb - 1].lower == "to"sv) {
        bool summons = false;
        for (size_t k = c.tb; k > 0 && c.tb - k < 12 && !summons;) {
          --k;
          summons = toks[k].lower == "summoned"sv || toks[k].lower == "summons"sv ||
                    toks[k].lower == "summon"sv || toks[k].lower == "summoning"sv;
        }
        if (summons) continue;
      }
      // Leaving is reducing relations only with an international body left, named right after
      // the verb: "formally left the Economic Community of West African States" (not "left
      // Kyiv", "left the summit early", "left-wing").
      if (c.rule.starts_with("leave-body:"sv)) {
        size_t o = c.te;
        if (o < toks.size() && toks[o].lower == "the"sv) ++o;
        const int om = o < toks.size() ? MentionAt(si, o) : -1;
        const int body = om >= 0 ? doc_.mentions[om].entity : -1;
        // (Not the United Nations' own bodies, which an official or a session leaves: "As he
        // leaves the United Nations", "we are leaving the General Assembly in need of ...".)
        const std::string code = body >= 0 ? ActorCode(doc_, body) : std::string();
        if (body < 0 || doc_.mentions[om].tb != o || !code.starts_with("IGO"sv) ||
            code == "IGOUNO"sv || (c.tb > 0 && toks[c.tb - 1].lower == "-"sv)) {
          continue;
        }
      }
      // A host to be hosts a party named right after it ("Xi will host Putin for a state
      // visit"); "Japan will host the Group of 20 summit", "will host Miss Universe" announce
      // a gathering, read from its noun (if it is one), not a meeting of the host's.
      if (c.rule.starts_with("host:"sv) && c.te > c.tb + 1 &&
          (toks[c.tb].lower == "will"sv || toks[c.tb].lower == "would"sv ||
           toks[c.tb].lower == "is"sv)) {
        // (Past the guest's title: "will host Russian President Vladimir Putin".)
        int guest = -1;
        for (size_t k = c.te; k < toks.size() && k < c.te + 5 && toks[k].cap; ++k) {
          const int mi = MentionAt(si, k);
          if (mi >= 0 && doc_.mentions[mi].kind != MentionKind::kAdjective) {
            guest = doc_.mentions[mi].entity;
            break;
          }
        }
        if (guest < 0 || (doc_.entities[guest].out.type != "person"sv &&
                          doc_.entities[guest].out.type != "country"sv)) {
          continue;
        }
      }
      // "so-called", "the Security Council called" vs "called X": a bare "called" needs an
      // object right after it.
      if (c.trig != nullptr && c.trig->tokens.size() == 1 && c.trig->tokens[0] == "called"sv) {
        if (c.te >= toks.size() || MentionAt(si, c.te) < 0) continue;
        if (c.tb >= 2 && toks[c.tb - 1].lower == "-"sv && toks[c.tb - 2].lower == "so"sv) continue;
        // Naming too: "what it called Washington's direct involvement", "called Xi a dictator",
        // "called Putin the aggressor" (was a telephone call with Xi).
        if (c.tb >= 2 && toks[c.tb - 2].lower == "what"sv) continue;
        if (const size_t after = doc_.mentions[MentionAt(si, c.te)].te; after + 1 < toks.size()) {
          static const KeySet kTime = {"next",    "following", "same",  "previous", "day",
                                       "evening", "morning",   "night", "week"};
          const auto& w = toks[after].lower;
          if (w == "a"sv || w == "an"sv || (w == "the"sv && !kTime.Has(toks[after + 1]))) continue;
        }
        // "events called Russia is My History": naming, not phoning; a caller comes first,
        // or a person called after "and" or an adverb: "Biden condemned the attack and called
        // Trump", "Trump later called Zelenskiy".
        const int callee = doc_.mentions[MentionAt(si, c.te)].entity;
        const bool person_called =
            callee >= 0 && doc_.entities[callee].out.type == "person"sv && c.tb >= 2 &&
            (toks[c.tb - 1].lower == "and"sv || toks[c.tb - 1].lower == "later"sv ||
             toks[c.tb - 1].lower == "also"sv || toks[c.tb - 1].lower == "then"sv);
        // The caller may stand before an auxiliary: "Trump said he had called Putin" (was no
        // call).
        size_t caller_end = c.tb;
        static const KeySet kPerfect = {"had", "has", "have"};
        if (caller_end >= 2 && kPerfect.Has(toks[caller_end - 1])) --caller_end;
        if (caller_end == 0 || (MentionAt(si, caller_end - 1) < 0 &&
                                Pronoun(si, caller_end - 1) < 0 && !person_called)) {
          continue;
        }
      }
      const size_t left = LeftBound(si, c.tb), right = RightBound(si, c.te);
      // What an attack named as the clause's subject kills or destroys is that attack's doing,
      // read from its noun (its owner, and its target below): "A Russian missile and drone
      // attack on Kyiv killed 12 people" was also a killing by Kyiv, the name in the attack's
      // own phrase (below, once the agent is read; "Israeli airstrikes killed", "Air strikes
      // killed" stay the verb's).
      size_t attack_subject = toks.size();
      if ((c.cameo.starts_with("19"sv) || c.cameo.starts_with("18"sv)) && (c.frame & kVerb) &&
          !(c.frame & kNoun) && c.te == c.tb + 1) {
        static const KeySet kHits = {"killed", "wounded", "destroyed", "damaged",
                                     "hit",    "struck",  "injured"};
        static const KeySet kAttacks = {"attack",      "attacks",    "strike",   "strikes",
                                        "airstrike",   "airstrikes", "shelling", "bombing",
                                        "bombardment", "raid"};
        for (size_t k = c.tb; kHits.Has(toks[c.tb]) && k > left && c.tb - k < 8; --k) {
          if (toks[k - 1].kind == TokenKind::kPunct && toks[k - 1].lower != "-"sv) break;
          if (kAttacks.Has(toks[k - 1])) {
            attack_subject = k - 1;
            break;
          }
        }
      }
      // "did not sign the agreement", "If Russia attacks Ukraine, ...": no factual event, as
      // PETRARCH codes none (a conditional's main clause is its threat or intent, below).
      if (c.type != "statement"sv && (Negated(si, c, left) || Conditional(si, c.tb, left))) {
        continue;
      }
      if (Asked(si, c) || AccusedOf(si, c) || EndedTruce(si, c) || RefusedToJoin(si, c) ||
          RightTo(si, c) || Anniversary(si, c)) {
        continue;
      }
      // A statement is the one speech act that is no content of another, except when asked
      // for: "We asked the Alliance to say it will fully help Ukraine" (NATO said nothing).
      if ((c.type != "statement"sv || (c.tb > 0 && toks[c.tb - 1].lower == "to"sv)) &&
          Requested(si, acts, c)) {
        continue;
      }
      HyphenPair(&c);
      if (!c.explicit_pair) JointBodyPair(&c);
      if (c.type == "agreement"sv && NotAnAgreement(c, left, right)) continue;
      if (c.type == "visit"sv && CrowdOrGoodsArrive(c, left)) continue;
      if (c.trig != nullptr && c.trig->cameo == "043"sv && !ReceivesAPerson(c)) continue;
      if (c.cameo == "043"sv && HostsDisplaced(c)) continue;
      if (c.type == "aid"sv && HelpWithAnAct(c)) continue;
      if (c.cameo.starts_with("12"sv) && FellInNumber(c)) continue;
      if (c.rule.starts_with("propose:offer"sv) && !OfferedThing(&c)) continue;
      if (c.cameo == "054"sv && (c.frame & kVerb) && AcknowledgesAFact(c)) continue;
      // "in recognition of its achievements": an acknowledgement, no recognition of a state.
      if (c.cameo == "054"sv && c.tb > 0 && toks[c.tb - 1].lower == "in"sv &&
          toks[c.tb].lower == "recognition"sv && c.te < toks.size() && toks[c.te].lower == "of"sv) {
        continue;
      }
      if (c.trig != nullptr && c.type == "request"sv && AsksAQuestion(c)) continue;
      if ((c.frame & kSpeech) && InQuote(toks[c.tb].begin)) continue;  // the speaker's own words
      // "a court issued a warrant for his arrest", "Navalny's detention": a person who owns an
      // arrest suffers it; only a "by" phrase names who arrests.
      bool patient_owned = false;
      if (c.agent < 0 && (c.cameo == "173"sv || c.cameo == "174"sv)) {
        if (const int patient = PersonOwner(si, c.tb); patient >= 0) {
          c.others.push_back(patient);
          c.agent = ByAgent(si, c.te);
          patient_owned = true;
        }
      }
      // "Putin and Erdogan discussed Syria by phone": who talks by phone is the clause's
      // subject, not the nearest name.
      if (c.agent < 0 && c.rule.starts_with("by-phone:"sv) && left < c.tb) {
        if (const int subject = SentenceSubject(si, c.tb); subject >= 0) {
          // All of a compound subject: "Putin and Erdogan", "the foreign ministers of Russia
          // and Turkey".
          size_t at = 0;
          while (at < c.tb &&
                 !(MentionAt(si, at) >= 0 && doc_.mentions[MentionAt(si, at)].entity == subject)) {
            ++at;
          }
          const auto subjects = NounPhrase(si, at, c.tb);
          c.agent = subject;
          for (int e : subjects) {
            if (e != subject) c.others.push_back(e);
          }
          // "Merz later briefed Trump by phone": the object of a verb of telling right before
          // "by phone" is the other party (was Merz's call with nobody; not what is discussed:
          // "Putin discussed Syria by phone").
          static const KeySet kToldBy = {"briefed",       "updated",   "informed",  "thanked",
                                         "congratulated", "reassured", "consulted", "contacted",
                                         "assured",       "urged",     "told",      "called"};
          if (c.others.empty() && c.tb >= 3) {
            const int om = MentionAt(si, c.tb - 1);
            const int object = om >= 0 ? doc_.mentions[om].entity : -1;
            const size_t ob = om >= 0 ? doc_.mentions[om].tb : 0;
            if (object >= 0 && object != subject && Actor(object) && ob > 0 &&
                doc_.mentions[om].te == c.tb && !doc_.mentions[om].modifier &&
                kToldBy.Has(toks[ob - 1])) {
              c.others.push_back(object);
            }
          }
        }
      }
      if (!patient_owned && c.agent < 0 && (c.frame & kClose)) {
        // "Russia's war against Ukraine", "Russian aggression": only an owner right before the
        // noun acts, or its "by" phrase ("violations of the ceasefire by illegal armed
        // groups"); "Putin discussed the war" says nothing about who fights.
        if (!OfNominalization(si, c.tb)) c.agent = ByAgent(si, c.te);
        if (c.agent < 0) c.agent = CloseOwner(si, c.tb);
        // Nor does a verb that makes the noun its subject's act: "The Israeli army launched a
        // ground offensive in southern Lebanon", "Russia unleashed a war against Ukraine".
        if (c.agent < 0) {
          const size_t verb = LightVerbOf(si, c.tb);
          if (verb < c.tb && !Factual(si, verb, left)) continue;  // "did not start a war"
          if (verb < c.tb) c.agent = LightVerbSubject(si, verb, left);
          if (c.agent >= 0 && NamedAct(si, c)) c.agent = -1;
        }
      } else if (!patient_owned && c.agent < 0) {
        // "The President welcomed Mark Rutte and noted that ...": a verb coordinated with the
        // clause's first one shares its subject; the nearest name is the first verb's object.
        c.agent = CoordinatedVerbSubject(si, c);
        // (A coordinated verb whose only names before it are possessors has no
        // subject this reading knows; the nearest name is not it.)
        const bool no_subject = c.agent == kNoSubject;
        if (no_subject) c.agent = -1;
        // "India condemned Washington's decision to double tariffs": a decision's owner does
        // what it decided (was India's tariffs).
        if (c.agent < 0 && !no_subject && !IsConsultation(c.type) && c.type != "statement"sv) {
          c.agent = DecisionOwner(si, c.tb, left);
        }
        // "Zelenskyy talked with the Prime Minister of Croatia and agreed on the plan": an
        // agreement coordinated with a consultation is with its "with" party.
        if (c.agent >= 0 && c.type == "agreement"sv) {
          for (int e : CoordinatedWithParty(si, c)) {
            if (e != c.agent) c.others.push_back(e);
          }
        }
        // "A meeting of the UN Security Council and a special meeting of the OSCE": the second
        // gathering of a coordination has no agent before it (the first one's party is not).
        // A noun's owner acts, whoever the clause's subject is: "Israeli air strikes killed 20
        // people", "NATO rejected the Russian proposals" (a gathering's owner is read below).
        if (c.agent < 0 && (c.frame & kNoun) && !IsConsultation(c.type) &&
            c.type != "statement"sv) {
          c.agent = NounOwner(si, c.tb, c.te);
        }
        // "Polish farmers blocked border crossings with Ukraine to protest grain imports": a
        // verb of purpose after "to" acts for the subject of the verb it completes, not for
        // the nearest name (the completed verb's object). Not after a verb whose object acts
        // ("urged Russia to withdraw": requests, demands, appeals).
        // (Protests only: after a noun, "Trump's decision to withdraw from the nuclear deal",
        // the infinitive is the noun's, which this reading cannot tell from a purpose.)
        if (c.agent < 0 && c.tb > 0 && toks[c.tb - 1].lower == "to"sv && (c.frame & kVerb) &&
            c.cameo.starts_with("14"sv)) {
          for (auto it = out.rbegin(); it != out.rend(); ++it) {
            if (it->si != si || it->te >= c.tb) continue;
            // (Nor after a verb with a party as its object: "We offer the United States to
            // impose sanctions" is an offer that the US act.)
            size_t obj = it->te;
            if (obj < toks.size() && toks[obj].lower == "the"sv) ++obj;
            const int obj_mention = obj < c.tb ? MentionAt(si, obj) : -1;
            const bool object_acts = it->cameo.starts_with("02"sv) ||
                                     it->cameo.starts_with("10"sv) || it->type == "statement"sv ||
                                     (obj_mention >= 0 && Actor(doc_.mentions[obj_mention].entity));
            bool boundary = false;
            for (size_t k = it->te; k + 1 < c.tb; ++k) {
              const auto& w = toks[k].lower;
              boundary = boundary || w == ","sv || w == "that"sv || w == "who"sv ||
                         w == "which"sv || w == ";"sv || w == "and"sv;
            }
            if ((it->frame & kVerb) && !object_acts && !boundary && it->agent >= 0) {
              c.agent = it->agent;
            }
            break;
          }
        }
        // "Putin briefed Lukashenko on the talks with Biden": who informs about a gathering
        // took part in it, whom he informs did not (nobody known of a passive: "Lukashenko was
        // informed in detail about the progress of talks").
        bool informed = false;
        if (const size_t inform = InformedAbout(si, c.tb);
            c.agent < 0 && IsConsultation(c.type) && (c.frame & kNoun) && inform < c.tb) {
          informed = true;
          const auto& be = inform > 0 ? toks[inform - 1].lower : toks[inform].lower;
          if (be != "was"sv && be != "were"sv && be != "been"sv && be != "being"sv) {
            // (The informing clause's own subject: "... that the Red Cross has not yet informed
            // us about visiting our prisoners", not the sentence's "I".)
            int subject = -1;
            bool clause = false;
            for (size_t k = inform; k > 0 && inform - k < 8 && subject < 0; --k) {
              const auto& w = toks[k - 1].lower;
              if (w == "that"sv || w == ","sv || w == ";"sv || w == "and"sv) {
                clause = true;
                break;
              }
              const int mi = MentionAt(si, k - 1);
              if (mi >= 0 && doc_.mentions[mi].entity >= 0 && Actor(doc_.mentions[mi].entity)) {
                subject = doc_.mentions[mi].entity;
              }
            }
            if (subject < 0 && !clause) subject = SentenceSubject(si, inform);
            if (subject >= 0 &&
                std::find(c.others.begin(), c.others.end(), subject) == c.others.end()) {
              c.agent = subject;
            }
          }
        }
        if (c.agent < 0 && !informed && !no_subject && !CoordinatedGathering(si, c) &&
            (IsConsultation(c.type)
                 ? !ReportedObject(si, c) && !JudgedObject(si, c, true) && !OutcomeOf(si, c.tb) &&
                       // (Nor one welcomed with no "of" party: "Turkey ... welcomed the visit"
                       // of others.)
                       !(JudgedObject(si, c) && (c.te >= toks.size() || toks[c.te].lower != "of"sv))
                 : c.type == "statement"sv ||
                       (!AfterTimePreposition(si, c.tb) && !JudgedObject(si, c))) &&
            !VisitTimesClause(si, c) && !((c.frame & kSpeech) && UnnamedSpeaker(si, c.tb, left))) {
          c.agent = Agent(si, c.tb, left, (c.frame & kSpeech) || !(c.frame & kNoun));
          // "Cuba has suffered from the embargo", "Iran faces sanctions": who suffers a hostile
          // act is its target, not who does it.
          if (c.agent >= 0 && Suffers(si, c)) {
            c.others.push_back(c.agent);
            c.agent = -1;
          }
          // "Biden called genocide what the Russian army is doing", "to recognize the Holodomor
          // as an act of genocide": who names an act does not commit it.
          if (c.agent >= 0 && NamedAct(si, c)) c.agent = -1;
          if (c.agent >= 0) {
            if (const int guest = VisitorOfClause(si, c); guest >= 0) c.agent = guest;
          }
        }
        // "Poland expelled a Belarusian diplomat on Monday after accusing Minsk of organising
        // illegal migration": a gerund right after a preposition of time is done by the main
        // clause's subject (was an accusation by nobody). Not one of a participle's phrase:
        // "awards to the defenders for selfless actions shown while defending" (Zelenskyy's).
        static const KeySet kTimeBefore = {"after", "before", "while", "since"};
        const std::string& before_prep = toks[c.tb > 1 ? c.tb - 2 : 0].lower;
        const bool participle_before =
            !toks[c.tb > 1 ? c.tb - 2 : 0].cap &&
            (before_prep.ends_with("ed"sv) || before_prep.ends_with("wn"sv) ||
             before_prep.ends_with("en"sv));
        if (c.agent < 0 && (c.frame & kVerb) && c.te == c.tb + 1 && c.tb > 1 &&
            toks[c.tb].lower.ends_with("ing"sv) && kTimeBefore.Has(toks[c.tb - 1]) &&
            !participle_before) {
          const int subject = SentenceSubject(si, c.tb - 1);
          if (subject >= 0 &&
              std::find(c.others.begin(), c.others.end(), subject) == c.others.end()) {
            c.agent = subject;
          }
        }
      }
      if (attack_subject < toks.size() && c.agent >= 0) {
        bool in_attack_phrase = false;
        for (size_t k = attack_subject + 1; k < c.tb && !in_attack_phrase; ++k) {
          const int mi = MentionAt(si, k);
          in_attack_phrase = mi >= 0 && doc_.mentions[mi].entity == c.agent &&
                             doc_.mentions[mi].tb > attack_subject;
        }
        if (in_attack_phrase) continue;
      }
      // "Fidan said Ankara was ready, after meeting his Ukrainian counterpart": a gerund
      // after a preposition of time is the main clause subject's, wherever the clause stands.
      if (c.agent < 0 && IsConsultation(c.type) && c.tb > 0 &&
          toks[c.tb].lower.ends_with("ing"sv) &&
          (toks[c.tb - 1].lower == "after"sv || toks[c.tb - 1].lower == "before"sv ||
           toks[c.tb - 1].lower == "while"sv)) {
        const int subject = SentenceSubject(si, c.tb);
        if (subject >= 0 &&
            std::find(c.others.begin(), c.others.end(), subject) == c.others.end()) {
          c.agent = subject;
        }
      }
      // "Ukrainian troops pushed into Russia's Kursk region in the largest cross-border attack
      // of the war": an attack the clause's armed subject acts "in" is that force's (was none).
      if ((c.frame & kNoun) && c.agent < 0 && c.cameo.starts_with("19"sv) && c.tb >= 2) {
        size_t k = c.tb;
        while (k > left && c.tb - k < 7 &&
               ((toks[k - 1].kind == TokenKind::kWord && !toks[k - 1].cap) ||
                toks[k - 1].lower == "-"sv) &&
               toks[k - 1].lower != "in"sv) {
          --k;
        }
        if (k > left && toks[k - 1].lower == "in"sv && k < c.tb &&
            (toks[k].lower == "the"sv || toks[k].lower == "a"sv || toks[k].lower == "an"sv)) {
          const int subject = SentenceSubject(si, c.tb);
          if (ArmedForce(subject)) c.agent = subject;
        }
      }
      // "was arrested in Hamburg at the request of U.S. authorities": a request's "of" party
      // makes it (was a request to the authorities).
      if (c.cameo.starts_with("02"sv) && c.tb >= 2 && toks[c.tb - 1].lower == "the"sv &&
          toks[c.tb - 2].lower == "at"sv && c.te + 1 < toks.size() && toks[c.te].lower == "of"sv) {
        const auto by = NounPhrase(si, c.te + 1, std::min(toks.size(), c.te + 8));
        if (!by.empty()) {
          std::erase(c.others, by[0]);
          c.agent = by[0];
        }
      }
      // "An Israeli air strike destroyed Iran's consulate in Damascus": what an attack named as
      // its clause's subject destroys, hits or kills is its target (was none).
      if ((c.frame & kNoun) && c.others.empty() &&
          (c.cameo.starts_with("19"sv) || c.cameo.starts_with("18"sv)) && c.te + 1 < toks.size()) {
        static const KeySet kHits = {"destroyed", "damaged", "hit",     "struck",
                                     "killed",    "wounded", "targeted"};
        if (kHits.Has(toks[c.te])) {
          for (size_t k = c.te + 1; k < toks.size() && k < c.te + 5; ++k) {
            const int mi = MentionAt(si, k);
            if (mi < 0) {
              if (toks[k].kind != TokenKind::kWord && toks[k].kind != TokenKind::kNumber) break;
              continue;
            }
            const int e = doc_.mentions[mi].kind == MentionKind::kAdjective
                              ? CountryEntity(doc_.mentions[mi].country)
                              : doc_.mentions[mi].entity;
            if (e >= 0 && e != c.agent && Actor(e)) c.others.push_back(e);
            break;
          }
        }
      }
      // "placed President Ali Bongo under house arrest": who is put under arrest stands
      // between the verb and "under"; who puts him there is the verb's subject (was Bongo's
      // arrest of nobody).
      if (c.cameo == "173"sv && c.tb >= 2 &&
          (toks[c.tb - 1].lower == "under"sv ||
           (toks[c.tb - 1].lower == "house"sv && toks[c.tb - 2].lower == "under"sv))) {
        size_t v = toks[c.tb - 1].lower == "under"sv ? c.tb - 1 : c.tb - 2;
        const size_t under = v;
        while (v > left && under - v < 8 && toks[v - 1].lower != "placed"sv &&
               toks[v - 1].lower != "put"sv && toks[v - 1].lower != "kept"sv &&
               toks[v - 1].lower != "placing"sv) {
          --v;
        }
        if (v > left && under - v < 8) {
          std::vector<int> held;
          for (size_t k = v; k < under; ++k) {
            const int mi = MentionAt(si, k);
            if (mi >= 0 && doc_.mentions[mi].entity >= 0 &&
                std::find(held.begin(), held.end(), doc_.mentions[mi].entity) == held.end()) {
              held.push_back(doc_.mentions[mi].entity);
            }
          }
          if (!held.empty()) {
            const int keeper = Agent(si, v - 1, left, true);
            c.agent = std::find(held.begin(), held.end(), keeper) == held.end() ? keeper : -1;
            c.others = held;
          }
        }
      }
      // "Hamas was holding two Americans hostage": who is taken is between the verb of taking
      // and "hostage", who takes before the verb (was the Americans' abduction).
      if (c.rule == "abduct:hostage"sv) {
        size_t v = c.tb;
        static const KeySet kTake = {"took",    "take", "takes",   "taken", "taking", "seized",
                                     "seizing", "held", "holding", "holds", "hold"};
        while (v > left && c.tb - v < 7 && !kTake.Has(toks[v - 1])) --v;
        if (v > left && kTake.Has(toks[v - 1])) {
          std::vector<int> taken;
          for (size_t k = v; k < c.tb; ++k) {
            const int mi = MentionAt(si, k);
            const int e = mi >= 0 ? doc_.mentions[mi].entity : -1;
            if (e >= 0 && Actor(e) && std::find(taken.begin(), taken.end(), e) == taken.end()) {
              taken.push_back(e);
            }
          }
          const int taker = Agent(si, v - 1, left, true);
          c.agent = std::find(taken.begin(), taken.end(), taker) == taken.end() ? taker : -1;
          for (int e : taken) {
            if (std::find(c.others.begin(), c.others.end(), e) == c.others.end()) {
              c.others.push_back(e);
            }
          }
        }
      }
      // "an air strike it blamed on Israel destroyed its consulate": an attack blamed on a party
      // is that party's (was Iran's, the blamer's).
      if ((c.frame & kNoun) && (c.cameo.starts_with("18"sv) || c.cameo.starts_with("19"sv))) {
        for (size_t k = c.te; k + 2 < toks.size() && k < c.te + 4; ++k) {
          if (toks[k].lower != "blamed"sv || toks[k + 1].lower != "on"sv) continue;
          const int mi = MentionAt(si, k + 2);
          const int e = mi >= 0 ? doc_.mentions[mi].entity : -1;
          if (e >= 0 && Actor(e) && doc_.mentions[mi].tb == k + 2) {
            if (c.agent >= 0 && c.agent != e) c.others.push_back(c.agent);
            c.agent = e;
            c.others.erase(std::remove(c.others.begin(), c.others.end(), e), c.others.end());
          }
          break;
        }
      }
      // "Ukraine agreed to a ceasefire with Russia after talks with American officials in
      // Jeddah": talks after "after" or "following" with a "with" party are the main clause
      // subject's, not the nearest name's (Russia, an object; was a Russian-US meeting).
      if (IsConsultation(c.type) && (c.frame & kNoun) && c.tb > 0 && c.te < toks.size() &&
          toks[c.te].lower == "with"sv && c.agent >= 0 &&
          (toks[c.tb - 1].lower == "after"sv || toks[c.tb - 1].lower == "following"sv) &&
          ObjectOfPreposition(si, c.agent, c.tb)) {
        const int subject = SentenceSubject(si, c.tb);
        if (subject >= 0 && subject != c.agent &&
            std::find(c.others.begin(), c.others.end(), subject) == c.others.end()) {
          c.agent = subject;
        }
      }
      // "I think", "as I said": a speaker's first-person speech is the
      // speaker line's statement already, not another one.
      if ((c.frame & kSpeech) && FirstPersonOnly(si, c.tb, c.agent)) continue;
      // "Ilham Aliyev informed Vladimir Putin of his May 22 meeting with Nikol Pashinyan": the
      // one whose gathering it is holds it, not whoever the clause names nearest. (Visits have
      // their own reading of "his visit": VisitorOfAnotherCountry.)
      if (IsConsultation(c.type) && c.type != "visit"sv && !c.explicit_pair) {
        if (const int owner = PossessiveOwner(si, left, c.tb); owner >= 0) c.agent = owner;
      }
      // "Russia and North Korea signed a pact during Putin's visit to Pyongyang": a person
      // named as a visit's owner is its guest.
      if (c.type == "visit"sv && (c.frame & kNoun) && !c.explicit_pair) {
        if (const int owner = NamedPossessor(si, c.tb); owner >= 0) c.agent = owner;
      }
      if ((c.frame & kMeet) && c.agent >= 0 && !c.explicit_pair) {
        for (int e : CoordinatedSubject(si, c.tb, left, c.agent)) c.others.push_back(e);
      }
      if (c.frame & kClose) {
        // "invasion of Ukraine", "aggression against Ukraine": the target follows directly;
        // "discussed the war with Xi" names a conversation partner, not a belligerent.
        size_t k = c.te;
        // An attack's "by" phrase right after it names who attacks, and the "on" or "against"
        // phrase after that its target: "an attack by Israel on Hamas leaders" (was Israel's
        // on nobody), "the strike by Israeli forces on Doha" (was nobody's on the forces).
        if ((c.cameo.starts_with("18"sv) || c.cameo.starts_with("19"sv)) && k + 1 < toks.size() &&
            toks[k].lower == "by"sv) {
          // (A means is no agent, but its target is still the attack's: "the attack by drones
          // on Kyiv". Nor is the "by" phrase of a noun that acts on the attack: "the
          // deterrence of armed aggression by the Ukrainian army".)
          if (const int by = OfNominalization(si, c.tb) ? -1 : ByAgent(si, k); by >= 0) {
            c.agent = by;
            std::erase(c.others, by);
          }
          size_t j = k + 1;
          while (j + 1 < toks.size() && j < k + 8 && toks[j].kind != TokenKind::kPunct &&
                 toks[j].lower != "on"sv && toks[j].lower != "against"sv) {
            ++j;
          }
          if (toks[j].lower == "on"sv || toks[j].lower == "against"sv) k = j;
        }
        if (k + 1 < toks.size() &&
            (toks[k].lower == "against"sv || toks[k].lower == "on"sv || toks[k].lower == "of"sv)) {
          auto ents = NounPhrase(si, k + 1, std::min(toks.size(), k + 6));
          // "the attacks of Russian troops": armed forces after "of" make the attack, as a
          // country after it suffers one ("the invasion of Ukraine").
          if (c.agent < 0 && toks[k].lower == "of"sv && c.cameo.rfind("19", 0) == 0 &&
              !ents.empty() && ArmedForce(ents[0])) {
            c.agent = ents[0];
            ents.erase(ents.begin());
          }
          if (c.agent < 0 && toks[k].lower == "of"sv && GivenOf(c, ents)) {
            c.agent = ents[0];
            ents.clear();
            WithPartyAfter(&c, k + 1);
          }
          // The "by" phrase after the "of" phrase names who acts: "the release of 15 Armenian
          // detainees by Azerbaijan", "the shelling of Kharkiv by Russian forces".
          for (size_t j = k + 2; c.agent < 0 && toks[k].lower == "of"sv && !ents.empty() &&
                                 j < toks.size() && j < k + 8;
               ++j) {
            if (OfPhraseEnds(toks, starts, j)) break;
            if (toks[j].lower != "by"sv) continue;
            if (const int by = ByAgent(si, j); by >= 0) {
              c.agent = by;
              std::erase(ents, by);
            }
            break;
          }
          // "a raid on Iran's secret atomic archive", "Israel's attack on Iran's nuclear
          // facilities": the owner of what the attack strikes, as a verb's (StruckThingAt;
          // was no target).
          if (ents.empty() && toks[k].lower != "of"sv) {
            if (const size_t at = StruckThingAt(c); at < toks.size()) {
              const Mention& m = doc_.mentions[MentionAt(si, at)];
              const int owner = m.entity >= 0 ? m.entity : CountryEntity(m.country);
              if (owner >= 0 && owner != c.agent && Actor(owner)) ents.push_back(owner);
            }
          }
          for (int e : ents) c.others.push_back(e);
        }
      } else if (!c.explicit_pair) {
        Objects(&c);
        // The "by" phrase after a trigger's "of" phrase names who acts: "the release of 15
        // Armenian detainees by Azerbaijan", "the recognition of Kosovo by Serbia" (not a
        // gathering's or an agreement's: "the signing of the treaty by the two presidents"
        // has them all as parties; nor a judgment's, whose object is mostly an act and the
        // "by" phrase its agent: "our condemnation of human rights violations by Israel").
        if (c.agent < 0 && c.te < toks.size() && toks[c.te].lower == "of"sv &&
            !IsConsultation(c.type) && c.type != "agreement"sv && !JudgesAnAct(c.cameo)) {
          for (size_t j = c.te + 2; j < toks.size() && j < c.te + 8; ++j) {
            if (OfPhraseEnds(toks, starts, j)) break;
            if (toks[j].lower != "by"sv) continue;
            // (A participle's "by" phrase is of the noun it describes: "the release of hostages
            // held by Hamas", "recognition of the steps taken by the Government of Cuba"; a
            // passive of the trigger's own is the trigger's: "the blockade of ports was
            // implemented by Russia".)
            // ("held captive by Hamas")
            const size_t pj = toks[j - 1].lower == "captive"sv ? j - 2 : j - 1;
            const auto& p = toks[pj].lower;
            const auto& be = toks[pj - 1].lower;
            if ((p.ends_with("ed"sv) || p == "held"sv || p == "taken"sv || p == "made"sv ||
                 p == "done"sv || p == "given"sv || p == "led"sv || p == "shown"sv) &&
                be != "was"sv && be != "were"sv && be != "is"sv && be != "are"sv &&
                be != "been"sv) {
              break;
            }
            c.agent = ByAgent(si, j);
            if (c.agent >= 0) std::erase(c.others, c.agent);
            break;
          }
        }
        // "meeting with X" as one trigger: X is its "with" party all the same.
        if (!c.others.empty() && c.te > c.tb && toks[c.te - 1].lower == "with"sv) {
          c.with_party = true;
        }
      }
      // "filed a case at the International Court of Justice accusing Israel of genocide": the
      // court is where the suit goes, the accused its target.
      if (c.cameo == "115"sv && !c.others.empty() &&
          ActorCode(doc_, c.others[0]).find("JUD") != std::string::npos) {
        c.others.erase(c.others.begin());
      }
      if (c.type == "aid"sv && !GivenWith(&c)) GiverAfter(&c, right);
      if (c.cameo == "075"sv) FoundRefuge(&c, right);
      if (c.type == "threat"sv && c.others.empty()) WarnedThat(&c);
      if (c.cameo.starts_with("19"sv) && c.others.empty() && c.agent >= 0) FiredAt(&c);
      if (c.cameo.starts_with("19"sv) && c.agent >= 0) TargetsIn(&c);
      if (c.type == "proposal"sv || c.cameo == "061"sv) InvestedIn(&c);
      if (c.cameo == "114"sv) HandedNote(&c);
      if (c.cameo.starts_with("16"sv) && (c.frame & kNoun) && !HitWithSanctions(&c)) continue;
      // "Orban met Putin, drawing criticism from EU leaders", "the plan drew praise from
      // Washington": a judgment noun's "from" phrase judges, and whom the clause is about is
      // judged.
      // (Nouns only; "criticism" shares its verbs' entry.)
      if (!toks[c.te - 1].lower.ends_with("ed"sv) && c.te + 1 < toks.size() &&
          toks[c.te].lower == "from"sv &&
          (c.cameo.starts_with("11"sv) || c.cameo.starts_with("12"sv) ||
           c.cameo.starts_with("13"sv) || c.cameo == "051"sv || c.cameo == "141"sv)) {
        const auto from = NounPhrase(si, c.te + 1, std::min(toks.size(), c.te + 8));
        if (!from.empty() && from[0] != c.agent) {
          std::vector<int> judged;
          if (c.agent >= 0) judged.push_back(c.agent);
          c.agent = from[0];
          c.others = std::move(judged);
          // "drawing a sharp protest from Warsaw": a state's protest is a complaint (114).
          if (c.cameo == "141"sv) {
            const std::string code = ActorCode(doc_, c.agent);
            if (code.size() == 3 || (code.size() == 6 && code.compare(3, 3, "GOV") == 0)) {
              c.type = "accusation";
              c.cameo = "114";
            }
          }
        }
      }
      // "an anti-NATO rally", "anti-Russia sanctions": what a protest or a sanction is against
      // is its target.
      // (It comes first: "anti-Russia sanctions have done more damage to Hungary".)
      if ((c.cameo.starts_with("14"sv) || c.cameo.starts_with("16"sv)) && c.tb > 0) {
        const int mi = MentionAt(si, c.tb - 1);
        const int against = mi >= 0 ? doc_.mentions[mi].entity : -1;
        if (against >= 0 && Stance(si, doc_.mentions[mi].tb) < 0 && against != c.agent) {
          c.others.erase(std::remove(c.others.begin(), c.others.end(), against), c.others.end());
          c.others.insert(c.others.begin(), against);
        }
      }
      // "Biden welcomed Xi Jinping to a summit in California", "Putin welcomed Kim Jong Un to
      // Moscow": a person welcomed to a place or a gathering is hosted (043), not praised.
      if (c.rule == "praise:welcomed"sv || c.rule == "praise:welcomes"sv) WelcomedGuest(&c);
      // (A state strikes too when what is struck is in a place: "Israel struck a school in
      // Gaza", or an armed group's: "Israel said it had hit Hezbollah weapons depots", was no
      // event.)
      if (c.rule.starts_with("armed-strike:"sv) && !ArmedForce(c.agent) &&
          !(c.aimed_at && c.agent >= 0) && !StateHitsArmedGroup(c) && !StateHitsForces(&c)) {
        continue;
      }
      // "Russia pulled out of the Black Sea grain deal", "withdrew from the New START treaty":
      // leaving an agreement reduces relations (160), no de-escalation (087).
      // (Only a verb of leaving with "from" or "of" after it: not "the ceasefire agreement".)
      static const KeySet kLeave = {"withdrew",   "withdraw",   "withdraws", "withdrawn",
                                    "withdrawal", "pulled",     "pull",      "pulls",
                                    "pulling",    "withdrawing"};
      // ("of" only after "pulled out": "the withdrawal of the United Nations Organization
      // Stabilization Mission" is the mission's.)
      if (c.rule.starts_with("withdraw:"sv) && kLeave.Has(toks[c.tb]) && c.te < toks.size() &&
          (toks[c.te].lower == "from"sv ||
           (toks[c.te].lower == "of"sv && toks[c.tb].lower.starts_with("pull"sv)))) {
        static const KeySet kDeals = {"deal", "agreement",  "agreements", "treaty",   "accord",
                                      "pact", "initiative", "convention", "protocol", "alliance"};
        // (Or an international organisation left: "announced their withdrawal from the
        // International Criminal Court", "withdrew from the World Health Organization".)
        size_t o = c.te + 1;
        if (o < toks.size() && toks[o].lower == "the"sv) ++o;
        const int om = o < toks.size() ? MentionAt(si, o) : -1;
        const bool body = om >= 0 && doc_.mentions[om].entity >= 0 &&
                          ActorCode(doc_, doc_.mentions[om].entity).starts_with("IGO"sv);
        for (size_t k = c.te; k < toks.size() && k < c.te + 8; ++k) {
          if (kDeals.Has(toks[k]) || (body && k == c.te)) {
            c.type = "sanction";
            c.cameo = "160";
            c.rule = "leave-agreement:" + toks[c.tb].lower;
            break;
          }
          if (toks[k].kind == TokenKind::kPunct && toks[k].lower != "-"sv) break;
        }
      }
      // (A gathering protests only as a crowd's: "protesters gathered outside parliament"; not
      // "Representatives of the Russian Search Movement have gathered in Veliky Novgorod".)
      if (c.rule.starts_with("crowd-gathered:"sv)) {
        static const KeySet kCrowd = {"protesters", "protestors", "demonstrators", "crowds",
                                      "crowd",      "thousands",  "hundreds",      "tens"};
        bool crowd = false;
        for (size_t k = left; k < c.tb && !crowd; ++k) crowd = kCrowd.Has(toks[k]);
        if (!crowd || c.agent < 0 || !CrowdSector(doc_.entities[c.agent].out.sector)) continue;
      }
      // "dispersed" represses a crowd only: "police dispersed protesters in Belgrade", not
      // "funds dispersed to the regions".
      if (c.rule == "repress:dispersed"sv &&
          (c.others.empty() || !CrowdSector(doc_.entities[c.others[0]].out.sector))) {
        continue;
      }
      // "Finland formally joined NATO": a state joins an organisation of states; "joined the
      // talks", "joined forces" are no accession.
      if (c.rule.starts_with("join:"sv) && !JoinsABody(c)) continue;
      if (c.type == "agreement"sv && c.agent >= 0 && c.others.empty()) {
        if (const int party = AgreedToParty(c); party >= 0) c.others.push_back(party);
      }
      // "a $50 billion loan for Ukraine", "an arrest warrant for Netanyahu": who the aid or
      // the charge is for.
      // (Past the noun the aid heads: "a $500 million military aid package for Ukraine".)
      size_t for_at =
          c.te + 1 < toks.size() && ((c.cameo == "173"sv && (toks[c.te].lower == "warrant"sv ||
                                                             toks[c.te].lower == "warrants"sv)) ||
                                     (c.type == "aid"sv && (toks[c.te].lower == "package"sv ||
                                                            toks[c.te].lower == "packages"sv ||
                                                            toks[c.te].lower == "tranche"sv)))
              ? c.te + 1
              : c.te;
      // (Past a date: "issued an arrest warrant on Tuesday for Taliban supreme leader ...".)
      if (const size_t end = DateAfterOn(si, for_at); end > 0) for_at = end;
      // "Biden pledged support for Israel", "promised continued assistance to Ukraine": an
      // intent whose object is help is for the one it names.
      // A proposal or plan for a ceasefire is an intent to de-escalate (0356), as PETRARCH2
      // codes ARRANGE &CEASEFIRE: "a three-phase Israeli proposal for a ceasefire in Gaza".
      if (c.cameo == "030"sv && c.te + 2 < toks.size() && toks[c.te].lower == "for"sv) {
        // (Past a hyphenated length: "a proposal for an immediate 30-day ceasefire".)
        for (size_t k = c.te + 1; k < toks.size() && k < c.te + 7; ++k) {
          const auto& w = toks[k].lower;
          if (w == "ceasefire"sv || w == "truce"sv || w == "cease-fire"sv || w == "armistice"sv) {
            c.cameo = "0356";
            break;
          }
          if (toks[k].kind != TokenKind::kWord && toks[k].kind != TokenKind::kNumber &&
              w != "-"sv) {
            break;
          }
        }
      }
      if (c.cameo.starts_with("03"sv) && (c.frame & kVerb)) {
        int owner = -1;
        static const KeySet kHelp = {"support", "assistance", "aid", "help", "backing"};
        static const KeySet kOwn = {"its",        "their",     "his",      "her",
                                    "full",       "continued", "further",  "strong",
                                    "unwavering", "military",  "financial"};
        size_t h = c.te;
        while (h < toks.size() && h < c.te + 3) {
          // (And its owner: "Fidan pledged Turkey's support for ...".)
          const int om = MentionAt(si, h);
          if (om >= 0 && doc_.mentions[om].te < toks.size() &&
              (toks[doc_.mentions[om].te].lower == "'s"sv ||
               toks[doc_.mentions[om].te - 1].possessive)) {
            h = doc_.mentions[om].te + (toks[doc_.mentions[om].te].lower == "'s"sv ? 1 : 0);
            owner = doc_.mentions[om].entity;
            continue;
          }
          if (!kOwn.Has(toks[h])) break;
          ++h;
        }
        if (h + 2 < toks.size() && kHelp.Has(toks[h]) &&
            (toks[h + 1].lower == "for"sv || toks[h + 1].lower == "to"sv)) {
          auto ents = NounPhrase(si, h + 2, std::min(toks.size(), h + 8));
          // ("support for the reconstruction of Syria": whose the thing supported is.)
          if (ents.empty() && h + 5 < toks.size() && toks[h + 2].lower == "the"sv &&
              toks[h + 4].lower == "of"sv && toks[h + 3].kind == TokenKind::kWord &&
              !toks[h + 3].cap) {
            ents = NounPhrase(si, h + 5, std::min(toks.size(), h + 10));
          }
          // (Where no other target was read, or the one read was the help's owner.)
          if (!ents.empty() && ents[0] != c.agent &&
              (c.others.empty() || (owner >= 0 && c.others[0] == owner))) {
            std::erase(c.others, owner);
            std::erase(c.others, ents[0]);
            c.others.insert(c.others.begin(), ents[0]);
          }
        }
      }
      // (So is support expressed, whatever the object search read further on: "reaffirmed its
      // unwavering support for Ukraine's sovereignty" supports Ukraine, "our support for NATO
      // and ... in United Nations peacekeeping" NATO.)
      const bool support_for =
          c.type == "support"sv && c.te > c.tb && toks[c.te - 1].lower == "support"sv;
      if ((c.type == "aid"sv || c.cameo == "173"sv || support_for) &&
          (c.others.empty() || support_for) && for_at + 1 < toks.size() &&
          toks[for_at].lower == "for"sv) {
        auto ents = NounPhrase(si, for_at + 1, std::min(toks.size(), for_at + 6));
        // (Or the owner of what it is for: "$1.5 billion in aid for Ukraine's energy sector".)
        if (ents.empty()) {
          const int mi = MentionAt(si, for_at + 1);
          const size_t te = mi >= 0 ? doc_.mentions[mi].te : 0;
          if (mi >= 0 && doc_.mentions[mi].entity >= 0 && te < toks.size() &&
              (toks[te].lower == "'s"sv || toks[te - 1].possessive) &&
              Actor(doc_.mentions[mi].entity)) {
            ents.push_back(doc_.mentions[mi].entity);
          }
        }
        if (!ents.empty() && ents[0] != c.agent) c.others = {ents[0]};
      }
      // (Also "meeting with", a verb trigger read as a noun: "During a meeting with Prime
      // Minister of the Czech Republic Petr Fiala on Tuesday, Ihor Zhovkva conveyed ...".)
      if (IsConsultation(c.type) && (c.agent < 0 || c.others.empty()) && c.others.size() < 2) {
        DuringClause(&c);
      }
      // "During the conversation with the journalist, the President answered questions": the
      // one who speaks to the press is the main clause's.
      if (c.type == "statement"sv && c.agent < 0 && c.rule.starts_with("press-conference"sv)) {
        DuringClause(&c);
        c.others.clear();
      }
      // "Zelenskyy said that the key issues in the talks with Boris Johnson were ...": talks
      // "with" one party, and nobody else in their clause, are the sentence subject's.
      if (IsConsultation(c.type) && (c.frame & kNoun) && c.agent < 0 && c.others.size() == 1 &&
          c.te < toks.size() && toks[c.te].lower == "with"sv) {
        const int subject = SentenceSubject(si, left, true);
        if (subject >= 0 && subject != c.others[0] &&
            EntityCountry(doc_, subject) != EntityCountry(doc_, c.others[0])) {
          c.agent = subject;
        }
      }
      if (c.frame & kSpeech) {
        c.quote = QuoteNear(si, c.tb, c.te);
        // "said Zelenskyy", "according to X", "noted the President of Ukraine"; not a name
        // inside the object ("noted the increased interest of Indian students"). "According to"
        // names its speaker after it, whoever the clause before names: "the so-called
        // denazification, which Russia points out among the demands on Ukraine, according to
        // Volodymyr Zelenskyy, is aimed at ..." is Zelenskyy's.
        const bool according = c.rule == "speech:according to"sv;
        if ((c.agent < 0 || according) && !c.others.empty() &&
            SpeakerAfter(si, c.te, c.others[0])) {
          c.agent = c.others[0];
        }
        c.others.clear();
      }
      // "the two" after a pair just named. As the subject ("the two leaders had an in-depth
      // discussion of the developments around Ukraine") it is the pair whatever the noun's "of"
      // phrase names. (Not a war noun: "The two leaders discussed the war in Ukraine" says
      // nothing of who fights; only its owner does.)
      const bool war_noun =
          (c.frame & kClose) && (c.cameo.starts_with("18"sv) || c.cameo.starts_with("19"sv) ||
                                 c.cameo.starts_with("20"sv));
      // (With no pair yet, the two people of different sides the sentence before names: "Xi
      // joined Putin at a Victory Day parade. The two leaders signed a statement" had no
      // parties.)
      // (Mutual acts only: "the first joint visit by the top diplomats of the two countries"
      // after "Blinken and Lammy travelled to Kyiv" is no visit of one to the other.)
      const bool mutual_kind =
          (IsConsultation(c.type) && c.type != "visit"sv) || c.type == "agreement"sv;
      std::vector<int> two = last_pair_.size() == 2  ? last_pair_
                             : si > 0 && mutual_kind ? TwoPeopleIn(si - 1)
                                                     : std::vector<int>{};
      // (Or the two sides of the last act between two, for a gathering: "Ukraine struck
      // Russian air bases ... A day later, delegations from the two countries met in
      // Istanbul" had no meeting.)
      // (Two states: "appearing before the International Court of Justice ..., as both
      // countries have agreed" is no agreement with the court.)
      if (two.size() != 2 && mutual_kind && last_dyad_.size() == 2 &&
          si - last_dyad_si_ <= kTheyReach && !EntityCountry(doc_, last_dyad_[0]).empty() &&
          !EntityCountry(doc_, last_dyad_[1]).empty() &&
          !ActorCode(doc_, last_dyad_[0]).starts_with("IGO"sv) &&
          !ActorCode(doc_, last_dyad_[1]).starts_with("IGO"sv)) {
        two = last_dyad_;
      }
      // (Nor the subject of a participle right after its noun, a reduced passive: "The two
      // ministers discussed the release of a Japanese citizen detained in China" was a
      // detention by one minister of the other.)
      static const KeySet kAfterParticiple = {"in", "on", "by", "since", "during", "for", "at"};
      const bool reduced_participle =
          !mutual_kind && (c.frame & kVerb) && c.te == c.tb + 1 && c.tb > 0 && c.te < toks.size() &&
          toks[c.tb].lower.ends_with("ed"sv) && MentionAt(si, c.tb - 1) >= 0 &&
          kAfterParticiple.Has(toks[c.te]);
      for (size_t k = left; k + 1 < right && k + 1 < toks.size() && !reduced_participle; ++k) {
        // (A war "between the two countries" is theirs.)
        if (war_noun && !(k > 0 && toks[k - 1].lower == "between"sv)) continue;
        // (Not inside what a statement says: "Xi said the two countries should be partners" is
        // Xi's alone; "The two leaders noted" is theirs.)
        // ("Both sides", "both countries" too, as the subject: "We urge both parties to" asks
        // them.)
        const bool both = toks[k].lower == "both"sv && k + 1 < c.tb && TwoSides(si, k + 1);
        // (After another act's trigger only in its own phrase: "ready to accept a ceasefire
        // after talks between the two countries' delegations" is no pair's readiness; a
        // gathering or an agreement is the pair's wherever the sentence names them.)
        if (k > c.te + 2 && !IsConsultation(c.type) && c.type != "agreement"sv) continue;
        // (Nor the object of an earlier verb of the agent's: "Trump hosted the two leaders and
        // said the deal ended a conflict" is Trump's statement.)
        static const KeySet kPairObjectVerbs = {
            "hosted", "met",      "received",      "welcomed", "thanked", "invited",
            "urged",  "told",     "congratulated", "praised",  "brought", "hosts",
            "meets",  "receives", "welcomes",      "thanks",   "urges",   "tells"};
        if (k < c.tb && k > 0 && c.agent >= 0 && kPairObjectVerbs.Has(toks[k - 1]) &&
            std::find(two.begin(), two.end(), c.agent) == two.end()) {
          continue;
        }
        const bool pair_words = both || (toks[k].lower == "the"sv && toks[k + 1].lower == "two"sv &&
                                         (TwoSides(si, k + 2) || TwoAsSubject(si, k + 2, c.tb)));
        // "Rodriguez met Lavrov ... The two ministers condemned the U.S. embargo": a directed act
        // the pair does as its subject has both as sources, one event apiece, and keeps its
        // object (was a condemnation by nobody).
        // (A verb told in the past, with a party of another country than both as its object:
        // not an intent, "The two leaders agreed to meet in Saudi Arabia", nor "both countries
        // should agree", nor "The two countries agreed to ... release Cambodian prisoners".)
        if (!mutual_kind && c.type != "statement"sv && c.cameo != "036"sv && pair_words &&
            two.size() == 2 && k + 1 < c.tb && c.agent < 0 && !c.others.empty() &&
            (c.frame & kVerb) && toks[c.tb].lower.ends_with("ed"sv) && !OnlyVenues(si, c) &&
            std::none_of(c.others.begin(), c.others.end(), [&](int e) {
              const std::string country = EntityCountry(doc_, e);
              return e == two[0] || e == two[1] ||
                     (!country.empty() && (country == EntityCountry(doc_, two[0]) ||
                                           country == EntityCountry(doc_, two[1])));
            })) {
          c.agent = two[0];
          c.by_conjuncts.push_back(two[1]);
          continue;
        }
        if ((c.type != "statement"sv || k + 1 < c.tb) && pair_words && two.size() == 2 &&
            (c.others.empty() || OnlyVenues(si, c) ||
             (k + 1 < c.tb && IsConsultation(c.type) && c.agent < 0))) {
          // "Turkey, which brokered the Ankara declaration between the two countries": the
          // pair a mediator goes between are its targets, the mediator stays. So does the
          // subject of a verb whose object the pair is: "Trump hosted the two leaders" (was
          // a meeting of Pashinyan and Aliyev without Trump).
          const bool object_of_verb = (c.frame & kVerb) && k >= c.te && c.agent >= 0 &&
                                      std::find(two.begin(), two.end(), c.agent) == two.end();
          if ((c.cameo == "045"sv && c.agent >= 0 && k > c.tb) || object_of_verb) {
            c.others = two;
            continue;
          }
          c.agent = two[0];
          c.others = {two[1]};
        }
      }
      // The last pair is still the one meant a few sentences on; in a readout of the
      // document's lead consultation, where no other pair has been named since, as long as the
      // text keeps naming either side: "It was agreed to continue bilateral contacts" closes a
      // Putin-Xi call ten sentences after its lead, right after "The President of China noted
      // the legitimacy of Russia's actions" (kremlin-68658).
      const bool pair_in_reach =
          si - last_pair_si_ <= kTheyReach || (lead_pair_.size() == 2 && last_pair_ == lead_pair_ &&
                                               PairNamedSince(si - kTheyReach, si));
      // "The leaders agreed ...", "Both sides discussed ...": a mutual event
      // whose subject is the pair a consultation of the last few sentences
      // named ("Putin had a telephone conversation with Macron. The leaders
      // discussed ..."). Only for consultations and agreements, which are
      // mutual: "the leaders condemned X" has two sources, not a dyad.
      // (An intent to meet is as mutual: "the sides had agreed to meet again", 036.)
      if (c.agent < 0 && c.others.empty() && last_pair_.size() == 2 && pair_in_reach &&
          (IsConsultation(c.type) || c.type == "agreement"sv || c.cameo == "036"sv) &&
          GroupSubject(si, left, c.tb)) {
        c.agent = last_pair_[0];
        c.others = {last_pair_[1]};
      }
      // (Or the parties of a gathering of more than two named since: "Tinubu met the leaders
      // of Niger, Mali and Burkina Faso ... The leaders agreed to set up a joint committee" is
      // an agreement of the four, coded as that meeting is; was none.)
      if (c.agent < 0 && c.others.empty() && last_group_.size() >= 3 &&
          last_group_si_ > last_pair_si_ && si - last_group_si_ <= kTheyReach &&
          (IsConsultation(c.type) || c.type == "agreement"sv) && GroupSubject(si, left, c.tb)) {
        c.agent = last_group_[0];
        c.others.assign(last_group_.begin() + 1, last_group_.end());
      }
      // "The talks ended with an agreement to exchange 1,000 prisoners": an agreement the
      // pair's gathering made is the pair's (was no event).
      if (c.agent < 0 && c.others.empty() && last_pair_.size() == 2 && pair_in_reach &&
          c.type == "agreement"sv && (c.frame & kNoun) && GatheringSubject(si, c.tb)) {
        c.agent = last_pair_[0];
        c.others = {last_pair_[1]};
      }
      // "Israel and Hamas agreed to the first phase of a plan, after talks in Egypt", "Russia
      // and Ukraine swapped 300 prisoners. The exchange was agreed at talks in Istanbul": talks
      // named by their noun alone, with no party and no owner, in the sentence of the pair's
      // act or the one after it, are the pair's (were a gathering of nobody). Only talks the
      // pair's act came of: after, at, following or during them.
      if (c.agent < 0 && c.others.empty() && last_pair_.size() == 2 && si - last_pair_si_ <= 1 &&
          IsConsultation(c.type) && c.type != "visit"sv && (c.frame & kNoun) &&
          PairsTalks(si, c.tb)) {
        c.agent = last_pair_[0];
        c.others = {last_pair_[1]};
      }
      // "Putin and Aliyev spoke by telephone. They agreed to continue regular contacts": a
      // mutual event whose subject is "they" with nobody else named is that pair's too (the
      // pronoun alone resolves to one country). A visit is no mutual event: "they visited"
      // may be anyone's.
      if (c.others.empty() && last_pair_.size() == 2 && pair_in_reach &&
          ((IsConsultation(c.type) && c.type != "visit"sv) || c.type == "agreement"sv) &&
          TheySubject(si, left, c.tb)) {
        c.agent = last_pair_[0];
        c.others = {last_pair_[1]};
      }
      // A gathering owned by "our" or "their" with no party named refers back (MergeMentions
      // joins it to the last consultation), whatever pair the rules below lend it.
      const bool owned_back =
          IsConsultation(c.type) && (c.frame & kNoun) && c.others.empty() &&
          (OwnerAt(si, left, c.tb, "our") < c.tb || OwnedByThem(si, left, c.tb));
      // "They also touched on ... to follow up on their substantive meeting in St Petersburg":
      // the gathering of "their" with no party named is the pair's, when "they" or "the leaders"
      // own it (not "These two councils discussed ... at their regular videoconference").
      if (c.agent < 0 && c.others.empty() && last_pair_.size() == 2 &&
          si - last_pair_si_ <= kTheyReach && IsConsultation(c.type) && (c.frame & kNoun) &&
          OwnedByThem(si, left, c.tb) &&
          (GroupSubject(si, left, c.tb) ||
           std::any_of(toks.begin() + static_cast<std::ptrdiff_t>(left),
                       toks.begin() + static_cast<std::ptrdiff_t>(c.tb),
                       [](const Token& t) { return t.lower == "they"sv; }))) {
        c.agent = last_pair_[0];
        c.others = {last_pair_[1]};
      }
      // "I spoke with Chancellor Nehammer. We agreed that Austria would take our wounded": the
      // speaker's "we" with the partner just consulted is that pair, when the speaker is one of
      // it and whatever else the clause names is the other side ("with Britain", "Austria").
      // Further on, the pair of the document's lead: the statements after "Vladimir Putin held
      // talks with Prime Minister of Greece Kyriakos Mitsotakis" say "we agreed to continue
      // the practice of thematic years" many sentences later, and mean both sides.
      const bool mutual =
          (IsConsultation(c.type) && c.type != "visit"sv) || c.type == "agreement"sv;
      if (mutual && last_pair_.size() == 2 && si - last_pair_si_ <= kTheyReach &&
          WeWithPair(si, left, c, last_pair_)) {
        c.agent = last_pair_[0];
        c.others = {last_pair_[1]};
      } else if (mutual && lead_pair_.size() == 2 && WeWithPair(si, left, c, lead_pair_)) {
        c.agent = lead_pair_[0];
        c.others = {lead_pair_[1]};
      } else if (mutual && lead_pair_.empty() && title_pair_.size() == 2 &&
                 WeWithPair(si, left, c, title_pair_)) {
        c.agent = title_pair_[0];
        c.others = {title_pair_[1]};
      } else if (mutual && c.agent < 0 && !c.others.empty()) {
        // "We have also agreed with Iran to extend the interim agreement", far from any person
        // named: the speaker's "we" with a partner named is the speaker's country.
        const int we = doc_.sentences[si].we_country;
        const size_t subject = WeSubject(si, left, c);
        if (we >= 0 && subject < toks.size() && toks[subject].lower == "we"sv &&
            EntityCountry(doc_, c.others[0]) != EntityCountry(doc_, we)) {
          c.agent = we;
        }
      }
      // "Vladimir Putin will pay a visit to India. It is expected that during the talks with
      // Prime Minister of India Narendra Modi, ...": a gathering named by its noun, with one
      // party after its "with" and no subject of its own, is that party's with the other side
      // of the pair in reach when the party is on one side of it (was nobody's with INDGOV).
      if (c.agent < 0 && c.others.size() == 1 && (c.frame & kNoun) && IsConsultation(c.type) &&
          c.type != "visit"sv && last_pair_.size() == 2 && si - last_pair_si_ <= kTheyReach &&
          WithParty(si, c.te, c.others[0]) && OnlyPartyOfSentence(si, c.others[0])) {
        const std::string party = EntityCountry(doc_, c.others[0]);
        for (size_t i = 0; i < 2; ++i) {
          const int p = last_pair_[i], q = last_pair_[1 - i];
          if (p != c.others[0] && (party.empty() || EntityCountry(doc_, p) != party)) continue;
          if (q != c.others[0] && EntityCountry(doc_, q) != party) c.agent = q;
          break;
        }
      }
      // "The President of Ukraine thanked Ilham Aliyev for the warm and constructive talks":
      // the talks one is thanked for were with the one who thanks (was a meeting of Aliyev's
      // with nobody). (Not a visit: one thanked for visiting Bucha visited Ukraine, the
      // place's country, as events.cc codes it.)
      // "Leaders gathered for a summit on Gaza co-chaired by Trump and al-Sisi": a gathering
      // nobody else is named at is its chairs' or hosts' (was a summit of nobody).
      if (IsConsultation(c.type) && c.type != "visit"sv && (c.frame & kNoun) && c.agent < 0 &&
          c.others.empty()) {
        // (People, states and bodies: not a place a name begins with, "a trade session
        // organised by the Moscow Interbank Currency Exchange".)
        auto chairs = OrganizersAfter(si, c.te);
        std::erase_if(chairs, [&](int e) { return doc_.entities[e].out.type == "location"sv; });
        if (!chairs.empty()) {
          c.agent = chairs[0];
          c.others.assign(chairs.begin() + 1, chairs.end());
        }
      }
      if (IsConsultation(c.type) && c.type != "visit"sv && (c.frame & kNoun) && c.agent >= 0 &&
          c.others.empty()) {
        if (const int thanker = Thanker(si, c.tb, c.agent);
            thanker >= 0 && !EntityCountry(doc_, thanker).empty() &&
            EntityCountry(doc_, thanker) != EntityCountry(doc_, c.agent)) {
          c.others.push_back(thanker);
        }
      }
      // "A Memorandum of Understanding between the Ministry of Digital Transformation of
      // Ukraine and Apple was signed": a signing in the passive with no "by" party is
      // between the parties its subject names, not the nearest of them. With one party of
      // known code named ("between the Ministry of Health of Ukraine and Philips Medical
      // Systems"), that one signs with the nearest.
      if (const auto pair = PassiveSubjectPair(c); pair.size() >= 2) {
        c.agent = pair[0];
        c.others.assign(pair.begin() + 1, pair.end());
        c.explicit_pair = true;
      } else if (pair.size() == 1 && pair[0] != c.agent &&
                 (c.agent < 0 || ActorCode(doc_, c.agent).empty())) {
        c.others.clear();
        if (c.agent >= 0) c.others.push_back(c.agent);
        c.agent = pair[0];
      }
      // "Following the meeting of Zelenskyy with Macron, a number of bilateral documents were
      // signed": a signing in the passive with no "by" party is between the pair of a
      // consultation in this sentence or the one before.
      if (c.cameo == "057"sv && c.others.empty() && last_pair_.size() == 2 &&
          si - last_pair_si_ <= 1 && c.tb > 0 &&
          (toks[c.tb - 1].lower == "were"sv || toks[c.tb - 1].lower == "was"sv ||
           toks[c.tb - 1].lower == "been"sv) &&
          (c.te >= toks.size() || toks[c.te].lower != "by"sv)) {
        c.agent = last_pair_[0];
        c.others = {last_pair_[1]};
      }
      // "during a video meeting at the Royal Institute of International Affairs Chatham House":
      // an organisation a gathering is held at hosts it, the other side of its one party.
      if (IsConsultation(c.type) && c.type != "visit"sv && c.agent >= 0 && c.others.empty()) {
        if (const int host = HostAt(c); host >= 0 && host != c.agent) c.others.push_back(host);
      }
      // "Beginning of the meeting with Defence Ministry leadership and heads of defence
      // industry enterprises President of Russia Vladimir Putin: Good afternoon, colleagues":
      // a gathering in the heading that runs on into a transcript's speaker label is the
      // speaker's, whoever the party is.
      if (const auto& sd = doc_.sentences[si];
          IsConsultation(c.type) && c.agent < 0 && c.others.size() == 1 && c.with_party &&
          sd.speaker >= 0 && sd.speaker != c.others[0] && sd.speaker_colon > 0 &&
          c.te <= static_cast<size_t>(sd.speaker_colon)) {
        c.agent = sd.speaker;
      }
      // "This issue came up during a recent videoconference with US President Joseph Biden":
      // a meeting "with" one party and nobody else named is the protagonist's, when of
      // another country than the party.
      // (Not whom it is reported to: "Lukashenko was informed about the talks with Biden".)
      if (IsConsultation(c.type) && c.agent < 0 && c.others.size() == 1 && c.with_party &&
          !((c.frame & kNoun) && InformedAbout(si, c.tb) < c.tb)) {
        const int p = Protagonist(si, c.tb);
        if (p >= 0 && p != c.others[0] &&
            EntityCountry(doc_, p) != EntityCountry(doc_, c.others[0])) {
          c.agent = p;
        }
      }
      // "Vladimir Putin took part in the 14th BRICS Summit": the organisation that owns the
      // gathering is its host, and the subject who attends it is the party (RUSGOV-IGO, as a
      // coder reads "attended a summit of X").
      // So is an organisation named right before the gathering when someone else is its
      // party: "Zelenskyy took part in the NATO Summit" (UKRGOV-IGOWSTNAT).
      // (A visit has a host, not a convener: in "visited Bucha and saw what the concessions to
      // Russia led to" Russia hosted nothing.)
      if (IsConsultation(c.type) && c.type != "visit"sv && (c.frame & kNoun) && c.agent >= 0 &&
          c.others.empty()) {
        // (Or the one it is "organized by", a country too: "I spoke at the summit organized by
        // Great Britain" UKRGOV-GBR.)
        int host = Convener(si, c.tb);
        if (host < 0) host = OrganizerAfter(si, c.te);
        size_t verb = 0;
        if (doc_.entities[c.agent].out.type == "organization"sv) {
          // The host is named after the verb: in "X, Y and the Popular Front were invited to
          // attend the meeting" the organisation is one more guest.
          const int p = Attendee(si, left, c.tb, &verb);
          if (p >= 0 && p != c.agent && MentionedBetween(si, verb, c.tb, c.agent)) {
            c.others = {c.agent};
            c.agent = p;
          }
        } else if (host >= 0 && host != c.agent) {
          c.others = {host};
        }
      }
      // "Vladimir Putin sent greetings to the participants in the Ninth Russia-Kyrgyzstan
      // Interregional Conference": who greets a gathering's participants is not one of them.
      if (IsConsultation(c.type) && (c.frame & kNoun) && c.agent >= 0 && Greeted(si, c.tb)) {
        c.others.erase(std::remove(c.others.begin(), c.others.end(), c.agent), c.others.end());
        c.agent = -1;
      }
      if (DescribesAThing(c)) continue;
      PassiveAgent(&c);
      if (c.agent >= 0 && c.type == "sanction"sv && (c.frame & kNoun)) {
        if (const auto imposers = ImposersOfBodySanctions(si, c); !imposers.empty()) {
          c.agent = imposers[0];
          c.by_conjuncts.assign(imposers.begin() + 1, imposers.end());
        }
      }
      // A state or its forces blocking ports or cities impose a blockade (191); obstructing
      // passage (14x) is what demonstrators do: "Ukrainian ports have been blocked by Russia".
      // A country named by its people ("Young Algerians blocked roads") is no state.
      if (c.type == "protest"sv && c.agent >= 0 &&
          (toks[c.tb].lower == "blocked"sv || toks[c.tb].lower == "blocking"sv) &&
          !NamedByPeople(si, c.agent, c.tb)) {
        const std::string code = ActorCode(doc_, c.agent);
        if (code.size() == 3 || (code.size() == 6 && (code.compare(3, 3, "GOV") == 0 ||
                                                      code.compare(3, 3, "MIL") == 0))) {
          c.type = "fight";
          c.cameo = "191";
        }
      }
      // A government that protests something complains of it (114), as "protested to" reads;
      // demonstrating (141) is what crowds do.
      if (c.cameo == "141"sv && c.agent >= 0 &&
          (toks[c.tb].lower == "protested"sv || toks[c.tb].lower == "protests"sv ||
           (toks[c.tb].lower == "protest"sv && c.tb > 1 && toks[c.tb - 1].lower == "to"sv &&
            toks[c.tb - 2].lower != "right"sv && toks[c.tb - 2].lower != "freedom"sv)) &&
          !NamedByPeople(si, c.agent, c.tb)) {
        const std::string code = ActorCode(doc_, c.agent);
        if (code.size() == 3 || (code.size() == 6 && code.compare(3, 3, "GOV") == 0)) {
          c.type = "accusation";
          c.cameo = "114";
        }
      }
      c.anaphoric = IsConsultation(c.type) && (c.frame & kNoun) &&
                    (c.others.empty() || owned_back) && !c.explicit_pair && RefersBack(si, c.tb);
      c.pair_lent = c.anaphoric && owned_back && !c.others.empty();
      c.location = Place(c, left, right);
      if (c.location < 0 && IsConsultation(c.type)) {
        c.location =
            Place(c, c.te, std::min({toks.size(), c.te + 12, RelativeClauseEnd(si, c.tb)}));
      }
      if (c.type == "visit"sv) DestinationNoGuest(&c);
      if (c.type == "visit"sv) VisitorOfAnotherCountry(&c);
      if (c.type == "visit"sv) ThankedForInvitation(&c);
      c.date = DateIn(si, left, right, c.te);
      c.date_si = si;
      c.topic = Topic(c, right);
      // "I am grateful to you for this opportunity to meet with you": the one met is no
      // meeter; the sentence's "I" is.
      if (c.agent >= 0 && IsConsultation(c.type) && c.with_party &&
          std::find(c.others.begin(), c.others.end(), c.agent) != c.others.end()) {
        if (const int me = FirstPersonBefore(si, left, c.tb); me >= 0 && me != c.agent) {
          c.agent = me;
        }
      }
      if (c.agent >= 0) {
        c.others.erase(std::remove(c.others.begin(), c.others.end(), c.agent), c.others.end());
      }
      // (A pair the phrase names stays whole: "the Ukraine-US Commission" meeting in the US.)
      if (c.location >= 0 && c.aimed_at &&
          std::find(c.others.begin(), c.others.end(), c.location) != c.others.end()) {
        c.location = -1;  // what is fired at is the target, not where the firing was
      }
      if (c.location >= 0 && !c.explicit_pair) {
        c.others.erase(std::remove(c.others.begin(), c.others.end(), c.location), c.others.end());
      }
      // A pair that later "leaders", "they" or "we" can mean has a named party: talks "between
      // Russian and Ukrainian representatives" that a call readout mentions are no pair its
      // closing "The leaders agreed to maintain contact" refers to; nor are the countries of
      // "the Russian-Ukrainian talks" it reports on.
      // Nor is a gathering only planned or offered ("he plans to initiate a videoconference of
      // the CSTO Collective Security Council" before "The leaders agreed", kremlin-67563):
      // Modality makes it an intent.
      // So is the pair of an agreement they made: "Modi and Ishiba signed a defence agreement
      // ... The two leaders also agreed to expand trade".
      const bool referable = (IsConsultation(c.type) || c.type == "agreement"sv) &&
                             !c.country_pair && ReadinessWord(c, left) >= toks.size();
      // In the lead, though, they are the talks the document reports: "Following Russian-Greek
      // talks, Vladimir Putin and Kyriakos Mitsotakis gave statements for the press".
      if (IsConsultation(c.type) && c.country_pair && si <= 1 && lead_pair_.empty()) {
        lead_pair_ = {c.agent, c.others[0]};
      }
      // Nor is one side twice ("Vladimir Putin" and "Russia", as CodeEvent reads a country and
      // its own sector): the pair a closing "The leaders agreed" means is still the one before.
      // Not SameSide (events.cc), which makes two sectors of one country one side: here they
      // are two parties, as when a Deputy Head of the President's Office (UKRGOV) meets the
      // Ukrainian World Congress (UKRLEG) and "The parties agreed" follows.
      auto two_sides = [&](int a, int b) {
        const std::string ca = ActorCode(doc_, a), cb = ActorCode(doc_, b);
        if (ca.empty() || cb.empty()) return true;
        if (ca == cb) return false;
        const bool one_bare = ca.size() == 3 || cb.size() == 3;
        return !(one_bare && ca.size() >= 3 && cb.size() >= 3 && ca.compare(0, 3, cb, 0, 3) == 0 &&
                 ca.compare(0, 3, "IGO") != 0 && ca.compare(0, 3, "NGO") != 0 &&
                 ca.compare(0, 3, "---") != 0);
      };
      // (Two groups named by role are a pair when a verb of theirs says they met: "Russian
      // and Ukrainian delegations met in Istanbul. The two sides agreed to exchange
      // prisoners"; not the "talks between Russian and Ukrainian representatives" a readout
      // mentions, which its closing "The leaders agreed" does not mean.)
      if (referable && c.agent >= 0 && c.others.size() == 1 && two_sides(c.agent, c.others[0]) &&
          !(GroupNamedByRole(c.agent) && GroupNamedByRole(c.others[0]) && !(c.frame & kVerb)) &&
          !PartyListGoesOn(si, c.te, c.others[0])) {
        // (In the order the text names a compound subject, as CodeEvent codes it: "Thailand
        // and Cambodia signed a peace declaration. The two countries agreed ..." is THA-KHM
        // twice; the agent is the conjunct nearest the verb.)
        const int first = c.others[0];
        if (MentionedBetween(si, 0, c.tb, first) && MentionedBetween(si, 0, c.tb, c.agent) &&
            FirstMentionIn(si, first) < FirstMentionIn(si, c.agent)) {
          last_pair_ = {first, c.agent};
        } else {
          last_pair_ = {c.agent, first};
        }
        last_pair_si_ = si;
        SetLeadPair(si);
      } else if (referable && c.agent >= 0 && c.others.size() >= 2 && Actor(c.agent) &&
                 InformedAbout(si, c.tb) >= c.tb &&
                 std::all_of(c.others.begin(), c.others.end(), [&](int e) { return Actor(e); })) {
        last_group_ = {c.agent};
        last_group_.insert(last_group_.end(), c.others.begin(), c.others.end());
        last_group_si_ = si;
      } else if (referable && c.agent < 0 && c.others.size() == 2 &&
                 two_sides(c.others[0], c.others[1]) &&
                 !(GroupNamedByRole(c.others[0]) && GroupNamedByRole(c.others[1]))) {
        last_pair_ = c.others;  // "the meeting of X with Y", "talks between X and Y"
        last_pair_si_ = si;
        SetLeadPair(si);
      } else if (c.type == "visit"sv && c.agent >= 0 && c.others.empty() && c.location >= 0 &&
                 (last_pair_.empty() || si - last_pair_si_ > kTheyReach) && lead_pair_.empty() &&
                 title_pair_.empty()) {
        // "The Prime Minister of Romania paid a visit to Kyiv. ... We agreed to work together
        // even harder": with no pair named before in reach and none in the lead or the title, a
        // visit's pair is its guest and the country of the place visited (not over a pair of
        // named officials, nor as the document's lead pair: the talks of the visit name those).
        const std::string& country = doc_.entities[c.location].out.country;
        const int host = CountryEntity(country);
        if (host >= 0 && host != c.agent && EntityCountry(doc_, c.agent) != country &&
            !GroupNamedByRole(c.agent)) {
          last_pair_ = {c.agent, host};
          last_pair_si_ = si;
        }
      }
      // "Qatar condemned the attack as cowardly" after "Israel carried out a strike on Hamas
      // leaders in Doha": a verb of judging whose object is the attack the text just reported
      // judges its attacker (was Qatar's condemnation of nobody).
      // A strike, bombing or shelling judged is the last one named so ("Iran condemned the
      // strikes" after "U.S. and British warplanes struck ... in response to attacks on
      // shipping" is the warplanes', both of them); an attack is any.
      // (Also when the judge is nobody known: "They condemned the attack" after Israel's strike
      // on Doha still judges Israel.)
      if ((c.frame & kVerb) && c.others.empty() && JudgesAnAct(c.cameo) &&
          !c.cameo.starts_with("05"sv) && !attacks_.empty() && si - attacks_.back().si <= 3) {
        if (const size_t noun = JudgedAttack(si, c.te); noun < toks.size()) {
          const std::string_view w = toks[noun].lower;
          const bool taking = w.starts_with("seiz"sv) || w.starts_with("hijack"sv) ||
                              w.starts_with("arrest"sv) || w.starts_with("detention"sv) ||
                              w.starts_with("kidnap"sv) || w.starts_with("abduct"sv);
          // (Violence or a crackdown judged is any act of force told before, an arrest too.)
          const bool any = w == "violence"sv || w == "crackdown"sv || w == "repression"sv;
          const std::string_view stem = w.find("strik"sv) != std::string_view::npos ? "stru"sv
                                        : w.starts_with("bomb"sv)                   ? "bomb"sv
                                        : w.starts_with("shell"sv)                  ? "shell"sv
                                                                                    : ""sv;
          // (A seizure, hijacking, arrest or abduction judged is the last such act named:
          // "Israel condemned the hijacking" after "Houthi rebels seized a cargo ship".)
          auto same_kind = [&](const AttackSeen& a) {
            if (any) return true;
            if (taking != a.taking) return false;
            return taking || stem.empty() || a.word.starts_with(stem) ||
                   (stem == "stru"sv && a.word.find("strik"sv) != std::string::npos);
          };
          auto it = std::find_if(attacks_.rbegin(), attacks_.rend(), same_kind);
          if (it == attacks_.rend() && !taking) {
            it = std::find_if(attacks_.rbegin(), attacks_.rend(),
                              [](const AttackSeen& a) { return !a.taking; });
          }
          if (it != attacks_.rend() && si - it->si <= 3) {
            // (Not one's own side's: a state seldom condemns its own attack, and where the
            // text seems to say so, the attack's reading was wrong.)
            const std::string judge = EntityCountry(doc_, c.agent);
            for (const AttackSeen& a : attacks_) {
              if (a.si == it->si && a.tb == it->tb && a.agent != c.agent &&
                  (judge.empty() || EntityCountry(doc_, a.agent) != judge) &&
                  std::find(c.others.begin(), c.others.end(), a.agent) == c.others.end()) {
                c.others.push_back(a.agent);
              }
            }
          }
        }
      }
      // "Israel denounced the decision" after "PARIS - France will recognise a Palestinian
      // state, Macron said": in news, a verb of judging whose object is a decision, move or
      // announcement judges the act its lead tells (the first or second sentence), when the
      // judgment follows within four sentences; of the lead's actors the first of another side
      // than the judge (was Israel's denunciation of nobody). The act told last is mostly a
      // reaction to it ("Israel recalled its ambassadors" before "Abbas welcomed the
      // decision" that Spain, Ireland and Norway took).
      if ((c.frame & kVerb) && c.others.empty() && JudgesAnAct(c.cameo) && !acts_.empty() &&
          acts_.front().si <= 1 && si - acts_.front().si <= 4 && JudgedDecision(si, c.te)) {
        const std::string judge = EntityCountry(doc_, c.agent);
        for (const ActSeen& a : acts_) {
          if (a.si != acts_.front().si || a.si >= si) break;
          if (a.agent == c.agent || (!judge.empty() && EntityCountry(doc_, a.agent) == judge) ||
              (c.agent >= 0 && ActorCode(doc_, a.agent) == ActorCode(doc_, c.agent))) {
            continue;
          }
          c.others.push_back(a.agent);
          break;
        }
      }
      // "Vance criticised European governments ... Pistorius called the speech unacceptable":
      // a verb of judging whose object is a speech or remarks named by a definite noun judges
      // the last party of another side that spoke or accused within three sentences (was a
      // criticism of nobody).
      if ((c.frame & kVerb) && c.others.empty() && JudgesAnAct(c.cameo) && JudgedSpeech(si, c.te)) {
        const std::string judge = EntityCountry(doc_, c.agent);
        for (auto it = claims_.rbegin(); it != claims_.rend() && si - it->si <= 3; ++it) {
          if (it->kind == Claim::kProposed || it->agent == c.agent ||
              (!judge.empty() && EntityCountry(doc_, it->agent) == judge)) {
            continue;
          }
          c.others.push_back(it->agent);
          break;
        }
      }
      // "any outcome of talks held without it", "talks without Ukraine": who a gathering is
      // held without takes no part in it (was Kyiv's meeting).
      if (IsConsultation(c.type)) {
        for (size_t k = c.te; k + 1 < toks.size() && k < c.te + 3; ++k) {
          if (toks[k].lower != "without"sv) continue;
          const int mi = MentionAt(si, k + 1);
          const int left_out =
              mi >= 0 ? doc_.mentions[mi].entity : (toks[k + 1].cap ? -1 : Pronoun(si, k + 1));
          if (left_out >= 0) {
            const std::string side = EntityCountry(doc_, left_out);
            auto excluded = [&](int e) {
              return e == left_out || (!side.empty() && EntityCountry(doc_, e) == side);
            };
            std::erase_if(c.others, excluded);
            if (c.agent >= 0 && excluded(c.agent)) c.agent = -1;
          }
          break;
        }
      }
      // "India and Pakistan agreed to a ceasefire ... Trump said the United States had mediated
      // the talks": who mediated or brokered a definite gathering or deal with no party named
      // mediated between the last pair in reach (was a mediation between nobody).
      if ((c.frame & kVerb) && c.cameo == "045"sv && c.agent >= 0 && c.others.empty() &&
          last_dyad_.size() == 2 && si - last_dyad_si_ <= 2 &&
          std::find(last_dyad_.begin(), last_dyad_.end(), c.agent) == last_dyad_.end() &&
          c.te + 1 < toks.size() && (toks[c.te].lower == "the"sv || toks[c.te].lower == "this"sv)) {
        static const KeySet kMediated = {"talks",     "negotiations", "deal",
                                         "ceasefire", "truce",        "agreement",
                                         "accord",    "dialogue",     "meeting"};
        size_t k = c.te + 1;
        if (k + 1 < toks.size() && toks[k].kind == TokenKind::kWord && !toks[k].cap &&
            !kMediated.Has(toks[k])) {
          ++k;  // "the peace talks", "the ceasefire deal"
        }
        if (kMediated.Has(toks[k]) && !(k + 1 < toks.size() && (toks[k + 1].lower == "between"sv ||
                                                                toks[k + 1].lower == "with"sv))) {
          c.others = last_dyad_;
        }
      }
      // (And a gathering's mediators named by "by" after it: "after talks in Egypt mediated by
      // Egypt, Qatar and Turkey" mediated between the pair the talks were of.)
      if ((c.frame & kVerb) && c.cameo == "045"sv && c.agent >= 0 && c.others.empty() &&
          last_dyad_.size() == 2 && si - last_dyad_si_ <= 1 &&
          std::find(last_dyad_.begin(), last_dyad_.end(), c.agent) == last_dyad_.end() &&
          c.tb + 1 < toks.size() && toks[c.tb + 1].lower == "by"sv) {
        static const KeySet kGathered = {"talks", "negotiations", "consultations", "dialogue"};
        bool gathering = false;
        for (size_t k = c.tb, words = 0; k > 0 && words < 4 && !gathering; --k, ++words) {
          gathering = kGathered.Has(toks[k - 1]);
        }
        if (gathering) c.others = last_dyad_;
      }
      // "North Korea fired several ballistic missiles into the sea ... Japan protested through
      // diplomatic channels": a complaint (114) that names nobody protests the last hostile
      // act (13x-20x) of another country in this sentence or the one before (was a protest
      // to nobody).
      // (Not with a party after it, which later readings take: "lodged a diplomatic protest and
      // summoned a senior Chinese diplomat".)
      if (c.cameo == "114"sv && (c.frame & kVerb) && c.agent >= 0 && c.others.empty() &&
          last_hostile_agent_ >= 0 && last_hostile_agent_ != c.agent &&
          si - last_hostile_agent_si_ <= 1) {
        const std::string own = EntityCountry(doc_, c.agent);
        bool named_after = false;
        for (int mi : doc_.sentences[si].mentions) {
          const auto& m = doc_.mentions[mi];
          named_after |= m.tb >= c.te && m.entity >= 0 && Actor(m.entity);
        }
        if (!own.empty() && !named_after && EntityCountry(doc_, last_hostile_agent_) != own) {
          c.others = {last_hostile_agent_};
        }
      }
      // "India struck nine sites in Pakistan. ... called on both countries to show restraint":
      // "both countries", "both sides", "the two sides", "both leaders" after a verb are the
      // two sides of the last act between two (was an appeal to nobody).
      const bool hostile_pair =
          last_hostile_dyad_.size() == 2 && si - last_hostile_dyad_si_ <= kTheyReach;
      const std::vector<int>& pair_sides = hostile_pair ? last_hostile_dyad_ : last_dyad_;
      if ((c.frame & kVerb) && c.agent >= 0 && c.others.empty() && pair_sides.size() == 2 &&
          (hostile_pair || si - last_dyad_si_ <= kTheyReach) && BothSidesObject(si, c.te) &&
          std::find(pair_sides.begin(), pair_sides.end(), c.agent) == pair_sides.end()) {
        c.others = pair_sides;
      }
      // "Cambodia accused Thai troops of violating the truce, which Bangkok denied", "Kagame
      // denied the accusation", "Netanyahu rejected the proposal": a rejection of what
      // another party charged, said or proposed rejects that party, the last one of another
      // side in this sentence or the two before (was a rejection of nobody). An accusation
      // is an accuser's before a speaker's ("Kagame denied the charge" after "Tshisekedi
      // accused Rwanda ..., a spokesman said").
      if (const Rejected what =
              (c.frame & kVerb) && c.type == "rejection"sv && c.agent >= 0 && c.others.empty()
                  ? RejectedThing(si, c)
                  : Rejected::kNothing;
          what != Rejected::kNothing) {
        // (Two sides of one country are two sides: "Sudan's army accused the Rapid Support
        // Forces ... The RSF denied the accusation", SDNREB-SDNMIL.)
        const std::string denier = EntityCountry(doc_, c.agent);
        const std::string denier_code = ActorCode(doc_, c.agent);
        auto find = [&](auto wanted) {
          for (auto it = claims_.rbegin(); it != claims_.rend(); ++it) {
            if (si - it->si > 2) break;
            if (!wanted(it->kind)) continue;
            const std::string code = ActorCode(doc_, it->agent);
            if (it->agent == c.agent || code == denier_code ||
                (!denier.empty() && EntityCountry(doc_, it->agent) == denier &&
                 (code.size() <= 3 || denier_code.size() <= 3))) {
              continue;
            }
            return it->agent;
          }
          return -1;
        };
        int to = -1;
        if (what == Rejected::kCharge) {
          to = find([](Claim k) { return k == Claim::kAccused; });
          if (to < 0) to = find([](Claim k) { return k == Claim::kSaid; });
        } else if (what == Rejected::kProposal) {
          to = find([](Claim k) { return k == Claim::kProposed; });
        } else {
          to = find([](Claim) { return true; });
        }
        if (to >= 0) c.others = {to};
      }
      // "Beijing demanded that Tokyo retract the comments. Japan refused.": a refusal with no
      // object refuses the last demand, proposal or request of another side in this sentence
      // or the one before (was a rejection of nobody).
      static const KeySet kRefused = {"refused",  "refuses",  "refuse",  "declined",
                                      "declines", "rejected", "rejects", "balked"};
      if ((c.frame & kVerb) && c.type == "rejection"sv && c.agent >= 0 && c.others.empty() &&
          kRefused.Has(toks[c.tb]) &&
          (c.te >= toks.size() ||
           (toks[c.te].kind == TokenKind::kPunct && toks[c.te].lower != "'s"sv))) {
        const std::string own = EntityCountry(doc_, c.agent);
        for (auto it = claims_.rbegin(); it != claims_.rend() && si - it->si <= 1; ++it) {
          if (it->kind != Claim::kProposed || it->agent == c.agent ||
              (!own.empty() && EntityCountry(doc_, it->agent) == own)) {
            continue;
          }
          c.others = {it->agent};
          break;
        }
      }
      // "Modi ... invited him to visit India. Putin accepted the invitation": an invitation
      // accepted whose inviter is not named is the last proposer's of another party in this
      // sentence or the two before (was an intent toward nobody).
      if (c.rule == "meet:accepted-invitation"sv && c.agent >= 0 && c.others.empty()) {
        for (auto it = claims_.rbegin(); it != claims_.rend() && si - it->si <= 2; ++it) {
          if (it->kind != Claim::kProposed || it->agent == c.agent) continue;
          c.others = {it->agent};
          break;
        }
      }
      // "Iran accepted Oman's offer to mediate", "Colombia agreed to Trump's demands": a
      // proposal, demand or request a possessive owns is its owner's (was the clause
      // subject's), made to that subject.
      // (Whatever the trigger's frame, when its first word is such a noun: "demands" and
      // "offer to mediate" are verbs too. Only with a subject, so that no new event comes of
      // a noun of another sense: "Russia's investment appeal".)
      static const KeySet kAsked = {"offer",    "offers",     "proposal",  "proposals",
                                    "plan",     "demand",     "demands",   "request",
                                    "requests", "appeal",     "appeals",   "call",
                                    "calls",    "initiative", "ultimatum", "invitation"};
      if ((c.type == "proposal"sv || c.type == "demand"sv || c.type == "request"sv) &&
          c.agent >= 0 && kAsked.Has(toks[c.tb])) {
        if (const int owner = PossessiveOwner(si, c.tb); owner >= 0 && owner != c.agent) {
          const int subject = c.agent;
          std::erase(c.others, owner);
          c.agent = owner;
          if (c.others.empty()) c.others = {subject};
        }
      }
      // "Putin and Trump spoke by phone ... Putin agreed to a 30-day pause in strikes": one side
      // of the pair that just consulted agreeing, with nobody named, agrees with the other
      // (RUSGOV-USAGOV, was Putin's with nobody). Within two sentences of the consultation.
      // (Agreeing only, 030: a signing names its other party, and one without is another
      // clause's: "the member states of the European Union, which ... signed the relevant
      // declaration".)
      if (c.type == "agreement"sv && c.cameo == "030"sv && (c.frame & kVerb) && c.agent >= 0 &&
          c.others.empty() && last_pair_.size() == 2 && si - last_pair_si_ <= 2 &&
          (c.agent == last_pair_[0] || c.agent == last_pair_[1])) {
        c.others = {c.agent == last_pair_[0] ? last_pair_[1] : last_pair_[0]};
      }
      // "Putin agreed in a call with Donald Trump on Tuesday to ...", "agreed during talks
      // with X": the party of the consultation the agreement was reached in is its other
      // party (was Putin's agreement with nobody).
      if (c.type == "agreement"sv && (c.frame & kVerb) && c.agent >= 0 && c.others.empty() &&
          c.te + 3 < toks.size() &&
          (toks[c.te].lower == "in"sv || toks[c.te].lower == "during"sv ||
           toks[c.te].lower == "at"sv)) {
        static const KeySet kGathering = {"call",         "talks",    "meeting",
                                          "conversation", "summit",   "consultations",
                                          "calls",        "meetings", "negotiations"};
        for (size_t k = c.te + 1; k + 2 < toks.size() && k < c.te + 5; ++k) {
          if (!kGathering.Has(toks[k])) continue;
          if (toks[k + 1].lower == "with"sv) {
            const auto with = NounPhrase(si, k + 2, std::min(toks.size(), k + 10));
            if (!with.empty() && with[0] != c.agent) c.others = {with[0]};
          }
          break;
        }
      }
      // And agreeing to it is agreeing with its owner: "Colombia had agreed to all of Trump's
      // terms" (COL-USAGOV, was COL with nobody); so is accepting it ("Iran accepted Oman's
      // offer").
      const bool accepted = c.rule == "agree:accepted-offer"sv;
      if (c.type == "agreement"sv && (c.frame & kVerb) && c.agent >= 0 && c.others.empty() &&
          c.te + 1 < toks.size() && (toks[c.te].lower == "to"sv || accepted)) {
        static const KeySet kOwned = {"terms",     "demands",  "demand",     "proposal",
                                      "proposals", "offer",    "plan",       "conditions",
                                      "request",   "requests", "initiative", "invitation"};
        size_t k = accepted ? c.te : c.te + 1;
        if (k + 1 < toks.size() && toks[k].lower == "all"sv && toks[k + 1].lower == "of"sv) k += 2;
        for (size_t n = 0; n < 7 && k < toks.size() && !kOwned.Has(toks[k]); ++n) ++k;
        if (k < toks.size() && kOwned.Has(toks[k])) {
          if (const int owner = PossessiveOwner(si, k); owner >= 0 && owner != c.agent) {
            c.others = {owner};
          }
        }
      }
      const bool has_args = c.agent >= 0 || !c.others.empty();
      // Argument-less consultation nouns may still lend a date or place to a same-sentence
      // mention ("spoke with ... who attended a roundtable on Dec. 11"); FindEvents drops
      // leftovers.
      if (c.cameo == "018"sv) ThankedForSympathy(&c);
      if (c.type == "statement"sv && c.agent < 0) continue;
      if (!has_args) {
        // A clear action verb whose actors we cannot name ("Afghan rebels have kidnapped ...")
        // is still an event of its kind, kept at low confidence; nominal and weak triggers
        // without actors are too often background ("the war", "cooperation").
        // Only the sentence's main action qualifies: its first coded trigger, outside quotes,
        // in a third-person sentence (first- and second-person speech is a speaker's own
        // remarks, whose events the transcript's speaker line already covers).
        const auto& w0 = toks[0].lower;
        const bool personal = w0 == "i"sv || w0 == "we"sv || w0 == "you"sv || w0 == "our"sv ||
                              w0 == "my"sv || w0 == "so"sv || w0 == "and"sv || w0 == "but"sv;
        const bool verb_event = (c.frame & kVerb) &&
                                !(c.frame & (kNoun | kWeak | kSpeech | kClose)) &&
                                !IsConsultation(c.type) && c.type != "statement"sv && !any_coded &&
                                !personal && !InQuote(toks[c.tb].begin);
        if (verb_event) {
          c.actorless = true;
        } else if (!(IsConsultation(c.type) && (c.frame & kNoun))) {
          continue;
        }
      }
      // Who mediated or brokered what the trigger names is no party to it: "Russia and Ukraine
      // exchanged 84 prisoners each in a swap mediated by the United Arab Emirates" (the UAE was
      // a target of both releases); the mediation is its own event.
      if (c.cameo != "045"sv && !c.others.empty()) {
        auto brokered = [&](int e) {
          for (int mi : doc_.sentences[si].mentions) {
            const Mention& m = doc_.mentions[mi];
            if (m.entity == e && m.tb >= c.te && BrokerObject(si, m)) return true;
          }
          return false;
        };
        std::erase_if(c.others, brokered);
      }
      // "Saudi Arabia and Iran agreed ..., in a deal brokered by China after talks in Beijing":
      // talks right after a broker's "by" phrase are the pair's the sentence just named, not
      // the broker's (was a meeting of China's with nobody).
      if (IsConsultation(c.type) && c.type != "visit"sv && (c.frame & kNoun) && c.agent >= 0 &&
          c.others.empty() && last_pair_.size() == 2 && last_pair_si_ == si &&
          std::find(last_pair_.begin(), last_pair_.end(), c.agent) == last_pair_.end()) {
        for (int mi : doc_.sentences[si].mentions) {
          const Mention& m = doc_.mentions[mi];
          if (m.entity != c.agent || m.te > c.tb || c.tb - m.te > 3) continue;
          if (BrokerObject(si, m)) {
            c.agent = last_pair_[0];
            c.others = {last_pair_[1]};
            break;
          }
        }
      }
      // "Zelenskiy proposed a meeting with Putin", "proposed talks with Russia": a proposed
      // gathering is a proposal to meet (036) the party it is with (was 030 to nobody).
      static const KeySet kProposing = {"proposed", "proposes", "propose", "suggested", "offered"};
      if (c.cameo == "030"sv && (c.frame & kVerb) && c.others.empty() &&
          kProposing.Has(toks[c.tb])) {
        static const KeySet kGathering = {"meeting", "talks",    "negotiations",
                                          "summit",  "meetings", "consultations"};
        size_t k = c.te;
        while (k < toks.size() && k < c.te + 3 && !kGathering.Has(toks[k]) &&
               toks[k].kind == TokenKind::kWord && !toks[k].cap) {
          ++k;
        }
        if (k + 2 < toks.size() && kGathering.Has(toks[k]) && toks[k + 1].lower == "with"sv) {
          const auto with = NounPhrase(si, k + 2, std::min(toks.size(), k + 9));
          if (!with.empty() && with[0] != c.agent) {
            c.cameo = "036";
            c.others = {with[0]};
          }
        }
      }
      if (!Modality(&c, left, right)) continue;

      if (c.type != "statement"sv && !any_coded) {
        c.first = true;
        any_coded = true;
      }
      // "Britain, France and Germany met the Ukrainian delegation": the party met is the
      // meeting's other side, ahead of the subject's other conjuncts (was DEU -> FRA).
      // (The verb's object only, right after it or its "with": not "met at the residence of
      // Malaysian Prime Minister Anwar Ibrahim".)
      if ((c.frame & kMeet) && (c.frame & kVerb) && c.agent >= 0 && c.others.size() >= 2) {
        // (Past its title and the article: "met Chinese President Xi Jinping".)
        // (What is signed is a document, not a party: "signed the Alliance of Sahel States".)
        size_t k = c.te;
        const bool with = k < toks.size() && toks[k].lower == "with"sv;
        if (with) ++k;
        if (c.type == "agreement"sv && !with) k = toks.size();
        for (; k < toks.size() && k < c.te + 6; ++k) {
          const int mi = MentionAt(si, k);
          const int e = mi >= 0 ? doc_.mentions[mi].entity : -1;
          if (const auto it = std::find(c.others.begin(), c.others.end(), e);
              e >= 0 && it != c.others.end()) {
            std::rotate(c.others.begin(), it, it + 1);
            break;
          }
          if (!toks[k].cap && toks[k].lower != "the"sv) break;
        }
      }
      // "Olaf Scholz and Emmanuel Macron urged Russia to withdraw": a directed act of a
      // compound subject is each conjunct's, one event apiece, as PETRARCH codes it (a mutual
      // one has them among its parties already).
      std::vector<int> conjuncts;
      // (So is a visit: "Blinken and Lammy arrived in Kyiv" is each one's visit.)
      if (!(c.frame & kMeet) && c.agent >= 0 && (!IsConsultation(c.type) || c.type == "visit"sv) &&
          c.type != "agreement"sv) {
        conjuncts = CoordinatedSubject(si, c.tb, left, c.agent);
        // A subject before its relative clause ("Egypt and Qatar, which brokered the truce,
        // called for ..."): its conjuncts stand before the clause.
        if (conjuncts.empty() && left >= 3 &&
            (Toks(si)[left - 1].lower == ","sv || Toks(si)[left - 1].lower == "which"sv)) {
          size_t at = left;
          while (at > 0 && (MentionAt(si, at - 1) < 0 ||
                            doc_.mentions[MentionAt(si, at - 1)].entity != c.agent)) {
            --at;
          }
          // (Only the antecedent of ", which": "In North Korea and Iran, reckless escalation"
          // has no subject before its comma.)
          if (at > 0 && at + 1 < toks.size() && toks[at].lower == ","sv &&
              (toks[at + 1].lower == "which"sv || toks[at + 1].lower == "who"sv)) {
            conjuncts = CoordinatedSubject(si, at, 0, c.agent);
          }
        }
        // A second verb that shares its clause's compound subject: "The United States and the
        // European Union condemned the warrant and called for his release" (the call was the
        // United States' alone: the subject's first conjunct is the agent here, and the list
        // runs after it).
        // (The list's commas may bound the verb's clause: past them, the agent's mention must
        // open a clause of its own.)
        if (conjuncts.empty()) {
          size_t at = c.tb;
          while (at > 0 && (MentionAt(si, at - 1) < 0 ||
                            doc_.mentions[MentionAt(si, at - 1)].entity != c.agent)) {
            --at;
          }
          // (The sentence's subject: the agent's mention opens it, past its article and
          // title words, or a dateline.)
          bool opens = at > 0;
          if (opens) {
            size_t k = doc_.mentions[MentionAt(si, at - 1)].tb;
            while (k > 0 && (toks[k - 1].lower == "the"sv ||
                             (toks[k - 1].cap && toks[k - 1].kind == TokenKind::kWord &&
                              MentionAt(si, k - 1) < 0))) {
              --k;
            }
            opens = k == 0 || (toks[k - 1].lower == "-"sv && toks[k - 1].space_before);
          }
          bool crossed_and = false;
          size_t list_end = at;
          std::vector<int> list = ListAfter(si, at, c.tb, c.agent, &crossed_and, &list_end);
          // (And the list ends at a word in lower case, its verb or an actorless last
          // conjunct's first word ("and nine Latin American governments"), with the trigger a
          // verb coordinated after it: "condemned the warrant and called for".)
          const bool verb_after = list_end < c.tb && toks[list_end].kind == TokenKind::kWord &&
                                  !toks[list_end].cap && toks[c.tb - 1].lower == "and"sv;
          // (Or a participle clause after a comma, within four words of the trigger: "Israel
          // and Hamas signed a deal on Thursday, agreeing to release hostages" is both sides'
          // release, as the participle's subject is the main clause's.)
          static const KeySet kPrepositional = {"including", "according",  "following",
                                                "regarding", "concerning", "considering"};
          bool participle = false;
          if (list_end < c.tb && toks[list_end].kind == TokenKind::kWord && !toks[list_end].cap) {
            for (size_t p = c.tb + 1; p > list_end + 1 && c.tb + 1 - p <= 4 && !participle;) {
              --p;
              const auto& w = toks[p].lower;
              participle = toks[p - 1].lower == ","sv && !toks[p].cap && w.size() > 5 &&
                           w.ends_with("ing"sv) && !kPrepositional.Has(toks[p]);
            }
          }
          if (opens && crossed_and && (verb_after || participle)) conjuncts = std::move(list);
        }
      }
      // "Mali, Burkina Faso and Niger formally left ECOWAS. ... The three juntas had accused
      // the bloc of being controlled by France": each listed party's act (was nobody's).
      if (conjuncts.empty() && c.agent < 0 && (c.frame & kVerb) && !(c.frame & kNoun) &&
          c.tb >= 3 && c.tb <= 5 && c.type != "statement"sv) {
        if (auto list = CountedList(si); !list.empty()) {
          c.agent = list[0];
          list.erase(list.begin());
          std::erase(c.others, c.agent);
          if (c.frame & kMeet) {
            for (int e : list) {
              if (std::find(c.others.begin(), c.others.end(), e) == c.others.end()) {
                c.others.push_back(e);
              }
            }
          } else {
            for (int e : list) std::erase(c.others, e);
            conjuncts = std::move(list);
          }
        }
      }
      // "Blinken and Lammy travelled to Kyiv. They met Zelenskiy": the verbs of a sentence
      // opening with "They" are each listed party's; a meeting has them all as parties.
      // (The verb right after it: "They met", "They also agreed".)
      if (conjuncts.empty() && c.agent >= 0 && (c.frame & kVerb) && !(c.frame & kNoun) &&
          c.tb >= 1 && c.tb <= 3 && c.type != "agreement"sv && c.type != "statement"sv) {
        if (auto list = TheyList(si);
            !list.empty() && list[0] == c.agent && Pronoun(si, 0) == c.agent) {
          list.erase(list.begin());
          if (c.frame & kMeet) {
            for (int e : list) {
              if (std::find(c.others.begin(), c.others.end(), e) == c.others.end()) {
                c.others.push_back(e);
              }
            }
          } else if (!IsConsultation(c.type) || c.type == "visit"sv) {
            conjuncts = std::move(list);
          }
        }
      }
      if (conjuncts.empty()) conjuncts = c.by_conjuncts;
      // (A visit's conjuncts are guests, never the host's own: "Xi and Lula signed 37
      // agreements during a state visit to Brasilia" is Xi's visit, not Lula's.)
      if (c.type == "visit"sv && c.location >= 0 && !conjuncts.empty()) {
        const std::string& host = doc_.entities[c.location].out.country;
        auto at_home = [&](int e) { return !host.empty() && EntityCountry(doc_, e) == host; };
        std::erase_if(conjuncts, at_home);
        if (at_home(c.agent) && !conjuncts.empty()) {
          c.agent = conjuncts.back();
          conjuncts.pop_back();
        }
      }
      // Fighting each other ("Armenia and Azerbaijan exchanged fire", "clashed") with nobody
      // else named: each side is the other's target.
      static const KeySet kEachOther = {"exchanged", "exchange", "traded",
                                        "clashed",   "fought",   "battled"};
      // So are the sides of a mutual act: "Saudi Arabia and Iran restored diplomatic
      // relations", "Russia and China cooperate".
      // And of a prisoner swap: "Russia and Ukraine exchanged prisoners of war" (084 each).
      const bool mutual_act = c.rule.starts_with("release:exchanged"sv) ||
                              c.rule.starts_with("release:exchange prisoners"sv) ||
                              c.rule.starts_with("release:swapped"sv) ||
                              c.rule.starts_with("release:prisoner exchange"sv) ||
                              c.rule.starts_with("release:exchange of prisoners"sv) ||
                              c.rule.starts_with("diplomatic-cooperation:"sv) ||
                              c.rule.starts_with("cooperate-mil:"sv) ||
                              (c.rule.starts_with("cooperate:"sv) && (c.frame & kVerb)) ||
                              PledgedMutually(c) ||
                              // (And of a truce: "Israel and Hamas began a ceasefire", each
                              // side's de-escalation toward the other.)
                              c.rule == "withdraw:ceasefire"sv || c.rule == "withdraw:truce"sv ||
                              c.rule == "withdraw:cease-fire"sv;
      // (And accusations traded: "Ethiopia and Eritrea traded accusations".)
      // ("Russia and Ukraine accused each other of violating the truce", "each accused the
      // other": the same.)
      const bool reciprocal =
          c.te + 1 < toks.size() &&
          ((toks[c.te].lower == "each"sv && toks[c.te + 1].lower == "other"sv) ||
           (toks[c.te].lower == "one"sv && toks[c.te + 1].lower == "another"sv) ||
           (toks[c.te].lower == "the"sv && toks[c.te + 1].lower == "other"sv));
      const bool traded = c.type == "accusation"sv && c.tb > 0 &&
                          (toks[c.tb - 1].lower == "traded"sv ||
                           toks[c.tb - 1].lower == "exchanged"sv || reciprocal);
      const bool each_other =
          !conjuncts.empty() && c.others.empty() &&
          ((c.cameo == "190"sv && kEachOther.Has(toks[c.tb])) || mutual_act || traded);
      std::vector<int> sides = conjuncts;
      sides.push_back(c.agent);
      for (auto it = conjuncts.rbegin(); it != conjuncts.rend(); ++it) {
        if (std::find(c.others.begin(), c.others.end(), *it) != c.others.end()) continue;
        EventCandidate each = c;
        each.agent = *it;
        if (each_other) {
          for (int e : sides) {
            if (e != *it) each.others.push_back(e);
          }
        }
        out.push_back(std::move(each));
      }
      if (each_other) {
        for (int e : conjuncts) c.others.push_back(e);
      }
      // (The attackers a later "condemned the attack" judges: who carried out the last attacks
      // the text reports as done, each conjunct of a compound subject.)
      // (Repression too, 175: "police used water cannon" is the violence a later "condemned
      // the violence" judges.)
      const bool taking =
          c.cameo == "171"sv || c.cameo == "173"sv || c.cameo == "181"sv || c.cameo == "175"sv;
      if ((c.cameo.starts_with("18"sv) || c.cameo.starts_with("19"sv) ||
           c.cameo.starts_with("20"sv) || taking) &&
          c.agent >= 0 && Actor(c.agent)) {
        for (auto it = conjuncts.rbegin(); it != conjuncts.rend(); ++it) {
          if (Actor(*it)) attacks_.push_back({*it, si, c.tb, toks[c.tb].lower, taking});
        }
        attacks_.push_back({c.agent, si, c.tb, toks[c.tb].lower, taking});
        while (attacks_.size() > 16) attacks_.erase(attacks_.begin());
      }
      // (Who acted, for a later "criticised the decision": JudgedDecision.)
      if (c.agent >= 0 && Actor(c.agent) && !JudgesAnAct(c.cameo)) {
        acts_.push_back({c.agent, si});
        while (acts_.size() > 16) acts_.erase(acts_.begin());
      }
      // (Who accused, said or proposed, for a later rejection: RejectedThing.)
      if (c.agent >= 0 && Actor(c.agent) && c.cameo.size() >= 2 && c.cameo[0] <= '1') {
        const std::string_view root = std::string_view(c.cameo).substr(0, 2);
        const Claim kind = root == "11"sv                                       ? Claim::kAccused
                           : root == "01"sv                                     ? Claim::kSaid
                           : root == "02"sv || root == "03"sv || root == "10"sv ? Claim::kProposed
                                                                                : Claim::kOther;
        if (kind != Claim::kOther) {
          claims_.push_back({c.agent, si, kind});
          while (claims_.size() > 12) claims_.erase(claims_.begin());
        }
      }
      // (Who acted with hostility last, for a later complaint that names nobody.)
      if (c.agent >= 0 && Actor(c.agent) && c.cameo.size() >= 2 &&
          (c.cameo[0] == '2' || (c.cameo[0] == '1' && c.cameo[1] >= '3'))) {
        last_hostile_agent_ = c.agent;
        last_hostile_agent_si_ = si;
      }
      // (The two sides a later "both countries" means: of the last act between two, and of
      // the last hostile one (13x-20x) first: "Saudi Arabia and Egypt condemned the Israeli
      // attack, while Starmer urged all sides to step back" means Israel and Iran, whose
      // strikes came before, not Egypt and Israel.)
      if (c.agent >= 0 && c.others.size() == 1 && c.type != "statement"sv && Actor(c.agent) &&
          Actor(c.others[0]) && ActorCode(doc_, c.agent) != ActorCode(doc_, c.others[0])) {
        last_dyad_ = {c.agent, c.others[0]};
        last_dyad_si_ = si;
        if (c.cameo.size() >= 2 &&
            (c.cameo[0] == '2' || (c.cameo[0] == '1' && c.cameo[1] >= '3'))) {
          last_hostile_dyad_ = last_dyad_;
          last_hostile_dyad_si_ = si;
        }
      }
      out.push_back(std::move(c));
    }
    // "Scholz said Russia must withdraw its troops": the speaker demands of the obliged party.
    int speaker = -1;
    for (const auto& c : out) {
      if (c.type == "statement"sv && c.agent >= 0) {
        speaker = c.agent;
        break;
      }
    }
    for (auto& c : out) {
      if (!c.obligation) continue;
      // Talks or an agreement are asked of every party named: "the government and the rebels
      // must reach an agreement".
      if (c.passive_obligation) {
        c.others.clear();
      } else if (c.cameo == "106"sv || c.cameo == "107"sv) {
        c.others.insert(c.others.begin(), c.agent);
      } else {
        c.others = {c.agent};
      }
      c.agent = c.others.empty() || speaker != c.others[0] ? speaker : -1;
      c.explicit_pair = false;
      c.with_party = false;
    }
    return out;
  }

 private:
  const std::vector<Token>& Toks(int si) const { return doc_.sentences[si].toks; }

  // Quotation pairs by alternation, restarting at every paragraph.
  void PairQuotes() {
    // A local view: pushing to quotes_ would otherwise make the compiler reload the text.
    const std::string_view t = doc_.norm.text;
    size_t open = std::string::npos;
    // The next line break and the next quote are found with memchr, not byte by byte.
    size_t next_nl = t.find('\n'), next_quote = t.find('"');
    for (;;) {
      const size_t i = std::min(next_nl, next_quote);
      if (i == std::string_view::npos) break;
      if (i == next_nl) {
        next_nl = t.find('\n', i + 1);
      } else {
        next_quote = t.find('"', i + 1);
      }
      if (t[i] == '\n') {
        if (open != std::string::npos && i > open + 1) quotes_.push_back({open, i});
        open = std::string::npos;
      } else if (t[i] == '"') {
        if (open == std::string::npos) {
          open = i;
        } else {
          quotes_.push_back({open, i});
          open = std::string::npos;
        }
      }
    }
  }

  bool InQuote(size_t byte) const {
    for (const auto& [open, close] : quotes_) {
      if (open > byte) break;
      if (byte < close) return true;
    }
    return false;
  }

  // Whether toks[k] (after "the two") names the two sides of a pair, past one lower-case
  // modifier: "the two leaders", "the two foreign ministers", "the two countries"; not "the
  // two-State solution" or "the two Cuban diplomats" (two of a kind, not a pair named before).
  bool TwoSides(int si, size_t k) const {
    static const KeySet kSides = {"leaders",    "sides",        "parties",      "presidents",
                                  "countries",  "states",       "nations",      "governments",
                                  "ministers",  "delegations",  "heads",        "premiers",
                                  "capitals",   "counterparts", "sides'",       "leaders'",
                                  "countries'", "delegations'", "governments'", "nations'"};
    const auto& toks = Toks(si);
    if (k >= toks.size() || toks[k].lower == "-"sv) return false;
    if (kSides.Has(toks[k])) return true;
    return k + 1 < toks.size() && !toks[k].cap && toks[k].kind == TokenKind::kWord &&
           MentionAt(si, k) < 0 && kSides.Has(toks[k + 1]);
  }

  // The token after a date that toks[k], an "on", opens ("on Thursday", "on 24 September"), or
  // 0 when toks[k] is no such "on".
  size_t DateAfterOn(int si, size_t k) const {
    const auto& s = doc_.sentences[si];
    if (k >= s.toks.size() || s.toks[k].lower != "on"sv) return 0;
    for (const auto& d : s.dates) {
      if (d.tok_begin == k || d.tok_begin == k + 1) return d.tok_end;
    }
    return 0;
  }

  // Whether every other party of c is a place named after it as a venue ("agreed to meet in
  // Saudi Arabia"), which the mention's place rules make the event's location, no party.
  bool OnlyVenues(int si, const EventCandidate& c) const {
    if (c.others.empty()) return false;
    for (int e : c.others) {
      const auto& type = doc_.entities[e].out.type;
      if (type != "country"sv && type != "location"sv) return false;
      bool venue = false;
      for (int mi : doc_.sentences[si].mentions) {
        const Mention& m = doc_.mentions[mi];
        venue = venue || (m.entity == e && m.tb >= c.te && PlaceObject(si, m.tb));
      }
      if (!venue) return false;
    }
    return true;
  }

  // Whether "the two" before toks[k] is a subject of its own, its verb at most two words on at
  // the trigger tb: "the two agreed to cooperate", "the two also discussed".
  bool TwoAsSubject(int si, size_t k, size_t tb) const {
    const auto& toks = Toks(si);
    if (k == tb) return true;
    static const KeySet kBefore = {"also",  "then", "later", "have",    "had",    "will",
                                   "would", "both", "have",  "jointly", "further"};
    return k < tb && tb - k <= 2 && kBefore.Has(toks[k]) &&
           (k + 1 == tb || kBefore.Has(toks[k + 1]));
  }

  // The speech verbs that report a clause without "that" ("said 12 people were killed").
  static bool ReportingVerb(std::string_view w) {
    return w == "said"sv || w == "says"sv || w == "added"sv || w == "claimed"sv ||
           w == "insisted"sv;
  }

  bool Boundary(int si, size_t k, bool for_left) const {
    const auto& t = Toks(si)[k];
    const auto& w = t.lower;
    // One-byte keys first: most tokens of a clause, and compared without a memcmp call.
    if (w.size() == 1) {
      const char c = w[0];
      return c == ';' || c == ':' || c == '"' || c == ',' || c == '(' || c == ')' ||
             (c == '-' && t.space_before);
    }
    if (w == "that"sv || w == "which"sv || w == "while"sv || w == "whereas"sv || w == "but"sv ||
        w == "because"sv || w == "although"sv) {
      return true;
    }
    // ("The WHO urged Washington": the organisation's name, no relative pronoun.)
    if (w == "who"sv) return MentionAt(si, k) < 0;
    // A speech verb opens its reported clause: "Amnesty International said at least 12 people
    // had been killed by security forces" (Amnesty killed nobody, and was killed by no one).
    // Only before a clause's subject, and only for what follows it.
    if (for_left && ReportingVerb(w)) {
      const auto& toks = Toks(si);
      if (k + 1 >= toks.size()) return false;
      const Token& n = toks[k + 1];
      // (Not a pronoun, mostly the speaker: "the Umma party has said it will boycott the
      // election" is the party's boycott.)
      // (Nor a possessive pronoun: "Israel's military said its forces had struck ...".)
      static const KeySet kClauseStart = {"the", "a", "an", "more", "some", "several"};
      // ("said at least 12 people", not "said at the meeting".)
      const bool at_least =
          n.lower == "at"sv && k + 2 < toks.size() && toks[k + 2].lower == "least"sv;
      return n.cap || n.kind == TokenKind::kNumber || kClauseStart.Has(n) || at_least;
    }
    return false;
  }

  size_t LeftBound(int si, size_t tb) const {
    // Clauses are short; the cap keeps pathological run-on "sentences" linear.
    size_t k = tb;
    const auto& toks = Toks(si);
    while (k > 0 && tb - k < kMaxClause) {
      if (Boundary(si, k - 1, true)) {
        // A short parenthesis is an aside, not a clause: "the Revolutionary United Front (RUF)
        // announced", "the Umma (Nation) party has said".
        if (toks[k - 1].lower != ")"sv) break;
        size_t j = k - 1;
        while (j > 0 && k - j < 6 && toks[j - 1].lower != "("sv && toks[j - 1].lower != ")"sv) --j;
        if (j == 0 || toks[j - 1].lower != "("sv || j - 1 == 0) break;
        k = j - 1;
        continue;
      }
      --k;
    }
    return k;
  }
  size_t RightBound(int si, size_t te) const {
    size_t k = te;
    const auto& toks = Toks(si);
    while (k < toks.size() && k - te < kMaxClause) {
      if (Boundary(si, k, false)) {
        // An appositive region after a place ("in Anchorage, Alaska, on August 15") does not
        // end the clause: the date after it still belongs to the trigger.
        const size_t skip = PlaceApposition(si, k);
        if (skip == 0) break;
        k = skip;
        continue;
      }
      ++k;
    }
    return k;
  }

  // If toks[k] is the comma of "P1, P2," (both places), the index after the second comma;
  // else 0.
  size_t PlaceApposition(int si, size_t k) const {
    const auto& toks = Toks(si);
    auto is_place = [&](int mi) {
      if (mi < 0) return false;
      const int e = doc_.mentions[mi].entity;
      return e >= 0 && (doc_.entities[e].out.type == "location"sv ||
                        doc_.entities[e].out.type == "country"sv);
    };
    if (toks[k].lower != ","sv || k == 0 || k + 2 >= toks.size()) return 0;
    if (!is_place(MentionAt(si, k - 1))) return 0;
    const int next = MentionAt(si, k + 1);
    if (!is_place(next)) return 0;
    const size_t after = doc_.mentions[next].te;
    if (after >= toks.size() || toks[after].lower != ","sv) return 0;
    return after + 1;
  }

  int MentionAt(int si, size_t k) const { return doc_.sentences[si].tok_mention[k]; }

  // Earlier conjuncts of a coordinated subject ending at the mention of `agent` before token
  // `tb`: "Russian President Vladimir Putin and U.S. President Donald Trump held a summit",
  // "X, Y and Z met". Title words and modifiers between conjuncts are skipped; anything else
  // (a verb, a preposition) ends the subject, so "Putin told Trump and Xi met" is not read.
  std::vector<int> CoordinatedSubject(int si, size_t tb, size_t left, int agent) const {
    std::vector<int> out = CoordinatedSubjectFrom(si, tb, left, agent);
    // A list's commas bound no clause: "Russia, China and Turkey offered condolences" (was
    // China's and Turkey's). Only a list that opens its clause, so that "After talks with
    // Russia, Germany and Italy condemned" keeps Russia out.
    const auto& toks = Toks(si);
    if (left < 2 || toks[left - 1].lower != ","sv) return out;
    if (out.empty()) {
      // (Or whose agent ends it before an actorless last conjunct, which the clause's
      // comma cut off: "The United States, France and their allies called".)
      const size_t at = left + 1 < tb && toks[left].lower == "the"sv ? left + 1 : left;
      const int own = at < tb ? MentionAt(si, at) : -1;
      if (own < 0 || doc_.mentions[own].entity != agent ||
          !ActorlessLastConjunct(si, doc_.mentions[own], tb)) {
        return out;
      }
    }
    size_t start = LeftBound(si, left - 1);
    for (int n = 0; n < 16 && start >= 2 && toks[start - 1].lower == ","sv; ++n) {
      start = LeftBound(si, start - 1);
    }
    std::vector<int> wide = CoordinatedSubjectFrom(si, tb, start, agent);
    if (wide.size() <= out.size()) return out;
    size_t first = start;  // the earliest conjunct's first word
    while (first < left && (MentionAt(si, first) < 0 ||
                            doc_.mentions[MentionAt(si, first)].entity != wide.back())) {
      ++first;
    }
    // (Past its article and title words, "the Netherlands", "President Macron", or the group
    // that names them: "The leaders of France, Germany and Italy".)
    size_t b = start;
    while (b < first && (toks[b].lower == "the"sv || toks[b].cap)) ++b;
    if (b < first && first - b <= 4 &&
        (toks[first - 1].lower == "of"sv || toks[first - 1].lower == "from"sv)) {
      while (b + 1 < first && toks[b].kind == TokenKind::kWord && !toks[b].cap) ++b;
      if (b + 1 == first) b = first;
    }
    return b == first ? wide : out;
  }

  // The conjuncts of a list that goes on after the mention ending at toks[at], up to token
  // `limit`: "Blinken[at] and British Foreign Secretary David Lammy travelled" gives Lammy.
  // Sets *crossed_and when an "and" joined them and *end to the token after the list.
  std::vector<int> ListAfter(int si, size_t at, size_t limit, int agent, bool* crossed_and,
                             size_t* end) const {
    const auto& toks = Toks(si);
    std::vector<int> list;
    *crossed_and = false;
    *end = at;
    for (size_t k = at; k < limit;) {
      const auto& w = toks[k].lower;
      // (Past the articles and title words of the next conjunct.)
      const int am = MentionAt(si, k);
      const bool adjective = am >= 0 && doc_.mentions[am].kind == MentionKind::kAdjective &&
                             doc_.mentions[am].te < limit && toks[doc_.mentions[am].te].cap;
      if (w == ","sv || w == "and"sv || w == "the"sv ||
          (*crossed_and && (am < 0 || adjective) && toks[k].kind == TokenKind::kWord &&
           (toks[k].cap || w == "foreign"sv || w == "prime"sv || w == "secretary"sv ||
            w == "minister"sv || w == "president"sv))) {
        *crossed_and = *crossed_and || w == "and"sv;
        ++k;
        continue;
      }
      const int mi = MentionAt(si, k);
      if (mi < 0 || doc_.mentions[mi].entity < 0 || doc_.mentions[mi].modifier ||
          doc_.mentions[mi].kind == MentionKind::kAdjective || !Actor(doc_.mentions[mi].entity)) {
        *end = k;
        break;
      }
      if (doc_.mentions[mi].entity != agent) list.push_back(doc_.mentions[mi].entity);
      k = doc_.mentions[mi].te;
      *end = k;
    }
    return list;
  }

  // The parties a sentence-opening "They" stands for when the sentence before opened with a
  // list of them: "Blinken and Lammy travelled to Kyiv. They met Zelenskiy" (each met him).
  // Empty when it did not.
  std::vector<int> TheyList(int si) const {
    if (si == 0 || Toks(si).empty() || Toks(si)[0].lower != "they"sv) return {};
    return OpeningList(si - 1);
  }

  // The list of parties sentence `si` opens with ("Blinken and Lammy travelled to Kyiv",
  // "Mali, Burkina Faso and Niger formally left ..."), or none.
  std::vector<int> OpeningList(int si) const {
    const auto& prev = Toks(si);
    size_t k = 0;
    // (Past a dateline: "ABUJA - Mali, Burkina Faso and Niger formally left ...".)
    size_t opens = 0;
    for (size_t j = 0; j < prev.size() && j < 6; ++j) {
      if (prev[j].lower == "-"sv && prev[j].space_before) opens = j + 1;
    }
    k = opens;
    while (k < prev.size() && k < opens + 4 && MentionAt(si, k) < 0) ++k;
    if (k >= prev.size() || MentionAt(si, k) < 0) return {};
    const Mention& first = doc_.mentions[MentionAt(si, k)];
    if (first.entity < 0 || !Actor(first.entity)) return {};
    // (Only past article and title words: "U.S. Secretary of State Antony Blinken and ...".)
    for (size_t j = opens; j < k; ++j) {
      if (!(prev[j].cap || prev[j].lower == "the"sv)) return {};
    }
    bool crossed_and = false;
    size_t end = first.te;
    std::vector<int> list = ListAfter(si, first.te, prev.size(), first.entity, &crossed_and, &end);
    if (!crossed_and || list.empty() || end >= prev.size() || prev[end].cap) return {};
    list.insert(list.begin(), first.entity);
    return list;
  }

  // "The three countries left ECOWAS", "The three juntas had accused the bloc": a sentence
  // opening with "the" and a count of countries or their governments means the list of that
  // many parties one of the two sentences before opened with. Returns it, or none.
  std::vector<int> CountedList(int si) const {
    const auto& toks = Toks(si);
    if (si == 0 || toks.size() < 4 || toks[0].lower != "the"sv) return {};
    static const std::pair<std::string_view, size_t> kCounts[] = {
        {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}};
    size_t n = 0;
    for (const auto& [word, count] : kCounts) {
      if (toks[1].lower == word) n = count;
    }
    static const KeySet kGroups = {"countries", "states",  "nations", "governments",
                                   "juntas",    "regimes", "leaders", "neighbours"};
    if (n == 0 || !kGroups.Has(toks[2])) return {};
    for (int back = 1; back <= 2 && si - back >= 0; ++back) {
      if (auto list = OpeningList(si - back); list.size() == n) return list;
    }
    return {};
  }

  // Whether the mention `own` is followed, up to token tb, by "and" and a last conjunct that
  // names no actor: "The United States, France and their allies called", "..., the European
  // Union and nine Latin American governments condemned". The comma before `own` then joins
  // as an "and" would.
  bool ActorlessLastConjunct(int si, const Mention& own, size_t tb) const {
    const auto& toks = Toks(si);
    bool tail = own.te + 1 < tb && toks[own.te].lower == "and"sv && tb - own.te <= 6;
    for (size_t j = own.te + 1; tail && j < tb; ++j) {
      const int mi = MentionAt(si, j);
      tail = (toks[j].kind == TokenKind::kWord || toks[j].kind == TokenKind::kNumber) &&
             (mi < 0 || doc_.mentions[mi].entity < 0 || !Actor(doc_.mentions[mi].entity));
    }
    return tail;
  }

  std::vector<int> CoordinatedSubjectFrom(int si, size_t tb, size_t left, int agent) const {
    std::vector<int> out;
    const auto& toks = Toks(si);
    size_t k = tb;
    // The agent's own mention: the nearest one before the trigger.
    while (k > left &&
           (MentionAt(si, k - 1) < 0 || doc_.mentions[MentionAt(si, k - 1)].entity != agent)) {
      --k;
    }
    if (k == left) return out;
    const Mention& own = doc_.mentions[MentionAt(si, k - 1)];
    k = own.tb;
    const bool tail = ActorlessLastConjunct(si, own, tb);
    bool joined = false;  // an "and"/"," separates k from the next conjunct
    for (size_t steps = 0; k > left && steps < 16; ++steps) {
      const size_t j = k - 1;
      const int mi = MentionAt(si, j);
      if (mi >= 0) {
        const auto& m = doc_.mentions[mi];
        k = m.tb;
        // (A possessor determines the conjunct: "Pakistan and Afghanistan's Taliban
        // government".)
        // (So does a body whose officer the conjunct is: "Communist Party chief".)
        // (And a country named before a conjunct's title: "and his Papua New Guinea
        // counterpart James Marape", as its adjective would be.)
        static const KeySet kOfficer = {"chief",     "leader",      "head",      "secretary",
                                        "spokesman", "counterpart", "president", "minister",
                                        "premier",   "envoy"};
        const bool possessor =
            m.te < toks.size() && (toks[m.te].lower == "'s"sv || toks[m.te].possessive ||
                                   (!joined && kOfficer.Has(toks[m.te])));
        if (m.modifier || m.kind == MentionKind::kAdjective || m.entity < 0 || possessor) continue;
        // The complement of a conjunct's title: "Prime Minister of the Kingdom of the
        // Netherlands Mark Rutte", "Secretary General of NATO".
        if (!joined) {
          size_t of = k;
          if (of > left && toks[of - 1].lower == "the"sv) --of;
          if (of > left + 1 && toks[of - 1].lower == "of"sv && toks[of - 2].cap) {
            k = of - 1;
            continue;
          }
        }
        // (A capital that stands for its government is a conjunct: "New Delhi and Beijing
        // reached a deal".)
        if (!joined || !Actor(m.entity) ||
            (doc_.entities[m.entity].out.type == "location"sv &&
             (doc_.entities[m.entity].metonym_of.empty() || PlaceObject(si, m.tb)))) {
          break;
        }
        if (m.entity != agent && std::find(out.begin(), out.end(), m.entity) == out.end()) {
          out.push_back(m.entity);
        }
        joined = false;
        continue;
      }
      const auto& w = toks[j].lower;
      // A pronoun conjunct that opens the subject: "where he and Egyptian President Abdel
      // Fattah al-Sisi co-chaired a summit" (was al-Sisi's alone).
      if (joined && (w == "he"sv || w == "she"sv)) {
        const int e = Pronoun(si, j);
        if (e >= 0 && e != agent && Actor(e) && std::find(out.begin(), out.end(), e) == out.end()) {
          out.push_back(e);
        }
        break;
      }
      // A portfolio's "and" inside a conjunct's title: "Minister of Youth and Sports of the
      // Republic of Turkey Mehmet Kasapoglu".
      if (w == "and"sv && !joined && j >= 2 && toks[j - 1].cap && j + 1 < toks.size() &&
          toks[j + 1].cap && MentionAt(si, j - 1) < 0 &&
          (toks[j - 2].lower == "of"sv || toks[j - 2].lower == "for"sv)) {
        k = j;
        continue;
      }
      if (w == "and"sv || (w == ","sv && (!out.empty() || tail))) {
        if (joined) break;
        joined = true;
        k = j;
        continue;
      }
      // Inside a hyphenated title word: "Commander-in-Chief of the Armed Forces of Ukraine",
      // "his son-in-law Jared Kushner".
      if ((!toks[j].space_before && j + 1 < toks.size() && !toks[j + 1].space_before &&
           (toks[j].lower == "-"sv || toks[j + 1].lower == "-"sv)) ||
          (!joined && !toks[j].space_before && j > left && toks[j - 1].lower == "-"sv &&
           !toks[j - 1].space_before)) {
        k = j;
        continue;
      }
      // A conjunct's own lower-case title and determiner: "Vietnamese Communist Party chief
      // Nguyen Phu Trong", "and his Iranian counterpart Hossein Amir-Abdollahian", the "'s" of a
      // possessor.
      // (And the kin and aides a conjunct is named as: "Trump's envoy Steve Witkoff and his
      // son-in-law Jared Kushner attended", was Kushner's alone.)
      static const KeySet kLowerTitles = {
          "chief",       "leader",       "head",       "minister",  "president",   "envoy",
          "spokesman",   "secretary",    "commander",  "premier",   "counterpart", "his",
          "her",         "their",        "'s",         "son",       "daughter",    "wife",
          "husband",     "brother",      "aide",       "adviser",   "advisor",     "deputy",
          "spokeswoman", "spokesperson", "ambassador", "negotiator"};
      if (!joined && kLowerTitles.Has(toks[j])) {
        k = j;
        continue;
      }
      // A conjunct's article: "the President of X and the Prime Minister of Y met".
      if (w == "the"sv &&
          (j == left || toks[j - 1].lower == "and"sv || toks[j - 1].lower == ","sv)) {
        k = j;
        continue;
      }
      // A group conjunct's count: "Iran and three European powers resumed talks" (was the
      // powers' alone).
      static const KeySet kCounts = {"two",   "three", "four", "five", "six",
                                     "seven", "eight", "nine", "ten",  "several"};
      if (!joined && kCounts.Has(toks[j]) && j > left &&
          (toks[j - 1].lower == "and"sv || toks[j - 1].lower == ","sv)) {
        k = j;
        continue;
      }
      // Title words between conjuncts ("U.S. President", "Foreign Minister", "Prime Minister
      // of the Kingdom of ...").
      if ((toks[j].cap && toks[j].kind == TokenKind::kWord && j > 0) ||
          (!joined && j > left && (toks[j + 1].cap || toks[j + 1].lower == "the"sv) &&
           ((w == "of"sv && toks[j - 1].cap) || (w == "the"sv && toks[j - 1].lower == "of"sv)))) {
        k = j;
        continue;
      }
      break;
    }
    return out;
  }

  bool Actor(int entity) const {
    if (entity < 0) return false;
    const auto& e = doc_.entities[entity];
    return e.out.type != "location"sv || !e.metonym_of.empty();
  }

  // Whether a sector is of a crowd a state can repress: demonstrators, civilians, workers,
  // farmers, students.
  static bool CrowdSector(std::string_view sector) {
    return sector == "OPP"sv || sector == "CVL"sv || sector == "LAB"sv || sector == "AGR"sv ||
           sector == "EDU"sv;
  }

  // Whether an entity is an armed force: an army, rebels, insurgents or police.
  bool ArmedForce(int entity) const {
    if (entity < 0) return false;
    const std::string& sector = doc_.entities[entity].out.sector;
    return sector == "MIL"sv || sector == "REB"sv || sector == "INS"sv || sector == "UAF"sv;
  }

  // Whether c's agent is a state or its government and the verb's object an armed force or
  // group not its own, or what is that group's: "Israel hit Hezbollah weapons depots" is war
  // (not "struck an agreement with the Houthis", "hit Hezbollah with new sanctions").
  bool StateHitsArmedGroup(const EventCandidate& c) const {
    if (c.agent < 0 || c.others.empty() || !ArmedForce(c.others[0])) return false;
    const auto& agent = doc_.entities[c.agent].out;
    if (agent.type != "country"sv && agent.sector != "GOV"sv) return false;
    const std::string own = EntityCountry(doc_, c.agent);
    if (!own.empty() && EntityCountry(doc_, c.others[0]) == own) return false;
    const auto& toks = Toks(c.si);
    const size_t k = c.te < toks.size() && toks[c.te].lower == "the"sv ? c.te + 1 : c.te;
    const int mi = k < toks.size() ? MentionAt(c.si, k) : -1;
    if (mi < 0 || MentionEntity(mi) != c.others[0]) return false;
    const size_t after = doc_.mentions[mi].te;
    return after >= toks.size() || toks[after].lower != "with"sv;
  }

  // Whether c, a verb of hitting whose subject is a state or its government, strikes another
  // country's forces or their means, named by that country's adjective: "Ukraine struck more
  // than 40 Russian military aircraft", "Israel hit Iranian air defence sites" (the first was no
  // event: an armed strike needed armed forces as its subject). The country becomes the target.
  bool StateHitsForces(EventCandidate* c) const {
    if (c->agent < 0) return false;
    const auto& agent = doc_.entities[c->agent].out;
    if (agent.type != "country"sv && agent.sector != "GOV"sv) return false;
    const std::string own = EntityCountry(doc_, c->agent);
    static const KeySet kForces = {
        "aircraft", "jets",     "warplanes", "bombers", "fighter",   "helicopters", "bases",
        "base",     "airfield", "airfields", "airbase", "airbases",  "positions",   "troops",
        "soldiers", "warships", "warship",   "vessels", "ships",     "fleet",       "tanks",
        "depots",   "depot",    "radar",     "radars",  "batteries", "missile",     "air"};
    const auto& toks = Toks(c->si);
    // (Only past a count: "more than 40", "dozens of", "the"; not "struck an agreement with
    // the Houthis".)
    static const KeySet kCount = {"more",   "than",   "the",     "a",     "an",    "several",
                                  "dozens", "of",     "some",    "at",    "least", "nearly",
                                  "about",  "over",   "two",     "three", "four",  "five",
                                  "many",   "scores", "hundreds"};
    for (size_t k = c->te; k < toks.size() && k < c->te + 6; ++k) {
      const int mi = MentionAt(c->si, k);
      if (mi < 0) {
        if (toks[k].kind != TokenKind::kNumber && !kCount.Has(toks[k])) return false;
        continue;
      }
      const Mention& m = doc_.mentions[mi];
      if (m.entity < 0) return false;
      const std::string theirs = EntityCountry(doc_, m.entity);
      if (theirs.empty() || theirs == own) return false;
      // (Not what it is hit with: "hit Hezbollah with new sanctions".)
      if (m.te < toks.size() && toks[m.te].lower == "with"sv) return false;
      // (Its armed forces themselves: "more than 40 Russian military aircraft", whose
      // "Russian military" is the Russian Armed Forces.)
      if (!ArmedForce(m.entity)) {
        if (m.kind != MentionKind::kAdjective) return false;
        size_t n = m.te;
        if (n < toks.size() && toks[n].lower == "military"sv) ++n;
        if (n >= toks.size() || !kForces.Has(toks[n])) return false;
      }
      if (std::find(c->others.begin(), c->others.end(), m.entity) == c->others.end()) {
        c->others.insert(c->others.begin(), m.entity);
      }
      return true;
    }
    return false;
  }

  // The "with" party of the verb phrase before the "and" that joins trigger c to it: "talked
  // with the Prime Minister of Croatia and agreed", or the object of a verb of meeting there:
  // "Vucic met Chinese President Xi Jinping in Beijing and signed agreements" (was an
  // agreement with nobody). Empty when the first verb has none.
  std::vector<int> CoordinatedWithParty(int si, const EventCandidate& c) const {
    const auto& toks = Toks(si);
    size_t k = c.tb;
    if (k > 0 && (toks[k - 1].lower == "also"sv || toks[k - 1].lower == "then"sv)) --k;
    if (k < 3 || toks[k - 1].lower != "and"sv) return {};
    const size_t conj = k - 1;
    static const KeySet kMeet = {"met", "meets", "received", "receives", "hosted", "hosts"};
    for (size_t j = conj; j > 0 && conj - j < 12; --j) {
      const auto& w = toks[j - 1].lower;
      if (w == ","sv || w == ";"sv || w == "and"sv || w == "that"sv) break;
      if (w == "with"sv || (kMeet.Has(toks[j - 1]) && MentionAt(si, j) >= 0)) {
        return NounPhrase(si, j, conj);
      }
    }
    return {};
  }

  // The subject of a past-tense or speech verb right after "and" ("..., and noted", "and also
  // stressed"): the second verb of a coordinated predicate shares the first one's subject,
  // which is the clause's first actor or first-person pronoun outside quotation marks (inside
  // them when the trigger is quoted too; a possessive pronoun, "For his part, Ben Wallace ...",
  // is none), or the name after an inverted speech verb ('"...," said Zelenskyy and
  // stressed'). -1 when the trigger is no such verb.
  int CoordinatedVerbSubject(int si, const EventCandidate& c) const {
    const auto& toks = Toks(si);
    const std::string& w = toks[c.tb].lower;
    const bool past = w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0;
    // Between "and" and the verb, adverbs and a perfect's or future's auxiliary: "and has
    // repeatedly warned", "and will visit", "and later called on" (not "and was ...": a
    // passive's subject is its target).
    size_t k = c.tb;
    bool auxiliary = false;
    while (k > 0 && c.tb - k < 3) {
      const std::string& a = toks[k - 1].lower;
      // (Not a name in "-ly": "France, Germany and Italy condemned" was Germany's alone.)
      if (a == "also"sv || a == "then"sv || a == "later"sv || a == "again"sv ||
          (LyAdverb(toks[k - 1]) && a != "only"sv)) {
        --k;
      } else if (a == "has"sv || a == "have"sv || a == "had"sv || a == "will"sv) {
        auxiliary = true;
        --k;
      } else {
        break;
      }
    }
    const bool verb = (c.frame & kSpeech) || past || (auxiliary && (c.frame & kVerb));
    // A phrasal verb ("and called on"), not a noun phrase after a verb, nor a passive's
    // ("we are all ... and called on to make").
    const bool phrasal = past && c.te == c.tb + 2 && (c.frame & kVerb) &&
                         !(c.te < toks.size() && toks[c.te].lower == "to"sv);
    // (Or a verb with its infinitive in the trigger: "and vowed to punish the mutineers".)
    const bool infinitive =
        past && c.te > c.tb + 2 && (c.frame & kVerb) && toks[c.tb + 1].lower == "to"sv;
    if (!verb || (c.te != c.tb + 1 && !phrasal && !infinitive && !(c.frame & kSpeech))) return -1;
    if (k < 2 || toks[k - 1].lower != "and"sv) return -1;
    // "were prepared and signed": a passive's second participle, whose subject is no actor.
    const std::string& prev = toks[k - 2].lower;
    if (prev.size() > 4 && prev.compare(prev.size() - 2, 2, "ed") == 0) return -1;
    // "if strictly and rigorously observed", "condemn clearly and unequivocally": adverbs
    // joined, no second verb.
    if (!toks[k - 2].cap && prev.size() > 4 && prev.compare(prev.size() - 2, 2, "ly") == 0) {
      return -1;
    }
    // "ready and committed to", "harmonious and committed to": mostly an adjective.
    if (w == "committed"sv && !auxiliary) return -1;
    // What the reading above widened to (an auxiliary or adverb before the verb, a phrasal
    // verb) stops at a relative clause, whose verb's subject is not the clause's first actor:
    // "the Secretary-General, who has warned ... and called for", "Libya Dawn, which has
    // seized the capital, Tripoli, and repeatedly announced".
    const bool widened = k != c.tb || phrasal;
    if (c.te < toks.size() && toks[c.te].lower == "by"sv) return -1;
    const int bi = MentionAt(si, k - 2);
    if (bi >= 0 && doc_.mentions[bi].tb > 0 && Actor(doc_.mentions[bi].entity)) {
      const auto& before = doc_.mentions[bi];
      const auto& v = toks[before.tb - 1].lower;
      if (v == "said"sv || v == "says"sv || v == "stated"sv || v == "noted"sv || v == "added"sv)
        return before.entity;
    }
    // Words quoted in a sentence that reports them are not its subject; a quoted sentence's
    // own words are.
    const bool quoted = InQuote(toks[c.tb].begin);
    bool skipped = false;  // a possessor passed over
    for (size_t j = 0; j + 2 < k; ++j) {
      if (!quoted && InQuote(toks[j].begin)) continue;
      // A first-person subject is the subject, resolved or not: in "We talked with the Prime
      // Minister and agreed" the next name is the first verb's object.
      if (toks[j].lower == "we"sv || toks[j].lower == "i"sv) {
        const int mi = MentionAt(si, j);
        if (mi < 0 || !Actor(doc_.mentions[mi].entity)) {
          return widened && RelativeBetween(toks, j + 1, k - 1) ? -1 : Pronoun(si, j);
        }
      }
      if (const int mi = MentionAt(si, j); mi >= 0) {
        const auto& m = doc_.mentions[mi];
        // (Not a possessor: "to mark the anniversary of Russia's invasion and pledged more
        // support" was Russia's pledge.)
        const bool possessor =
            m.te < toks.size() && (toks[m.te].lower == "'s"sv || toks[m.te].possessive);
        if (Actor(m.entity) && possessor) skipped = true;
        if (Actor(m.entity) && !m.modifier && !PlaceObject(si, m.tb) && !possessor &&
            !(widened && PrepositionObject(si, m.tb))) {
          if (widened && RelativeBetween(toks, m.te, k - 1)) return -1;
          // The last of coordinated subjects ("Putin and Diaz-Canel reaffirmed ... and
          // agreed"), from which the caller's walk back collects the others.
          int last = mi;
          for (size_t e = m.te;
               e + 1 < k && (toks[e].lower == "and"sv || toks[e].lower == ","sv);) {
            const int next = MentionAt(si, e + 1);
            if (next < 0 || !Actor(doc_.mentions[next].entity)) break;
            last = next;
            e = doc_.mentions[next].te;
          }
          return doc_.mentions[last].entity;
        }
        j = m.te - 1;
        continue;
      }
      const auto& t = toks[j].lower;
      if (t == "his"sv || t == "her"sv || t == "its"sv || t == "their"sv) continue;
      if (const int p = Pronoun(si, j); p >= 0) return p;
    }
    return skipped ? kNoSubject : -1;
  }

  // Whether the mention at toks[tb] is an "of" phrase's object, past an article.
  bool OfObject(int si, size_t tb) const {
    const auto& toks = Toks(si);
    size_t b = tb;
    if (b > 0 && toks[b - 1].lower == "the"sv) --b;
    return b > 0 && toks[b - 1].lower == "of"sv;
  }

  // Whether a relative pronoun opens a clause within toks[b, e).
  static bool RelativeBetween(const std::vector<Token>& toks, size_t b, size_t e) {
    for (size_t r = b; r < e; ++r) {
      const auto& w = toks[r].lower;
      if (w == "who"sv || w == "which"sv || w == "where"sv || w == "whom"sv) return true;
    }
    return false;
  }

  // Whether the mention at toks[tb] is a preposition's object, past an article or a possessive
  // ("to the US embargo", "against Cuba"); not "of" ("the President of Russia").
  bool PrepositionObject(int si, size_t tb) const {
    static const KeySet kPrepositions = {"in",    "on",    "at",      "to",   "for",    "with",
                                         "from",  "by",    "against", "into", "over",   "about",
                                         "under", "among", "between", "upon", "toward", "towards"};
    const auto& toks = Toks(si);
    size_t b = tb;
    while (b > 0 && (toks[b - 1].lower == "the"sv || toks[b - 1].lower == "a"sv ||
                     toks[b - 1].lower == "an"sv || toks[b - 1].lower == "its"sv ||
                     toks[b - 1].lower == "their"sv)) {
      --b;
    }
    return b > 0 && kPrepositions.Has(toks[b - 1]);
  }

  // The person a quotation opening sentence si and holding toks[k] is attributed to right
  // after it ('"...," Ihor Zhovkva said', '"...," said the President'), or -1.
  int QuotationSpeaker(int si, size_t k) const {
    static const KeySet kSaid = {"said",       "says",      "stated", "noted",     "added",
                                 "stressed",   "explained", "told",   "continued", "emphasized",
                                 "emphasised", "concluded", "summed", "wrote",     "declared"};
    const auto& toks = Toks(si);
    if (toks.empty() || toks[0].lower != "\""sv) return -1;
    size_t close = 1;
    while (close < toks.size() && toks[close].lower != "\""sv) ++close;
    if (close <= k || close + 2 >= toks.size()) return -1;
    size_t j = close + 1;
    if (toks[j - 2].lower != ","sv && toks[j].lower == ","sv) ++j;
    // "said X" or "X said" (past its title words, which the mention covers).
    const bool verb_first = kSaid.Has(toks[j]);
    const size_t at = verb_first ? j + 1 : j;
    size_t name = at;
    if (name < toks.size() && toks[name].lower == "the"sv) ++name;
    const int mi = MentionAt(si, name);
    if (mi < 0) return -1;
    const Mention& m = doc_.mentions[mi];
    if (m.entity < 0 || doc_.entities[m.entity].out.type != "person"sv) return -1;
    if (!verb_first && (m.te >= toks.size() || !kSaid.Has(toks[m.te]))) return -1;
    return m.entity;
  }

  // Whether the first mention of `entity` after the speech trigger ending at `te` can be the
  // inverted speaker: only title words and function words between ("said Ukrainian President
  // Zelenskyy", "according to the Head of the President's Office", "stated by President of
  // Ukraine Volodymyr Zelenskyy"), not a noun of the object ("noted the increased interest of
  // Indian students"). A pronoun ("according to him") has no mention here and stays the speaker.
  bool SpeakerAfter(int si, size_t te, int entity) const {
    const auto& toks = Toks(si);
    for (const int mi : doc_.sentences[si].mentions) {
      const Mention& m = doc_.mentions[mi];
      if (m.tb < te || m.entity != entity) continue;
      for (size_t k = te; k < m.tb; ++k) {
        const std::string_view w = toks[k].lower;
        // "to" inside a title ("said Adviser to the Head of the Office"), not right after the
        // verb: "we say to Russia" names whom it is said to.
        const bool function_word = w == "the"sv || w == "a"sv || w == "an"sv ||
                                   (w == "to"sv && k > te) || w == "by"sv || w == "of"sv ||
                                   w == "and"sv;
        if (toks[k].kind == TokenKind::kWord && !toks[k].cap && !function_word &&
            !kTitleWords.Has(toks[k])) {
          return false;
        }
      }
      // A name a verb follows is the subject of what is said, not who says it: "Officials
      // said Russia had attacked Kyiv", "Witnesses said Israeli troops opened fire" (were
      // Russia's and the troops' statements).
      if (m.te < toks.size()) {
        static const KeySet kFinite = {"had",   "has",    "have",  "was",   "were", "is",
                                       "are",   "will",   "would", "could", "can",  "should",
                                       "must",  "might",  "may",   "did",   "does", "do",
                                       "plans", "wanted", "wants", "never", "also", "already"};
        const Token& next = toks[m.te];
        const std::string_view n = next.lower;
        if (next.kind == TokenKind::kWord && !next.cap &&
            (kFinite.Has(next) || (n.size() > 4 && n.ends_with("ed"sv)))) {
          return false;
        }
      }
      return true;
    }
    return true;
  }

  // Whether the last mention of `entity` before toks[tb] in sentence si names it by its people
  // ("Young Algerians"), not as a state.
  bool NamedByPeople(int si, int entity, size_t tb) const {
    const Mention* last = nullptr;
    for (const int mi : doc_.sentences[si].mentions) {
      const Mention& m = doc_.mentions[mi];
      if (m.tb >= tb) break;
      if (m.entity == entity) last = &m;
    }
    return last != nullptr && last->kind == MentionKind::kDemonym;
  }

  // Whether "they" is the subject right before the trigger at tb, with nothing but
  // auxiliaries and adverbs between ("they agreed", "they also agreed", "they have agreed"),
  // or the trigger is the impersonal passive "it was (also) agreed", "it has been agreed".
  bool TheySubject(int si, size_t left, size_t tb) const {
    const auto& toks = Toks(si);
    if (tb >= left + 2 && toks[tb].lower == "agreed"sv) {
      size_t k = tb;
      if (toks[k - 1].lower == "also"sv) --k;
      if (k >= left + 2 && (toks[k - 1].lower == "was"sv || toks[k - 1].lower == "been"sv)) {
        size_t j = k - 1;
        if (toks[j].lower == "been"sv && j > left && toks[j - 1].lower == "has"sv) --j;
        if (j > left && toks[j - 1].lower == "it"sv) return true;
      }
    }
    for (size_t k = tb; k > left; --k) {
      const auto& w = toks[k - 1].lower;
      if (w == "they"sv) return true;
      if (MentionAt(si, k - 1) >= 0 ||
          !(w == "also"sv || w == "have"sv || w == "had"sv || w == "then"sv || w == "both"sv ||
            w == "further"sv || w == "all"sv)) {
        return false;
      }
    }
    return false;
  }

  // Whether `entity` is the first party named in the "with" phrase right after a trigger
  // ending at `te` ("talks with Prime Minister of India Narendra Modi", past the title words
  // and the article), within a few words.
  bool WithParty(int si, size_t te, int entity) const {
    const auto& toks = Toks(si);
    if (te >= toks.size() || toks[te].lower != "with"sv) return false;
    for (size_t k = te + 1; k < toks.size() && k < te + 10; ++k) {
      const int mi = MentionAt(si, k);
      if (mi >= 0 && doc_.mentions[mi].entity >= 0 && !doc_.mentions[mi].modifier) {
        return doc_.mentions[mi].entity == entity;
      }
      if (mi < 0 && !toks[k].cap && toks[k].lower != "the"sv && toks[k].lower != "of"sv) {
        return false;
      }
    }
    return false;
  }

  // Whether mention m is the object of a broker's "by" phrase: "mediated by the United Arab
  // Emirates", "a deal brokered by China".
  bool BrokerObject(int si, const Mention& m) const {
    static const KeySet kBrokered = {"mediated", "brokered", "facilitated", "arranged"};
    const auto& toks = Toks(si);
    if (m.tb < 2) return false;
    size_t b = m.tb;
    if (toks[b - 1].lower == "the"sv && b >= 3) --b;
    return toks[b - 1].lower == "by"sv && kBrokered.Has(toks[b - 2]);
  }

  // Who thanks `thanked` for the gathering noun at toks[tb]: "X thanked Y for the (warm and
  // constructive) talks", "I thank you for the visit". The subject right before the verb of
  // thanking (a name, or the speaker's "I"), when `thanked` is its object; else -1.
  int Thanker(int si, size_t tb, int thanked) const {
    const auto& toks = Toks(si);
    size_t k = tb;
    while (k > 0 && tb - k < 7 && toks[k - 1].lower != "for"sv && !toks[k - 1].cap &&
           MentionAt(si, k - 1) < 0 && toks[k - 1].kind == TokenKind::kWord) {
      --k;
    }
    if (k < 2 || toks[k - 1].lower != "for"sv) return -1;
    // (Not for a service around it: "thanked the German side for organizing these talks".)
    for (size_t j = k; j < tb; ++j) {
      if (toks[j].lower.ends_with("ing"sv)) return -1;
    }
    // Back over the thanked party's mention and its title words to the verb.
    size_t v = k - 1;
    bool object = false;
    while (v > 0 && k - v < 14) {
      const int mi = MentionAt(si, v - 1);
      if (mi >= 0 && doc_.mentions[mi].entity == thanked) object = true;
      const auto& w = toks[v - 1].lower;
      if (w == "thanked"sv || w == "thank"sv || w == "thanks"sv) break;
      static const KeySet kBetween = {"the",    "his",   "her",       "of",         "and",
                                      "entire", "whole", "colleague", "colleagues", "counterpart"};
      if (mi < 0 && !toks[v - 1].cap && !kBetween.Has(toks[v - 1])) {
        return -1;
      }
      --v;
    }
    if (!object || v == 0) return -1;
    // The subject: the nearest party before the verb, past auxiliaries ("would like to").
    for (size_t j = v - 1; j > 0 && v - j < 6; --j) {
      const int mi = MentionAt(si, j - 1);
      if (mi >= 0) {
        const auto& m = doc_.mentions[mi];
        if (m.entity < 0 || m.modifier || m.entity == thanked) return -1;
        const auto& type = doc_.entities[m.entity].out.type;
        return type == "person"sv || type == "country"sv || type == "organization"sv ? m.entity
                                                                                     : -1;
      }
      if (toks[j - 1].cap || toks[j - 1].kind != TokenKind::kWord) return -1;
    }
    return -1;
  }

  // Whether no person, country or organisation of another country than `entity`'s is named
  // in sentence si but as a modifier ("Prime Minister of India"): nobody else there who could
  // be the other side ("During a meeting with media following talks with Emmanuel Macron,
  // Volodymyr Zelenskyy noted" has its own).
  bool OnlyPartyOfSentence(int si, int entity) const {
    const std::string country = EntityCountry(doc_, entity);
    for (int mi : doc_.sentences[si].mentions) {
      const auto& m = doc_.mentions[mi];
      if (m.entity < 0 || m.entity == entity || m.modifier) continue;
      const auto& type = doc_.entities[m.entity].out.type;
      if (type != "person"sv && type != "country"sv && type != "organization"sv) continue;
      if (country.empty() || EntityCountry(doc_, m.entity) != country) return false;
    }
    return true;
  }

  // Whether toks[i] is the "I" of "Mr Prime Minister and I", "the President and I", "my
  // colleague and I": the speaker and the one addressed, a "we" of the pair.
  bool AddresseeAndI(int si, size_t left, size_t i) const {
    const auto& toks = Toks(si);
    if (toks[i].lower != "i"sv || i < left + 3 || toks[i - 1].lower != "and"sv) return false;
    static const KeySet kAddressed = {"president",   "minister", "chancellor",       "colleague",
                                      "counterpart", "friend",   "secretary-general"};
    static const KeySet kBefore = {"mr", "madam", "mrs", "ms", "the", "my", "prime", "federal"};
    size_t k = i - 1;  // "and"
    if (!kAddressed.Has(toks[k - 1])) return false;
    --k;
    while (k > left && kBefore.Has(toks[k - 1])) --k;
    return k < i - 2;
  }

  // The subject right before c's trigger when it is "we" (or the "I" of "Mr Prime Minister
  // and I"), with nothing but auxiliaries and adverbs between ("we agreed", "we also agreed",
  // "we have agreed"), or the "our" owning a nominal trigger ("our meeting in Geneva"): its
  // token, else toks.size().
  size_t WeSubject(int si, size_t left, const EventCandidate& c) const {
    const auto& toks = Toks(si);
    size_t from = c.tb;
    // A nominal trigger is the object of "had" or "held", past its article and modifiers: "we
    // also had an in-depth discussion", "we held very productive talks".
    if (c.frame & kNoun) {
      // (And an agreement is what "we" reach, sign or extend: "we were able to extend the
      // long-term agreement on the supply of gas", "we reached a vital agreement".)
      static const KeySet kHold = {"had",  "held",   "have",     "hold",      "reach",  "reached",
                                   "sign", "signed", "conclude", "concluded", "extend", "extended"};
      size_t k = c.tb;
      while (k > left && c.tb - k < 5 && !toks[k - 1].cap && MentionAt(si, k - 1) < 0 &&
             toks[k - 1].lower != "we"sv && !kHold.Has(toks[k - 1])) {
        --k;
      }
      if (k > left && kHold.Has(toks[k - 1])) from = k - 1;
      // "following our meeting in Geneva": the speaker's "our" with its partner.
      if (const size_t our = OwnerAt(si, left, c.tb, "our"); our < c.tb) return our;
    }
    for (size_t k = from; k > left; --k) {
      const auto& w = toks[k - 1].lower;
      if (w == "we"sv || AddresseeAndI(si, left, k - 1)) return k - 1;
      // Auxiliaries and adverbs between: "we have agreed", "we are meeting", "we will meet
      // again", "we already signed", "we will finally be able to meet", "we had an
      // opportunity to meet", "we first met 13 years ago".
      static const KeySet kBetween = {
          "also",        "have",     "had",         "then",  "further",    "are",
          "were",        "will",     "can",         "could", "did",        "just",
          "already",     "recently", "finally",     "again", "regularly",  "often",
          "jointly",     "together", "be",          "able",  "to",         "an",
          "opportunity", "chance",   "first",       "last",  "previously", "repeatedly",
          "personally",  "once",     "successfully"};
      if (MentionAt(si, k - 1) >= 0 || !kBetween.Has(toks[k - 1])) break;
    }
    return toks.size();
  }

  // Whether the subject right before c's trigger is "we" (WeSubject), the speaker it stands
  // for is a party of `pair` (or of its country), and every other party c names is on the
  // pair's sides.
  bool WeWithPair(int si, size_t left, const EventCandidate& c,
                  const std::vector<int>& pair) const {
    const auto& toks = Toks(si);
    const size_t we = WeSubject(si, left, c);
    if (we == toks.size()) return false;
    // One of a pair stands for its country's side when it is the state or acts for it: two
    // companies whose deal a state visit's readout reports ("a cooperation agreement was
    // signed between Transmashholding and Kazakh Railways") are no pair the leaders' "our first
    // meeting" means (kremlin-67748 was RUSBUS-KAZBUS).
    auto state_side = [&](int p) {
      static const KeySet kState = {"GOV", "MIL", "LEG", "JUD", "SPY", "COP"};
      const std::string& sector = doc_.entities[p].out.sector;
      return sector.empty() || kState.Has(sector);
    };
    auto on_pair_side = [&](int e) {
      if (e < 0) return false;
      const std::string country = EntityCountry(doc_, e);
      return std::any_of(pair.begin(), pair.end(), [&](int p) {
        return p == e || (!country.empty() && EntityCountry(doc_, p) == country && state_side(p));
      });
    };
    // "Mr Prime Minister and I": the speaker is the "I" itself.
    if (!on_pair_side(SalientPerson(doc_, si, toks[we].lower == "i"sv ? we + 1 : we))) return false;
    return std::all_of(c.others.begin(), c.others.end(), on_pair_side);
  }

  // The pair a page's title names when its text opens with no pair, on a head of state's own
  // site: "Press statements following Russian-Argentine talks", "Joint news conference with
  // President of Belarus Alexander Lukashenko" (the text opens with the speaker's line). It is
  // the site's head of state and the other country's first official the text names (else
  // that country), when the title names talks, a meeting or a news conference and one other
  // country.
  void TitlePair() {
    if (doc_.site_country.empty() || doc_.input == nullptr || doc_.input->title.empty()) return;
    const std::string& title = doc_.input->title;
    std::vector<Token> toks;
    Tokenize(title, 0, title.size(), &toks);
    static const KeySet kExchange = {"talks", "meeting", "conference", "statements",
                                     "negotiations"};
    if (std::none_of(toks.begin(), toks.end(), [](const Token& t) { return kExchange.Has(t); })) {
      return;
    }
    const Dictionary& dict = *doc_.dict;
    std::string other;
    for (size_t k = 0; k < toks.size();) {
      const Match m = dict.MatchEntity(title, toks, k);
      if (m.pattern < 0) {
        ++k;
        continue;
      }
      const auto& de = dict.entity(dict.pattern(m.pattern).entity);
      k += m.length;
      if ((de.type != "country"sv && de.type != "person"sv) || de.country.empty() ||
          de.country == doc_.site_country) {
        continue;
      }
      if (!other.empty() && other != de.country) return;  // a multilateral page
      other = de.country;
    }
    if (other.empty()) return;
    int head = -1, partner = -1, country = -1;
    for (size_t e = 0; e < doc_.entities.size(); ++e) {
      const auto& ent = doc_.entities[e];
      if (ent.mentions.empty()) continue;
      const int ei = static_cast<int>(e);
      if (ent.out.type == "person"sv) {
        for (const auto& r : ent.out.roles) {
          if (head < 0 && r.title == "president"sv && r.of == doc_.site_country) head = ei;
        }
        if (partner < 0 && ent.out.sector == "GOV"sv && EntityCountry(doc_, ei) == other) {
          partner = ei;
        }
      } else if (ent.out.type == "country"sv && ent.out.country == other) {
        country = ei;
      }
    }
    if (partner < 0) partner = country;
    if (head >= 0 && partner >= 0) title_pair_ = {head, partner};
  }

  // Keeps last_pair_, just set in sentence si, as the lead's pair when si opens the document
  // and its parties serve two countries.
  void SetLeadPair(int si) {
    if (si > 1 || !lead_pair_.empty()) return;
    const std::string a = EntityCountry(doc_, last_pair_[0]);
    const std::string b = EntityCountry(doc_, last_pair_[1]);
    if (!a.empty() && !b.empty() && a != b) lead_pair_ = last_pair_;
  }

  // Whether the party `e` named after toks[te) heads a list the reading cut short: "Emmanuel
  // Macron's conversations with the leaders of Ukraine, the United States and a number of
  // European states" talk with many, no pair a later "The leaders agreed" means.
  bool PartyListGoesOn(int si, size_t te, int e) const {
    const auto& toks = Toks(si);
    for (const int mi : doc_.sentences[si].mentions) {
      const Mention& m = doc_.mentions[mi];
      if (m.tb < te || m.entity != e) continue;
      size_t k = m.te;
      if (k + 1 >= toks.size() || toks[k].lower != ","sv) return false;
      ++k;
      if (toks[k].lower == "the"sv && k + 1 < toks.size()) ++k;
      const int next = MentionAt(si, k);
      return next >= 0 && doc_.mentions[next].entity >= 0 && doc_.mentions[next].entity != e &&
             Actor(doc_.mentions[next].entity);
    }
    return false;
  }

  // Whether entity e is an organisation no dictionary holds, such as a group the text names by
  // nationality and role ("Russian representatives", "the Ukrainian delegation").
  bool GroupNamedByRole(int e) const {
    const auto& ent = doc_.entities[e];
    return ent.dict < 0 && ent.out.type == "organization"sv;
  }

  // Whether the clause toks[left, tb) names a pair of parties as a group:
  // "the leaders", "the (two) presidents", "the heads of state", "both
  // sides", "the parties".
  bool GroupSubject(int si, size_t left, size_t tb) const {
    const auto& toks = Toks(si);
    for (size_t k = left; k + 1 < tb; ++k) {
      if (toks[k].lower != "the"sv && toks[k].lower != "both"sv) continue;
      size_t n = k + 1;
      if (toks[n].lower == "two"sv && n + 1 < tb) ++n;
      const auto& w = toks[n].lower;
      if (w == "leaders"sv || w == "presidents"sv || w == "sides"sv || w == "parties"sv ||
          (w == "heads"sv && n + 2 < tb && toks[n + 1].lower == "of"sv &&
           toks[n + 2].lower == "state"sv)) {
        return true;
      }
      // "The participants signed a protocol" after talks: the talks' participants, not a
      // forum's ("the participants of the forum", "participants in the summit").
      if (w == "participants"sv && n + 1 < toks.size() && toks[n + 1].lower != "of"sv &&
          toks[n + 1].lower != "in"sv) {
        return true;
      }
      // "the two ministers", "both delegations": a pair by its number.
      if (n > k + 1 || toks[k].lower == "both"sv) {
        if (w == "ministers"sv || w == "delegations"sv || w == "counterparts"sv || w == "heads"sv ||
            w == "countries"sv || w == "states"sv) {
          return true;
        }
      }
    }
    return false;
  }

  // Whether the last mention of `entity` before toks[tb] follows a preposition ("a ceasefire
  // with Russia"), so that it is no clause's subject.
  bool ObjectOfPreposition(int si, int entity, size_t tb) const {
    const auto& toks = Toks(si);
    static const KeySet kPrepositions = {"with", "to", "for", "on", "against", "of",
                                         "from", "in", "at",  "by", "into",    "over"};
    for (size_t k = tb; k > 0; --k) {
      const int mi = MentionAt(si, k - 1);
      if (mi < 0 || doc_.mentions[mi].entity != entity) continue;
      size_t b = doc_.mentions[mi].tb;
      if (b > 0 && toks[b - 1].lower == "the"sv) --b;
      return b > 0 && kPrepositions.Has(toks[b - 1]);
    }
    return false;
  }

  // Whether the sentence opens with a definite gathering as its subject, before toks[tb]: "The
  // talks ended with", "The meeting produced", "The two-hour negotiations resulted in".
  bool GatheringSubject(int si, size_t tb) const {
    const auto& toks = Toks(si);
    static const KeySet kGatherings = {"talks", "negotiations", "meeting", "summit",
                                       "consultations"};
    if (tb < 3 || toks[0].lower != "the"sv) return false;
    for (size_t k = 1; k < 4 && k + 1 < tb; ++k) {
      if (kGatherings.Has(toks[k])) return MentionAt(si, k) < 0;
      if (toks[k].cap || toks[k].kind != TokenKind::kWord) return false;
    }
    return false;
  }

  // Whether the gathering noun at toks[tb] is talks an act came of, with no party of their
  // own: "after talks in Egypt", "at talks in Istanbul", "following three days of talks"
  // (the caller lends them the pair).
  bool PairsTalks(int si, size_t tb) const {
    const auto& toks = Toks(si);
    static const KeySet kTalks = {"talks", "negotiations", "consultations"};
    if (!kTalks.Has(toks[tb]) || MentionAt(si, tb) >= 0) return false;
    // Nobody's named after them: "talks with Trump", "talks between X and Y".
    if (tb + 1 < toks.size() &&
        (toks[tb + 1].lower == "with"sv || toks[tb + 1].lower == "between"sv ||
         toks[tb + 1].lower == "of"sv || toks[tb + 1].lower == "among"sv)) {
      return false;
    }
    // Back over "three days of", "direct", "indirect": at most four lower-case words. Not
    // "the talks", "these talks": those refer back to a gathering told before, which
    // MergeMentions joins them to.
    static const KeySet kBefore = {"after", "at", "following", "during"};
    static const KeySet kBack = {"the", "these", "those", "this", "such", "their", "its"};
    for (size_t k = tb, words = 0; k > 0 && words < 5; --k, ++words) {
      const Token& t = toks[k - 1];
      if (kBefore.Has(t)) return true;
      if (kBack.Has(t) || t.cap || t.possessive || MentionAt(si, k - 1) >= 0 ||
          (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber)) {
        return false;
      }
    }
    return false;
  }

  // Whether sentences [from, to] name either side of the last pair: one of its two, or
  // the country of one.
  bool PairNamedSince(int from, int to) const {
    std::string countries[2];
    for (int i = 0; i < 2; ++i) countries[i] = EntityCountry(doc_, last_pair_[i]);
    for (int k = std::max(from, 0); k <= to; ++k) {
      for (int mi : doc_.sentences[k].mentions) {
        const int e = doc_.mentions[mi].entity;
        if (e < 0) continue;
        if (e == last_pair_[0] || e == last_pair_[1]) return true;
        const std::string country = EntityCountry(doc_, e);
        if (!country.empty() && (country == countries[0] || country == countries[1])) return true;
      }
    }
    return false;
  }

  // Whether the noun at tb is owned by "their", past a few modifiers: "their substantive
  // meeting", "their recent talks", "their first telephone conversation".
  bool OwnedByThem(int si, size_t left, size_t tb) const {
    return OwnerAt(si, left, tb, "their") < tb;
  }
  // The token of the possessive `owner` ("their", "our") that owns the noun at tb past a few
  // modifiers ("their substantive meeting", "our meeting in Geneva"), else tb.
  // A hyphenated modifier counts as one ("our first in-person meeting").
  size_t OwnerAt(int si, size_t left, size_t tb, std::string_view owner) const {
    const auto& toks = Toks(si);
    for (size_t k = tb, words = 0; k > left && words < 4; --k) {
      const Token& t = toks[k - 1];
      if (t.lower == owner) return k - 1;
      if (t.lower == "-"sv && !t.space_before && k - 1 > left && k < tb && !toks[k].space_before) {
        --k;  // and the word before the hyphen
        if (toks[k - 1].kind != TokenKind::kWord || toks[k - 1].cap) return tb;
        continue;
      }
      if (t.kind != TokenKind::kWord || t.cap || MentionAt(si, k - 1) >= 0) return tb;
      ++words;
    }
    return tb;
  }

  // The person an "I" before token tb of sentence si (from `left` on) stands for, or -1.
  int FirstPersonBefore(int si, size_t left, size_t tb) const {
    const auto& toks = Toks(si);
    for (size_t k = left; k < tb; ++k) {
      if (toks[k].lower != "i"sv) continue;
      const int mi = MentionAt(si, k);
      if (mi >= 0 && doc_.mentions[mi].entity >= 0 &&
          doc_.entities[doc_.mentions[mi].entity].out.type == "person"sv) {
        return doc_.mentions[mi].entity;
      }
    }
    return -1;
  }

  // Whether nominal consultation `c` is the second noun phrase of a coordination whose first is
  // another gathering: "... and a special meeting of the OSCE".
  bool CoordinatedGathering(int si, const EventCandidate& c) const {
    if (!(c.frame & kNoun) || !IsConsultation(c.type)) return false;
    const auto& toks = Toks(si);
    size_t k = c.tb;
    while (k > 0 && c.tb - k < 3 && !toks[k - 1].cap && toks[k - 1].kind == TokenKind::kWord &&
           toks[k - 1].lower != "a"sv && toks[k - 1].lower != "an"sv &&
           toks[k - 1].lower != "the"sv && MentionAt(si, k - 1) < 0) {
      --k;
    }
    if (k < 2 || (toks[k - 1].lower != "a"sv && toks[k - 1].lower != "an"sv &&
                  toks[k - 1].lower != "the"sv)) {
      return false;
    }
    if (toks[k - 2].lower != "and"sv) return false;
    return std::any_of(gatherings_.begin(), gatherings_.end(),
                       [&](auto g) { return g.second <= k - 2 && g.first + 12 >= k; });
  }

  // The person a "his"/"her" right before token tb stands for, past lower-case modifiers and a
  // date ("his May 22 meeting", "her recent telephone conversation"); -1 when there is none.
  int PossessiveOwner(int si, size_t left, size_t tb) const {
    static const KeySet kMonths = {"january",   "february", "march",    "april",
                                   "may",       "june",     "july",     "august",
                                   "september", "october",  "november", "december"};
    const auto& toks = Toks(si);
    for (size_t k = tb; k > left && tb - k < 5; --k) {
      const Token& t = toks[k - 1];
      if (t.lower == "his"sv || t.lower == "her"sv) {
        const int p = Pronoun(si, k - 1);
        return p >= 0 && doc_.entities[p].out.type == "person"sv ? p : -1;
      }
      if (MentionAt(si, k - 1) >= 0) return -1;
      const bool date_part = t.kind == TokenKind::kNumber || kMonths.Has(t);
      if (!date_part && (t.kind != TokenKind::kWord || t.cap)) return -1;
    }
    return -1;
  }

  // The owner of a decision whose infinitive holds the trigger at toks[tb]: "Washington's
  // decision to double tariffs on Indian goods", "Russia's move to expel diplomats", past at
  // most three lower-case words between "to" and the trigger and one between owner and
  // noun ("Beijing's latest decision"); -1 when there is none. (A country adjective's owner
  // was read already: "the U.S. decision to raise tariffs".)
  int DecisionOwner(int si, size_t tb, size_t left) const {
    const auto& toks = Toks(si);
    size_t k = tb;
    while (k > left && tb - k < 4 && toks[k - 1].lower != "to"sv) {
      const Token& t = toks[k - 1];
      if (t.kind != TokenKind::kWord || t.cap || MentionAt(si, k - 1) >= 0) return -1;
      --k;
    }
    if (k < left + 3 || toks[k - 1].lower != "to"sv) return -1;
    static const KeySet kDecisions = {"decision", "move", "plan",  "plans",   "bid",
                                      "attempt",  "push", "order", "pledge",  "promise",
                                      "threat",   "vow",  "offer", "efforts", "effort"};
    size_t n = k - 2;
    if (!kDecisions.Has(toks[n])) return -1;
    if (n > left && toks[n - 1].kind == TokenKind::kWord && !toks[n - 1].cap &&
        !toks[n - 1].possessive && MentionAt(si, n - 1) < 0) {
      --n;  // "latest", "unilateral"
    }
    if (n < left + 2 || !toks[n - 1].possessive) return -1;
    const int mi = MentionAt(si, n - 2);
    if (mi < 0 || doc_.mentions[mi].kind == MentionKind::kPronoun) return -1;
    const int e = doc_.mentions[mi].entity;
    return e >= 0 && Actor(e) ? e : -1;
  }

  // The person or body whose possessive stands before the noun at toks[tb], past at most three
  // lower-case modifiers ("Putin's visit", "Putin's first state visit"), or -1.
  int NamedPossessor(int si, size_t tb) const {
    const auto& toks = Toks(si);
    for (size_t k = tb; k > 0 && tb - k < 4; --k) {
      const Token& t = toks[k - 1];
      if (t.lower == "'s"sv || t.possessive) {
        const int mi = k >= 2 ? MentionAt(si, k - 2) : -1;
        const int e = mi >= 0 ? doc_.mentions[mi].entity : -1;
        // (Or a delegation: "China condemned a U.S. delegation's visit to Taiwan".)
        return e >= 0 && (doc_.entities[e].out.type == "person"sv ||
                          doc_.entities[e].out.type == "organization"sv)
                   ? e
                   : -1;
      }
      if (t.kind != TokenKind::kWord || t.cap || MentionAt(si, k - 1) >= 0) return -1;
    }
    return -1;
  }

  // Whether `entity` is named before token tb of sentence si only by a
  // first-person "I" (entities.h).
  bool FirstPersonOnly(int si, size_t tb, int entity) const {
    if (entity < 0) return false;
    bool first_person = false;
    for (int mi : doc_.sentences[si].mentions) {
      const auto& m = doc_.mentions[mi];
      if (m.tb >= tb) break;
      if (m.entity != entity) continue;
      if (m.kind != MentionKind::kPronoun) return false;
      first_person = true;
    }
    return first_person;
  }

  // Whether the "it" at toks[k] opens a speaker's courtesy, standing for what follows: "It is
  // a pleasure to meet with you again", "it was a great honour for me to meet with you", "It
  // is always a great joy for us".
  bool PleasureIt(int si, size_t k) const {
    const auto& toks = Toks(si);
    if (k + 2 >= toks.size() || (toks[k + 1].lower != "is"sv && toks[k + 1].lower != "was"sv)) {
      return false;
    }
    static const KeySet kCourtesy = {"pleasure", "honour",  "honor",    "privilege",
                                     "joy",      "delight", "pleasant", "nice"};
    for (size_t j = k + 2; j < toks.size() && j < k + 7; ++j) {
      if (kCourtesy.Has(toks[j])) return true;
      if (toks[j].kind != TokenKind::kWord || MentionAt(si, j) >= 0) return false;
    }
    return false;
  }

  // "Charles Michel told Vladimir Putin about his contacts ... during his recent visit to
  // Kiev": a possessive in what someone reports about (after "about" or "on" that follows
  // told, informed, briefed ...) is the reporter's, not the listener's. (Not so after
  // "thanked X for his": that is X's.) The reporter: the last person before the verb.
  int BriefingSubject(int si, size_t k) const {
    const auto& toks = Toks(si);
    static const KeySet kBrief = {"told",     "informed",  "briefed",  "updated",
                                  "apprised", "informing", "briefing", "updating",
                                  "tells",    "informs",   "briefs"};
    bool about = false;
    for (size_t j = k; j > 0 && k - j < 16; --j) {
      const auto& t = toks[j - 1];
      if (t.lower == ";"sv || t.lower == ":"sv || t.lower == "\""sv) return -1;
      // ("informed Putin of his meeting with ...": "of" right before the possessive too.)
      if (t.lower == "about"sv || t.lower == "on"sv || (t.lower == "of"sv && j == k)) about = true;
      if (!kBrief.Has(t)) continue;
      if (!about) return -1;
      int teller = -1;
      for (int mi : doc_.sentences[si].mentions) {
        const auto& m = doc_.mentions[mi];
        if (m.te > j - 1) break;
        if (m.entity >= 0 && !m.modifier && doc_.entities[m.entity].out.type == "person"sv) {
          teller = m.entity;
        }
      }
      return teller;
    }
    return -1;
  }

  // The party accused in the clause a charge's apposition follows, when the pronoun at toks[k]
  // denies it: "Ukraine accused Russia of attacking civilians, a charge it denies" (Russia, not
  // the sentence's first country), "Russia has been accused of war crimes, accusations it
  // rejects" (the passive's subject). A person for "he" and "she", no person for "it"; -1
  // when the pronoun follows no such apposition.
  int AccusedOfCharge(int si, size_t k) const {
    const auto& toks = Toks(si);
    const std::string_view w = toks[k].lower;
    if (w != "it"sv && w != "he"sv && w != "she"sv && w != "they"sv) return -1;
    static const KeySet kCharges = {"charge",     "charges",     "accusation", "accusations",
                                    "allegation", "allegations", "claim",      "claims"};
    if (k < 3 || !kCharges.Has(toks[k - 1])) return -1;
    size_t j = k - 1;
    if (toks[j - 1].lower == "a"sv || toks[j - 1].lower == "an"sv) --j;
    if (j < 2 || toks[j - 1].lower != ","sv) return -1;
    static const KeySet kAccused = {"accused", "accuses", "accusing", "accuse"};
    size_t v = j - 1;
    while (v > 0 && !kAccused.Has(toks[v - 1]) && toks[v - 1].lower != ";"sv) --v;
    if (v == 0 || !kAccused.Has(toks[v - 1])) return -1;
    --v;  // toks[v]: the verb
    int accused = -1;
    if (v > 0 && (toks[v - 1].lower == "been"sv || toks[v - 1].lower == "was"sv ||
                  toks[v - 1].lower == "were"sv || toks[v - 1].lower == "is"sv ||
                  toks[v - 1].lower == "are"sv)) {
      accused = SentenceSubject(si, v);
    } else {
      for (int mi : doc_.sentences[si].mentions) {
        const auto& m = doc_.mentions[mi];
        if (m.tb <= v || m.modifier) continue;
        if (m.tb > v + 4 || m.tb >= j) break;
        accused = m.entity;
        break;
      }
    }
    if (accused < 0 || !Actor(accused)) return -1;
    const auto& e = doc_.entities[accused];
    const bool person = e.out.type == "person"sv;
    if (w == "it"sv) return person ? -1 : accused;
    if (w == "they"sv) return accused;
    return person && (e.gender == 0 || e.gender == (w == "he"sv ? 'm' : 'f')) ? accused : -1;
  }

  // A pronoun at token k resolved to an entity, or -1.
  int Pronoun(int si, size_t k) const {
    const auto& w = Toks(si)[k].lower;
    // "Beijing said it hoped ...", "Lula said he would attend": a subject pronoun right after
    // a speech verb is that verb's subject when it is a name of the pronoun's kind right before
    // the verb.
    if ((w == "it"sv || w == "he"sv || w == "she"sv) && k >= 2 &&
        ReportingVerb(Toks(si)[k - 1].lower)) {
      if (const int mi = MentionAt(si, k - 2);
          mi >= 0 && doc_.mentions[mi].entity >= 0 && !doc_.mentions[mi].modifier) {
        const int e = doc_.mentions[mi].entity;
        const bool person = doc_.entities[e].out.type == "person"sv;
        const char gender = doc_.entities[e].gender;
        if (Actor(e) &&
            (w == "it"sv ? !person
                         : person && (gender == 0 || gender == (w == "he"sv ? 'm' : 'f')))) {
          return e;
        }
      }
    }
    // ", saying it hoped ...": after the participle of a clause's speech "it" is the clause's
    // subject, not the name nearest before ("ECOWAS lifted sanctions on Niger, Mali and Burkina
    // Faso, saying it hoped the three juntas would return" was Niger's hope). (Not "he" or
    // "they", as often the object: "Russia expelled two diplomats, saying they had ...".)
    if (w == "it"sv && k >= 2 && Toks(si)[k - 2].lower == ","sv &&
        (Toks(si)[k - 1].lower == "saying"sv || Toks(si)[k - 1].lower == "adding"sv)) {
      if (const int subject = SentenceSubject(si, k - 2);
          subject >= 0 && Actor(subject) && doc_.entities[subject].out.type != "person"sv) {
        return subject;
      }
    }
    if (const int accused = AccusedOfCharge(si, k); accused >= 0) return accused;
    if (w == "his"sv || w == "her"sv) {
      if (const int teller = BriefingSubject(si, k); teller >= 0) return teller;
      // ", his first visit to Washington": an appositive after the clause that opens the
      // sentence is about its subject, not the name nearest before ("Lee Jae-myung met Trump
      // at the White House on Monday, his first visit to Washington" was Trump's visit).
      const auto& toks = Toks(si);
      if (k >= 2 && toks[k - 1].lower == ","sv && k + 2 < toks.size() &&
          (toks[k + 1].lower == "first"sv || toks[k + 1].lower == "second"sv ||
           toks[k + 1].lower == "third"sv || toks[k + 1].lower == "last"sv ||
           toks[k + 1].lower == "latest"sv || toks[k + 1].lower == "maiden"sv)) {
        const int subject = SentenceSubject(si, k - 1);
        if (subject >= 0 && doc_.entities[subject].out.type == "person"sv &&
            (doc_.entities[subject].gender == 0 ||
             doc_.entities[subject].gender == (w == "his"sv ? 'm' : 'f'))) {
          return subject;
        }
      }
    }
    if (w == "he"sv || w == "she"sv || w == "his"sv || w == "her"sv) {
      const char gender = w == "he"sv || w == "his"sv ? 'm' : 'f';
      // "Xi will visit France, he said": the one who reports a clause after it is not
      // somebody the clause names, but who the text spoke of before.
      const auto& toks = Toks(si);
      static const KeySet kSaid = {"said", "says", "added", "told", "stressed", "noted"};
      const bool trailing = (w == "he"sv || w == "she"sv) && k > 0 && k + 1 < toks.size() &&
                            toks[k - 1].lower == ","sv && kSaid.Has(toks[k + 1]);
      return SalientPerson(doc_, si, trailing ? 0 : k, gender);
    }
    // "I invited him to visit": the object is someone other than the clause's subject.
    if (w == "him"sv) return ObjectPerson(doc_, si, k);
    // "Russia expelled two British diplomats on Thursday, accusing them of spying": "them"
    // after the participle of a clause's comma is the party the clause named last that is
    // not its subject (was nobody).
    if (w == "them"sv && k >= 2 && Toks(si)[k - 2].lower == ","sv &&
        Toks(si)[k - 1].lower.ends_with("ing"sv) && !Toks(si)[k - 1].cap) {
      const int subject = SentenceSubject(si, k - 2);
      int last = -1;
      for (int mi : doc_.sentences[si].mentions) {
        const auto& m = doc_.mentions[mi];
        if (m.te > k - 2) break;
        // (An object, not a preposition's: "criticised European governments at the Munich
        // Security Conference on Friday, accusing them".)
        if (m.entity >= 0 && m.entity != subject && !m.modifier && Actor(m.entity) &&
            doc_.entities[m.entity].out.type != "location"sv &&
            doc_.entities[m.entity].out.type != "person"sv && !PrepositionObject(si, m.tb) &&
            !OfObject(si, m.tb)) {
          last = m.entity;
        }
      }
      return subject >= 0 ? last : -1;
    }
    // "It is a pleasure to meet with you again": the one pleased is the line's speaker.
    if (w == "it"sv && doc_.sentences[si].line_speaker >= 0 && PleasureIt(si, k)) {
      return doc_.sentences[si].line_speaker;
    }
    // "NATO leaders met in Washington. They pledged more military aid": a sentence opening with
    // "They" goes on about the group or body that opened the sentence before.
    if (w == "they"sv && si > 0 && (k == 0 || (k <= 3 && Toks(si)[k - 1].lower == ","sv))) {
      const int prev = SentenceSubject(si - 1, Toks(si - 1).size());
      if (prev >= 0 && doc_.entities[prev].out.type == "organization"sv) return prev;
      // (Or the list of parties it opened with: "Blinken and Lammy travelled to Kyiv. They
      // met Zelenskiy"; the others join as the agent's conjuncts.)
      if (k == 0) {
        if (const auto list = TheyList(si); !list.empty()) return list[0];
      }
    }
    if (w == "they"sv || w == "we"sv || w == "it"sv) {
      // The country of the person talking, or the first country of the sentence.
      int p = SalientPerson(doc_, si, k);
      // A quotation's "we" is its speaker's, named after it: '"We are grateful to the
      // Estonian side ...," Ihor Zhovkva said' (not the last sentence's subject, Estonia's
      // adviser). A speaker of no known country leaves the reading before.
      if (w == "we"sv) {
        if (const int q = QuotationSpeaker(si, k); q >= 0 && !EntityCountry(doc_, q).empty()) {
          p = q;
        }
      }
      const auto& s = doc_.sentences[si];
      // (Also with nobody salient when the document says whose voice it is, as a UN speech's
      // country does: "We urge the Council". A government site's pages also carry
      // transcripts and others' words, so there the speaker must be salient.)
      const bool own_voice = !doc_.site_country.empty() && doc_.input != nullptr &&
                             doc_.input->country == doc_.site_country;
      if (w == "we"sv && s.we_country >= 0 && (p >= 0 || own_voice)) return s.we_country;
      if (w == "it"sv) {
        for (int mi : s.mentions) {
          const auto& m = doc_.mentions[mi];
          if (m.tb < k && m.entity >= 0 && m.kind != MentionKind::kAdjective &&
              doc_.entities[m.entity].out.type == "country"sv) {
            return m.entity;
          }
        }
      }
      if (p >= 0) {
        const std::string c = EntityCountry(doc_, p);
        if (const int country = CountryEntity(c); country >= 0) return country;
      }
    }
    return -1;
  }

  // A country adjective right before a trigger may own it ("Israeli air strikes killed 20
  // people", "The Russian invasion") or name one side of a pair ("Russian-Ukrainian talks"):
  // its country gets an entity even when the text names it no other way (CloseOwner and
  // MentionEntity find the country's entity, and found none in a text that only says
  // "Israeli").
  void OwnerCountries(int si, const std::vector<EventCandidate>& triggers) {
    const auto& toks = Toks(si);
    auto own = [&](size_t k) {
      const int mi = MentionAt(si, k);
      if (mi >= 0 && doc_.mentions[mi].kind == MentionKind::kAdjective &&
          doc_.mentions[mi].entity < 0 && CountryEntity(doc_.mentions[mi].country) < 0) {
        CountryOfAdjective(&doc_, mi);
      }
    };
    for (const auto& c : triggers) {
      for (size_t k = c.tb; k > 0 && c.tb - k < 4; --k) own(k - 1);
      // So may one in what trade measures are on ("banned imports of Moldovan wine": Objects).
      if (c.rule.starts_with("trade-sanction:"sv)) {
        for (size_t k = c.te; k < toks.size() && k < c.te + 4; ++k) own(k);
      }
      // So may one right after a verb of judging, which judges its country's act ("praised the
      // British support": Objects).
      if ((c.frame & kVerb) && JudgesAnAct(c.cameo)) {
        for (size_t k = c.te; k < toks.size() && k < c.te + 2; ++k) own(k);
      }
      // Or what an attack strikes ("hit Russian positions": StruckOwner), or what is fired at
      // ("fired water cannon at a Philippine supply boat": Objects).
      if (const size_t k = StruckThingAt(c); k < toks.size()) own(k);
      for (size_t k = c.te; k + 1 < toks.size() && k < c.te + 6; ++k) {
        if (toks[k].lower != "at"sv) continue;
        const size_t a = toks[k + 1].lower == "a"sv || toks[k + 1].lower == "an"sv ||
                                 toks[k + 1].lower == "the"sv
                             ? k + 2
                             : k + 1;
        if (a < toks.size()) own(a);
        break;
      }
    }
  }

  // Where the owner of what an attack verb strikes is mentioned, past a count ("struck more
  // than a dozen Houthi targets", "hit Russian military positions"); toks.size() when the
  // object is no such thing.
  // Also after "on" or "against" ("launched strikes against Iran's nuclear facilities") and
  // past a possessive ("struck Iran's nuclear facilities": was no event, the state striking
  // nothing an armed force or a place names).
  size_t StruckThingAt(const EventCandidate& c) const {
    const auto& toks = Toks(c.si);
    // (So does a threat to strike: "Israel has threatened to strike Iranian nuclear sites",
    // "threatened to attack Iranian nuclear sites" (138): was a threat to nobody.)
    static const KeySet kStrike = {"strike", "attack", "bomb", "hit", "target", "shell"};
    const bool threat_to = c.cameo.starts_with("13"sv) && (c.frame & kVerb) &&
                           c.te + 1 < toks.size() && toks[c.te].lower == "to"sv &&
                           kStrike.Has(toks[c.te + 1]);
    if (!(c.cameo.starts_with("18"sv) || c.cameo.starts_with("19"sv) || c.cameo == "138"sv ||
          threat_to)) {
      return toks.size();
    }
    // (Past a date: "launched air strikes on Friday against more than 85 targets".)
    size_t at = threat_to ? c.te + 2 : c.te;
    if (const size_t end = DateAfterOn(c.si, at); end > 0 && end < toks.size()) at = end;
    const bool preposition =
        at < toks.size() && (toks[at].lower == "on"sv || toks[at].lower == "against"sv);
    if (!(c.frame & kVerb) && !preposition) return toks.size();
    static const KeySet kCount = {"the",     "a",     "more",  "than",     "dozen",   "dozens",
                                  "several", "of",    "at",    "least",    "some",    "hundreds",
                                  "many",    "two",   "three", "senior",   "top",     "key",
                                  "former",  "local", "four",  "five",     "six",     "seven",
                                  "eight",   "nine",  "ten",   "multiple", "numerous"};
    // (And where: "seized the eastern Congolese city of Goma".)
    static const KeySet kWhere = {"eastern",      "western",      "northern",     "southern",
                                  "central",      "northeastern", "northwestern", "southeastern",
                                  "southwestern", "strategic"};
    const size_t from = preposition ? at + 1 : threat_to ? at : c.te;
    size_t k = from;
    while (k < toks.size() && k < from + 5 &&
           (kCount.Has(toks[k]) || kWhere.Has(toks[k]) || toks[k].kind == TokenKind::kNumber)) {
      ++k;
    }
    // "struck the port of Hodeidah", "seized the city of Goma": the place after "of".
    static const KeySet kPlaceNoun = {"port", "city", "town", "village", "capital", "airport"};
    if (k + 2 < toks.size() && kPlaceNoun.Has(toks[k]) && toks[k + 1].lower == "of"sv) {
      const int pi = MentionAt(c.si, k + 2);
      const int e = pi >= 0 ? doc_.mentions[pi].entity : -1;
      return e >= 0 && doc_.mentions[pi].tb == k + 2 && doc_.entities[e].out.type == "location"sv &&
                     doc_.entities[e].out.country.size() == 3
                 ? k + 2
                 : toks.size();
    }
    const int mi = k < toks.size() ? MentionAt(c.si, k) : -1;
    if (mi < 0) return toks.size();
    const Mention& m = doc_.mentions[mi];
    if (m.tb != k || (m.entity < 0 && m.kind != MentionKind::kAdjective)) return toks.size();
    static const KeySet kStruck = {
        "targets", "target", "positions", "position", "bases", "base", "camps", "fighters",
        "militants", "strongholds", "hideouts", "depots", "sites", "facilities", "vessels", "ships",
        "warships", "outposts", "units", "convoy", "convoys", "airfields", "airbase", "airbases",
        "launchers", "radars", "tunnels", "infrastructure", "commander", "commanders", "leader",
        "leaders", "official", "officials", "member", "members", "chief", "fighter", "operatives",
        "headquarters", "compound", "embassy", "consulate", "residence", "refinery", "refineries",
        "plant", "plants", "airport", "archive", "forces", "troops", "soldiers", "site",
        // (And a country's cities: "a drone attack on the Ukrainian capital" was on nobody.)
        "capital", "city", "cities", "town", "towns", "village", "villages", "grid"};
    static const KeySet kKinds = {"military", "militant",   "naval",   "air",     "rebel",
                                  "missile",  "drone",      "radar",   "army",    "terrorist",
                                  "aid",      "nuclear",    "energy",  "oil",     "gas",
                                  "power",    "enrichment", "defence", "defense", "port"};
    size_t after = m.te;
    if (after < toks.size() && (toks[after].lower == "'s"sv || toks[after].possessive)) ++after;
    // (Kinds may be joined: "strikes on Iran's nuclear and military sites".)
    for (int n = 0; n < 4 && after + 1 < toks.size(); ++n) {
      const bool joined = n > 0 && (toks[after].lower == "and"sv || toks[after].lower == ","sv) &&
                          kKinds.Has(toks[after + 1]);
      if (!joined && !kKinds.Has(toks[after])) break;
      ++after;
    }
    // (A kind that is the thing itself before its place: "the Yemeni port of Hodeidah".)
    const bool port_of = after > m.te && toks[after - 1].lower == "port"sv && after < toks.size() &&
                         toks[after].lower == "of"sv;
    return after < toks.size() && (kStruck.Has(toks[after]) || port_of) ? k : toks.size();
  }

  // The two people of different actor codes sentence `si` names, in order, when it names
  // exactly two coded people; else none.
  std::vector<int> TwoPeopleIn(int si) const {
    std::vector<int> people;
    for (int mi : doc_.sentences[si].mentions) {
      const int e = doc_.mentions[mi].entity;
      if (e < 0 || doc_.entities[e].out.type != "person"sv || ActorCode(doc_, e).empty() ||
          std::find(people.begin(), people.end(), e) != people.end()) {
        continue;
      }
      people.push_back(e);
    }
    if (people.size() != 2 || ActorCode(doc_, people[0]) == ActorCode(doc_, people[1])) return {};
    return people;
  }

  // The document's entity of the country with ISO code `iso3`, or -1 when the text has none.
  int CountryEntity(const std::string& iso3) const {
    if (iso3.empty()) return -1;
    const int d = doc_.dict->CountryByIso3(iso3);
    if (d < 0) return -1;
    const auto it = doc_.entity_by_key.find(doc_.dict->entity(d).id);
    return it == doc_.entity_by_key.end() ? -1 : it->second;
  }

  // Whether the trigger's own verb group is negated: "not", "n't" or "never" before it with
  // only auxiliaries, adverbs and (for a noun) a support verb and article between ("did not
  // sign", "has not yet met", "will never attack", "did not hold talks"), or "no" right before
  // a noun ("no agreement was reached"). "not only met" is no negation.
  bool Negated(int si, const EventCandidate& c, size_t left) const {
    static const KeySet kBetween = {
        "yet", "even", "ever", "also", "been", "be", "have", "has", "had", "do", "does", "did",
        "formally", "officially", "directly", "fully", "still", "always", "really", "actually",
        "hold", "held", "sign", "reach", "make", "conduct", "impose", "take", "pay", "provide",
        "give", "any", "a", "an", "the", "to", "want", "intend", "plan", "allowed", "permitted",
        "able", "order", "demand",
        // ("will not renew its agreement with China", "did not extend the truce")
        "renew", "extend", "its", "their", "seek", "join", "accept",
        // ("Netanyahu did not attend the summit": was its only party)
        "attend"};
    const auto& toks = Toks(si);
    // "There were no special demands": "no" and one adjective before a nominal trigger.
    if (c.tb >= 2 && c.tb - 2 >= left && toks[c.tb - 2].lower == "no"sv &&
        toks[c.tb - 1].kind == TokenKind::kWord && !toks[c.tb - 1].cap) {
      return true;
    }
    // "said it had no plans for retaliation", "has no intention to attack": no intent.
    if (c.tb >= 3 && c.tb - 3 >= left && toks[c.tb - 3].lower == "no"sv &&
        (toks[c.tb - 1].lower == "for"sv || toks[c.tb - 1].lower == "to"sv ||
         toks[c.tb - 1].lower == "of"sv) &&
        (toks[c.tb - 2].lower == "plans"sv || toks[c.tb - 2].lower == "plan"sv ||
         toks[c.tb - 2].lower == "intention"sv || toks[c.tb - 2].lower == "intentions"sv ||
         toks[c.tb - 2].lower == "desire"sv || toks[c.tb - 2].lower == "wish"sv)) {
      return true;
    }
    // "not ready for talks", "sees no interest in negotiations": no willingness either.
    if (const size_t r = IsConsultation(c.type) ? ReadinessWord(c, left) : toks.size();
        r < toks.size() && r > left) {
      const auto& w = toks[r - 1].lower;
      return w == "not"sv || w == "n't"sv || w == "never"sv || w == "no"sv || w == "cannot"sv;
    }
    // "Jordan cancelled a planned summit with Biden": a gathering cancelled, postponed or
    // called off does not take place.
    if (IsConsultation(c.type) && (c.frame & kNoun)) {
      for (size_t j = c.tb, n = 0; j > left && n < 4; --j, ++n) {
        const auto& w = toks[j - 1].lower;
        if (w == "cancelled"sv || w == "canceled"sv || w == "cancels"sv || w == "cancel"sv ||
            w == "postponed"sv || w == "postpones"sv || w == "scrapped"sv ||
            (w == "off"sv && j >= 2 && toks[j - 2].lower.starts_with("call"sv))) {
          return true;
        }
        if (toks[j - 1].kind != TokenKind::kWord || toks[j - 1].cap) break;
      }
    }
    // "any talks" is none yet: "he wanted security guarantees before any talks with Russia".
    if (IsConsultation(c.type) && (c.frame & kNoun) && c.tb > left &&
        (toks[c.tb - 1].lower == "any"sv ||
         (c.tb > left + 1 && toks[c.tb - 2].lower == "any"sv && !toks[c.tb - 1].cap &&
          toks[c.tb - 1].kind == TokenKind::kWord))) {
      return true;
    }
    // A gathering boycotted or skipped has no part of the one who stays away: "The United
    // States boycotted the meeting" (was its meeting).
    // Nor is a signing witnessed the witness's: "Secretary of State Marco Rubio witnessed the
    // signing" (was an agreement of Rubio's alone).
    const bool signing = c.type == "agreement"sv && toks[c.tb].lower == "signing"sv;
    if ((IsConsultation(c.type) && (c.frame & kNoun)) || signing) {
      static const KeySet kStayAway = {"boycotted", "boycott",   "boycotts", "boycotting",
                                       "skipped",   "skip",      "skips",    "shunned",
                                       "witnessed", "witnesses", "witness",  "witnessing"};
      size_t j = c.tb;
      while (j > left && j + 3 > c.tb &&
             (toks[j - 1].lower == "the"sv || toks[j - 1].lower == "a"sv ||
              (toks[j - 1].kind == TokenKind::kWord && !toks[j - 1].cap &&
               !kStayAway.Has(toks[j - 1]) && j == c.tb))) {
        --j;
      }
      if (j > left && kStayAway.Has(toks[j - 1])) return true;
    }
    // So is one that "was scrapped" after its noun phrase: "a planned signing of a minerals
    // deal was scrapped" (was an agreement), "the summit was postponed".
    if ((IsConsultation(c.type) || c.type == "agreement"sv) &&
        ((c.frame & kNoun) || (c.tb > 0 && toks[c.tb].lower.ends_with("ing"sv) &&
                               (toks[c.tb - 1].lower == "a"sv || toks[c.tb - 1].lower == "the"sv ||
                                toks[c.tb - 1].lower == "planned"sv)))) {
      static const KeySet kCalledOff = {"cancelled", "canceled", "scrapped",
                                        "postponed", "shelved",  "abandoned"};
      for (size_t j = c.te; j + 1 < toks.size() && j < c.te + 12; ++j) {
        const auto& w = toks[j].lower;
        if (toks[j].kind == TokenKind::kPunct) break;
        if (w != "was"sv && w != "were"sv && w != "been"sv) continue;
        size_t k = j + 1;
        if (k + 1 < toks.size() && toks[k].lower.size() > 4 && toks[k].lower.ends_with("ly"sv)) {
          ++k;
        }
        if (kCalledOff.Has(toks[k]) ||
            (toks[k].lower == "called"sv && k + 1 < toks.size() && toks[k + 1].lower == "off"sv)) {
          return true;
        }
        break;
      }
    }
    // "left without signing a minerals agreement", "without reaching a deal": the object of a
    // gerund after "without" (which may open the noun's clause, past `left`).
    // (Not after a negation: "I cannot conclude without inviting member countries" invites.)
    auto litotes = [&](size_t without) {
      for (size_t k = without; k > 0 && without - k < 3; --k) {
        const auto& w = toks[k - 1].lower;
        if (w == "not"sv || w == "n't"sv || w == "cannot"sv || w == "never"sv) return true;
      }
      return false;
    };
    if (c.frame & kNoun) {
      for (size_t j = c.tb; j >= 2 && c.tb - j < 4; --j) {
        const Token& t = toks[j - 1];
        if (t.kind != TokenKind::kWord || t.cap) break;
        if (t.lower.ends_with("ing"sv) && toks[j - 2].lower == "without"sv) {
          return !litotes(j - 2);
        }
      }
    }
    for (size_t k = c.tb; k > left && c.tb - k < 5; --k) {
      const Token& t = toks[k - 1];
      const auto& w = t.lower;
      if (w == "not"sv || w == "n't"sv || w == "never"sv || w == "cannot"sv) {
        if (k < toks.size()) {
          const auto& after = toks[k].lower;
          if (after == "only"sv || after == "just"sv || after == "least"sv || after == "merely"sv) {
            return false;
          }
        }
        return true;
      }
      if (w == "no"sv && k == c.tb && (c.frame & kNoun)) return true;
      // "The talks ended without a deal", "failed to reach an agreement".
      if (w == "without"sv && (c.frame & kNoun)) return true;
      // ("Zelenskiy left without signing a minerals agreement": a gerund's act undone.)
      if (w == "without"sv && k == c.tb && toks[c.tb].lower.ends_with("ing"sv)) {
        return !litotes(k - 1);
      }
      // (And "Germany refused to supply Taurus missiles", "Scholz ruled out supplying them":
      // the refusal is the event, no supply; was aid to Ukraine by nobody.)
      if ((w == "failed"sv || w == "fails"sv || w == "fail"sv || w == "unable"sv ||
           w == "refused"sv || w == "refuses"sv || w == "refuse"sv || w == "declined"sv ||
           w == "declines"sv || w == "decline"sv) &&
          k < c.tb && toks[k].lower == "to"sv) {
        return true;
      }
      // "agreed to eschew sanctions", "to avoid a war", "refrain from attacks" (not "it is
      // impossible to avoid the blockade", which happens).
      if (w == "eschew"sv || w == "eschewed"sv || w == "avoid"sv || w == "avoided"sv ||
          w == "avoiding"sv || w == "forgo"sv || w == "forgoing"sv ||
          (w == "from"sv && k >= 2 &&
           (toks[k - 2].lower == "refrain"sv || toks[k - 2].lower == "refrained"sv ||
            toks[k - 2].lower == "refrains"sv || toks[k - 2].lower == "refraining"sv))) {
        const bool cannot =
            k >= 3 && (toks[k - 2].lower == "cannot"sv || toks[k - 2].lower == "not"sv ||
                       toks[k - 2].lower == "n't"sv ||
                       (toks[k - 2].lower == "to"sv &&
                        (toks[k - 3].lower == "impossible"sv || toks[k - 3].lower == "unable"sv ||
                         toks[k - 3].lower == "difficult"sv || toks[k - 3].lower == "failed"sv)));
        return !cannot;
      }
      if (w == "out"sv && k == c.tb && k >= 2 &&
          (toks[k - 2].lower == "ruled"sv || toks[k - 2].lower == "rules"sv ||
           toks[k - 2].lower == "rule"sv || toks[k - 2].lower == "ruling"sv)) {
        return true;
      }
      if (!kBetween.Has(t)) return false;
    }
    return false;
  }

  // Whether nominal trigger c is what an anniversary or a commemoration marks: "to mark the
  // third anniversary of Russia's full-scale invasion" (an event of its day, not this one's).
  bool Anniversary(int si, const EventCandidate& c) const {
    if (!(c.frame & kNoun)) return false;
    const auto& toks = Toks(si);
    for (size_t k = c.tb; k > 0 && c.tb - k < 7; --k) {
      const std::string_view w = toks[k - 1].lower;
      // (Of what it marks: "the anniversary CSTO summit" is this year's.)
      if ((w == "anniversary"sv || w == "anniversaries"sv || w == "commemoration"sv) &&
          k < toks.size() && toks[k].lower == "of"sv) {
        return true;
      }
      if (toks[k - 1].kind == TokenKind::kPunct && w != "'s"sv && w != "-"sv) return false;
    }
    return false;
  }

  // Whether c is what a right or a freedom is to: "our right to protest", "the freedom to
  // assemble" assert no protest.
  bool RightTo(int si, const EventCandidate& c) const {
    const auto& toks = Toks(si);
    if (c.tb < 2 || toks[c.tb - 1].lower != "to"sv) return false;
    // (Not a name's: "the High Commissioner for Human Rights to visit".)
    const std::string_view w = toks[c.tb - 2].lower;
    return !toks[c.tb - 2].cap && (w == "right"sv || w == "rights"sv || w == "freedom"sv);
  }

  // Whether nominal trigger c is others' act that the clause refuses to join: "India has
  // refused to join Western sanctions against Moscow" imposes none, "declined to join the
  // boycott" boycotts nothing.
  bool RefusedToJoin(int si, const EventCandidate& c) const {
    const auto& toks = Toks(si);
    size_t k = c.tb;
    while (k > 0 && c.tb - k < 4 && toks[k - 1].lower != "join"sv &&
           toks[k - 1].lower != "joining"sv &&
           (OnlyModifiers(si, k - 1, k) ||
            (toks[k - 1].cap && toks[k - 1].kind == TokenKind::kWord))) {
      --k;
    }
    if (k < 3 || (toks[k - 1].lower != "join"sv && toks[k - 1].lower != "joining"sv)) return false;
    static const KeySet kRefuse = {"refused", "refuses", "refuse", "declined", "declines",
                                   "decline", "not",     "never",  "rejected", "unwilling"};
    const size_t b = toks[k - 2].lower == "to"sv ? k - 2 : k - 1;
    return b >= 1 && kRefuse.Has(toks[b - 1]);
  }

  // Whether c is a truce or ceasefire (087) that the clause ends or breaks: "ending a
  // two-month ceasefire with Hamas", "violated the truce", "the collapse of the ceasefire".
  // Ending one de-escalates nothing. Nor is one a third party brokered or mediated its
  // subject's truce ("Egypt and Qatar, which brokered the truce": their mediation, 045).
  bool EndedTruce(int si, const EventCandidate& c) const {
    if (c.cameo != "087"sv) return false;
    const std::string_view noun = Toks(si)[c.te - 1].lower;
    if (noun != "ceasefire"sv && noun != "truce"sv && noun != "cease-fire"sv && noun != "fire"sv) {
      return false;
    }
    // A truce that only qualifies another noun is none either: "a new round of ceasefire talks",
    // "the ceasefire proposal".
    if (c.te < Toks(si).size()) {
      static const KeySet kQualified = {"talks",     "negotiations", "proposal", "proposals",
                                        "deal",      "plan",         "efforts",  "negotiators",
                                        "mediation", "framework",    "terms",    "initiative"};
      if (kQualified.Has(Toks(si)[c.te])) return true;
    }
    static const KeySet kEnd = {
        "ending",     "ended",    "end",       "ends",       "broke",       "broken",
        "breaking",   "breaks",   "violated",  "violating",  "violates",    "violation",
        "violations", "collapse", "collapsed", "overturned", "overturning", "scrapped",
        "abandoned",  "breach",   "breached",  "breaching",  "undermined",  "undermining",
        "wrecked",    "brokered", "mediated",  "brokering",  "mediating"};
    const auto& toks = Toks(si);
    for (size_t k = c.tb; k > 0 && c.tb - k < 6; --k) {
      const Token& t = toks[k - 1];
      if (kEnd.Has(t)) return true;
      // (Nor one called for: "renewed his call for a humanitarian ceasefire".)
      static const KeySet kCalls = {"call", "calls",  "appeal",  "appeals", "plea",
                                    "push", "demand", "demands", "pressure"};
      if (t.lower == "for"sv && k >= 2 && kCalls.Has(Toks(si)[k - 2])) return true;
      // (A hyphen inside a modifier goes on: "a two-month ceasefire".)
      if (t.kind == TokenKind::kPunct && !(t.lower == "-"sv && !t.space_before)) return false;
    }
    return false;
  }

  // Whether nominal trigger c is what someone is accused of: "accused the RSF of genocide",
  // "accusing Moscow of war crimes", "charged with aggression". The accusation is the event
  // the text asserts (112); the act is alleged, and coded as done it made the accused a
  // perpetrator on the accuser's word.
  bool AccusedOf(int si, const EventCandidate& c) const {
    // (Any trigger: after "of" even "attacks" is a noun.)
    if (c.tb == 0 || c.type == "statement"sv) return false;
    const auto& toks = Toks(si);
    // (And claims, allegations and charges of it: "rejected South Africa's claims of
    // genocide" was Israel's genocide.)
    static const KeySet kAccuse = {
        "accused",     "accuse",      "accuses",   "accusing",   "charged",  "charging",
        "accusation",  "accusations", "convicted", "suspected",  "indicted", "sentenced",
        "arrested",    "detained",    "jailed",    "prosecuted", "claims",   "claim",
        "allegations", "allegation",  "charges"};
    // (What one is punished "for": "convicted 67 former Soviet officers for war crimes".)
    static const KeySet kPunished = {"convicted", "indicted", "sentenced", "arrested",
                                     "detained",  "jailed",   "prosecuted"};
    // Back over at most four modifiers, articles or one gerund to "of" ("with" after
    // "charged"): "of genocide", "of overturning the ceasefire agreement", "of blocking
    // humanitarian aid" (the act is alleged, and so is what it is done to).
    size_t k = c.tb;
    bool gerund = false;
    while (k > 0 && c.tb - k < 4 && toks[k - 1].kind == TokenKind::kWord && !toks[k - 1].cap &&
           toks[k - 1].lower != "of"sv && toks[k - 1].lower != "with"sv &&
           toks[k - 1].lower != "for"sv) {
      const Token& t = toks[k - 1];
      // ("of plotting to assassinate President Maduro": the plot's aim is alleged too.)
      static const KeySet kPlotting = {"plotting",   "planning", "attempting",
                                       "conspiring", "trying",   "seeking"};
      if (!gerund && t.lower == "to"sv && k >= 2 && kPlotting.Has(toks[k - 2])) {
        gerund = true;
        k -= 2;
        continue;
      }
      const bool article = t.lower == "the"sv || t.lower == "a"sv || t.lower == "an"sv ||
                           t.lower == "its"sv || t.lower == "their"sv;
      const bool ing = !gerund && t.lower.size() > 5 && t.lower.ends_with("ing"sv);
      if (!article && !ing && NotModifiers().Has(t)) break;
      gerund |= ing;
      --k;
    }
    if (k == 0 || (toks[k - 1].lower != "of"sv && toks[k - 1].lower != "with"sv &&
                   toks[k - 1].lower != "for"sv)) {
      return false;
    }
    const bool with = toks[k - 1].lower == "with"sv, for_ = toks[k - 1].lower == "for"sv;
    // Then the accused (at most eight words) back to the verb or noun of accusing.
    for (size_t j = k - 1; j > 0 && k - 1 - j < 9; --j) {
      const Token& t = toks[j - 1];
      if (t.kind == TokenKind::kPunct && t.lower != "'s"sv && t.lower != "-"sv) return false;
      if (kAccuse.Has(t)) {
        if (for_) return kPunished.Has(t);
        return with ? t.lower.starts_with("charg"sv)
                    : !kPunished.Has(t) || t.lower == "convicted"sv;
      }
    }
    return false;
  }

  // Whether c's verb is asked about: the sentence ends with "?" and no colon or semicolon
  // opens another clause after the trigger. "Are you planning to visit our country next
  // year?", "Why were they killed?" assert no event; "Angela Merkel said: "Who will ...?"" and "the
  // war has posed a question to Europe: are ...?" do, before the colon. A noun names an event the
  // question takes as given ("What do you think about the course of the talks between the Russian
  // and Ukrainian delegations?", "This is an informal CIS summit, isn't it?").
  bool Asked(int si, const EventCandidate& c) const {
    const auto& toks = Toks(si);
    const size_t te = c.te;
    static const KeySet kDeterminers = {"the",   "a",     "an",  "this", "that",
                                        "these", "those", "our", "your", "his",
                                        "her",   "their", "its", "my",   "today's"};
    const bool nominal = (c.frame & kNoun) &&
                         (!(c.frame & kVerb) || (c.tb > 0 && (kDeterminers.Has(toks[c.tb - 1]) ||
                                                              toks[c.tb - 1].possessive ||
                                                              toks[c.tb - 1].lower == "'s"sv)));
    if (nominal) return false;
    size_t end = toks.size();
    while (end > te && toks[end - 1].lower == "\""sv) --end;
    if (end <= te || toks[end - 1].lower != "?"sv) return false;
    for (size_t k = te; k + 1 < end; ++k) {
      if (toks[k].lower == ":"sv || toks[k].lower == ";"sv) return false;
    }
    return true;
  }

  // Whether the trigger at tb sits in an "if" or "unless" clause ("If Russia attacks
  // Ukraine, ...", "... unless the president agrees to step down"); "as if" is a manner.
  bool Conditional(int si, size_t tb, size_t left) const {
    const auto& toks = Toks(si);
    for (size_t k = tb; k > left; --k) {
      const auto& w = toks[k - 1].lower;
      if (w == "unless"sv) return true;
      if (w == "if"sv) return !(k >= 2 && toks[k - 2].lower == "as"sv);
      // (And a condition in time: "its agreement would take effect only after some sanctions
      // were lifted", "only once the troops withdraw".)
      if ((w == "after"sv || w == "once"sv || w == "when"sv) && k >= 2 &&
          toks[k - 2].lower == "only"sv) {
        return true;
      }
    }
    // The consequence of a condition: "if there are new regular flights, then more Russian
    // tourists will visit our country" (was a visit).
    size_t first = left;
    while (first < tb && toks[first].kind == TokenKind::kPunct) ++first;
    if (first < tb && toks[first].lower == "then"sv) {
      for (size_t k = 0; k < left; ++k) {
        if (toks[k].lower == "if"sv && !(k > 0 && toks[k - 1].lower == "as"sv)) return true;
      }
    }
    return false;
  }

  // The subject of a sentence opening "NAME, APPOSITION, verb ..." or "APPOSITION, NAME,
  // verb ..." when toks[left - 1] is its second comma ("Mr. Grossi, Director General of the
  // IAEA, paid a visit"; "The then president, Yanukovych, had agreed"; "Jane Doe, Ruritania's
  // leading rights activist, began a hunger strike"): one segment is exactly the name of a
  // person or organisation, the other a noun phrase (an article, a possessive or a capitalised
  // title first; no first or second person). -1 otherwise: lists and asides ("Russia, on the
  // other hand, is") are left alone.
  int ApposedSubject(int si, size_t left) const {
    const auto& toks = Toks(si);
    if (left < 4 || toks[left - 1].lower != ","sv) return -1;
    size_t first = 0;  // the sentence's first comma
    while (first < left - 1 && toks[first].lower != ","sv) ++first;
    if (first == 0 || first + 2 > left - 1 || left - 1 - first > 13 || first > 13) return -1;
    for (size_t k = 0; k + 1 < left; ++k) {
      if (k != first && Boundary(si, k, true)) return -1;
    }
    // The entity named by exactly toks[b, e), a person or an organisation; else -1.
    auto name = [&](size_t b, size_t e) {
      int mi = MentionAt(si, b);
      const auto& h = toks[b].lower;  // "Mr. Grossi": an honorific outside the mention
      if (mi < 0 && (h == "mr"sv || h == "mrs"sv || h == "ms"sv || h == "dr"sv)) {
        if (b + 2 < e && toks[b + 1].lower == "."sv) ++b;
        mi = MentionAt(si, ++b);
      }
      if (mi < 0) return -1;
      const auto& m = doc_.mentions[mi];
      if (m.tb != b || m.te != e || m.modifier || m.entity < 0) return -1;
      const auto& type = doc_.entities[m.entity].out.type;
      return type == "person"sv || type == "organization"sv ? m.entity : -1;
    };
    auto phrase = [&](size_t b, size_t e) {
      for (size_t k = b; k < e; ++k) {
        const auto& w = toks[k].lower;
        if (w == "i"sv || w == "we"sv || w == "you"sv || w == "my"sv || w == "our"sv ||
            w == "your"sv || w == "us"sv || w == "me"sv) {
          return false;
        }
      }
      // Not itself opened by a name ("Moscow told the UN refugee agency, UNHCR, to leave").
      if (const int mi = MentionAt(si, b); mi >= 0 && !doc_.mentions[mi].modifier) return false;
      const auto& w = toks[b].lower;
      return w == "a"sv || w == "an"sv || w == "the"sv || toks[b].cap;
    };
    if (const int e = name(0, first); e >= 0 && phrase(first + 1, left - 1)) return e;
    if (const int e = name(first + 1, left - 1); e >= 0 && phrase(0, first)) return e;
    return -1;
  }

  // The person before ", who ... ," (or the state or body before ", which ... ,": "the United
  // States, which is not a member of the court, sanctioned four ICC judges") when the comma
  // closing that relative clause is toks[left - 1]; -1 otherwise.
  int AntecedentBefore(int si, size_t left) const {
    const auto& toks = Toks(si);
    if (left < 5 || toks[left - 1].lower != ","sv) return -1;
    size_t j = left - 2;
    while (j > 2 && left - j < 20 && toks[j].lower != ","sv && toks[j].lower != "who"sv &&
           toks[j].lower != "which"sv) {
      --j;
    }
    const bool which = toks[j].lower == "which"sv;
    if ((!which && toks[j].lower != "who"sv) || toks[j - 1].lower != ","sv) return -1;
    const int mi = MentionAt(si, j - 2);
    if (mi < 0 || doc_.mentions[mi].entity < 0 || doc_.mentions[mi].modifier) return -1;
    // (The head of its noun phrase, not an "of" or a preposition's object: "the issue of
    // Palestine, which has been stalled", "the embargo on Cuba, which has gone on".)
    if (which &&
        (PrepositionObject(si, doc_.mentions[mi].tb) || OfObject(si, doc_.mentions[mi].tb))) {
      return -1;
    }
    const auto& type = doc_.entities[doc_.mentions[mi].entity].out.type;
    if (which ? (type == "person"sv || type == "location"sv || !Actor(doc_.mentions[mi].entity))
              : type != "person"sv) {
      return -1;
    }
    return doc_.mentions[mi].entity;
  }

  // Whether the mention starting at toks[tb] is one of the sides a "between" phrase of a
  // conflict names: "fighting between Israel and Iran", "the war between Russia, Ukraine and
  // ...". (Of a relation or an agreement they are its parties: "an agreement between Ukraine
  // and the EU ... would be signed".)
  bool BetweenObject(int si, size_t tb) const {
    const auto& toks = Toks(si);
    static const KeySet kConflict = {"fighting", "war",         "wars",      "clashes",
                                     "conflict", "hostilities", "tensions",  "violence",
                                     "standoff", "feud",        "skirmishes"};
    for (size_t k = tb, items = 0; k > 0 && items < 6; ++items) {
      const auto& w = toks[k - 1].lower;
      if (w == "between"sv) return k >= 2 && kConflict.Has(toks[k - 2]);
      if (w != "and"sv && w != ","sv && w != "the"sv) return false;
      --k;
      if (w == "the"sv) continue;
      // Back over the item before the "and" or comma.
      const int mi = k > 0 ? MentionAt(si, k - 1) : -1;
      if (mi < 0) return false;
      k = doc_.mentions[mi].tb;
      if (k > 0 && toks[k - 1].lower == "the"sv) --k;
    }
    return false;
  }

  // Nearest head actor before the trigger in its clause; else the sentence's opening subject.
  int Agent(int si, size_t tb, size_t left, bool subject_fallback) const {
    int fallback = -1;
    size_t fallback_tb = 0;
    for (size_t k = tb; k > left; --k) {
      const int mi = MentionAt(si, k - 1);
      if (mi >= 0) {
        const auto& m = doc_.mentions[mi];
        // A country adjective acts only as an owner (CloseOwner) or in a pair (HyphenPair); a
        // stance's name never ("an anti-NATO rally" is not NATO's).
        if (!Actor(m.entity) || m.kind == MentionKind::kAdjective || PlaceObject(si, m.tb) ||
            Stance(si, m.tb) != 0) {
          continue;
        }
        // (A body's member acts, not the body: "a permanent member of the Security Council",
        // "the first time a NATO member fired on Russian assets".)
        if (MemberOf(si, m.tb)) continue;
        if (m.te < Toks(si).size() && Toks(si)[m.te].lower == "member"sv && m.tb > 0 &&
            (Toks(si)[m.tb - 1].lower == "a"sv || Toks(si)[m.tb - 1].lower == "one"sv)) {
          continue;
        }
        // (Nor the sides of a conflict "between" them before the trigger: "fighting between
        // Israel and Iran dominated the summit" was a summit of Israel and Iran.)
        if (BetweenObject(si, m.tb)) continue;
        // (Nor the agent of a participle that describes an armed party before it: "M23 rebels
        // backed by Rwanda seized the airport" is the rebels' act, "Houthi rebels backed by
        // Iran attacked a ship" the Houthis'. Not of a thing: "a deal brokered by China after
        // talks", "a resolution sponsored by Iran to expel Israel" keep theirs.)
        if (m.tb >= 3 && m.tb - 2 > left && Toks(si)[m.tb - 1].lower == "by"sv &&
            Toks(si)[m.tb - 2].lower.ends_with("ed"sv) && !Toks(si)[m.tb - 2].cap) {
          static const KeySet kArmed = {"rebels",     "fighters",       "militants", "forces",
                                        "troops",     "militia",        "militias",  "soldiers",
                                        "insurgents", "paramilitaries", "gunmen",    "jihadists"};
          if (kArmed.Has(Toks(si)[m.tb - 3])) continue;
        }
        // (Nor a country whose allies or partners act: "Ukraine's allies pledged".)
        if (m.te + 1 < Toks(si).size() &&
            (Toks(si)[m.te].lower == "'s"sv || Toks(si)[m.te - 1].possessive)) {
          static const KeySet kRelations = {"allies",     "partners",   "friends",   "backers",
                                            "supporters", "neighbours", "neighbors", "critics",
                                            "opponents",  "enemies",    "rivals",    "creditors"};
          const size_t head = Toks(si)[m.te].lower == "'s"sv ? m.te + 1 : m.te;
          if (head < Toks(si).size() && kRelations.Has(Toks(si)[head])) continue;
        }
        // A seat of government ("Berlin") or a country named by its places ("Ukrainian
        // cities") acts only when nobody else in the clause does.
        const bool place = doc_.entities[m.entity].out.type == "location"sv || m.place;
        if (!m.modifier && !place) return m.entity;
        // (Not a place that names a document or gathering: "the Addis Ababa Action Agenda",
        // NamedAfterPlaces.)
        if (fallback < 0 && !(m.modifier && place)) {
          fallback = m.entity;
          fallback_tb = m.tb;
        }
        continue;
      }
      const std::string_view w = Toks(si)[k - 1].lower;
      // A seat of government that opens an adverbial clause is its subject, before anyone
      // the main clause names: "Abbas addressed the gathering after Washington denied him a
      // visa" (was Abbas's rejection).
      // (Right before it: "once again calls for" is no clause.)
      if (fallback >= 0 && k == fallback_tb &&
          (w == "after"sv || w == "before"sv || w == "when"sv || w == "because"sv ||
           w == "while"sv || w == "until"sv)) {
        return fallback;
      }
      // "Trump spoke with Modi by phone and offered his condolences": the possessive after a
      // verb coordinated with the clause's first one is that verb's subject's, not the
      // nearest man's.
      if ((w == "his"sv || w == "her"sv) && k >= 3 && fallback < 0 &&
          Toks(si)[k - 3].lower == "and"sv && !Toks(si)[k - 2].cap &&
          Toks(si)[k - 2].lower.ends_with("ed"sv)) {
        const int subject = SentenceSubject(si, k - 3);
        if (subject >= 0 && doc_.entities[subject].out.type == "person"sv) return subject;
      }
      const int p = Pronoun(si, k - 1);
      if (p >= 0 && fallback < 0) return p;
      // "Xi will visit France, he said": a "he" or "she" nobody known is the subject all the
      // same; the names before it are not.
      if (p < 0 && fallback < 0 && (w == "he"sv || w == "she"sv)) return -1;
    }
    if (fallback >= 0) return fallback;
    // A subject relative clause acts for its antecedent: "Alexander Lukashenko, who will be
    // in Russia on a working visit".
    if (left >= 3 && Toks(si)[left - 1].lower == "who"sv && Toks(si)[left - 2].lower == ","sv) {
      // A person only: in "ambassadors posted to Moscow, who attended", Moscow is not.
      const int mi = MentionAt(si, left - 3);
      if (mi >= 0 && doc_.mentions[mi].entity >= 0 &&
          doc_.entities[doc_.mentions[mi].entity].out.type == "person"sv) {
        return doc_.mentions[mi].entity;
      }
      // Or an armed group's or a state's people, the word "who" stands for ending the name or
      // right after it: "Russian troops, who seized the town of Pokrovsk", "The M23 rebels, who
      // seized the eastern city of Goma" (were occupations by nobody).
      static const KeySet kPeople = {"rebels",     "fighters",  "militants", "insurgents",
                                     "troops",     "soldiers",  "forces",    "militiamen",
                                     "guerrillas", "officials", "diplomats", "negotiators"};
      if (kPeople.Has(Toks(si)[left - 3])) {
        const int gm = mi >= 0 ? mi : left >= 4 ? MentionAt(si, left - 4) : -1;
        const int e = gm >= 0 && (gm == mi || doc_.mentions[gm].te == left - 3) &&
                              doc_.mentions[gm].kind != MentionKind::kAdjective
                          ? doc_.mentions[gm].entity
                          : -1;
        if (e >= 0 && Actor(e) && doc_.entities[e].out.type != "location"sv &&
            doc_.entities[e].out.type != "person"sv) {
          return e;
        }
      }
    }
    // And "which" for a state or a body that opens the sentence: "Pakistan, which fought a
    // brief conflict with India in May, did not comment" (not a place or a document named
    // later: "the talks in Istanbul, which ...").
    // (The relative clause's own verb, past an auxiliary or adverbs: not "Poland, which in its
    // history has tragically experienced genocide".)
    if (left >= 3 && tb <= left + 3 && Toks(si)[left - 1].lower == "which"sv &&
        Toks(si)[left - 2].lower == ","sv) {
      const int mi = MentionAt(si, left - 3);
      size_t opens = mi >= 0 ? doc_.mentions[mi].tb : 0;
      // (Past coordinated names: "Egypt and Qatar, which brokered the truce".)
      while (opens >= 2 && Toks(si)[opens - 1].lower == "and"sv && MentionAt(si, opens - 2) >= 0) {
        opens = doc_.mentions[MentionAt(si, opens - 2)].tb;
      }
      if (mi >= 0 && doc_.mentions[mi].te == left - 2 &&
          (opens == 0 || (opens == 1 && Toks(si)[0].lower == "the"sv)) &&
          !OfObject(si, doc_.mentions[mi].tb) && !PrepositionObject(si, doc_.mentions[mi].tb) &&
          doc_.mentions[mi].entity >= 0 && !doc_.mentions[mi].modifier &&
          Actor(doc_.mentions[mi].entity) &&
          doc_.entities[doc_.mentions[mi].entity].out.type != "location"sv) {
        return doc_.mentions[mi].entity;
      }
    }
    // Without the comma, the name right before "who" is the subject of the relative clause's
    // own verb, at most two words on: "Nancy Pelosi who visited Kyiv", "Rahmon who arrived
    // for the CSTO summit" (a person, as above). Not of a noun further on: in "Dzhelialov who
    // was arrested after participating in the inaugural summit" the summit is not his.
    if (left >= 2 && tb <= left + 2 && Toks(si)[left - 1].lower == "who"sv) {
      const int mi = MentionAt(si, left - 2);
      if (mi >= 0 && doc_.mentions[mi].entity >= 0 && !doc_.mentions[mi].modifier &&
          doc_.entities[doc_.mentions[mi].entity].out.type == "person"sv) {
        return doc_.mentions[mi].entity;
      }
      // Or people sent by a body or a state: "representatives of the European Union who
      // arrived in Kyiv".
      if (const int e = mi >= 0 ? doc_.mentions[mi].entity : -1;
          e >= 0 && doc_.entities[e].out.type != "location"sv && SentBy(si, doc_.mentions[mi].tb)) {
        return e;
      }
    }
    // The clause follows a subject and its relative clause: "Ihor Zhovkva, who was on a
    // visit to Romania on November 3-4, held working consultations with ...".
    if (const int p = AntecedentBefore(si, left); p >= 0) return p;
    if (const int p = ApposedSubject(si, left); p >= 0) return p;
    // A participle clause after a comma is the main clause subject's, its nouns too: "Biden
    // welcomed Ruto ..., announcing plans to designate Kenya a major non-NATO ally".
    // (Not a preposition in -ing: "considering all kinds of external restrictions".)
    static const KeySet kPrepositional = {
        "including", "according", "considering", "regarding", "concerning", "following",
        "excluding", "depending", "beginning",   "starting",  "assuming",   "notwithstanding"};
    // (Its own verb or object, within four words: not what the object leads to.)
    if (left >= 2 && left < tb && tb - left <= 4 && Toks(si)[left - 1].lower == ","sv &&
        !Toks(si)[left].cap && Toks(si)[left].lower.size() > 5 &&
        Toks(si)[left].lower.ends_with("ing"sv) && !kPrepositional.Has(Toks(si)[left])) {
      if (const int subject = SentenceSubject(si, left); subject >= 0) return subject;
    }
    // Only a main-clause trigger may borrow the sentence's subject.
    if (!subject_fallback) return -1;
    if (left > 0) {
      // Past an aside between commas: "noted that, according to preliminary data, more than
      // a thousand servicemen were killed" is a reported clause, not the speaker's act.
      const auto& toks = Toks(si);
      size_t b = left;
      if (toks[b - 1].lower == ","sv) {
        size_t k = b - 1;
        while (k > 0 && b - k < 10 && toks[k - 1].lower != ","sv) --k;
        if (k >= 2 && toks[k - 1].lower == ","sv) b = k - 1;
      }
      const auto& w = toks[b - 1].lower;
      if (w == "that"sv || w == "which"sv || w == "who"sv || w == "because"sv || w == "while"sv ||
          w == "although"sv || w == "whereas"sv || w == "\""sv) {
        return -1;
      }
      // Nor is a clause reported without "that" ("Amnesty International said 12 people had
      // been killed"): Boundary ends it at its speech verb.
      if (b == left && ReportingVerb(w) && Boundary(si, left - 1, true)) return -1;
    }
    // Nor an adverbial clause with a subject of its own that no dictionary knows: "Italy
    // announced a suspension ..., one day after a Yugoslav army jet shot down a helicopter"
    // (was Italy's attack). A participle there shares the subject ("after meeting Xi").
    {
      static const KeySet kSubordinators = {"after", "before", "when",  "because",
                                            "while", "until",  "since", "once"};
      static const KeySet kOpens = {"a",     "an",  "the",   "its",     "his", "her",
                                    "their", "two", "three", "several", "some"};
      const auto& toks = Toks(si);
      for (size_t p = left; p + 2 < tb; ++p) {
        if (kSubordinators.Has(toks[p]) && kOpens.Has(toks[p + 1])) return -1;
      }
    }
    return SentenceSubject(si, tb);
  }

  // Whether the mention starting at toks[mb] follows "<group noun> of [the]": "representatives
  // of the European Union", "a delegation of Japan", "members of the Ukrainian parliament".
  bool SentBy(int si, size_t mb) const {
    static const KeySet kGroups = {"representatives", "delegation", "delegations",
                                   "members",         "officials",  "envoys",
                                   "leaders",         "heads",      "leadership"};
    const auto& toks = Toks(si);
    size_t k = mb;
    if (k > 0 && toks[k - 1].lower == "the"sv) --k;
    return k >= 2 && toks[k - 1].lower == "of"sv && kGroups.Has(toks[k - 2]);
  }

  // Who a meeting "with" someone is of when its clause names nobody: a person named earlier
  // in the sentence ("This was stated by President Zelenskyy after negotiations with ..."),
  // else, on a head of state's own site, that head of state when the text names them (the
  // sentences before are often about the guest: "Erdogan ... We discussed the negotiation
  // process with Russia"); -1 elsewhere.
  int Protagonist(int si, size_t tb) const {
    const auto& s = doc_.sentences[si];
    // "You recently held talks with President Xi", "your meeting with X": the addressee's.
    for (size_t k = tb; k > 0 && tb - k < 4; --k) {
      if (s.toks[k - 1].lower == "you"sv || s.toks[k - 1].lower == "your"sv) return -1;
    }
    int best = -1;
    for (int mi : s.mentions) {
      const auto& m = doc_.mentions[mi];
      if (m.tb >= tb) break;
      if (m.entity >= 0 && !m.modifier && doc_.entities[m.entity].out.type == "person"sv) {
        best = m.entity;
      }
    }
    // In a transcript, the speaker of the line: "It is a pleasure to meet with you again".
    if (best < 0 && s.line_speaker >= 0) return s.line_speaker;
    if (best >= 0 || doc_.site_country.empty()) return best;
    for (size_t e = 0; e < doc_.entities.size(); ++e) {
      const auto& ent = doc_.entities[e];
      if (ent.out.type != "person"sv || ent.mentions.empty()) continue;
      for (const auto& r : ent.out.roles) {
        if (r.title == "president"sv && r.of == doc_.site_country) return static_cast<int>(e);
      }
    }
    // With the head of state not named, the person the last sentences are about: "On November
    // 9, in Washington, Andriy Yermak met with ... During the meeting with William Taylor, the
    // interlocutors exchanged views".
    for (int k = si - 1; k >= 0 && k >= si - 3; --k) {
      const int subject = doc_.subject[k];
      if (subject >= 0 && doc_.entities[subject].out.type == "person"sv) return subject;
    }
    return -1;
  }

  // "This is his first visit to Russia", "during her recent visit to Ukraine, the President of
  // Slovakia ...": nobody visits their own country, so a possessive that resolved to someone of
  // the visited country names the wrong person. The visitor is then the person of another
  // country named in the sentence (after the possessive too: "during his visit to Ukraine,
  // Boris Johnson saw ...") or, failing that, the last one named in the three sentences
  // before; with none, the guest is unknown rather than wrong.
  void VisitorOfAnotherCountry(EventCandidate* c) const {
    // Only a visit to a country: a visit to a city may be a domestic trip ("his visit to
    // Kharkiv" on the Ukrainian president's site).
    if (c->agent < 0 || c->location < 0 || doc_.entities[c->location].out.type != "country"sv) {
      return;
    }
    const std::string& visited = doc_.entities[c->location].out.country;
    if (visited.empty() || EntityCountry(doc_, c->agent) != visited) return;
    const auto& toks = Toks(c->si);
    size_t k = c->tb;  // back over adjectives to the possessive: "his first official visit"
    while (k > 0 && c->tb - k < 3 && !toks[k - 1].cap && toks[k - 1].lower != "his"sv &&
           toks[k - 1].lower != "her"sv) {
      --k;
    }
    if (k == 0 || (toks[k - 1].lower != "his"sv && toks[k - 1].lower != "her"sv)) return;
    auto foreigner = [&](const Mention& m) {
      if (m.entity < 0 || m.modifier || doc_.entities[m.entity].out.type != "person"sv)
        return false;
      const std::string country = EntityCountry(doc_, m.entity);
      return !country.empty() && country != visited;
    };
    c->agent = -1;
    for (int mi : doc_.sentences[c->si].mentions) {
      if (foreigner(doc_.mentions[mi])) {
        c->agent = doc_.mentions[mi].entity;
        return;
      }
    }
    for (int k2 = c->si - 1; k2 >= 0 && k2 >= c->si - 3; --k2) {
      const auto& ms = doc_.sentences[k2].mentions;
      for (auto it = ms.rbegin(); it != ms.rend(); ++it) {
        if (foreigner(doc_.mentions[*it])) {
          c->agent = doc_.mentions[*it].entity;
          return;
        }
      }
    }
  }

  // What a visit goes to is not its guest: "it was not easy to find time to visit
  // Russia", "the visits of European leaders to Ukraine" (the guest was read as Russia and as
  // Ukraine, the clause's only actors). A country named before the trigger, by name or
  // pronoun, stays: "our visit to Vostochny Cosmodrome" is a visit at home.
  void DestinationNoGuest(EventCandidate* c) const {
    if (c->agent < 0) return;
    // The verb's object is what is visited, never who visits ("to visit Russia").
    const auto& toks = Toks(c->si);
    if ((c->frame & kVerb) && c->te < toks.size()) {
      const int mi = MentionAt(c->si, c->te);
      if (mi >= 0 && doc_.mentions[mi].entity == c->agent) {
        c->agent = -1;
        return;
      }
    }
    if (c->location < 0) return;
    const auto& guest = doc_.entities[c->agent].out;
    if (c->agent != c->location && (guest.type != "country"sv || guest.country.empty() ||
                                    guest.country != doc_.entities[c->location].out.country ||
                                    MentionedBetween(c->si, 0, c->tb, c->agent))) {
      return;
    }
    for (size_t k = 0; k < c->tb; ++k) {
      if (Pronoun(c->si, k) == c->agent) return;
    }
    c->agent = -1;
  }

  // A visit the speaker thanks someone for inviting them to is the speaker's: "Thank you, Mr
  // President, first of all, for the invitation to visit Moscow", "I would like to express my
  // gratitude to the President of the Russian Federation for his invitation to come to Moscow
  // on an official visit" (the guest was the inviter, the name nearest the trigger).
  void ThankedForInvitation(EventCandidate* c) const {
    const auto& toks = Toks(c->si);
    size_t inv = toks.size();
    for (size_t k = c->tb; k > 0 && c->tb - k < 10; --k) {
      if (toks[k - 1].lower == "invitation"sv) {
        inv = k - 1;
        break;
      }
      if (toks[k - 1].kind == TokenKind::kPunct) return;
    }
    if (inv == toks.size() || inv + 1 >= c->tb || toks[inv + 1].lower != "to"sv) return;
    bool thanks = false;
    for (size_t k = 0; k < inv; ++k) {
      const auto& w = toks[k].lower;
      thanks =
          thanks || w == "thank"sv || w == "thanks"sv || w == "gratitude"sv || w == "grateful"sv;
    }
    if (!thanks) return;
    // The speaker: a first-person pronoun before the invitation, else the line's label.
    int guest = -1;
    for (int mi : doc_.sentences[c->si].mentions) {
      const auto& m = doc_.mentions[mi];
      if (m.tb >= inv) break;
      if (m.kind == MentionKind::kPronoun && m.entity >= 0 &&
          (toks[m.tb].lower == "i"sv || toks[m.tb].lower == "my"sv)) {
        guest = m.entity;
      }
    }
    if (guest < 0) guest = doc_.sentences[c->si].speaker;
    if (guest < 0 || guest == c->agent) return;
    if (c->agent >= 0 &&
        std::find(c->others.begin(), c->others.end(), c->agent) == c->others.end()) {
      c->others.push_back(c->agent);  // the inviter is the host
    }
    c->agent = guest;
    c->others.erase(std::remove(c->others.begin(), c->others.end(), guest), c->others.end());
  }

  // Sympathy one is thanked for is the thanked party's: "I wish to thank all countries for
  // their expressions of condolence" is no condolence of the speaker's (the countries have no
  // code: no event), "We thank Russia for its condolences" is Russia's.
  void ThankedForSympathy(EventCandidate* c) const {
    const auto& toks = Toks(c->si);
    size_t thank = toks.size(), for_at = toks.size();
    for (size_t k = c->tb; k > 0 && c->tb - k < 12; --k) {
      const auto& w = toks[k - 1].lower;
      if (w == "for"sv && for_at == toks.size()) for_at = k - 1;
      if (w == "thank"sv || w == "thanked"sv || w == "thanks"sv || w == "thanking"sv ||
          w == "grateful"sv || w == "gratitude"sv) {
        thank = k - 1;
        break;
      }
      if (w == ";"sv || w == "."sv) return;
    }
    if (thank == toks.size() || for_at == toks.size() || for_at < thank) return;
    int thanked = -1;
    // (Or a pronoun: "I would like to thank you for your condolences".)
    for (size_t k = thank + 1; k < for_at && thanked < 0; ++k) {
      const int mi = MentionAt(c->si, k);
      if (mi >= 0 && doc_.mentions[mi].entity >= 0 && !doc_.mentions[mi].modifier &&
          doc_.mentions[mi].kind != MentionKind::kAdjective) {
        thanked = doc_.mentions[mi].entity;
      } else if (mi < 0) {
        thanked = Pronoun(c->si, k);
        // (Whose "you" is, the "your" before the sympathy says as well: keep its reading.)
        if (thanked < 0 && toks[k].lower == "you"sv) return;
      }
    }
    std::erase(c->others, thanked);
    c->agent = thanked;
  }

  // The sentence's subject: the first actor or pronoun among its first tokens (12, before
  // token tb), or -1. With `after_title`, only after nothing but the words of a title
  // ("President of Ukraine Volodymyr Zelenskyy said that ..."; 16 tokens).
  int SentenceSubject(int si, size_t tb, bool after_title = false) const {
    const auto& toks = Toks(si);
    for (size_t k = 0; k < tb && k < (after_title ? 16U : 12U); ++k) {
      const int mi = MentionAt(si, k);
      if (mi >= 0) {
        const auto& m = doc_.mentions[mi];
        // "Today in Kyiv I met ...": a place after a preposition is no subject.
        if (Actor(m.entity) && !m.modifier && !PlaceObject(si, m.tb)) return m.entity;
        k = m.te - 1;
        continue;
      }
      if (const int p = Pronoun(si, k); p >= 0) return p;
      const auto& w = toks[k].lower;
      if (after_title && !(toks[k].cap || w == "of"sv || w == "the"sv || w == "and"sv ||
                           w == "for"sv || w == "on"sv || w == "-"sv)) {
        return -1;
      }
    }
    return -1;
  }

  // The subject of an attending verb shortly before the gathering at tb ("X took part in the
  // ...", "X participated in", "X attended", "X addressed the participants of"), the verb's
  // last word within ten tokens of the noun; -1 otherwise.
  int Attendee(int si, size_t left, size_t tb, size_t* verb_at = nullptr) const {
    const auto& toks = Toks(si);
    // (And who opens, chairs or convenes it: "South Africa opened the first G20 leaders'
    // summit" is ZAF's summit with the G20, was the G20's with itself. Not "chairs", a
    // noun as often: "We applaud all the Chairs of the major United Nations conferences".)
    static const KeySet kAttend = {"attended", "attend",     "attends",    "attending", "addressed",
                                   "address",  "addresses",  "addressing", "opened",    "opens",
                                   "chaired",  "co-chaired", "convened",   "convenes",  "chairing"};
    static const KeySet kParticipate = {"participated", "participate", "participates",
                                        "participating"};
    static const KeySet kTake = {"took", "take", "takes", "taking"};
    for (size_t k = tb; k > left && tb - k < 10; --k) {
      const auto& w = toks[k - 1].lower;
      const bool attends = kAttend.Has(toks[k - 1]) ||
                           ((w == "in"sv) && k >= 2 &&
                            (kParticipate.Has(toks[k - 2]) ||
                             (toks[k - 2].lower == "part"sv && k >= 3 && kTake.Has(toks[k - 3]))));
      if (!attends) continue;
      const size_t verb = w == "in"sv ? k - 2 - (toks[k - 2].lower == "part"sv ? 1 : 0) : k - 1;
      if (verb_at != nullptr) *verb_at = verb;
      return SentenceSubject(si, verb);
    }
    return -1;
  }

  // Whether the gathering noun at tb is what the participants greeted before it take part in:
  // "greetings to the participants and guests of the ... conference", "a message of
  // greetings to the participants in the ... conference".
  bool Greeted(int si, size_t tb) const {
    static const KeySet kGreetings = {"greetings", "greeting", "message", "congratulations",
                                      "telegram"};
    const auto& toks = Toks(si);
    for (size_t k = tb; k > 0 && tb - k < 16; --k) {
      const auto& w = toks[k - 1].lower;
      if (w != "participants"sv && w != "guests"sv) continue;
      size_t j = k - 1;  // back over "the", "and", "participants and guests"
      while (j > 0 && (toks[j - 1].lower == "the"sv || toks[j - 1].lower == "and"sv ||
                       toks[j - 1].lower == "participants"sv)) {
        --j;
      }
      if (j == 0 || toks[j - 1].lower != "to"sv) return false;
      for (size_t g = j - 1; g > 0 && j - 1 - g < 4; --g) {
        if (kGreetings.Has(toks[g - 1])) return true;
      }
      return false;
    }
    return false;
  }

  // Whether a bare "meet" / "meeting" satisfies something rather than meets someone: "meet
  // the domestic demand", "meeting their contractual obligations", "meets all standards",
  // "meet the challenge". The object noun comes within four lower-case words.
  bool MeetsANeed(int si, const EventCandidate& c) const {
    static const KeySet kMeetWords = {"meet", "meets", "meeting", "met"};
    static const KeySet kNeeds = {
        "demand",     "demands",     "need",       "needs",       "requirement", "requirements",
        "target",     "targets",     "standard",   "standards",   "criteria",    "criterion",
        "deadline",   "deadlines",   "obligation", "obligations", "expectation", "expectations",
        "challenge",  "challenges",  "goal",       "goals",       "quota",       "quotas",
        "commitment", "commitments", "conditions", "costs"};
    const auto& toks = Toks(si);
    if (c.te != c.tb + 1 || !kMeetWords.Has(toks[c.tb])) return false;
    for (size_t k = c.te; k < toks.size() && k < c.te + 5; ++k) {
      if (kNeeds.Has(toks[k])) return true;
      // A name that is a need, or one right before a need: "to meet the Sustainable
      // Development Goals", "Denmark has met the United Nations target".
      if (const int mi = MentionAt(si, k); mi >= 0) {
        const size_t te = doc_.mentions[mi].te;
        return kNeeds.Has(toks[te - 1]) || (te < toks.size() && kNeeds.Has(toks[te]));
      }
      if (toks[k].kind != TokenKind::kWord) return false;
      if (toks[k].cap && k > c.te) {
        // (Or written as one: capitalised words up to a need.)
        size_t r = k;
        while (r < toks.size() && toks[r].cap && toks[r].kind == TokenKind::kWord) ++r;
        return kNeeds.Has(toks[r - 1]);
      }
    }
    return false;
  }

  // The first token of sentence si that names entity, or the sentence's length.
  size_t FirstMentionIn(int si, int entity) const {
    for (int mi : doc_.sentences[si].mentions) {
      if (doc_.mentions[mi].entity == entity) return doc_.mentions[mi].tb;
    }
    return Toks(si).size();
  }

  // Whether sentence si names `entity` in toks[b, e).
  bool MentionedBetween(int si, size_t b, size_t e, int entity) const {
    for (size_t k = b; k < e && k < Toks(si).size(); ++k) {
      const int mi = MentionAt(si, k);
      if (mi >= 0 && doc_.mentions[mi].entity == entity) return true;
    }
    return false;
  }

  // The organisation named right before a gathering noun at toks[tb], its convener: "the NATO
  // Summit", "the 14th BRICS Summit", "a CSTO meeting"; -1 when none.
  int Convener(int si, size_t tb) const {
    if (tb == 0) return -1;
    const int mi = MentionAt(si, tb - 1);
    if (mi < 0) return -1;
    const int e = doc_.mentions[mi].entity;
    return e >= 0 && doc_.entities[e].out.type == "organization"sv ? e : -1;
  }

  // Whether a nominal trigger is a gerund taking a direct object, as its verb does: "I look
  // forward to meeting your President", "after meeting Erdogan" (not "the meeting").
  bool Gerund(const EventCandidate& c) const {
    const auto& toks = Toks(c.si);
    static const KeySet kBefore = {"to", "after", "before", "for",  "of",
                                   "by", "about", "while",  "when", "on"};
    // (Or right after a person, its subject in a clause of its own: "with Foreign Minister
    // Penny Wong meeting her Chinese counterpart Wang Yi".)
    const auto person_before = [&] {
      const int mi = MentionAt(c.si, c.tb - 1);
      return mi >= 0 && doc_.mentions[mi].entity >= 0 &&
             doc_.entities[doc_.mentions[mi].entity].out.type == "person"sv;
    };
    return (c.frame & kNoun) && c.te == c.tb + 1 && c.tb > 0 &&
           toks[c.tb].lower.ends_with("ing"sv) && (kBefore.Has(toks[c.tb - 1]) || person_before());
  }

  // Whether the comma at toks[k] follows an office title and leads to its holder: "your
  // President, Mr. Alar Karis", "the Prime Minister, Mr Modi".
  bool TitleHolderAfter(int si, size_t k) const {
    const auto& toks = Toks(si);
    static const KeySet kTitles = {"president", "minister", "chancellor", "premier", "secretary"};
    static const KeySet kHonorifics = {"mr", "mrs", "ms", "mr.", "mrs.", "ms.", "madam", "mister"};
    if (k == 0 || k + 1 >= toks.size() || !toks[k - 1].cap || !kTitles.Has(toks[k - 1])) {
      return false;
    }
    size_t n = k + 1;
    if (kHonorifics.Has(toks[n])) {
      ++n;
      if (n < toks.size() && toks[n].lower == "."sv) ++n;
    }
    const int mi = n < toks.size() ? MentionAt(si, n) : -1;
    return mi >= 0 && doc_.mentions[mi].entity >= 0 &&
           doc_.entities[doc_.mentions[mi].entity].out.type == "person"sv;
  }

  // The party a gathering ending at toks[te) is "organized by" ("hosted", "convened",
  // "initiated"): "the summit organized by Great Britain"; -1 when none.
  int OrganizerAfter(int si, size_t te) const {
    const auto ents = OrganizersAfter(si, te);
    return ents.empty() ? -1 : ents[0];
  }

  // All the parties a gathering ending at toks[te) is organised, hosted or chaired by, past
  // its topic ("a summit on Gaza co-chaired by Trump and Egyptian President Abdel Fattah
  // al-Sisi"); empty when none.
  std::vector<int> OrganizersAfter(int si, size_t te) const {
    const auto& toks = Toks(si);
    static const KeySet kOrganized = {"organized", "organised", "hosted",     "convened",
                                      "initiated", "chaired",   "co-chaired", "co-hosted",
                                      "cohosted",  "cochaired"};
    // (Past a topic of one name: "on Gaza", "on Ukraine".)
    if (te + 1 < toks.size() && toks[te].lower == "on"sv) {
      const int mi = MentionAt(si, te + 1);
      if (mi >= 0) {
        te = doc_.mentions[mi].te;
      } else if (toks[te + 1].cap) {
        te += 2;
      }
    }
    // ("co-chaired" as three tokens.)
    if (te + 2 < toks.size() && toks[te].lower == "co"sv && toks[te + 1].lower == "-"sv) te += 2;
    if (te + 2 >= toks.size() || !kOrganized.Has(toks[te]) || toks[te + 1].lower != "by"sv) {
      return {};
    }
    return NounPhrase(si, te + 2, std::min(toks.size(), te + 16));
  }

  // Whether the noun at toks[tb] opens with a determiner that refers back: "the", "this",
  // "that", "these", "such", "our", "your", "today's", "yesterday's" (adjectives between:
  // "today's expanded meeting").
  bool RefersBack(int si, size_t tb) const {
    const auto& toks = Toks(si);
    static const KeySet kBack = {"the", "this", "that", "these", "those", "such", "our", "your"};
    for (size_t k = tb, steps = 0; k > 0 && steps < 3; --k, ++steps) {
      const Token& t = toks[k - 1];
      if (kBack.Has(t)) return true;
      if (t.possessive) {  // "today's", "yesterday's"
        return k >= 2 && (toks[k - 2].lower == "today"sv || toks[k - 2].lower == "yesterday"sv);
      }
      if (t.cap || t.kind != TokenKind::kWord) return false;
    }
    return false;
  }

  // Whether the mention starting at toks[b] follows "<Title> to (the)": "Adviser to the
  // Federal Chancellor", "Envoy to the President".
  bool ServedByTitle(int si, size_t b) const {
    const auto& toks = Toks(si);
    if (b > 0 && toks[b - 1].lower == "the"sv) --b;
    return b >= 3 && toks[b - 1].lower == "to"sv && toks[b - 2].cap &&
           toks[b - 2].kind == TokenKind::kWord && toks[b - 2].lower != "according"sv &&
           MentionAt(si, b - 2) < 0;
  }

  // Entities of the noun phrase(s) starting at token k: heads only, through "and"/",".
  // Whether the comma at toks[k] goes on to the next items of a list of names closed by
  // "and": ", Azerbaijan and Armenia", ", Uzbekistan, and Tajikistan". Pronouns are no items.
  bool ListGoesOn(int si, size_t k) const {
    const auto& toks = Toks(si);
    for (int items = 0; k < toks.size() && items < 8; ++items) {
      // toks[k] is the comma or "and" before the next item.
      const bool last = toks[k].lower == "and"sv;
      ++k;
      if (!last && k < toks.size() && toks[k].lower == "and"sv) {
        ++k;  // the serial comma: ", and Tajikistan"
        if (k < toks.size() && toks[k].lower == "the"sv) ++k;
        const int mi = k < toks.size() ? MentionAt(si, k) : -1;
        return mi >= 0 && doc_.mentions[mi].kind != MentionKind::kPronoun;
      }
      if (k < toks.size() && toks[k].lower == "the"sv) ++k;
      const int mi = k < toks.size() ? MentionAt(si, k) : -1;
      if (mi < 0 || doc_.mentions[mi].kind == MentionKind::kPronoun) return false;
      if (last) return true;
      k = doc_.mentions[mi].te;
      if (k >= toks.size() || (toks[k].lower != ","sv && toks[k].lower != "and"sv)) return false;
    }
    return false;
  }

  // Whether toks[k], a lower-case word inside a list of parties after its "and", opens or
  // continues the title of the person the next conjunct names: "hosted Russian President
  // Vladimir Putin and North Korean leader Kim Jong Un", "and North Korea's Kim Jong Un"
  // (Kim was no party of either). Only title words (or a possessive) up to the person's
  // mention, and an "and" before them with nothing but capitalised words, "the" and
  // adjectives between.
  bool TitleOfListedPerson(int si, size_t k) const {
    const auto& toks = Toks(si);
    const bool possessive = toks[k].lower == "'s"sv && k > 0 && MentionAt(si, k - 1) >= 0;
    if (!possessive && !kTitleWords.Has(toks[k])) return false;
    bool after_and = false;
    for (size_t j = k; j > 0 && k - j < 5 && !after_and;) {
      const auto& p = toks[--j];
      after_and = p.lower == "and"sv;
      if (!after_and && !p.cap && p.lower != "the"sv && p.lower != "'s"sv && !kTitleWords.Has(p)) {
        return false;
      }
    }
    if (!after_and) return false;
    for (size_t j = k + 1; j < toks.size() && j < k + 4; ++j) {
      const int mi = MentionAt(si, j);
      if (mi >= 0) {
        const int e = doc_.mentions[mi].entity;
        return e >= 0 && doc_.entities[e].out.type == "person"sv;
      }
      if (!toks[j].cap && !kTitleWords.Has(toks[j])) return false;
    }
    return false;
  }

  std::vector<int> NounPhrase(int si, size_t k, size_t limit) const {
    std::vector<int> out;
    const auto& toks = Toks(si);
    size_t gap = 0;
    bool first_placed = false;  // the first party is a place preposition's object ("in X")
    const size_t end = std::min(limit, k + 24);
    while (k < toks.size() && k < end && gap < 8) {
      const int mi = MentionAt(si, k);
      if (mi < 0) {
        const auto& w = toks[k].lower;
        // A parenthesis before the party is inside its title: "with Director General of the
        // Znaniye (Knowledge) Society Maxim Dreval".
        if (w == "("sv && out.empty()) {
          size_t close = k + 1;
          while (close < toks.size() && close - k < 6 && toks[close].lower != ")"sv) ++close;
          if (close < toks.size() && toks[close].lower == ")"sv) {
            k = close + 1;
            continue;
          }
        }
        // A comma after a party goes on only into a list that ends in "and": "the leaders of
        // Russia, Azerbaijan and Armenia" (not "with the Prime Minister, I contacted").
        if (w == ","sv && !out.empty() && gap == 0 && !first_placed && ListGoesOn(si, k)) {
          ++k;
          continue;
        }
        if (w == ";"sv || w == ":"sv || w == "\""sv || w == "("sv || (w == ","sv && !out.empty()) ||
            w == "that"sv || w == "who"sv || w == "which"sv) {
          break;
        }
        // "an embargo on Russian oil, said Ihor Zhovkva": the speaker after the clause is no
        // part of its noun phrase.
        static const KeySet kSaid = {
            "said",       "says",       "stated",    "noted",    "added",    "stressed",
            "emphasized", "emphasised", "explained", "told",     "wrote",    "announced",
            "declared",   "recalled",   "according", "believes", "continued"};
        if (kSaid.Has(toks[k])) break;
        // (Nor the speaker before one: "the largest attack of the war, Russian officials said"
        // made the officials the attack's target.)
        if (w == ","sv) {
          bool said = false;
          for (size_t j = k + 1; j < toks.size() && j < k + 6 && !said; ++j) {
            said = kSaid.Has(toks[j]);
          }
          if (said) break;
        }
        // "clashed with police after the government suspended EU accession talks": a clause
        // of its own begins; its names are no part of the phrase.
        // (And a concession: "during his visit on Tuesday despite an International Criminal
        // Court warrant" was a visit to the court.)
        static const KeySet kClause = {"after",   "before",  "because",  "while",          "when",
                                       "since",   "until",   "although", "though",         "unless",
                                       "whereas", "despite", "amid",     "notwithstanding"};
        if (out.empty() && kClause.Has(toks[k])) break;
        // "President of the Kyrgyz Republic Sadyr Japarov": "of" inside a title phrase.
        const bool title_of = w == "of"sv && k > 0 && toks[k - 1].cap && k + 1 < toks.size() &&
                              (toks[k + 1].cap || toks[k + 1].lower == "the"sv);
        // "talks between the Russian delegation and representatives of the Kiev authorities",
        // "... and representatives from Ukraine": the second party is named through its envoys.
        static const KeySet kEnvoys = {"representatives", "members", "heads",
                                       "leaders",         "envoys",  "delegations"};
        if (!out.empty() && k > 0 && toks[k - 1].lower == "and"sv && kEnvoys.Has(toks[k]) &&
            k + 1 < toks.size() && (toks[k + 1].lower == "of"sv || toks[k + 1].lower == "from"sv)) {
          k += 2;
          continue;
        }
        // "signed by Vietnamese Foreign Minister Bui Thanh Son and his Philippine counterpart
        // Enrique Manalo": the counterpart is the next party (the country adjective only
        // says whose).
        if (!out.empty() && k > 0 && toks[k - 1].lower == "and"sv &&
            (w == "his"sv || w == "her"sv || w == "their"sv)) {
          size_t c = k + 1;
          while (c < toks.size() && c < k + 4 && toks[c].lower != "counterpart"sv &&
                 toks[c].lower != "counterparts"sv) {
            ++c;
          }
          if (c + 1 < toks.size() && c < k + 4 && MentionAt(si, c + 1) >= 0) {
            k = c + 1;
            continue;
          }
        }
        if (!out.empty() && w != "and"sv && w != ","sv && w != "the"sv && w != "president"sv &&
            w != "presidents"sv && !toks[k].cap && !title_of && !TitleOfListedPerson(si, k)) {
          break;
        }
        ++k;
        // The words of a title do not count: "with Chairman of the Committee on Foreign
        // Affairs of the Parliament of the Republic of Estonia Marko Mikhelson".
        if (!(toks[k - 1].cap || title_of || w == "the"sv || w == "on"sv)) ++gap;
        continue;
      }
      const auto& m = doc_.mentions[mi];
      k = m.te;
      if (m.modifier || !Actor(m.entity)) continue;
      // "with Chief Advisor to the President of Turkey, Ambassador Ibrahim Kalin": the office
      // a title serves is no party; its holder may follow.
      if (out.empty() && ServedByTitle(si, m.tb)) continue;
      // "with ... in the Kremlin": a seat of government after "in" is where, not who.
      if (doc_.entities[m.entity].out.type == "location"sv && PlaceObject(si, m.tb)) continue;
      if (out.empty()) first_placed = PlaceObject(si, m.tb);
      if (std::find(out.begin(), out.end(), m.entity) == out.end()) out.push_back(m.entity);
      gap = 0;
      // "between the Ministry of Health of Ukraine and Philips": the country an organisation
      // is "of" is part of its name, and the list goes on after it.
      if (doc_.entities[m.entity].out.type == "organization"sv && k + 2 < toks.size() &&
          toks[k].lower == "of"sv) {
        const int of = MentionAt(si, k + 1);
        if (of >= 0 && doc_.mentions[of].entity >= 0 &&
            doc_.entities[doc_.mentions[of].entity].out.type == "country"sv) {
          const size_t after = doc_.mentions[of].te;
          if (after < toks.size() && (toks[after].lower == "and"sv || toks[after].lower == ","sv)) {
            k = after;
          }
        }
      }
      if (k < toks.size() && (toks[k].lower == "and"sv || toks[k].lower == ","sv)) continue;
      break;
    }
    return out;
  }

  // Whether an arrival or a flight is of a crowd or of goods, not a visit: "Today 156 people
  // arrived in Zaporizhzhia", "Almost 4,000 Mariupol residents arrived", "25 planes with the
  // aid of partners arrived in Ukraine", "Ukrainian immigrants who arrived in the European
  // Union", "Stingers from Latvia arrived in Ukraine", "the missile flew to Japan"; a flight
  // is a trip only to somewhere ("the missile flew 800 km" names none).
  bool CrowdOrGoodsArrive(const EventCandidate& c, size_t left) const {
    const auto& toks = Toks(c.si);
    const bool flew =
        c.te == c.tb + 1 && (toks[c.tb].lower == "flew"sv || toks[c.tb].lower == "flies"sv ||
                             toks[c.tb].lower == "flying"sv);
    if (flew) {
      static const KeySet kWhither = {"to", "into", "in",  "from",   "back",  "home",
                                      "on", "for",  "out", "abroad", "there", "here"};
      if (c.te >= toks.size() || !kWhither.Has(toks[c.te])) return true;
    }
    if (!flew && !toks[c.tb].lower.starts_with("arriv"sv)) return false;
    static const KeySet kCrowd = {"people",   "residents", "refugees", "immigrants",  "migrants",
                                  "evacuees", "citizens",  "children", "civilians",   "passengers",
                                  "planes",   "aircraft",  "trains",   "trucks",      "lorries",
                                  "cargo",    "cargoes",   "ships",    "vessels",     "shipments",
                                  "tons",     "tonnes",    "wagons",   "containers",  "persons",
                                  "families", "wounded",   "shipment", "consignment", "batch",
                                  "weapons",  "arms",      "stingers", "javelins",    "missiles",
                                  "tanks",    "howitzers", "shells",   "ammunition",  "equipment",
                                  "missile",  "rocket",    "rockets",  "drone",       "drones"};
    // The subject of a relative clause is its antecedent ("immigrants who arrived").
    size_t from = left;
    if (from > 0 && (toks[from - 1].lower == "who"sv || toks[from - 1].lower == "that"sv)) {
      from = from >= 4 ? from - 4 : 0;
    } else if (from < c.tb && (toks[from].lower == "who"sv || toks[from].lower == "that"sv)) {
      from = from >= 3 ? from - 3 : 0;
    }
    // A quoted name of the goods before the clause: '"Stingers" from Latvia arrived'.
    if (from >= 2 && toks[from - 1].lower == "\""sv) {
      for (size_t q = from - 1; q > 0 && from - q < 5;) {
        if (toks[--q].lower == "\""sv) {
          from = q;
          break;
        }
      }
    }
    for (size_t k = c.tb; k > from && c.tb - k <= 8; --k) {
      const Token& t = toks[k - 1];
      if (t.kind == TokenKind::kNumber || kCrowd.Has(t)) return true;
      if (t.lower == "\""sv) continue;
      if (t.kind == TokenKind::kPunct) break;
    }
    return false;
  }

  // The parties a passive signing's subject names with "between" ("A Memorandum of
  // Understanding between the Ministry of Digital Transformation of Ukraine and Apple was
  // signed"), or none: only for a signing (057) in the passive with no "by" phrase after it,
  // whose signers are then no better known than the document's parties. The subject may hold
  // commas of its own, so the search runs back past the clause's left bound to the sentence's
  // start or a clause word.
  std::vector<int> PassiveSubjectPair(const EventCandidate& c) const {
    const auto& toks = Toks(c.si);
    if (c.cameo != "057"sv || c.tb < 2 ||
        (toks[c.tb - 1].lower != "was"sv && toks[c.tb - 1].lower != "were"sv &&
         toks[c.tb - 1].lower != "been"sv) ||
        (c.te < toks.size() && toks[c.te].lower == "by"sv)) {
      return {};
    }
    for (size_t k = c.tb - 1; k > 0 && c.tb - k < 32;) {
      const std::string_view w = toks[--k].lower;
      if (w == "between"sv) return NounPhrase(c.si, k + 1, c.tb - 1);
      if (w == ";"sv || w == ":"sv || w == "\""sv || w == "that"sv || w == "which"sv) break;
    }
    return {};
  }

  // Whether an agreement trigger names no agreement between parties: signing a domestic act
  // ("signed decrees on awarding", "the Executive Order was signed"; CAMEO 057 is a formal
  // agreement), or a named document referred to ("the Minsk agreements", "the Common Aviation
  // Area Agreement") in a clause that signs nothing.
  bool NotAnAgreement(const EventCandidate& c, size_t left, size_t right) const {
    const auto& toks = Toks(c.si);
    static constexpr std::string_view kActs[] = {
        "decree", "decrees",    "order",       "orders", "law",         "laws",        "bill",
        "bills",  "resolution", "resolutions", "ukase",  "instruction", "instructions"};
    static constexpr std::string_view kDocuments[] = {"agreement", "agreements", "accord",
                                                      "accords",   "memorandum", "treaty"};
    auto is = [&](size_t k, const auto& words) {
      return std::find(std::begin(words), std::end(words), toks[k].lower) != std::end(words);
    };
    if (c.cameo == "057"sv) {
      for (size_t k = c.te; k < toks.size() && k < c.te + 5; ++k) {
        if (is(k, kDocuments)) return false;
        if (is(k, kActs)) return true;
      }
      const bool passive =
          c.tb > 0 && (toks[c.tb - 1].lower == "was"sv || toks[c.tb - 1].lower == "were"sv ||
                       toks[c.tb - 1].lower == "been"sv);
      for (size_t k = c.tb; passive && k > left && k + 8 > c.tb;) {
        if (is(--k, kActs)) return true;
      }
      return false;
    }
    // An agreement brokered or mediated is the mediator's act, the mediation codes it: "after
    // the United States and France brokered an agreement" was a US-French agreement ("which
    // helped broker the deal" too).
    for (size_t k = c.tb, n = 0; k > 0 && n < 3 && (c.frame & kNoun); ++n) {
      const auto& w = toks[--k].lower;
      if (w == "brokered"sv || w == "mediated"sv || w == "brokering"sv || w == "mediating"sv ||
          w == "broker"sv || w == "mediate"sv) {
        return true;
      }
      if (w != "a"sv && w != "an"sv && w != "the"sv && w != "new"sv) break;
    }
    if (c.tb == 0 || !is(c.te - 1, kDocuments)) return false;
    static constexpr std::string_view kSigning[] = {"sign",    "signs",     "signed",
                                                    "signing", "concluded", "ratified"};
    for (size_t k = left; k < right && k < toks.size(); ++k) {
      if (is(k, kSigning)) return false;
    }
    if (toks[c.te - 1].cap) return true;  // a title: "Minsk Agreements", "Paris Agreement"
    const int mi = MentionAt(c.si, c.tb - 1);
    if (mi < 0 || doc_.mentions[mi].entity < 0) return false;
    return doc_.entities[doc_.mentions[mi].entity].out.type == "location"sv;
  }

  // The agent of a passive verb is its "by" phrase, and the subject the clause reading took
  // for the agent is the target: "Kyiv was attacked by Russia" (RUS -> Kyiv), "Russia was
  // condemned by the European Union" (IGOEUREEC -> RUS), "The delegation was received by
  // Pope Francis". Aid has its own giver rule (GiverAfter).
  void PassiveAgent(EventCandidate* c) const {
    if (c->type == "statement"sv || c->type == "aid"sv) return;
    const auto& toks = Toks(c->si);
    const std::string_view last = toks[c->te - 1].lower;
    // "genocide by the Kiev regime", "a visit by the Prime Minister": a noun's "by" phrase
    // is its agent, as a passive's is (a participle's is read below). kClose nouns took theirs
    // already (ByAgent).
    // Only a party right after "by" (past an article): "stop these atrocities by influencing
    // the Kiev government" says how, not who.
    if ((c->frame & kNoun) && !(c->frame & kClose) && !last.ends_with("ed"sv) &&
        c->te + 1 < toks.size() && toks[c->te].lower == "by"sv) {
      // (Past an article: "the first visit by a Chinese leader since 2019".)
      const std::string_view article = toks[c->te + 1].lower;
      size_t j = c->te + (article == "the"sv || article == "a"sv || article == "an"sv ? 2 : 1);
      // (Past a title: "a visit by Prime Minister Mikhail Mishustin".)
      while (j < toks.size() && j < c->te + 5 && MentionAt(c->si, j) < 0 && toks[j].cap &&
             toks[j].kind == TokenKind::kWord) {
        ++j;
      }
      if (j >= toks.size() || MentionAt(c->si, j) < 0) return;
      const auto by = NounPhrase(c->si, j, std::min(toks.size(), c->te + 8));
      // (A visit's guest is its "by" party, and the clause's subject is no host of it: "Russia
      // and Vietnam signed agreements during a visit by Prime Minister Mikhail Mishustin to
      // Hanoi" was a visit of Russia's and Vietnam's to Mishustin.)
      if (!by.empty() && by[0] != c->agent && c->type == "visit"sv) {
        c->agent = by[0];
        std::erase(c->others, by[0]);
        return;
      }
      if (!by.empty() && by[0] != c->agent) TakeAgent(c, by[0]);
      return;
    }
    if (!(c->frame & kVerb)) return;
    if ((last.size() < 4 || last.substr(last.size() - 2) != "ed"sv) && last != "shot"sv) return;
    size_t b = c->tb;  // back over adverbs: "was strongly condemned"
    while (b > 0 && c->tb - b < 2 && LyAdverb(toks[b - 1], 3)) {
      --b;
    }
    if (b == 0) return;
    const std::string_view aux = toks[b - 1].lower;
    // A directed act done to someone, not a mutual one: "were detained", "was condemned",
    // not "were signed" or "was agreed".
    // Forces deployed or mobilised stay their owner's: "US systems are being deployed".
    const bool directed = (c->frame & kTarget) && !IsConsultation(c->type) &&
                          c->type != "agreement"sv && c->type != "mobilization"sv;
    // "the number of Ukrainian civilians killed", "servicemen wounded in the shelling": a
    // participle right after its noun, with no object, is a reduced passive.
    // ("three Chinese companies accused of supplying drone components to Russia": accused,
    // not accusing.)
    const bool accused_of = (last == "accused"sv || last == "suspected"sv) && c->te < toks.size() &&
                            toks[c->te].lower == "of"sv;
    const bool reduced =
        directed && c->agent >= 0 && MentionAt(c->si, b - 1) >= 0 &&
        doc_.mentions[MentionAt(c->si, b - 1)].entity == c->agent &&
        (accused_of || ((last == "killed"sv || last == "wounded"sv || last == "injured"sv ||
                         last == "arrested"sv || last == "detained"sv || last == "abducted"sv ||
                         last == "kidnapped"sv || last == "murdered"sv || last == "executed"sv ||
                         last == "tortured"sv || last == "deported"sv) &&
                        (c->te >= toks.size() || toks[c->te].kind == TokenKind::kPunct ||
                         toks[c->te].lower == "in"sv || toks[c->te].lower == "on"sv ||
                         (toks[c->te].lower == "at"sv &&
                          !(c->te + 1 < toks.size() && (toks[c->te + 1].lower == "least"sv ||
                                                        toks[c->te + 1].lower == "most"sv))) ||
                         toks[c->te].lower == "during"sv || toks[c->te].lower == "since"sv ||
                         toks[c->te].lower == "by"sv || toks[c->te].lower == "near"sv ||
                         toks[c->te].lower == "as"sv)));
    // "Ukrainian cities destroyed by the Russian army": a participle right before "by" is a
    // passive whatever comes before it.
    const bool by_next = c->te < toks.size() && toks[c->te].lower == "by"sv;
    // "three Serb gunmen killed in the clash": such a participle after a common plural noun
    // is a reduced passive of nobody named (was the clause subject's killing).
    const bool after_noun = directed && !reduced && !by_next && MentionAt(c->si, b - 1) < 0 &&
                            toks[b - 1].kind == TokenKind::kWord && !toks[b - 1].cap &&
                            aux.size() > 2 && !NotANoun().Has(toks[b - 1]) &&
                            (last == "killed"sv || last == "wounded"sv || last == "injured"sv ||
                             last == "arrested"sv || last == "detained"sv) &&
                            c->te < toks.size() &&
                            (toks[c->te].lower == "in"sv || toks[c->te].lower == "on"sv ||
                             toks[c->te].lower == "during"sv || toks[c->te].lower == "near"sv);
    if (after_noun) {
      c->agent = -1;
      if (c->cameo.starts_with("19"sv)) {
        if (const int owner = AttackInOwner(*c); owner >= 0) {
          std::erase(c->others, owner);
          c->agent = owner;
        }
      }
      return;
    }
    // ("designated Gershkovich as wrongfully detained", "Bazoum remains detained": a state
    // named by "as" or "remains" is a passive's too.)
    if (!reduced && !by_next && aux != "was"sv && aux != "were"sv && aux != "been"sv &&
        aux != "being"sv && aux != "is"sv && aux != "are"sv && aux != "as"sv &&
        aux != "remains"sv && aux != "remain"sv && aux != "remained"sv) {
      return;
    }
    // (An agreement's signatories may each carry a long title: "was signed by Minister of
    // Defense of Ukraine Oleksiy Reznikov and Minister of Industry and Technology of the
    // Republic of Turkey Mustafa Varank". Not a gathering's: "a side event to be hosted by the
    // Foreign Ministers of France and Germany" has two hosts, no guest.)
    const bool mutual = c->type == "agreement"sv;
    for (size_t j = c->te; j + 1 < toks.size() && j < c->te + 3; ++j) {
      if (toks[j].lower != "by"sv) continue;
      const auto by = NounPhrase(c->si, j + 1, std::min(toks.size(), j + (mutual ? 24 : 8)));
      if (by.empty()) {
        // "the illegal armed groups supported by it": an agent this reading cannot resolve;
        // "destroyed by shelling": who did it is unsaid.
        if (Pronoun(c->si, j + 1) >= 0) return;
        break;
      }
      if (by[0] != c->agent) TakeAgent(c, by[0]);
      // "The deal was brokered by Qatar and Egypt", "condemned by France and Germany": all of
      // the "by" phrase act (not a mutual act's, whose parties they all are already).
      if (directed || c->cameo == "045"sv) {
        for (size_t n = 1; n < by.size(); ++n) {
          c->others.erase(std::remove(c->others.begin(), c->others.end(), by[n]), c->others.end());
          if (by[n] != c->agent) c->by_conjuncts.push_back(by[n]);
        }
      } else if (mutual) {
        // The other signatories are the agreement's other side (the subject named no one of
        // theirs: the signing was UKRGOV's with nobody).
        for (size_t n = 1; n < by.size(); ++n) {
          if (by[n] != c->agent &&
              std::find(c->others.begin(), c->others.end(), by[n]) == c->others.end()) {
            c->others.push_back(by[n]);
          }
        }
      }
      return;
    }
    // No "by": the subject is what the act was done to, and who did it is unsaid
    // ("Two Ukrainian journalists were detained" is no act of the journalists).
    if (directed && c->agent >= 0) {
      std::vector<int> others = {c->agent};
      for (int e : c->others) {
        if (std::find(others.begin(), others.end(), e) == others.end()) others.push_back(e);
      }
      c->agent = -1;
      c->others = std::move(others);
    }
    // Unless the attack it happened in names its owner: "Nasrallah had been killed in an
    // Israeli air strike" (was a killing by nobody beside a strike on nobody).
    if (directed && c->agent < 0 && c->cameo.starts_with("19"sv)) {
      if (const int owner = AttackInOwner(*c); owner >= 0) {
        std::erase(c->others, owner);
        c->agent = owner;
      }
    }
  }

  // Words before a participle that are no noun it follows: auxiliaries, relatives, adverbs of
  // report (PassiveAgent's reduced passive after a noun).
  static const KeySet& NotANoun() {
    static const KeySet kWords = {"was",       "were",     "been", "being", "is",    "are",
                                  "be",        "has",      "have", "had",   "who",   "that",
                                  "which",     "and",      "also", "not",   "never", "remains",
                                  "remain",    "remained", "as",   "get",   "got",   "reportedly",
                                  "allegedly", "already",  "just", "then",  "later", "recently"};
    return kWords;
  }

  // The owner of the attack a participle happened in, right after it: "killed in an Israeli
  // air strike", "wounded in a Russian missile attack on Kharkiv" (Israel, Russia); -1 when
  // there is none or none is named.
  int AttackInOwner(const EventCandidate& c) const {
    const auto& toks = Toks(c.si);
    if (c.te + 2 >= toks.size() || toks[c.te].lower != "in"sv) return -1;
    static const KeySet kAttacks = {"strike",      "strikes", "airstrike", "airstrikes", "attack",
                                    "attacks",     "raid",    "raids",     "bombing",    "shelling",
                                    "bombardment", "assault", "offensive", "ambush"};
    for (size_t k = c.te + 1; k < toks.size() && k < c.te + 6; ++k) {
      if (kAttacks.Has(toks[k])) return CloseOwner(c.si, k);
      if (toks[k].kind != TokenKind::kWord) return -1;
    }
    return -1;
  }

  // Whether c is a participle that describes the thing before it, done by no party the text
  // names: "won a fourth term in an election boycotted by the main opposition party", "a $50
  // billion loan backed by profits from frozen Russian assets" (was the clause subject's
  // boycott, and support of Ukraine). Not an attack's ("civilians killed by shelling" were
  // attacked all the same), an agreement's or a meeting's ("the documents signed by
  // respective agencies of the two countries" were signed).
  bool DescribesAThing(const EventCandidate& c) const {
    const auto& toks = Toks(c.si);
    if (!(c.frame & kVerb) || c.te != c.tb + 1 || c.tb == 0 || c.te + 1 >= toks.size() ||
        toks[c.te].lower != "by"sv || !toks[c.tb].lower.ends_with("ed"sv) ||
        c.cameo.starts_with("18"sv) || c.cameo.starts_with("19"sv) || c.cameo.starts_with("20"sv) ||
        c.type == "agreement"sv || IsConsultation(c.type)) {
      return false;
    }
    const Token& noun = toks[c.tb - 1];
    // (Nor a verb, an adverb or a degree word before a participle of state: "I am threatened
    // by", "we are very concerned by", "those most threatened by".)
    static const KeySet kNotNouns = {
        "was",     "were",   "is",      "are",   "been",    "being",  "be",    "am",   "has",
        "have",    "had",    "and",     "or",    "not",     "also",   "very",  "so",   "too",
        "more",    "most",   "much",    "still", "already", "deeply", "feel",  "felt", "become",
        "became",  "remain", "remains", "get",   "got",     "seem",   "seems", "all",  "both",
        "further", "less",   "least",   "'m",    "'re",     "'s"};
    if (noun.kind != TokenKind::kWord || noun.cap || MentionAt(c.si, c.tb - 1) >= 0 ||
        Pronoun(c.si, c.tb - 1) >= 0 || kNotNouns.Has(noun) || LyAdverb(noun)) {
      return false;
    }
    const size_t j = c.te + 1;
    return NounPhrase(c.si, j, std::min(toks.size(), j + 7)).empty() && Pronoun(c.si, j) < 0;
  }

  // Makes `agent` c's agent; the agent read before becomes the first other party (the
  // subject of a passive is what the act was done to).
  static void TakeAgent(EventCandidate* c, int agent) {
    std::vector<int> others;
    if (c->agent >= 0) others.push_back(c->agent);
    for (int e : c->others) {
      if (e != agent && std::find(others.begin(), others.end(), e) == others.end()) {
        others.push_back(e);
      }
    }
    c->agent = agent;
    c->others = std::move(others);
  }

  // Whether an "ask" or a "want" is no request: "asked about the needs of the
  // institution", "asked a good question", "When asked why he refused". A request asks
  // someone to do something or for something ("asked Putin to promote him", "asked me for a
  // separate meeting", "asked that ...").
  bool AsksAQuestion(const EventCandidate& c) const {
    const auto& first = c.trig->tokens.front();
    const auto& toks = Toks(c.si);
    if (first == "wants"sv) {
      // "Sharon wants Germany to pay more compensation" asks Germany; "Russia wants to
      // destroy every city" asks nobody.
      if (c.te >= toks.size() || MentionAt(c.si, c.te) < 0) return true;
      const size_t after = doc_.mentions[MentionAt(c.si, c.te)].te;
      return after >= toks.size() || toks[after].lower != "to"sv;
    }
    if (first != "ask"sv && first != "asks"sv && first != "asked"sv && first != "asking"sv) {
      return false;
    }
    if (c.tb > 0 && (toks[c.tb - 1].lower == "when"sv || toks[c.tb - 1].lower == "if"sv)) {
      return true;
    }
    // The clause's commas do not end the search: "asking the Government, the Bank of Russia,
    // and the regional governments, to consider this".
    for (size_t k = c.te; k < toks.size() && k < c.te + 16; ++k) {
      const auto& w = toks[k].lower;
      if (w == ";"sv || w == ":"sv) break;
      if (w == "to"sv || w == "for"sv || w == "that"sv) return false;
      if (w == "about"sv || w == "why"sv || w == "whether"sv || w == "what"sv || w == "how"sv ||
          w == "question"sv || w == "questions"sv || w == "if"sv) {
        return true;
      }
    }
    return true;
  }

  // Whether recognition verb c acknowledges a fact or a value rather than recognising a state
  // or its claim: "Trinidad and Tobago recognizes that the conversation ...", "we recognize
  // the importance of the empowerment of women" (CAMEO's 054 is diplomatic recognition; "their
  // independence was recognised." stays one).
  bool AcknowledgesAFact(const EventCandidate& c) const {
    static const KeySet kValues = {
        "importance",    "need",        "role",         "roles",     "value",     "contribution",
        "contributions", "efforts",     "work",         "potential", "diversity", "fact",
        "challenges",    "progress",    "achievements", "urgency",   "link",      "links",
        "centrality",    "primacy",     "significance", "necessity", "benefits",  "complexity",
        "gravity",       "seriousness", "validity"};
    const auto& toks = Toks(c.si);
    if (c.te >= toks.size()) return false;
    const auto& next = toks[c.te].lower;
    if (next == "that"sv) return true;
    size_t k = c.te;
    if (next == "the"sv || next == "its"sv || next == "their"sv || next == "our"sv) ++k;
    if (k < toks.size() && toks[k].kind == TokenKind::kWord && !toks[k].cap &&
        toks[k].lower.size() > 3 &&
        (toks[k].lower.ends_with("ing"sv) || toks[k].lower == "vital"sv ||
         toks[k].lower == "great"sv || toks[k].lower == "crucial"sv)) {
      ++k;  // one modifier: "the growing importance", "the crucial role"
    }
    return k < toks.size() && kValues.Has(toks[k]);
  }

  // Reads what offer c offers within six words: congratulations and gratitude praise (051);
  // an opportunity, hope, a platform or an example is no offer at all, nor condolences or
  // thanks, which their own triggers code (018, 051): false ("the special session will offer
  // an opportunity to review", "we offer our deepest condolences"). Anything else stays an
  // offer.
  bool OfferedThing(EventCandidate* c) const {
    static const KeySet kNothing = {
        "opportunity", "opportunities", "chance",     "chances",  "platform",  "platforms",
        "possibility", "possibilities", "example",    "examples", "hope",      "insight",
        "insights",    "glimpse",       "space",      "prospect", "prospects", "lessons",
        "condolences", "sympathy",      "sympathies", "thanks"};
    static const KeySet kPraise = {"congratulations", "gratitude", "appreciation", "compliments"};
    const auto& toks = Toks(c->si);
    // (A passive's object is offered to its subject: "the Kiev authorities were offered
    // opportunities to avoid hostilities".)
    static const KeySet kBe = {"was", "were", "been", "being", "is", "are"};
    const bool passive = c->tb > 0 && kBe.Has(toks[c->tb - 1]);
    for (size_t k = c->te, words = 0; k < toks.size() && words < 6; ++k, ++words) {
      // (Past the one it is offered to: "I offer Mr. Dennis Francis my warm congratulations".)
      if (const int mi = MentionAt(c->si, k); mi >= 0) {
        k = doc_.mentions[mi].te - 1;
        continue;
      }
      if (toks[k].kind != TokenKind::kWord && toks[k].lower != "."sv) break;
      if (kNothing.Has(toks[k]) && !passive) return false;
      if (kPraise.Has(toks[k])) {
        c->type = "support";
        c->cameo = "051";
        return true;
      }
    }
    return true;
  }

  // Whether rejection verb c is "declined" without an object, a quantity falling: "consumer
  // activity has objectively declined", "trade declined by 17 percent", "the number of audits
  // has declined sixfold" (one declines to do or declines something: "declined to comment",
  // "declined the invitation").
  bool FellInNumber(const EventCandidate& c) const {
    const auto& toks = Toks(c.si);
    if (c.te != c.tb + 1) return false;
    const auto& v = toks[c.tb].lower;
    if (v != "declined"sv && v != "declines"sv && v != "decline"sv) return false;
    if (c.te >= toks.size()) return true;
    static const KeySet kObject = {"to",    "the", "a",    "an",    "his",    "her",        "their",
                                   "its",   "our", "any",  "all",   "this",   "that",       "these",
                                   "those", "my",  "your", "every", "offers", "invitations"};
    const Token& next = toks[c.te];
    if (kObject.Has(next) || MentionAt(c.si, c.te) >= 0) return false;
    return true;
  }

  // Whether aid noun c is help with an act of diplomacy, no giving: "thanked Turkey for its
  // assistance in hosting another round of talks", "help in organising the summit" (the act
  // is an event of its own).
  bool HelpWithAnAct(const EventCandidate& c) const {
    static const KeySet kActs = {"hosting",      "organizing", "organising", "arranging",
                                 "facilitating", "mediating",  "holding",    "convening",
                                 "preparing",    "resolving",  "settling",   "investigating",
                                 "negotiating",  "brokering"};
    const auto& toks = Toks(c.si);
    return c.te + 1 < toks.size() && c.te == c.tb + 1 &&
           (toks[c.te].lower == "in"sv || toks[c.te].lower == "with"sv) &&
           kActs.Has(toks[c.te + 1]);
  }

  // Whether a host's object is displaced people, whom no visit brings: "Malawi has been
  // hosting refugees for decades", "hosts more than 3 million Syrian refugees".
  bool HostsDisplaced(const EventCandidate& c) const {
    static const KeySet kDisplaced = {"refugees", "migrants", "asylum", "displaced", "evacuees"};
    static const KeySet kCount = {"more", "than", "over", "some", "about", "around", "nearly",
                                  "almost", "million", "millions", "thousands", "hundreds", "of",
                                  "the", "largest", "number", "many",
                                  // ("has hosted and continues to host thousands of ...")
                                  "and", "continues", "continue", "to", "host", "hosts", "still"};
    const auto& toks = Toks(c.si);
    for (size_t k = c.te; k < toks.size() && k < c.te + 12; ++k) {
      if (kDisplaced.Has(toks[k])) return true;
      if (toks[k].kind == TokenKind::kNumber || kCount.Has(toks[k])) continue;
      // (A nationality word, or a group named so: "Syrian refugees", "Central African and
      // Nigerian refugees".)
      const int mi = MentionAt(c.si, k);
      if (mi >= 0 && kDisplaced.Has(toks[doc_.mentions[mi].te - 1])) return true;
      if (mi >= 0 && (doc_.mentions[mi].kind == MentionKind::kAdjective ||
                      (doc_.mentions[mi].entity >= 0 &&
                       doc_.entities[doc_.mentions[mi].entity].out.type == "organization"sv))) {
        k = doc_.mentions[mi].te - 1;
        continue;
      }
      return false;
    }
    return false;
  }

  // Whether a "received" hosts someone: its object is a person, named or by title ("received
  // Prime Minister X", "received the President of Finland"). Receiving updates, calls, aid,
  // vaccines or "proposals from Washington" is not hosting anyone (CAMEO 043).
  bool ReceivesAPerson(const EventCandidate& c) const {
    // (Lower-case title words too: "Syria's interim president Ahmed al-Sharaa".)
    static const KeySet kTitleWord = {"chief",   "head",    "commander",  "leader", "minister",
                                      "envoy",   "interim", "acting",     "new",    "deputy",
                                      "foreign", "defence", "defense",    "prime",  "president",
                                      "vice",    "crown",   "counterpart"};
    const auto& last = c.trig->tokens.back();
    if (last != "received"sv && last != "receives"sv) return true;
    const auto& toks = Toks(c.si);
    size_t k = c.te;
    // "was received by Pope Francis": the host of a passive.
    if (k < toks.size() && toks[k].lower == "by"sv) ++k;
    if (k < toks.size() && toks[k].lower == "the"sv) ++k;
    for (size_t end = std::min(toks.size(), k + 8); k < end; ++k) {
      const int mi = MentionAt(c.si, k);
      if (mi >= 0) {
        const int e = doc_.mentions[mi].entity;
        if (e >= 0 && doc_.entities[e].out.type == "person"sv) return true;
        // "received Sudanese army chief Abdel Fattah al-Burhan": a body's officer by title.
        static const KeySet kOfficer = {"chief",    "head",      "commander", "leader",
                                        "minister", "secretary", "envoy",     "spokesman",
                                        "director", "chairman",  "president", "delegation"};
        size_t after = doc_.mentions[mi].te;
        // (A country's officer by its possessive: "received Syria's interim president".)
        const bool owner = after < toks.size() && toks[after].lower == "'s"sv && e >= 0 &&
                           doc_.entities[e].out.type == "country"sv;
        if (!doc_.mentions[mi].modifier && !owner &&
            !(after < toks.size() && kOfficer.Has(toks[after].lower))) {
          return false;
        }
        if (owner) ++after;
        k = after - 1;
        continue;
      }
      // Title words ("Prime Minister", "President of the Republic of ...") lead to the name.
      const auto& w = toks[k].lower;
      if (!toks[k].cap && w != "of"sv && w != "the"sv && !kTitleWord.Has(w)) return false;
    }
    return false;
  }

  // Aid "from X" or "provided by X" comes from X, whoever the clause's subject is: "We
  // appreciate the assistance from the UK", "thanked for the military assistance received
  // from Spain", "assistance to Ukraine, in particular from Canada". X becomes the source; the
  // recipient is the "to" party already found, else the subject.
  // An active verb keeps its subject ("the Ministry delivered cargo from the Federal
  // Reserve"); "by" names a giver only after a participle of giving ("weapons used by NATO
  // countries" do not come from NATO).
  // "Japan provided Ukraine with a loan", "gave Ukraine a loan", "agreed to provide Ukraine
  // with a $50 billion loan": an aid noun after a verb of giving and its recipient is the
  // verb subject's aid to the recipient (was the recipient's aid). Returns whether it read so.
  bool GivenWith(EventCandidate* c) const {
    if (!(c->frame & kNoun) && c->te != c->tb + 1) return false;
    const auto& toks = Toks(c->si);
    static const KeySet kGive = {
        "provide", "provides", "provided", "providing", "give",  "gives",   "gave",
        "given",   "giving",   "grant",    "granted",   "offer", "offered", "offers",
        "supply",  "supplied", "supplies", "send",      "sent",  "sends",   "granting"};
    size_t k = c->tb;
    // Back over the noun's article, count and modifiers: "with a $50 billion".
    while (k > 0 && c->tb - k < 8 && MentionAt(c->si, k - 1) < 0 &&
           (toks[k - 1].kind == TokenKind::kNumber || toks[k - 1].lower == "$"sv ||
            toks[k - 1].lower == "€"sv ||
            (toks[k - 1].kind == TokenKind::kWord && !toks[k - 1].cap && !kGive.Has(toks[k - 1]) &&
             !NotModifiers().Has(toks[k - 1])) ||
            toks[k - 1].lower == "with"sv || toks[k - 1].lower == "a"sv ||
            toks[k - 1].lower == "an"sv)) {
      --k;
    }
    const int mi = k > 0 ? MentionAt(c->si, k - 1) : -1;
    if (mi < 0) return false;
    const Mention& m = doc_.mentions[mi];
    if (m.entity < 0 || m.modifier || m.tb == 0) return false;
    // (Past the recipient's article and an adjective: "to provide the Ukrainian army with
    // modern weapons", "providing the legitimate Libyan Government with the capacity" were the
    // recipient's aid.)
    size_t verb = m.tb - 1;
    if (toks[verb].lower != "the"sv && verb > 0 && toks[verb - 1].lower == "the"sv &&
        toks[verb].kind == TokenKind::kWord && !toks[verb].cap) {
      --verb;
    }
    if (toks[verb].lower == "the"sv && verb > 0) --verb;
    if (!kGive.Has(toks[verb])) return false;
    const int giver = Agent(c->si, verb, LeftBound(c->si, verb), true);
    if (giver == m.entity) return false;
    c->agent = giver;
    c->others = {m.entity};
    // A gift agreed or pledged is the intent to give it, as the verb's own reading is:
    // "G7 leaders agreed on Thursday to provide Ukraine with a $50 billion loan" (0331).
    if (verb >= 2 && toks[verb - 1].lower == "to"sv) {
      size_t v = verb - 2;
      if (v >= 2 && toks[v - 1].lower == "on"sv) v -= 2;  // "agreed on Thursday to"
      static const KeySet kIntent = {"agreed",  "agree",    "agrees",  "pledged", "pledge",
                                     "pledges", "promised", "promise", "promises"};
      if (kIntent.Has(toks[v])) {
        c->type = "proposal";
        c->cameo = c->cameo == "071"sv   ? "0331"
                   : c->cameo == "072"sv ? "0332"
                   : c->cameo == "073"sv ? "0333"
                                         : "033";
      }
    }
    return true;
  }

  // Targets in a country are that country's: "carried out air strikes on more than 85
  // targets in Iraq and Syria" (had no target).
  void TargetsIn(EventCandidate* c) const {
    const auto& toks = Toks(c->si);
    static const KeySet kSkip = {"on", "against", "the", "a", "more", "than", "dozens", "of", "at",
                                 "least", "some", "hundreds", "several", "many", "over", "nearly",
                                 "about", "around", "military", "militant", "key",
                                 // ("launched missile strikes on nine sites in Pakistan")
                                 "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                 "ten", "dozen", "their", "its"};
    static const KeySet kThings = {"targets", "target", "sites", "positions", "facilities",
                                   "bases",   "depots", "camps", "locations", "infrastructure"};
    // (Past a date: "launched air strikes on Friday against more than 85 targets in Iraq".)
    size_t k = c->te;
    if (const size_t end = DateAfterOn(c->si, k); end > 0) k = end;
    const size_t from = k;
    while (k < toks.size() && k < from + 8 &&
           (kSkip.Has(toks[k]) || toks[k].kind == TokenKind::kNumber)) {
      ++k;
    }
    if (k + 2 >= toks.size() || !kThings.Has(toks[k]) ||
        (toks[k + 1].lower != "in"sv && toks[k + 1].lower != "across"sv)) {
      return;
    }
    std::vector<int> in;
    for (int e : NounPhrase(c->si, k + 2, std::min(toks.size(), k + 10))) {
      if (e != c->agent && doc_.entities[e].out.type == "country"sv) in.push_back(e);
    }
    // (Over what the object search read, which was only these countries as places.)
    const bool places_only = std::all_of(c->others.begin(), c->others.end(), [&](int e) {
      return std::find(in.begin(), in.end(), e) != in.end();
    });
    if (in.empty() || !places_only) return;
    c->others = std::move(in);
    c->aimed_at = true;
  }

  // A protest handed to someone is the hander's to that one: "summoned the Belarusian charge
  // d'affaires and handed him a protest note", "Poland handed Belarus a protest note" (were
  // the recipient's protests to nobody). The one named or meant right before "a", after a
  // verb of handing, is the target; the verb's subject the source.
  void HandedNote(EventCandidate* c) const {
    const auto& toks = Toks(c->si);
    if (c->tb < 3 || (toks[c->tb - 1].lower != "a"sv && toks[c->tb - 1].lower != "an"sv)) return;
    const size_t r = c->tb - 2;  // the recipient's last token
    int recipient = -1;
    size_t verb = r;
    if (toks[r].lower == "him"sv || toks[r].lower == "her"sv || toks[r].lower == "them"sv) {
      // (The one the clause named last: "summoned the charge d'affaires and handed him".)
      for (size_t k = r; k > 0 && recipient < 0; --k) {
        const int e = MentionEntity(MentionAt(c->si, k - 1));
        if (e >= 0 && Actor(e)) recipient = e;
      }
    } else {
      const int mi = MentionAt(c->si, r);
      if (mi < 0) return;
      recipient = MentionEntity(mi);
      verb = doc_.mentions[mi].tb;
      if (verb > 0 && toks[verb - 1].lower == "the"sv) --verb;
    }
    static const KeySet kHand = {"handed", "hands", "hand",      "gave",     "gives",
                                 "give",   "sent",  "delivered", "presented"};
    if (recipient < 0 || verb == 0 || !kHand.Has(toks[verb - 1])) return;
    // (The second verb of its clause has the first one's subject: "summoned X and handed him".)
    int agent = Agent(c->si, verb - 1, LeftBound(c->si, verb - 1), false);
    if (agent < 0 || agent == recipient) agent = SentenceSubject(c->si, verb - 1);
    if (agent < 0 || agent == recipient) return;
    c->agent = agent;
    c->others = {recipient};
  }

  // Money is invested in a country or a company: "Saudi Arabia pledged to invest $600 billion
  // in the United States" is an intent to cooperate economically with the United States (0311;
  // was 030 with nobody), "$10 billion of investment in Egypt" cooperation with Egypt. Only the
  // first "in" phrase after the word of investing, within six words, and not a party of the
  // investor's own country ("China will invest in Xinjiang" is no dyad).
  void InvestedIn(EventCandidate* c) const {
    const auto& toks = Toks(c->si);
    static const KeySet kInvest = {"invest",    "invests",    "invested",
                                   "investing", "investment", "investments"};
    size_t k = c->tb;
    const size_t end = std::min(toks.size(), c->te + 10);
    while (k < end && !kInvest.Has(toks[k])) {
      if (k >= c->te && toks[k].kind == TokenKind::kPunct && toks[k].lower != "$"sv) return;
      ++k;
    }
    if (k >= end || c->agent < 0) return;
    const std::string own = EntityCountry(doc_, c->agent);
    for (size_t j = k + 1; j + 1 < toks.size() && j <= k + 6; ++j) {
      if (toks[j].kind == TokenKind::kPunct && toks[j].lower != "$"sv) return;
      if (toks[j].lower != "in"sv) continue;
      // The name right after "in" (and "the"), also as an owner or a country word before what
      // is invested in: "in Serbia's infrastructure", "in Ukrainian defence companies" (not a
      // name further on: "invested in 65 projects, and China in 40").
      const size_t at = toks[j + 1].lower == "the"sv ? j + 2 : j + 1;
      const int e = at < toks.size() ? MentionEntity(MentionAt(c->si, at)) : -1;
      if (e < 0 || e == c->agent || doc_.entities[e].out.type == "person"sv) return;
      if (!own.empty() && EntityCountry(doc_, e) == own) return;
      // (The object search may have read it already, as a place it would have been.)
      const bool read = std::find(c->others.begin(), c->others.end(), e) != c->others.end();
      if (!read && !c->others.empty()) return;
      if (!read) c->others.push_back(e);
      c->aimed_at = true;  // the target, not the event's place
      if (c->type == "proposal"sv && c->cameo == "030"sv) c->cameo = "0311";
      return;
    }
  }

  // Sanctions a party is hit with are the hitter's, aimed at that party: "Washington hit Moscow
  // with new sanctions", "Britain targeted Russian banks with sanctions" (were Moscow's and the
  // banks' sanctions on nobody: the noun's nearest name before it was read as its owner).
  // Sanctions a party is threatened with are no sanctions yet, only the threat the verb codes
  // ("Trump threatened Russia with sanctions" was also Russia's sanction): false.
  bool HitWithSanctions(EventCandidate* c) const {
    const auto& toks = Toks(c->si);
    static const KeySet kModifiers = {"new",   "fresh",   "further",  "additional", "more",
                                      "tough", "tougher", "sweeping", "economic",   "financial"};
    size_t k = c->tb;
    while (k > 0 && c->tb - k < 3 && kModifiers.Has(toks[k - 1])) --k;
    if (k < 3 || toks[k - 1].lower != "with"sv) return true;
    const size_t with = k - 1;
    int hit = -1;
    size_t verb = 0;
    for (int mi : doc_.sentences[c->si].mentions) {
      const auto& m = doc_.mentions[mi];
      if (m.te != with || m.tb == 0) continue;
      verb = toks[m.tb - 1].lower == "the"sv && m.tb >= 2 ? m.tb - 2 : m.tb - 1;
      hit = MentionEntity(mi);
    }
    static const KeySet kHit = {"hit",    "hits",     "hitting",  "slapped",   "slaps",
                                "slap",   "targeted", "targets",  "targeting", "punished",
                                "punish", "punishes", "punishing"};
    static const KeySet kThreaten = {"threatened", "threatens", "threaten", "threatening"};
    if (hit >= 0 && kThreaten.Has(toks[verb])) return false;
    if (hit < 0 || !kHit.Has(toks[verb])) return true;
    const int agent = Agent(c->si, verb, LeftBound(c->si, verb), false);
    if (agent < 0 || agent == hit) return true;
    c->agent = agent;
    c->others = {hit};
    return true;
  }

  // An attack whose participle clause says what it fired at targets that: "Russia launched
  // one of its largest air attacks of the war, firing more than 100 missiles and about 100
  // drones at Ukraine's energy grid" (had no target).
  void FiredAt(EventCandidate* c) const {
    const auto& toks = Toks(c->si);
    static const KeySet kFiring = {"firing",  "launching", "sending",   "using",
                                   "hitting", "targeting", "targetting"};
    for (size_t k = c->te; k < toks.size() && k < c->te + 12; ++k) {
      if (!kFiring.Has(toks[k])) continue;
      if (toks[k].lower == "hitting"sv || toks[k].lower.starts_with("target"sv)) {
        const auto ents = NounPhrase(c->si, k + 1, std::min(toks.size(), k + 8));
        if (!ents.empty() && ents[0] != c->agent) c->others = {ents[0]};
        if (!ents.empty()) return;
      }
      for (size_t j = k + 1; j + 1 < toks.size() && j < k + 14; ++j) {
        const auto& w = toks[j].lower;
        if (toks[j].kind == TokenKind::kPunct && w != "-"sv) return;
        if (w != "at"sv && w != "on"sv && w != "against"sv) continue;
        size_t m = j + 1;
        if (m < toks.size() && toks[m].lower == "the"sv) ++m;
        const int mi = m < toks.size() ? MentionAt(c->si, m) : -1;
        if (mi < 0 || doc_.mentions[mi].entity < 0 || doc_.mentions[mi].entity == c->agent ||
            !Actor(doc_.mentions[mi].entity)) {
          return;
        }
        c->others = {doc_.mentions[mi].entity};
        return;
      }
      return;
    }
  }

  // What the warner's own side says it would do, from the modal at toks[will], threatens whom
  // the condition names or whom the penalty falls on: "Rubio warned that the United States would
  // take measures if Panama did not reduce Chinese influence" (Panama), "warned that he would
  // impose tariffs on China" (China). Nobody when neither is a party of another country.
  void OwnSideThreatens(EventCandidate* c, size_t will, const std::string& own) const {
    const auto& toks = Toks(c->si);
    static const KeySet kPenalties = {"tariffs", "tariff",       "sanctions",      "duties",
                                      "levies",  "restrictions", "measures",       "strikes",
                                      "action",  "retaliation",  "countermeasures"};
    auto party = [&](size_t at) {
      if (at < toks.size() && toks[at].lower == "the"sv) ++at;
      const int ci = at < toks.size() ? MentionAt(c->si, at) : -1;
      const int e = ci >= 0 ? doc_.mentions[ci].entity : -1;
      return e >= 0 && !doc_.mentions[ci].modifier && Actor(e) && EntityCountry(doc_, e) != own
                 ? e
                 : -1;
    };
    for (size_t k = will + 1; k + 1 < toks.size() && k < will + 12; ++k) {
      const std::string_view w = toks[k].lower;
      if (w == ";"sv || w == "\""sv) return;
      if (w == "if"sv || w == "unless"sv) {
        if (const int e = party(k + 1); e >= 0) c->others = {e};
        return;
      }
      if ((w == "on"sv || w == "against"sv) && kPenalties.Has(toks[k - 1])) {
        if (const int e = party(k + 1); e >= 0) {
          c->others = {e};
          return;
        }
      }
    }
  }

  // A warning that a party will suffer is a threat to it: "Netanyahu warned that Iran would
  // pay for the attack" (was a threat to nobody), "warned that Moscow could face sanctions".
  void WarnedThat(EventCandidate* c) const {
    const auto& toks = Toks(c->si);
    if (!(c->frame & kVerb) || c->te + 2 >= toks.size() || toks[c->te].lower != "that"sv) return;
    size_t j = c->te + 1;
    if (toks[j].lower == "the"sv) ++j;
    static const KeySet kWill = {"would", "will", "could", "might",  "must", "may",
                                 "faces", "face", "risks", "risked", "'d",   "should"};
    const std::string own = c->agent >= 0 ? EntityCountry(doc_, c->agent) : std::string();
    // A pronoun of the warner's own side opens the clause as its name does: "Trump warned that
    // he would impose tariffs unless China ..." (was a threat to nobody).
    const bool pronoun = (toks[j].lower == "he"sv || toks[j].lower == "she"sv ||
                          toks[j].lower == "we"sv || toks[j].lower == "it"sv) &&
                         j + 1 < toks.size() && kWill.Has(toks[j + 1]) && c->agent >= 0;
    if (pronoun) {
      const int p = Pronoun(c->si, j);
      if (p >= 0 && (p == c->agent || (!own.empty() && EntityCountry(doc_, p) == own))) {
        OwnSideThreatens(c, j + 1, own);
      }
      return;
    }
    const int mi = j < toks.size() ? MentionAt(c->si, j) : -1;
    if (mi < 0) return;
    const Mention& m = doc_.mentions[mi];
    if (m.entity >= 0 && !m.modifier && m.te < toks.size() && kWill.Has(toks[m.te]) &&
        (m.entity == c->agent || (!own.empty() && EntityCountry(doc_, m.entity) == own))) {
      OwnSideThreatens(c, m.te, own);
      return;
    }
    if (m.entity < 0 || m.entity == c->agent || m.modifier || m.kind == MentionKind::kAdjective ||
        m.te >= toks.size() || !kWill.Has(toks[m.te]) || !Actor(m.entity)) {
      return;
    }
    // (Only what a threat promises, not a danger foretold: "warned that Gaza could face
    // famine" threatens nobody.)
    static const KeySet kPunished = {"pay",         "regret",      "suffer",      "consequences",
                                     "sanctions",   "retaliation", "punished",    "punishment",
                                     "accountable", "response",    "retribution", "price"};
    for (size_t k = m.te + 1; k < toks.size() && k < m.te + 6; ++k) {
      if (kPunished.Has(toks[k])) {
        c->others = {m.entity};
        return;
      }
      if (toks[k].kind == TokenKind::kPunct) return;
    }
  }

  // Who finds or seeks refuge is given it, by the place or party that gives it: "Ukrainians
  // found refuge thanks to our European partners", "found refuge in other European countries"
  // (EURGOV grants UKR asylum; the refugees were the givers, or the hosts the recipients).
  void FoundRefuge(EventCandidate* c, size_t right) const {
    const auto& toks = Toks(c->si);
    static const KeySet kFound = {"found", "find",  "finds",   "finding", "sought",
                                  "seek",  "seeks", "seeking", "took",    "taken"};
    if (c->tb == 0 || !kFound.Has(toks[c->tb - 1])) return;
    int recipient = c->agent;
    int giver = -1;
    for (size_t k = c->te; k + 1 < toks.size() && k < right && k < c->te + 4 && giver < 0; ++k) {
      const auto& w = toks[k].lower;
      size_t at = 0;
      if (w == "in"sv || w == "with"sv || w == "from"sv) {
        at = k + 1;
      } else if (w == "thanks"sv && toks[k + 1].lower == "to"sv) {
        at = k + 2;
      } else {
        continue;
      }
      for (int e : NounPhrase(c->si, at, std::min({toks.size(), right, at + 8}))) {
        if (Actor(e)) {
          giver = e;
          break;
        }
      }
      break;
    }
    // (A participle's seekers are the noun before it, no party: "treat people seeking refuge
    // in the Union", whose treating subject is not given refuge.)
    const size_t v = c->tb - 1;
    if (v > 0 && toks[v].lower.ends_with("ing"sv) && MentionAt(c->si, v - 1) < 0 &&
        toks[v - 1].kind == TokenKind::kWord && !NotModifiers().Has(toks[v - 1])) {
      recipient = -1;
    }
    // (Nor is the place itself.)
    if (giver == recipient) recipient = -1;
    if (giver < 0 && recipient < 0) return;
    c->agent = giver;
    c->others.clear();
    if (recipient >= 0) c->others.push_back(recipient);
  }

  void GiverAfter(EventCandidate* c, size_t right) const {
    const auto& toks = Toks(c->si);
    static constexpr std::string_view kGiven[] = {
        "provided",  "delivered", "sent",    "supplied",    "given",   "granted",
        "allocated", "donated",   "offered", "transferred", "pledged", "shipped"};
    auto given = [&](size_t k) {
      return std::find(std::begin(kGiven), std::end(kGiven), toks[k].lower) != std::end(kGiven);
    };
    auto be = [&](size_t k) {
      return k > 0 && (toks[k - 1].lower == "was"sv || toks[k - 1].lower == "were"sv ||
                       toks[k - 1].lower == "been"sv || toks[k - 1].lower == "being"sv);
    };
    const bool passive = be(c->tb);
    if (given(c->te - 1) && !passive) return;
    // "Ukraine was granted a $20 billion loan by the European Union": an aid noun that a
    // passive verb of giving takes as its object is given by the "by" phrase after it, to the
    // clause's subject (was Ukraine's loan to the EU).
    bool passive_object = false;
    if (!given(c->tb) && !toks[c->tb].lower.ends_with("ed"sv)) {
      size_t v = c->tb;
      while (v > 0 && c->tb - v < 6 && MentionAt(c->si, v - 1) < 0 &&
             (toks[v - 1].kind == TokenKind::kNumber || toks[v - 1].lower == "$"sv ||
              toks[v - 1].lower == "€"sv || toks[v - 1].lower == "a"sv ||
              toks[v - 1].lower == "an"sv || toks[v - 1].lower == "million"sv ||
              toks[v - 1].lower == "billion"sv)) {
        --v;
      }
      passive_object = v > 0 && given(v - 1) && be(v - 1);
    }
    for (size_t k = c->te; k + 1 < toks.size() && k < right && k < c->te + 8; ++k) {
      const auto& w = toks[k].lower;
      if (w == ";"sv || w == ":"sv) return;
      // (A passive verb's too: "was granted a loan by the EU"; not another participle's:
      // "were delivered to areas controlled by Russia".)
      if (w == "by"sv && !given(k - 1) &&
          ((!passive_object && !(passive && given(c->te - 1))) ||
           toks[k - 1].lower.ends_with("ed"sv))) {
        continue;
      }
      if (w != "from"sv && w != "by"sv) continue;
      const auto giver = NounPhrase(c->si, k + 1, std::min(toks.size(), k + 8));
      if (giver.empty()) return;
      const int from = giver[0];
      std::vector<int> to;
      for (int e : c->others) {
        if (e != from) to.push_back(e);
      }
      // "provided by the United Kingdom to Ukraine": the recipient follows the giver.
      for (size_t j = k + 2; to.empty() && j + 1 < toks.size() && j < right && j < k + 10; ++j) {
        if (toks[j].lower != "to"sv) continue;
        for (int e : NounPhrase(c->si, j + 1, std::min(toks.size(), j + 8))) {
          if (e != from) to.push_back(e);
        }
        break;
      }
      if (to.empty() && c->agent >= 0 && c->agent != from) to.push_back(c->agent);
      c->agent = from;
      c->others = std::move(to);
      return;
    }
    // No giver named: the subject of a passive is given it ("Gonzalez left for Spain, where he
    // was granted asylum" was Gonzalez's aid).
    // (A participle after the auxiliary: "has been providing aid" is active.)
    const std::string_view first = toks[c->tb].lower;
    if (((passive && (first.ends_with("ed"sv) || first == "given"sv || first == "sent"sv)) ||
         passive_object) &&
        c->agent >= 0) {
      if (std::find(c->others.begin(), c->others.end(), c->agent) == c->others.end()) {
        c->others.insert(c->others.begin(), c->agent);
      }
      c->agent = -1;
    }
  }

  // Whether the mention starting at toks[mb] is the object of a place preposition ("in
  // Russia", "at the Kremlin", "has come to Russia"), which is never a clause's subject.
  bool PlaceObject(int si, size_t mb) const {
    const auto& toks = Toks(si);
    // (Past a compass word: "in southern Lebanon", "in eastern Ukraine".)
    static const KeySet kCompass = {"southern",     "northern",     "eastern",      "western",
                                    "central",      "northeastern", "northwestern", "southeastern",
                                    "southwestern", "occupied"};
    if (mb > 0 && kCompass.Has(toks[mb - 1]) && MentionAt(si, mb - 1) < 0) --mb;
    // (Past the country adjective of "in the Russian capital".)
    if (mb > 0 && toks[mb].lower == "capital"sv) {
      const int adjective = MentionAt(si, mb - 1);
      if (adjective >= 0 && doc_.mentions[adjective].kind == MentionKind::kAdjective) {
        mb = doc_.mentions[adjective].tb;
      }
    }
    if (mb > 0 && toks[mb - 1].lower == "the"sv) --mb;
    if (mb == 0) return false;
    const auto& w = toks[mb - 1].lower;
    if (w == "to"sv && mb >= 2) {  // "has come to Russia", not "grateful to the EU"
      // (And "travelling on to Kyiv by train to meet Zelenskiy": Kyiv meets nobody.)
      static const KeySet kMotion = {
          "come", "came", "travel", "travelled", "traveled", "flew", "went", "go", "going",
          "returned", "arrived", "moved", "headed", "invited", "welcome", "travelling", "traveling",
          "travels", "flying", "flies", "fly", "goes", "coming", "comes", "returning", "heading",
          "on", "onward",
          // ("cut short a visit to Saudi Arabia and vowed to punish": a visit's destination.)
          "visit", "visits", "trip", "journey", "tour"};
      return kMotion.Has(toks[mb - 2]);
    }
    return w == "in"sv || w == "at"sv || w == "into"sv || w == "near"sv;
  }

  // Whether the mention at toks[tb] is the body "a member of" names.
  bool MemberOf(int si, size_t tb) const {
    const auto& toks = Toks(si);
    size_t b = tb;
    if (b > 0 && toks[b - 1].lower == "the"sv) --b;
    // (Singular: "Members of the European Parliament" act for it, one member for itself.)
    return b >= 2 && toks[b - 1].lower == "of"sv && toks[b - 2].lower == "member"sv;
  }

  // The stance a glued "pro-" or "anti-" before toks[tb] takes: +1, -1, or 0 for none.
  int Stance(int si, size_t tb) const {
    const auto& toks = Toks(si);
    if (tb < 2 || toks[tb - 1].lower != "-"sv || toks[tb - 1].space_before ||
        toks[tb].space_before) {
      return 0;
    }
    if (toks[tb - 2].lower == "pro"sv) return 1;
    return toks[tb - 2].lower == "anti"sv ? -1 : 0;
  }

  // Whether a one-word verb trigger ending in "-ed" describes the noun after it: after a
  // determiner, a preposition or a hyphen ("Russian-occupied"), or after an "-ly" adverb that
  // follows one of those ("in illegally occupied Jammu and Kashmir"; not "India has illegally
  // occupied Jammu and Kashmir"). Not at the start of a sentence: "Destroyed numerous enemy
  // armored vehicles" in a report is an act, "Killed Ukrainians." a description.
  bool AttributiveParticiple(int si, const EventCandidate& c) const {
    const auto& toks = Toks(si);
    if (!(c.frame & kVerb) || c.te != c.tb + 1 || c.te >= toks.size()) return false;
    const std::string& verb = toks[c.tb].lower;
    if (verb.size() < 4 || !verb.ends_with("ed"sv)) return false;
    const Token& next = toks[c.te];
    if (next.kind != TokenKind::kWord || NotModifiers().Has(next) || next.lower == "them"sv ||
        next.lower == "us"sv || next.lower == "him"sv || next.lower == "me"sv) {
      return false;
    }
    size_t b = c.tb;
    if (b > 0 && LyAdverb(toks[b - 1])) {
      --b;
    }
    // (Not "and": "Russia invaded and occupied Crimea" is two verbs.)
    static const KeySet kBefore = {"the", "a", "an", "in", "of", "on", "from", "into", "at", "for",
                                   "with", "its", "their", "our", "his", "her", "this", "these",
                                   "those", "-", "(",
                                   // ("every murdered human being in Ukraine")
                                   "every", "each", "any", "all", "many", "several", "no"};
    // ("all" after its pronoun is no determiner: "we have all signed", "as we all agreed")
    static const KeySet kAllOf = {"we", "they", "you", "have", "has", "had", "are", "were"};
    if (b > 1 && toks[b - 1].lower == "all"sv && kAllOf.Has(toks[b - 2])) return false;
    // (Or a count: "with 10 required ratifications already in place".)
    // (Not a numbered document acting: "resolution 2334 condemned the settlements".)
    static const KeySet kNumbered = {"resolution", "resolutions", "article", "paragraph",
                                     "decision",   "protocol",    "act",     "no"};
    if (b > 0 && toks[b - 1].kind == TokenKind::kNumber)
      return !(b > 1 && kNumbered.Has(toks[b - 2]));
    // (Or a possessive: "The PKK's jailed leader Abdullah Ocalan" was the PKK's arrest.)
    // (Not a threat: "Mr. Putin's threatened use of nuclear weapons" is his threat.)
    if (b > 0 && (toks[b - 1].lower == "'s"sv || toks[b - 1].possessive) && !next.cap &&
        !c.cameo.starts_with("13"sv)) {
      return true;
    }
    return b > 0 && kBefore.Has(toks[b - 1]);
  }

  // Retypes a welcome of a person "to", "in" or "at" somewhere as hosting the person.
  void WelcomedGuest(EventCandidate* c) const {
    const auto& toks = Toks(c->si);
    // "Zelenskyy was welcomed by Starmer at Downing Street": the passive's subject is the
    // guest, its "by" party the host (was Starmer's praise of Zelenskyy); PassiveAgent turns
    // the parties round.
    if ((c->frame & kVerb) && c->agent >= 0 && c->tb > 0 && c->te + 1 < toks.size() &&
        toks[c->te].lower == "by"sv &&
        (toks[c->tb - 1].lower == "was"sv || toks[c->tb - 1].lower == "were"sv) &&
        doc_.entities[c->agent].out.type == "person"sv) {
      const int mi = MentionAt(c->si, c->te + 1);
      const size_t after = mi >= 0 ? doc_.mentions[mi].te : toks.size();
      if (mi >= 0 && doc_.mentions[mi].entity >= 0 &&
          doc_.entities[doc_.mentions[mi].entity].out.type == "person"sv && after < toks.size() &&
          (toks[after].lower == "to"sv || toks[after].lower == "in"sv ||
           toks[after].lower == "at"sv)) {
        c->type = "meeting";
        c->cameo = "043";
        c->frame |= kMeet;
        c->rule = "host:welcomed";
        // The host is the "by" party, no name the object search found further on: "welcomed
        // by Starmer at Downing Street a day after his clash with Trump" listed Trump.
        c->others = {doc_.mentions[mi].entity};
      }
      return;
    }
    if (!(c->frame & kVerb) || c->agent < 0 || c->others.size() != 1 || c->te >= toks.size()) {
      return;
    }
    // (Past the guest's title: "welcomed Kenyan President William Ruto to the White House".)
    size_t at = c->te;
    while (at < toks.size() && at < c->te + 4) {
      const int t = MentionAt(c->si, at);
      const bool adjective = t >= 0 && doc_.mentions[t].kind == MentionKind::kAdjective;
      if (!adjective && !(t < 0 && toks[at].cap && toks[at].kind == TokenKind::kWord)) break;
      at = adjective ? doc_.mentions[t].te : at + 1;
    }
    const int mi = at < toks.size() ? MentionAt(c->si, at) : -1;
    if (mi < 0 || doc_.mentions[mi].entity != c->others[0] ||
        doc_.entities[c->others[0]].out.type != "person"sv) {
      return;
    }
    const size_t after = doc_.mentions[mi].te;
    if (after >= toks.size() || !(toks[after].lower == "to"sv || toks[after].lower == "in"sv ||
                                  toks[after].lower == "at"sv)) {
      return;
    }
    c->type = "meeting";
    c->cameo = "043";
    c->frame |= kMeet;
    c->rule = "host:welcomed";
  }

  // The place mention `mi` names as an act's object, or -1: a place of a country the
  // dictionary knows, no party of its own (a capital's metonym is one), no modifier, a whole
  // noun phrase (PlaceEndsObject) and not the act's agent.
  int PlaceObjectEntity(const EventCandidate& c, int mi) const {
    if (mi < 0 || doc_.mentions[mi].modifier) return -1;
    const int place = doc_.mentions[mi].entity;
    if (place < 0 || place == c.agent || Actor(place)) return -1;
    const auto& out = doc_.entities[place].out;
    // (A region of no country, "the Pacific", "Europe", has no code to give.)
    if (out.type != "location"sv || out.country.size() != 3) return -1;
    return PlaceEndsObject(c.si, doc_.mentions[mi].te) ? place : -1;
  }

  // Whether a place mention ending at `te` is a whole object, not the owner or the "of" of
  // one ("Kherson's port", "Kherson of", "Kherson-based").
  // A word after it must end the noun phrase: punctuation, a function word, an adverb
  // ("shelled Kharkiv again", "hit Mykolaiv very insidiously"), not a noun it modifies
  // ("beat our Kyoto target").
  bool PlaceEndsObject(int si, size_t te) const {
    const auto& toks = Toks(si);
    if (te >= toks.size()) return true;
    const Token& t = toks[te];
    const auto& w = t.lower;
    if (w == "'s"sv || t.possessive || w == "of"sv || w == "-"sv) return false;
    if (t.kind != TokenKind::kWord || NotModifiers().Has(t)) return true;
    static const KeySet kAdverbs = {"again", "overnight", "today", "yesterday", "tonight", "twice",
                                    "once", "very", "last", "early", "late", "near", "after",
                                    "before", "during",
                                    // (the place's own region: "hit the Zhytomyr region")
                                    "region", "oblast", "province", "district", "area"};
    return kAdverbs.Has(t) || LyAdverb(t);
  }

  // Whether toks[k], after a trigger ending at `te`, is the object of a preposition rather
  // than of the verb: "met in the Kremlin with Rahmon" has no direct object.
  bool AfterPreposition(int si, size_t te, size_t k) const {
    const auto& toks = Toks(si);
    while (k > te && (toks[k - 1].lower == "the"sv || toks[k - 1].lower == "a"sv)) --k;
    if (k == te) return false;
    static constexpr std::string_view kPrepositions[] = {
        "in",    "at",    "near",   "during",  "after",  "before", "for",
        "by",    "over",  "inside", "outside", "within", "via",    "through",
        "under", "since", "until",  "into",    "as"};
    const auto& w = toks[k - 1].lower;
    return std::find(std::begin(kPrepositions), std::end(kPrepositions), w) !=
           std::end(kPrepositions);
  }

  // Whether a capitalised title opens at toks[k], after at most an article: "Secretary General
  // of ...", "the Secretary General of the Council of Europe Marija Pejcinovic Buric".
  bool TitleOpens(int si, size_t k) const {
    const auto& toks = Toks(si);
    if (k < toks.size() && toks[k].lower == "the"sv) ++k;
    return k < toks.size() && toks[k].cap;
  }

  // Participants after the trigger: "with X", "between X and Y", "of X and Y", direct object.
  void Objects(EventCandidate* c) const {
    const auto& toks = Toks(c->si);
    // A show of force is aimed at nobody: "fired a ballistic missile into the Sea of Japan".
    // Nor are those taken hostage after the word: they stand before it ("took its 25 crew
    // members hostage, saying the vessel was linked to Israel" was aimed at Israel).
    if (c->rule.starts_with("show-of-force:"sv) || c->rule == "abduct:hostage"sv) return;
    // Forces deployed toward a country are aimed at it: "China sent 30 warplanes and seven
    // navy ships toward Taiwan" (CHN -> TWN); to a sea or a border at nobody named.
    if (c->rule.starts_with("deploy:"sv)) {
      for (size_t k = c->te; k + 1 < toks.size() && k < c->te + 14; ++k) {
        if (toks[k].kind == TokenKind::kPunct) break;
        const auto& w = toks[k].lower;
        if (w != "toward"sv && w != "towards"sv && w != "near"sv && w != "around"sv) continue;
        const int mi = MentionAt(c->si, k + 1);
        const int e = mi >= 0 ? doc_.mentions[mi].entity : -1;
        if (e >= 0 && e != c->agent && doc_.entities[e].out.type == "country"sv) {
          c->others.push_back(e);
        }
        break;
      }
      return;
    }
    // An appeal to addressees the text names by no known party is aimed at nobody known, not
    // at a party of what they are asked to do: "Zelenskiy urged Western allies to send more
    // air defence to Ukraine", "asked European leaders not to appease Russia" (targeted
    // Ukraine and Russia).
    if (c->type == "request"sv && (c->frame & kVerb) && !(c->frame & kNoun)) {
      for (size_t k = c->te + 1; k + 1 < toks.size() && k < c->te + 12; ++k) {
        if (toks[k].kind == TokenKind::kPunct) break;
        if (toks[k].lower != "to"sv) continue;
        const Token& v = toks[k + 1];
        if (v.kind != TokenKind::kWord || v.cap || MentionAt(c->si, k + 1) >= 0 ||
            v.lower == "the"sv || v.lower == "a"sv || v.lower == "an"sv) {
          continue;  // "appealed to the UN to act": an addressee's "to"
        }
        bool named = false;
        for (size_t j = c->te; j < k && !named; ++j) {
          const int mi = MentionAt(c->si, j);
          named = (mi >= 0 && doc_.mentions[mi].entity >= 0 && Actor(doc_.mentions[mi].entity) &&
                   !PlaceObject(c->si, doc_.mentions[mi].tb)) ||
                  (mi < 0 && Pronoun(c->si, j) >= 0);
        }
        if (!named && k > c->te) return;
        break;
      }
    }
    // "The man is accused of smuggling military technology to Russia": what follows "of" is
    // the alleged act, whose parties the accusation does not target (a passive's target is
    // its subject: PassiveAgent).
    if (c->type == "accusation"sv && (c->frame & kVerb) && c->te < toks.size() &&
        toks[c->te].lower == "of"sv) {
      return;
    }
    // So after an object no party names: "He accused the alliance of failing to protect
    // Armenia" (was an accusation of Armenia).
    // (An accusation's only: "condemning the aggression of the Russian Federation" judges its
    // owner.)
    if (c->cameo == "112"sv && (c->frame & kVerb)) {
      for (size_t k = c->te; k < toks.size() && k < c->te + 5; ++k) {
        if (MentionAt(c->si, k) >= 0 || Pronoun(c->si, k) >= 0 ||
            toks[k].kind == TokenKind::kPunct) {
          break;
        }
        if (toks[k].lower == "of"sv) {
          if (k > c->te) return;
          break;
        }
      }
    }
    // So after a pronoun: "accusing him of passing information to Russian intelligence" targets
    // him, whoever he is, not Russian intelligence.
    if (c->type == "accusation"sv && (c->frame & kVerb) && c->te + 1 < toks.size() &&
        toks[c->te + 1].lower == "of"sv &&
        (toks[c->te].lower == "him"sv || toks[c->te].lower == "her"sv ||
         toks[c->te].lower == "them"sv || toks[c->te].lower == "it"sv)) {
      if (const int p = Pronoun(c->si, c->te); p >= 0 && p != c->agent) c->others.push_back(p);
      return;
    }
    // A verb of judging whose object is an attack with its "by" phrase judges the attacker,
    // not who was struck: "Qatar condemned an attack by Israel on Hamas leaders" is QAT-ISR
    // (was QAT-PSEREB), as "condemned the Israeli attack" is.
    if (JudgesAnAct(c->cameo) && (c->frame & kVerb)) {
      const int by = JudgedAttackAgent(c->si, c->te);
      if (by >= 0 && by != c->agent && Actor(by)) {
        c->others.push_back(by);
        return;
      }
      // Nor who suffered it: "Kallas condemned the violence against peaceful demonstrators"
      // judges who used it (the attacks told before: Read), not the demonstrators.
      if (const size_t noun = JudgedAttack(c->si, c->te);
          noun + 1 < toks.size() &&
          (toks[noun + 1].lower == "against"sv || toks[noun + 1].lower == "on"sv)) {
        return;
      }
    }
    // "Russia banned imports of Moldovan wine", "tariffs on Chinese goods": a trade measure is
    // aimed at the country whose adjective names the goods.
    if (c->rule.starts_with("trade-sanction:"sv)) {
      for (size_t k = c->te; k + 1 < toks.size() && k < c->te + 3; ++k) {
        if (toks[k].lower != "of"sv && toks[k].lower != "from"sv && toks[k].lower != "on"sv) {
          continue;
        }
        const int mi = MentionAt(c->si, k + 1);
        if (mi < 0 || doc_.mentions[mi].kind != MentionKind::kAdjective) break;
        const int country = CountryEntity(doc_.mentions[mi].country);
        if (country >= 0 && country != c->agent) {
          c->others.push_back(country);
          return;
        }
        break;
      }
    }
    // "Trump has threatened to impose 25% tariffs on Japanese goods", "sanctions on Chinese
    // firms": a threat or sanction whose measure falls on a country's goods or firms is aimed
    // at that country (as the trade measures above are).
    if ((c->cameo.starts_with("13"sv) || c->cameo.starts_with("16"sv) || c->cameo == "085"sv) &&
        !c->rule.starts_with("trade-sanction:"sv)) {
      static const KeySet kGoods = {
          "goods",     "products",  "imports",   "exports",     "steel",     "cars",
          "vehicles",  "firms",     "companies", "banks",       "oil",       "gas",
          "shipments", "exporters", "entities",  "individuals", "oligarchs", "officials"};
      for (size_t k = c->te; k + 2 < toks.size() && k < c->te + 10; ++k) {
        const auto& w = toks[k].lower;
        if (w == ","sv || w == ";"sv || w == "that"sv) break;
        if (w != "on"sv && w != "against"sv) continue;
        const int mi = MentionAt(c->si, k + 1);
        // (Or a possessor's: "new sanctions on Iran's national airline".)
        if (mi >= 0 && doc_.mentions[mi].kind != MentionKind::kAdjective) {
          const Mention& m = doc_.mentions[mi];
          if (m.te < toks.size() && (toks[m.te].lower == "'s"sv || toks[m.te].possessive) &&
              m.entity >= 0 && m.entity != c->agent && Actor(m.entity) &&
              doc_.entities[m.entity].out.type != "person"sv) {
            c->others.push_back(m.entity);
            return;
          }
          break;
        }
        if (mi < 0 || doc_.mentions[mi].kind != MentionKind::kAdjective) break;
        const size_t after = doc_.mentions[mi].te;
        if (after >= toks.size() || !kGoods.Has(toks[after])) break;
        const int country = CountryEntity(doc_.mentions[mi].country);
        if (country >= 0 && country != c->agent) {
          c->others.push_back(country);
          return;
        }
        break;
      }
    }
    // "Israel struck Hamas targets in Gaza", "Ukrainian forces hit Russian positions": the
    // owner of what an attack strikes is its target (and a state strikes too, as at a place).
    if (const size_t at = StruckThingAt(*c); at < toks.size()) {
      const Mention& m = doc_.mentions[MentionAt(c->si, at)];
      const int e = m.entity >= 0 ? m.entity : CountryEntity(m.country);
      // (Or a place of a known country by the "of" phrase of what is struck: "Israel struck
      // the port of Hodeidah", YEM, as "struck Hodeidah" is.)
      const bool place = e >= 0 && doc_.entities[e].out.type == "location"sv &&
                         doc_.entities[e].out.country.size() == 3 && !m.modifier;
      if (e >= 0 && e != c->agent &&
          (place || (Actor(e) && doc_.entities[e].out.type != "location"sv))) {
        c->others.push_back(e);
        c->aimed_at = true;
        // A threat to strike a state's sites threatens force (138).
        if (c->cameo.starts_with("13"sv)) c->cameo = "138";
        return;
      }
    }
    size_t k = c->te;
    // "Saudi Arabia hosted talks between Ukrainian and US officials": a host's object that is
    // a gathering names its own parties; the host is none of them (the two stay apart unless
    // the gathering names the host too).
    if (c->cameo == "043"sv && (c->frame & kVerb)) {
      size_t g = k;
      // (Past "another round of", "the next round of", "a new round of".)
      static const KeySet kRound = {"the",   "a",      "another", "new",    "next", "second",
                                    "third", "latest", "round",   "rounds", "of",   "first"};
      while (g < toks.size() && g < k + 5 && kRound.Has(toks[g])) ++g;
      if (std::any_of(gatherings_.begin(), gatherings_.end(),
                      [&](auto r) { return r.first == g; })) {
        // ("The Kremlin hosted talks between Vladimir Putin and ...": one of the host's own
        // side takes part, and the host's event is those talks.)
        const std::string host = c->agent >= 0 ? EntityCountry(doc_, c->agent) : std::string();
        bool own_side = false;
        for (size_t j = g; j < toks.size() && j < g + 12 && !own_side; ++j) {
          const int mi = MentionAt(c->si, j);
          const int e = mi >= 0 ? doc_.mentions[mi].entity : -1;
          own_side = e >= 0 && !host.empty() && doc_.entities[e].out.type != "location"sv &&
                     EntityCountry(doc_, e) == host;
        }
        // "Hamas and Fatah signed a declaration in Beijing. Foreign Minister Wang Yi hosted the
        // talks.": the gathering told before, named by "the" and naming no party of its own,
        // was the last pair's, the host's guests (was hosting nobody).
        if (!own_side && toks[k].lower == "the"sv && c->agent >= 0 && last_pair_.size() == 2 &&
            c->si - last_pair_si_ <= kTheyReach) {
          bool names_party = false;
          for (size_t j = g + 1; j < toks.size() && j < g + 8 && !names_party; ++j) {
            if (toks[j].kind == TokenKind::kPunct) break;
            const int mi = MentionAt(c->si, j);
            names_party = mi >= 0 && doc_.mentions[mi].entity >= 0 &&
                          doc_.entities[doc_.mentions[mi].entity].out.type != "location"sv;
          }
          const bool guests = std::none_of(last_pair_.begin(), last_pair_.end(), [&](int p) {
            return p == c->agent || (!host.empty() && EntityCountry(doc_, p) == host);
          });
          if (!names_party && guests) c->others = last_pair_;
        }
        // The parties a gathering names after "between" are the host's guests, as the pair
        // told before is above: "Oman hosted talks between Iran and the United States" is
        // OMN's hosting of IRN (043, as PETRARCH codes a host's compound object), beside the
        // IRN-USA talks (was Oman's with nobody).
        if (!own_side && c->others.empty()) {
          size_t b = g + 1;
          while (b < toks.size() && b < g + 3 && toks[b].kind != TokenKind::kPunct &&
                 toks[b].lower != "between"sv) {
            ++b;
          }
          if (b < toks.size() && toks[b].lower == "between"sv) {
            for (int e : NounPhrase(c->si, b + 1, toks.size())) {
              if (e != c->agent && Actor(e) && doc_.entities[e].out.type != "location"sv) {
                c->others.push_back(e);
              }
            }
            c->hosts_guests = !c->others.empty();
          }
        }
        if (!own_side) return;
      }
    }
    // A trigger that ends in "with" ("met with", "a meeting with") is followed by its party's
    // noun phrase, as a "with" after the trigger is: "met with representatives of
    // parliamentary factions and groups of the Verkhovna Rada".
    if (c->te > c->tb && toks[c->te - 1].lower == "with"sv) {
      auto ents = NounPhrase(c->si, k, toks.size());
      if (!ents.empty()) {
        for (int e : ents) c->others.push_back(e);
        c->with_party = true;
        return;
      }
    }
    static const KeySet kPastVerbs = {"said", "told", "made", "met", "held",  "took",  "gave",
                                      "sent", "led",  "went", "saw", "spoke", "began", "won"};
    static const KeySet kVerbObjectStart = {"on",  "for",  "the", "a",   "an",  "that",
                                            "to",  "with", "his", "her", "its", "their",
                                            "our", "upon", "up",  "off", "out", "them"};
    static const KeySet kDeterminers = {"of", "the", "a", "an", "its", "their", "his", "her"};
    const bool nominal = ((c->frame & kNoun) && !(c->frame & kVerb)) ||
                         (c->tb > 0 && kDeterminers.Has(toks[c->tb - 1]));
    bool in_dash = false;
    bool title_words = true;   // every token so far may belong to a title
    bool holder_next = false;  // past "your President," to the holder's name
    // "accused the RSF of genocide and called on the African Union", "launched attacks on
    // Kharkiv and urged the United Nations": a verb after "and" opens another predicate,
    // whose object is none of the trigger's parties. (Not a verb's second verb, which shares
    // its object: "occupied and tried to annex Ukrainian territories"; nor an adjective:
    // "respectful and civilized relations".)
    size_t limit = toks.size();
    for (size_t a = c->te; a + 2 < toks.size() && a < c->te + 30 && limit == toks.size(); ++a) {
      if (toks[a].lower == "and"sv && (a > c->te || nominal || c->te > c->tb + 1) &&
          !toks[a + 1].cap &&
          (toks[a + 1].lower.ends_with("ed"sv) || kPastVerbs.Has(toks[a + 1])) &&
          (kVerbObjectStart.Has(toks[a + 2]) || MentionAt(c->si, a + 2) >= 0)) {
        limit = a;
      }
    }
    for (size_t steps = 0; k < limit && steps < 30; ++k, ++steps) {
      const auto& w = toks[k].lower;
      if (w == "-"sv && toks[k].space_before) {
        in_dash = !in_dash;
        continue;
      }
      if (in_dash) continue;
      if (w == "that"sv && steps <= 3 && (c->type == "demand"sv || c->type == "request"sv) &&
          c->others.empty()) {
        // "demanded that the US cancel ...": who is to act is the one addressed.
        for (int e : NounPhrase(c->si, k + 1, std::min(limit, k + 8))) {
          c->others.push_back(e);
        }
        return;
      }
      if (w == ";"sv || w == ":"sv || w == "\""sv || w == "that"sv) break;
      // A concession or circumstance names none of its parties: "during his visit on Tuesday
      // despite an International Criminal Court warrant" (the court was the visit's host).
      if (w == "despite"sv || w == "notwithstanding"sv || w == "amid"sv || w == "amidst"sv) break;
      // "brokered the truce along with the United States": who acts along with the agent is
      // no target.
      if (w == "along"sv && k + 1 < toks.size() && toks[k + 1].lower == "with"sv) break;
      // A participle right after a nominal trigger with a "by" phrase names who did it: "the
      // sanctions imposed by the United States", "the massacre committed by the Russian
      // military" (the agent, was the target); unless the participle is a third party's act
      // or judgment: "The ceasefire brokered by Qatar and Egypt" (no party of the ceasefire:
      // its target was Egypt), "the reforms supported by X". A gathering keeps its organiser
      // ("a meeting organized by X" is with X).
      if (w == "by"sv && k == c->te + 1 && (c->frame & kNoun) && !IsConsultation(c->type) &&
          c->type != "aid"sv && toks[k - 1].lower.ends_with("ed"sv)) {
        // (Aid has its giver rule, GiverAfter: "weapons needed by the army" are no gift of it.)
        static const KeySet kThirdParty = {
            "brokered",  "mediated",   "facilitated",  "sponsored",  "hosted",     "organized",
            "organised", "convened",   "guaranteed",   "monitored",  "backed",     "supported",
            "welcomed",  "condemned",  "criticized",   "criticised", "endorsed",   "rejected",
            "opposed",   "denounced",  "praised",      "approved",   "recognized", "recognised",
            "reported",  "documented", "investigated", "observed",   "verified",   "confirmed",
            "needed",    "requested",  "received",     "sought",     "required",   "demanded",
            "suffered",  "faced",      "experienced",  "felt",       "used",       "called"};
        // (A "by" phrase naming nobody known, "by a number of Western countries", is read on
        // as before.)
        size_t end = k + 1;  // the phrase ends at a comma: "..., Vladimir Putin emphasised"
        while (end < toks.size() && end < k + 12 && toks[end].kind != TokenKind::kPunct) ++end;
        // Its first name within three words of "by", past articles and modifiers: "by hostile
        // forces against Cuba", "by the occupying Soviet Army in Lithuania" name no agent
        // this reading knows (Cuba, Lithuania are no agents).
        size_t first = k + 1;
        static const KeySet kPrepositions = {"against", "on", "in",   "of",  "at",
                                             "from",    "to", "with", "for", "upon"};
        while (first < end && first < k + 4 && MentionAt(c->si, first) < 0 &&
               toks[first].kind == TokenKind::kWord && !toks[first].cap &&
               !kPrepositions.Has(toks[first])) {
          ++first;
        }
        const bool near = first < end && first < k + 4 && MentionAt(c->si, first) >= 0;
        const auto by = near ? NounPhrase(c->si, first, end) : std::vector<int>();
        if (!by.empty()) {
          if (!kThirdParty.Has(toks[k - 1])) {
            // (It outranks the clause's subject: "agreed to investigate war crimes committed
            // by the Russian military" are not the investigators' crimes.)
            c->agent = by[0];
            // "sanctions imposed by the European Union and the United States": each imposes
            // (PassiveAgent's reading); "the agreement concluded by the six Powers and the EU"
            // has them all as parties.
            const bool directed =
                (c->frame & kTarget) && c->type != "agreement"sv && c->type != "cooperation"sv;
            for (size_t n = 1; n < by.size(); ++n) {
              (directed ? c->by_conjuncts : c->others).push_back(by[n]);
            }
            // What it is aimed at follows the "by" phrase: "the embargo imposed by the United
            // States against Cuba".
            for (size_t j = k + 2; j + 1 < end; ++j) {
              const auto& a = toks[j].lower;
              if (a != "against"sv && a != "on"sv && a != "upon"sv && a != "with"sv) continue;
              for (int e : NounPhrase(c->si, j + 1, end)) {
                if (std::find(by.begin(), by.end(), e) == by.end()) c->others.push_back(e);
              }
              break;
            }
          }
          break;
        }
      }
      // (Right after the trigger too, before who reports it: "Thousands joined the protests,
      // Amnesty International said" was a protest against Amnesty.)
      if (w == ","sv && steps == 0 && k + 1 < toks.size() && toks[k + 1].lower != "and"sv &&
          toks[k + 1].lower != "but"sv) {
        static const KeySet kReported = {"said", "says", "reported", "added", "told", "according"};
        bool reported = false;
        for (size_t j = k + 1; j < toks.size() && j < k + 6 && !reported; ++j) {
          reported = kReported.Has(toks[j]);
        }
        if (reported) break;
      }
      if (w == ","sv && steps > 0) {
        // A comma ends the search unless a "with" follows closely (parenthetical place), or
        // the holder of the title before it: "to meeting your President, Mr. Alar Karis".
        if (k + 1 < toks.size() && toks[k + 1].lower == "with"sv) continue;
        if (TitleHolderAfter(c->si, k)) {
          holder_next = true;
          continue;
        }
        break;
      }
      // The "with" of another gathering noun is that gathering's party: "signed a package of
      // documents before the Russian President's meeting with the Prime Minister of India".
      if (w == "with"sv && steps > 0 &&
          std::any_of(gatherings_.begin(), gatherings_.end(), [&](auto g) {
            return g.first >= c->te && (g.second == k || (g.first < k && g.second == k + 1));
          })) {
        return;
      }
      // "the first official foreign visit for the President of Turkmenistan": the guest.
      if (w == "for"sv && steps == 0 && c->type == "visit"sv && (c->frame & kNoun) &&
          c->agent < 0) {
        const auto ents = NounPhrase(c->si, k + 1, std::min(limit, k + 8));
        if (ents.size() == 1 && doc_.entities[ents[0]].out.type == "person"sv) {
          c->agent = ents[0];
          return;
        }
      }
      // "saw with her own eyes the destruction caused by the Russian army": a manner, no party.
      if (w == "with"sv && k + 3 < toks.size() && toks[k + 2].lower == "own"sv &&
          toks[k + 3].lower == "eyes"sv) {
        k += 3;
        continue;
      }
      // "the full support and cooperation of Kiribati", "with the assistance of Japan": the one
      // party of cooperation or aid after "of" gives it (not "in support of Ukraine", whom it
      // is for).
      if (w == "of"sv && steps == 0 && c->agent < 0) {
        const auto ents = NounPhrase(c->si, k + 1, limit);
        if (GivenOf(*c, ents)) {
          c->agent = ents[0];
          WithPartyAfter(c, k + 1);
          return;
        }
      }
      // "agreed to a truce, with Washington cutting tariffs": "with" and a clause of its own
      // (a name and an -ing verb) names circumstances, no party.
      // ("with 14 votes in favour and Russia abstaining": a name and its -ing verb anywhere in
      // the phrase.)
      if (w == "with"sv && k + 1 < limit) {
        static const KeySet kNotVerbs = {"during",     "including", "following",      "regarding",
                                         "concerning", "according", "notwithstanding"};
        bool absolute = false;
        for (size_t j = k + 1; j < limit && j < k + 10 && !absolute; ++j) {
          if (toks[j].kind == TokenKind::kPunct && toks[j].lower != "-"sv) break;
          const int mi = MentionAt(c->si, j);
          if (mi < 0) continue;
          const size_t after = doc_.mentions[mi].te;
          absolute = after < toks.size() && toks[after].lower.size() > 4 &&
                     toks[after].lower.ends_with("ing"sv) && !toks[after].cap &&
                     !kNotVerbs.Has(toks[after]);
          j = after - 1;
        }
        if (absolute) break;
      }
      // Another noun's "between" names that noun's sides, no party of the trigger's: "left the
      // summit because of the conflict between Israel and Iran" (were the summit's parties).
      // (A gathering's only: "welcomes the re-establishment of relations between Cuba and the
      // United States" judges the pair.)
      if (w == "between"sv && steps > 0 && k > 0 && IsConsultation(c->type)) {
        static const KeySet kOwnSides = {"conflict", "war",         "tensions", "dispute",
                                         "clashes",  "fighting",    "rivalry",  "standoff",
                                         "feud",     "hostilities", "wars",     "conflicts"};
        if (kOwnSides.Has(toks[k - 1])) return;
      }
      if (w == "with"sv || w == "between"sv || (w == "of"sv && steps == 0 && (c->frame & kNoun)) ||
          (w == "and"sv && steps == 0)) {
        auto ents = NounPhrase(c->si, k + 1, limit);
        // "Qatar and Egypt are mediating between Israel and Hamas": the pair a mediator goes
        // between are its targets, never the mediator.
        if (w == "between"sv && c->cameo == "045"sv) {
          for (int e : ents) c->others.push_back(e);
          return;
        }
        if (w == "between"sv) c->explicit_pair = ents.size() >= 2;
        // (A swap's noun too, whose row reads verbs: "the largest prisoner exchange between
        // Moscow and the West" was the released journalist's.)
        const std::string_view noun = toks[c->te - 1].lower;
        const bool swap_noun =
            noun == "exchange"sv || noun == "swap"sv || noun == "exchanges"sv || noun == "swaps"sv;
        if (w == "between"sv && ents.size() >= 2 &&
            ((steps == 0 && ((c->frame & kNoun) || swap_noun)) ||
             (c->agent < 0 && steps <= 2 &&
              (IsConsultation(c->type) || c->type == "agreement"sv ||
               c->type == "cooperation"sv)))) {
          // "Bennett expressed ideas regarding the talks between Russia and Ukraine": the
          // pair the noun names is its parties, whoever speaks of it. So is the pair right after
          // a mutual verb with no subject: "documents were signed between Russia and
          // Kazakhstan" (not a fight's: "shelled across the border between Ukraine and Russia").
          c->agent = ents[0];
          c->others.assign(ents.begin() + 1, ents.end());
          return;
        }
        if (w == "of"sv && ents.size() >= 2) c->explicit_pair = true;
        if (w == "of"sv && c->type == "visit"sv && ents.size() == 1) {
          // "the visit of the President of Azerbaijan to Ukraine": the "of" party is the
          // guest; a subject named before ("Zelenskyy welcomed the visit of X") hosts.
          // (Not one of the guest's own side: "The First Lady of Turkey arrived in Ukraine in
          // the framework of the visit of President Erdogan".)
          if (c->agent >= 0 && c->agent != ents[0] &&
              EntityCountry(doc_, c->agent) != EntityCountry(doc_, ents[0])) {
            c->others.push_back(c->agent);
          }
          c->agent = ents[0];
          continue;
        }
        for (int e : ents) c->others.push_back(e);
        if (w == "with"sv && !ents.empty()) c->with_party = true;
        // "the meeting of Alar Karis with Denys Shmyhal": the "with" party follows.
        if (!ents.empty() && w != "of"sv) return;
        if (w == "with"sv || w == "between"sv) return;
        continue;
      }
      // "fired cruise missiles at Kyiv": what is fired at is the target.
      if ((w == "at"sv || w == "into"sv || w == "toward"sv || w == "towards"sv) && steps <= 1 &&
          (c->cameo.starts_with("19"sv) || c->cameo == "175"sv) && c->others.empty()) {
        // ("into northern Israel": past one lower-case word of direction.)
        size_t at = k + 1;
        static const KeySet kDirection = {"northern", "southern", "eastern", "western",
                                          "central",  "the",      "a",       "an"};
        if (at + 1 < toks.size() && MentionAt(c->si, at) < 0 && kDirection.Has(toks[at])) {
          ++at;
        }
        const int mi = at < toks.size() ? MentionAt(c->si, at) : -1;
        int e = mi >= 0 ? doc_.mentions[mi].entity : -1;
        // ("fired water cannon at a Philippine vessel": the country whose adjective names what
        // is fired at.)
        if (mi >= 0 && e < 0 && doc_.mentions[mi].kind == MentionKind::kAdjective &&
            doc_.mentions[mi].te < toks.size() && !toks[doc_.mentions[mi].te].cap) {
          e = CountryEntity(doc_.mentions[mi].country);
          if (e >= 0 && e != c->agent) {
            c->others.push_back(e);
            c->aimed_at = true;
            return;
          }
        }
        if (e >= 0 && e != c->agent && !doc_.mentions[mi].modifier) {
          c->others.push_back(e);
          c->aimed_at = true;
          return;
        }
      }
      // "on Thursday" is a date: what follows it is no target ("carried out a prisoner exchange
      // on Thursday, with Moscow freeing a reporter").
      if (DateAfterOn(c->si, k) > 0) continue;
      if (w == "to"sv || w == "on"sv || w == "against"sv || w == "from"sv || w == "upon"sv) {
        if ((c->frame & kTarget) && c->others.empty()) {
          // (Within the clause: "killed 26 tourists on Tuesday, Indian police said" aimed at
          // no police.)
          // (A comma that opens who reports it ends it; a list goes on: "sanctions on Russia,
          // Belarus and Iran", "to hospitals, the Armed Forces and ...".)
          auto reporter = [&](size_t comma) {
            // (Or another clause: "the violence against peaceful demonstrators, and Lithuania,
            // Latvia and Estonia imposed sanctions".)
            if (comma + 1 < toks.size() && MentionAt(c->si, comma - 1) < 0 &&
                (toks[comma + 1].lower == "and"sv || toks[comma + 1].lower == "but"sv ||
                 toks[comma + 1].lower == "while"sv)) {
              return true;
            }
            for (size_t j = comma + 1; j < toks.size() && j < comma + 6; ++j) {
              if (ReportingVerb(toks[j].lower) || toks[j].lower == "told"sv) return true;
              if (toks[j].kind == TokenKind::kPunct) return false;
            }
            return false;
          };
          size_t end = k + 1;
          while (end < std::min(limit, k + 8) && toks[end].lower != ";"sv &&
                 !(toks[end].lower == ","sv && reporter(end))) {
            ++end;
          }
          auto ents = NounPhrase(c->si, k + 1, end);
          for (int e : ents) c->others.push_back(e);
          if (!ents.empty()) return;
          // Aid sent to a place goes to its people: "pledged $300 million in humanitarian aid
          // to Gaza" (coded as its country, as a place attacked is: CodeEvent).
          if (w == "to"sv && c->cameo.starts_with("07"sv)) {
            const size_t at = k + 2 < toks.size() && toks[k + 1].lower == "the"sv ? k + 2 : k + 1;
            const int mi = at < toks.size() ? MentionAt(c->si, at) : -1;
            if (const int place = PlaceObjectEntity(*c, mi); place >= 0) {
              c->others.push_back(place);
              c->aimed_at = true;
              return;
            }
          }
        }
        continue;
      }
      // "invited him", "told him", "thanked her for" (an object "her": no noun after it).
      const bool her =
          w == "her"sv && (k + 1 >= toks.size() || toks[k + 1].kind != TokenKind::kWord ||
                           NotModifiers().Has(toks[k + 1]));
      if ((w == "him"sv || her) && steps <= 1 && (c->frame & kVerb)) {
        const int p = ObjectPerson(doc_, c->si, k);
        const char want = her ? 'f' : 'm';
        if (p >= 0 && p != c->agent &&
            (doc_.entities[p].gender == 0 || doc_.entities[p].gender == want)) {
          c->others.push_back(p);
          return;
        }
      }
      const int mi = MentionAt(c->si, k);
      // Only the words of a title before it: "met with Speaker of the House of
      // Representatives Nancy Pelosi" (the trigger is "met with").
      if (mi < 0 && title_words &&
          !(toks[k].cap || w == "of"sv || w == "the"sv || w == "on"sv || w == "for"sv ||
            w == "and"sv || w == "at"sv)) {
        title_words = false;
      }
      // "Ukrainian drones struck an oil refinery in Russia's Ryazan region", "shelled a
      // hospital in Kharkiv": an attack's object that no name heads, in a place, is aimed at
      // the place (coded as its country, as a place attacked is).
      if (mi >= 0 && (c->cameo.starts_with("18"sv) || c->cameo.starts_with("19"sv)) &&
          (c->frame & kVerb) && c->others.empty() && steps <= 7 && k > c->te + 1) {
        // (Past an article or a count: "in five Ukrainian regions", "in several Russian cities".)
        static const KeySet kCounts = {"the",     "two",   "three", "four",   "five",
                                       "six",     "seven", "eight", "nine",   "ten",
                                       "several", "many",  "some",  "dozens", "numerous"};
        // (And past a direction: "in northern Syria".)
        static const KeySet kDirections = {"northern",     "southern",     "eastern",
                                           "western",      "central",      "northeastern",
                                           "northwestern", "southeastern", "southwestern"};
        const size_t in_at = kCounts.Has(toks[k - 1]) || kDirections.Has(toks[k - 1]) ||
                                     toks[k - 1].kind == TokenKind::kNumber
                                 ? k - 2
                                 : k - 1;
        // (Not what is struck figuratively: "struck a deal in Riyadh".)
        static const KeySet kFigurative = {"deal",        "deals", "agreement",  "chord",   "tone",
                                           "balance",     "note",  "compromise", "bargain", "pact",
                                           "partnership", "blow",  "pose",       "match"};
        // Only after a verb ("struck", "shelled", "killed"; not "attacks took place in
        // Barcelona"), over an object ("fighting for our people in Donbass" names none).
        static const KeySet kNoObject = {"for", "took",    "place",   "remain", "remains",
                                         "is",  "are",     "was",     "were",   "been",
                                         "be",  "to",      "by",      "with",   "from",
                                         "of",  "against", "planned", "in",     "during"};
        const std::string_view verb = toks[c->te - 1].lower;
        bool plain =
            in_at > c->te && toks[in_at].lower == "in"sv &&
            (verb.ends_with("ed"sv) || verb == "hit"sv || verb == "struck"sv || verb == "shot"sv);
        for (size_t j = c->te; plain && j < in_at; ++j) {
          // (A country adjective may qualify the object: "struck Kurdish militant targets".)
          const int at = MentionAt(c->si, j);
          const std::string_view aw = toks[j].lower;
          const bool adjective =
              (at >= 0 && doc_.mentions[at].kind == MentionKind::kAdjective) ||
              (at < 0 && aw.size() > 5 &&
               (aw.ends_with("ish"sv) || aw.ends_with("ian"sv) || aw.ends_with("ese"sv)));
          plain = (at < 0 || adjective) && (!toks[j].cap || adjective) &&
                  toks[j].kind != TokenKind::kPunct && !kFigurative.Has(toks[j]) &&
                  !kNoObject.Has(toks[j]);
        }
        const int e = doc_.mentions[mi].entity;
        // (A country's possessive names the place: "in Russia's Ryazan region".)
        const bool owner =
            doc_.mentions[mi].te < toks.size() &&
            (toks[doc_.mentions[mi].te].lower == "'s"sv || toks[doc_.mentions[mi].te].possessive);
        if (plain && e >= 0 && e != c->agent && (!doc_.mentions[mi].modifier || owner)) {
          const auto& out = doc_.entities[e].out;
          const bool country = out.type == "country"sv;
          const int place = country ? e : PlaceObjectEntity(*c, mi);
          if (place >= 0) {
            c->others.push_back(place);
            c->aimed_at = true;
            return;
          }
        }
      }
      if (mi >= 0 && (steps <= 4 || holder_next || (title_words && TitleOpens(c->si, c->te))) &&
          ((c->frame & kVerb) || Gerund(*c)) && !AfterPreposition(c->si, c->te, k)) {
        // "visited Bucha and saw what the policy of concessions to Russia has led to": a place
        // visited that is no party (a capital is its government) ends the object; nothing
        // after it is the host but its owner ("the hospital of the Defence Ministry").
        const int place = doc_.mentions[mi].entity;
        if (c->type == "visit"sv && steps <= 1 && place >= 0 && !doc_.mentions[mi].modifier &&
            doc_.entities[place].out.type == "location"sv && !Actor(place) &&
            !(doc_.mentions[mi].te < toks.size() && toks[doc_.mentions[mi].te].lower == "of"sv)) {
          return;
        }
        // A place attacked is the target: "Russian forces shelled Kherson", "Israeli
        // airstrikes hit Rafah" (coded as its country, as one fired at is: CodeEvent). Not a
        // place that only names what follows ("shelled Kherson's port", "the city of").
        if ((c->cameo.starts_with("18"sv) || c->cameo.starts_with("19"sv)) && (c->frame & kVerb) &&
            (steps == 0 || (steps == 1 && toks[k - 1].lower == "the"sv)) &&
            PlaceObjectEntity(*c, mi) >= 0) {
          c->others.push_back(PlaceObjectEntity(*c, mi));
          c->aimed_at = true;
          return;
        }
        // Direct object: "met Erdogan", "accused Russia".
        auto ents = NounPhrase(c->si, k, toks.size());
        // Or its owner: "Mexico rejected Donald Trump's threat", "Hungary blocked the EU's
        // sanctions package against Russia" (USAGOV, IGOEUREEC), as PETRARCH codes the head
        // of the object; not over the person an owner's title names ("met Putin's envoy
        // Yuri Ushakov").
        const Mention& m = doc_.mentions[mi];
        const bool owner =
            m.te < toks.size() && (toks[m.te].lower == "'s"sv || toks[m.te].possessive);
        // (Not the owner of other parties: "thanked Ukraine's partners" are not Ukraine.)
        static const KeySet kOthers = {
            "partners",   "allies",  "friends",     "colleagues", "counterparts", "neighbours",
            "neighbors",  "enemies", "adversaries", "opponents",  "rivals",       "critics",
            "supporters", "partner", "ally",        "neighbour",  "neighbor",     "enemy"};
        size_t after = m.te;
        if (after < toks.size() && toks[after].lower == "'s"sv) ++after;
        while (after < toks.size() && after - m.te < 4 && MentionAt(c->si, after) < 0 &&
               toks[after].kind == TokenKind::kWord && !toks[after].cap &&
               !kOthers.Has(toks[after]) && OnlyModifiers(c->si, after, after + 1)) {
          ++after;
        }
        const bool first =
            (m.tb == c->te ||
             (m.tb == c->te + 1 && (toks[c->te].lower == "the"sv || toks[c->te].lower == "a"sv ||
                                    toks[c->te].lower == "an"sv))) &&
            !(after < toks.size() && kOthers.Has(toks[after]));
        if (owner && first && (c->frame & kTarget) && m.entity >= 0 && m.entity != c->agent &&
            Actor(m.entity) && (ents.empty() || OwnedHeadFirst(c->si, m.te, ents[0]))) {
          c->others.push_back(m.entity);
          return;
        }
        // A verb of judging judges the act of the country whose adjective owns its object:
        // "Borrell condemned the Israeli strikes on Gaza" (ISR).
        if (m.kind == MentionKind::kAdjective && first && JudgesAnAct(c->cameo)) {
          const int country = MentionEntity(mi);
          if (country >= 0 && country != c->agent &&
              (ents.empty() || OwnedHeadFirst(c->si, m.te, ents[0]))) {
            c->others.push_back(country);
            return;
          }
        }
        if (!ents.empty()) {
          for (int e : ents) c->others.push_back(e);
          return;
        }
      }
    }
  }

  // The party whose possessive owns the noun at toks[tb], past two lower-case modifiers
  // ("Trump's terms", "Oman's offer", "Trump's 20-point peace plan"); -1 when none.
  int PossessiveOwner(int si, size_t tb) const {
    const auto& toks = Toks(si);
    size_t k = tb;
    // (Modifiers only: no conjunction, article, preposition or participle between.)
    static const KeySet kNotModifier = {"and", "or",  "the", "a",    "an", "of",   "to",   "in",
                                        "on",  "for", "by",  "with", "at", "from", "that", "which"};
    // (A hyphenated modifier counts as one: "Trump's 20-point plan".)
    for (size_t n = 0; n < 2 && k > 0; ++n) {
      if (k >= 4 && toks[k - 2].lower == "-"sv && toks[k - 1].kind == TokenKind::kWord &&
          !toks[k - 1].cap &&
          (toks[k - 3].kind == TokenKind::kNumber || toks[k - 3].kind == TokenKind::kWord) &&
          !toks[k - 3].cap) {
        k -= 3;
        continue;
      }
      if (toks[k - 1].kind != TokenKind::kWord || toks[k - 1].cap || toks[k - 1].possessive ||
          toks[k - 1].lower == "'s"sv || kNotModifier.Has(toks[k - 1]) ||
          toks[k - 1].lower.ends_with("ed"sv)) {
        break;
      }
      --k;
    }
    if (k == 0) return -1;
    if (toks[k - 1].lower == "'s"sv)
      --k;  // "Trump 's" as two tokens
    else if (!toks[k - 1].possessive)
      return -1;
    const int mi = k > 0 ? MentionAt(si, k - 1) : -1;
    if (mi < 0 || doc_.mentions[mi].entity < 0 || !Actor(doc_.mentions[mi].entity)) return -1;
    return doc_.mentions[mi].entity;
  }

  // What a verb of rejection at c.tb rejects, when it is something another party said or
  // asked before: an accusation or a remark ("denied the accusations", "rejected the
  // criticism", "dismissed the claim as nonsense"), a proposal or demand ("rejected the
  // proposal", "dismissed the offer"), or whatever a relative clause closes on ("..., which
  // Kyiv denied"; "a charge Israel strongly rejected" is an accusation).
  enum class Rejected { kNothing, kCharge, kProposal, kAny };
  Rejected RejectedThing(int si, const EventCandidate& c) const {
    const auto& toks = Toks(si);
    static const KeySet kDeny = {"denied",    "denies",    "deny",     "denying",
                                 "rejected",  "rejects",   "reject",   "rejecting",
                                 "dismissed", "dismisses", "disputed", "disputes",
                                 "refuted",   "refutes",   "rebuffed", "rebuffs"};
    static const KeySet kCharge = {"accusation", "accusations", "charge",     "charges",
                                   "claim",      "claims",      "allegation", "allegations",
                                   "remark",     "remarks",     "criticism",  "comments",
                                   "assertion",  "assertions",  "reports",    "statement",
                                   "protest",    "protests",    "complaint",  "complaints"};
    static const KeySet kProposal = {"proposal",  "proposals",  "offer",  "offers",   "plan",
                                     "idea",      "initiative", "demand", "demands",  "request",
                                     "ultimatum", "call",       "calls",  "overtures"};
    auto kind = [&](const Token& t) {
      return kCharge.Has(t)     ? Rejected::kCharge
             : kProposal.Has(t) ? Rejected::kProposal
                                : Rejected::kNothing;
    };
    if (!kDeny.Has(toks[c.tb])) return Rejected::kNothing;
    // (A trigger of its own: "denied the accusations", 016.)
    for (size_t k = c.tb + 1; k < c.te; ++k) {
      if (kind(toks[k]) != Rejected::kNothing) return kind(toks[k]);
    }
    if (c.te != c.tb + 1) return Rejected::kNothing;
    static const KeySet kDeterminers = {"the", "these", "those", "this",  "that", "such",
                                        "any", "all",   "its",   "their", "his",  "her"};
    size_t k = c.te;
    if (k < toks.size() && kDeterminers.Has(toks[k])) {
      ++k;
      for (size_t n = 0; n < 2 && k + 1 < toks.size() && toks[k].kind == TokenKind::kWord &&
                         !toks[k].cap && kind(toks[k]) == Rejected::kNothing;
           ++n) {
        ++k;  // "the latest accusations", "these baseless claims"
      }
      // (Not an "of" phrase that names another thing: "rejected the idea of a buffer zone"
      // is no idea anyone proposed here.)
      if (k < toks.size() && kind(toks[k]) != Rejected::kNothing &&
          !(k + 1 < toks.size() && toks[k + 1].lower == "of"sv)) {
        return kind(toks[k]);
      }
    }
    // The relative clause: back over adverbs and an auxiliary to the subject, then the
    // relative pronoun or the accusation it follows.
    size_t b = c.tb;
    while (b > 0 && (LyAdverb(toks[b - 1], 3) || toks[b - 1].lower == "has"sv ||
                     toks[b - 1].lower == "had"sv || toks[b - 1].lower == "have"sv)) {
      --b;
    }
    const int mi = b > 0 ? MentionAt(si, b - 1) : -1;
    // (Or a pronoun that stands for the denier: "accused President Nicolas Maduro of leading a
    // drug cartel, a charge he denies".)
    const bool pronoun = mi < 0 && b > 0 && toks[b - 1].kind == TokenKind::kWord &&
                         (toks[b - 1].lower == "he"sv || toks[b - 1].lower == "she"sv ||
                          toks[b - 1].lower == "it"sv || toks[b - 1].lower == "they"sv) &&
                         c.agent >= 0 && Pronoun(si, b - 1) == c.agent;
    if (!pronoun && (mi < 0 || doc_.mentions[mi].entity != c.agent)) return Rejected::kNothing;
    size_t sb = pronoun ? b - 1 : doc_.mentions[mi].tb;
    // (Past the article of a name: "an accusation the United States rejected".)
    if (!pronoun && sb >= 3 && toks[sb - 1].lower == "the"sv) --sb;
    if (sb < 2) return Rejected::kNothing;
    const std::string_view before = toks[sb - 1].lower;
    if (before == "which"sv && toks[sb - 2].lower == ","sv) return Rejected::kAny;
    if (kind(toks[sb - 1]) != Rejected::kNothing) return kind(toks[sb - 1]);
    if (before == "that"sv || before == "which"sv) return kind(toks[sb - 2]);
    return Rejected::kNothing;
  }

  // Whether the object after a verb ending at toks[te] names two sides by number alone:
  // "both countries", "both sides", "the two sides", "both nations".
  bool BothSidesObject(int si, size_t te) const {
    const auto& toks = Toks(si);
    size_t k = te;
    // ("all sides" too, when the last act was between two: "urged all sides to step back"
    // after Israel's strikes on Iran and Iran's missiles; not "all parties concerned", a UN
    // speech's call on everyone.)
    if (k < toks.size() && (toks[k].lower == "both"sv || toks[k].lower == "all"sv)) {
      ++k;
      if (toks[k - 1].lower == "all"sv && !(k < toks.size() && toks[k].lower == "sides"sv)) {
        return false;
      }
    } else if (k + 1 < toks.size() && toks[k].lower == "the"sv && toks[k + 1].lower == "two"sv) {
      k += 2;
    } else {
      return false;
    }
    // (And their people: "Trump hosted both leaders at the White House".)
    static const KeySet kSides = {"sides",  "countries", "nations",    "parties",   "governments",
                                  "states", "leaders",   "presidents", "ministers", "delegations"};
    return k < toks.size() && kSides.Has(toks[k]) && MentionAt(si, k) < 0 &&
           (k + 1 >= toks.size() || toks[k + 1].lower != "of"sv);
  }

  // Whether the object after a verb of judging ending at toks[te] is an attack named by a
  // definite noun and nothing else: "condemned the attack", "the latest strikes", "the
  // deadly bombing" (not "the Israeli attack", whose adjective names its owner, nor "the
  // attack on the embassy by militants").
  // Returns the noun's index, or toks.size() when the object is no such attack.
  size_t JudgedAttack(int si, size_t te) const {
    const auto& toks = Toks(si);
    size_t k = te;
    if (k >= toks.size() || (toks[k].lower != "the"sv && toks[k].lower != "this"sv &&
                             toks[k].lower != "these"sv && toks[k].lower != "that"sv)) {
      return toks.size();
    }
    ++k;
    static const KeySet kModifiers = {"latest",   "deadly",  "recent",     "brutal",   "overnight",
                                      "cowardly", "heinous", "unprovoked", "terrorist"};
    while (k < toks.size() && k - te <= 3 && kModifiers.Has(toks[k])) ++k;
    if (k >= toks.size() || !AttackNoun(toks[k]) || MentionAt(si, k) >= 0) return toks.size();
    if (k + 1 < toks.size() && toks[k + 1].lower == "by"sv) return toks.size();
    return k;
  }

  // Whether c is a pledge to deepen what two share: "Ishiba and Lee pledged on Saturday to
  // deepen cooperation", "vowed to strengthen ties" (each side's pledge is to the other; was
  // to nobody).
  bool PledgedMutually(const EventCandidate& c) const {
    if (!c.rule.starts_with("propose:pledged"sv) && !c.rule.starts_with("propose:vowed"sv) &&
        !c.rule.starts_with("propose:promised"sv)) {
      return false;
    }
    const auto& toks = Toks(c.si);
    bool to = false;
    for (size_t k = c.te; k < toks.size() && k < c.te + 8; ++k) {
      const auto& w = toks[k].lower;
      if (toks[k].kind == TokenKind::kPunct) return false;
      to = to || w == "to"sv;
      if (to &&
          (w == "cooperation"sv || w == "ties"sv || w == "relations"sv || w == "partnership"sv)) {
        return true;
      }
    }
    return false;
  }

  // Whether the object after a verb of judging ending at toks[te] is one of `nouns` named by a
  // definite noun and no owner, past up to two adjectives: "denounced the decision", "welcomed
  // this important step", "condemned these remarks" (not "the decision of the court", "the
  // EU's decision", "the speech by the President").
  bool JudgedDefiniteNoun(int si, size_t te, const KeySet& nouns) const {
    const auto& toks = Toks(si);
    static const KeySet kDefinite = {"the", "this", "that", "these", "those"};
    size_t k = te;
    if (k >= toks.size() || !kDefinite.Has(toks[k])) return false;
    ++k;
    // (Over adjectives: "the unilateral decision", "this historic step", "the latest remarks".)
    static const KeySet kModifiers = {"latest", "recent",   "historic", "important", "new",
                                      "final",  "surprise", "sudden",   "bold",      "reckless"};
    while (k < toks.size() && k - te <= 3 && toks[k].kind == TokenKind::kWord && !toks[k].cap &&
           MentionAt(si, k) < 0 && (kModifiers.Has(toks[k]) || toks[k].lower.ends_with("al"sv))) {
      ++k;
    }
    if (k >= toks.size() || !nouns.Has(toks[k]) || MentionAt(si, k) >= 0) return false;
    return k + 1 >= toks.size() || (toks[k + 1].lower != "of"sv && toks[k + 1].lower != "by"sv &&
                                    toks[k + 1].lower != "'s"sv && !toks[k + 1].possessive);
  }
  // A decision or move: JudgedDefiniteNoun.
  bool JudgedDecision(int si, size_t te) const {
    static const KeySet kDecisions = {"decision", "decisions", "announcement", "move",       "step",
                                      "plan",     "measure",   "measures",     "recognition"};
    return JudgedDefiniteNoun(si, te, kDecisions);
  }
  // A speech or remarks: "called the speech unacceptable", "rejected the comments".
  bool JudgedSpeech(int si, size_t te) const {
    // (And the charges of an accuser: "Britain's Foreign Office called the accusations
    // baseless" after Russia accused two of its diplomats of spying.)
    static const KeySet kSpeech = {
        "speech",     "remarks",     "comments",   "statement",   "statements", "words",
        "address",    "tweet",       "post",       "interview",   "assertion",  "claims",
        "accusation", "accusations", "allegation", "allegations", "charges"};
    return JudgedDefiniteNoun(si, te, kSpeech);
  }

  // The attacker a verb of judging ending at toks[te] names in its object's "by" phrase:
  // "Qatar condemned an attack by Israel on Hamas leaders" (ISR), "the deadly air strike by
  // Russian forces"; -1 when the object is no attack so told ("condemned the killing of
  // civilians by Israel", whose "by" phrase may be the victims' captor, stays as it was).
  int JudgedAttackAgent(int si, size_t te) const {
    const auto& toks = Toks(si);
    size_t k = te;
    static const KeySet kDeterminers = {"the", "a", "an", "this", "these", "that", "those"};
    if (k < toks.size() && kDeterminers.Has(toks[k])) ++k;
    // (Over lower-case modifiers: "deadly", "air", "missile".)
    while (k < toks.size() && k - te <= 4 && toks[k].kind == TokenKind::kWord && !toks[k].cap &&
           MentionAt(si, k) < 0 && !AttackNoun(toks[k]) && toks[k].lower != "by"sv) {
      ++k;
    }
    if (k + 1 >= toks.size() || !AttackNoun(toks[k]) || MentionAt(si, k) >= 0 ||
        toks[k + 1].lower != "by"sv) {
      return -1;
    }
    return ByAgent(si, k + 1);
  }

  // "During the telephone conversation, Vladimir Putin and President ... Aliyev discussed ...",
  // "During a telephone conversation, Putin congratulated Nazarbayev": the people of the main
  // clause after the comma are the parties of the consultation the opening phrase names.
  void DuringClause(EventCandidate* c) const {
    const auto& toks = Toks(c->si);
    size_t k = c->tb;
    auto opener = [&](size_t at) {
      // "During the talks with X, Y ...", and at the sentence's start "In a conversation with
      // X, I ...", "At the meeting with X, Y ...", "While on a visit to Vostochny Cosmodrome,
      // Vladimir Putin ...", "On a visit to Kharkiv, the President ...".
      return toks[at].lower == "during"sv ||
             (at == 0 && (toks[at].lower == "in"sv || toks[at].lower == "at"sv ||
                          toks[at].lower == "while"sv || toks[at].lower == "on"sv));
    };
    while (k > 0 && c->tb - k < 4 && !opener(k - 1)) --k;
    if (k == 0 || !opener(k - 1)) return;
    size_t comma = c->te;
    while (comma < toks.size() && comma - c->te < 24 && toks[comma].lower != ","sv) ++comma;
    if (comma >= toks.size() || toks[comma].lower != ","sv) return;
    std::vector<int> people;
    for (size_t j = comma + 1; j < toks.size() && j - comma < 40; ++j) {
      const int mi = MentionAt(c->si, j);
      if (mi < 0) {
        if (toks[j].lower == ";"sv || toks[j].lower == "\""sv) break;
        continue;
      }
      const auto& m = doc_.mentions[mi];
      j = m.te - 1;
      if (m.modifier || m.entity < 0 || doc_.entities[m.entity].out.type != "person"sv) continue;
      if (std::find(people.begin(), people.end(), m.entity) == people.end()) {
        people.push_back(m.entity);
      }
      if (people.size() >= 3) break;
    }
    if (people.empty()) return;
    if (c->agent < 0) {
      c->agent = people[0];
      c->others.erase(std::remove(c->others.begin(), c->others.end(), c->agent), c->others.end());
    }
    for (int e : people) {
      if (e != c->agent && std::find(c->others.begin(), c->others.end(), e) == c->others.end()) {
        c->others.push_back(e);
      }
    }
  }

  // Whether the nominal trigger at tb is the "of" object of another action noun, which its
  // "by" phrase then belongs to: "the deterrence of armed aggression by the Ukrainian army"
  // (the army deters), "condemnation of the invasion by the EU"; an act against it only.
  bool OfNominalization(int si, size_t tb) const {
    const auto& toks = Toks(si);
    size_t k = tb;
    for (size_t words = 0; k > 0 && words < 3; ++words) {
      const Token& t = toks[k - 1];
      if (t.lower == "of"sv) break;
      if (t.cap || t.kind != TokenKind::kWord) return false;
      --k;
    }
    if (k < 2 || toks[k - 1].lower != "of"sv) return false;
    // Acts against it, whose agent is another: not "the escalation of aggression by Russia".
    static const KeySet kAgainst = {"deterrence",   "deterring",  "prevention",   "preventing",
                                    "condemnation", "condemning", "resistance",   "repelling",
                                    "repulse",      "repulsion",  "containment",  "suppression",
                                    "defence",      "defense",    "documentation"};
    return kAgainst.Has(toks[k - 2]);
  }

  // Whether `ents`, read after the "of" right after trigger c, are the one party that gives
  // it: "the full support and cooperation of Kiribati", "with the assistance of Japan" (not
  // "in support of Ukraine", whom it is for).
  // (Nor "came to the aid of Ukraine", nor a ministry's title: "the Ministry of Foreign
  // Affairs, European Union and Cooperation of the Kingdom of Spain".)
  bool GivenOf(const EventCandidate& c, const std::vector<int>& ents) const {
    static const KeySet kGiving = {"support", "cooperation", "assistance",  "aid",
                                   "help",    "backing",     "contribution"};
    const auto& toks = Toks(c.si);
    if (ents.size() != 1 || c.te != c.tb + 1 || c.te + 1 >= toks.size() ||
        !kGiving.Has(toks[c.tb]) || toks[c.tb].cap || !Actor(ents[0])) {
      return false;
    }
    if (c.tb > 0 &&
        (toks[c.tb - 1].lower == "in"sv ||
         (c.tb > 1 && toks[c.tb - 1].lower == "the"sv && toks[c.tb - 2].lower == "to"sv))) {
      return false;
    }
    // The party's name opens the phrase (past "the"): "of partners arrived in Ukraine" is no
    // aid of Ukraine's.
    const size_t at = toks[c.te + 1].lower == "the"sv ? c.te + 2 : c.te + 1;
    const int mi = at < toks.size() ? MentionAt(c.si, at) : -1;
    return mi >= 0 && doc_.mentions[mi].entity == ents[0];
  }

  // Adds the "with" party within ten tokens from toks[from] to c's others: "cooperation of the
  // Ukrainian authorities with UNHCR".
  void WithPartyAfter(EventCandidate* c, size_t from) const {
    const auto& toks = Toks(c->si);
    for (size_t j = from; j < toks.size() && j < from + 10; ++j) {
      if (toks[j].kind == TokenKind::kPunct) return;
      if (toks[j].lower != "with"sv) continue;
      for (int e : NounPhrase(c->si, j + 1, toks.size())) {
        if (e != c->agent) c->others.push_back(e);
      }
      return;
    }
  }

  // Whether hostile trigger c is what its agent, named before it, suffers: a verb of suffering
  // or a passive between them ("Venezuela has been placed in a precarious situation as a
  // result of sanctions", "Zimbabwe continues to endure sanctions").
  bool Suffers(int si, const EventCandidate& c) const {
    if (c.cameo.size() < 2 || c.cameo[0] != '1' || c.cameo[1] < '6') return false;
    static const KeySet kSuffer = {"suffer",   "suffers",   "suffered",  "suffering", "face",
                                   "faces",    "faced",     "facing",    "endure",    "endures",
                                   "endured",  "enduring",  "subjected", "victim",    "victims",
                                   "affected", "hit",       "impacted",  "bear",      "bears",
                                   "bore",     "weathered", "withstood", "withstand"};
    static const KeySet kBe = {"is", "are", "was", "were", "been", "being"};
    const auto& toks = Toks(si);
    size_t k = c.tb;
    bool suffers = false;
    // (Across a list: "We have been subjected to hostility, sanctions, economic and diplomatic
    // pressures, as well as armed attacks".)
    for (size_t n = 0; k > 0 && n < 20 && !suffers; ++n, --k) {
      const int mi = MentionAt(si, k - 1);
      if (mi >= 0 && doc_.mentions[mi].entity == c.agent) return false;
      const auto& w = toks[k - 1].lower;
      if (w == ";"sv || w == "that"sv || w == "which"sv || w == "who"sv) return false;
      // A verb of suffering, a passive ("has been placed", "was hit with"), being under it
      // ("Zimbabwe has been under sanctions"; not "kept Mariupol under siege").
      // (Not an adjective's: "Turkey is determined to break the siege".)
      static const KeySet kAdjectives = {
          "determined", "committed", "prepared", "interested", "concerned", "convinced",
          "dedicated",  "engaged",   "pleased",  "resolved",   "obliged",   "involved",
          "outraged",   "shocked",   "alarmed",  "appalled",   "saddened",  "horrified",
          "disturbed",  "worried",   "troubled", "dismayed",   "limited"};
      suffers = kSuffer.Has(toks[k - 1]) || (k >= 2 && (w.ends_with("ed"sv) || w == "under"sv) &&
                                             kBe.Has(toks[k - 2]) && !kAdjectives.Has(toks[k - 1]));
      // ("Tundu Lissu has been in detention since April": held, not holding.)
      suffers = suffers || (n == 0 && w == "in"sv && c.te == c.tb + 1 &&
                            (c.te >= toks.size() || toks[c.te].kind != TokenKind::kWord ||
                             !toks[c.te].lower.starts_with("cent"sv)) &&
                            (toks[c.tb].lower == "detention"sv || toks[c.tb].lower == "custody"sv));
    }
    if (!suffers) return false;
    // The agent named before the verb, in the same clause (or a pronoun read as it).
    static const KeySet kPronouns = {"we", "i", "they", "he", "she", "it"};
    for (size_t n = 0; k > 0 && n < 8; ++n, --k) {
      const int mi = MentionAt(si, k - 1);
      if (mi >= 0 && doc_.mentions[mi].entity == c.agent) return true;
      if (mi < 0 && kPronouns.Has(toks[k - 1])) return true;
      const auto& w = toks[k - 1].lower;
      if (w == ","sv || w == ";"sv || w == "that"sv || w == "which"sv) return false;
    }
    return false;
  }

  // Whether the violent act (18-20) of nominal trigger c is named by a verb of naming before
  // it in its clause: "called genocide what ...", "recognize Russia's war against Ukraine an
  // act of genocide", "described the invasion as illegal" (not "called for", an appeal).
  bool NamedAct(int si, const EventCandidate& c) const {
    if (!(c.frame & kNoun) && !(c.frame & kClose)) return false;
    if (c.cameo.size() < 2 || c.cameo[0] != '1' || c.cameo[1] < '8') {
      if (!c.cameo.starts_with("20"sv)) return false;
    }
    static const KeySet kNaming = {
        "called",     "call",       "calls",      "calling",    "recognize",   "recognise",
        "recognized", "recognised", "recognizes", "recognises", "recognizing", "recognising",
        "described",  "describe",   "describes",  "qualified",  "qualify",     "qualifies",
        "termed",     "labelled",   "labeled",    "branded"};
    const auto& toks = Toks(si);
    for (size_t k = c.tb; k > 0 && c.tb - k < 10; --k) {
      const auto& w = toks[k - 1].lower;
      if (toks[k - 1].kind == TokenKind::kPunct || w == "that"sv || w == "which"sv) return false;
      if (kNaming.Has(toks[k - 1])) {
        return !(k < toks.size() && (toks[k].lower == "for"sv || toks[k].lower == "on"sv ||
                                     toks[k].lower == "upon"sv));
      }
    }
    return false;
  }

  // Whether the phrase after a nominal trigger's "of" ends before toks[j], where a "by" would
  // name another act's agent: at punctuation, at another trigger ("condemnation of the nuclear
  // test by the DPRK" is the test's), at a new coordinated noun phrase ("the withdrawal of
  // foreign troops and the assumption by Somali troops of ...").
  static bool OfPhraseEnds(const std::vector<Token>& toks, const std::vector<size_t>& starts,
                           size_t j) {
    if (toks[j].kind == TokenKind::kPunct) return true;
    if (std::find(starts.begin(), starts.end(), j) != starts.end()) return true;
    static const KeySet kDeterminers = {"the", "a", "an", "its", "their", "his", "her"};
    return toks[j].lower == "and"sv && j + 1 < toks.size() && kDeterminers.Has(toks[j + 1]);
  }

  // The agent of a nominal trigger ending at toks[te] named right after it by "by": "ceasefire
  // violations by Russian forces" (RUSMIL); -1 when none.
  int ByAgent(int si, size_t te) const {
    const auto& toks = Toks(si);
    if (te + 1 >= toks.size() || toks[te].lower != "by"sv) return -1;
    // A means is no agent: "discussed the war by phone with Zelenskyy".
    static const KeySet kMeans = {
        "phone", "telephone", "video", "videoconference", "video-link", "letter", "email", "e-mail",
        "force", "means",     "mail",  "decree",          "land",       "sea",    "air"};
    if (kMeans.Has(toks[te + 1])) return -1;
    // The phrase ends at a preposition before any name: "the attack by drones on Kyiv" names
    // no agent (was Kyiv).
    static const KeySet kEnds = {"on", "against", "in", "at", "into", "near", "over", "from"};
    size_t limit = std::min(toks.size(), te + 8);
    for (size_t j = te + 1; j < limit && MentionAt(si, j) < 0; ++j) {
      if (kEnds.Has(toks[j])) limit = j;
    }
    const auto ents = NounPhrase(si, te + 1, limit);
    return ents.empty() ? -1 : ents[0];
  }

  // The owner of a nominal trigger: a possessive or country adjective at most three tokens
  // before it ("Russia's full-scale war", "Russian aggression"), or -1.
  int CloseOwner(int si, size_t tb) const {
    const auto& toks = Toks(si);
    size_t words = 0;  // modifier words passed; a hyphen or a possessive "'s" is none
    for (size_t k = tb; k > 0 && words < 3; --k) {
      const int mi = MentionAt(si, k - 1);
      const auto& w = toks[k - 1].lower;
      if (w == "'s"sv || toks[k - 1].possessive || (w == "-"sv && !toks[k - 1].space_before)) {
        continue;
      }
      // (Weapons joined: "A Russian missile and drone attack on Kyiv".)
      static const KeySet kWeapons = {"missile", "missiles", "drone",     "drones",   "rocket",
                                      "rockets", "air",      "artillery", "ballistic"};
      if (w == "and"sv && k >= 2 && k < toks.size() && kWeapons.Has(toks[k - 2]) &&
          kWeapons.Has(toks[k])) {
        continue;
      }
      ++words;
      if (mi < 0) {
        // Only modifiers between owner and noun: "informed Sencar about violations of the
        // ceasefire" names nobody's violations.
        static const KeySet kEnds = {
            ",",      "and",    "or",   "of",      "in",      "on",   "the",  "about", "with",
            "a",      "an",     "for",  "by",      "against", "over", "at",   "into",  "after",
            "before", "during", "amid", "despite", "than",    "as",   "that", "which", "regarding"};
        if (kEnds.Has(toks[k - 1])) break;
        // Nor a verb: in "the Security Council began military aggression" the council owns
        // nothing (LightVerbSubject reads the verb's subject); "its continued aggression"
        // passes (an owner's possessive).
        if (LightVerbs().Has(toks[k - 1]) &&
            !(k >= 2 && (toks[k - 2].possessive || toks[k - 2].lower == "'s"sv ||
                         toks[k - 2].lower == "its"sv))) {
          break;
        }
        continue;
      }
      const auto& m = doc_.mentions[mi];
      if (m.entity >= 0) return Actor(m.entity) ? m.entity : -1;
      if (m.kind == MentionKind::kAdjective) {
        const int d = doc_.dict->CountryByIso3(m.country);
        if (d < 0) return -1;
        auto it = doc_.entity_by_key.find(doc_.dict->entity(d).id);
        return it == doc_.entity_by_key.end() ? -1 : it->second;
      }
      return -1;
    }
    return -1;
  }

  // Whether toks[b, e) of sentence si are only an article and modifiers of a noun that
  // follows: lower-case words that are no determiner of their own, pronoun, modal, auxiliary
  // or preposition, and country adjectives ("an immediate", "the Russian", "tougher").
  bool OnlyModifiers(int si, size_t b, size_t e) const {
    const auto& toks = Toks(si);
    for (size_t k = b; k < e; ++k) {
      const int mi = MentionAt(si, k);
      // (A hyphen joining a compound modifier: "a one-month truce".)
      const bool glue = toks[k].lower == "-"sv && !toks[k].space_before && k > b && k + 1 < e;
      const bool modifier = (mi >= 0 && doc_.mentions[mi].kind == MentionKind::kAdjective) ||
                            glue ||
                            (toks[k].kind == TokenKind::kWord && !toks[k].cap &&
                             (!NotModifiers().Has(toks[k]) || toks[k].lower == "the"sv ||
                              toks[k].lower == "a"sv || toks[k].lower == "an"sv));
      if (!modifier) return false;
    }
    return true;
  }

  // The number of words in toks[b, e), a hyphenated compound counting as one.
  size_t ModifierWords(int si, size_t b, size_t e) const {
    const auto& toks = Toks(si);
    size_t n = e - b;
    for (size_t k = b + 1; k + 1 < e; ++k) {
      if (toks[k].lower == "-"sv && !toks[k].space_before && n >= 2) n -= 2;
    }
    return n;
  }

  // Whether the direct object of c (a verb of joining) is an organisation of states itself,
  // not something it owns ("joined the European Union's energy system").
  bool JoinsABody(const EventCandidate& c) const {
    const auto& toks = Toks(c.si);
    if (c.others.empty() || !ActorCode(doc_, c.others[0]).starts_with("IGO"sv)) return false;
    size_t k = c.te;
    if (k < toks.size() && toks[k].lower == "the"sv) ++k;
    const int mi = k < toks.size() ? MentionAt(c.si, k) : -1;
    if (mi < 0 || doc_.mentions[mi].entity != c.others[0]) return false;
    const size_t after = doc_.mentions[mi].te;
    if (after >= toks.size()) return true;
    if (toks[after].lower == "'s"sv || toks[after].possessive) return false;
    // "joined the European Union positions": the name modifies a noun after it.
    static const KeySet kGoesOn = {"in",    "on",     "at",   "as",         "and",      "with",
                                   "after", "before", "when", "since",      "during",   "this",
                                   "last",  "almost", "only", "officially", "formally", "from",
                                   "years", "back",   "more", "nearly",     "over"};
    return toks[after].kind != TokenKind::kWord || toks[after].cap || kGoesOn.Has(toks[after]);
  }

  // The person who owns the noun at toks[tb] by a possessive right before it ("his arrest",
  // "Navalny's detention"), or -1 (also for a country's: "Russia's arrest of journalists").
  int PersonOwner(int si, size_t tb) const {
    const auto& toks = Toks(si);
    if (tb == 0 || MentionAt(si, tb) >= 0) return -1;
    const std::string_view w = toks[tb - 1].lower;
    int owner = -1;
    if (w == "his"sv || w == "her"sv) {
      owner = Pronoun(si, tb - 1);
    } else if ((w == "'s"sv || toks[tb - 1].possessive) && tb >= 2) {
      const int mi = MentionAt(si, tb - 2);
      owner = mi >= 0 ? doc_.mentions[mi].entity : -1;
    }
    return owner >= 0 && doc_.entities[owner].out.type == "person"sv ? owner : -1;
  }

  // The party an agreement to act names as the one acted for or with: "Germany agreed to
  // deliver Leopard tanks to Ukraine" (UKR), "agreed to resume talks with Azerbaijan"; -1
  // when the clause names none.
  int AgreedToParty(const EventCandidate& c) const {
    const auto& toks = Toks(c.si);
    // "We also agreed that France would provide technical support": the subject of what is
    // agreed, of another country than the agent's, is the other party.
    if (c.te == c.tb + 1 && c.te + 2 < toks.size() && toks[c.te].lower == "that"sv &&
        (toks[c.tb].lower == "agreed"sv || toks[c.tb].lower == "agree"sv)) {
      const size_t at = toks[c.te + 1].lower == "the"sv ? c.te + 2 : c.te + 1;
      const int mi = at < toks.size() ? MentionAt(c.si, at) : -1;
      const int e = mi >= 0 ? doc_.mentions[mi].entity : -1;
      if (e < 0 || e == c.agent || !Actor(e) || doc_.mentions[mi].modifier) return -1;
      const std::string country = EntityCountry(doc_, e);
      return country.empty() || country == EntityCountry(doc_, c.agent) ? -1 : e;
    }
    // (Past a day: "Armenia agreed on Tuesday to return four villages to Azerbaijan".)
    size_t to = c.te;
    if (to + 2 < toks.size() && toks[to].lower == "on"sv && toks[to + 1].cap &&
        toks[to + 2].lower == "to"sv) {
      to += 2;
    } else if (to + 1 < toks.size() &&
               (toks[to].lower == "today"sv || toks[to].lower == "yesterday"sv)) {
      ++to;
    }
    if (c.te != c.tb + 1 || to + 2 >= toks.size() || toks[to].lower != "to"sv ||
        !(toks[c.tb].lower == "agreed"sv || toks[c.tb].lower == "agrees"sv ||
          toks[c.tb].lower == "agree"sv)) {
      return -1;
    }
    static const KeySet kEnd = {",",       ";",     ":",   "and",   "that", "after",
                                "because", "while", "but", "which", "who",  "\""};
    for (size_t k = to + 2; k + 1 < toks.size() && k < to + 12; ++k) {
      if (kEnd.Has(toks[k])) return -1;
      if (toks[k].lower != "to"sv && toks[k].lower != "with"sv) continue;
      const auto ents = NounPhrase(c.si, k + 1, std::min(toks.size(), k + 6));
      return ents.empty() || ents[0] == c.agent ? -1 : ents[0];
    }
    return -1;
  }

  // The verb whose direct object the nominal trigger at toks[tb] is, when that verb makes it
  // its subject's act, past at most three modifiers: "launched a ground offensive", "waged
  // war", "stepped up its attacks", "carried out a large-scale invasion"; else tb.
  // The verbs that make a noun of war their subject's act ("launched an offensive").
  static const KeySet& LightVerbs() {
    static const KeySet kLight = {
        "launched",    "launch",      "launches",  "launching", "began",     "begin",
        "begins",      "begun",       "started",   "start",     "starts",    "mounted",
        "mount",       "mounts",      "waged",     "wage",      "wages",     "waging",
        "unleashed",   "unleash",     "unleashes", "conducted", "conduct",   "conducts",
        "intensified", "intensifies", "intensify", "resumed",   "resume",    "resumes",
        "escalated",   "continued",   "continues", "continue",  "continuing"};
    return kLight;
  }

  size_t LightVerbOf(int si, size_t tb) const {
    const KeySet& kLight = LightVerbs();
    const auto& toks = Toks(si);
    for (size_t k = tb, n = 0; k > 0 && n < 5; --k, ++n) {
      const Token& t = toks[k - 1];
      if (kLight.Has(t)) return k - 1;
      // "carried out", "stepped up"
      if ((t.lower == "out"sv || t.lower == "up"sv) && k >= 2) {
        const std::string_view v = toks[k - 2].lower;
        const bool light = v == "carried"sv || v == "carry"sv || v == "carries"sv ||
                           v == "stepped"sv || v == "step"sv || v == "steps"sv;
        return light ? k - 2 : tb;
      }
      if (t.lower == "-"sv && !t.space_before) continue;
      if (t.lower == "its"sv || t.lower == "their"sv || t.lower == "his"sv) continue;
      // ("Russia started this war", "Why does Russia wage this war?")
      if (t.lower == "this"sv || t.lower == "that"sv || t.lower == "a"sv || t.lower == "an"sv ||
          t.lower == "the"sv) {
        continue;
      }
      if (!OnlyModifiers(si, k - 1, k)) return tb;
    }
    return tb;
  }

  // Whether the verb at toks[v] states a fact: not negated ("did not start a war"), not an
  // aim or a duty after "to" ("we have to start a war", "decided to wage a war").
  bool Factual(int si, size_t v, size_t left) const {
    const auto& toks = Toks(si);
    for (size_t k = v, n = 0; k > left && n < 3; --k, ++n) {
      const std::string_view w = toks[k - 1].lower;
      if (w == "not"sv || w == "n't"sv || w == "never"sv || w == "to"sv || w == "cannot"sv) {
        return false;
      }
    }
    return true;
  }

  // The subject of the verb at toks[v] within its own clause: the nearest actor named (or a
  // pronoun that resolves) before it with no clause boundary between ("On February 24, we
  // realized this truth when a feigned friend started a war" names nobody who started it);
  // -1 when none.
  int LightVerbSubject(int si, size_t v, size_t left) const {
    static const KeySet kBoundary = {"when", "after", "before", "because", "while", "if",
                                     "as",   "since", "that",   "which",   "who",   "until",
                                     ",",    ";",     ":",      "but",     "and",   "although"};
    const auto& toks = Toks(si);
    for (size_t k = v; k > left && v - k < 12; --k) {
      const int mi = MentionAt(si, k - 1);
      if (mi >= 0) {
        const Mention& m = doc_.mentions[mi];
        if (m.kind == MentionKind::kAdjective || !Actor(m.entity)) {
          k = m.tb + 1;
          continue;
        }
        // "A permanent member of the Security Council began military aggression": the member
        // acts, whom this reading cannot name.
        if (MemberOf(si, m.tb)) return -1;
        return PlaceObject(si, m.tb) ? -1 : m.entity;
      }
      // (Not "they": "They continued shelling of residential neighborhoods" is too often
      // resolved to the wrong side to lend a war its belligerent.)
      if (toks[k - 1].lower == "they"sv) return -1;
      if (const int p = Pronoun(si, k - 1); p >= 0) return p;
      if (kBoundary.Has(toks[k - 1])) return -1;
    }
    return -1;
  }

  // Whether the noun an owner's possessive ending at toks[k] qualifies comes before `ent`'s
  // party, which is then only in a phrase after it: "the EU's sanctions package against
  // Russia" (the package is the EU's), not "Putin's envoy Yuri Ushakov", "Ukraine's partners,
  // including UNICEF".
  bool OwnedHeadFirst(int si, size_t k, int ent) const {
    if (doc_.entities[ent].out.type == "person"sv) return false;
    static const KeySet kPrepositions = {"against", "on",   "to",   "for", "in",
                                         "of",      "from", "with", "by"};
    const auto& toks = Toks(si);
    for (size_t n = 0; k < toks.size() && n < 10; ++k, ++n) {
      if (MentionAt(si, k) >= 0) return false;
      if (kPrepositions.Has(toks[k])) return true;
      if (toks[k].kind != TokenKind::kWord && toks[k].lower != "'s"sv) return false;
    }
    return false;
  }

  // Whether toks[b, e) are only modifiers (OnlyModifiers) of the noun that follows, at most
  // three, and perhaps an owner's possessive among them: "the EU's new", "Trump's", "an
  // immediate".
  bool OwnedModifiers(int si, size_t b, size_t e) const {
    const auto& toks = Toks(si);
    // (An owner's pronoun is a determiner: "demanded his release".)
    static const KeySet kOwners = {"his", "her", "its", "their", "our", "my", "your"};
    if (b < e && kOwners.Has(toks[b])) ++b;
    for (size_t k = b; k < e; ++k) {
      const int mi = MentionAt(si, k);
      if (mi < 0 || doc_.mentions[mi].kind == MentionKind::kAdjective) continue;
      const Mention& m = doc_.mentions[mi];
      // The possessive "'s" is a token of its own after the name.
      if (m.te >= e || !toks[m.te].possessive) return false;
      const size_t after = m.te + 1;
      return m.tb - b <= 1 && OnlyModifiers(si, b, m.tb) && e - after <= 3 &&
             OnlyModifiers(si, after, e);
    }
    return ModifierWords(si, b, e) <= 3 && OnlyModifiers(si, b, e);
  }

  // Whether toks[b, e) are an article and adjectives joined by "and" before the noun at e:
  // "an immediate and unconditional" (ceasefire), "a just and lasting" (peace).
  bool JoinedAdjectives(int si, size_t b, size_t e) const {
    const auto& toks = Toks(si);
    if (e <= b + 2 || e - b > 6) return false;
    size_t k = b;
    if (toks[k].lower == "a"sv || toks[k].lower == "an"sv || toks[k].lower == "the"sv) ++k;
    bool joined = false;
    for (; k < e; ++k) {
      const Token& t = toks[k];
      if (MentionAt(si, k) >= 0 || t.kind != TokenKind::kWord || t.cap) return false;
      if (t.lower == "and"sv) {
        if (k + 1 == e) return false;
        joined = true;
        continue;
      }
      if (!OnlyModifiers(si, k, k + 1)) return false;
    }
    return joined;
  }

  // Whether nominal trigger c is the object of a verb of reporting, past determiners and up
  // to three modifiers: "Chinese media reported the visit", "state television broadcast the
  // talks". The reporter takes no part in what it reports, nor does who protests or is
  // criticised "over" it ("China criticized Japan over the visit": no visit of Japan's).
  bool ReportedObject(int si, const EventCandidate& c) const {
    if (!(c.frame & kNoun) || c.tb == 0) return false;
    // (And who mediates or brokers talks is no party to them: "The United States, which
    // mediated talks between the warring parties".)
    static const KeySet kReport = {"reported",  "reports",     "covered",   "broadcast",
                                   "televised", "broadcasted", "filmed",    "photographed",
                                   "over",      "mediated",    "mediates",  "mediating",
                                   "brokered",  "brokers",     "brokering", "facilitated"};
    const auto& toks = Toks(si);
    size_t k = c.tb;
    for (size_t n = 0; k > 0 && n < 4; ++n, --k) {
      const Token& t = toks[k - 1];
      // ("preside over the session" chairs it.)
      if (kReport.Has(t)) {
        return t.lower != "over"sv || k < 2 || !toks[k - 2].lower.starts_with("presid"sv);
      }
      if (t.kind != TokenKind::kWord || t.cap || MentionAt(si, k - 1) >= 0) return false;
    }
    return false;
  }

  // The verb that informs somebody about the gathering at toks[tb], or tb: "Putin informed
  // Lukashenko about the talks", "Mr Lukashenko was informed in detail about the progress of
  // talks". The one informed takes no part in it; whose it is, a possessive says ("informed
  // Putin of his meeting with Pashinyan", PossessiveOwner) or the informing subject.
  size_t InformedAbout(int si, size_t tb) const {
    static const KeySet kInform = {"informed", "informs", "inform",   "briefed", "briefs",
                                   "brief",    "updated", "notified", "apprised"};
    static const KeySet kAbout = {"about", "on", "of"};
    const auto& toks = Toks(si);
    size_t k = tb;
    for (size_t n = 0; k > 0 && n < 6; ++n, --k) {
      const Token& t = toks[k - 1];
      if (kAbout.Has(t)) {
        // The verb before it, past its object or "in detail": at most four tokens.
        for (size_t j = k - 1; j > 0 && k - 1 - j < 5; --j) {
          if (kInform.Has(toks[j - 1])) return j - 1;
          if (toks[j - 1].kind != TokenKind::kWord) break;
        }
        continue;
      }
      if (t.kind != TokenKind::kWord || t.cap || MentionAt(si, k - 1) >= 0) return tb;
    }
    return tb;
  }

  // If nominal gathering c is the direct object of a rejection verb already read into `out`
  // (at most three modifiers between), recodes that rejection as one of a meeting (125), aimed
  // at the gathering's "with" party when it has none, and returns true.
  bool RefusedGathering(int si, const EventCandidate& c, std::vector<EventCandidate>* out) const {
    const auto& toks = Toks(si);
    for (auto it = out->rbegin(); it != out->rend(); ++it) {
      if (it->si != si || it->te > c.tb) continue;
      if (!it->cameo.starts_with("12"sv) || !(it->frame & kVerb) || c.tb - it->te > 4 ||
          !OwnedModifiers(si, it->te, c.tb)) {
        return false;
      }
      // (Talks denied did not happen either, but denying them refuses no meeting.)
      const std::string_view verb = toks[it->tb].lower;
      if (verb == "denied"sv || verb == "denies"sv || verb == "deny"sv || verb == "denying"sv) {
        return true;
      }
      it->cameo = "125";
      if (it->others.empty() && c.te + 1 < toks.size() && toks[c.te].lower == "with"sv) {
        for (int e : NounPhrase(si, c.te + 1, std::min(toks.size(), c.te + 8))) {
          if (e != it->agent) it->others.push_back(e);
        }
      }
      return true;
    }
    return false;
  }

  // Whether the gathering noun at toks[tb] is what "the outcome of", "the results of" or "the
  // decisions of" a clause speaks about: "Hamas welcomed the outcome of the summit" took no
  // part in the summit (was Hamas's summit).
  bool OutcomeOf(int si, size_t tb) const {
    const auto& toks = Toks(si);
    if (tb < 3 || toks[tb - 2].lower != "of"sv) return false;
    static const KeySet kDefinite = {"the", "this", "that", "these"};
    static const KeySet kOutcome = {"outcome",   "outcomes",    "result",    "results",
                                    "decisions", "decision",    "documents", "conclusions",
                                    "agenda",    "achievements"};
    return kDefinite.Has(toks[tb - 1]) && kOutcome.Has(toks[tb - 3]);
  }

  // Whether trigger c is the direct object of a verb of judging (judged_), at most three
  // modifiers after it: "Netanyahu rejected calls for a ceasefire" (the calls are others'),
  // "Russia condemned the shelling".
  // (With `criticised`, only a verb that finds fault: "Zelenskyy criticised the visit" took no
  // part in it, while who welcomes "the visit of Olaf Scholz" hosts it.)
  bool JudgedObject(int si, const EventCandidate& c, bool criticised = false) const {
    for (size_t end : criticised ? criticised_ : judged_) {
      if (end <= c.tb && c.tb - end <= 6 && OwnedModifiers(si, end, c.tb)) return true;
    }
    return false;
  }

  // Whether a speech verb's subject right before it is a noun phrase that names nobody the
  // text knows: "Xi Jinping will visit France next week, the foreign ministry said", "..., a
  // spokesman said" (not Xi's words). A description the text resolves ("the minister") is
  // somebody.
  bool UnnamedSpeaker(int si, size_t tb, size_t left) const {
    const auto& toks = Toks(si);
    // ", a source in Ukraine's security service said", ", an official said": an indefinite
    // speaker after the comma is nobody the text names, whatever it names in its phrase (the
    // clause may begin after the comma).
    for (size_t k = tb; k > 0 && tb - k < 10; --k) {
      if (toks[k - 1].lower != ","sv) continue;
      if (k < tb && (toks[k].lower == "a"sv || toks[k].lower == "an"sv)) return true;
      // ", local activists said", ", witnesses said": a bare lower-case group of at most three
      // words that names no one the text knows (not a pronoun: ", he said").
      if (k < tb && tb - k <= 4) {
        bool bare = true;
        // ("two Egyptian security sources said": a number and a country adjective too.)
        for (size_t j = k; j < tb && bare; ++j) {
          const int at = MentionAt(si, j);
          const bool adjective = at >= 0 && doc_.mentions[at].kind == MentionKind::kAdjective;
          bare = adjective || toks[j].kind == TokenKind::kNumber ||
                 (toks[j].kind == TokenKind::kWord && !toks[j].cap && at < 0 &&
                  Pronoun(si, j) < 0 && !NotModifiers().Has(toks[j]));
        }
        // (", state media said", ", state television reported": a medium unnamed too.)
        const std::string_view head = toks[tb - 1].lower;
        if (bare && head.size() > 3 &&
            (head.back() == 's' || head == "police"sv || head == "media"sv ||
             head == "television"sv || head == "radio"sv)) {
          return true;
        }
      }
      break;
    }
    if (tb == 0 || tb <= left || MentionAt(si, tb - 1) >= 0 || Pronoun(si, tb - 1) >= 0) {
      return false;
    }
    for (size_t k = tb; k > left && tb - k < 4; --k) {
      const Token& t = toks[k - 1];
      if (t.lower == "the"sv || t.lower == "a"sv || t.lower == "an"sv) {
        return k - 1 == left ||
               (k >= 2 && (toks[k - 2].lower == ","sv || toks[k - 2].lower == "\""sv));
      }
      if (t.kind != TokenKind::kWord || t.cap || MentionAt(si, k - 1) >= 0 ||
          NotModifiers().Has(t)) {
        return false;
      }
    }
    return false;
  }

  // Who imposes sanctions named after an international body, when a verb of imposing has
  // states or their governments as subject: "Britain, France and Germany triggered the return
  // of U.N. sanctions on Iran", "Britain reimposed U.N. sanctions" (were the United Nations'
  // sanctions, and "Araqchi called the move unjustified" judged the UN). The body names the
  // regime of sanctions; the states act, one event apiece. Empty when that is not so.
  std::vector<int> ImposersOfBodySanctions(int si, const EventCandidate& c) const {
    const auto& toks = Toks(si);
    if (!ActorCode(doc_, c.agent).starts_with("IGO"sv)) return {};
    static const KeySet kImpose = {"imposed",   "imposes",    "reimposed", "re-imposed", "restored",
                                   "triggered", "triggers",   "enforced",  "enforces",   "applied",
                                   "invoked",   "reinstated", "snapped"};
    size_t verb = c.tb;
    for (size_t k = c.tb; k > 0 && c.tb - k < 7 && verb == c.tb; --k) {
      const Token& t = toks[k - 1];
      if (t.kind == TokenKind::kPunct && t.lower != "."sv) return {};
      if (kImpose.Has(t)) verb = k - 1;
    }
    // (The verb's own subject, and the conjuncts before it: "a week after Britain, France and
    // Germany triggered ..." is not the sentence's opening subject's act.)
    const int subject = verb < c.tb ? LightVerbSubject(si, verb, 0) : -1;
    if (subject < 0 || subject == c.agent) return {};
    int mi = -1;
    for (size_t k = verb; k > 0 && mi < 0; --k) {
      if (const int m = MentionAt(si, k - 1); m >= 0 && doc_.mentions[m].entity == subject) mi = m;
    }
    if (mi < 0) return {};
    size_t at = doc_.mentions[mi].tb;
    while (at >= 2 && (toks[at - 1].lower == ","sv || toks[at - 1].lower == "and"sv) &&
           MentionAt(si, at - 2) >= 0) {
      at = doc_.mentions[MentionAt(si, at - 2)].tb;
    }
    std::vector<int> out;
    for (int e : NounPhrase(si, at, verb)) {
      const auto& who = doc_.entities[e].out;
      const bool state = who.type == "country"sv || who.sector == "GOV"sv ||
                         (who.type == "person"sv && !EntityCountry(doc_, e).empty());
      if (!Actor(e) || !state) return {};
      if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
    }
    return out;
  }

  // The guest of a visit noun after "during" or "on" when the party nearest before it is of
  // the country the visit goes to: "Nawrocki demanded war reparations from Germany during a
  // visit to Berlin" (was a visit of Germany's) is the clause subject's visit, as nobody
  // visits their own country. -1 when that is not so, or the subject is of that country too.
  // (A guest of another country stays: "Xi welcomed Modi during a visit to Beijing".)
  int VisitorOfClause(int si, const EventCandidate& c) const {
    const auto& toks = Toks(si);
    if (c.type != "visit"sv || !(c.frame & kNoun) || c.agent < 0 || c.te + 1 >= toks.size() ||
        toks[c.te].lower != "to"sv) {
      return -1;
    }
    bool adjunct = false;
    for (size_t k = c.tb; k > 0 && c.tb - k < 4 && !adjunct; --k) {
      adjunct = toks[k - 1].lower == "during"sv || toks[k - 1].lower == "on"sv;
      if (toks[k - 1].kind != TokenKind::kWord || toks[k - 1].cap) break;
    }
    const int mi = MentionAt(si, toks[c.te + 1].lower == "the"sv ? c.te + 2 : c.te + 1);
    if (!adjunct || mi < 0 || doc_.mentions[mi].entity < 0) return -1;
    const std::string host = EntityCountry(doc_, doc_.mentions[mi].entity);
    if (host.empty() || EntityCountry(doc_, c.agent) != host) return -1;
    const int subject = SentenceSubject(si, c.tb);
    if (subject < 0 || subject == c.agent || !Actor(subject) ||
        EntityCountry(doc_, subject) == host) {
      return -1;
    }
    return subject;
  }

  // Whether c is "the visit" (or "this visit") that times a clause after its verb: "Russia
  // launched a drone attack on the capital during the visit" is not Russia's visit (it became
  // the host of Starmer's visit to Kyiv when the two merged); the visit meant is one before.
  // Not one with its own "of", "to" or "by" phrase, nor an opening phrase ("During the visit,
  // Starmer signed ...", whose main clause names the visitor).
  bool VisitTimesClause(int si, const EventCandidate& c) const {
    const auto& toks = Toks(si);
    if (c.type != "visit"sv || !(c.frame & kNoun) || c.tb < 3) return false;
    const auto& det = toks[c.tb - 1].lower;
    const auto& prep = toks[c.tb - 2].lower;
    if ((det != "the"sv && det != "this"sv) ||
        (prep != "during"sv && prep != "after"sv && prep != "amid"sv && prep != "following"sv &&
         prep != "before"sv)) {
      return false;
    }
    return c.te >= toks.size() ||
           (toks[c.te].lower != "of"sv && toks[c.te].lower != "to"sv && toks[c.te].lower != "by"sv);
  }

  // Whether the trigger at tb is a noun after "after", "amid", "during", "despite" or
  // "following", past at most three modifiers: "declared a state of emergency after protests
  // in Lima" (the protests are not the government's), "amid Russian attacks".
  bool AfterTimePreposition(int si, size_t tb) const {
    const auto& toks = Toks(si);
    for (size_t k = tb; k > 0 && tb - k < 4; --k) {
      const Token& t = toks[k - 1];
      // (And what one defies: "defying protests at home and condemnation from abroad".)
      if (t.lower == "after"sv || t.lower == "amid"sv || t.lower == "during"sv ||
          t.lower == "despite"sv || t.lower == "following"sv || t.lower == "amidst"sv ||
          t.lower == "defying"sv || t.lower == "defied"sv) {
        return true;
      }
      const int mi = MentionAt(si, k - 1);
      // (A party named by a lower-case noun is a clause's subject: "after the government
      // suspended talks", as after "the Georgian government".)
      if (mi >= 0 && doc_.mentions[mi].kind != MentionKind::kAdjective && !t.cap &&
          doc_.mentions[mi].entity >= 0) {
        return false;
      }
      const bool modifier = (mi >= 0 && doc_.mentions[mi].kind == MentionKind::kAdjective) ||
                            (t.kind == TokenKind::kWord && !t.cap &&
                             (!NotModifiers().Has(t) || t.lower == "the"sv || t.lower == "a"sv));
      if (!modifier) return false;
    }
    return false;
  }

  // The owner of a trigger that reads as a noun: a country adjective ("Israeli air strikes",
  // "Russian investment in Argentina") or a possessive ("Russia's proposals") before it, past
  // at most three lower-case modifiers; -1 when none, or when the trigger is a participle
  // ("access to Russian websites is blocked" names no Russian blocking).
  int NounOwner(int si, size_t tb, size_t te) const {
    const auto& toks = Toks(si);
    const std::string_view first = toks[tb].lower;
    if (first.size() > 3 && first.substr(first.size() - 2) == "ed"sv) return -1;
    // No noun: "ready to", "willing to", "meeting with".
    if (first == "ready"sv || first == "willing"sv) return -1;
    for (size_t k = tb; k < te; ++k) {
      if (NotModifiers().Has(toks[k])) return -1;
    }
    size_t words = 0;
    for (size_t k = tb; k > 0 && words < 3; --k) {
      const Token& t = toks[k - 1];
      if (t.lower == "'s"sv || t.possessive) continue;
      const int mi = MentionAt(si, k - 1);
      if (mi >= 0) {
        const Mention& m = doc_.mentions[mi];
        const bool possessive = m.te < toks.size() && m.te <= tb &&
                                (toks[m.te].lower == "'s"sv || toks[m.te].possessive);
        if (m.kind == MentionKind::kAdjective || possessive) return MentionEntity(mi);
        return -1;
      }
      if (t.kind != TokenKind::kWord || t.cap || NotModifiers().Has(t)) return -1;
      ++words;
    }
    return -1;
  }

  // Whether `c` is the content of an appeal, demand, rejection, threat, invitation or offer
  // before it in the sentence: "appealed to the government to reconsider its ban on relief
  // flights", "insisted on its demands that the government grant more rights", "rejected
  // calls for economic aid", "threatened to impose sanctions", "invited Trudeau to visit
  // Ukraine", "offered to host talks"; or of a claim or denial of responsibility ("claimed
  // responsibility for attacks", "denied charges that it was committing genocide"): the
  // claim is the event. What is asked, refused, threatened or invited did not happen;
  // the speech act is the event, as PETRARCH codes the main verb. The content follows the
  // act's trigger (`acts`: the token after each) within a few words, after "to", "that" or
  // "for", with no coordination between them ("rejected the plan and attacked the city" is
  // two acts).
  bool Requested(int si, const std::vector<Act>& acts, const EventCandidate& c) const {
    const auto& toks = Toks(si);
    // A finite verb of its own ("Our warnings that ... posed a threat were rejected by
    // Ukraine") and a definite mention of a gathering that exists ("I would like to ask him
    // to begin the meeting") are no content.
    if (c.tb > 0) {
      const auto& before = toks[c.tb - 1].lower;
      if (before == "was"sv || before == "were"sv || before == "is"sv || before == "are"sv) {
        return false;
      }
      if ((c.frame & kNoun) && IsConsultation(c.type) &&
          (before == "the"sv || before == "this"sv || before == "our"sv || before == "today's"sv)) {
        return false;
      }
    }
    for (const Act& act : acts) {
      const size_t end = act.end;
      if (end > c.tb) break;
      if (c.tb - end > 14) continue;
      // A proposal's content follows it directly: "proposal for a ceasefire", "proposal to
      // convene a summit" (not "in response to his proposal that we drafted our proposals").
      if (act.plan) {
        if (end < toks.size() && (toks[end].lower == "for"sv || toks[end].lower == "to"sv) &&
            c.tb - end <= 6) {
          // (A preposition of time ends the content: "a proposal for a ceasefire with Russia
          // after talks with American officials", whose talks were held.)
          // (A hyphen is a word's: "for an immediate 30-day ceasefire".)
          bool plain = true;
          for (size_t k = end + 1; k < c.tb && plain; ++k) {
            plain = (toks[k].kind == TokenKind::kWord || toks[k].kind == TokenKind::kNumber ||
                     toks[k].lower == "-"sv) &&
                    toks[k].lower != "after"sv && toks[k].lower != "following"sv &&
                    toks[k].lower != "during"sv && toks[k].lower != "since"sv;
          }
          if (plain) return true;
        }
        continue;
      }
      // (A preposition of time between says when, not what: "Iran vowed revenge after an air
      // strike it blamed on Israel" was no strike. Not one inside the content its "that",
      // "to" or "for" opens: "appeal that, after the elections, Member States will support".)
      bool when = false;
      for (size_t k = end; k < c.tb; ++k) {
        const auto& w = toks[k].lower;
        if (w == "that"sv || w == "to"sv || w == "for"sv) break;
        if (w == "after"sv || w == "following"sv || w == "since"sv || w == "during"sv) {
          when = true;
          break;
        }
      }
      if (when) continue;
      // The act's own last word opens its content ("called for", "demands that"), or the
      // content is its direct object: at most three modifiers between ("urged an immediate
      // ceasefire", "threatened new sanctions").
      bool complement =
          end > 0 && (toks[end - 1].lower == "for"sv || toks[end - 1].lower == "that"sv);
      // (A verb's word used as a noun after an article too: "demanded the immediate release of
      // the ship" is no release; nor after an owner: "demanded his release".)
      static const KeySet kDeterminers = {"the", "a",   "an", "his",   "her",
                                          "its", "our", "my", "their", "your"};
      const bool noun = (c.frame & kNoun) || (end < c.tb && kDeterminers.Has(toks[end]));
      if (act.object && c.tb - end <= 6 && noun &&
          (OwnedModifiers(si, end, c.tb) || JoinedAdjectives(si, end, c.tb))) {
        complement = true;
      }
      // A second noun joined to the object by "and" is content too: "Trump threatened sweeping
      // tariffs and sanctions" (was a threat and a sanction imposed). Not the subject of a
      // clause of its own: "rejected the proposal and sanctions were imposed".
      if (act.object && (c.frame & kNoun) && c.tb > end + 1 && c.tb - end <= 5 &&
          toks[c.tb - 1].lower == "and"sv) {
        static const KeySet kAux = {"was", "were", "is",    "are",   "have",   "has",
                                    "had", "will", "would", "could", "remain", "remained"};
        bool plain = !(c.te < toks.size() && kAux.Has(toks[c.te]));
        for (size_t k = end; k + 1 < c.tb && plain; ++k) {
          plain = toks[k].kind == TokenKind::kWord && !toks[k].cap &&
                  !toks[k].lower.ends_with("ed"sv) && toks[k].lower != "and"sv &&
                  MentionAt(si, k) < 0;
        }
        if (plain) complement = true;
      }
      // A gerund right after it is its content as a noun is: "Iran denied sending weapons to
      // Russia", "urged sending more air defence".
      // (Not another appeal of its own: "a petition calling for ratification".)
      if (act.object && c.tb == end && toks[c.tb].lower.ends_with("ing"sv) &&
          !c.cameo.starts_with("02"sv) && !c.cameo.starts_with("10"sv)) {
        complement = true;
      }
      bool coordinated = false;
      for (size_t k = end; k < c.tb; ++k) {
        const auto& w = toks[k].lower;
        if (w == "to"sv || w == "that"sv || w == "for"sv || (act.warns && w == "against"sv)) {
          complement = true;
        }
        if (w == "but"sv || w == "while"sv || w == ";"sv || w == "."sv) coordinated = true;
        // A participle's clause after a comma tells what followed: "Spain refused to commit to
        // the target, drawing criticism from Trump" (the criticism was dropped as refused).
        // (Not a preposition in "-ing": "calling for two permanent seats, including the veto".)
        static const KeySet kIngPrepositions = {"including", "regarding",   "concerning",
                                                "following", "according",   "excluding",
                                                "during",    "considering", "notwithstanding"};
        if (w == ","sv && k + 1 < c.tb && toks[k + 1].kind == TokenKind::kWord &&
            !toks[k + 1].cap && toks[k + 1].lower.ends_with("ing"sv) &&
            !kIngPrepositions.Has(toks[k + 1])) {
          coordinated = true;
        }
        // "and" joins two acts, unless it joins the addressees before the content ("calls on
        // Canada and other partners to supply weapons").
        // (Not one that joins a second noun to the content: "called for an immediate ceasefire
        // and direct talks between Kinshasa and the rebels" calls for both.)
        bool second_noun = complement && (c.frame & kNoun) && c.tb > k && c.tb - k <= 3;
        for (size_t j = k + 1; second_noun && j < c.tb; ++j) {
          second_noun =
              toks[j].kind == TokenKind::kWord && !toks[j].cap && !toks[j].lower.ends_with("ed"sv);
        }
        if (w == "and"sv && !second_noun &&
            (complement || (k > 0 && toks[k - 1].lower == ","sv) ||
             !AddresseeListGoesOn(toks, k + 1))) {
          coordinated = true;
        }
      }
      if (complement && !coordinated) return true;
    }
    return false;
  }

  // Future or conditional actions are intentions, as CAMEO codes them: "will support" is an
  // intent to cooperate (03), "would blockade" / "will withdraw ... unless" a threat (13).
  // Consultations keep their type: a planned meeting is still the meeting it announces.
  // Returns false when the clause states no act at all: what its subject is able to do
  // ("Nothing can justify attacks on civilians", "you can count on our cooperation").
  bool Modality(EventCandidate* c, size_t left, size_t right) const {
    if (c->type == "statement"sv || c->cameo.size() < 2) return true;
    const auto& toks = Toks(c->si);
    // Aid pledged or promised is an intent to give it (033), one event with the pledge:
    // "Germany pledged $300 million in aid to Gaza", "Japan promised assistance to Ukraine".
    // (A noun: not "supplied", "delivered", "sent aid".)
    if (c->type == "aid"sv && !toks[c->tb].lower.ends_with("ed"sv) &&
        toks[c->tb].lower != "sent"sv) {
      static const KeySet kPledge = {"pledged",  "pledges", "pledge",  "promised",
                                     "promises", "promise", "offered", "offers"};
      for (size_t k = c->tb; k > left && c->tb - k < 7; --k) {
        const Token& t = toks[k - 1];
        if (kPledge.Has(t)) {
          // The intent to give what it names: economic 0331, military 0332, humanitarian
          // 0333, protection 0334, as CAMEO's codebook codes "pledged humanitarian aid".
          const char* code = c->cameo == "071"sv   ? "0331"
                             : c->cameo == "072"sv ? "0332"
                             : c->cameo == "073"sv ? "0333"
                             : c->cameo == "074"sv ? "0334"
                                                   : "033";
          c->type = "proposal";
          c->cameo = code;
          // The pledge's subject pledges it: "NATO leaders declared that Ukraine was on an
          // irreversible path and pledged 40 billion euros in military aid" (was Ukraine's).
          EventCandidate verb = *c;  // the pledge verb, read as a verb of its own
          verb.tb = k - 1;
          verb.te = k;
          verb.frame = kVerb;
          int pledger = CoordinatedVerbSubject(c->si, verb);
          if (pledger < 0) pledger = Agent(c->si, k - 1, LeftBound(c->si, k - 1), false);
          if (pledger >= 0 && pledger != c->agent) {
            if (c->agent >= 0 &&
                std::find(c->others.begin(), c->others.end(), c->agent) == c->others.end()) {
              c->others.push_back(c->agent);
            }
            std::erase(c->others, pledger);
            c->agent = pledger;
          }
          return true;
        }
        if (MentionAt(c->si, k - 1) >= 0 ||
            (t.kind == TokenKind::kPunct && t.lower != "$"sv && t.lower != "€"sv)) {
          break;
        }
      }
    }
    size_t modal = 0;
    const Obliged obliged = Obligation(*c, left, &modal);
    if (obliged == Obliged::kThirdPerson && c->agent >= 0) {
      c->obligation = true;
      // "Russia must be recognised as a state sponsor of terrorism", "ties with Russia must be
      // severed": a passive obligation's subject is acted on, not asked to act.
      for (size_t k = modal + 1; k < c->tb; ++k) {
        if (toks[k].lower == "be"sv || toks[k].lower == "been"sv) c->passive_obligation = true;
      }
      c->cameo = DemandCode(*c, modal);
      c->type = "demand";
      c->frame = (c->frame & ~kMeet) | kTarget;
      return true;
    }
    // "We must stop mass killings": the speaker's intent to de-escalate, no threat.
    if (obliged == Obliged::kFirstPerson && modal + 1 < toks.size() &&
        StopWords().Has(toks[modal + 1]) && DemandCode(*c, modal) == "1056"sv) {
      c->type = "proposal";
      c->cameo = "0356";
      return true;
    }
    // "Ukraine is ready for negotiations", "readiness for talks", "no interest in
    // negotiations": a willingness to meet, not a meeting (036, as CAMEO codes an intent to
    // meet or negotiate); "stated the need to immediately begin talks" asks for them (026).
    if (IsConsultation(c->type) && ReadinessWord(*c, left) < toks.size()) {
      c->type = "proposal";
      c->cameo = "036";
      c->frame = (c->frame & ~kMeet) | kTarget;
      return true;
    }
    if (IsConsultation(c->type) && obliged == Obliged::kNeed) {
      c->type = "request";
      c->cameo = "026";
      c->frame = (c->frame & ~kMeet) | kTarget;
      return true;
    }
    // "weeks before a planned meeting between Xi and Trump", "a possible summit", "the upcoming
    // talks": a gathering still to come is an intent to meet (036), as readiness is (was a
    // meeting held).
    // (Not a visit, whose host an intent would lose: "the planned visit of Macron to Ukraine"
    // stays a visit; nor a verb: "is scheduled to visit".)
    if (IsConsultation(c->type) && c->type != "visit"sv && (c->frame & kNoun) && c->tb > 0 &&
        toks[c->tb - 1].lower != "to"sv) {
      // (And "such a meeting", one spoken of as a kind: "Peskov said such a meeting must be
      // well prepared", after "Putin had no plans to meet Zelenskyy".)
      static const KeySet kToCome = {"planned",   "upcoming",    "possible",    "proposed",
                                     "potential", "expected",    "prospective", "scheduled",
                                     "future",    "forthcoming", "such"};
      size_t k = c->tb - 1;
      // (Past one more modifier: "a planned bilateral meeting", "the upcoming peace talks".)
      if (k > 0 && !kToCome.Has(toks[k]) && toks[k].kind == TokenKind::kWord && !toks[k].cap &&
          MentionAt(c->si, k) < 0) {
        --k;
      }
      // (And one somebody sets out "to arrange" or "to organise": "Trump will call Putin to
      // arrange a meeting between Putin and Zelenskyy".)
      static const KeySet kArrange = {"arrange", "organise", "organize", "convene", "broker"};
      const size_t a = c->tb - 1;
      const bool aim = (toks[a].lower == "a"sv || toks[a].lower == "an"sv) && a >= 2 &&
                       kArrange.Has(toks[a - 1]) && toks[a - 2].lower == "to"sv;
      // (Not "the convening of such a conference" in a sentence about another gathering.)
      const bool of_such = toks[k].lower == "such"sv && k > 0 && toks[k - 1].lower == "of"sv;
      if ((kToCome.Has(toks[k]) && !of_such) || aim) {
        c->type = "proposal";
        c->cameo = "036";
        c->frame = (c->frame & ~kMeet) | kTarget;
        // (A pair of its own stays its pair: "to organize a meeting of the Council of
        // Presidents of Ukraine and Azerbaijan".)
        if (c->agent < 0 && c->others.size() >= 2) {
          c->agent = c->others.front();
          c->others.erase(c->others.begin());
        }
        return true;
      }
    }
    if (IsConsultation(c->type)) return true;
    const auto& w0 = toks[c->tb].lower;  // multi-word triggers may open with the modal
    // "The parties stressed the need to sign long-term contracts": an appeal for it, no
    // signing (022 diplomatic, 021 material cooperation, 023 aid, 025 yielding; a hostile
    // act's "need" is no threat of it, and stays as it reads).
    if (obliged == Obliged::kNeed && c->cameo[0] == '0' && c->cameo[1] >= '5' &&
        c->cameo[1] <= '8') {
      const char root = c->cameo[1];
      c->type = "request";
      c->cameo = root == '5' ? "022" : root == '6' ? "021" : root == '7' ? "023" : "025";
      return true;
    }
    bool future = w0 == "will"sv || w0 == "would"sv || w0 == "could"sv || w0 == "may"sv ||
                  obliged == Obliged::kFirstPerson;
    size_t can = w0 == "can"sv ? c->tb : toks.size();
    // (A trigger that opens with its "to" reads that "to" too: "Russia wants to attack NATO".)
    const size_t from = w0 == "to"sv ? c->tb + 1 : c->tb;
    for (size_t k = from; !future && can == toks.size() && k > left && from - k < 6; --k) {
      const auto& w = toks[k - 1].lower;
      if (w == "will"sv || w == "would"sv || w == "shall"sv || w == "may"sv || w == "might"sv ||
          w == "could"sv) {
        future = true;
        break;
      }
      // An owned noun in a phrase of time or circumstance is no act the modal governs: "Kim
      // pledged to support Russia in its war against Ukraine" threatens no war (was 138
      // against Ukraine), the war goes on ("will result in the lifting of the embargo" still
      // lifts nothing yet).
      if ((c->frame & kNoun) && k < from &&
          (w == "in"sv || w == "during"sv || w == "amid"sv || w == "throughout"sv) &&
          (toks[k].lower == "its"sv || toks[k].lower == "their"sv || toks[k].lower == "his"sv ||
           toks[k].lower == "her"sv)) {
        break;
      }
      if (w == "can"sv) {
        can = k - 1;
        break;
      }
      if (w == "to"sv && k >= 2) {
        // (Past a day: "agreed on Thursday to send".)
        size_t vk = k - 2;
        static const KeySet kDays = {"monday", "tuesday",  "wednesday", "thursday",
                                     "friday", "saturday", "sunday"};
        if (vk >= 2 && kDays.Has(toks[vk]) && toks[vk - 1].lower == "on"sv) vk -= 2;
        const auto& v = toks[vk].lower;
        // (And what is pledged or promised: "pledged to send", "a deal to supply"; a decision
        // is an act: "decided to extend the sanctions" extends them.)
        if (v == "ready"sv || v == "prepared"sv || v == "willing"sv || v == "plans"sv ||
            v == "plan"sv || v == "intends"sv || v == "intend"sv || v == "sworn"sv ||
            v == "vowed"sv || v == "going"sv || v == "agreed"sv || v == "agree"sv ||
            v == "agrees"sv || v == "pledged"sv || v == "promised"sv || v == "deal"sv ||
            v == "pledge"sv || v == "promise"sv || v == "commitment"sv) {
          future = true;
        }
        // A wish is no act yet either: "Merz said Trump wanted to achieve a ceasefire", "they
        // want to attack the positions" (a threat). Only of its own verb's object, within three
        // words ("wants to see prisoners of war and abducted children returned" wishes no
        // abduction); "I want to express my thanks" thanks (a performative), and "Russia says it
        // doesn't want to attack" attacks nobody.
        static const KeySet kWish = {"wanted", "wants", "want", "hoped", "hopes", "hope"};
        static const KeySet kPerformed = {
            "express",   "thank",    "congratulate", "commend", "welcome",     "stand",
            "reiterate", "pay",      "extend",       "convey",  "underline",   "emphasize",
            "emphasise", "stress",   "note",         "recall",  "acknowledge", "salute",
            "join",      "reaffirm", "appeal",       "call",    "urge",        "invite"};
        if (kWish.Has(toks[vk]) && c->tb + 1 >= k && c->tb + 1 - k <= 3 &&
            !(k < toks.size() && k <= c->tb && kPerformed.Has(toks[k]))) {
          // ("doesn't" is one token.)
          if (vk > 0 &&
              (toks[vk - 1].lower == "not"sv || toks[vk - 1].lower.ends_with("n't"sv) ||
               toks[vk - 1].lower.ends_with("n\u2019t"sv) || toks[vk - 1].lower == "never"sv)) {
            return false;
          }
          future = true;
        }
        // (Past a phrase of the promise's own: "Putin agreed in a call with Donald Trump on
        // Tuesday to stop attacks on Ukrainian energy infrastructure" was an attack by Trump.)
        // Whoever names the promise right before its verb makes it ("Russia promised to stop
        // strikes on Ukraine" had no source).
        static const KeySet kPromise = {"agreed",   "agree", "agrees",  "pledged",
                                        "promised", "vowed", "pledges", "promises"};
        static const KeySet kPhrase = {"in", "during", "at", "with", "on", "after", "over"};
        // (Of force only: an aid or a sanction agreed is decided, below.)
        const bool force = c->cameo.starts_with("18"sv) || c->cameo.starts_with("19"sv) ||
                           c->cameo.starts_with("20"sv);
        size_t promise = kPromise.Has(toks[vk]) ? vk : toks.size();
        for (size_t j = vk; force && promise == toks.size() && j > left + 1 && vk - j < 10; --j) {
          if (toks[j].kind == TokenKind::kPunct) break;
          if (kPromise.Has(toks[j - 1]) && kPhrase.Has(toks[j])) {
            promise = j - 1;
            future = true;
          }
        }
        if (force && promise < toks.size() && promise > 0) {
          const int pm = MentionAt(c->si, promise - 1);
          const int pe = pm >= 0 && doc_.mentions[pm].te == promise ? doc_.mentions[pm].entity : -1;
          if (pe >= 0 && Actor(pe) && (c->agent < 0 || promise != vk)) c->agent = pe;
        }
        // (But sanctions agreed are decided: "EU countries agreed on Thursday to extend
        // sanctions against Russia" extends them, as "decided to" does; was a threat, 132.)
        if ((v == "agreed"sv || v == "agree"sv || v == "agrees"sv) &&
            c->cameo.starts_with("16"sv)) {
          future = false;
        }
        break;
      }
      if (w == "not"sv || w == "never"sv || w == "did"sv || w == "has"sv || w == "have"sv ||
          w == "had"sv) {
        break;
      }
    }
    const std::string root = c->cameo.substr(0, 2);
    static const char* const kHostile[] = {"15", "16", "17", "18", "19", "20"};
    bool hostile = false;
    for (const char* h : kHostile) hostile = hostile || root == h;
    // An ability is no act and no intention, except a named party's means to a hostile one:
    // "Iran supplied Hizbullah with missiles so it can hit any target in Israel" threatens.
    // A speaker's own word is performed, though: "That I can promise."
    if (can < toks.size()) {
      const bool speaker =
          can > 0 && (toks[can - 1].lower == "i"sv || toks[can - 1].lower == "we"sv);
      if (speaker && c->cameo[0] == '0' && c->cameo[1] >= '1' && c->cameo[1] <= '4') return true;
      // Not a passive ("children can be sentenced"), nor a nominal event another verb governs
      // ("only decisive actions can stop Russian aggression").
      for (size_t k = can + 1; k < c->tb; ++k) {
        if (toks[k].lower == "be"sv) return false;
      }
      if (!hostile || c->agent < 0 || (c->frame & kNoun)) return false;
      c->type = "threat";
      c->cameo = root == "16"sv ? "132" : root == "17"sv ? "137" : "138";
      return true;
    }
    // "Russia and Ukraine agreed to halt attacks on each other's energy facilities": a promise
    // to stop fighting is an intent to de-escalate (0356, as "We must stop mass killings"),
    // no threat of the attacks (was 138 for each side).
    if (future && hostile) {
      static const KeySet kStop = {"stop",  "halt",     "cease",   "end",    "suspend",
                                   "pause", "stopping", "halting", "ending", "ceasing"};
      for (size_t k = c->tb; k > left && c->tb - k < 4; --k) {
        if (kStop.Has(toks[k - 1])) {
          c->type = "proposal";
          c->cameo = "0356";
          return true;
        }
      }
    }
    if (!future) return true;
    bool unless = false;
    for (size_t k = c->te; k < toks.size() && k < right + 12; ++k) {
      if (toks[k].lower == "unless"sv) unless = true;
    }
    if (hostile || (unless && root != "13"sv && root != "14"sv)) {
      c->type = "threat";
      c->cameo = root == "16"sv ? "132" : root == "17"sv ? "137" : hostile ? "138" : "130";
    } else if (root == "05"sv || root == "06"sv || root == "07"sv || root == "08"sv) {
      c->type = "proposal";
      c->cameo = root == "05"sv ? "032" : root == "06"sv ? "031" : root == "07"sv ? "033" : "035";
    }
    return true;
  }

  // The word of readiness that governs the trigger at c.tb, or toks.size(): "ready for
  // talks", "readiness for a meeting", "open to negotiations", "interest in negotiations",
  // "willing to meet", across a few words of its phrase ("ready for urgent talks", "ready to
  // continue negotiations").
  size_t ReadinessWord(const EventCandidate& c, size_t left) const {
    const auto& toks = Toks(c.si);
    // (And a plan or an intention: "he plans to initiate a videoconference of the CSTO".)
    // (A hope too: "Zelenskiy had hoped to meet Trump there", "he hoped to meet Xi later in
    // the week": no meeting yet.)
    static const KeySet kReady = {"ready",     "readiness", "willing",    "willingness", "open",
                                  "openness",  "interest",  "interested", "desire",      "eager",
                                  "plans",     "plan",      "planning",   "intends",     "intend",
                                  "intention", "hoped",     "hopes",      "hope",        "hoping"};
    // (Not across a time preposition: "ready to accept the plan after talks with a U.S.
    // delegation" held the talks; was an intent to hold them, 032.)
    static const KeySet kWhen = {"after", "before", "following", "during",
                                 "since", "until",  "amid"};
    for (size_t k = c.tb; k > left + 1 && c.tb - k < 5; --k) {
      const auto& w = toks[k - 1].lower;
      if ((w == "for"sv || w == "to"sv || w == "in"sv) && kReady.Has(toks[k - 2])) return k - 2;
      if (toks[k - 1].kind != TokenKind::kWord || MentionAt(c.si, k - 1) >= 0 ||
          kWhen.Has(toks[k - 1])) {
        break;
      }
    }
    return toks.size();
  }

  // Whether the trigger's verb group states an obligation: "must", "should", "ought to",
  // "has to", "have to", "need(s) to" at most six tokens before it, with no negation, past
  // auxiliary or other modal between. A first-person one ("we must support Ukraine") is the
  // speaker's commitment, read as an intention; a third person's ("Russia must withdraw its
  // troops") a demand. `modal` is set to the modal's token.
  // kNeed: "the need to ..." obliges nobody named, but states no fact either.
  enum class Obliged { kNo, kNeed, kFirstPerson, kThirdPerson };
  Obliged Obligation(const EventCandidate& c, size_t left, size_t* modal) const {
    const auto& toks = Toks(c.si);
    static const KeySet kNeedTo = {"has", "have", "need", "needs", "ought"};
    for (size_t k = c.tb; k > left && c.tb - k < 6; --k) {
      const auto& w = toks[k - 1].lower;
      size_t at = toks.size();
      if (w == "must"sv || w == "should"sv) at = k - 1;
      if (w == "to"sv && k >= 2 && kNeedTo.Has(toks[k - 2])) at = k - 2;
      if (at < toks.size()) {
        *modal = at;
        // "the need to increase sanctions" names no obliged party; "does not need to", "must
        // have been thinking" (a guess about the past) oblige nobody.
        if (at > 0 && (toks[at - 1].lower == "the"sv || toks[at - 1].lower == "a"sv)) {
          return Obliged::kNeed;
        }
        if (at + 1 < toks.size() && toks[at + 1].lower == "have"sv) return Obliged::kNo;
        // A nominal trigger is the modal verb's object, not the object of another verb: "must
        // impose sanctions", not "must mention the unprecedented sanctions pressure".
        if ((c.frame & kNoun) && c.tb > at + 3) return Obliged::kNo;
        size_t s = at;
        while (s > left && !toks[s - 1].cap && toks[s - 1].kind == TokenKind::kWord &&
               (toks[s - 1].lower == "also"sv || toks[s - 1].lower == "all"sv ||
                toks[s - 1].lower == "still"sv || toks[s - 1].lower == "just"sv ||
                toks[s - 1].lower == "now"sv || toks[s - 1].lower == "therefore"sv ||
                (toks[s - 1].lower.size() > 3 && toks[s - 1].lower.ends_with("ly")))) {
          --s;
        }
        // "we don't just have to sign a treaty", "does not need to be freed".
        if (s > left && (toks[s - 1].lower == "not"sv || toks[s - 1].lower == "never"sv ||
                         toks[s - 1].lower.ends_with("n't"))) {
          return Obliged::kNo;
        }
        const bool first = s > left && (toks[s - 1].lower == "we"sv || toks[s - 1].lower == "i"sv);
        return first ? Obliged::kFirstPerson : Obliged::kThirdPerson;
      }
      if (w == "not"sv || w == "never"sv || w == "did"sv || w == "had"sv || w == "will"sv ||
          w == "would"sv || w == "may"sv || w == "might"sv || w == "could"sv || w == "to"sv ||
          w == ","sv || MentionAt(c.si, k - 1) >= 0) {
        break;
      }
    }
    return Obliged::kNo;
  }

  // The CAMEO demand (10) for what an obligation asks of its party: a concession its yielding
  // code (105x: "must withdraw its troops" 1056, "must release" 1053), a meeting 106, an
  // agreement 107, cooperation 101 / 102, aid 103, stopping a hostile act de-escalation (1056),
  // anything else a demand (100).
  std::string DemandCode(const EventCandidate& c, size_t modal) const {
    const std::string root = c.cameo.substr(0, 2);
    if (root == "08"sv) {
      if (c.cameo == "081"sv) return "1051";
      if (c.cameo == "084"sv) return "1053";
      if (c.cameo == "085"sv) return "1054";
      if (c.cameo == "086"sv) return "1055";
      if (c.cameo == "087"sv) return "1056";
      return "105";
    }
    if (root == "04"sv) return "106";
    if (root == "03"sv) return "107";
    if (root == "05"sv) return "102";
    if (root == "06"sv) return "101";
    if (root == "07"sv) return "103";
    const auto& toks = Toks(c.si);
    for (size_t k = modal + 1; k < c.tb; ++k) {
      if (StopWords().Has(toks[k]) && root >= "14"sv) return "1056";
    }
    return "100";
  }

  // "the Witkoff-Putin meeting", "Russian-Turkish talks" (hyphen pairs before a noun trigger),
  // also past a few lower-case modifiers: "Russia-Azerbaijan top-level talks",
  // "Ukrainian-Japanese military-political consultations".
  void HyphenPair(EventCandidate* c) const {
    const auto& toks = Toks(c->si);
    size_t b = c->tb;
    static const KeySet kNotModifiers = {"the", "a",  "an", "of",   "for", "and",  "or",     "in",
                                         "on",  "at", "to", "with", "by",  "from", "between"};
    while ((c->frame & kNoun) && b > 3 && c->tb - b < 4 && MentionAt(c->si, b - 1) < 0) {
      const Token& w = toks[b - 1];
      const bool joiner = w.lower == "-"sv && !w.space_before;
      if (!joiner && (w.cap || w.kind != TokenKind::kWord || kNotModifiers.Has(w))) break;
      --b;
    }
    if (b < 3) return;
    // The second party may be of several words: "the 23rd Ukraine-European Union Summit".
    const int m2 = MentionAt(c->si, b - 1);
    const size_t t2 = m2 < 0 ? b - 1 : doc_.mentions[m2].tb;
    if (t2 < 2 || toks[t2 - 1].lower != "-"sv || toks[t2 - 1].space_before ||
        toks[t2].space_before) {
      return;
    }
    const int m1 = MentionAt(c->si, t2 - 2);
    NamedPair(c, m1, m2);
  }

  // Makes the entities of mentions m1 and m2 the candidate's pair, as a phrase names them
  // ("the Witkoff-Putin meeting"); nothing when either names none or both the same.
  void NamedPair(EventCandidate* c, int m1, int m2) const {
    const int a = MentionEntity(m1), b = MentionEntity(m2);
    if (a < 0 || b < 0 || a == b) return;
    c->agent = a;
    c->others = {b};
    c->explicit_pair = true;
    c->country_pair =
        doc_.entities[a].out.type == "country"sv && doc_.entities[b].out.type == "country"sv;
    doc_.mentions[m1].modifier = true;
  }

  // "the meeting of the Ukraine-US Strategic Partnership Commission", "a session of the
  // Ukraine-NATO Commission": a joint body's two members are its gathering's pair (the dash
  // may be spaced inside a name: "the Ukrainian – Dutch Working Group"). So are a joint
  // document's two parties its signing's: "praised the signing of the Ukrainian-British
  // Bilateral Framework Agreement" (UKR-GBR, not whoever praised it).
  void JointBodyPair(EventCandidate* c) const {
    const auto& toks = Toks(c->si);
    // ("signing" is a verb trigger; after "the" it is the noun.)
    const bool nominal = (c->frame & kNoun) || (c->tb > 0 && toks[c->tb - 1].lower == "the"sv &&
                                                toks[c->tb].lower.ends_with("ing"sv));
    if (!nominal || !(IsConsultation(c->type) || c->type == "agreement"sv)) return;
    size_t k = c->te;
    if (k + 4 >= toks.size() || toks[k].lower != "of"sv || toks[k + 1].lower != "the"sv) return;
    const int m1 = MentionAt(c->si, k + 2);
    if (m1 < 0 || doc_.mentions[m1].tb != k + 2) return;
    const size_t dash = doc_.mentions[m1].te;
    if (dash + 1 >= toks.size() || toks[dash].lower != "-"sv) return;
    const int m2 = MentionAt(c->si, dash + 1);
    if (m2 < 0 || doc_.mentions[m2].tb != dash + 1) return;
    const size_t after = doc_.mentions[m2].te;
    // The name goes on: "Ukraine-US talks" after "of the" is no body.
    if (after >= toks.size() || !toks[after].cap || toks[after].kind != TokenKind::kWord) return;
    NamedPair(c, m1, m2);
  }

  // The entity a mention names; a country adjective names its country when the document has it.
  int MentionEntity(int mi) const {
    if (mi < 0) return -1;
    const auto& m = doc_.mentions[mi];
    if (m.entity >= 0) return m.entity;
    if (m.kind == MentionKind::kAdjective) {
      const int d = doc_.dict->CountryByIso3(m.country);
      if (d >= 0) {
        auto it = doc_.entity_by_key.find(doc_.dict->entity(d).id);
        if (it != doc_.entity_by_key.end()) return it->second;
      }
    }
    return -1;
  }

  // Where the relative clause that holds toks[tb] ends, when it is one set off by commas: the
  // comma after "Witkoff, who visited Moscow last week" (the place of "met Zelenskyy in Berlin"
  // after it is not the visit's); toks.size() when toks[tb] is in no such clause.
  size_t RelativeClauseEnd(int si, size_t tb) const {
    const auto& toks = Toks(si);
    for (size_t k = tb; k > 1 && tb - k < 8; --k) {
      const std::string_view w = toks[k - 1].lower;
      if (w == "who"sv || w == "which"sv) {
        if (toks[k - 2].lower != ","sv) break;
        // (Not a comma before the trigger's own place: "endorsed at the most recent Summit, in
        // Johannesburg".)
        for (size_t j = tb + 1; j < toks.size(); ++j) {
          if (toks[j].lower == ","sv && !(j + 1 < toks.size() && (toks[j + 1].lower == "in"sv ||
                                                                  toks[j + 1].lower == "at"sv))) {
            return j;
          }
        }
        break;
      }
      if (toks[k - 1].kind == TokenKind::kPunct) break;
    }
    return toks.size();
  }

  int Place(const EventCandidate& c, size_t left, size_t right) const {
    const auto& toks = Toks(c.si);
    // (Past the country adjective of "the Ukrainian capital", whose place is "capital".)
    auto capital = [&](size_t j) {
      const int mi = MentionAt(c.si, j);
      if (mi < 0 || doc_.mentions[mi].kind != MentionKind::kAdjective) return j;
      const size_t n = doc_.mentions[mi].te;
      return n < toks.size() && toks[n].lower == "capital"sv && MentionAt(c.si, n) >= 0 ? n : j;
    };
    // The object of a visit verb: "Olaf Scholz visited Kharkiv" (a capital visited is its
    // government, a party already: "visited Kyiv").
    if (c.type == "visit"sv && (c.frame & kVerb) && c.te < toks.size()) {
      size_t j = c.te;
      if (toks[j].lower == "the"sv && j + 1 < toks.size()) ++j;
      j = capital(j);
      const int mi = MentionAt(c.si, j);
      const int e = mi < 0 ? -1 : doc_.mentions[mi].entity;
      if (e >= 0 && doc_.entities[e].out.type == "location"sv &&
          std::find(c.others.begin(), c.others.end(), e) == c.others.end()) {
        return e;
      }
    }
    for (size_t k = left; k < right && k + 1 < toks.size(); ++k) {
      const auto& w = toks[k].lower;
      const bool motion = (c.frame & kMotion) && (w == "to"sv || w == "in"sv);
      if (w != "in"sv && w != "at"sv && !motion) continue;
      size_t j = k + 1;
      if (toks[j].lower == "the"sv && j + 1 < toks.size()) ++j;
      j = capital(j);
      const int mi = MentionAt(c.si, j);
      if (mi < 0) continue;
      const int e = doc_.mentions[mi].entity;
      if (e < 0) continue;
      const auto& type = doc_.entities[e].out.type;
      if (type == "location"sv || type == "country"sv) return e;
    }
    return -1;
  }

  // The organisation named by "at" right after c's trigger ("a video meeting at Chatham
  // House", "an online meeting at the Foreign Policy Community of Indonesia"), or -1; a place
  // ("at the Kremlin") is where, not who.
  int HostAt(const EventCandidate& c) const {
    const auto& toks = Toks(c.si);
    if (c.te + 1 >= toks.size() || toks[c.te].lower != "at"sv) return -1;
    const auto ents = NounPhrase(c.si, c.te + 1, std::min(toks.size(), c.te + 10));
    if (ents.empty() || doc_.entities[ents[0]].out.type != "organization"sv) return -1;
    return ents[0];
  }

  const DateMention* DateIn(int si, size_t left, size_t right, size_t te) const {
    const auto& s = doc_.sentences[si];
    // A date the clause holds may still not be the trigger's (dates_another_thing below).
    // (A date after "since" starts a span or dates another event, not this one: "her seventh
    // visit since the October 7 attack" was dated 2023-10-07.)
    // ("since the July 26 coup": past the article.)
    // (Nor one in a "since" clause after the trigger: "the heaviest raids since a ceasefire
    // took effect in November" were dated November; they were the lead's Sunday's.)
    // (Nor a state of things "as of" a date or one "prior to" it: "the return to the situation
    // as of February 23, 2022" is no withdrawal on that day.)
    auto dates_another_thing = [&](const DateMention& d) {
      for (size_t k = d.tok_begin + 1; k > 0 && d.tok_begin + 1 - k < 4;) {
        --k;
        if (s.toks[k].lower == "since"sv) return true;
        if (k > 0 && ((s.toks[k].lower == "of"sv && s.toks[k - 1].lower == "as"sv) ||
                      (s.toks[k].lower == "to"sv && s.toks[k - 1].lower == "prior"sv))) {
          return true;
        }
        if (k < d.tok_begin && s.toks[k].lower != "the"sv) break;
      }
      for (size_t k = d.tok_begin; k > te && d.tok_begin - k < 10;) {
        --k;
        if (s.toks[k].kind == TokenKind::kPunct) break;
        if (s.toks[k].lower == "since"sv) return true;
      }
      // (Nor the date of a participle after the trigger that tells of another noun's past:
      // "supported observance of the ceasefire regime agreed on July 22, 2020", "statements made at
      // his news conference held on December 23" date the regime and the conference.)
      static const KeySet kParticiples = {"agreed",  "held",      "signed",   "adopted",
                                          "reached", "concluded", "made",     "taken",
                                          "issued",  "launched",  "approved", "established"};
      size_t q = d.tok_begin;
      if (q < s.toks.size() && s.toks[q].lower == "on"sv) {
        --q;
      } else if (q > 0 && s.toks[q - 1].lower == "on"sv) {
        q -= 2;
      } else {
        return false;
      }
      static const KeySet kAuxiliaries = {"was", "were", "is",   "are", "been",
                                          "be",  "has",  "have", "had", "being"};
      // (One right after the trigger tells of the trigger: "the agreement reached on 23
      // September".)
      return q < s.toks.size() && q > te && kParticiples.Has(s.toks[q]) &&
             !kAuxiliaries.Has(s.toks[q - 1]) && s.toks[q - 1].kind == TokenKind::kWord &&
             !s.toks[q - 1].cap;
    };
    // (One that opens inside the clause may run past its comma: "met Trump on March 3, 2024 in
    // Moscow", whose year the clause's bounds cut off, was dated by publication.)
    for (const auto& d : s.dates) {
      if (d.tok_begin >= left && (d.tok_end <= right + 1 || d.tok_begin < right) &&
          !dates_another_thing(d)) {
        return &d;
      }
    }
    // An opening adverbial dates the clauses after its comma: "On December 17, 1992, Russia
    // and Ukraine signed an agreement", "In 2019, Putin met Rahmon".
    for (const auto& d : s.dates) {
      if (d.tok_begin <= 1 && d.tok_end < left && d.tok_end < s.toks.size() &&
          s.toks[d.tok_end].lower == ","sv && !d.value.empty()) {
        return &d;
      }
    }
    return nullptr;
  }

  std::string QuoteNear(int si, size_t tb, size_t te) const {
    const auto& toks = Toks(si);
    const size_t after = te < toks.size() ? toks[std::min(te + 2, toks.size() - 1)].end
                                          : doc_.sentences[si].range.end;
    const size_t trig_begin = toks[tb].begin;
    for (const auto& [open, close] : quotes_) {
      // "...: "quote"" right after the trigger.
      if (open >= toks[te - 1].end && open <= after) return Slice(open + 1, close);
      // ""quote," the President said" ending just before the speaker and trigger.
      if (close < trig_begin && close + 40 >= trig_begin &&
          close >= doc_.sentences[si].range.begin) {
        return Slice(open + 1, close);
      }
      if (close >= toks[te - 1].end && open >= after) break;
    }
    return {};
  }

  // What an exchange was about, from the words after its trigger: "talks on
  // security guarantees", "a meeting to discuss the post-war reconstruction
  // of the country", "proposals on collective security guarantees to the
  // U.S.". Empty when no topic marker follows within the clause.
  std::string Topic(const EventCandidate& c, size_t right) const {
    const bool topical = IsConsultation(c.type) || c.type == "call"sv || c.type == "proposal"sv ||
                         c.type == "agreement"sv || c.type == "request"sv || c.type == "demand"sv;
    if (!topical) return {};
    const auto& toks = Toks(c.si);
    const auto& dates = doc_.sentences[c.si].dates;
    auto date_at = [&](size_t k) {
      for (const auto& d : dates)
        if (d.tok_begin == k) return true;
      return false;
    };
    const size_t limit = std::min({toks.size(), std::max(right, c.te + 1) + 8, c.te + 16});
    size_t start = 0;
    for (size_t k = c.te; k < limit && start == 0; ++k) {
      const auto& w = toks[k].lower;
      if (w == ","sv || w == ";"sv || w == "."sv) break;
      // "called on X to ..." names an addressee, not a topic.
      const bool phrasal =
          w == "on"sv && k == c.te && (c.type == "request"sv || c.type == "demand"sv);
      // "Committee on Foreign Affairs": "on" inside a name.
      const bool in_name =
          w == "on"sv && k > 0 && toks[k - 1].cap && k + 1 < toks.size() && toks[k + 1].cap;
      const bool about =
          (w == "on"sv || w == "about"sv || w == "regarding"sv || w == "concerning"sv) &&
          !date_at(k + 1) && !phrasal && !in_name;
      const bool discuss = w == "discuss"sv || w == "discussed"sv || w == "discussing"sv;
      if ((about || discuss) && k + 1 < toks.size()) {
        start = k + 1;
      } else if ((w == "dedicated"sv || w == "devoted"sv) && k + 2 < toks.size() &&
                 toks[k + 1].lower == "to"sv) {
        start = k + 2;
      }
    }
    if (start == 0) return {};
    while (start < toks.size() && (toks[start].lower == "the"sv || toks[start].lower == "a"sv ||
                                   toks[start].lower == "an"sv))
      ++start;
    // "on the occasion of", "on a daily basis", "on my way", "on the sidelines":
    // idioms and possessives, not subjects of discussion.
    if (start >= toks.size() || NotTopics().Has(toks[start])) return {};
    for (size_t k = start + 1; k < toks.size() && k < start + 3; ++k) {
      const auto& w = toks[k].lower;
      if (w == "basis"sv || w == "occasion"sv || w == "sidelines"sv || w == "margins"sv ||
          w == "behalf"sv || w == "eve"sv || w == "way"sv)
        return {};  // "on a daily basis", "on the very eve"
    }
    size_t end = start;
    while (end < toks.size() && end - start < 12) {
      const auto& w = toks[end].lower;
      if (toks[end].kind == TokenKind::kPunct && w != "-"sv && w != "'"sv) break;
      if (w == "with"sv || w == "at"sv || w == "during"sv || w == "which"sv || w == "that"sv ||
          w == "who"sv || w == "where"sv || w == "when"sv || w == "as"sv || w == "after"sv ||
          w == "before"sv || w == "while"sv || w == "between"sv || w == "by"sv || w == "was"sv ||
          w == "were"sv || w == "is"sv || w == "are"sv || w == "will"sv || date_at(end) ||
          ((w == "on"sv || w == "in"sv) && date_at(end + 1)))
        break;
      // "to the U.S.", "in Moscow": a recipient or place ends the topic.
      if ((w == "to"sv || w == "in"sv || w == "from"sv || w == "for"sv) && end + 1 < toks.size() &&
          (MentionAt(c.si, end + 1) >= 0 ||
           (toks[end + 1].lower == "the"sv && end + 2 < toks.size() &&
            MentionAt(c.si, end + 2) >= 0)))
        break;
      ++end;
    }
    // Never end on a dangling function word ("security of the").
    while (end > start && (toks[end - 1].lower == "of"sv || toks[end - 1].lower == "the"sv ||
                           toks[end - 1].lower == "and"sv || toks[end - 1].lower == "a"sv ||
                           toks[end - 1].lower == "to"sv || toks[end - 1].lower == "in"sv ||
                           toks[end - 1].lower == "on"sv || toks[end - 1].lower == "for"sv))
      --end;
    if (end == start) return {};
    // One word is a topic only when it names a country or an organisation
    // ("talks on Ukraine"); a place is where, not what.
    const int mi = MentionAt(c.si, start);
    const int ent = mi >= 0 ? doc_.mentions[mi].entity : -1;
    const std::string_view type = ent >= 0 ? std::string_view(doc_.entities[ent].out.type) : "";
    if (type == "location"sv && doc_.mentions[mi].te >= end) return {};
    if (end - start == 1 && type != "country"sv && type != "organization"sv) return {};
    return Slice(toks[start].begin, toks[end - 1].end);
  }

  std::string Slice(size_t b, size_t e) const {
    if (e <= b) return {};
    int64_t s, t;
    doc_.norm.MapSpan(b, e, &s, &t);
    if (t - s > 800) t = s + 800;  // long transcript replies: keep the opening
    std::string q = doc_.norm.OriginalSlice(s, t);
    while (!q.empty() && (q.back() == ' ' || q.back() == ',' || q.back() == '\n')) q.pop_back();
    return q;
  }

  Document& doc_;
  std::vector<std::pair<size_t, size_t>> quotes_;  // quotation byte ranges [open, close)
  std::vector<int> last_pair_;  // the last consultation's two parties, for "the two"
  // The two parties, of two countries, of a consultation in the document's first two
  // sentences (its lead), for a "we agreed" of either side beyond kTheyReach.
  std::vector<int> lead_pair_;
  std::vector<int> title_pair_;  // the pair the page's title names (TitlePair)
  int last_pair_si_ = -1;        // the sentence last_pair_ comes from
  // The parties of the last consultation of three or more ("met the leaders of Niger, Mali and
  // Burkina Faso"), host or agent first, for a later "The leaders agreed"; not one somebody
  // was only told about ("briefed his counterpart on the trilateral meeting of the leaders of
  // Russia, Azerbaijan and Armenia" before "The parties agreed" of a call).
  std::vector<int> last_group_;
  int last_group_si_ = -1;      // the sentence last_group_ comes from
  std::vector<int> last_dyad_;  // the two sides of the last act between two, for "both sides"
  int last_dyad_si_ = -1;       // the sentence last_dyad_ comes from
  std::vector<int> last_hostile_dyad_;  // the same of the last hostile act (13x-20x)
  int last_hostile_dyad_si_ = -1;
  int last_hostile_agent_ = -1;  // the agent of the last hostile act (13x-20x)
  int last_hostile_agent_si_ = -1;
  // The last attacks reported as done, for "condemned the attack" (JudgedAttack): who, where,
  // and the trigger's first word.
  struct AttackSeen {
    int agent;
    int si;
    size_t tb;
    std::string word;
    bool taking;  // a seizure, an arrest, an abduction or repression (171, 173, 181, 175)
  };
  std::vector<AttackSeen> attacks_;
  struct ActSeen {
    int agent;
    int si;
  };
  std::vector<ActSeen> acts_;  // the agents of acts other than judgments, in text order
  // Who accused (11x), said (01x) or proposed or asked (02x, 03x, 10x), in text order, for a
  // later "denied the charge", "rejected the proposal" (RejectedThing).
  enum class Claim { kAccused, kSaid, kProposed, kOther };
  struct ClaimSeen {
    int agent;
    int si;
    Claim kind;
  };
  std::vector<ClaimSeen> claims_;
  // The [tb, te) of the consultation triggers of the sentence Read works on (Objects).
  std::vector<std::pair<size_t, size_t>> gatherings_;
  std::vector<size_t> judged_;      // ends of this sentence's verbs of judging (JudgedObject)
  std::vector<size_t> criticised_;  // those of them that find fault
};

}  // namespace

std::unique_ptr<ArgumentReader> NewLocalSyntaxReader(Document* doc) {
  return std::make_unique<LocalSyntaxReader>(doc);
}

}  // namespace parley::extract
