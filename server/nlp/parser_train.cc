// Training of the parser: the dynamic oracle with exploration (Goldberg &
// Nivre 2012, 2013) over projectivised trees, on the tags the tagger gives
// (jackknifed for the training set, so that training sees tagging errors as
// parsing will). Each member of the ensemble trains on its own thread with
// its own seed and keeps its best epoch on dev; their weights are summed.
#include <algorithm>
#include <array>
#include <cstdio>
#include <map>

#include "base/error.h"
#include "nlp/conllu.h"
#include "nlp/parser.h"
#include "nlp/parser_internal.h"
#include "nlp/tagger.h"
#include "nlp/train.h"
#include "nlp/train_util.h"

namespace parley::nlp {

using parser_internal::kLeft;
using parser_internal::kMaxFeatures;
using parser_internal::kMoves;
using parser_internal::kRight;
using parser_internal::kShift;
using parser_internal::MoveCost;
using parser_internal::State;
using parser_internal::Word;

namespace {

constexpr int kDefaultEpochs = 15;
// After the first epoch the parser follows its own move (right or wrong)
// this often, and the oracle's best move otherwise.
constexpr double kExplore = 0.9;
// Jackknife folds for tagging the training set; their taggers have one pass
// and this many epochs (cheaper than the shipped tagger, nearly as good).
constexpr int kTagFolds = 5;
constexpr int kFoldTaggerEpochs = 8;

struct TrainTree {
  std::vector<Word> words;  // n + 1: tokens, then the root
  std::vector<int> gold;    // head of each token (n = the root), projectivised
  std::vector<int> rel;     // relation id of each token
};

std::string_view FormOf(const Document& doc, size_t i) {
  return doc.tokens[i].form.empty() ? doc.TokenText(i) : std::string_view(doc.tokens[i].form);
}

int TagIdOf(const std::vector<std::string>& sorted, const std::string& xpos) {
  auto it = std::lower_bound(sorted.begin(), sorted.end(), xpos);
  return it != sorted.end() && *it == xpos ? static_cast<int>(it - sorted.begin()) + 1 : 0;
}

// The sentences of `doc` whose index % folds != fold (or == fold with
// `inside`), as a document of their own (text copied whole, so offsets hold).
Document FoldOf(const Document& doc, int folds, int fold, bool inside) {
  Document out;
  out.text = doc.text;
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    if ((static_cast<int>(si % folds) == fold) != inside) continue;
    Sentence s = doc.sentences[si];
    const auto begin = static_cast<uint32_t>(out.tokens.size());
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      Token tok = doc.tokens[t];
      if (tok.head >= 0) tok.head = static_cast<int32_t>(begin + (tok.head - s.token_begin));
      out.tokens.push_back(std::move(tok));
    }
    for (auto& m : s.multiword) {
      m.first = begin + (m.first - s.token_begin);
      m.last = begin + (m.last - s.token_begin);
    }
    s.token_begin = begin;
    s.token_end = static_cast<uint32_t>(out.tokens.size());
    out.sentences.push_back(std::move(s));
  }
  return out;
}

// The two models of a parser (or of one member of its ensemble).
struct Models {
  LinearModel moves, labeller;
};

// Trains one member of the ensemble with `seed` on `trees`: the averaged
// weights of the epoch with the best dev LAS (of the last epoch without dev
// or when quiet). `shape` carries the labels, tags, relation directions and
// clusters; it evaluates each epoch's weights on dev. `name` prefixes
// progress lines.
//
// Each decision trains the move model against the dynamic oracle's
// cheapest classes (a move's cost, plus one when it makes a gold arc with a
// relation of another class); each arc of an "other" class that the followed
// move makes trains the labeller when the arc is gold and its relation is
// one the labeller may give. On the oracle's path a gold arc takes its gold
// relation, on the model's own path the model's, so the relation features
// of later moves see the mistakes parsing will make.
Models TrainMember(const std::vector<TrainTree>& trees, Parser* shape, const Document* dev,
                   const ParserTrainConfig& config, uint64_t seed, const std::string& name) {
  Stopwatch clock;
  const int epochs = config.epochs > 0 ? config.epochs : kDefaultEpochs;
  const std::vector<uint8_t>& move_of = ParserAccess::move(*shape);
  const std::vector<int16_t>& label_of = ParserAccess::label(*shape);
  const std::vector<uint8_t>& dirs = ParserAccess::label_dirs(*shape);
  const int classes = static_cast<int>(move_of.size());
  const int nlabels = static_cast<int>(dirs.size());
  PerceptronTrainer moves(classes);
  PerceptronTrainer labeller(nlabels);
  Rng rng(seed);
  std::vector<uint32_t> order(trees.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  State st;
  uint64_t feats[kMaxFeatures];
  uint64_t label_feats[parser_internal::kMaxLabelFeatures];
  std::vector<float> scores(classes), label_scores(nlabels);
  Models kept;  // the averaged weights of the best epoch on dev
  double best_las = -1;
  int best_epoch = 0;
  auto average = [&] {
    ParserAccess::moves(*shape) = moves.Average(config.prune_below);
    ParserAccess::labeller(*shape) = labeller.Average(config.prune_below);
  };
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    Shuffle(&order, &rng);
    size_t right = 0, decisions = 0, labels_right = 0, labelled = 0;
    for (uint32_t idx : order) {
      const TrainTree& tree = trees[idx];
      st.Reset(static_cast<int>(tree.gold.size()));
      while (!st.Terminal()) {
        const int k = parser_internal::TransitionFeatures(st, tree.words, feats);
        const std::span<const uint64_t> fs(feats, k);
        std::fill(scores.begin(), scores.end(), 0.0f);
        moves.Score(fs, scores.data());
        // The model's class and the best of the cheapest classes (the
        // dynamic oracle).
        int move_cost[kMoves] = {-1, -1, -1};
        for (int m = 0; m < kMoves; ++m)
          if (st.Legal(m)) move_cost[m] = MoveCost(st, m, tree.gold);
        int pred = -1, best = -1, pred_cost = 0, best_cost = 1 << 30;
        for (int c = 0; c < classes; ++c) {
          const int m = move_of[c];
          if (!parser_internal::LegalClass(st, m, label_of[c])) continue;
          int cost = move_cost[m];
          if (m != kShift) {
            const auto [head, dep] = st.Arc(m);
            if (tree.gold[dep] == head) {
              const int rel = tree.rel[dep];
              const bool fits =
                  label_of[c] >= 0 ? label_of[c] == rel : (dirs[rel] & (dep < head ? 1 : 2)) != 0;
              cost += fits ? 0 : 1;
            }
          }
          if (pred < 0 || scores[c] > scores[pred]) pred = c, pred_cost = cost;
          if (cost < best_cost || (cost == best_cost && scores[c] > scores[best]))
            best = c, best_cost = cost;
        }
        ++decisions;
        if (pred_cost > best_cost) {
          moves.Update(fs, best, pred);
        } else {
          ++right;
        }
        moves.Tick();
        const bool explore = epoch > 1 && rng.Uniform() < kExplore;
        const int follow = explore ? pred : best;
        const int m = move_of[follow];
        int label = label_of[follow];
        if (m != kShift && label < 0) {
          const auto [head, dep] = st.Arc(m);
          const int lk = parser_internal::LabelFeatures(st, tree.words, head, dep, label_feats);
          const std::span<const uint64_t> ls(label_feats, lk);
          std::fill(label_scores.begin(), label_scores.end(), 0.0f);
          labeller.Score(ls, label_scores.data());
          const int guess = parser_internal::BestLabel(dirs, head, dep, label_scores.data());
          label = guess;
          const int gold = tree.rel[dep];
          // (Only a gold arc whose relation the labeller may give teaches it.)
          if (tree.gold[dep] == head && (dirs[gold] & (dep < head ? 1 : 2)) != 0) {
            ++labelled;
            if (guess != gold) {
              labeller.Update(ls, gold, guess);
            } else {
              ++labels_right;
            }
            labeller.Tick();
            if (!explore) label = gold;
          }
        }
        st.Apply(m, label);
      }
    }
    const bool last = epoch == epochs;
    if (config.quiet && !last) continue;
    average();
    if (config.quiet) continue;
    std::string dev_part;
    if (dev != nullptr) {
      const ParseScores s = shape->Evaluate(*dev);
      char buf[96];
      std::snprintf(buf, sizeof buf, " dev uas %.4f las %.4f", s.Uas(), s.Las());
      dev_part = buf;
      // The epoch with the best dev LAS is the one kept: once training
      // accuracy nears 1, dev LAS wanders by a few tenths of a point from
      // epoch to epoch.
      if (s.Las() > best_las) {
        best_las = s.Las();
        best_epoch = epoch;
        kept.moves = ParserAccess::moves(*shape);
        kept.labeller = ParserAccess::labeller(*shape);
      }
    }
    std::fprintf(
        stderr, "parser%s epoch %d/%d: train moves %.4f labels %.4f%s features %zu (%.0f s)\n",
        name.c_str(), epoch, epochs, decisions ? static_cast<double>(right) / decisions : 0.0,
        labelled ? static_cast<double>(labels_right) / labelled : 0.0, dev_part.c_str(),
        shape->features(), clock.Seconds());
  }
  if (best_epoch > 0) {
    if (!config.quiet)
      std::fprintf(stderr, "parser%s: kept epoch %d (dev las %.4f)\n", name.c_str(), best_epoch,
                   best_las);
    return kept;
  }
  return Models{std::move(ParserAccess::moves(*shape)), std::move(ParserAccess::labeller(*shape))};
}

}  // namespace

std::unique_ptr<Parser> Parser::Train(const Document& train, const Document* dev,
                                      const ParserTrainConfig& config) {
  Stopwatch clock;
  auto parser = std::make_unique<Parser>();
  std::vector<std::string>& labels = ParserAccess::labels(*parser);
  std::vector<std::string>& tags = ParserAccess::tags(*parser);
  ParserAccess::clusters(*parser) = config.clusters;

  // Relations: "root" first, then by frequency; tags sorted.
  std::map<std::string, size_t> rel_counts;
  std::map<std::string, size_t> tag_counts;
  std::string tag;
  for (const Token& t : train.tokens) {
    if (!t.deprel.empty() && t.deprel != "root") ++rel_counts[t.deprel];
    if (!t.xpos.empty()) {
      parser_internal::TagKey(t, &tag);
      ++tag_counts[tag];
    }
  }
  if (rel_counts.empty())
    throw Error(ErrorCode::kInvalidArgument, "the training data has no dependency trees");
  std::vector<std::pair<size_t, std::string>> ranked;
  ranked.reserve(rel_counts.size());
  for (const auto& [r, n] : rel_counts) ranked.emplace_back(n, r);
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  labels.push_back("root");
  for (const auto& [n, r] : ranked)
    if (labels.size() < 64) labels.push_back(r);  // relation sets are 64-bit masks
  for (const auto& [t, n] : tag_counts) tags.push_back(t);
  std::map<std::string, int> label_id;
  for (size_t i = 0; i < labels.size(); ++i) label_id[labels[i]] = static_cast<int>(i);

  // Trees.
  std::vector<TrainTree> trees;
  size_t lifted = 0;
  std::vector<std::string_view> forms;
  std::vector<int> tag_ids;
  std::vector<uint8_t> punct;
  for (const Sentence& s : train.sentences) {
    const int n = static_cast<int>(s.size());
    TrainTree tree;
    tree.gold.assign(n, n);
    tree.rel.assign(n, 0);
    forms.clear();
    tag_ids.clear();
    punct.clear();
    bool ok = n > 0;
    for (int i = 0; i < n && ok; ++i) {
      const Token& t = train.tokens[s.token_begin + i];
      if (t.deprel.empty()) ok = false;
      tree.gold[i] = t.head < 0 ? n : static_cast<int>(t.head - s.token_begin);
      auto it = label_id.find(t.deprel);
      tree.rel[i] = it == label_id.end() ? 1 : it->second;
      if (t.head < 0) tree.rel[i] = 0;
      forms.push_back(FormOf(train, s.token_begin + i));
      parser_internal::TagKey(t, &tag);
      tag_ids.push_back(TagIdOf(tags, tag));
      punct.push_back(t.upos == Upos::kPunct);
    }
    if (!ok) continue;
    // One root: the parser makes exactly one.
    int roots = 0;
    for (int i = 0; i < n; ++i) roots += tree.gold[i] == n;
    if (roots != 1) continue;
    lifted += static_cast<size_t>(parser_internal::Projectivize(&tree.gold));
    parser_internal::DescribeWords(forms, tag_ids, config.clusters, punct, &tree.words);
    trees.push_back(std::move(tree));
  }
  if (trees.empty())
    throw Error(ErrorCode::kInvalidArgument, "the training data has no usable dependency trees");
  const int nlabels = static_cast<int>(labels.size());

  // Move classes: SHIFT; LEFT with each of the `move_labels` relations most
  // frequent on left arcs, then LEFT "other"; RIGHT with "root", the
  // `move_labels` - 1 most frequent relations on right arcs, then RIGHT
  // "other". The labeller gives the relations of the "other" classes: those
  // seen in the direction without a class of their own.
  std::vector<uint8_t>& move_of = ParserAccess::move(*parser);
  std::vector<int16_t>& label_of = ParserAccess::label(*parser);
  std::vector<uint8_t>& dirs = ParserAccess::label_dirs(*parser);
  {
    std::vector<std::array<size_t, 2>> seen(nlabels, {0, 0});
    for (const TrainTree& t : trees)
      for (size_t d = 0; d < t.gold.size(); ++d) {
        const int head = t.gold[d];
        if (head == static_cast<int>(t.gold.size())) continue;
        ++seen[t.rel[d]][static_cast<int>(d) < head ? 0 : 1];
      }
    const int named = std::clamp(config.move_labels, 1, 6);
    move_of.push_back(kShift);
    label_of.push_back(-1);
    dirs.assign(nlabels, 0);
    for (int side = 0; side < 2; ++side) {
      const int move = side == 0 ? kLeft : kRight;
      std::vector<int> frequent;
      for (int l = 1; l < nlabels; ++l)
        if (seen[l][side] > 0) frequent.push_back(l);
      std::stable_sort(frequent.begin(), frequent.end(),
                       [&](int a, int b) { return seen[a][side] > seen[b][side]; });
      if (side == 1) {
        move_of.push_back(static_cast<uint8_t>(move));
        label_of.push_back(0);
      }
      const size_t own = static_cast<size_t>(side == 0 ? named : named - 1);
      for (size_t i = 0; i < frequent.size(); ++i) {
        if (i < own) {
          move_of.push_back(static_cast<uint8_t>(move));
          label_of.push_back(static_cast<int16_t>(frequent[i]));
        } else {
          dirs[frequent[i]] |= static_cast<uint8_t>(1 << side);
        }
      }
      move_of.push_back(static_cast<uint8_t>(move));
      label_of.push_back(-1);
    }
  }

  const int members = std::max(1, config.members);
  std::vector<Models> trained(members);
  std::vector<std::unique_ptr<Parser>> shapes;
  std::vector<std::function<void()>> jobs;
  for (int m = 0; m < members; ++m) {
    auto shape = std::make_unique<Parser>();
    ParserAccess::labels(*shape) = labels;
    ParserAccess::tags(*shape) = tags;
    ParserAccess::move(*shape) = move_of;
    ParserAccess::label(*shape) = label_of;
    ParserAccess::label_dirs(*shape) = dirs;
    ParserAccess::clusters(*shape) = config.clusters;
    Parser* raw = shape.get();
    shapes.push_back(std::move(shape));
    const std::string name = members > 1 ? " " + std::to_string(m + 1) : std::string();
    jobs.emplace_back([&, raw, m, name] {
      trained[m] =
          TrainMember(trees, raw, dev, config, config.seed + static_cast<uint64_t>(m), name);
    });
  }
  RunParallel(jobs, TrainThreads());
  if (members == 1) {
    ParserAccess::moves(*parser) = std::move(trained[0].moves);
    ParserAccess::labeller(*parser) = std::move(trained[0].labeller);
  } else {
    std::vector<const LinearModel*> moves, labellers;
    for (const Models& m : trained) {
      moves.push_back(&m.moves);
      labellers.push_back(&m.labeller);
    }
    ParserAccess::moves(*parser) = LinearModel::Sum(moves);
    ParserAccess::labeller(*parser) = LinearModel::Sum(labellers);
  }
  if (!config.quiet && dev != nullptr) {
    const ParseScores s = parser->Evaluate(*dev);
    std::fprintf(stderr, "parser: %d member(s) together: dev uas %.4f las %.4f (%.0f s)\n", members,
                 s.Uas(), s.Las(), clock.Seconds());
  }
  if (!config.quiet)
    std::fprintf(stderr, "parser: %zu trees, %zu arcs lifted to projectivise, %d relations\n",
                 trees.size(), lifted, nlabels);
  return parser;
}

void TrainParser(const TrainOptions& options) {
  Stopwatch clock;
  const Document gold = ReadConlluFile(options.train);
  Document train = gold;  // gets the jackknifed tags
  std::unique_ptr<Document> dev;
  if (!options.dev.empty()) dev = std::make_unique<Document>(ReadConlluFile(options.dev));
  ParserTrainConfig config;
  ApplyTrainOptions(options, &config);
  if (options.members > 0) config.members = options.members;
  if (options.move_labels > 0) config.move_labels = options.move_labels;

  // Tags as the parser will see them: the training set tagged fold by fold
  // by taggers that did not see the fold; dev by the shipped tagger (or,
  // without --tagger, by one trained here on all of train).
  TaggerTrainConfig tc;
  tc.epochs = kFoldTaggerEpochs;
  tc.seed = options.seed;
  tc.quiet = true;
  tc.two_pass = false;
  tc.clusters = config.clusters;
  std::vector<std::function<void()>> jobs;
  jobs.reserve(kTagFolds + 1);
  for (int f = 0; f < kTagFolds; ++f) {
    jobs.emplace_back([&, f] {
      const Document part = FoldOf(gold, kTagFolds, f, false);
      auto tagger = Tagger::Train(part, nullptr, tc);
      for (size_t si = f; si < train.sentences.size(); si += kTagFolds)
        tagger->TagSentence(&train, train.sentences[si]);
    });
  }
  std::unique_ptr<Tagger> dev_tagger;
  if (dev && options.tagger.empty())
    jobs.emplace_back([&] { dev_tagger = Tagger::Train(gold, nullptr, tc); });
  if (dev && !options.tagger.empty()) dev_tagger = Tagger::Load(options.tagger);
  RunParallel(jobs, TrainThreads());
  if (dev) dev_tagger->Process(dev.get());
  if (!options.quiet)
    std::fprintf(stderr, "parser: training set tagged in %d folds (%.0f s)\n", kTagFolds,
                 clock.Seconds());
  auto parser = Parser::Train(train, dev.get(), config);
  parser->Save(options.out);
  if (!options.quiet)
    std::fprintf(stderr, "parser: wrote %s (%zu features) in %.0f s\n", options.out.c_str(),
                 parser->features(), clock.Seconds());
}

}  // namespace parley::nlp
