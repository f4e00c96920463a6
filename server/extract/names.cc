// The trained NameFinder: Parley's tokenizer and named-entity recogniser
// (server/nlp/) over the text, spans reported in bytes of that text.
#include "extract/names.h"

#include "nlp/document.h"
#include "nlp/pipeline.h"

namespace parley::extract {
namespace {

class RecognizerNames : public NameFinder {
 public:
  explicit RecognizerNames(nlp::Pipeline pipeline) : pipeline_(std::move(pipeline)) {
    for (const auto& s : pipeline_.stages()) {
      if (!version_.empty()) version_ += '+';
      version_ += std::string(s->name()) + "/" + s->version();
    }
  }

  std::string version() const override { return version_; }

  std::vector<FoundName> Find(std::string_view text) const override {
    nlp::Document doc;
    doc.text = std::string(text);
    pipeline_.Process(&doc);
    std::vector<FoundName> out;
    out.reserve(doc.entities.size());
    for (const auto& e : doc.entities) {
      if (e.token_begin >= e.token_end || e.token_end > doc.tokens.size()) continue;
      out.push_back(
          {doc.tokens[e.token_begin].begin, doc.tokens[e.token_end - 1].end, e.label, e.score});
    }
    return out;
  }

 private:
  nlp::Pipeline pipeline_;
  std::string version_;
};

}  // namespace

std::unique_ptr<NameFinder> LoadNameFinder(const std::filesystem::path& models_dir) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(models_dir / "ner.bin.gz", ec)) return nullptr;
  nlp::PipelineOptions options;
  options.syntax = false;  // names need tokens only: no tagger, lemmatizer or parser
  return std::make_unique<RecognizerNames>(nlp::LoadPipeline(models_dir.string(), options));
}

}  // namespace parley::extract
