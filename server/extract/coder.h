// The event coder: PETRARCH2's dictionaries applied to a dependency parse.
//
// Clause by clause: a predicate verb (by lemma or irregular form, multi-word
// verbs by their particles) is looked up in the verb dictionary; its block's
// patterns are tried most specific first against the words before the verb
// and the words of its clause after it; the first that matches gives the
// code (else the verb's default). The source is the subject (the "by" agent
// of a passive, whose subject is then the target), the target the first
// actor after the verb in its clause, unless the pattern places them ('$',
// '+'). Actors are noun phrases of the parse looked up in the actor
// dictionaries at the document's date; an agent word combines with the
// actor of its phrase ("Osgiliath soldiers" -> OSGMIL), or with an "of"
// phrase ("the government of Gondor" -> GONGOV). Conjoined subjects and
// objects give one event per pair. A negated or "if" clause gives no event
// unless a pattern names the negation; modal clauses are kept and marked.
// Embedded clauses of reported speech are coded as clauses of their own.
//
// Thread-safe: a loaded Coder is immutable; Code() may run on many threads.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "extract/actor_dictionary.h"
#include "extract/verb_dictionary.h"
#include "nlp/document.h"

namespace parley::extract {

struct CodedEvent {
  std::string source;  // actor codes; "" when unknown
  std::string target;
  std::string cameo;
  uint32_t sentence = 0;
  int32_t verb = -1;     // token index in the Document
  std::string modality;  // "" asserted; "possible" under may/might/could/would/should
  std::string rule;      // "BREAK: + * IN $ [075]" or "BREAK (default)"
};

struct CoderOptions {
  // PETRARCH's require_dyad: an event needs a source and a target.
  bool require_dyad = true;
};

class Coder {
 public:
  // Reads every dictionary in `dir` by its name: "*verbs*" or "CAMEO*"
  // (verbs), "*actors*", "*agents*", "*discards*", "*Issue*". Throws
  // parley::Error(kInvalidArgument) when `dir` holds no verb dictionary or a
  // file cannot be read or parsed (the message names the file and line).
  static std::unique_ptr<Coder> Load(const std::filesystem::path& dir, CoderOptions options = {});
  // Builds a coder from dictionary texts (tests).
  Coder(coding::VerbDictionary verbs, coding::ActorDictionary actors, CoderOptions options = {})
      : verbs_(std::move(verbs)), actors_(std::move(actors)), options_(options) {}

  // The events of a parsed document (heads and deprels filled in) dated
  // `date` (yyyymmdd, 0 = unknown: actors take their undated codes).
  std::vector<CodedEvent> Code(const nlp::Document& doc, int32_t date) const;

  const coding::VerbDictionary& verbs() const { return verbs_; }
  const coding::ActorDictionary& actors() const { return actors_; }

 private:
  coding::VerbDictionary verbs_;
  coding::ActorDictionary actors_;
  CoderOptions options_;
};

}  // namespace parley::extract
