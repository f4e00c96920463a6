// The parser's transition system, feature templates and dynamic oracle.
// Template numbers are part of the model format: changing one changes what
// a saved model means (bump the parser's format version).
#include <algorithm>

#include "nlp/parser_internal.h"
#include "nlp/perceptron.h"

namespace parley::nlp::parser_internal {

namespace {

// Feature ids from a template number and up to three values: one
// multiply-add per value and one finaliser (cheaper than FeatureId's three
// mixes; the values are hashes or small ids).
inline uint64_t Fin(uint64_t h) {
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDULL;
  h ^= h >> 33;
  h *= 0xC4CEB9FE1A85EC53ULL;
  h ^= h >> 33;
  return h | 1;  // never 0, the table's empty key
}
inline uint64_t F(uint64_t t, uint64_t a) {
  return Fin(t * 0x632BE59BD9B4E019ULL + a * 0x9E3779B97F4A7C15ULL);
}
inline uint64_t F(uint64_t t, uint64_t a, uint64_t b) {
  return Fin(t * 0x632BE59BD9B4E019ULL + a * 0x9E3779B97F4A7C15ULL + b * 0xD6E8FEB86659FD93ULL);
}
inline uint64_t F(uint64_t t, uint64_t a, uint64_t b, uint64_t c) {
  return Fin(t * 0x632BE59BD9B4E019ULL + a * 0x9E3779B97F4A7C15ULL + b * 0xD6E8FEB86659FD93ULL +
             c * 0xA0761D6478BD642FULL);
}

inline uint64_t F(uint64_t t, uint64_t a, uint64_t b, uint64_t c, uint64_t d) {
  return Fin(t * 0x632BE59BD9B4E019ULL + a * 0x9E3779B97F4A7C15ULL + b * 0xD6E8FEB86659FD93ULL +
             c * 0xA0761D6478BD642FULL + d * 0xE7037ED1A0B428DBULL);
}

const uint64_t kNoneWord = HashString("<none>");
const uint64_t kRootWord = HashString("<root>");
constexpr uint64_t kNoneTag = 1000, kRootTag = 1001;
constexpr uint64_t kNoLabel = 200;

uint64_t DistanceBucket(int a, int b) {
  const int d = a > b ? a - b : b - a;
  if (d <= 4) return static_cast<uint64_t>(d);
  if (d <= 7) return 5;
  if (d <= 11) return 6;
  return 7;
}

}  // namespace

void TagKey(const Token& token, std::string* out) {
  out->assign(token.xpos);
  out->push_back('|');
  out->append(UposName(token.upos));
}

void DescribeWords(const std::vector<std::string_view>& forms, const std::vector<int>& tags,
                   const ClusterTable& clusters, const std::vector<uint8_t>& punct,
                   std::vector<Word>* words) {
  const size_t n = forms.size();
  words->resize(n + 1);
  std::string folded;
  for (size_t i = 0; i < n; ++i) {
    Word& w = (*words)[i];
    folded.assign(forms[i]);
    for (char& c : folded) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c >= '0' && c <= '9') c = '0';
    }
    w.w = HashString(folded);
    w.suffix =
        HashString(std::string_view(folded).substr(folded.size() > 3 ? folded.size() - 3 : 0));
    w.p = static_cast<uint64_t>(tags[i]);
    w.wp = F(1, w.w, w.p);
    w.c = w.cw = 0;
    if (const ClusterTable::Ids* ids = clusters.Lookup(forms[i])) {
      w.c = (*ids)[1];
      w.cw = (*ids)[3];
    }
    w.punct = i < punct.size() && punct[i] != 0;
    w.puncts_before = i == 0 ? 0 : (*words)[i - 1].puncts_before + ((*words)[i - 1].punct ? 1 : 0);
  }
  Word& root = (*words)[n];
  root.w = kRootWord;
  root.p = kRootTag;
  root.wp = F(1, root.w, root.p);
  root.c = root.cw = kRootTag;
  root.punct = false;
  root.puncts_before = n == 0 ? 0 : (*words)[n - 1].puncts_before + ((*words)[n - 1].punct ? 1 : 0);
}

void State::Reset(int tokens) {
  n = tokens;
  stack.assign(1, n);
  b = 0;
  const size_t m = static_cast<size_t>(n) + 1;
  head.assign(m, kNone);
  label.assign(m, kNone);
  lc1.assign(m, kNone);
  lc2.assign(m, kNone);
  rc1.assign(m, kNone);
  rc2.assign(m, kNone);
  nl.assign(m, 0);
  nr.assign(m, 0);
  lset.assign(m, 0);
  rset.assign(m, 0);
}

void State::Apply(int move, int rel) {
  const uint64_t bit = rel >= 0 && rel < 64 ? uint64_t{1} << rel : 0;
  if (move == kShift) {
    stack.push_back(b++);
  } else if (move == kLeft) {
    const int d = stack.back(), h = b;
    stack.pop_back();
    head[d] = h;
    label[d] = rel;
    lc2[h] = lc1[h];
    lc1[h] = d;
    if (nl[h] < 255) ++nl[h];
    lset[h] |= bit;
  } else {
    const int d = stack.back();
    stack.pop_back();
    const int h = stack.back();
    head[d] = h;
    label[d] = rel;
    rc2[h] = rc1[h];
    rc1[h] = d;
    if (nr[h] < 255) ++nr[h];
    rset[h] |= bit;
  }
}

int TransitionFeatures(const State& st, const std::vector<Word>& words, uint64_t* out) {
  const int s0 = st.s(0) == st.n ? kNone : st.s(0);  // the root is s0 only alone
  const int s1 = st.s(1), s2 = st.s(2);
  const int b0 = st.buffer(0), b1 = st.buffer(1), b2 = st.buffer(2);
  auto w = [&](int x) { return x == kNone ? kNoneWord : words[x].w; };
  auto p = [&](int x) { return x == kNone ? kNoneTag : words[x].p; };
  auto wp = [&](int x) { return x == kNone ? kNoneWord : words[x].wp; };
  auto c = [&](int x) { return x == kNone ? kNoneTag : words[x].c; };
  auto cw = [&](int x) { return x == kNone ? kNoneTag : words[x].cw; };
  auto lab = [&](int x) { return x == kNone ? kNoLabel : static_cast<uint64_t>(st.label[x]); };
  auto child = [&](const std::vector<int>& v, int x) { return x == kNone ? kNone : v[x]; };
  const int s0l = child(st.lc1, s0), s0l2 = child(st.lc2, s0);
  const int s0r = child(st.rc1, s0), s0r2 = child(st.rc2, s0);
  const int b0l = child(st.lc1, b0), b0l2 = child(st.lc2, b0);
  const int s1l = child(st.lc1, s1), s1r = child(st.rc1, s1);
  const uint64_t d01 = s0 == kNone || b0 == kNone ? 0 : DistanceBucket(s0, b0);
  const uint64_t d10 = s0 == kNone || s1 == kNone || s1 == st.n ? 0 : DistanceBucket(s1, s0);
  const uint64_t s0vl = s0 == kNone ? 0 : st.nl[s0], s0vr = s0 == kNone ? 0 : st.nr[s0];
  const uint64_t b0vl = b0 == kNone ? 0 : st.nl[b0];
  const uint64_t s1vr = s1 == kNone ? 0 : st.nr[s1];
  const uint64_t s0ls = s0 == kNone ? 0 : st.lset[s0], s0rs = s0 == kNone ? 0 : st.rset[s0];
  const uint64_t b0ls = b0 == kNone ? 0 : st.lset[b0];
  const uint64_t s1rs = s1 == kNone ? 0 : st.rset[s1];

  int k = 0;
  // Words and tags of the stack and buffer.
  out[k++] = F(2, w(s0));
  out[k++] = F(3, p(s0));
  out[k++] = F(4, wp(s0));
  out[k++] = F(5, w(s1));
  out[k++] = F(6, p(s1));
  out[k++] = F(7, wp(s1));
  out[k++] = F(8, p(s2));
  out[k++] = F(9, w(b0));
  out[k++] = F(10, p(b0));
  out[k++] = F(11, wp(b0));
  out[k++] = F(12, w(b1));
  out[k++] = F(13, p(b1));
  out[k++] = F(14, wp(b1));
  out[k++] = F(15, p(b2));
  out[k++] = F(16, w(b2));
  // Pairs.
  out[k++] = F(17, wp(s0), wp(b0));
  out[k++] = F(18, wp(s0), w(b0));
  out[k++] = F(19, w(s0), wp(b0));
  out[k++] = F(20, wp(s0), p(b0));
  out[k++] = F(21, p(s0), wp(b0));
  out[k++] = F(22, w(s0), w(b0));
  out[k++] = F(23, p(s0), p(b0));
  out[k++] = F(24, p(b0), p(b1));
  out[k++] = F(25, p(s1), p(s0));
  out[k++] = F(26, w(s1), w(s0));
  out[k++] = F(27, wp(s1), p(s0));
  out[k++] = F(28, p(s1), wp(s0));
  out[k++] = F(29, wp(s1), wp(s0));
  // Triples of tags.
  out[k++] = F(30, p(b0), p(b1), p(b2));
  out[k++] = F(31, p(s0), p(b0), p(b1));
  out[k++] = F(32, p(s1), p(s0), p(b0));
  out[k++] = F(33, p(s0), p(s0l), p(b0));
  out[k++] = F(34, p(s0), p(s0r), p(b0));
  out[k++] = F(35, p(s0), p(b0), p(b0l));
  out[k++] = F(36, p(s1), p(s1r), p(s0));
  out[k++] = F(37, p(s2), p(s1), p(s0));
  out[k++] = F(38, p(s1), p(s0), p(s0l));
  out[k++] = F(39, p(s1), p(s1l), p(s0));
  // Distance.
  out[k++] = F(40, w(s0), d01);
  out[k++] = F(41, p(s0), d01);
  out[k++] = F(42, w(b0), d01);
  out[k++] = F(43, p(b0), d01);
  out[k++] = F(44, p(s0), p(b0), d01);
  out[k++] = F(45, p(s1), p(s0), d10);
  out[k++] = F(46, w(s1), w(s0), d10);
  // Valency.
  out[k++] = F(47, w(s0), s0vl);
  out[k++] = F(48, p(s0), s0vl);
  out[k++] = F(49, w(s0), s0vr);
  out[k++] = F(50, p(s0), s0vr);
  out[k++] = F(51, w(b0), b0vl);
  out[k++] = F(52, p(b0), b0vl);
  out[k++] = F(53, p(s1), s1vr);
  // Children and their relations.
  out[k++] = F(54, w(s0l));
  out[k++] = F(55, p(s0l));
  out[k++] = F(56, lab(s0l));
  out[k++] = F(57, w(s0r));
  out[k++] = F(58, p(s0r));
  out[k++] = F(59, lab(s0r));
  out[k++] = F(60, w(b0l));
  out[k++] = F(61, p(b0l));
  out[k++] = F(62, lab(b0l));
  out[k++] = F(63, p(s1r));
  out[k++] = F(64, lab(s1r));
  out[k++] = F(65, p(s1), lab(s1r), p(s0));
  // Third order.
  out[k++] = F(66, p(s0l2));
  out[k++] = F(67, lab(s0l2));
  out[k++] = F(68, p(s0r2));
  out[k++] = F(69, lab(s0r2));
  out[k++] = F(70, p(b0l2));
  out[k++] = F(71, lab(b0l2));
  out[k++] = F(72, p(s0), p(s0l), p(s0l2));
  out[k++] = F(73, p(s0), p(s0r), p(s0r2));
  out[k++] = F(74, p(b0), p(b0l), p(b0l2));
  // Relation sets.
  out[k++] = F(75, p(s0), s0ls);
  out[k++] = F(76, p(s0), s0rs);
  out[k++] = F(77, p(b0), b0ls);
  out[k++] = F(78, p(s1), s1rs);
  out[k++] = F(79, w(s0), s0rs);
  out[k++] = F(80, w(b0), b0ls);
  // Word clusters.
  out[k++] = F(81, c(s0));
  out[k++] = F(82, c(b0));
  out[k++] = F(83, c(s1));
  out[k++] = F(84, c(b1));
  out[k++] = F(85, c(s0), c(b0));
  out[k++] = F(86, c(s0), p(b0));
  out[k++] = F(87, p(s0), c(b0));
  out[k++] = F(88, c(s1), c(s0));
  out[k++] = F(89, cw(s0));
  out[k++] = F(90, cw(b0));
  out[k++] = F(91, 0);  // bias
  // The words next to s0 and b0 in the sentence, and punctuation between.
  const int s0next = s0 == kNone || s0 + 1 >= st.n ? kNone : s0 + 1;
  const int b0prev = b0 == kNone || b0 == 0 ? kNone : b0 - 1;
  auto puncts = [&](int a, int z) -> uint64_t {  // between a and z (a < z), capped
    if (a == kNone || z == kNone || a >= z) return 9;
    const uint32_t between =
        words[z].puncts_before - words[a].puncts_before - (words[a].punct ? 1 : 0);
    return std::min<uint32_t>(between, 3);
  };
  const uint64_t pb01 = puncts(s0, b0), pb10 = puncts(s1 == st.n ? kNone : s1, s0);
  out[k++] = F(92, p(s0), p(s0next), p(b0));
  out[k++] = F(93, p(b0prev), p(b0));
  out[k++] = F(94, p(s0), p(b0), pb01);
  out[k++] = F(95, w(b0), pb01);
  out[k++] = F(96, p(s1), p(s0), pb10);
  out[k++] = F(97, w(s0), pb01);
  // Suffixes: evidence of their own where a tag is wrong.
  auto suf = [&](int x) { return x == kNone ? kNoneWord : words[x].suffix; };
  out[k++] = F(98, suf(s0), p(s0));
  out[k++] = F(99, suf(b0), p(b0));
  out[k++] = F(100, suf(s0), suf(b0));
  out[k++] = F(101, suf(b1), p(b0));
  // Clusters of the wider context and of the children, and their pairs.
  out[k++] = F(102, cw(s1));
  out[k++] = F(103, cw(b1));
  out[k++] = F(104, c(s0), c(b0), c(b1));
  out[k++] = F(105, c(s1), c(s0), c(b0));
  out[k++] = F(106, cw(s0), p(b0));
  out[k++] = F(107, p(s0), cw(b0));
  out[k++] = F(108, c(s0l), c(s0));
  out[k++] = F(109, c(b0l), c(b0));
  out[k++] = F(110, c(s0r), c(s0));
  // The buffer's next words, relation pairs of children, head-child words.
  out[k++] = F(111, w(b0), w(b1));
  out[k++] = F(112, p(s0), lab(s0l), lab(s0l2));
  out[k++] = F(113, p(s0), lab(s0r), lab(s0r2));
  out[k++] = F(114, p(b0), lab(b0l), lab(b0l2));
  out[k++] = F(115, w(s0), w(s0l));
  out[k++] = F(116, w(s0), w(s0r));
  out[k++] = F(117, w(b0), w(b0l));
  out[k++] = F(118, p(s1), p(s0), p(b0), p(b1));
  return k;
}

int MoveCost(const State& st, int move, const std::vector<int>& gold) {
  const int n = st.n;
  const int s0 = st.s(0), s1 = st.s(1);
  int cost = 0;
  if (move == kShift) {
    const int b0 = st.b;
    for (int x : st.stack) {
      if (x != n && gold[x] == b0) ++cost;   // b0's dependents left on the stack
      if (x == gold[b0] && x != s0) ++cost;  // b0's head below s0
    }
    return cost;
  }
  // LEFT and RIGHT pop s0: its dependents still in the buffer are lost.
  for (int d = st.b; d < n; ++d)
    if (gold[d] == s0) ++cost;
  const int h = gold[s0];
  const bool head_in_buffer = h >= st.b && h < n;
  if (move == kLeft) {
    if (h != st.b && (h == s1 || head_in_buffer)) ++cost;
  } else {
    if (h != s1 && head_in_buffer) ++cost;
  }
  return cost;
}

int LabelFeatures(const State& st, const std::vector<Word>& words, int head, int dep,
                  uint64_t* out) {
  auto w = [&](int x) { return x == kNone ? kNoneWord : words[x].w; };
  auto p = [&](int x) { return x == kNone ? kNoneTag : words[x].p; };
  auto wp = [&](int x) { return x == kNone ? kNoneWord : words[x].wp; };
  auto c = [&](int x) { return x == kNone ? kNoneTag : words[x].c; };
  auto cw = [&](int x) { return x == kNone ? kNoneTag : words[x].cw; };
  auto suf = [&](int x) { return x == kNone ? kNoneWord : words[x].suffix; };
  auto lab = [&](int x) { return x == kNone ? kNoLabel : static_cast<uint64_t>(st.label[x]); };
  const int h = head, d = dep;
  // The direction is part of every feature: "nsubj" is on the left of its
  // head, "obj" on the right, and the same words mean different relations.
  const uint64_t dir = d < h ? 1 : 2;
  const int dl = st.lc1[d], dl2 = st.lc2[d], dr = st.rc1[d];
  // The head's nearest child on the dependent's side so far (the dependent
  // will be the next): a second object, a conjunct after a conjunct.
  const int hnear = d < h ? st.lc1[h] : st.rc1[h];
  const int before = d == 0 ? kNone : d - 1, after = d + 1 < st.n ? d + 1 : kNone;
  const uint64_t dist = DistanceBucket(h, d);
  const uint64_t between = [&]() -> uint64_t {
    const int a = std::min(h, d), z = std::max(h, d);
    const uint32_t n = words[z].puncts_before - words[a].puncts_before - (words[a].punct ? 1 : 0);
    return std::min<uint32_t>(n, 3);
  }();
  // The next word of the buffer when the head is on the stack (RIGHT), and
  // the word below the dependent on the stack (LEFT: what else it might
  // have attached to).
  const int next = d > h ? st.buffer(0) : st.s(1) == st.n ? kNone : st.s(1);
  int k = 0;
  out[k++] = F(200, dir);  // bias of the direction
  out[k++] = F(201, dir, w(d));
  out[k++] = F(202, dir, p(d));
  out[k++] = F(203, dir, wp(d));
  out[k++] = F(204, dir, c(d));
  out[k++] = F(205, dir, cw(d));
  out[k++] = F(206, dir, suf(d), p(d));
  out[k++] = F(207, dir, w(h));
  out[k++] = F(208, dir, p(h));
  out[k++] = F(209, dir, wp(h));
  out[k++] = F(210, dir, c(h));
  out[k++] = F(211, dir, p(h), p(d));
  out[k++] = F(212, dir, w(h), p(d));
  out[k++] = F(213, dir, p(h), w(d));
  out[k++] = F(214, dir, w(h), w(d));
  out[k++] = F(215, dir, wp(h), wp(d));
  out[k++] = F(216, dir, c(h), c(d));
  out[k++] = F(217, dir, p(h), p(d), dist);
  out[k++] = F(218, dir, w(d), p(h), dist);
  out[k++] = F(219, dir, p(h), p(d), between);
  // The dependent's own children: a case marker makes "obl" or "nmod", a
  // subject makes a clause, a determiner a nominal.
  out[k++] = F(220, dir, p(d), st.lset[d]);
  out[k++] = F(221, dir, p(d), st.rset[d]);
  out[k++] = F(222, dir, p(h), p(d), st.lset[d]);
  out[k++] = F(223, dir, p(d), w(dl));
  out[k++] = F(224, dir, p(h), p(d), w(dl));
  out[k++] = F(225, dir, w(h), w(dl));
  out[k++] = F(226, dir, p(d), lab(dl), lab(dr));
  out[k++] = F(227, dir, p(h), p(d), p(dl));
  out[k++] = F(228, dir, p(h), p(d), p(dr));
  out[k++] = F(229, dir, p(d), lab(dl), lab(dl2));
  out[k++] = F(230, dir, w(d), w(dl));
  out[k++] = F(231, dir, p(d), std::min<uint64_t>(st.nl[d], 4), std::min<uint64_t>(st.nr[d], 4));
  // The head's relations so far: one subject, then objects.
  out[k++] = F(232, dir, p(h), st.lset[h]);
  out[k++] = F(233, dir, p(h), st.rset[h]);
  out[k++] = F(234, dir, p(h), p(d), lab(hnear));
  out[k++] = F(235, dir, p(d), lab(hnear), p(hnear));
  // The sentence around the dependent and the parse around the arc.
  out[k++] = F(236, dir, p(h), p(d), p(before));
  out[k++] = F(237, dir, p(h), p(d), p(after));
  out[k++] = F(238, dir, p(d), p(next));
  out[k++] = F(239, dir, p(h), p(d), p(next));
  out[k++] = F(240, dir, w(d), p(after));
  out[k++] = F(241, dir, cw(h), p(d));
  out[k++] = F(242, dir, p(h), cw(d));
  // Word pairs through the case or mark word: "visit to", "talks with".
  out[k++] = F(243, dir, w(h), p(d), w(dl));
  out[k++] = F(244, dir, c(h), p(d), w(dl));
  out[k++] = F(245, dir, p(h), p(d), lab(dl));
  out[k++] = F(246, dir, p(d), w(dr));
  out[k++] = F(247, dir, w(d), lab(hnear));
  out[k++] = F(248, dir, p(h), p(d), st.lset[d] ^ (st.rset[d] * 0x9E3779B97F4A7C15ULL));
  return k;
}

int ChooseLabel(const LinearModel& labeller, const std::vector<uint8_t>& dirs, const State& st,
                const std::vector<Word>& words, int head, int dep, float* scores) {
  if (head == st.n) return 0;
  uint64_t feats[kMaxLabelFeatures];
  const int k = LabelFeatures(st, words, head, dep, feats);
  const int labels = static_cast<int>(dirs.size());
  std::fill(scores, scores + labels, 0.0f);
  labeller.Score(std::span<const uint64_t>(feats, k), scores);
  return BestLabel(dirs, head, dep, scores);
}

int BestLabel(const std::vector<uint8_t>& dirs, int head, int dep, const float* scores) {
  const uint8_t bit = dep < head ? 1 : 2;
  int best = -1;
  for (int l = 1; l < static_cast<int>(dirs.size()); ++l)
    if ((dirs[l] & bit) != 0 && (best < 0 || scores[l] > scores[best])) best = l;
  return best < 0 ? 1 : best;
}

int Projectivize(std::vector<int>* heads) {
  std::vector<int>& h = *heads;
  const int n = static_cast<int>(h.size());
  // Whether `a` dominates `x` (the root, n, dominates everything).
  auto dominates = [&](int a, int x) {
    if (a == n) return true;
    for (int steps = 0; x != n && x >= 0 && steps <= n; ++steps) {
      if (x == a) return true;
      x = h[x];
    }
    return false;
  };
  int lifts = 0;
  for (;;) {
    // The shortest non-projective arc, lifted to its head's head.
    int best = -1, best_len = n + 2;
    for (int d = 0; d < n; ++d) {
      const int hd = h[d];
      if (hd < 0 || hd == n) continue;
      const int lo = std::min(d, hd), hi = std::max(d, hd);
      if (hi - lo >= best_len) continue;
      for (int x = lo + 1; x < hi; ++x) {
        if (!dominates(hd, x)) {
          best = d;
          best_len = hi - lo;
          break;
        }
      }
    }
    if (best < 0 || lifts > 4 * n) return lifts;
    h[best] = h[h[best]];
    ++lifts;
  }
}

}  // namespace parley::nlp::parser_internal
