// The recogniser's features, shared by the serving path (recognizer.cc) and
// the trainer (recognizer_train.cc) so that both see exactly the same ids.
//
// Features come in two kinds. Form features depend only on one word's
// string and the sentence's case mode, at an offset of -2..+2 from the token
// being tagged (the word itself, its lower-case form, shape, affixes and
// cluster; the neighbours' forms and shapes): the serving path caches their
// summed class scores per distinct word. Context features depend on more
// than one word or on earlier decisions (word pairs, the shape trigram, the
// sentence position, gazetteer matches, the previous tags, the labels the
// same word got earlier in the document): they are looked up per token.
//
// Thread-safe: pure functions over immutable inputs.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "nlp/clusters.h"
#include "nlp/gazetteer.h"

namespace parley::nlp::ner {

// The tag set: O, then B/I/L/U for each type.
inline constexpr int kTypes = 4;  // PER, ORG, LOC, MISC
inline constexpr int kClasses = 1 + 4 * kTypes;
inline constexpr int kStartTag = kClasses;  // "before the sentence" in tag history
enum Position : int { kB = 0, kI = 1, kL = 2, kU = 3 };
std::string_view TypeName(int type);
// -1 when `name` is not one of PER, ORG, LOC, MISC.
int TypeOf(std::string_view name);
inline int ClassOf(int type, int position) { return 1 + type * 4 + position; }
inline int TypeOfClass(int cls) { return cls == 0 ? -1 : (cls - 1) / 4; }
inline int PositionOfClass(int cls) { return (cls - 1) % 4; }
// Whether `cls` may follow `prev` (kStartTag at the sentence start) in BILOU.
bool Allowed(int prev, int cls);
// Whether `cls` may end a sentence.
inline bool CanEnd(int cls) { return cls == 0 || PositionOfClass(cls) >= kL; }

// Case class of a word.
enum Caps : uint8_t {
  kNoLetters = 0,  // punctuation, symbols
  kNumber,         // digits, no letters
  kLower,
  kTitle,    // "Moscow"
  kUpper,    // "NATO", two letters or more
  kInitial,  // "J", "J."
  kMixed,    // "McDonald", "iPhone"
  kAlnum,    // letters and digits: "G7", "F-16"
};
inline constexpr int kCapsClasses = 8;

// Everything the features need from one word string, as hashes.
struct FormInfo {
  uint64_t form = 0;                 // HashString(form)
  uint64_t lower = 0;                // HashString(FoldCase(form))
  uint64_t shape = 0;                // "Xxxx", "XX", "dd-dd": runs capped at four
  uint64_t short_shape = 0;          // runs of one: "Xx", "X", "d-d"
  std::array<uint64_t, 5> prefix{};  // 1..5 code points of the lower-case form
  std::array<uint64_t, 5> suffix{};
  // WordClusters::Prefix of the word's cluster at 4, 6, 10 and 20 bits (0 =
  // no cluster), and of the capitalised spelling's own cluster at 6 and 20
  // bits (what "MAY" is when it is "May").
  std::array<uint32_t, 4> cluster{};
  std::array<uint32_t, 2> title_cluster{};
  // How often the word is capitalised in the clusters' text: 0 unknown,
  // 1 (never) .. 5 (always).
  uint8_t capitalised = 0;
  uint8_t caps = kNoLetters;
  uint8_t upper = 0;  // no lower-case letter and at least one letter
};

// The sentence-start and sentence-end padding words.
inline constexpr std::string_view kBos = "\x02<s>";
inline constexpr std::string_view kEos = "\x03</s>";

// The case class of a word (FormInfo::caps).
uint8_t CapsOf(std::string_view form);
// HashString(FoldCase(form)) without building the string for short ASCII.
uint64_t HashFolded(std::string_view form);

// `clusters` may be null (a model trained without clusters).
FormInfo MakeFormInfo(std::string_view form, const WordClusters* clusters);

// Form features reach this many words either side of the token tagged.
inline constexpr int kContext = 3;
inline constexpr int kOffsets = 2 * kContext + 1;

// Whether a sentence is written in capitals (a headline): most of its words
// with letters have no lower-case letter. `caps` are the words' Caps.
bool CapsMode(std::span<const uint8_t> caps);

// Appends the form features of `w` seen at `offset` (-2..2) from the token
// being tagged (-kContext..kContext), in a sentence of case mode `caps_mode`.
void FormFeatures(const FormInfo& w, int offset, bool caps_mode, std::vector<uint64_t>* out);

// What the labels the same lower-case word got earlier in the document say
// (the "extended prediction history" of Ratinov and Roth 2009): counts of
// each label type (0 = O, 1 + type) within the last `window` tokens.
class LabelHistory {
 public:
  explicit LabelHistory(uint32_t window) : window_(window) {}
  // The bit set of label kinds seen for `lower` before document token `at`.
  uint32_t Seen(uint64_t lower, uint32_t at) const;
  bool enabled() const { return window_ > 0; }
  void Record(uint64_t lower, uint32_t at, int label);

 private:
  uint32_t window_;
  std::unordered_map<uint64_t, std::vector<std::pair<uint32_t, uint8_t>>> seen_;
};

// Only capitalised words go into the history: for lower-case words it says
// nothing and costs time.
inline bool InHistory(uint8_t caps) { return caps >= kTitle; }

// How the same word is written elsewhere in the document, within `window`
// tokens either side: what tells a name from a common word in a headline in
// capitals or at the start of a sentence. Only words inside sentences of
// mixed case count as evidence (their case is a choice, not a convention).
class CaseEvidence {
 public:
  explicit CaseEvidence(uint32_t window) : window_(window) {}
  void Clear() { seen_.clear(); }
  // Records the words of a sentence starting at document token `first`
  // (call in document order).
  void AddSentence(std::span<const uint64_t> lower, std::span<const uint8_t> caps, uint32_t first,
                   bool caps_mode);
  // Bits (1 lower, 2 title, 4 upper, 8 mixed) of how `lower` is written
  // within the window around document token `at`, `at` itself excluded.
  uint32_t Bits(uint64_t lower, uint32_t at) const;
  // Whether any word counted: a document all in capitals tells nothing.
  bool any() const { return !seen_.empty(); }

 private:
  uint32_t window_;
  std::unordered_map<uint64_t, std::vector<std::pair<uint32_t, uint8_t>>> seen_;
};

// What the document says about a token beyond its sentence.
struct DocumentCues {
  uint32_t history = 0;    // LabelHistory::Seen
  uint32_t case_bits = 0;  // CaseEvidence::Bits, or kNoEvidence
  static constexpr uint32_t kNoEvidence = 16;
};

// One sentence as the context features see it.
struct SentenceView {
  std::span<const FormInfo* const> words;  // the sentence's words
  std::span<const uint32_t> gaz;           // gazetteer masks per word
  bool caps_mode = false;
};

// Features that depend on nothing but the previous tags and the token's
// case: kept apart because the serving path precomputes them in tables.
void TagFeatures(int prev, int prev2, uint8_t caps, bool caps_mode, std::vector<uint64_t>* out);
// The context features of token i other than TagFeatures.
void ContextFeatures(const SentenceView& s, size_t i, int prev, const DocumentCues& cues,
                     std::vector<uint64_t>* out);
// Every feature of token i: the form features of offsets -2..2, the tag and
// the context features (the trainer's path; the serving path sums the same
// from its caches).
void AllFeatures(const SentenceView& s, size_t i, int prev, int prev2, const DocumentCues& cues,
                 const FormInfo& bos, const FormInfo& eos, std::vector<uint64_t>* out);

}  // namespace parley::nlp::ner
