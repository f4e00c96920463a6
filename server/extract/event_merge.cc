// Merging event candidates (event_merge.h).
#include "extract/event_merge.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/entities.h"

namespace parley::extract {

using namespace std::string_view_literals;  // NOLINT(google-build-using-namespace)

namespace {

constexpr size_t kMergeLookback = 64;         // earlier events a new one may merge into
constexpr size_t kMaxTranscriptEvidence = 5;  // reply lines kept as one speaker's evidence

// The type a merge keeps: the most specific exchange ("a call" beats "talks" beats "met").
int TypeRank(const std::string& type) {
  if (type == "call"sv) return 5;
  if (type == "summit"sv) return 4;
  if (type == "negotiation"sv) return 3;
  if (type == "meeting"sv) return 2;
  return 1;
}

bool Compatible(const EventCandidate& a, const EventCandidate& b) {
  if (a.location >= 0 && b.location >= 0 && a.location != b.location) return false;
  if (a.date && b.date && a.date->value != b.date->value) return false;
  return true;
}

std::vector<int> People(const EventCandidate& c) {
  std::vector<int> v = c.others;
  if (c.agent >= 0) v.push_back(c.agent);
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

bool Overlap(const std::vector<int>& a, const std::vector<int>& b) {
  for (int x : a) {
    if (std::find(b.begin(), b.end(), x) != b.end()) return true;
  }
  return false;
}

// Whether every element of `b` is in `a` (both sorted, as People() gives them).
bool Includes(const std::vector<int>& a, const std::vector<int>& b) {
  return std::includes(a.begin(), a.end(), b.begin(), b.end());
}

// Whether a visit and a meeting of one sentence went to different countries: "arrived in
// Poland ..., before travelling on to Kyiv to meet President Zelenskiy" is a visit to Poland
// and a meeting with Ukraine's president, not one meeting (each party's country known).
bool ElsewhereThanVisited(const Document& doc, const EventCandidate& a, const EventCandidate& b) {
  const EventCandidate* visit = a.type == "visit"sv ? &a : b.type == "visit"sv ? &b : nullptr;
  const EventCandidate* other = visit == &a ? &b : &a;
  if (visit == nullptr || other->type == "visit"sv || other->others.empty()) return false;
  // (One guest in both: "Putin held talks with Pashinyan who is paying a visit to Russia" is
  // the guest's visit and its talks.)
  if (visit->agent < 0 || other->agent != visit->agent) return false;
  // (The place visited counts as a host: "arrived in Poland" names no party.)
  auto countries = [&](const EventCandidate& c) {
    std::vector<int> hosts = c.others;
    if (&c == visit && c.location >= 0) hosts.push_back(c.location);
    std::vector<std::string> v;
    for (int e : hosts) {
      if (e == visit->agent) continue;
      std::string country = EntityCountry(doc, e);
      if (country.empty()) return std::vector<std::string>{};
      v.push_back(std::move(country));
    }
    return v;
  };
  const auto visited = countries(*visit), met = countries(*other);
  if (visited.empty() || met.empty()) return false;
  for (const auto& c : met) {
    if (std::find(visited.begin(), visited.end(), c) != visited.end()) return false;
  }
  return true;
}

}  // namespace

std::vector<EventCandidate> MergeMentions(std::vector<EventCandidate> in, MergeScope scope,
                                          const Document* doc) {
  const bool same_sentence = scope == MergeScope::kSentence;
  std::vector<EventCandidate> kept;
  // A transcript's speaker -> the index of their merged statement in `kept`.
  std::unordered_map<int, size_t> transcript_speaker;
  for (auto& c : in) {
    EventCandidate* into = nullptr;
    const size_t from = kept.size() > kMergeLookback ? kept.size() - kMergeLookback : 0;
    if (!same_sentence && c.anaphoric && c.location < 0) {
      // "today's meeting", "the talks": the last consultation it can be (no other date). One
      // that names its own place ("the summit in Anchorage") may be another.
      for (size_t oi = kept.size(); oi > from; --oi) {
        auto& o = kept[oi - 1];
        if (!IsConsultation(o.type) || !Compatible(o, c)) continue;
        // "our meeting" with the pair it was lent is that pair's gathering: not one of other
        // people (all of the pair take part in it), nor a visit.
        if (c.pair_lent && (!Includes(People(o), People(c)) || o.type == "visit"sv)) continue;
        into = &o;
        break;
      }
    }
    if (into == nullptr && IsConsultation(c.type)) {
      for (size_t oi = from; oi < kept.size(); ++oi) {
        auto& o = kept[oi];
        if (!IsConsultation(o.type) || !Compatible(o, c)) continue;
        const auto pa = People(o), pb = People(c);
        bool same = false;
        // (Two guests' visits are two: "Blinken and Lammy visited Kyiv".)
        const bool two_guests = o.type == "visit"sv && c.type == "visit"sv && o.agent >= 0 &&
                                c.agent >= 0 && o.agent != c.agent;
        if (two_guests) continue;
        // (A host's event and the guests' gathering it hosts are two: "Oman hosted talks
        // between Iran and the United States" is OMN-IRN 043 and IRN-USA 040.)
        if (o.hosts_guests != c.hosts_guests) continue;
        if (same_sentence) {
          same = o.si == c.si && (pa.empty() || pb.empty() || Overlap(pa, pb)) &&
                 !(doc != nullptr && ElsewhereThanVisited(*doc, o, c));
        } else {
          const bool place = o.location >= 0 && o.location == c.location;
          const bool people = pa.size() >= 2 && pa == pb && o.date && c.date;
          same = (place && (pa.empty() || pb.empty() || Overlap(pa, pb))) || people;
        }
        if (same) {
          into = &o;
          break;
        }
      }
    } else if (into == nullptr && !same_sentence && c.rule == "transcript-speaker"sv &&
               c.agent >= 0) {
      // A transcript gives every reply of a speaker its own line; one statement per speaker
      // per page, with the first reply as its quote, is what a reader means.
      auto [it, fresh] = transcript_speaker.emplace(c.agent, kept.size());
      if (!fresh) {
        auto& o = kept[it->second];
        if (o.evidence_sentences.size() < kMaxTranscriptEvidence) {
          o.evidence_sentences.push_back(c.evidence_sentences[0]);
        }
        continue;
      }
    } else if (into == nullptr && same_sentence) {
      for (size_t oi = from; oi < kept.size(); ++oi) {
        auto& o = kept[oi];
        // One speaker saying one thing in a sentence ("stressed ..., adding ...") is one
        // statement.
        if (o.si == c.si && o.type == c.type && o.agent == c.agent && Compatible(o, c) &&
            (o.type != "statement"sv || o.quote.empty() || c.quote.empty() || o.quote == c.quote)) {
          into = &o;
          break;
        }
        // An agreement verb and the agreement it concerns are one agreement when one's
        // parties are among the other's: "We have also agreed with Iran to extend the existing
        // interim agreement" (RUS-IRN) gave a second agreement of Iran's alone.
        if (o.si == c.si && o.type == "agreement"sv && c.type == "agreement"sv &&
            Compatible(o, c)) {
          const auto pa = People(o), pb = People(c);
          if (Includes(pa, pb) || Includes(pb, pa)) {
            into = &o;
            break;
          }
        }
      }
    }
    if (into == nullptr) {
      kept.push_back(std::move(c));
      continue;
    }
    if (TypeRank(c.type) > TypeRank(into->type)) {
      into->type = c.type;
      into->cameo = c.cameo;
      into->frame = c.frame;
    }
    // The finer code wins: a longer one, or a subtype of the root's generic code in one
    // event ("said he was skeptical" is 012, not 010; "met" + "consultations" is 043).
    const bool generic = into->cameo.size() == 3 && into->cameo[2] == '0' && c.cameo.size() == 3 &&
                         c.cameo != into->cameo && into->type == c.type &&
                         (into->cameo == "040"sv || c.cameo.compare(0, 2, into->cameo, 0, 2) == 0);
    if (into->cameo.size() < c.cameo.size() || generic) into->cameo = c.cameo;
    if (into->agent < 0) into->agent = c.agent;
    for (int e : c.others) {
      if (e != into->agent &&
          std::find(into->others.begin(), into->others.end(), e) == into->others.end()) {
        into->others.push_back(e);
      }
    }
    if (c.agent >= 0 && c.agent != into->agent &&
        std::find(into->others.begin(), into->others.end(), c.agent) == into->others.end()) {
      into->others.push_back(c.agent);
    }
    if (into->location < 0) into->location = c.location;
    if (into->date == nullptr) {
      into->date = c.date;
      into->date_si = c.date_si;
    }
    if (into->quote.empty()) into->quote = c.quote;
    if (into->topic.empty()) into->topic = c.topic;
    // Each rule once: an event mentioned in thousands of sentences would
    // otherwise carry a rule of thousands of "+rule" (which every span of
    // it used to be read back with).
    if (("+" + into->rule + "+").find("+" + c.rule + "+") == std::string::npos) {
      into->rule += "+" + c.rule;
    }
    // Evidence stays in text order; merges come in text order, so the
    // usual case appends, and a search is a binary one, not a scan per
    // merge (quadratic for an event mentioned in every sentence).
    auto& ev = into->evidence_sentences;
    for (int s : c.evidence_sentences) {
      if (ev.empty() || s > ev.back()) {
        ev.push_back(s);
        continue;
      }
      auto at = std::lower_bound(ev.begin(), ev.end(), s);
      if (at == ev.end() || *at != s) ev.insert(at, s);
    }
  }
  return kept;
}

}  // namespace parley::extract
