// The event coder over a dependency parse; see coder.h for what it does.
#include "extract/coder.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <tuple>
#include <utility>

#include "base/error.h"
#include "extract/coding_words.h"
#include "extract/lexicon.h"
#include "extract/tokens.h"

namespace parley::extract {

namespace {

using coding::CodingToken;
using coding::PatternElement;
using coding::VerbPattern;
using K = PatternElement::Kind;

constexpr int kGap = 6;  // words a pattern may skip between two of its elements

bool Rel(const nlp::Token& t, std::string_view r) {
  return t.deprel == r || (t.deprel.size() > r.size() && t.deprel.compare(0, r.size(), r) == 0 &&
                           t.deprel[r.size()] == ':');
}

// The CAMEO intent (03) or threat (13) code of an action's code: what an
// announcement of that action is coded as. Statements, appeals, intents,
// demands, disapproval, rejection and threats are their own announcement.
std::string IntentOf(const std::string& code) {
  if (code.size() < 2) return code;
  const int root = (code[0] - '0') * 10 + (code[1] - '0');
  switch (root) {
    case 4:
      return "036";  // meet or negotiate
    case 5:
      return "032";  // diplomatic cooperation
    case 6:
      return "031";  // material cooperation
    case 7:
      return "033";  // aid
    case 8:
      return "035";  // yield
    case 14:
      return "133";  // protest
    case 16:
      return "131";  // reduce relations: a non-force threat
    case 17:
      return "137";  // repression
    case 15:
    case 18:
    case 19:
    case 20:
      return "138";  // military force
    default:
      return code;
  }
}

bool IsNegation(const CodingToken& t) {
  return t.lemma == "NOT" || t.form == "NOT" || t.form == "N'T" || t.form == "NEVER";
}

// One sentence's analysis: its tokens as the dictionaries see them, the
// actor and agent phrases found in it, and its dependency tree.
class SentenceCoder {
 public:
  SentenceCoder(const Coder& coder, const CoderOptions& options, const nlp::Document& doc,
                uint32_t sentence, int32_t date, const std::vector<std::string>* known)
      : coder_(coder), options_(options), doc_(doc), sentence_(sentence), date_(date) {
    const nlp::Sentence& s = doc.sentences[sentence];
    begin_ = s.token_begin;
    n_ = s.size();
    toks_.reserve(n_);
    for (uint32_t i = 0; i < n_; ++i) {
      const nlp::Token& t = doc.tokens[begin_ + i];
      toks_.push_back({coding::Upper(t.form), coding::Upper(t.lemma)});
      head_.push_back(t.head < 0 ? -1 : t.head - static_cast<int32_t>(begin_));
    }
    children_.resize(n_);
    for (uint32_t i = 0; i < n_; ++i) {
      if (head_[i] >= 0 && head_[i] < static_cast<int>(n_)) children_[head_[i]].push_back(i);
    }
    actor_.assign(n_, -1);
    actor_start_.assign(n_, -1);
    agent_.assign(n_, -1);
    for (size_t i = 0; i < n_;) {
      coding::PhraseMatch m = coder.actors().FindActor(toks_, i);
      if (m.length == 0) {
        ++i;
        continue;
      }
      actor_start_[i] = static_cast<int>(i);
      for (size_t k = i; k < i + m.length; ++k) {
        actor_[k] = m.entry;
        actor_start_[k] = static_cast<int>(i);
      }
      i += m.length;
    }
    for (size_t i = 0; i < n_;) {
      coding::PhraseMatch m =
          actor_[i] < 0 ? coder.actors().FindAgent(toks_, i) : coding::PhraseMatch{};
      if (m.length == 0) {
        ++i;
        continue;
      }
      for (size_t k = i; k < i + m.length && k < n_; ++k) agent_[k] = m.entry;
      i += m.length;
    }
    // Parley's own actors where the field's dictionaries have none; a run
    // of words with one code is one actor.
    known_.assign(n_, nullptr);
    if (known != nullptr && known->size() >= begin_ + n_) {
      for (size_t i = 0; i < n_; ++i) {
        const std::string& code = (*known)[begin_ + i];
        if (code.empty() || actor_[i] >= 0 || agent_[i] >= 0) continue;
        known_[i] = &code;
        const bool continues = i > 0 && actor_start_[i - 1] >= 0 && actor_[i - 1] < 0 &&
                               known_[i - 1] != nullptr && *known_[i - 1] == code;
        actor_start_[i] = continues ? actor_start_[i - 1] : static_cast<int>(i);
      }
    }
  }

  // 0 codable, 1 sentence discarded, 2 story discarded.
  int Discard() const {
    int worst = 0;
    for (size_t i = 0; i < n_; ++i) worst = std::max(worst, coder_.actors().FindDiscard(toks_, i));
    return worst;
  }

  // The field's verbs first; then Parley's lexicon for the verbs it lacks,
  // unless a pattern that fired spelled the word out ("+ HOSTING * MAY_DAY").
  void CodeAll(std::vector<CodedEvent>* out) {
    std::vector<size_t> unknown;
    for (uint32_t v = 0; v < n_; ++v) {
      if (!CodeVerb(v, out)) unknown.push_back(v);
    }
    for (size_t v : unknown) {
      if (pattern_words_.count(toks_[v].form) != 0) continue;
      if (const Trigger* trigger = LexiconVerb(v); trigger != nullptr) {
        const coding::VerbForm form{{toks_[v].form}, 0, -1, {trigger->cameo, ""}};
        const coding::VerbBlock block{"lexicon " + trigger->rule, form.code, {}};
        CodeForm(v, form, block, out);
      }
    }
  }

 private:
  const nlp::Token& Tok(size_t i) const { return doc_.tokens[begin_ + i]; }

  int Child(size_t h, std::string_view rel) const {
    for (int c : children_[h]) {
      if (Rel(Tok(c), rel)) return c;
    }
    return -1;
  }

  // ---- actors ----

  // Each actor code with every agent of its phrase, in order: "NGO~" goes
  // before ("MSF Arnor diplomat" -> NGOARNGOV), "~GOV" after unless the code
  // already ends with it ("Washington officials" -> USAGOV).
  static void Combine(const std::vector<std::string>& actors, const std::vector<int>& agents,
                      const coding::ActorDictionary& dict, std::vector<std::string>* out) {
    for (const std::string& actor : actors) {
      std::string a = actor;
      for (int agent : agents) {
        const std::string& code = dict.AgentCode(agent);
        if (dict.AgentIsPrefix(agent)) {
          std::string prefixed = code;
          if (a != "---") prefixed += a;
          a = std::move(prefixed);
        } else if (a.size() < code.size() ||
                   a.compare(a.size() - code.size(), code.size(), code) != 0) {
          a += code;
        }
      }
      out->push_back(a);
    }
  }

  // Tokens of the phrase headed by `h` (its modifiers, not its clauses,
  // conjuncts or prepositional phrases), in text order.
  void OwnPhrase(size_t h, std::vector<int>* out) const {
    if (out->size() > n_) return;  // a cyclic parse
    out->push_back(static_cast<int>(h));
    for (int c : children_[h]) {
      const nlp::Token& t = Tok(c);
      if (Rel(t, "compound") || Rel(t, "amod") || Rel(t, "flat") || Rel(t, "det") ||
          Rel(t, "nummod") || t.deprel == "nmod:poss" || Rel(t, "fixed")) {
        OwnPhrase(c, out);
      }
    }
  }

  // Adds the run of name and noun words around `h` ("Bree Prime Minister
  // Romendacil"), which a parser often splits into several heads.
  void Chunk(size_t h, std::vector<int>* out) const {
    auto nominal = [&](size_t t) {
      const nlp::Upos u = Tok(t).upos;
      return u == nlp::Upos::kPropn || u == nlp::Upos::kNoun || u == nlp::Upos::kAdj ||
             toks_[t].form == "'S";
    };
    if (!nominal(h)) return;
    for (size_t t = h; t > 0 && nominal(t - 1); --t) out->push_back(static_cast<int>(t - 1));
    for (size_t t = h + 1; t < n_ && nominal(t); ++t) out->push_back(static_cast<int>(t));
    std::sort(out->begin(), out->end());
    out->erase(std::unique(out->begin(), out->end()), out->end());
  }

  // The actor codes of the noun phrase headed by `h`, its conjuncts included.
  std::vector<std::string> PhraseCodes(size_t h, int depth = 0) const {
    std::vector<std::string> out;
    if (depth > 4) return out;
    std::vector<int> own;
    OwnPhrase(h, &own);
    Chunk(h, &own);
    std::sort(own.begin(), own.end());
    int actor_tok = -1, known_tok = -1;
    std::vector<int> agent;  // the agents of the phrase, each once, in order
    for (int t : own) {
      if (actor_tok < 0 && actor_[t] >= 0) actor_tok = t;
      if (known_tok < 0 && known_[t] != nullptr) known_tok = t;
      if (agent_[t] >= 0 && std::find(agent.begin(), agent.end(), agent_[t]) == agent.end()) {
        agent.push_back(agent_[t]);
      }
    }
    const coding::ActorDictionary& dict = coder_.actors();
    if (actor_tok >= 0) {
      Combine(dict.ActorCodes(actor_[actor_tok], date_), agent, dict, &out);
      // "Eriadori and Calenardhon leaders": conjoined country words.
      for (int c : children_[actor_tok]) {
        if (Rel(Tok(c), "conj") && actor_[c] >= 0 && c != static_cast<int>(h)) {
          Combine(dict.ActorCodes(actor_[c], date_), agent, dict, &out);
        }
      }
    } else if (known_tok >= 0) {
      Combine({*known_[known_tok]}, agent, dict, &out);
    } else {
      // "the government of Gondor", "an attack by Osgiliath soldiers".
      for (int c : children_[h]) {
        if (!Rel(Tok(c), "nmod")) continue;
        std::vector<std::string> inner = PhraseCodes(c, depth + 1);
        if (inner.empty()) continue;
        Combine(inner, agent, dict, &out);
        break;
      }
      if (out.empty() && !agent.empty()) Combine({"---"}, agent, dict, &out);
    }
    for (int c : children_[h]) {
      if (!Rel(Tok(c), "conj")) continue;
      for (std::string& code : PhraseCodes(c, depth + 1)) out.push_back(std::move(code));
    }
    return out;
  }

  bool HasActor(size_t t) const { return actor_[t] >= 0 || agent_[t] >= 0 || known_[t] != nullptr; }

  // The head of the noun phrase that token `t` (inside an actor or agent
  // phrase) belongs to: up through modifiers, not through "of"/"with" phrases.
  size_t PhraseHead(size_t t) const {
    size_t h = t;
    for (int guard = 0; guard < 8; ++guard) {
      const nlp::Token& tok = Tok(h);
      if (head_[h] < 0) break;
      if (!(Rel(tok, "compound") || Rel(tok, "amod") || Rel(tok, "flat") ||
            tok.deprel == "nmod:poss" || Rel(tok, "det"))) {
        break;
      }
      h = static_cast<size_t>(head_[h]);
    }
    return h;
  }

  bool IsPronoun(size_t t) const { return Tok(t).upos == nlp::Upos::kPron; }

  // The subject of verb `v`: its own, or that of the verb it is an xcomp or
  // conjunct of. `passive` tells whether it is a passive subject.
  int Subject(size_t v, bool* passive) const {
    size_t cur = v;
    for (int guard = 0; guard < 4; ++guard) {
      for (int c : children_[cur]) {
        const nlp::Token& t = Tok(c);
        if (Rel(t, "nsubj") || Rel(t, "csubj")) {
          // "Gollum was seen to break": the passive is the upper verb's. A verb with a passive
          // auxiliary of its own is passive whatever subject it borrows ("... after a hafling
          // was reported", parsed as an xcomp of the main verb, has no source).
          *passive = (cur == v && t.deprel == "nsubj:pass") || Child(v, "aux:pass") >= 0;
          return c;
        }
      }
      const nlp::Token& t = Tok(cur);
      if (head_[cur] < 0 || !(Rel(t, "xcomp") || Rel(t, "conj"))) break;
      cur = static_cast<size_t>(head_[cur]);
    }
    return -1;
  }

  // The codes of the subject `s`; a pronoun takes the subject of a verb above
  // it ("Ethiopia indicated it would act").
  std::vector<std::string> SubjectCodes(int s) const {
    if (s < 0) return {};
    if (!IsPronoun(s)) {
      std::vector<std::string> out = PhraseCodes(s);
      // A parser may split a long compound subject into two subjects of one verb ("Mordor,
      // Rohan, Fornost and Bree welcomed": Mordor and Fornost): every one of them acts.
      if (const int v = head_[s]; v >= 0) {
        for (int c : children_[v]) {
          if (c == s || c > v || !Rel(Tok(c), "nsubj") || IsPronoun(c)) continue;
          // Only a conjunct of a list: a comma or "and" right before its phrase.
          auto joint = [&](int t) {
            return Tok(t).upos == nlp::Upos::kPunct || Tok(t).upos == nlp::Upos::kCconj;
          };
          int l = c;
          while (l > 0 && head_[l - 1] == c && !joint(l - 1)) --l;
          if (l == 0 || !joint(l - 1)) continue;
          for (std::string& code : PhraseCodes(c)) {
            if (std::find(out.begin(), out.end(), code) == out.end())
              out.push_back(std::move(code));
          }
        }
      }
      return out;
    }
    for (int h = head_[s], guard = 0; h >= 0 && guard < 6; h = head_[h], ++guard) {
      bool passive = false;
      int up = head_[h] >= 0 ? Subject(static_cast<size_t>(head_[h]), &passive) : -1;
      if (up >= 0 && up != s && !IsPronoun(up)) return PhraseCodes(up);
    }
    // "He said ...", "They agreed ...": a third-person pronoun with no
    // antecedent in its sentence names the previous sentence's actor.
    const std::string& w = toks_[s].form;
    if (w == "HE" || w == "SHE" || w == "IT" || w == "THEY") return previous_;
    return {};
  }

 public:
  // The actor this sentence is about, for a pronoun in the next one: the
  // subject of its main clause, else the source of its first event.
  std::vector<std::string> MainActor(const std::vector<CodedEvent>& out, size_t first) const {
    for (size_t v = 0; v < n_; ++v) {
      if (head_[v] >= 0) continue;
      bool passive = false;
      const int subj = Subject(v, &passive);
      if (subj < 0 || passive) break;
      std::vector<std::string> codes = SubjectCodes(subj);
      if (!codes.empty()) return codes;
      break;
    }
    if (first < out.size() && !out[first].source.empty()) return {out[first].source};
    return {};
  }

  void SetPrevious(std::vector<std::string> previous) { previous_ = std::move(previous); }

 private:
  // ---- patterns ----

  // Tokens of the clause of `v` after it: its subtree without clauses of
  // their own (adverbial, paratactic, conjoined verbs, relative).
  std::vector<int> PostWindow(size_t v) const {
    std::vector<int> out;
    std::vector<char> seen(n_, 0);
    std::vector<int> stack = {static_cast<int>(v)};
    while (!stack.empty()) {
      int x = stack.back();
      stack.pop_back();
      if (seen[x]) continue;  // a cyclic parse
      seen[x] = 1;
      if (x > static_cast<int>(v)) out.push_back(x);
      for (int c : children_[x]) {
        const nlp::Token& t = Tok(c);
        // Participles inside a noun phrase stay ("memos sent by Bree");
        // relative clauses do not.
        if (Rel(t, "advcl") || Rel(t, "parataxis") || t.deprel == "acl:relcl" ||
            (Rel(t, "conj") && (t.upos == nlp::Upos::kVerb || t.upos == nlp::Upos::kAux)) ||
            Rel(t, "punct")) {
          continue;
        }
        stack.push_back(c);
      }
    }
    std::sort(out.begin(), out.end());
    return out;
  }

  // Length of synset member `words` (or word) matched at window[k..].
  size_t MatchSequence(const std::vector<std::string>& words, const std::vector<int>& window,
                       size_t k, int depth) const {
    size_t at = k;
    for (const std::string& w : words) {
      if (at >= window.size()) return 0;
      if (!w.empty() && w.front() == '&') {
        size_t len = MatchSynset(w, window, at, depth + 1);
        if (len == 0) return 0;
        at += len;
      } else {
        if (toks_[window[at]].form != w) return 0;
        ++at;
      }
    }
    return at - k;
  }

  size_t MatchSynset(const std::string& name, const std::vector<int>& window, size_t k,
                     int depth) const {
    const auto* members = coder_.verbs().Synset(name);
    if (members == nullptr || depth > 4) return 0;
    size_t best = 0;
    for (const auto& m : *members) best = std::max(best, MatchSequence(m, window, k, depth));
    return best;
  }

  struct PatternRoles {
    int source = -1, target = -1;  // token where '$' / '+' matched
    bool compound = false;         // '%' before the verb: a conjoined subject
    bool compound_post = false;    // '%' after the verb: conjoined objects
  };

  // Length matched by element `e` at window[k] (0: no match).
  size_t MatchElement(const PatternElement& e, const std::vector<int>& window, size_t k,
                      PatternRoles* roles) const {
    const int t = window[k];
    switch (e.kind) {
      case K::kWord:
        return toks_[t].form == e.text ? 1 : 0;
      case K::kSynset:
        return MatchSynset(e.text, window, k, 0);
      case K::kAny:
        return 1;
      case K::kSource:
      case K::kTarget: {
        if (!HasActor(t)) return 0;
        (e.kind == K::kSource ? roles->source : roles->target) = t;
        size_t len = 1;
        while (k + len < window.size() && actor_start_[t] >= 0 &&
               actor_start_[window[k + len]] == actor_start_[t])
          ++len;
        return len;
      }
      case K::kCompound:
        return 0;  // zero-width, handled by the caller
    }
    return 0;
  }

  // Elements [i..] of `post` matched from window position k onwards.
  bool MatchPost(const std::vector<PatternElement>& post, size_t i, const std::vector<int>& window,
                 size_t k, PatternRoles* roles) const {
    if (i == post.size()) return true;
    const PatternElement& e = post[i];
    if (e.kind == K::kCompound) {
      roles->compound_post = true;
      return MatchPost(post, i + 1, window, k, roles);
    }
    const size_t last = e.joined ? k + 1 : std::min(window.size(), k + 1 + kGap);
    for (size_t j = k; j < last && j < window.size(); ++j) {
      PatternRoles r = *roles;
      size_t len = MatchElement(e, window, j, &r);
      if (len > 0 && MatchPost(post, i + 1, window, j + len, &r)) {
        *roles = r;
        return true;
      }
    }
    return false;
  }

  // Elements [0..i) of `pre` matched leftwards, the last one ending before
  // window position k (window = the words before the verb, in text order).
  bool MatchPre(const std::vector<PatternElement>& pre, size_t i, const std::vector<int>& window,
                size_t k, PatternRoles* roles) const {
    if (i == 0) return true;
    const PatternElement& e = pre[i - 1];
    if (e.kind == K::kCompound) {
      roles->compound = true;
      return MatchPre(pre, i - 1, window, k, roles);
    }
    const size_t span = e.joined ? 1 : kGap + 1;
    for (size_t back = 1; back <= span && back <= k; ++back) {
      for (size_t start = k - back, tries = 0; tries < 3; ++tries) {
        // An element may cover several words (a synset phrase, an actor):
        // it must end right before `k - back + 1`.
        PatternRoles r = *roles;
        size_t len = MatchElement(e, window, start, &r);
        if (len > 0 && start + len == k - back + 1 && MatchPre(pre, i - 1, window, start, &r)) {
          *roles = r;
          return true;
        }
        if (start == 0) break;
        --start;
      }
    }
    return false;
  }

  // ---- verbs ----

  // The verb form of the dictionary at token `v`, its particles included; -1.
  int FindForm(size_t v) const {
    const nlp::Token& t = Tok(v);
    if (t.upos != nlp::Upos::kVerb && !(t.xpos.size() >= 2 && t.xpos.compare(0, 2, "VB") == 0)) {
      return -1;
    }
    int best = -1;
    size_t best_len = 0;
    // The form first: "LEFT" may be a verb of its own beside "LEAVE".
    for (const std::string* key : {&toks_[v].form, &toks_[v].lemma}) {
      const std::vector<int>* forms = coder_.verbs().FormsFor(*key);
      if (forms == nullptr) continue;
      for (int f : *forms) {
        const coding::VerbForm& vf = coder_.verbs().form(f);
        if (vf.verb > v || v + (vf.words.size() - vf.verb) > n_) continue;
        bool ok = true;
        for (size_t w = 0; w < vf.words.size() && ok; ++w) {
          if (w == vf.verb) continue;
          const CodingToken& o = toks_[v - vf.verb + w];
          ok = o.form == vf.words[w] || o.lemma == vf.words[w];
        }
        if (ok && (best < 0 || vf.words.size() > best_len)) {
          best = f;
          best_len = vf.words.size();
        }
      }
    }
    return best;
  }

  // Parley's trigger lexicon at verb `v`, for the verbs the field's
  // dictionary lacks (CAMEO.2.0 has no "urge"): a verbal, directed or
  // symmetric trigger whose words start at `v`; nullptr when none.
  const Trigger* LexiconVerb(size_t v) {
    const nlp::Token& t = Tok(v);
    if (t.upos != nlp::Upos::kVerb) return nullptr;
    if (surface_.empty()) {
      Tokenize(doc_.text, Tok(0).begin, Tok(n_ - 1).end, &surface_);
      if (surface_.empty()) surface_.push_back({});  // nothing to match; tokenized once
    }
    const auto at = std::partition_point(surface_.begin(), surface_.end(),
                                         [&](const Token& s) { return s.begin < t.begin; });
    if (at == surface_.end() || at->begin != t.begin) return nullptr;
    size_t length = 0;
    const Trigger* trigger =
        (options_.lexicon ? *options_.lexicon : Lexicon::BuiltIn())
            .Match(surface_, static_cast<size_t>(at - surface_.begin()), &length);
    if (trigger == nullptr || (trigger->frame & kVerb) == 0 || (trigger->frame & kWeak) != 0 ||
        (trigger->frame & (kTarget | kMeet)) == 0 || trigger->cameo.empty()) {
      return nullptr;
    }
    return trigger;
  }

  // Codes verb `v` by the field's dictionary; false when it has no such verb.
  bool CodeVerb(size_t v, std::vector<CodedEvent>* out) {
    const int f = FindForm(v);
    if (f < 0) return false;
    const coding::VerbForm& form = coder_.verbs().form(f);
    CodeForm(v, form, coder_.verbs().block(form.block), out);
    return true;
  }

  void CodeForm(size_t v, const coding::VerbForm& form, const coding::VerbBlock& block,
                std::vector<CodedEvent>* out) {
    const size_t last_word = v + (form.words.size() - 1 - form.verb);

    std::vector<int> post;
    for (int t : PostWindow(v)) {
      if (t > static_cast<int>(last_word)) post.push_back(t);
    }
    const int before = static_cast<int>(v - form.verb);  // the words before the verb's form
    std::vector<int> pre;
    pre.reserve(static_cast<size_t>(std::max(0, before)));
    for (int t = 0; t < before; ++t) pre.push_back(t);

    bool passive = false;
    const int subj = Subject(v, &passive);
    const bool compound_subject = subj >= 0 && Child(subj, "conj") >= 0;
    bool compound_object = false;
    for (int t : post) compound_object |= Rel(Tok(t), "conj") && Tok(t).upos != nlp::Upos::kVerb;

    const VerbPattern* fired = nullptr;
    PatternRoles roles;
    for (const VerbPattern& p : block.patterns) {
      PatternRoles r;
      if (!MatchPost(p.post, 0, post, 0, &r)) continue;
      if (!MatchPre(p.pre, p.pre.size(), pre, pre.size(), &r)) continue;
      if ((r.compound && !compound_subject) || (r.compound_post && !compound_object)) continue;
      fired = &p;
      for (const auto* side : {&p.pre, &p.post}) {
        for (const PatternElement& e : *side) {
          if (e.kind == K::kWord) pattern_words_.insert(e.text);
        }
      }
      roles = r;
      break;
    }
    coding::EventCode code = fired ? fired->code : form.code;
    if (code.none()) return;

    // Factuality: a negated or conditional clause is no event unless the
    // pattern spoke of the negation.
    bool negated = false, conditional = false, future = false;
    std::string modality;
    for (int c : children_[v]) {
      const nlp::Token& t = Tok(c);
      if ((Rel(t, "advmod") || t.deprel == "neg") && IsNegation(toks_[c])) negated = true;
      if (Rel(t, "mark") && toks_[c].form == "IF") conditional = true;
      if (Rel(t, "aux")) {
        const std::string& l = toks_[c].lemma.empty() ? toks_[c].form : toks_[c].lemma;
        if (l == "MAY" || l == "MIGHT" || l == "COULD" || l == "WOULD" || l == "SHOULD") {
          modality = "possible";
        }
        if (l == "WILL" || l == "SHALL" || l == "WOULD") future = true;
      }
    }
    if (fired != nullptr) {
      for (const PatternElement& e : fired->pre) {
        if (e.kind == K::kWord && (e.text == "NOT" || e.text == "N'T" || e.text == "NEVER" ||
                                   e.text == "NO" || e.text == "NEITHER")) {
          negated = false;
        }
        if (e.kind == K::kSynset) negated = false;
      }
    }
    if (negated || conditional) return;
    // An action announced for the future is, in CAMEO, the intent or the
    // threat of it ("will visit Albania" 036, "would blockade Paris" 138),
    // unless the pattern spoke of the future itself.
    if (future && options_.future_as_intent) {
      bool spoken = false;
      if (fired != nullptr) {
        for (const PatternElement& e : fired->pre)
          spoken |= e.kind == K::kWord || e.kind == K::kSynset;
      }
      if (!spoken) {
        code.forward = IntentOf(code.forward);
        code.reverse = IntentOf(code.reverse);
      }
    }

    std::vector<std::string> sources, targets;
    if (roles.source >= 0) sources = PhraseCodes(PhraseHead(roles.source));
    if (roles.target >= 0) targets = PhraseCodes(PhraseHead(roles.target));
    const bool placed_source = roles.source >= 0, placed_target = roles.target >= 0;
    std::vector<std::string> subject_codes = SubjectCodes(subj);
    if (passive) {
      int agent = -1;
      for (int c : children_[v]) {
        const nlp::Token& t = Tok(c);
        if (t.deprel == "obl:agent" ||
            (Rel(t, "obl") && Child(c, "case") >= 0 && toks_[Child(c, "case")].form == "BY")) {
          agent = c;
        }
      }
      if (!placed_source && agent >= 0) sources = PhraseCodes(agent);
      if (!placed_target) targets = subject_codes;
    } else {
      if (!placed_source && !(placed_target && subj >= 0 && roles.target == subj)) {
        sources = subject_codes;
      }
      if (!placed_target) {
        // As PETRARCH: the first actor after the verb in its clause, an
        // embedded one included ("X said Y ...": the statement targets Y).
        for (int t : post) {
          if (!HasActor(t) || IsPronoun(t)) continue;
          if (roles.source >= 0 && PhraseHead(t) == PhraseHead(roles.source)) continue;
          targets = PhraseCodes(PhraseHead(t));
          if (!targets.empty()) break;
        }
      }
    }

    std::string rule = block.name + (fired ? ": " + fired->text : " (default)");
    auto emit = [&](const std::string& s, const std::string& t, const std::string& c) {
      if (c.empty()) return;
      if (options_.require_dyad && (s.empty() || t.empty())) return;
      if (s == t) return;
      CodedEvent e;
      e.source = s;
      e.target = t;
      e.cameo = c;
      e.sentence = sentence_;
      e.verb = static_cast<int32_t>(begin_ + v);
      e.modality = modality;
      e.rule = rule;
      out->push_back(std::move(e));
    };
    if (roles.compound && targets.empty() && sources.size() > 1) {
      // "% *": the conjoined subjects act on each other.
      for (const std::string& a : sources) {
        for (const std::string& b : sources) emit(a, b, code.forward);
      }
      return;
    }
    for (const std::string& s : sources) {
      for (const std::string& t : targets) {
        emit(s, t, code.forward);
        emit(t, s, code.reverse);
      }
    }
    if (!options_.require_dyad && targets.empty()) {
      for (const std::string& s : sources) emit(s, "", code.forward);
    }
  }

  const Coder& coder_;
  const CoderOptions& options_;
  const nlp::Document& doc_;
  uint32_t sentence_;
  int32_t date_;
  uint32_t begin_ = 0;
  size_t n_ = 0;
  std::vector<CodingToken> toks_;
  std::vector<int> head_;
  std::vector<std::vector<int>> children_;
  std::vector<int> actor_, actor_start_, agent_;
  std::vector<const std::string*> known_;  // the caller's actor code of a word, or null
  std::vector<Token> surface_;             // the sentence as the trigger lexicon reads it
  std::set<std::string> pattern_words_;    // the words of the patterns that fired
  std::vector<std::string> previous_;      // the previous sentence's actor (pronouns)
};

std::string ReadFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw Error(ErrorCode::kInvalidArgument, "cannot read " + p.string());
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

std::unique_ptr<Coder> Coder::Load(const std::filesystem::path& dir, const CoderOptions& options) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    throw Error(ErrorCode::kInvalidArgument, "coding dir not found: " + dir.string());
  }
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  // Parley's own additions go after the field's, whose entries win a tie.
  if (!options.supplement_dir.empty() && fs::is_directory(options.supplement_dir, ec)) {
    std::vector<fs::path> extra;
    for (const auto& entry : fs::directory_iterator(options.supplement_dir)) {
      if (entry.is_regular_file()) extra.push_back(entry.path());
    }
    std::sort(extra.begin(), extra.end());
    files.insert(files.end(), extra.begin(), extra.end());
  }
  coding::VerbDictionary verbs;
  coding::ActorDictionary actors;
  bool have_verbs = false;
  for (const fs::path& p : files) {
    const std::string name = p.filename().string();
    const std::string upper = coding::Upper(name);
    if (upper.size() < 4 || upper.compare(upper.size() - 4, 4, ".TXT") != 0) continue;
    if (upper.find("VERBS") != std::string::npos || upper.rfind("CAMEO", 0) == 0) {
      verbs.Load(ReadFile(p), name);
      have_verbs = true;
    } else if (upper.find("ACTORS") != std::string::npos) {
      actors.AddActors(ReadFile(p), name);
    } else if (upper.find("AGENTS") != std::string::npos) {
      actors.AddAgents(ReadFile(p));
    } else if (upper.find("DISCARD") != std::string::npos) {
      actors.AddDiscards(ReadFile(p));
    } else if (upper.find("ISSUE") != std::string::npos) {
      actors.AddIssues(ReadFile(p));
    }
  }
  if (!have_verbs) {
    throw Error(ErrorCode::kInvalidArgument, "no verb dictionary in " + dir.string());
  }
  return std::make_unique<Coder>(std::move(verbs), std::move(actors), options);
}

std::vector<CodedEvent> Coder::Code(const nlp::Document& doc, int32_t date,
                                    const std::vector<std::string>* known_actors) const {
  std::vector<CodedEvent> out;
  std::vector<std::string> previous;  // the actor of the sentence before
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    auto sc = std::make_unique<SentenceCoder>(*this, options_, doc, s, date, known_actors);
    const int discard = sc->Discard();
    if (discard == 2) return {};
    if (discard == 1) {
      previous.clear();
      continue;
    }
    sc->SetPrevious(std::move(previous));
    const size_t first = out.size();
    sc->CodeAll(&out);
    previous = sc->MainActor(out, first);
  }
  // One event per (source, target, code) in a sentence.
  std::set<std::tuple<uint32_t, std::string, std::string, std::string>> seen;
  std::vector<CodedEvent> unique;
  for (CodedEvent& e : out) {
    if (seen.insert({e.sentence, e.source, e.target, e.cameo}).second) {
      unique.push_back(std::move(e));
    }
  }
  return unique;
}

}  // namespace parley::extract
