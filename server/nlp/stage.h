// Stage and Pipeline: one pipeline of swappable stages over one Document
// (spaCy's pipeline, UDPipe's tokenizer -> tagger -> parser). A stage reads
// what earlier stages filled in and fills in its own fields; any stage can be
// replaced by a better model without touching the others.
//
// Thread-safe: a loaded Stage is immutable; Process() may run on many
// threads at once, each with its own Document.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/document.h"

namespace parley::nlp {

class Stage {
 public:
  virtual ~Stage() = default;
  // Short name for logs and CoNLL-U comments: "tokenizer", "tagger", ...
  virtual std::string_view name() const = 0;
  // The model's version string ("tagger/1 ewt-2.x"), or "rules/1".
  virtual std::string version() const = 0;
  // Fills in this stage's fields of `doc`. Never throws on any text: a stage
  // that cannot analyse something leaves its fields empty.
  virtual void Process(Document* doc) const = 0;
};

class Pipeline {
 public:
  Pipeline() = default;
  Pipeline(Pipeline&&) = default;
  Pipeline& operator=(Pipeline&&) = default;

  void Add(std::unique_ptr<Stage> stage) { stages_.push_back(std::move(stage)); }
  // Runs every stage in order.
  void Process(Document* doc) const {
    for (const auto& s : stages_) s->Process(doc);
  }
  const std::vector<std::unique_ptr<Stage>>& stages() const { return stages_; }

 private:
  std::vector<std::unique_ptr<Stage>> stages_;
};

}  // namespace parley::nlp
