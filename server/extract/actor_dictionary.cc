// Readers and lookups of the PETRARCH2 actor, agent, discard and issue
// dictionaries; see actor_dictionary.h for the formats.
#include "extract/actor_dictionary.h"

#include <algorithm>
#include <cctype>

#include "base/error.h"
#include "extract/coding_words.h"

namespace parley::extract::coding {

namespace {

constexpr size_t kStemMin = 5;  // shortest word that also matches as a prefix

[[noreturn]] void Bad(std::string_view name, size_t line, std::string_view what) {
  throw Error(ErrorCode::kInvalidArgument,
              std::string(name) + ":" + std::to_string(line) + ": " + std::string(what));
}

bool WordMatches(const std::string& word, bool exact, const std::string& token) {
  if (token == word) return true;
  return !exact && word.size() >= kStemMin && token.size() > word.size() &&
         token.compare(0, word.size(), word) == 0;
}

}  // namespace

void ActorDictionary::PhraseIndex::Add(Phrase p) {
  if (p.words.empty()) return;
  const Word& first = p.words.front();
  auto& bucket = (!first.exact && first.text.size() >= kStemMin) ? by_stem[first.text.substr(0, 4)]
                                                                 : exact[first.text];
  auto at = std::find_if(bucket.begin(), bucket.end(),
                         [&](const Phrase& q) { return q.words.size() < p.words.size(); });
  bucket.insert(at, std::move(p));
}

PhraseMatch ActorDictionary::PhraseIndex::Find(const std::vector<CodingToken>& tokens, size_t i,
                                               bool lemma) const {
  PhraseMatch best;
  auto try_bucket = [&](const std::vector<Phrase>* bucket) {
    if (bucket == nullptr) return;
    for (const Phrase& p : *bucket) {
      if (p.words.size() <= best.length || i + p.words.size() > tokens.size()) continue;
      bool ok = true;
      for (size_t k = 0; k < p.words.size() && ok; ++k) {
        const CodingToken& t = tokens[i + k];
        ok = WordMatches(p.words[k].text, p.words[k].exact, t.form) ||
             (lemma && !t.lemma.empty() && t.lemma == p.words[k].text);
      }
      if (ok) best = {p.words.size(), p.entry};
    }
  };
  const CodingToken& t = tokens[i];
  if (auto it = exact.find(t.form); it != exact.end()) try_bucket(&it->second);
  if (lemma && t.lemma != t.form) {
    if (auto it = exact.find(t.lemma); it != exact.end()) try_bucket(&it->second);
  }
  if (t.form.size() >= 4) {
    if (auto it = by_stem.find(t.form.substr(0, 4)); it != by_stem.end()) try_bucket(&it->second);
  }
  return best;
}

namespace {

// "HOB", "HOBGOV 19950601 - 19990815", "HOB < 950601", "HOBREB > 990816".
template <typename DatedCode>
bool ParseCodeBlock(std::string_view inside, std::vector<DatedCode>* out) {
  std::string s(inside);
  size_t sp = s.find_first_of(" \t<>");
  std::string code = s.substr(0, sp);
  std::string rest = sp == std::string::npos ? "" : s.substr(sp);
  rest.erase(std::remove_if(rest.begin(), rest.end(), [](char c) { return c == ' ' || c == '\t'; }),
             rest.end());
  DatedCode dc;
  if (!rest.empty()) {
    dc.restricted = true;
    if (rest[0] == '<') {
      dc.to = ParseDictDate(rest.substr(1)) - 1;
      if (dc.to < 0) return false;
    } else if (rest[0] == '>') {
      dc.from = ParseDictDate(rest.substr(1));
      if (dc.from < 0) return false;
    } else {
      size_t dash = rest.find('-');
      if (dash == std::string::npos) return false;
      dc.from = ParseDictDate(rest.substr(0, dash));
      dc.to = ParseDictDate(rest.substr(dash + 1));
      if (dc.from < 0 || dc.to < 0) return false;
    }
  }
  // "[ELR/GAL]": several actors under one phrase.
  size_t start = 0;
  while (start <= code.size()) {
    size_t slash = code.find('/', start);
    if (slash == std::string::npos) slash = code.size();
    DatedCode one = dc;
    one.code = Upper(code.substr(start, slash - start));
    if (!one.code.empty()) out->push_back(one);
    start = slash + 1;
  }
  return true;
}

}  // namespace

void ActorDictionary::AddActors(std::string_view text, std::string_view name) {
  int current = -1;
  size_t line_no = 0;
  for (std::string_view raw : Lines(text)) {
    ++line_no;
    std::string_view line = StripComment(raw);
    if (line.empty()) continue;
    if (line.front() == '[') {  // a code line of the current actor
      size_t close = line.find(']');
      if (current < 0 || close == std::string_view::npos) Bad(name, line_no, "stray code block");
      // A date the file gets wrong ("9008223") loses that one code, not the file.
      if (!ParseCodeBlock(line.substr(1, close - 1), &actors_[current].codes)) ++skipped_codes_;
      continue;
    }
    const bool synonym = line.front() == '+';
    if (synonym) line.remove_prefix(1);
    std::string_view phrase, block;
    if (!SplitCode(line, &phrase, &block)) Bad(name, line_no, "unclosed code block");
    if (!synonym || current < 0) {
      current = static_cast<int>(actors_.size());
      actors_.emplace_back();
    }
    if (!block.empty() && !ParseCodeBlock(block, &actors_[current].codes)) ++skipped_codes_;
    Phrase p;
    for (const PhraseWord& w : SplitPhrase(phrase)) p.words.push_back({w.text, w.exact});
    p.entry = current;
    if (!p.words.empty()) {
      actor_index_.Add(std::move(p));
      ++actor_phrases_;
    }
  }
}

std::vector<std::string> ActorDictionary::ActorCodes(int entry, int32_t date) const {
  std::vector<std::string> out;
  const Actor& a = actors_[entry];
  if (date > 0) {
    // The first restriction that holds, with every code it names ("[A/B]").
    for (size_t k = 0; k < a.codes.size(); ++k) {
      const DatedCode& c = a.codes[k];
      if (!c.restricted || date < c.from || date > c.to) continue;
      for (size_t j = k; j < a.codes.size() && a.codes[j].restricted && a.codes[j].from == c.from &&
                         a.codes[j].to == c.to;
           ++j) {
        out.push_back(a.codes[j].code);
      }
      return out;
    }
  }
  for (const DatedCode& c : a.codes) {
    if (!c.restricted) out.push_back(c.code);
  }
  if (out.empty() && date <= 0) {
    // No date to choose with: the last restricted code (the most recent).
    if (!a.codes.empty()) out.push_back(a.codes.back().code);
  }
  return out;
}

PhraseMatch ActorDictionary::FindActor(const std::vector<CodingToken>& tokens, size_t i) const {
  return actor_index_.Find(tokens, i, false);
}

void ActorDictionary::AddAgents(std::string_view text) {
  std::unordered_map<std::string, std::vector<std::string>> subs;  // "!PERSON!" -> words
  for (std::string_view raw : Lines(text)) {
    std::string_view line = StripComment(raw);
    if (line.empty()) continue;
    if (line.front() == '!') {  // "!PERSON! = MAN, MEN, WOMAN"
      size_t eq = line.find('=');
      if (eq == std::string_view::npos) {
        ++skipped_agents_;
        continue;
      }
      std::string key = Upper(StripComment(line.substr(0, eq)));
      std::vector<std::string>& alts = subs[key];
      std::string_view rest = line.substr(eq + 1);
      size_t start = 0;
      while (start <= rest.size()) {
        size_t comma = rest.find(',', start);
        if (comma == std::string_view::npos) comma = rest.size();
        std::string alt = Upper(StripComment(rest.substr(start, comma - start)));
        if (!alt.empty()) alts.push_back(alt);
        start = comma + 1;
      }
      continue;
    }
    size_t open = line.find('[');
    size_t close = open == std::string_view::npos ? open : line.find(']', open);
    if (close == std::string_view::npos) {  // "ISLAMIC_EXTREMIST", "[~ENV}"
      ++skipped_agents_;
      continue;
    }
    std::string code = Upper(StripComment(line.substr(open + 1, close - open - 1)));
    Agent agent;
    if (!code.empty() && code.back() == '~') {
      agent.prefix = true;
      code.pop_back();
    } else if (!code.empty() && code.front() == '~') {
      code.erase(0, 1);
    } else {
      ++skipped_agents_;
      continue;
    }
    agent.code = code;
    // The phrase and its listed plurals ("{ATTORNEYS_GENERAL}").
    std::string_view head = line.substr(0, open);
    std::vector<std::string> phrases;
    for (std::string_view ph : PhraseAndBraced(head)) phrases.emplace_back(ph);
    // Substitution sets expand into one phrase per alternative.
    for (size_t k = 0; k < phrases.size(); ++k) {
      std::string p = Upper(phrases[k]);
      size_t a = p.find('!');
      size_t b = a == std::string::npos ? a : p.find('!', a + 1);
      if (b == std::string::npos) continue;
      auto it = subs.find(p.substr(a, b - a + 1));
      if (it == subs.end()) {
        ++skipped_agents_;
        phrases[k].clear();
        continue;
      }
      for (const std::string& alt : it->second) {
        phrases.push_back(p.substr(0, a) + alt + p.substr(b + 1));
      }
      phrases[k].clear();
    }
    const int entry = static_cast<int>(agents_.size());
    agents_.push_back(agent);
    for (const std::string& p : phrases) {
      Phrase ph;
      // Whole words (PETRARCH2 makes the regular plurals, which the lemma
      // covers here): a stem would read "DIPLOMATIC" as a "DIPLOMAT".
      for (const PhraseWord& w : SplitPhrase(p)) ph.words.push_back({w.text, true});
      ph.entry = entry;
      agent_index_.Add(std::move(ph));
    }
  }
}

PhraseMatch ActorDictionary::FindAgent(const std::vector<CodingToken>& tokens, size_t i) const {
  return agent_index_.Find(tokens, i, true);
}

void ActorDictionary::AddDiscards(std::string_view text) {
  for (std::string_view raw : Lines(text)) {
    std::string_view line = StripComment(raw);
    if (line.empty()) continue;
    const bool story = line.front() == '+';
    if (story) line.remove_prefix(1);
    Phrase p;
    for (const PhraseWord& w : SplitPhrase(line)) p.words.push_back({w.text, true});
    p.entry = static_cast<int>(discards_.size());
    discards_.push_back(story ? 2 : 1);
    discard_index_.Add(std::move(p));
  }
}

int ActorDictionary::FindDiscard(const std::vector<CodingToken>& tokens, size_t i) const {
  PhraseMatch m = discard_index_.Find(tokens, i, false);
  return m.length == 0 ? 0 : discards_[m.entry];
}

void ActorDictionary::AddIssues(std::string_view text) {
  for (std::string_view raw : Lines(text)) {
    std::string_view line = StripComment(raw);
    // "<ISSUE ...>" headers are stripped as comments; "~phrase" excludes.
    if (line.empty() || line.front() == '~') continue;
    size_t open = line.find('[');
    size_t close = open == std::string_view::npos ? open : line.find(']', open);
    if (close == std::string_view::npos) continue;
    std::string phrase(line.substr(0, open));
    // "n:school" is a noun matched by lemma; "pre+n:school" is "pre-school".
    std::string clean;
    for (size_t k = 0; k < phrase.size(); ++k) {
      if (phrase.compare(k, 2, "n:") == 0 &&
          (k == 0 || !std::isalpha(static_cast<unsigned char>(phrase[k - 1])))) {
        ++k;
        continue;
      }
      clean.push_back(phrase[k] == '+' ? '-' : phrase[k]);
    }
    Phrase p;
    for (const PhraseWord& w : SplitPhrase(clean)) p.words.push_back({w.text, true});
    p.entry = static_cast<int>(issues_.size());
    issues_.push_back(Upper(line.substr(open + 1, close - open - 1)));
    issue_index_.Add(std::move(p));
  }
}

std::string ActorDictionary::FindIssue(const std::vector<CodingToken>& tokens, size_t i) const {
  PhraseMatch m = issue_index_.Find(tokens, i, true);
  return m.length == 0 ? std::string() : issues_[m.entry];
}

}  // namespace parley::extract::coding
