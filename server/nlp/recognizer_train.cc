// Training of the named-entity recogniser (`parley train ner`).
//
// A structured averaged perceptron (Collins 2002) learns to rank BILOU
// paths: each training sentence is decoded with the recogniser's own beam
// search and current weights, and when the best path is not the gold one the
// weights move towards the gold path and away from the predicted one — on
// the prefix up to where the gold path fell out of the beam (the "early
// update" of Collins and Roark 2004), else on the whole sentence. The tag
// history and label history features see the model's own predictions, as
// they will at run time. Training sentences are visited one news story at a time (a story starts
// at the headline before a "CITY YYYY-MM-DD" dateline, which is how
// CoNLL-2003 lays them out) in an order shuffled per epoch, so that the
// label history spans what it spans at run time. A share of the sentences is
// upper-cased each epoch (headlines, wire copy in capitals), and now and
// then a whole story: the model learns to do without case. After each epoch
// the averaged model is scored on the development set (and on an
// upper-cased copy of it); the best epoch is kept and its confidence
// temperature fitted on the development set.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>

#include "base/error.h"
#include "nlp/conllu.h"
#include "nlp/gazetteer.h"
#include "nlp/recognizer.h"
#include "nlp/train.h"
#include "nlp/train_util.h"

namespace parley::nlp {

namespace {

using ner::FormInfo;
using ner::kClasses;
using ner::kStartTag;

constexpr int kDefaultEpochs = 12;
// Share of training sentences upper-cased in an epoch.
constexpr double kUpperShare = 0.15;
// Share of training stories upper-cased whole in an epoch.
constexpr double kUpperStoryShare = 0.05;
// Share of training stories read with hyphenated words split.
constexpr double kSplitHyphenShare = 0.3;
// Averaged weights smaller than this are dropped from the model.
constexpr float kPruneBelow = 0.0f;

// Gold BILOU classes of every token from the document's entities.
std::vector<int> GoldClasses(const Document& doc, const std::string& path) {
  std::vector<int> gold(doc.tokens.size(), 0);
  for (const NamedEntity& e : doc.entities) {
    const int type = ner::TypeOf(e.label);
    if (type < 0)
      throw Error(ErrorCode::kInvalidArgument,
                  path + ": unknown entity type " + e.label + " (expected PER, ORG, LOC, MISC)");
    if (e.token_end == e.token_begin + 1) {
      gold[e.token_begin] = ner::ClassOf(type, ner::kU);
      continue;
    }
    gold[e.token_begin] = ner::ClassOf(type, ner::kB);
    for (uint32_t t = e.token_begin + 1; t + 1 < e.token_end; ++t)
      gold[t] = ner::ClassOf(type, ner::kI);
    gold[e.token_end - 1] = ner::ClassOf(type, ner::kL);
  }
  return gold;
}

bool IsDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

// Sentence ranges [begin, end) of the news stories: a story starts at the
// sentence before a short one ending in a date.
std::vector<std::pair<uint32_t, uint32_t>> Stories(const Document& doc) {
  std::vector<std::pair<uint32_t, uint32_t>> out;
  uint32_t start = 0;
  const auto n = static_cast<uint32_t>(doc.sentences.size());
  for (uint32_t s = 1; s < n; ++s) {
    const Sentence& sent = doc.sentences[s];
    if (sent.size() == 0 || sent.size() > 8) continue;
    if (!IsDate(doc.tokens[sent.token_end - 1].form)) continue;
    if (s - 1 > start) {
      out.emplace_back(start, s - 1);
      start = s - 1;
    }
  }
  if (start < n) out.emplace_back(start, n);
  return out;
}

// Whether a hyphen at s[k] joins two words ("Oyelaran-Whitcombe",
// "Dublin-born"; not "1996-08-22" or "2-1").
bool JoiningHyphen(std::string_view s, size_t k) {
  auto letter = [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c & 0x80);
  };
  return k > 0 && k + 1 < s.size() && s[k] == '-' && letter(s[k - 1]) && letter(s[k + 1]);
}

// A copy of `doc` (forms and sentences only) with every hyphenated word
// split the way Parley's tokenizer splits it, as Universal Dependencies do
// ("Oyelaran-Whitcombe" -> "Oyelaran" "-" "Whitcombe"), and its gold BILOU
// classes: CoNLL-2003 keeps such words whole, text tokenized by Parley
// does not, and the model must learn that a name goes on across the hyphen.
Document SplitHyphens(const Document& doc, const std::vector<int>& gold,
                      std::vector<int>* out_gold) {
  Document out;
  out_gold->clear();
  for (const Sentence& s : doc.sentences) {
    Sentence ns;
    ns.token_begin = static_cast<uint32_t>(out.tokens.size());
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      const std::string& form = doc.tokens[t].form;
      std::vector<std::string> pieces;
      size_t start = 0;
      for (size_t k = 1; k + 1 < form.size(); ++k) {
        if (!JoiningHyphen(form, k)) continue;
        pieces.push_back(form.substr(start, k - start));
        pieces.emplace_back("-");
        start = k + 1;
      }
      pieces.push_back(form.substr(start));
      const int c = gold[t];
      for (size_t k = 0; k < pieces.size(); ++k) {
        Token tok;
        tok.form = pieces[k];
        out.tokens.push_back(std::move(tok));
        int pc = c;
        if (c != 0 && pieces.size() > 1) {
          // The word's position in its entity spread over its pieces.
          const int pos = ner::PositionOfClass(c);
          const bool opens = pos == ner::kB || pos == ner::kU;
          const bool closes = pos == ner::kL || pos == ner::kU;
          const bool first = k == 0, last = k + 1 == pieces.size();
          const int np = (first && opens) ? (last && closes ? ner::kU : ner::kB)
                                          : (last && closes ? ner::kL : ner::kI);
          pc = ner::ClassOf(ner::TypeOfClass(c), np);
        }
        out_gold->push_back(pc);
      }
    }
    ns.token_end = static_cast<uint32_t>(out.tokens.size());
    out.sentences.push_back(ns);
  }
  return out;
}

struct Scores {
  double f1 = 0.0;
  std::array<double, ner::kTypes> type_f1{};
};

// Exact-span F1 of `pred` against `gold` (the same tokens), as
// ../shared/tools/score_conllu.py counts it.
Scores SpanF1(const Document& gold, const Document& pred) {
  using Span = std::tuple<uint32_t, uint32_t, int>;
  std::set<Span> g, p;
  for (const auto& e : gold.entities) g.emplace(e.token_begin, e.token_end, ner::TypeOf(e.label));
  for (const auto& e : pred.entities) p.emplace(e.token_begin, e.token_end, ner::TypeOf(e.label));
  std::array<int, ner::kTypes + 1> tp{}, ng{}, np{};
  for (const auto& s : g) ++ng[std::get<2>(s) + 1];
  for (const auto& s : p) ++np[std::get<2>(s) + 1];
  for (const auto& s : p)
    if (g.count(s)) ++tp[std::get<2>(s) + 1];
  auto f = [](int t, int gn, int pn) {
    return t == 0 ? 0.0 : 2.0 * t / static_cast<double>(gn + pn);
  };
  Scores out;
  int all_tp = 0, all_g = 0, all_p = 0;
  for (int t = 0; t < ner::kTypes; ++t) {
    out.type_f1[t] = f(tp[t + 1], ng[t + 1], np[t + 1]);
    all_tp += tp[t + 1];
    all_g += ng[t + 1];
    all_p += np[t + 1];
  }
  out.f1 = f(all_tp, all_g, all_p);
  return out;
}

Document UpperCased(const Document& doc) {
  Document out = doc;
  for (auto& t : out.tokens) {
    t.form = UpperCase(t.form);
  }
  // Token::form is what the recogniser reads; text offsets stay as they are.
  return out;
}

// The temperature that makes span confidences best predict whether a span
// is right (log-likelihood on the development set).
float FitTemperature(const Recognizer& rec, const Document& dev) {
  if (dev.tokens.empty()) return 1.0f;
  std::set<std::tuple<uint32_t, uint32_t, std::string>> gold;
  for (const auto& e : dev.entities) gold.emplace(e.token_begin, e.token_end, e.label);
  float best_t = 1.0f;
  double best_ll = -1e300;
  for (float t :
       {1.0f, 2.0f, 4.0f, 8.0f, 12.0f, 16.0f, 24.0f, 32.0f, 48.0f, 64.0f, 96.0f, 128.0f}) {
    Recognizer::Settings settings = rec.settings();
    settings.temperature = t;
    Recognizer probe(rec.model(), rec.gazetteer(), rec.clusters(), settings);
    Document d = dev;
    probe.Process(&d);
    double ll = 0.0;
    for (const auto& e : d.entities) {
      const double p = std::clamp(static_cast<double>(e.score), 1e-6, 1.0 - 1e-6);
      ll += gold.count({e.token_begin, e.token_end, e.label}) ? std::log(p) : std::log(1.0 - p);
    }
    if (ll > best_ll) {
      best_ll = ll;
      best_t = t;
    }
  }
  return best_t;
}

// The features of token i that depend on the previous tags.
void TagFeatureList(const ner::SentenceView& view, size_t i, int prev, int prev2,
                    std::vector<uint64_t>* out) {
  out->clear();
  ner::TagFeatures(prev, prev2, view.words[i]->caps, view.caps_mode, out);
  out->push_back(ner::PrevLowerFeature(prev, view.words[i]->lower));
}

class Trainer {
 public:
  Trainer(const Gazetteer& gazetteer, const WordClusters* clusters, int beam)
      : gazetteer_(gazetteer), clusters_(clusters), perceptron_(kClasses), beam_(beam) {}

  const FormInfo& Info(const std::string& form) {
    auto it = infos_.find(form);
    if (it == infos_.end()) it = infos_.emplace(form, ner::MakeFormInfo(form, clusters_)).first;
    return it->second;
  }

  // Decodes the sentences [first, last) of one story greedily, each in
  // capitals where `upper` says so, and updates on every wrong tag. Returns
  // the number of tokens tagged right.
  size_t Story(const Document& doc, uint32_t first, uint32_t last, const std::vector<int>& gold,
               const std::vector<uint8_t>& upper, uint32_t history_window) {
    ner::LabelHistory history(history_window);
    size_t right = 0;
    for (uint32_t s = first; s < last; ++s) {
      const Sentence& sent = doc.sentences[s];
      const size_t n = sent.size();
      if (n == 0) continue;
      forms_.resize(n);
      words_.resize(n);
      caps_.resize(n);
      folded_.resize(n);
      upper_.resize(n);
      gaz_.resize(n);
      for (size_t i = 0; i < n; ++i) {
        const std::string& form = doc.tokens[sent.token_begin + i].form;
        const FormInfo* w = upper[s - first] ? &Info(UpperCase(form)) : &Info(form);
        forms_[i] = w;
        words_[i] = w;
        caps_[i] = w->caps;
        folded_[i] = w->lower;
        upper_[i] = w->upper;
      }
      gazetteer_.Match(folded_, upper_, gaz_.data());
      const ner::SentenceView view{words_, gaz_, ner::CapsMode(caps_)};
      // The label history is the story's before this sentence, as when
      // the recogniser decodes it.
      seen_.resize(n);
      for (size_t i = 0; i < n; ++i)
        seen_[i] = ner::InHistory(forms_[i]->caps)
                       ? history.Seen(forms_[i]->lower, sent.token_begin + static_cast<uint32_t>(i))
                       : 0;
      // Features that depend on no tag, and their scores, once per token.
      base_features_.resize(n);
      base_scores_.resize(n);
      for (size_t i = 0; i < n; ++i) {
        std::vector<uint64_t>& f = base_features_[i];
        f.clear();
        ner::BaseFeatures(view, forms_, i, seen_[i], bos_, eos_, &f);
        base_scores_[i].fill(0.0f);
        perceptron_.Score(f, base_scores_[i].data());
      }
      const int* gold_tags = &gold[sent.token_begin];
      auto score = [&](size_t i, int prev, int prev2, float* out) {
        std::copy(base_scores_[i].begin(), base_scores_[i].end(), out);
        TagFeatureList(view, i, prev, prev2, &features_);
        perceptron_.Score(features_, out);
      };
      const size_t lost = ner::BeamSearch(n, beam_, score, gold_tags, &hyps_, &starts_);
      // The prediction over the whole sentence (for the label history and
      // the accuracy), and the update: on the prefix up to where the gold
      // path fell out of the beam (Collins and Roark's early update), or on
      // the whole sentence when the best path is not the gold one.
      guesses_.resize(n);
      ner::BestPath(hyps_, starts_, n - 1, guesses_.data());
      for (size_t i = 0; i < n; ++i) right += guesses_[i] == gold_tags[i];
      const size_t until = lost < n ? lost + 1 : n;
      if (lost < n) ner::BestPath(hyps_, starts_, lost, guesses_.data());
      for (size_t i = 0; i < until; ++i) {
        const int g = gold_tags[i], p = guesses_[i];
        const int gp = i > 0 ? gold_tags[i - 1] : kStartTag,
                  pp = i > 0 ? guesses_[i - 1] : kStartTag;
        const int gp2 = i > 1 ? gold_tags[i - 2] : kStartTag;
        const int pp2 = i > 1 ? guesses_[i - 2] : kStartTag;
        if (g != p) perceptron_.Update(base_features_[i], g, p);
        if (g != p || gp != pp || gp2 != pp2) {
          TagFeatureList(view, i, gp, gp2, &features_);
          perceptron_.Add(features_, g, 1.0f);
          TagFeatureList(view, i, pp, pp2, &features_);
          perceptron_.Add(features_, p, -1.0f);
        }
      }
      for (size_t i = 0; i < n; ++i) perceptron_.Tick();
      if (lost < n) ner::BestPath(hyps_, starts_, n - 1, guesses_.data());
      for (size_t i = 0; i < n; ++i) {
        if (!ner::InHistory(forms_[i]->caps)) continue;
        const int guess = guesses_[i];
        history.Record(forms_[i]->lower, sent.token_begin + static_cast<uint32_t>(i),
                       guess == 0 ? 0 : 1 + ner::TypeOfClass(guess));
      }
    }
    return right;
  }

  PerceptronTrainer& perceptron() { return perceptron_; }

 private:
  const Gazetteer& gazetteer_;
  const WordClusters* clusters_;
  PerceptronTrainer perceptron_;
  std::unordered_map<std::string, FormInfo> infos_;
  FormInfo bos_ = ner::MakeFormInfo(ner::kBos, clusters_);
  FormInfo eos_ = ner::MakeFormInfo(ner::kEos, clusters_);
  std::vector<const FormInfo*> forms_;
  std::vector<const ner::WordInfo*> words_;
  std::vector<uint8_t> caps_, upper_;
  std::vector<uint64_t> folded_, features_;
  std::vector<uint32_t> gaz_, seen_, starts_;
  std::vector<int> guesses_;
  std::vector<std::vector<uint64_t>> base_features_;
  std::vector<std::array<float, kClasses>> base_scores_;
  std::vector<ner::BeamHyp> hyps_;
  int beam_;
};

std::string FormatScores(const Scores& s) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "%.4f (PER %.4f ORG %.4f LOC %.4f MISC %.4f)", s.f1, s.type_f1[0],
                s.type_f1[1], s.type_f1[2], s.type_f1[3]);
  return buf;
}

}  // namespace

void TrainRecognizer(const TrainOptions& o) {
  const Stopwatch clock;
  const Document train = ReadConlluFile(o.train);
  if (train.entities.empty())
    throw Error(ErrorCode::kInvalidArgument, o.train + ": no NER= tags to learn from");
  const std::vector<int> gold = GoldClasses(train, o.train);
  Document dev, dev_upper;
  if (!o.dev.empty()) {
    dev = ReadConlluFile(o.dev);
    GoldClasses(dev, o.dev);  // checks the types
    dev_upper = UpperCased(dev);
  }
  Gazetteer gazetteer;
  if (!o.dict_dir.empty()) gazetteer = Gazetteer::FromDictDir(o.dict_dir);
  std::shared_ptr<const WordClusters> clusters;
  if (!o.clusters.empty()) clusters = WordClusters::Load(o.clusters);

  const Recognizer::Settings settings;
  const int epochs = o.epochs > 0 ? o.epochs : kDefaultEpochs;
  const auto stories = Stories(train);
  std::vector<int> split_gold;
  const Document split = SplitHyphens(train, gold, &split_gold);
  Rng rng(o.seed);
  Trainer trainer(gazetteer, clusters.get(), static_cast<int>(settings.beam));
  std::vector<size_t> order(stories.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;

  std::unique_ptr<Recognizer> best;
  double best_f1 = -1.0;
  int best_epoch = 0;
  std::vector<uint8_t> upper;
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    Shuffle(&order, &rng);
    size_t right = 0, total = 0;
    for (size_t k : order) {
      const auto [first, last] = stories[k];
      upper.resize(last - first);
      const bool all = rng.Uniform() < kUpperStoryShare;
      for (auto& u : upper) u = all || rng.Uniform() < kUpperShare;
      const bool hyphens = rng.Uniform() < kSplitHyphenShare;
      const Document& d = hyphens ? split : train;
      right += trainer.Story(d, first, last, hyphens ? split_gold : gold, upper,
                             settings.history_window);
      total += d.sentences[last - 1].token_end - d.sentences[first].token_begin;
    }
    auto rec =
        std::make_unique<Recognizer>(trainer.perceptron().Average(), gazetteer, clusters, settings);
    char line[400];
    int len = std::snprintf(
        line, sizeof line, "ner epoch %d/%d: train tag accuracy %.4f, %zu features", epoch, epochs,
        static_cast<double>(right) / std::max<size_t>(total, 1), rec->model().features());
    double f1 = 0.0;
    if (!o.dev.empty()) {
      // The development set as written and in capitals, one on each core.
      Document d = dev, du = dev_upper;
      RunParallel({[&] { rec->Process(&d); }, [&] { rec->Process(&du); }}, 2);
      const Scores s = SpanF1(dev, d);
      f1 = s.f1;
      len += std::snprintf(line + len, sizeof line - static_cast<size_t>(len),
                           ", dev F1 %s, all-caps dev F1 %.4f", FormatScores(s).c_str(),
                           SpanF1(dev, du).f1);
    }
    std::snprintf(line + len, sizeof line - static_cast<size_t>(len), ", %.0f s", clock.Seconds());
    if (!o.quiet) std::fprintf(stderr, "%s\n", line);
    if (o.dev.empty() || f1 > best_f1) {
      best_f1 = f1;
      best_epoch = epoch;
      best = std::move(rec);
    }
  }
  // Pruning: weights this small change no decision on the development set
  // (see models/README.md) and halve the file.
  Recognizer::Settings final_settings = best->settings();
  final_settings.temperature = o.dev.empty() ? 1.0f : FitTemperature(*best, dev);
  char desc[200];
  std::snprintf(desc, sizeof desc, "conll2003 epoch %d/%d seed %llu dev F1 %.4f", best_epoch,
                epochs, static_cast<unsigned long long>(o.seed), best_f1);
  final_settings.description = desc;
  const Recognizer out(best->model().Pruned(kPruneBelow), gazetteer, clusters, final_settings);
  out.Save(o.out);
  if (!o.quiet)
    std::fprintf(stderr,
                 "ner: kept epoch %d (dev F1 %.4f), %zu features after pruning, temperature %.2f, "
                 "wrote %s in %.0f s\n",
                 best_epoch, best_f1, out.model().features(), final_settings.temperature,
                 o.out.c_str(), clock.Seconds());
}

}  // namespace parley::nlp
