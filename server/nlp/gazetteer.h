// Gazetteer: Parley's own name lists (config/dict/*.jsonl) as token
// sequences, matched over a sentence to give the recogniser one feature bit
// per (list, position in the match): "Vladimir Putin" lights PERSON-B on
// "Vladimir" and PERSON-L on "Putin". The lists are what the extractor's
// dictionaries hold (people, organisations, countries and their adjectives,
// places, titles), plus the first and last names of the people and a short
// built-in list of honorifics ("Mr", "Mrs", "Dr") counted as titles.
//
// Matching is on case-folded tokens, so it works on all-caps text, except for
// short acronyms ("US", "IT"), which match only a token written in capitals.
// The recogniser bakes its gazetteer into its model file (Save/Load), so a
// model scores the same whatever the config dir holds at run time.
//
// Thread-safe: immutable after construction or Load(); Match() is const.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "nlp/model_io.h"

namespace parley::nlp {

// The lists. Each takes four bits of a token's match mask (B, I, L, U).
enum class GazList : uint8_t {
  kPerson = 0,    // people's names and aliases
  kOrganization,  // organisations' names and aliases
  kLocation,      // countries, capitals, places
  kAdjective,     // country adjectives and demonyms ("Russian", "Americans")
  kTitle,         // role words ("foreign minister")
  kFirstName,     // first token of a person's name
  kLastName,      // last token of a person's name
  kSeat,          // buildings and seats of government ("Kremlin", "White House")
};
inline constexpr int kGazLists = 8;
// Positions of a token inside a match, as in BILOU.
inline constexpr int kGazBegin = 0, kGazInside = 1, kGazLast = 2, kGazUnit = 3;
// The bit of (list, position) in a match mask.
inline constexpr uint32_t GazBit(GazList list, int position) {
  return 1u << (static_cast<int>(list) * 4 + position);
}

// Lower-cases UTF-8 text (Unicode simple lower-case mapping of each code
// point; invalid bytes are kept as they are).
std::string FoldCase(std::string_view s);
// Upper-cases UTF-8 text the same way (simple upper-case mapping).
std::string UpperCase(std::string_view s);
// True when `s` has at least one letter and no lower-case letter.
bool IsAllUpper(std::string_view s);

class Gazetteer {
 public:
  Gazetteer() = default;

  // Reads Parley's dictionaries from `dir` (the config dir holding dict/, or
  // dict/ itself). Throws parley::Error(kInvalidArgument) naming the file
  // and line on a malformed line, or when no dictionary file is found.
  static Gazetteer FromDictDir(const std::string& dir);

  // Adds one name. It is split into tokens the way treebanks split names
  // (spaces; brackets and commas apart), with a variant whose hyphens are
  // tokens of their own. Empty names are ignored. Call Build() after the
  // last Add() and before Match().
  void Add(std::string_view name, GazList list);
  // Deduplicates the names and indexes them for Match().
  void Build();

  // Fills masks[i] (one per token) with the bits of every match covering
  // token i. `folded` holds HashString(FoldCase(form)) of each token,
  // `upper` whether the token is written all in capitals.
  void Match(std::span<const uint64_t> folded, std::span<const uint8_t> upper,
             uint32_t* masks) const;

  size_t size() const { return patterns_.size(); }

  void Save(ModelWriter* w) const;
  // Throws parley::Error(kInvalidArgument) on malformed data.
  static Gazetteer Load(ModelReader* r);

 private:
  struct Pattern {
    std::vector<uint64_t> tokens;  // HashString of the folded tokens
    GazList list;
    bool acronym;  // match only tokens written in capitals
  };
  void AddTokens(const std::vector<std::string>& tokens, GazList list, bool acronym);

  // Kept as text so that the model file rebuilds the same index.
  std::vector<std::string> texts_;  // tokens joined by ' '
  std::vector<uint8_t> lists_;      // GazList, with bit 7 = acronym
  std::vector<Pattern> patterns_;
  std::unordered_map<uint64_t, std::vector<uint32_t>> by_first_;
  // One bit per (hash of a pattern's first token mod kFilterBits): most
  // tokens start no pattern, and this tells so without a map lookup.
  static constexpr size_t kFilterBits = size_t{1} << 16;
  std::vector<uint64_t> first_filter_;
};

}  // namespace parley::nlp
