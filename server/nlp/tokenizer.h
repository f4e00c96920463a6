// Tokenizer and sentence splitter: the first stage of the pipeline. Rules
// that follow the Universal Dependencies English Web Treebank (Penn
// conventions): clitics split as the treebank splits them ("don't" -> "do"
// "n't", "cannot" -> "can" "not", "I'm" -> "I" "'m", "gonna" -> "gon" "na",
// possessive "'s"), abbreviations and initials keep their period ("U.S.",
// "Dec.", "J."), hyphenated compounds split except after bound prefixes
// ("well - known" but "non-stop", "e-mail"), and URLs, e-mail addresses,
// numbers, dates, times, phone numbers and emoticons stay whole. Punctuation
// runs ("...", "?!", "--") are one token.
//
// Sentences end at terminal punctuation (with trailing quotes and brackets)
// before a word that can start a sentence, except after abbreviations that
// do not end sentences (titles, initials, months before a number); a blank
// line always ends one, and so does a single line break unless the next line
// starts in lower case or the text is hard-wrapped.
//
// Offsets are bytes and code points of the original text. Bytes that are not
// valid UTF-8 count as one character each and never stop the tokenizer.
//
// Thread-safe: a Tokenizer is immutable after construction; Process() may
// run on many threads at once, each with its own Document.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "nlp/stage.h"

namespace parley::nlp {

class Tokenizer : public Stage {
 public:
  Tokenizer();
  ~Tokenizer() override;

  // The rule tokenizer needs no model file; this exists for the stage
  // convention and returns the same rules for any `path` (ignored, may be
  // empty).
  static std::unique_ptr<Tokenizer> Load(const std::string& path);

  std::string_view name() const override { return "tokenizer"; }
  std::string version() const override { return "rules/1"; }

  // Replaces doc->tokens, doc->sentences and doc->entities with the tokens
  // and sentences of doc->text (byte and code-point offsets, form = the text
  // slice, space_after, multiword tokens for split clitics). Sentence ids are
  // "<doc id>-<n>" (or "<n>" without an id). Never throws except
  // std::bad_alloc; an empty or all-space text yields no sentences.
  void Process(Document* doc) const override;

  struct Rules;  // the word lists, built once (tokenizer.cc)

 private:
  std::unique_ptr<const Rules> rules_;
};

}  // namespace parley::nlp
