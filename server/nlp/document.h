// Document: the one object every language-model stage reads and fills in, as
// spaCy's Doc or UDPipe's sentence list. The tokenizer creates sentences and
// tokens from `text`; the tagger fills upos/xpos/feats, the lemmatizer
// lemma, the parser head/deprel, the recogniser ner and `entities`. Each
// field is empty (or -1 / kUnknown) until its stage has run, so a stage can
// tell what it may rely on.
//
// Offsets: `begin`/`end` are bytes of `text` (what the stages slice with);
// `cp_begin`/`cp_end` are Unicode code points (what the extractor's output
// contract and CoNLL-U's TokenRange count). Both are end-exclusive.
//
// Thread-safe: a plain value; one thread fills a Document at a time.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace parley::nlp {

// Universal POS tags (https://universaldependencies.org/u/pos/).
enum class Upos : uint8_t {
  kUnknown = 0,
  kAdj,
  kAdp,
  kAdv,
  kAux,
  kCconj,
  kDet,
  kIntj,
  kNoun,
  kNum,
  kPart,
  kPron,
  kPropn,
  kPunct,
  kSconj,
  kSym,
  kVerb,
  kX,
};
inline constexpr int kUposCount = 18;

// "NOUN" for Upos::kNoun; "_" for kUnknown.
std::string_view UposName(Upos u);
// The tag named `name`, or kUnknown.
Upos ParseUpos(std::string_view name);

struct Token {
  uint32_t begin = 0, end = 0;        // bytes of Document::text
  uint32_t cp_begin = 0, cp_end = 0;  // code points of Document::text
  // The word as the models see it: the text slice, except where the
  // tokenizer splits one written word into syntactic words whose letters are
  // not all in the text (rare; "dont" -> "do" "nt" keeps its letters).
  std::string form;
  std::string lemma;  // empty until lemmatised
  Upos upos = Upos::kUnknown;
  std::string xpos;   // Penn tag ("NNP"), empty until tagged
  std::string feats;  // UD features ("Number=Sing"), empty when none or untagged
  // Head as an index into Document::tokens (same sentence); -1 for the root
  // or when unparsed (deprel tells: "root" vs empty).
  int32_t head = -1;
  std::string deprel;  // UD relation with subtype ("nsubj:pass"), empty until parsed
  std::string ner;     // IOB2 ("B-PER", "I-PER", "O"), empty until recognised
  bool space_after = true;
};

// A written word split into several tokens (CoNLL-U's "3-4 don't" line):
// kept so that CoNLL-U read in is written out the same.
struct MultiwordToken {
  uint32_t first = 0, last = 0;  // token indices into Document::tokens, inclusive
  std::string form;
};

struct Sentence {
  uint32_t token_begin = 0, token_end = 0;  // into Document::tokens, end excluded
  std::string sent_id;                      // from CoNLL-U or made up; may be empty
  std::vector<MultiwordToken> multiword;

  uint32_t size() const { return token_end - token_begin; }
};

// A named-entity span found by the recogniser (or read from gold NER tags).
struct NamedEntity {
  uint32_t sentence = 0;
  uint32_t token_begin = 0, token_end = 0;  // into Document::tokens, end excluded
  std::string label;                        // PER, ORG, LOC, MISC
  float score = 1.0f;                       // model confidence in [0, 1]
};

struct Document {
  std::string id;
  std::string text;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<NamedEntity> entities;

  // The bytes of `text` that token `i` covers.
  std::string_view TokenText(size_t i) const {
    return std::string_view(text).substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
  }
  // The sentence that contains token `i` (binary search; sentences sorted).
  uint32_t SentenceOf(size_t i) const;
  // Rebuilds `entities` from the tokens' IOB tags (IOB1 or IOB2).
  void EntitiesFromTags();
  // Writes IOB2 tags on the tokens from `entities` ("O" elsewhere).
  void TagsFromEntities();
};

}  // namespace parley::nlp
