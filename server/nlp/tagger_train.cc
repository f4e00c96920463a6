// Training of the tagger: the averaged perceptron over the joint
// (XPOS, UPOS) classes, greedy with its own predicted history (as it tags at
// run time). The second pass is trained on first-pass tags of the training
// set made by models that did not see the sentence (jackknifing), so that it
// learns to trust them only as much as they deserve.
#include <algorithm>
#include <cstdio>
#include <map>
#include <unordered_map>

#include "base/error.h"
#include "nlp/conllu.h"
#include "nlp/tagger.h"
#include "nlp/tagger_features.h"
#include "nlp/train.h"
#include "nlp/train_util.h"

namespace parley::nlp {

using tagger_internal::BuildTable;
using tagger_internal::ContextFeatures;
using tagger_internal::Describe;
using tagger_internal::RightFeatures;
using tagger_internal::SelfFeatures;

namespace {

constexpr int kDefaultEpochs = 10;
constexpr int kFolds = 4;               // jackknife folds for the second pass
constexpr double kRevisitShare = 0.25;  // words the second pass revisits
// Tag dictionary: words seen this often with one tag this consistently skip
// the classifier.
constexpr int kDictMinCount = 20;
constexpr double kDictMinShare = 0.995;

struct TrainSentence {
  std::vector<Tagger::WordInfo> words;
  std::vector<int> gold;
  std::vector<uint32_t> self_begin;  // into `self`, one more than words
  std::vector<uint64_t> self;
  std::vector<int> first;  // first-pass tags (jackknifed), for the second pass
};

std::string UpperAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

std::string_view FormOf(const Document& doc, size_t i) {
  return doc.tokens[i].form.empty() ? doc.TokenText(i) : std::string_view(doc.tokens[i].form);
}

void Prepare(TrainSentence* s, const ClusterTable& clusters,
             const std::vector<std::string_view>& forms) {
  s->words.resize(forms.size());
  s->self_begin.clear();
  s->self.clear();
  for (size_t i = 0; i < forms.size(); ++i) {
    Describe(forms[i], clusters, &s->words[i]);
    s->self_begin.push_back(static_cast<uint32_t>(s->self.size()));
    SelfFeatures(s->words[i], &s->self);
  }
  s->self_begin.push_back(static_cast<uint32_t>(s->self.size()));
}

// One greedy run over `s` with the trainer's current weights, updating on
// every mistake: the first pass's features, and for the `second` pass also
// RightFeatures over the jackknifed first-pass tags. Returns the number of
// correct tags.
int TrainOnSentence(const TrainSentence& s, bool second, PerceptronTrainer* trainer,
                    std::vector<int>* tags, std::vector<uint64_t>* feats,
                    std::vector<float>* scores) {
  const int n = static_cast<int>(s.words.size());
  const int k = trainer->classes();
  tags->assign(n, tagger_internal::kNoTag);
  int correct = 0;
  for (int i = 0; i < n; ++i) {
    feats->assign(s.self.begin() + s.self_begin[i], s.self.begin() + s.self_begin[i + 1]);
    ContextFeatures(s.words.data(), n, i, tags->data(), feats);
    if (second) RightFeatures(s.words.data(), n, i, tags->data(), s.first.data(), feats);
    scores->assign(k, 0.0f);
    trainer->Score(*feats, scores->data());
    const int guess = LinearModel::Argmax(scores->data(), k);
    trainer->Update(*feats, s.gold[i], guess);
    trainer->Tick();
    (*tags)[i] = guess;
    correct += guess == s.gold[i];
  }
  return correct;
}

// Greedy tagging of `s` with a frozen model (the jackknifed first pass);
// `margins` gets each word's best score minus the runner-up's.
void TagWith(const LinearModel& m, const TrainSentence& s, std::vector<int>* out,
             std::vector<float>* margins) {
  const int n = static_cast<int>(s.words.size());
  const int k = m.classes();
  out->assign(n, tagger_internal::kNoTag);
  margins->assign(n, 0.0f);
  std::vector<uint64_t> feats;
  std::vector<float> scores(k);
  for (int i = 0; i < n; ++i) {
    feats.assign(s.self.begin() + s.self_begin[i], s.self.begin() + s.self_begin[i + 1]);
    ContextFeatures(s.words.data(), n, i, out->data(), &feats);
    std::fill(scores.begin(), scores.end(), 0.0f);
    m.Score(feats, scores.data());
    const int best = LinearModel::Argmax(scores.data(), k);
    float second = -1e30f;
    for (int c = 0; c < k; ++c)
      if (c != best) second = std::max(second, scores[c]);
    (*out)[i] = best;
    (*margins)[i] = scores[best] - second;
  }
}

// Trains for `epochs` over `data`: the first pass alone, or with `both`
// one model for both passes (each sentence is run through the first pass,
// then through the second with its jackknifed first-pass tags). Calls
// `on_epoch` (may be empty) with the averaged model after each epoch.
LinearModel TrainPass(const std::vector<const TrainSentence*>& data, int classes, int epochs,
                      uint64_t seed, bool both, float prune,
                      const std::function<void(int, double, const LinearModel&)>& on_epoch) {
  PerceptronTrainer trainer(classes);
  Rng rng(seed);
  // Runs: sentence i's first-pass run is i, its second-pass run i + size;
  // shuffled together, so that a sentence's two runs are far apart (right
  // after a first-pass update the second pass would find little to learn).
  std::vector<uint32_t> order(data.size() * (both ? 2 : 1));
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<int> tags;
  std::vector<uint64_t> feats;
  std::vector<float> scores;
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    Shuffle(&order, &rng);
    size_t correct = 0, total = 0;
    for (uint32_t run : order) {
      const bool second = run >= data.size();
      const TrainSentence& s = *data[second ? run - data.size() : run];
      const int c = TrainOnSentence(s, second, &trainer, &tags, &feats, &scores);
      if (second || !both) {
        correct += c;
        total += s.words.size();
      }
    }
    const bool last = epoch == epochs;
    if (!on_epoch && !last) continue;
    LinearModel m = trainer.Average(last ? prune : 0.0f);
    if (on_epoch) on_epoch(epoch, total ? static_cast<double>(correct) / total : 0.0, m);
    if (last) return m;
  }
  return trainer.Average(prune);
}

}  // namespace

std::unique_ptr<Tagger> Tagger::Train(const Document& train, const Document* dev,
                                      const TaggerTrainConfig& config) {
  Stopwatch clock;
  const int epochs = config.epochs > 0 ? config.epochs : kDefaultEpochs;
  // Classes: (XPOS, UPOS) pairs, most frequent first.
  std::map<std::pair<std::string, Upos>, size_t> pair_counts;
  for (const Token& t : train.tokens)
    if (t.upos != Upos::kUnknown) ++pair_counts[{t.xpos, t.upos}];
  if (pair_counts.empty())
    throw Error(ErrorCode::kInvalidArgument, "the training data has no part-of-speech tags");
  std::vector<std::pair<size_t, std::pair<std::string, Upos>>> ranked;
  ranked.reserve(pair_counts.size());
  for (const auto& [key, n] : pair_counts) ranked.emplace_back(n, key);
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  auto tagger = std::make_unique<Tagger>();
  std::map<std::pair<std::string, Upos>, int> class_of;
  for (const auto& [n, key] : ranked) {
    class_of[key] = static_cast<int>(tagger->xpos_.size());
    tagger->xpos_.push_back(key.first);
    tagger->upos_.push_back(key.second);
  }
  const int k = tagger->classes();
  tagger->clusters_ = config.clusters;

  // Sentences, and capitalised copies of a few (headlines are written so).
  std::vector<TrainSentence> data;
  Rng aug_rng(config.seed ^ 0xC0FFEEULL);
  std::vector<std::string_view> forms;
  std::vector<std::string> upper;
  for (const Sentence& s : train.sentences) {
    TrainSentence ts;
    bool tagged = true;
    forms.clear();
    for (uint32_t i = s.token_begin; i < s.token_end; ++i) {
      const Token& t = train.tokens[i];
      auto it = class_of.find({t.xpos, t.upos});
      if (it == class_of.end()) {
        tagged = false;
        break;
      }
      ts.gold.push_back(it->second);
      forms.push_back(FormOf(train, i));
    }
    if (!tagged || forms.empty()) continue;
    Prepare(&ts, tagger->clusters_, forms);
    const bool augment = aug_rng.Uniform() < config.caps_augment;
    data.push_back(std::move(ts));
    if (augment) {
      TrainSentence caps;
      caps.gold = data.back().gold;
      upper.clear();
      for (auto f : forms) upper.push_back(UpperAscii(f));
      std::vector<std::string_view> uv(upper.begin(), upper.end());
      Prepare(&caps, tagger->clusters_, uv);
      data.push_back(std::move(caps));
    }
  }

  // Tag dictionary and FEATS tables from the training tokens.
  {
    std::unordered_map<uint64_t, std::unordered_map<int, int>> by_form;
    std::map<std::pair<uint64_t, int>, std::map<std::string, int>> feats_by;
    std::vector<std::map<std::string, int>> class_feats(k);
    Tagger::WordInfo w;
    for (size_t i = 0; i < train.tokens.size(); ++i) {
      const Token& t = train.tokens[i];
      auto it = class_of.find({t.xpos, t.upos});
      if (it == class_of.end()) continue;
      Describe(FormOf(train, i), ClusterTable(), &w);
      ++by_form[w.form | 1][it->second];
      ++feats_by[{w.lower_raw, it->second}][t.feats];
      ++class_feats[it->second][t.feats];
    }
    std::vector<uint64_t> dk;
    std::vector<uint16_t> dc;
    for (const auto& [form, counts] : by_form) {
      int total = 0, best = -1, best_n = 0;
      for (const auto& [c, n] : counts) {
        total += n;
        if (n > best_n || (n == best_n && c < best)) best = c, best_n = n;
      }
      if (total >= kDictMinCount && best_n >= kDictMinShare * total) {
        dk.push_back(form);
        dc.push_back(static_cast<uint16_t>(best));
      }
    }
    std::map<std::string, uint32_t> string_id;
    auto id_of = [&](const std::string& s) {
      auto [it, fresh] = string_id.emplace(s, static_cast<uint32_t>(tagger->feats_strings_.size()));
      if (fresh) tagger->feats_strings_.push_back(s);
      return it->second;
    };
    auto most = [](const std::map<std::string, int>& m) {
      const std::string* best = nullptr;
      int n = -1;
      for (const auto& [s, c] : m)
        if (c > n) best = &s, n = c;
      return *best;
    };
    id_of("");
    for (int c = 0; c < k; ++c)
      tagger->class_feats_.push_back(class_feats[c].empty() ? 0 : id_of(most(class_feats[c])));
    std::vector<uint64_t> fk;
    std::vector<uint32_t> fv;
    for (const auto& [key, m] : feats_by) {
      const uint32_t id = id_of(most(m));
      if (id == tagger->class_feats_[key.second]) continue;
      fk.push_back(HashCombine(key.first, static_cast<uint64_t>(key.second)) | 1);
      fv.push_back(id);
    }
    // Deterministic table layout: rows sorted by key.
    std::vector<size_t> order(dk.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return dk[a] < dk[b]; });
    std::vector<uint64_t> dk2;
    std::vector<uint16_t> dc2;
    for (size_t i : order) dk2.push_back(dk[i]), dc2.push_back(dc[i]);
    BuildTable(dk2, dc2, &tagger->dict_keys_, &tagger->dict_classes_, &tagger->dict_mask_);
    BuildTable(fk, fv, &tagger->feats_keys_, &tagger->feats_values_, &tagger->feats_mask_);
  }

  // A tagger with everything but the weights, to score dev with.
  auto probe_with = [&](const LinearModel& m, bool two_pass, float margin) {
    auto probe = std::make_unique<Tagger>();
    probe->xpos_ = tagger->xpos_;
    probe->upos_ = tagger->upos_;
    probe->clusters_ = tagger->clusters_;
    probe->dict_keys_ = tagger->dict_keys_;
    probe->dict_classes_ = tagger->dict_classes_;
    probe->dict_mask_ = tagger->dict_mask_;
    probe->feats_strings_ = tagger->feats_strings_;
    probe->feats_keys_ = tagger->feats_keys_;
    probe->feats_values_ = tagger->feats_values_;
    probe->feats_mask_ = tagger->feats_mask_;
    probe->class_feats_ = tagger->class_feats_;
    probe->model_->weights = m;
    probe->two_pass_ = two_pass;
    probe->pass2_margin_ = margin;
    return probe;
  };
  auto report = [&](int epoch, double train_acc, const LinearModel& m) {
    if (config.quiet) return;
    std::string dev_part;
    if (dev != nullptr) {
      // Every word revisited: the second pass at its best.
      const TagScores s = probe_with(m, config.two_pass, 1e30f)->Evaluate(*dev);
      char buf[128];
      std::snprintf(buf, sizeof buf, " dev upos %.4f xpos %.4f feats %.4f", s.Upos(), s.Xpos(),
                    s.Feats());
      dev_part = buf;
    }
    std::fprintf(stderr, "tagger epoch %d/%d: train %.4f%s features %zu (%.0f s)\n", epoch, epochs,
                 train_acc, dev_part.c_str(), m.features(), clock.Seconds());
  };

  if (config.two_pass) {
    // Jackknifed first-pass tags, what the second pass reads to the right:
    // fold f is tagged by a first-pass model trained on the other folds
    // (sentence i belongs to fold i % kFolds).
    std::vector<LinearModel> folds(kFolds);
    std::vector<std::function<void()>> jobs;
    jobs.reserve(kFolds);
    for (int f = 0; f < kFolds; ++f) {
      jobs.emplace_back([&, f] {
        std::vector<const TrainSentence*> part;
        for (size_t i = 0; i < data.size(); ++i)
          if (static_cast<int>(i % kFolds) != f) part.push_back(&data[i]);
        folds[f] = TrainPass(part, k, epochs, config.seed + 1 + f, false, 0.0f, {});
      });
    }
    RunParallel(jobs, TrainThreads());
    std::vector<float> margins;
    for (size_t i = 0; i < data.size(); ++i)
      TagWith(folds[i % kFolds], data[i], &data[i].first, &margins);
    if (!config.quiet)
      std::fprintf(stderr, "tagger: %d jackknife folds for the second pass (%.0f s)\n", kFolds,
                   clock.Seconds());
  }
  std::vector<const TrainSentence*> all;
  all.reserve(data.size());
  for (const auto& s : data) all.push_back(&s);
  tagger->model_->weights =
      TrainPass(all, k, epochs, config.seed, config.two_pass, config.prune,
                [&](int e, double acc, const LinearModel& m) { report(e, acc, m); });
  tagger->two_pass_ = config.two_pass;
  if (config.two_pass) {
    // The second pass revisits the kRevisitShare of words (outside the tag
    // dictionary) the first pass is least sure of: the margin threshold is
    // that quantile of the first pass's margins on dev (on train without
    // dev, where margins run higher and so more words are revisited).
    std::vector<float> all_margins, margins;
    std::vector<int> tags;
    auto collect = [&](const Document& doc) {
      for (const Sentence& s : doc.sentences) {
        TrainSentence ts;
        std::vector<std::string_view> fv;
        for (uint32_t i = s.token_begin; i < s.token_end; ++i) fv.push_back(FormOf(doc, i));
        Prepare(&ts, tagger->clusters_, fv);
        TagWith(tagger->model_->weights, ts, &tags, &margins);
        for (size_t j = 0; j < margins.size(); ++j)
          if (!tagger->InDictionary(ts.words[j].form)) all_margins.push_back(margins[j]);
      }
    };
    collect(dev != nullptr ? *dev : train);
    if (!all_margins.empty()) {
      const auto q = static_cast<size_t>(kRevisitShare * static_cast<double>(all_margins.size()));
      std::nth_element(all_margins.begin(), all_margins.begin() + q, all_margins.end());
      tagger->pass2_margin_ = all_margins[q];
    }
    if (!config.quiet)
      std::fprintf(stderr, "tagger: the second pass revisits first-pass margins below %.2f\n",
                   tagger->pass2_margin_);
  }
  return tagger;
}

void TrainTagger(const TrainOptions& options) {
  Stopwatch clock;
  const Document train = ReadConlluFile(options.train);
  std::unique_ptr<Document> dev;
  if (!options.dev.empty()) dev = std::make_unique<Document>(ReadConlluFile(options.dev));
  TaggerTrainConfig config;
  ApplyTrainOptions(options, &config);
  auto tagger = Tagger::Train(train, dev.get(), config);
  tagger->Save(options.out);
  if (!options.quiet) {
    std::string dev_part;
    if (dev) {
      const TagScores s = tagger->Evaluate(*dev);
      char buf[128];
      std::snprintf(buf, sizeof buf, ", dev upos %.4f xpos %.4f feats %.4f", s.Upos(), s.Xpos(),
                    s.Feats());
      dev_part = buf;
    }
    std::fprintf(stderr, "tagger: wrote %s (%zu features%s) in %.0f s\n", options.out.c_str(),
                 tagger->features(), dev_part.c_str(), clock.Seconds());
  }
}

}  // namespace parley::nlp
