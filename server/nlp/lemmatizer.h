// Lemmatizer: fills Token::lemma from the form and the Penn tag (XPOS) the
// tagger gave it, as UD English lemmatises: "ran"/VBD -> "run", "n't"/RB ->
// "not", "States"/NNPS -> "State", "The"/DT -> "the", proper nouns keep their
// case.
//
// Model, learned from a treebank (lemmatizer_train.cc): a table of the
// (form, tag) pairs seen in training whose lemma the rules below would get
// wrong (irregular verbs, pronouns, abbreviations, the treebank's spelling
// fixes), first as written and then lower-cased; and for every other word
// the suffix edit rule ("-ies" -> "-y") most often seen in training
// for the word's tag and longest matching final letters, applied to the
// lower-cased form (to the form as written for proper nouns).
//
// Thread-safe: a loaded Lemmatizer is immutable; Process() may run on many
// threads at once.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/stage.h"

namespace parley::nlp {

struct LemmaScores {
  size_t tokens = 0, correct = 0;
  double Accuracy() const { return tokens ? static_cast<double>(correct) / tokens : 0.0; }
};

class Lemmatizer : public Stage {
 public:
  // Throws parley::Error naming `path` when it cannot be read or is not a
  // lemmatizer model of a supported version.
  static std::unique_ptr<Lemmatizer> Load(const std::string& path);
  // Learns from every token of `train` with a lemma and an XPOS. Throws
  // parley::Error(kInvalidArgument) when there is none. Deterministic.
  static std::unique_ptr<Lemmatizer> Train(const Document& train);
  // Writes the model (atomically). Throws parley::Error on I/O failure.
  void Save(const std::string& path) const;

  std::string_view name() const override { return "lemmatizer"; }
  std::string version() const override;
  // Lemmatises every token that has an XPOS (others are left alone).
  void Process(Document* doc) const override;

  // The lemma of `form` tagged `xpos`.
  std::string Lemma(std::string_view form, std::string_view xpos) const;
  // Lemmatises a copy of `gold` with its own XPOS tags (or those already
  // in `tagged`, same tokens, when not null) and counts agreement.
  LemmaScores Evaluate(const Document& gold, const Document* tagged = nullptr) const;

  size_t exceptions() const { return exact_.size() + lower_.size(); }
  size_t rules() const { return rules_.size(); }

 private:
  // Appends the lemma to *out (cleared first).
  void LemmaInto(std::string_view form, std::string_view xpos, std::string* out) const;
  // Table keys: (word, tag) and (tag, suffix length, suffix).
  static uint64_t LemmaKey(uint64_t word_hash, uint64_t xpos_hash);
  static uint64_t RuleKey(uint64_t xpos_hash, size_t length, std::string_view suffix);
  static void LowerAsciiInto(std::string_view s, std::string* out);
  // Per-tag flags, learned: lemmas keep the form's case (proper nouns,
  // e-mail addresses); digit groups lose their commas ("1,100" -> "1100").
  static constexpr uint32_t kKeepCase = 1, kDropCommas = 2;
  static constexpr size_t kMaxSuffix = 7;   // longest suffix a rule keys on
  static constexpr uint64_t kTopRules = 8;  // rules per tag tried for a known lemma
  uint32_t TagFlags(uint64_t xpos_hash) const;
  // What the rules work on: the form, lower-cased unless kKeepCase, digit
  // group commas dropped with kDropCommas.
  static void RuleBase(std::string_view form, uint32_t flags, std::string* out);
  // The suffix rules' lemma (no exception tables): of the rules for the
  // word's suffixes, longest first, then the tag's most frequent rules, the
  // first whose result is a lemma seen in training; else the longest
  // suffix's rule.
  void RuleLemma(std::string_view form, uint64_t xpos_hash, std::string* out) const;
  // Whether rule r applies to `base` (it ends with the rule's ending and
  // has more).
  bool Applies(uint32_t rule, std::string_view base) const;

  struct Table {
    std::vector<uint64_t> keys;  // sorted on save; open addressing in slots
    std::vector<uint32_t> values;
    std::vector<uint64_t> slot_keys;
    std::vector<uint32_t> slot_values;
    uint64_t mask = 0;
    size_t size() const { return keys.size(); }
    // The value of `key`, or UINT32_MAX.
    uint32_t Find(uint64_t key) const;
    void Index();
  };

  std::vector<std::string> strings_;  // lemmas of the exception tables
  Table exact_;                       // (form, xpos) -> lemma string id
  Table lower_;                       // (lower-cased form, xpos) -> lemma string id
  // Suffix rules: (xpos, suffix length, suffix) -> rule id; rule r
  // replaces the ending `remove_[r]` (when the word has it and more) by
  // `append_[r]`.
  Table rules_;
  std::vector<std::string> remove_;
  std::vector<std::string> append_;
  Table tag_rules_;  // (xpos, rank) -> rule id: each tag's most frequent rules
  Table tag_flags_;  // xpos -> kKeepCase | kDropCommas
  Table known_;      // lemmas seen in training (lower-cased), value 0
};

}  // namespace parley::nlp
