// Training of the word clusters (`parley train clusters`): Brown-style
// hierarchical clusters in two steps, as fast as the class-based language
// model literature does it.
//
// 1. The exchange algorithm (Kneser & Ney 1993; Martin, Liermann & Ney 1998)
//    on a class-bigram model: every word of the vocabulary is moved, one at a
//    time, to the class that most increases the likelihood of the corpus,
//    sum over class pairs of N(c,d) log N(c,d) minus the class unigram terms,
//    until few words move. The gain of every class for one word costs
//    O(classes x the word's distinct neighbour classes), computed from a
//    class-bigram matrix and its transpose so both loops read memory in
//    order.
// 2. Brown et al.'s (1992) agglomerative merging of those classes into a
//    binary tree: repeatedly merge the pair whose merge loses the least
//    average mutual information between adjacent classes. The loss of every
//    pair is kept in a table and corrected in O(1) per pair after each merge,
//    so the whole tree costs O(classes^3).
//
// A cluster's path is the sequence of left (0) / right (1) turns from the
// root. Everything is deterministic for a seed: the vocabulary is sorted by
// count and then bytes, ties are broken by index, and the seed only decides
// the initial classes of words beyond the most frequent ones.
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "base/error.h"
#include "nlp/clusters.h"
#include "nlp/conllu.h"
#include "nlp/model_io.h"
#include "nlp/perceptron.h"
#include "nlp/tokenizer.h"
#include "nlp/train.h"

namespace parley::nlp {

namespace {

constexpr int kMaxClasses = 800;
constexpr uint32_t kMinCount = 2;  // rarer words get no cluster
constexpr size_t kMaxVocabulary = 250000;
constexpr int kDefaultIterations = 12;
constexpr uint32_t kBoundary = 0xFFFFFFFF;  // sentence boundary in the token stream

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The corpus as word ids with kBoundary between sentences.
struct Corpus {
  std::unordered_map<std::string, uint32_t> ids;
  std::vector<std::string> words;
  std::vector<uint32_t> stream;
  size_t documents = 0;

  void Add(std::string_view form) {
    std::string buf;
    const std::string_view w = NormalizeDigits(form, &buf);
    auto [it, fresh] = ids.try_emplace(std::string(w), static_cast<uint32_t>(words.size()));
    if (fresh) words.emplace_back(w);
    stream.push_back(it->second);
  }
  void AddDocument(const Document& doc) {
    ++documents;
    for (const auto& s : doc.sentences) {
      for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
        const Token& tok = doc.tokens[t];
        Add(tok.form.empty() ? doc.TokenText(t) : std::string_view(tok.form));
      }
      stream.push_back(kBoundary);
    }
  }
};

// Reads one input: CoNLL-U (its own tokens), NDJSON documents with a
// "text" (tokenized here), or plain text (one document).
void ReadInput(const std::string& path, const Tokenizer& tokenizer, Corpus* corpus) {
  std::string base = path;
  if (EndsWith(base, ".gz")) base.resize(base.size() - 3);
  if (EndsWith(base, ".conllu")) {
    corpus->AddDocument(ReadConlluFile(path));
    return;
  }
  const std::string content = ReadMaybeGzipped(path);
  if (EndsWith(base, ".jsonl") || EndsWith(base, ".ndjson") || EndsWith(base, ".json")) {
    size_t pos = 0, line_no = 0;
    while (pos < content.size()) {
      size_t nl = content.find('\n', pos);
      if (nl == std::string::npos) nl = content.size();
      const std::string_view line(content.data() + pos, nl - pos);
      pos = nl + 1;
      ++line_no;
      if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.is_object() || !j.contains("text") || !j["text"].is_string())
        throw Error(ErrorCode::kInvalidArgument,
                    path + " line " + std::to_string(line_no) + ": no JSON object with a \"text\"");
      Document doc;
      doc.text = j["text"].get<std::string>();
      tokenizer.Process(&doc);
      corpus->AddDocument(doc);
    }
    return;
  }
  Document doc;
  doc.text = content;
  tokenizer.Process(&doc);
  corpus->AddDocument(doc);
}

// x log x, from a table for small counts.
class XLogX {
 public:
  XLogX() : table_(kTable) {
    for (size_t i = 1; i < kTable; ++i) table_[i] = static_cast<double>(i) * std::log(double(i));
  }
  double operator()(int64_t x) const {
    if (x < static_cast<int64_t>(kTable)) return x <= 0 ? 0.0 : table_[static_cast<size_t>(x)];
    const auto d = static_cast<double>(x);
    return d * std::log(d);
  }

 private:
  static constexpr size_t kTable = 1 << 17;
  std::vector<double> table_;
};

// Word bigrams in compressed rows: right[w] = (v, n) for "w v" and left[w]
// = (u, n) for "u w", both excluding w itself (kept in self[w]).
struct Bigrams {
  std::vector<uint32_t> right_start, left_start;
  std::vector<std::pair<uint32_t, uint32_t>> right, left;
  std::vector<uint32_t> self;
  std::vector<uint64_t> nl, nr;  // bigrams with w on the left / on the right
  uint64_t total = 0;
};

Bigrams CountBigrams(const std::vector<uint32_t>& stream, const std::vector<uint32_t>& vocab_id,
                     size_t v) {
  std::vector<uint64_t> keys;
  keys.reserve(stream.size());
  for (size_t i = 0; i + 1 < stream.size(); ++i) {
    if (stream[i] == kBoundary || stream[i + 1] == kBoundary) continue;
    const uint32_t a = vocab_id[stream[i]], b = vocab_id[stream[i + 1]];
    if (a == kBoundary || b == kBoundary) continue;
    keys.push_back((uint64_t{a} << 32) | b);
  }
  std::sort(keys.begin(), keys.end());
  Bigrams g;
  g.self.assign(v, 0);
  g.nl.assign(v, 0);
  g.nr.assign(v, 0);
  g.total = keys.size();
  std::vector<std::pair<uint64_t, uint32_t>> pairs;  // (key, count)
  for (size_t i = 0; i < keys.size();) {
    size_t j = i;
    while (j < keys.size() && keys[j] == keys[i]) ++j;
    pairs.emplace_back(keys[i], static_cast<uint32_t>(j - i));
    i = j;
  }
  keys.clear();
  keys.shrink_to_fit();
  std::vector<uint32_t> rc(v + 1, 0), lc(v + 1, 0);
  for (const auto& [k, n] : pairs) {
    const auto a = static_cast<uint32_t>(k >> 32), b = static_cast<uint32_t>(k);
    g.nl[a] += n;
    g.nr[b] += n;
    if (a == b) {
      g.self[a] += n;
      continue;
    }
    ++rc[a + 1];
    ++lc[b + 1];
  }
  for (size_t i = 0; i < v; ++i) {
    rc[i + 1] += rc[i];
    lc[i + 1] += lc[i];
  }
  g.right.resize(rc[v]);
  g.left.resize(lc[v]);
  std::vector<uint32_t> rp(rc.begin(), rc.end() - 1), lp(lc.begin(), lc.end() - 1);
  for (const auto& [k, n] : pairs) {
    const auto a = static_cast<uint32_t>(k >> 32), b = static_cast<uint32_t>(k);
    if (a == b) continue;
    g.right[rp[a]++] = {b, n};
    g.left[lp[b]++] = {a, n};
  }
  g.right_start = std::move(rc);
  g.left_start = std::move(lc);
  return g;
}

// The exchange algorithm over a class-bigram model.
class Exchange {
 public:
  Exchange(const Bigrams& g, int classes, std::vector<uint32_t> cls)
      : g_(g), c_(classes), cls_(std::move(cls)) {
    const auto cc = static_cast<size_t>(c_);
    n_.assign(cc * cc, 0);
    nt_.assign(cc * cc, 0);
    nl_.assign(cc, 0);
    nr_.assign(cc, 0);
    for (size_t w = 0; w < cls_.size(); ++w) {
      const uint32_t a = cls_[w];
      for (uint32_t k = g_.right_start[w]; k < g_.right_start[w + 1]; ++k) {
        const auto [v, n] = g_.right[k];
        At(a, cls_[v]) += n;
      }
      At(a, a) += g_.self[w];
      nl_[a] += static_cast<int64_t>(g_.nl[w]);
      nr_[a] += static_cast<int64_t>(g_.nr[w]);
    }
    for (size_t a = 0; a < cc; ++a)
      for (size_t b = 0; b < cc; ++b) nt_[b * cc + a] = n_[a * cc + b];
    r_.assign(cc, 0);
    l_.assign(cc, 0);
    gain_.assign(cc, 0.0);
  }

  // One pass over every word (in vocabulary order); returns the number of
  // words that changed class.
  size_t Pass() {
    size_t moves = 0;
    for (size_t w = 0; w < cls_.size(); ++w) moves += Visit(static_cast<uint32_t>(w));
    return moves;
  }

  // The class-bigram log-likelihood up to a constant (higher is better).
  double Objective() const {
    double o = 0;
    for (int64_t x : n_) o += f_(x);
    for (int64_t x : nl_) o -= f_(x);
    for (int64_t x : nr_) o -= f_(x);
    return o;
  }

  const std::vector<uint32_t>& classes() const { return cls_; }
  // The class-bigram count matrix (row: left class).
  const std::vector<int64_t>& matrix() const { return n_; }

 private:
  int64_t& At(size_t a, size_t b) { return n_[a * static_cast<size_t>(c_) + b]; }

  // Moves the counts of word w with neighbour-class counts (r, l) into or
  // out of class a (sign +1 / -1).
  void Apply(uint32_t w, uint32_t a, int sign) {
    const auto cc = static_cast<size_t>(c_);
    for (uint32_t d : rs_) {
      n_[a * cc + d] += sign * r_[d];
      nt_[d * cc + a] += sign * r_[d];
    }
    for (uint32_t c : ls_) {
      n_[c * cc + a] += sign * l_[c];
      nt_[a * cc + c] += sign * l_[c];
    }
    n_[a * cc + a] += sign * static_cast<int64_t>(g_.self[w]);
    nt_[a * cc + a] += sign * static_cast<int64_t>(g_.self[w]);
    nl_[a] += sign * static_cast<int64_t>(g_.nl[w]);
    nr_[a] += sign * static_cast<int64_t>(g_.nr[w]);
  }

  size_t Visit(uint32_t w) {
    const auto cc = static_cast<size_t>(c_);
    rs_.clear();
    ls_.clear();
    for (uint32_t k = g_.right_start[w]; k < g_.right_start[w + 1]; ++k) {
      const auto [v, n] = g_.right[k];
      const uint32_t d = cls_[v];
      if (r_[d] == 0) rs_.push_back(d);
      r_[d] += n;
    }
    for (uint32_t k = g_.left_start[w]; k < g_.left_start[w + 1]; ++k) {
      const auto [u, n] = g_.left[k];
      const uint32_t c = cls_[u];
      if (l_[c] == 0) ls_.push_back(c);
      l_[c] += n;
    }
    const uint32_t from = cls_[w];
    Apply(w, from, -1);
    // Gains of every class.
    const auto self = static_cast<int64_t>(g_.self[w]);
    const auto wl = static_cast<int64_t>(g_.nl[w]), wr = static_cast<int64_t>(g_.nr[w]);
    for (size_t b = 0; b < cc; ++b) {
      const int64_t nbb = n_[b * cc + b];
      const int64_t rb = r_[b], lb = l_[b];
      gain_[b] = f_(nbb + rb + lb + self) - f_(nbb + rb) - f_(nbb + lb) + f_(nbb) -
                 (f_(nl_[b] + wl) - f_(nl_[b])) - (f_(nr_[b] + wr) - f_(nr_[b]));
    }
    for (uint32_t d : rs_) {
      const int64_t k = r_[d];
      const int64_t* col = &nt_[d * cc];  // N(b, d) for every b
      for (size_t b = 0; b < cc; ++b) gain_[b] += f_(col[b] + k) - f_(col[b]);
    }
    for (uint32_t c : ls_) {
      const int64_t k = l_[c];
      const int64_t* row = &n_[c * cc];  // N(c, b) for every b
      for (size_t b = 0; b < cc; ++b) gain_[b] += f_(row[b] + k) - f_(row[b]);
    }
    uint32_t best = from;
    for (size_t b = 0; b < cc; ++b)
      if (gain_[b] > gain_[best] + 1e-9) best = static_cast<uint32_t>(b);
    Apply(w, best, +1);
    cls_[w] = best;
    for (uint32_t d : rs_) r_[d] = 0;
    for (uint32_t c : ls_) l_[c] = 0;
    return best != from;
  }

  const Bigrams& g_;
  int c_;
  std::vector<uint32_t> cls_;
  std::vector<int64_t> n_, nt_, nl_, nr_;
  std::vector<int64_t> r_, l_;
  std::vector<uint32_t> rs_, ls_;
  std::vector<double> gain_;
  XLogX f_;
};

// Brown's agglomerative merging of `c` classes with class-bigram counts
// `counts` (row-major, row = left class) into a binary tree; returns each
// class's path from the root.
std::vector<std::string> MergeTree(const std::vector<int64_t>& counts, int c) {
  const auto cc = static_cast<size_t>(c);
  std::vector<double> p(cc * cc), pl(cc, 0), pr(cc, 0);
  double total = 0;
  for (int64_t x : counts) total += static_cast<double>(x);
  if (total <= 0) total = 1;
  for (size_t i = 0; i < cc * cc; ++i) p[i] = static_cast<double>(counts[i]) / total;
  for (size_t a = 0; a < cc; ++a)
    for (size_t b = 0; b < cc; ++b) {
      pl[a] += p[a * cc + b];
      pr[b] += p[a * cc + b];
    }
  auto P = [&](size_t a, size_t b) { return p[a * cc + b]; };
  auto Q = [](double pab, double la, double rb) {
    return pab > 0 && la > 0 && rb > 0 ? pab * std::log(pab / (la * rb)) : 0.0;
  };
  auto q = [&](size_t a, size_t b) { return Q(P(a, b), pl[a], pr[b]); };
  std::vector<char> alive(cc, 1);
  // s[i]: every mutual-information term involving class i.
  std::vector<double> s(cc, 0);
  auto compute_s = [&](size_t i) {
    double v = 0;
    for (size_t k = 0; k < cc; ++k) {
      if (!alive[k]) continue;
      v += q(i, k) + q(k, i);
    }
    return v - q(i, i);
  };
  // The loss of merging i and j (i != j), from scratch: O(classes).
  auto loss = [&](size_t i, size_t j) {
    const double ml = pl[i] + pl[j], mr = pr[i] + pr[j];
    double after = Q(P(i, i) + P(i, j) + P(j, i) + P(j, j), ml, mr);
    for (size_t k = 0; k < cc; ++k) {
      if (!alive[k] || k == i || k == j) continue;
      after += Q(P(i, k) + P(j, k), ml, pr[k]) + Q(P(k, i) + P(k, j), pl[k], mr);
    }
    return s[i] + s[j] - q(i, j) - q(j, i) - after;
  };
  for (size_t i = 0; i < cc; ++i) s[i] = compute_s(i);
  std::vector<double> L(cc * cc, 0);
  {
    // The initial table is the costly part: two threads share its rows.
    auto rows = [&](size_t part) {
      for (size_t i = part; i < cc; i += 2)
        for (size_t j = i + 1; j < cc; ++j) L[i * cc + j] = loss(i, j);
    };
    std::thread other(rows, 1);
    rows(0);
    other.join();
  }
  // Tree: node ids 0..c-1 are the classes; merges create c, c+1, ...
  std::vector<int> node(cc);
  for (size_t i = 0; i < cc; ++i) node[i] = static_cast<int>(i);
  std::vector<std::pair<int, int>> children;  // of node c + k
  for (int step = 0; step + 1 < c; ++step) {
    size_t bi = 0, bj = 0;
    double best = 0;
    bool found = false;
    for (size_t i = 0; i < cc; ++i) {
      if (!alive[i]) continue;
      for (size_t j = i + 1; j < cc; ++j) {
        if (!alive[j]) continue;
        const double v = L[i * cc + j];
        if (!found || v < best) {
          best = v;
          bi = i;
          bj = j;
          found = true;
        }
      }
    }
    const size_t a = bi, b = bj;  // b merges into a
    // O(1) corrections of every other pair (i, j), before the counts change:
    // subtract the terms with a and b, add those with the merged class.
    const double ml = pl[a] + pl[b], mr = pr[a] + pr[b];
    auto p_mk = [&](size_t k) { return P(a, k) + P(b, k); };
    auto p_km = [&](size_t k) { return P(k, a) + P(k, b); };
    const double p_mm = P(a, a) + P(a, b) + P(b, a) + P(b, b);
    std::vector<double> ds(cc, 0);
    for (size_t i = 0; i < cc; ++i) {
      if (!alive[i] || i == a || i == b) continue;
      ds[i] = Q(p_mk(i), ml, pr[i]) + Q(p_km(i), pl[i], mr) - q(i, a) - q(a, i) - q(i, b) - q(b, i);
    }
    auto update_rows = [&](size_t part) {
      for (size_t i = part; i < cc; i += 2) {
        if (!alive[i] || i == a || i == b) continue;
        for (size_t j = i + 1; j < cc; ++j) {
          if (!alive[j] || j == a || j == b) continue;
          // The merged pair (i+j) against a, b before and m after.
          const double il = pl[i] + pl[j], ir = pr[i] + pr[j];
          const double pia = P(i, a) + P(j, a), pai = P(a, i) + P(a, j);
          const double pib = P(i, b) + P(j, b), pbi = P(b, i) + P(b, j);
          const double before =
              Q(pia, il, pr[a]) + Q(pai, pl[a], ir) + Q(pib, il, pr[b]) + Q(pbi, pl[b], ir);
          const double after = Q(pia + pib, il, mr) + Q(pai + pbi, ml, ir);
          L[i * cc + j] += ds[i] + ds[j] - (after - before);
        }
      }
    };
    {
      std::thread other(update_rows, 1);
      update_rows(0);
      other.join();
    }
    for (size_t i = 0; i < cc; ++i) {
      if (!alive[i] || i == a || i == b) continue;
      s[i] += ds[i];
    }
    // Merge b into a.
    for (size_t k = 0; k < cc; ++k) {
      p[a * cc + k] += p[b * cc + k];
      p[b * cc + k] = 0;
    }
    for (size_t k = 0; k < cc; ++k) {
      p[k * cc + a] += p[k * cc + b];
      p[k * cc + b] = 0;
    }
    (void)p_mm;
    pl[a] += pl[b];
    pr[a] += pr[b];
    pl[b] = pr[b] = 0;
    alive[b] = 0;
    children.emplace_back(node[a], node[b]);
    node[a] = c + step;
    s[a] = compute_s(a);
    for (size_t i = 0; i < cc; ++i) {
      if (!alive[i] || i == a) continue;
      const size_t x = std::min(i, a), y = std::max(i, a);
      L[x * cc + y] = loss(x, y);
    }
  }
  // Paths: walk down from the root (the last node made).
  std::vector<std::string> paths(cc);
  if (c == 1) return paths;
  std::vector<std::pair<int, std::string>> stack = {{2 * c - 2, ""}};
  while (!stack.empty()) {
    auto [id, path] = std::move(stack.back());
    stack.pop_back();
    if (id < c) {
      paths[static_cast<size_t>(id)] = path;
      continue;
    }
    const auto& [left, right] = children[static_cast<size_t>(id - c)];
    stack.emplace_back(right, path + "1");
    stack.emplace_back(left, path + "0");
  }
  return paths;
}

}  // namespace

void TrainClusters(const TrainOptions& o) {
  const auto start = Clock::now();
  std::vector<std::string> inputs = {o.train};
  inputs.insert(inputs.end(), o.inputs.begin(), o.inputs.end());
  auto log = [&](const std::string& line) {
    if (!o.quiet) std::fprintf(stderr, "clusters: %s (%.1f s)\n", line.c_str(), Seconds(start));
  };

  Tokenizer tokenizer;
  Corpus corpus;
  for (const auto& in : inputs) ReadInput(in, tokenizer, &corpus);
  size_t tokens = 0;
  for (uint32_t x : corpus.stream) tokens += x != kBoundary;
  log("read " + std::to_string(corpus.documents) + " documents, " + std::to_string(tokens) +
      " tokens, " + std::to_string(corpus.words.size()) + " distinct words");

  // Vocabulary: words seen at least kMinCount times, by count then bytes.
  std::vector<uint32_t> freq(corpus.words.size(), 0);
  for (uint32_t x : corpus.stream)
    if (x != kBoundary) ++freq[x];
  std::vector<uint32_t> order;
  for (uint32_t i = 0; i < corpus.words.size(); ++i)
    if (freq[i] >= kMinCount) order.push_back(i);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    return freq[a] != freq[b] ? freq[a] > freq[b] : corpus.words[a] < corpus.words[b];
  });
  if (order.size() > kMaxVocabulary) order.resize(kMaxVocabulary);
  const size_t v = order.size();
  if (v < 2)
    throw Error(ErrorCode::kInvalidArgument, "clusters: fewer than 2 words occur " +
                                                 std::to_string(kMinCount) +
                                                 " times in the training text");
  std::vector<uint32_t> vocab_id(corpus.words.size(), kBoundary);
  for (size_t i = 0; i < v; ++i) vocab_id[order[i]] = static_cast<uint32_t>(i);
  const int classes = static_cast<int>(std::min<size_t>(kMaxClasses, std::max<size_t>(2, v / 4)));

  const Bigrams g = CountBigrams(corpus.stream, vocab_id, v);
  corpus.stream.clear();
  corpus.stream.shrink_to_fit();
  log("vocabulary " + std::to_string(v) + " words (count >= " + std::to_string(kMinCount) + "), " +
      std::to_string(g.right.size()) + " distinct bigrams, " + std::to_string(classes) +
      " classes");

  // Initial classes: the most frequent words one each, the rest spread by
  // a seeded hash.
  std::vector<uint32_t> cls(v);
  for (size_t i = 0; i < v; ++i)
    cls[i] = i < static_cast<size_t>(classes)
                 ? static_cast<uint32_t>(i)
                 : static_cast<uint32_t>(HashCombine(o.seed, i) % static_cast<uint64_t>(classes));
  Exchange ex(g, classes, std::move(cls));
  const int iterations = o.epochs > 0 ? o.epochs : kDefaultIterations;
  for (int it = 1; it <= iterations; ++it) {
    const size_t moves = ex.Pass();
    char buf[160];
    std::snprintf(buf, sizeof buf, "exchange pass %d: %zu words moved, objective %.6e", it, moves,
                  ex.Objective());
    log(buf);
    if (moves * 1000 < v) break;
  }
  std::vector<std::string> paths = MergeTree(ex.matrix(), classes);
  log("merged " + std::to_string(classes) + " classes into a binary tree");

  std::vector<std::string> words(v);
  std::vector<uint32_t> cluster_of(v), counts(v);
  for (size_t i = 0; i < v; ++i) {
    words[i] = corpus.words[order[i]];
    cluster_of[i] = ex.classes()[i];
    counts[i] = freq[order[i]];
  }
  std::string description = "Brown-style clusters: exchange algorithm (" + std::to_string(classes) +
                            " classes) + agglomerative merging; " + std::to_string(tokens) +
                            " tokens from";
  for (const auto& in : inputs) {
    const size_t slash = in.find_last_of('/');
    description += " " + (slash == std::string::npos ? in : in.substr(slash + 1));
  }
  description += "; vocabulary " + std::to_string(v) + " (count >= " + std::to_string(kMinCount) +
                 "); seed " + std::to_string(o.seed);
  WordClusters model(std::move(words), std::move(cluster_of), std::move(counts), std::move(paths),
                     description);
  model.Save(o.out);
  log("wrote " + o.out);
}

}  // namespace parley::nlp
