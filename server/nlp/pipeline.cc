// LoadPipeline: one line per stage, each added only when its model file is
// there. Stages that use the word clusters as features receive the one
// shared, immutable WordClusters loaded here.
#include "nlp/pipeline.h"

#include <filesystem>
#include <memory>

#include "nlp/clusters.h"
#include "nlp/lemmatizer.h"
#include "nlp/parser.h"
#include "nlp/recognizer.h"
#include "nlp/tagger.h"
#include "nlp/tokenizer.h"

namespace parley::nlp {

Pipeline LoadPipeline(const std::string& models_dir, const PipelineOptions& options) {
  namespace fs = std::filesystem;
  const fs::path dir(models_dir);
  auto have = [&](const char* file) {
    std::error_code ec;
    return options.models && fs::is_regular_file(dir / file, ec);
  };
  Pipeline p;
  if (options.tokenizer) p.Add(std::make_unique<Tokenizer>());
  // The word clusters: features of the tagger, parser and recogniser.
  std::shared_ptr<const WordClusters> clusters;
  if (have("clusters.bin.gz")) clusters = WordClusters::Load((dir / "clusters.bin.gz").string());
  // The tagger and the parser carry their own copy (cluster_table.h); the
  // recogniser checks the shared one against the fingerprint it was trained on.
  if (options.syntax) {
    if (have("tagger.bin.gz")) p.Add(Tagger::Load((dir / "tagger.bin.gz").string()));
    if (have("lemmatizer.bin.gz")) p.Add(Lemmatizer::Load((dir / "lemmatizer.bin.gz").string()));
    if (have("parser.bin.gz")) p.Add(Parser::Load((dir / "parser.bin.gz").string()));
  }
  if (have("ner.bin.gz")) p.Add(Recognizer::Load((dir / "ner.bin.gz").string(), clusters));
  return p;
}

}  // namespace parley::nlp
