// LoadPipeline: one line per stage, each added only when its model file is
// there. Stages that use the word clusters as features receive the one
// shared, immutable WordClusters loaded here.
#include "nlp/pipeline.h"

#include <filesystem>
#include <memory>

#include "nlp/clusters.h"
#include "nlp/recognizer.h"
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
  (void)clusters;
  // Later stages, in order (each: if (have("x.bin.gz")) p.Add(X::Load(...));).
  if (have("ner.bin.gz")) p.Add(Recognizer::Load((dir / "ner.bin.gz").string(), clusters));
  return p;
}

}  // namespace parley::nlp
