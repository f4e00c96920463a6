// The PETRARCH2 verb dictionary (CAMEO.2.0.txt, PETR.Validate.verbs.txt), read
// as written:
//   &TIETYPES            a synonym set; "+MILITARY", "+YUM YENNYEN",
//   +MILITARY            "+&OTHER" (nested set) are its members
//   --- BREAK [1717] --- a verb block with its default code
//   BREAK {BROKE BROKEN} a verb of the block with irregular forms
//   +BREAK_DOWN {...}    a multi-word verb ('+' marks the verb word)
//   DOWNPLAY [014]       a verb with its own default code
//   - + * IN $ [075]     a pattern: words before and after the verb ('*'),
//                        '$' the source, '+' the target, '%' a compound
//                        actor, '^' any one word, "&SET" a synonym set,
//                        "(PREP ...)" and "{phrase}" read as their words;
//                        '_' glues two words ("IN_*": adjacent).
// Codes: "[064]"; "[032:033]" a forward code and the reverse code the target
// gives the source; "[:020]" only the reverse; "[---]" no event.
//
// Thread-safe: immutable after loading; lookups are const.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace parley::extract::coding {

struct EventCode {
  std::string forward;  // "" when none
  std::string reverse;  // "" when none
  bool none() const { return forward.empty() && reverse.empty(); }
};

// "064", "032:033", ":020", "---" -> EventCode ("---" parts are empty).
EventCode ParseEventCode(std::string_view code);

struct PatternElement {
  enum class Kind { kWord, kSynset, kSource, kTarget, kCompound, kAny };
  Kind kind = Kind::kWord;
  std::string text;     // the word or the synset name ("&TIETYPES")
  bool joined = false;  // glued with '_' to the element before it (or the verb)
};

struct VerbPattern {
  std::vector<PatternElement> pre;   // before '*', in text order
  std::vector<PatternElement> post;  // after '*', in text order
  EventCode code;
  int literals = 0;  // words and synsets: how specific the pattern is
  int line = 0;      // in the file, for --explain and ties
  std::string text;  // the pattern as written
};

struct VerbBlock {
  std::string name;
  EventCode code;
  std::vector<VerbPattern> patterns;  // most specific first
};

struct VerbForm {
  std::vector<std::string> words;  // "BREAK", "DOWN"
  size_t verb = 0;                 // index of the verb word in `words`
  int block = -1;
  EventCode code;  // the verb's own default (its block's when it names none)
};

class VerbDictionary {
 public:
  // Parses one file's text. Throws parley::Error(kInvalidArgument) naming
  // `name` and the line on a malformed block header or code.
  void Load(std::string_view text, std::string_view name);

  // Verb forms whose verb word is `word` (a lemma or an irregular form,
  // upper case); null when none.
  const std::vector<int>* FormsFor(const std::string& word) const;
  const VerbForm& form(int i) const { return forms_[i]; }
  const VerbBlock& block(int i) const { return blocks_[i]; }
  // The members of synonym set `name` ("&TIETYPES"), each a word sequence
  // that may itself hold "&SET" words; null when unknown.
  const std::vector<std::vector<std::string>>* Synset(const std::string& name) const;

  size_t blocks() const { return blocks_.size(); }
  size_t forms() const { return forms_.size(); }
  size_t patterns() const { return patterns_; }
  size_t synsets() const { return synsets_.size(); }

 private:
  std::vector<VerbBlock> blocks_;
  std::vector<VerbForm> forms_;
  std::unordered_map<std::string, std::vector<int>> by_word_;
  std::unordered_map<std::string, std::vector<std::vector<std::string>>> synsets_;
  size_t patterns_ = 0;
};

}  // namespace parley::extract::coding
