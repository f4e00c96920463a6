// `parley train`: argument parsing only; the trainers live in server/nlp/.
#include "cli/train_command.h"

#include <CLI/CLI.hpp>
#include <algorithm>

#include "base/error.h"
#include "cli/subcommand.h"
#include "nlp/train.h"

namespace parley::cli {

int RunTrain(const std::vector<std::string>& args) {
  CLI::App app{"Train a language model", "parley train"};
  std::string kind;
  nlp::TrainOptions o;
  app.add_option("kind", kind, "tagger | lemmatizer | parser | ner | clusters")
      ->required()
      ->check(CLI::IsMember({"tagger", "lemmatizer", "parser", "ner", "clusters"}));
  app.add_option("--train", o.train, "training data (CoNLL-U; for clusters a text corpus)")
      ->required();
  app.add_option("--dev", o.dev, "development data, scored after each epoch");
  app.add_option("--out", o.out, "model file to write")->required();
  app.add_option("--clusters", o.clusters, "word clusters model for features");
  app.add_option("--dict-dir", o.dict_dir, "Parley config directory (gazetteer features)");
  app.add_option("--tagger", o.tagger, "trained tagger for predicted-tag features");
  app.add_option("--input", o.inputs, "further inputs (clusters: more corpora)");
  app.add_option("--epochs", o.epochs, "training epochs (0: the trainer's default)")
      ->check(CLI::Range(0, 1000));
  app.add_option("--members", o.members,
                 "parser: ensemble members trained with seeds seed, seed + 1, ... (0: default)")
      ->check(CLI::Range(0, 16));
  app.add_option("--move-labels", o.move_labels,
                 "parser: relations per direction with move classes of their own, 1-6 (0: "
                 "default)")
      ->check(CLI::Range(0, 6));
  app.add_option("--seed", o.seed, "random seed (training is deterministic for a seed)");
  app.add_flag("-q,--quiet", o.quiet, "no per-epoch progress lines");
  if (!ParseSubcommand(app, args, "train")) return 0;
  if (kind == "tagger") nlp::TrainTagger(o);
  if (kind == "lemmatizer") nlp::TrainLemmatizer(o);
  if (kind == "parser") nlp::TrainParser(o);
  if (kind == "ner") nlp::TrainRecognizer(o);
  if (kind == "clusters") nlp::TrainClusters(o);
  return 0;
}

}  // namespace parley::cli
