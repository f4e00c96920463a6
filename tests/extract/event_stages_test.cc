// The event stages one at a time (events.h): trigger detection and argument reading through the
// ArgumentReader seam a dependency-parse reader plugs into, merging as a pure function over
// hand-built candidates, and the confidence rule.
#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "extract/event_candidate.h"
#include "extract/event_merge.h"
#include "extract_test_util.h"

using namespace parley::extract;

namespace {

// What a reader was given, per sentence: the triggers' type, code and first token.
struct Seen {
  int si;
  std::string type, cameo;
  size_t tb;
};

// A reader with its own (silly) rule: every trigger's agent is the last entity named in its
// sentence, and nobody else takes part. Records what trigger detection handed it.
class LastNameReader final : public ArgumentReader {
 public:
  LastNameReader(Document* doc, std::vector<Seen>* seen) : doc_(*doc), seen_(seen) {}

  std::vector<EventCandidate> Read(int si, std::vector<EventCandidate> triggers) override {
    int last = -1;
    for (int mi : doc_.sentences[si].mentions) {
      if (doc_.mentions[mi].entity >= 0) last = doc_.mentions[mi].entity;
    }
    for (auto& c : triggers) {
      seen_->push_back({si, c.type, c.cameo, c.tb});
      c.agent = last;
    }
    return triggers;
  }

 private:
  Document& doc_;
  std::vector<Seen>* seen_;
};

std::unique_ptr<Extractor> WithReader(std::vector<Seen>* seen) {
  ExtractorOptions options;
  options.arguments = [seen](Document* doc) { return std::make_unique<LastNameReader>(doc, seen); };
  return Extractor::Load(testing::ConfigDir(), options);
}

std::string NameOf(const Extraction& x, const std::string& id) {
  for (const auto& e : x.entities) {
    if (e.id == id) return e.name;
  }
  return {};
}

EventCandidate Meeting(int si, int agent, std::vector<int> others, int location = -1) {
  EventCandidate c;
  c.si = si;
  c.type = "meeting";
  c.cameo = "040";
  c.rule = "met";
  c.agent = agent;
  c.others = std::move(others);
  c.location = location;
  c.evidence_sentences = {si};
  return c;
}

}  // namespace

TEST_CASE("an injected argument reader decides who takes part, detection and coding stay") {
  std::vector<Seen> seen;
  const auto ex = WithReader(&seen);
  InputDocument in;
  in.id = "d";
  in.text = "Vladimir Putin met Donald Trump in Anchorage.";
  const auto x = ex->Extract(in);
  REQUIRE(seen.size() == 1);
  CHECK(seen[0].si == 0);
  CHECK(seen[0].type == "meeting");
  CHECK(seen[0].tb == 2);  // "met", after the two tokens of "Vladimir Putin"
  REQUIRE(x.events.size() == 1);
  const auto& ev = x.events[0];
  CHECK(ev.id == "d#ev1");
  CHECK(ev.type == "meeting");
  CHECK(ev.plover == "CONSULT");
  // The fake's rule, not the local-syntax one (which names Putin and Trump, in Anchorage).
  REQUIRE(ev.participants.size() == 1);
  CHECK(NameOf(x, ev.participants[0].entity) == "Anchorage");
  CHECK(ev.location.empty());
  // Without the reader, the default rules read the same sentence.
  const auto plain = testing::SharedExtractor().Extract(in);
  REQUIRE(plain.events.size() == 1);
  CHECK(plain.events[0].participants.size() == 2);
  CHECK(NameOf(plain, plain.events[0].location) == "Anchorage");
}

TEST_CASE("trigger detection: no trigger inside a name, a conversation is a call on a phone page") {
  std::vector<Seen> seen;
  const auto ex = WithReader(&seen);
  InputDocument in;
  in.id = "d";
  in.title = "Telephone conversation with President of France Emmanuel Macron";
  in.text = "The conversation with Emmanuel Macron took place at the request of the French side.";
  (void)ex->Extract(in);
  REQUIRE_FALSE(seen.empty());
  CHECK(seen[0].type == "call");
  CHECK(seen[0].cameo == "041");

  seen.clear();
  in.title = "News";
  (void)ex->Extract(in);
  REQUIRE_FALSE(seen.empty());
  CHECK(seen[0].type == "meeting");  // the same words on another page: a conversation

  // "Conference" is a trigger, but not inside the name of the Munich Security Conference.
  seen.clear();
  in.text = "Vladimir Putin spoke at the Munich Security Conference.";
  const auto x = ex->Extract(in);
  REQUIRE(std::any_of(x.entities.begin(), x.entities.end(),
                      [](const Entity& e) { return e.name == "Munich Security Conference"; }));
  for (const auto& s : seen) CHECK(s.tb < 5);
}

TEST_CASE("merging in a sentence: consultations sharing a person are one, the specific type wins") {
  std::vector<EventCandidate> in;
  in.push_back(Meeting(0, 1, {2}));
  auto call = Meeting(0, 1, {3});
  call.type = "call";
  call.cameo = "041";
  call.rule = "phoned";
  in.push_back(call);
  const auto out = MergeMentions(in, MergeScope::kSentence);
  REQUIRE(out.size() == 1);
  CHECK(out[0].type == "call");
  CHECK(out[0].cameo == "041");
  CHECK(out[0].agent == 1);
  CHECK(out[0].others == std::vector<int>{2, 3});
  CHECK(out[0].rule == "met+phoned");
}

TEST_CASE("merging in a sentence: different places or dates are different meetings") {
  std::vector<EventCandidate> in = {Meeting(0, 1, {2}, 7), Meeting(0, 1, {2}, 8)};
  CHECK(MergeMentions(in, MergeScope::kSentence).size() == 2);
  DateMention d1{0, 1, "2025-08-15", "day"}, d2{0, 1, "2025-08-16", "day"};
  in = {Meeting(0, 1, {2}), Meeting(0, 1, {2})};
  in[0].date = &d1;
  in[1].date = &d2;
  CHECK(MergeMentions(in, MergeScope::kSentence).size() == 2);
  in[1].date = &d1;
  CHECK(MergeMentions(in, MergeScope::kSentence).size() == 1);
}

TEST_CASE("merging across the document: same place and a shared person, evidence in order") {
  std::vector<EventCandidate> in = {Meeting(3, 1, {2}, 7), Meeting(1, 2, {}, 7),
                                    Meeting(5, 4, {5}, 7)};
  const auto out = MergeMentions(in, MergeScope::kDocument);
  REQUIRE(out.size() == 2);
  CHECK(out[0].evidence_sentences == std::vector<int>{1, 3});
  CHECK(out[0].others == std::vector<int>{2});
  CHECK(out[1].agent == 4);  // nobody in common: another meeting at the same place

  // The same two people with dates merge without a place; one person alone does not.
  DateMention d{0, 1, "2025-08-15", "day"};
  in = {Meeting(0, 1, {2}), Meeting(4, 2, {1})};
  in[0].date = in[1].date = &d;
  CHECK(MergeMentions(in, MergeScope::kDocument).size() == 1);
  in = {Meeting(0, 1, {}), Meeting(4, 1, {})};
  in[0].date = in[1].date = &d;
  CHECK(MergeMentions(in, MergeScope::kDocument).size() == 2);
}

TEST_CASE("merging a transcript: one statement per speaker, at most five evidence lines") {
  std::vector<EventCandidate> in;
  for (int si = 0; si < 8; ++si) {
    EventCandidate c;
    c.si = si;
    c.type = "statement";
    c.cameo = "010";
    c.rule = "transcript-speaker";
    c.agent = si % 2;  // two speakers taking turns
    c.quote = "reply " + std::to_string(si);
    c.evidence_sentences = {si};
    in.push_back(c);
  }
  const auto out = MergeMentions(in, MergeScope::kDocument);
  REQUIRE(out.size() == 2);
  CHECK(out[0].quote == "reply 0");
  CHECK(out[0].evidence_sentences == std::vector<int>{0, 2, 4, 6});
  CHECK(out[1].evidence_sentences == std::vector<int>{1, 3, 5, 7});
  in.resize(1);
  for (int si = 1; si < 12; ++si) {
    in.push_back(in[0]);
    in.back().evidence_sentences = {si};
  }
  CHECK(MergeMentions(in, MergeScope::kDocument)[0].evidence_sentences.size() == 5);
}

TEST_CASE("merging: a candidate reaches back only 64 kept ones") {
  std::vector<EventCandidate> in = {Meeting(0, 1, {2}, 7)};
  for (int i = 0; i < 64; ++i) in.push_back(Meeting(1 + i, 100 + i, {}, 200 + i));
  in.push_back(Meeting(70, 1, {2}, 7));
  CHECK(MergeMentions(in, MergeScope::kDocument).size() == 66);
  in.erase(in.begin() + 1);  // 63 between: within reach
  CHECK(MergeMentions(in, MergeScope::kDocument).size() == 64);
}

TEST_CASE("EventConfidence: both sides, a date, a place and corroboration raise it, in bounds") {
  EventCandidate c = Meeting(0, -1, {});
  CHECK(EventConfidence(c) == doctest::Approx(0.5));
  c.agent = 1;
  c.others = {2};
  CHECK(EventConfidence(c) == doctest::Approx(0.7));
  DateMention d{0, 1, "2025-08-15", "day"};
  c.date = &d;
  c.location = 3;
  c.evidence_sentences = {0, 1};
  c.first = true;
  CHECK(EventConfidence(c) == doctest::Approx(0.95));  // 1.0, capped
  c.frame = kWeak;
  CHECK(EventConfidence(c) == doctest::Approx(0.8));
  EventCandidate guess = Meeting(0, -1, {});
  guess.actorless = true;
  CHECK(EventConfidence(guess) == doctest::Approx(0.25));
  guess.frame = kWeak;
  guess.actorless = false;
  CHECK(EventConfidence(guess) == doctest::Approx(0.3));
  EventCandidate unresolved = Meeting(0, -1, {});
  DateMention vague{0, 1, "", ""};
  unresolved.date = &vague;  // an unresolved date says nothing
  CHECK(EventConfidence(unresolved) == doctest::Approx(0.5));
}
