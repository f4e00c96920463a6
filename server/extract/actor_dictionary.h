// The PETRARCH2 actor-side dictionaries, read as the field writes them:
//  - actors (Phoenix.*.actors.txt, PETR.Validate.actors.txt): a phrase line
//    "GONDOR [GON]" or "VLADIMIR_PUTIN_ # comment", "+SYNONYM" lines naming the
//    same actor, and tab-indented code lines "[RUSGOV >000101]",
//    "[HOBMIL 20080120-20121109]", "[RHO <790606]" that restrict a code to
//    dates (the first restriction that holds wins; an unrestricted code is the
//    default). "[ELR/GAL]" names several actors at once.
//  - agents (Phoenix.agents.txt): "POLICE {} [~COP]", "ATTORNEY_GENERAL
//    {ATTORNEYS_GENERAL} [~GOV]", "HUMAN_RIGHTS_BODY [NGO~]", with
//    "!PERSON! = MAN, MEN, ..." substitution sets. "~GOV" is appended to the
//    actor it qualifies, "NGO~" put before it.
//  - discards: phrases whose sentence ("+": whole story) is not coded.
//  - issues (Phoenix.IssueCoding.txt): "PHRASE [ISSUE]" topic phrases.
// Words match a token's upper-cased form; agents also its lemma (so plurals
// need no list). A word not ending in '_' of five letters or more also
// matches as a prefix ("ARGENTIN" -> "Argentina"), as TABARI's stems did.
//
// Thread-safe: immutable after loading; lookups are const.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace parley::extract::coding {

// A token as the dictionaries see it: upper-cased form and lemma.
struct CodingToken {
  std::string form;
  std::string lemma;
};

struct PhraseMatch {
  size_t length = 0;  // tokens matched; 0 = no match
  int entry = -1;
};

class ActorDictionary {
 public:
  // Each Add* parses one file's text; `name` is for error messages. Throws
  // parley::Error(kInvalidArgument) naming the file and line on a code
  // block outside any actor or an agent without a code; a code whose date
  // cannot be read is left out and counted (skipped_codes()), and so is an
  // agent line without a readable "[~CODE]" (skipped_agents()).
  void AddActors(std::string_view text, std::string_view name);
  void AddAgents(std::string_view text);
  void AddDiscards(std::string_view text);
  void AddIssues(std::string_view text);

  // The longest actor phrase starting at tokens[i].
  PhraseMatch FindActor(const std::vector<CodingToken>& tokens, size_t i) const;
  // The actor codes of entry `entry` on `date` (yyyymmdd; 0 = unknown: the
  // default code). "---" is a code too (a known actor with no code).
  std::vector<std::string> ActorCodes(int entry, int32_t date) const;

  // The longest agent phrase starting at tokens[i].
  PhraseMatch FindAgent(const std::vector<CodingToken>& tokens, size_t i) const;
  // The agent's code ("GOV") and whether it goes before the actor ("NGO~").
  const std::string& AgentCode(int entry) const { return agents_[entry].code; }
  bool AgentIsPrefix(int entry) const { return agents_[entry].prefix; }

  // 1 when a sentence discard phrase starts at tokens[i], 2 for a story
  // discard; 0 otherwise.
  int FindDiscard(const std::vector<CodingToken>& tokens, size_t i) const;
  // The issue code of the longest issue phrase at tokens[i], or "".
  std::string FindIssue(const std::vector<CodingToken>& tokens, size_t i) const;

  size_t actor_entries() const { return actors_.size(); }
  size_t actor_phrases() const { return actor_phrases_; }
  // Code blocks left out because their dates could not be read.
  size_t skipped_codes() const { return skipped_codes_; }
  size_t skipped_agents() const { return skipped_agents_; }
  size_t agent_entries() const { return agents_.size(); }
  size_t discard_phrases() const { return discards_.size(); }
  size_t issue_phrases() const { return issues_.size(); }

 private:
  struct Word {
    std::string text;
    bool exact = false;
  };
  struct Phrase {
    std::vector<Word> words;
    int entry = -1;
  };
  // First word -> phrases, longest first. Prefix words are indexed under
  // their first four letters in `by_stem_`.
  struct PhraseIndex {
    std::unordered_map<std::string, std::vector<Phrase>> exact;
    std::unordered_map<std::string, std::vector<Phrase>> by_stem;
    void Add(Phrase p);
    PhraseMatch Find(const std::vector<CodingToken>& tokens, size_t i, bool lemma) const;
  };
  struct DatedCode {
    std::string code;
    int32_t from = INT32_MIN, to = INT32_MAX;
    bool restricted = false;
  };
  struct Actor {
    std::vector<DatedCode> codes;
  };
  struct Agent {
    std::string code;
    bool prefix = false;
  };

  std::vector<Actor> actors_;
  PhraseIndex actor_index_;
  size_t actor_phrases_ = 0;
  size_t skipped_codes_ = 0;
  size_t skipped_agents_ = 0;
  std::vector<Agent> agents_;
  PhraseIndex agent_index_;
  std::vector<int> discards_;  // entry -> 1 sentence, 2 story
  PhraseIndex discard_index_;
  std::vector<std::string> issues_;
  PhraseIndex issue_index_;
};

}  // namespace parley::extract::coding
