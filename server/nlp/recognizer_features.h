// The recogniser's features, shared by the serving path (recognizer.cc) and
// the trainer (recognizer_train.cc) so that both see exactly the same ids.
//
// Features come in two kinds. Form features depend only on one word's
// string and the sentence's case mode, at an offset of -3..+3 from the token
// being tagged (the word itself, its lower-case form, shape, affixes,
// cluster and how often it is capitalised; the neighbours' forms, shapes and
// clusters): the serving path caches their summed class scores per distinct
// word. Context features depend on more
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

// What the context features read of a word.
struct WordInfo {
  uint64_t lower = 0;        // HashString(FoldCase(form))
  uint64_t short_shape = 0;  // shape with runs of one: "Xx", "X", "d-d"
  uint8_t caps = kNoLetters;
  uint8_t upper = 0;  // no lower-case letter and at least one letter
};

// Everything the features need from one word string, as hashes.
struct FormInfo : WordInfo {
  uint64_t form = 0;                 // HashString(form)
  uint64_t shape = 0;                // "Xxxx", "XX", "dd-dd": runs capped at four
  std::array<uint64_t, 4> prefix{};  // 1..4 code points of the lower-case form
  std::array<uint64_t, 4> suffix{};
  // WordClusters::Prefix of the word's cluster at 4, 6, 10 and 20 bits (0 =
  // no cluster), and of the capitalised spelling's own cluster at 6 and 20
  // bits (what "MAY" is when it is "May").
  std::array<uint32_t, 4> cluster{};
  std::array<uint32_t, 2> title_cluster{};
  // How often the word is capitalised in the clusters' text: 0 unknown,
  // 1 (never) .. 5 (always).
  uint8_t capitalised = 0;
};

// The sentence-start and sentence-end padding words.
inline constexpr std::string_view kBos = "\x02<s>";
inline constexpr std::string_view kEos = "\x03</s>";

// The case class of a word (WordInfo::caps).
uint8_t CapsOf(std::string_view form);
// `clusters` may be null (a model trained without clusters).
FormInfo MakeFormInfo(std::string_view form, const WordClusters* clusters);

// Form features reach this many words either side of the token tagged.
inline constexpr int kContext = 2;
inline constexpr int kOffsets = 2 * kContext + 1;

// Whether a sentence is written in capitals (a headline): most of its words
// with letters have no lower-case letter. `caps` are the words' Caps.
bool CapsMode(std::span<const uint8_t> caps);

// Appends the form features of `w` seen at `offset` from the token being
// tagged (-kContext..kContext), in a sentence of case mode `caps_mode`.
void FormFeatures(const FormInfo& w, int offset, bool caps_mode, std::vector<uint64_t>* out);

// What the labels the same lower-case word got earlier in the document say
// (the "extended prediction history" of Ratinov and Roth 2009): which label
// kinds (0 = O, 1 + type) it got within the last `window` tokens.
class LabelHistory {
 public:
  explicit LabelHistory(uint32_t window) : window_(window) {}
  // The bit set of label kinds seen for `lower` before document token `at`
  // (not before the window).
  uint32_t Seen(uint64_t lower, uint32_t at) const;
  // Records that document token `at` (increasing from call to call) was
  // tagged `label`.
  void Record(uint64_t lower, uint32_t at, int label);

 private:
  static constexpr int kKinds = 1 + kTypes;
  struct Slot {
    uint64_t key = 0;                     // 0: empty
    std::array<uint32_t, kKinds> last{};  // token + 1 of the label's last use, 0: never
  };
  const Slot* Find(uint64_t key) const;

  uint32_t window_;
  std::vector<Slot> slots_;  // open addressing, at most half full
  size_t used_ = 0;
};

// Only capitalised words go into the history: for lower-case words it says
// nothing and costs time.
inline bool InHistory(uint8_t caps) { return caps >= kTitle; }

// One sentence as the context features see it.
struct SentenceView {
  std::span<const WordInfo* const> words;  // the sentence's words
  std::span<const uint32_t> gaz;           // gazetteer masks per word
  bool caps_mode = false;
};

// Features that depend on nothing but the previous tags and the token's
// case: kept apart because the serving path precomputes them in tables.
void TagFeatures(int prev, int prev2, uint8_t caps, bool caps_mode, std::vector<uint64_t>* out);
// Where the token is in its sentence (first, last, both, neither) with its
// case: one feature, kept apart because the serving path precomputes it.
uint64_t PositionFeature(bool first, bool last, uint8_t caps, bool caps_mode);
// The previous tag with the token's lower-case form.
uint64_t PrevLowerFeature(int prev, uint64_t lower);
// The context features of token i that depend on no earlier tag (word
// pairs, shapes, gazetteer, history); `history` is LabelHistory::Seen for
// the token (0 when not looked up).
void ContextFeatures(const SentenceView& s, size_t i, uint32_t history, std::vector<uint64_t>* out);
// The features of token i that depend on no tag: the form features of every
// offset (`forms` are the sentence's words, `bos`/`eos` the padding), the
// position and the context features.
void BaseFeatures(const SentenceView& s, std::span<const FormInfo* const> forms, size_t i,
                  uint32_t history, const FormInfo& bos, const FormInfo& eos,
                  std::vector<uint64_t>* out);

// The classes that may follow `prev` (kStartTag at the start) as a bit set,
// restricted to those that may end a sentence when `last`.
uint32_t AllowedAfter(int prev, bool last);

// One hypothesis of the beam search: a path's score, its last two tags and
// the hypothesis of the previous token it extends.
struct BeamHyp {
  float score = 0.0f;
  int16_t cls = 0, prev = 0;
  int32_t back = -1;  // -1 at the first token
  bool gold = false;  // the path so far is the gold one (training)
};

// Beam search over the BILOU paths of a sentence of n tokens, shared by the
// recogniser and its trainer. `score(i, prev, prev2, out)` writes the class
// scores of token i after tags (prev, prev2) to out[0..kClasses). A path
// scores the sum of its tags' scores; hypotheses with the same last two tags
// have the same future and only the best is kept. Token i's hypotheses end
// up in all[starts[i], starts[i + 1]). With `gold` (training), returns the
// first token at which the gold path fell out of the beam, or n.
template <typename ScoreFn>
size_t BeamSearch(size_t n, int beam, ScoreFn&& score, const int* gold, std::vector<BeamHyp>* all,
                  std::vector<uint32_t>* starts) {
  constexpr int kMaxBeam = 16;
  beam = beam < 1 ? 1 : (beam > kMaxBeam ? kMaxBeam : beam);
  all->clear();
  starts->assign(n + 1, 0);
  size_t lost = n;
  std::array<BeamHyp, kMaxBeam> top{};
  alignas(64) std::array<float, kClasses> s{};
  for (size_t i = 0; i < n; ++i) {
    int count = 0, worst = 0;  // once full, top[worst] has the lowest score
    auto insert = [&](const BeamHyp& h) {
      if (count == beam && h.score <= top[worst].score) return;
      int at = -1;
      for (int k = 0; k < count && at < 0; ++k)
        if (top[k].cls == h.cls && top[k].prev == h.prev) at = k;
      if (at >= 0) {
        if (h.score <= top[at].score) return;
        top[at] = h;
      } else if (count < beam) {
        top[count++] = h;
      } else {
        top[worst] = h;
      }
      if (count == beam) {
        worst = 0;
        for (int k = 1; k < count; ++k)
          if (top[k].score < top[worst].score) worst = k;
      }
    };
    const size_t from = i == 0 ? 0 : (*starts)[i - 1];
    const size_t to = i == 0 ? 1 : (*starts)[i];
    for (size_t hi = from; hi < to; ++hi) {
      const BeamHyp* parent = i == 0 ? nullptr : &(*all)[hi];
      const int prev = parent ? parent->cls : kStartTag;
      const int prev2 = parent ? parent->prev : kStartTag;
      const float base = parent ? parent->score : 0.0f;
      const bool gold_so_far = gold != nullptr && (parent ? parent->gold : true);
      score(i, prev, prev2, s.data());
      const uint32_t allowed = AllowedAfter(prev, i + 1 == n);
      for (int c = 0; c < kClasses; ++c) {
        if (!(allowed >> c & 1)) continue;
        insert(BeamHyp{base + s[c], static_cast<int16_t>(c), static_cast<int16_t>(prev),
                       parent ? static_cast<int32_t>(hi) : -1, gold_so_far && gold[i] == c});
      }
    }
    (*starts)[i] = static_cast<uint32_t>(all->size());
    all->insert(all->end(), top.begin(), top.begin() + count);
    (*starts)[i + 1] = static_cast<uint32_t>(all->size());
    if (gold != nullptr && lost == n) {
      bool in = false;
      for (int k = 0; k < count; ++k) in |= top[k].gold;
      if (!in) lost = i;
    }
  }
  return lost;
}

// The tags of the best path ending at token `last` (its best hypothesis),
// into tags[0..last].
void BestPath(const std::vector<BeamHyp>& all, const std::vector<uint32_t>& starts, size_t last,
              int* tags);

// A blocked Bloom filter over a model's feature ids: most word pairs and
// many rare words' features are not in the model, and asking this filter
// (a few hundred KB, cache-resident) is far cheaper than a miss in the model
// table. No false negatives; about one false positive in a few hundred.
class FeatureFilter {
 public:
  void Build(const std::vector<uint64_t>& keys);
  bool MayContain(uint64_t key) const {
    if (words_.empty()) return true;
    const uint64_t m = Mask(key);
    return (words_[(key >> 32) & mask_] & m) == m;
  }
  // Removes from `features` the ids the model surely lacks.
  void Keep(std::vector<uint64_t>* features) const;

 private:
  static uint64_t Mask(uint64_t key) {
    return (uint64_t{1} << (key & 63)) | (uint64_t{1} << ((key >> 6) & 63)) |
           (uint64_t{1} << ((key >> 12) & 63)) | (uint64_t{1} << ((key >> 18) & 63));
  }
  std::vector<uint64_t> words_;
  uint64_t mask_ = 0;
};

}  // namespace parley::nlp::ner
