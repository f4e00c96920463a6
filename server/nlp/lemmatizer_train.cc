// Training of the lemmatizer: suffix edit rules per tag from the word
// types of the treebank, then exception tables for what the rules get
// wrong. Counting is over maps ordered by key, so the model is the same
// on every run.
#include <algorithm>
#include <array>
#include <cstdio>
#include <map>

#include "base/error.h"
#include "nlp/conllu.h"
#include "nlp/lemmatizer.h"
#include "nlp/perceptron.h"
#include "nlp/tagger.h"
#include "nlp/train.h"
#include "nlp/train_util.h"

namespace parley::nlp {

namespace {

// A suffix rule needs this many word types behind it (the empty suffix,
// a tag's default, needs one).
constexpr int kMinRuleTypes = 2;

std::string_view FormOf(const Document& doc, size_t i) {
  return doc.tokens[i].form.empty() ? doc.TokenText(i) : std::string_view(doc.tokens[i].form);
}

// The most frequent key of `counts` (ties: the smallest key).
template <typename K>
const K& MostFrequent(const std::map<K, int>& counts) {
  const K* best = nullptr;
  int n = -1;
  for (const auto& [k, c] : counts)
    if (c > n) best = &k, n = c;
  return *best;
}

}  // namespace

std::unique_ptr<Lemmatizer> Lemmatizer::Train(const Document& train) {
  // Token counts of (form, xpos) -> lemma.
  std::map<std::pair<std::string, std::string>, std::map<std::string, int>> by_form;
  for (size_t i = 0; i < train.tokens.size(); ++i) {
    const Token& t = train.tokens[i];
    if (t.lemma.empty() || t.xpos.empty()) continue;
    ++by_form[{std::string(FormOf(train, i)), t.xpos}][t.lemma];
  }
  if (by_form.empty())
    throw Error(ErrorCode::kInvalidArgument, "the training data has no lemmas with tags");
  auto l = std::make_unique<Lemmatizer>();
  auto fill = [](Table* t, std::vector<std::pair<uint64_t, uint32_t>> rows) {
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end(),
                           [](const auto& a, const auto& b) { return a.first == b.first; }),
               rows.end());
    t->keys.clear();
    t->values.clear();
    for (const auto& [k, v] : rows) {
      t->keys.push_back(k);
      t->values.push_back(v);
    }
    t->Index();
  };

  // Tag flags from the word types: does the lemma of a capitalised form
  // keep capitals; does a number's lemma drop its commas.
  {
    std::map<std::string, std::array<int, 4>> votes;  // keep, lower, drop, keep commas
    for (const auto& [key, lemmas] : by_form) {
      const auto& [form, xpos] = key;
      const std::string& lemma = MostFrequent(lemmas);
      auto& v = votes[xpos];
      if (std::any_of(form.begin(), form.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
        ++v[std::any_of(lemma.begin(), lemma.end(), [](char c) { return c >= 'A' && c <= 'Z'; })
                ? 0
                : 1];
      std::string grouped;
      RuleBase(form, kDropCommas | kKeepCase, &grouped);
      if (grouped != form) ++v[lemma == grouped ? 2 : 3];
    }
    std::vector<std::pair<uint64_t, uint32_t>> rows;
    for (const auto& [xpos, v] : votes) {
      const uint32_t flags = (v[0] > v[1] ? kKeepCase : 0) | (v[2] > v[3] ? kDropCommas : 0);
      if (flags != 0) rows.emplace_back(HashString(xpos) | 1, flags);
    }
    fill(&l->tag_flags_, std::move(rows));
  }

  // Rules from word types: (xpos, suffix) -> (strip, append) counts.
  std::map<std::tuple<std::string, size_t, std::string>,
           std::map<std::pair<std::string, std::string>, int>>
      rule_counts;
  std::map<std::string, std::map<std::pair<std::string, std::string>, int>> tag_counts;
  std::vector<std::pair<uint64_t, uint32_t>> known_rows;
  std::string lower, base;
  for (const auto& [key, lemmas] : by_form) {
    const auto& [form, xpos] = key;
    const std::string& lemma = MostFrequent(lemmas);
    LowerAsciiInto(lemma, &lower);
    known_rows.emplace_back(HashString(lower) | 1, 0);
    LowerAsciiInto(form, &lower);
    RuleBase(form, l->TagFlags(HashString(xpos)), &base);
    size_t common = 0;
    while (common < base.size() && common < lemma.size() && base[common] == lemma[common]) ++common;
    // A rule that rewrites the whole word ("was" -> "be") is a word of its
    // own, not a rule: the exception tables have it.
    if (common == 0) continue;
    const std::pair<std::string, std::string> rule{base.substr(common), lemma.substr(common)};
    ++tag_counts[xpos][rule];
    // Suffixes shorter than the word: a whole word is the exception
    // tables' business, and a rule learned from it alone is a guess.
    for (size_t len = 0; len < lower.size() && len <= kMaxSuffix; ++len)
      ++rule_counts[{xpos, len, lower.substr(lower.size() - len)}][rule];
  }
  fill(&l->known_, std::move(known_rows));
  // Keep a suffix's rule only where it differs from what a lookup would
  // find without it: the rule of the longest shorter suffix kept (keys come
  // in order of tag, then suffix length, so that one is known already).
  std::map<std::pair<std::string, std::string>, uint32_t> rule_id;
  std::map<std::tuple<std::string, size_t, std::string>, const std::pair<std::string, std::string>*>
      effective;
  std::vector<std::pair<uint64_t, uint32_t>> rule_rows, tag_rows;
  for (const auto& [key, counts] : rule_counts) {
    const auto& [xpos, len, suffix] = key;
    const auto& best = MostFrequent(counts);
    const std::pair<std::string, std::string>* inherited = nullptr;
    if (len > 0) inherited = effective.at({xpos, len - 1, suffix.substr(1)});
    if (len > 0 && (counts.at(best) < kMinRuleTypes || best == *inherited)) {
      effective[key] = inherited;
      continue;
    }
    effective[key] = &best;
    auto [it, fresh] = rule_id.emplace(best, static_cast<uint32_t>(l->remove_.size()));
    if (fresh) {
      l->remove_.push_back(best.first);
      l->append_.push_back(best.second);
    }
    rule_rows.emplace_back(RuleKey(HashString(xpos), len, suffix), it->second);
  }
  // Each tag's most frequent rules, for words no suffix rule makes a known
  // lemma of.
  for (const auto& [xpos, counts] : tag_counts) {
    std::vector<std::pair<int, const std::pair<std::string, std::string>*>> ranked;
    for (const auto& [rule, n] : counts) ranked.emplace_back(-n, &rule);
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (uint64_t rank = 0; rank < kTopRules && rank < ranked.size(); ++rank) {
      auto [it, fresh] =
          rule_id.emplace(*ranked[rank].second, static_cast<uint32_t>(l->remove_.size()));
      if (fresh) {
        l->remove_.push_back(it->first.first);
        l->append_.push_back(it->first.second);
      }
      tag_rows.emplace_back(HashCombine(HashString(xpos), rank) | 1, it->second);
    }
  }
  fill(&l->rules_, std::move(rule_rows));
  fill(&l->tag_rules_, std::move(tag_rows));

  // Exceptions: lower-cased (form, xpos) types whose lemma the rules miss,
  // then forms as written whose lemma the lower-cased table and the rules
  // miss.
  std::map<std::string, uint32_t> string_id;
  auto id_of = [&](const std::string& s) {
    auto [it, fresh] = string_id.emplace(s, static_cast<uint32_t>(l->strings_.size()));
    if (fresh) l->strings_.push_back(s);
    return it->second;
  };
  std::map<std::pair<std::string, std::string>, std::map<std::string, int>> by_lower;
  std::map<std::pair<std::string, std::string>, std::map<std::string, int>> lower_forms;
  for (const auto& [key, lemmas] : by_form) {
    LowerAsciiInto(key.first, &lower);
    int n = 0;
    for (const auto& [lemma, c] : lemmas) {
      by_lower[{lower, key.second}][lemma] += c;
      n += c;
    }
    lower_forms[{lower, key.second}][key.first] += n;
  }
  std::vector<std::pair<uint64_t, uint32_t>> rows;
  std::string rule_out;
  for (const auto& [key, lemmas] : by_lower) {
    const std::string& lemma = MostFrequent(lemmas);
    const std::string& form = MostFrequent(lower_forms[key]);
    l->RuleLemma(form, HashString(key.second), &rule_out);
    if (rule_out != lemma)
      rows.emplace_back(LemmaKey(HashString(key.first), HashString(key.second)), id_of(lemma));
  }
  fill(&l->lower_, std::move(rows));
  rows.clear();
  for (const auto& [key, lemmas] : by_form) {
    const std::string& lemma = MostFrequent(lemmas);
    l->LemmaInto(key.first, key.second, &rule_out);  // exact_ is still empty
    if (rule_out != lemma)
      rows.emplace_back(LemmaKey(HashString(key.first), HashString(key.second)), id_of(lemma));
  }
  fill(&l->exact_, std::move(rows));
  return l;
}

void TrainLemmatizer(const TrainOptions& options) {
  Stopwatch clock;
  const Document train = ReadConlluFile(options.train);
  auto lemmatizer = Lemmatizer::Train(train);
  lemmatizer->Save(options.out);
  if (options.quiet) return;
  std::string dev_part;
  if (!options.dev.empty()) {
    const Document dev = ReadConlluFile(options.dev);
    char buf[160];
    std::snprintf(buf, sizeof buf, ", dev lemma %.4f with gold tags",
                  lemmatizer->Evaluate(dev).Accuracy());
    dev_part = buf;
    if (!options.tagger.empty()) {
      Document tagged = dev;
      Tagger::Load(options.tagger)->Process(&tagged);
      std::snprintf(buf, sizeof buf, ", %.4f with the tagger's",
                    lemmatizer->Evaluate(dev, &tagged).Accuracy());
      dev_part += buf;
    }
  }
  std::fprintf(stderr, "lemmatizer: %zu exceptions, %zu rules%s; wrote %s in %.1f s\n",
               lemmatizer->exceptions(), lemmatizer->rules(), dev_part.c_str(), options.out.c_str(),
               clock.Seconds());
}

}  // namespace parley::nlp
