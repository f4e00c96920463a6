// Helpers of the language-model tests: documents from words, the shipped
// models (loaded once per test binary), samples of EWT dev.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "nlp/conllu.h"
#include "nlp/document.h"
#include "nlp/lemmatizer.h"
#include "nlp/parser.h"
#include "nlp/tagger.h"
#include "test_util.h"

namespace parley::testing {

// One sentence of the given words (as a tokenizer would give them), with
// nothing else filled in.
inline nlp::Document DocFromWords(const std::vector<std::string>& words) {
  std::string conllu;
  for (size_t i = 0; i < words.size(); ++i)
    conllu += std::to_string(i + 1) + "\t" + words[i] + "\t_\t_\t_\t_\t_\t_\t_\t_\n";
  return nlp::ParseConllu(conllu + "\n");
}

// The words of a document, each "form/UPOS/XPOS".
inline std::vector<std::string> Tags(const nlp::Document& doc) {
  std::vector<std::string> out;
  for (const auto& t : doc.tokens)
    out.push_back(t.form + "/" + std::string(nlp::UposName(t.upos)) + "/" + t.xpos);
  return out;
}

inline std::filesystem::path ModelPath(const char* file) { return SourceDir() / "models" / file; }

// The shipped models, or nullptr when the file is absent (tests then skip).
inline const nlp::Tagger* ShippedTagger() {
  static const std::unique_ptr<nlp::Tagger> m =
      std::filesystem::exists(ModelPath("tagger.bin.gz"))
          ? nlp::Tagger::Load(ModelPath("tagger.bin.gz").string())
          : nullptr;
  return m.get();
}
inline const nlp::Lemmatizer* ShippedLemmatizer() {
  static const std::unique_ptr<nlp::Lemmatizer> m =
      std::filesystem::exists(ModelPath("lemmatizer.bin.gz"))
          ? nlp::Lemmatizer::Load(ModelPath("lemmatizer.bin.gz").string())
          : nullptr;
  return m.get();
}
inline const nlp::Parser* ShippedParser() {
  static const std::unique_ptr<nlp::Parser> m =
      std::filesystem::exists(ModelPath("parser.bin.gz"))
          ? nlp::Parser::Load(ModelPath("parser.bin.gz").string())
          : nullptr;
  return m.get();
}

// The first `sentences` sentences of EWT `split` ("dev" or "test"), or an empty document
// without ../shared. The model cards' fixed samples: dev for the models trained on EWT train
// (lemmatizer), test for those trained on train + dev (tagger, parser), whose dev figures
// would be training figures.
inline nlp::Document EwtSample(const std::string& split, size_t sentences) {
  const auto shared = SharedDir();
  if (shared.empty()) return {};
  nlp::Document all =
      nlp::ReadConlluFile((shared / ("nlp/ewt/en_ewt-ud-" + split + ".conllu.gz")).string());
  if (all.sentences.size() <= sentences) return all;
  all.tokens.resize(all.sentences[sentences].token_begin);
  all.sentences.resize(sentences);
  return all;
}

inline nlp::Document EwtDevSample(size_t sentences) { return EwtSample("dev", sentences); }

}  // namespace parley::testing
