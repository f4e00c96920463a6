// Reader of the PETRARCH2 verb dictionary; see verb_dictionary.h.
#include "extract/verb_dictionary.h"

#include <algorithm>

#include "base/error.h"
#include "extract/coding_words.h"

namespace parley::extract::coding {

namespace {

[[noreturn]] void Bad(std::string_view name, size_t line, std::string_view what) {
  throw Error(ErrorCode::kInvalidArgument,
              std::string(name) + ":" + std::to_string(line) + ": " + std::string(what));
}

// "&PREPOSIT1_" -> "&PREPOSIT1".
std::string SetName(std::string_view s) {
  std::string n = Upper(s);
  while (!n.empty() && n.back() == '_') n.pop_back();
  return n;
}

// "KLM_NOP_+RST" -> {KLM, NOP, RST} with the verb at 2.
VerbForm ParseVerbPhrase(std::string_view phrase) {
  VerbForm f;
  for (const PhraseWord& w : SplitPhrase(phrase)) {
    std::string t = w.text;
    if (!t.empty() && t.front() == '+') {
      t.erase(0, 1);
      f.verb = f.words.size();
    }
    if (!t.empty()) f.words.push_back(t);
  }
  return f;
}

}  // namespace

EventCode ParseEventCode(std::string_view code) {
  std::string c = Upper(code);
  c.erase(std::remove_if(c.begin(), c.end(), [](char ch) { return ch == ' ' || ch == '\t'; }),
          c.end());
  EventCode out;
  size_t colon = c.find(':');
  out.forward = c.substr(0, colon);
  if (colon != std::string::npos) out.reverse = c.substr(colon + 1);
  if (out.forward == "---") out.forward.clear();
  if (out.reverse == "---") out.reverse.clear();
  return out;
}

void VerbDictionary::Load(std::string_view text, std::string_view name) {
  enum class State { kNone, kSynset, kBlock } state = State::kNone;
  std::string synset;
  size_t line_no = 0;
  for (std::string_view raw : Lines(text)) {
    ++line_no;
    std::string_view line = StripComment(raw);
    if (line.empty()) {
      if (state == State::kSynset) state = State::kNone;
      continue;
    }
    if (line.substr(0, 3) == "---") {  // "--- NAME [code] [code2] ---"
      std::string_view inner = line.substr(3);
      size_t open = inner.find('[');
      size_t close = open == std::string_view::npos ? open : inner.find(']', open);
      if (close == std::string_view::npos) Bad(name, line_no, "verb block without a [code]");
      VerbBlock b;
      b.name = SetName(StripComment(inner.substr(0, open)));
      b.code = ParseEventCode(inner.substr(open + 1, close - open - 1));
      blocks_.push_back(std::move(b));
      state = State::kBlock;
      continue;
    }
    if (line.front() == '&') {
      synset = SetName(line);
      synsets_[synset];
      state = State::kSynset;
      continue;
    }
    if (state == State::kSynset && line.front() == '+') {
      std::vector<std::string> member;
      for (const PhraseWord& w : SplitPhrase(line.substr(1))) member.push_back(SetName(w.text));
      if (!member.empty()) synsets_[synset].push_back(std::move(member));
      continue;
    }
    if (state != State::kBlock) continue;  // text outside any block or set
    VerbBlock& block = blocks_.back();
    const int block_index = static_cast<int>(blocks_.size()) - 1;
    // The code in brackets, if any, and the text before it.
    std::string_view body, code;
    if (!SplitCode(line, &body, &code)) Bad(name, line_no, "unclosed [code]");
    if (line.front() == '-') {  // a pattern
      if (code.empty()) Bad(name, line_no, "pattern without a [code]");
      // Brackets read as their words; a '*' glued to a word ("*SCEPTICAL")
      // stands apart.
      std::string flat;
      for (char c : body.substr(1)) {
        if (c == '(' || c == ')' || c == '{' || c == '}') c = ' ';
        if (c == '*' && !flat.empty() && flat.back() != '_' && flat.back() != ' ') flat += ' ';
        if (!flat.empty() && flat.back() == '*' && c != '_' && c != ' ') flat += ' ';
        flat += c;
      }
      VerbPattern p;
      p.code = ParseEventCode(code);
      p.line = static_cast<int>(line_no);
      p.text = std::string(StripComment(line.substr(1)));
      bool seen_verb = false;
      bool prev_pre = false;  // the previous element went to `pre`
      for (const PhraseWord& w : SplitPhrase(flat)) {
        if (w.text == "*") {
          if (w.joined && prev_pre) p.pre.back().joined = true;
          seen_verb = true;
          prev_pre = false;
          continue;
        }
        PatternElement e;
        using K = PatternElement::Kind;
        if (w.text == "$") {
          e.kind = K::kSource;
        } else if (w.text == "+") {
          e.kind = K::kTarget;
        } else if (w.text == "%") {
          e.kind = K::kCompound;
        } else if (w.text == "^") {
          e.kind = K::kAny;
        } else if (w.text.front() == '&') {
          e.kind = K::kSynset;
          e.text = SetName(w.text);
        } else {
          e.text = w.text;
        }
        if (e.kind == K::kWord || e.kind == K::kSynset) ++p.literals;
        if (seen_verb) {
          e.joined = w.joined;
          p.post.push_back(std::move(e));
        } else {
          // Before the verb, `joined` means glued to the next element.
          if (w.joined && prev_pre) p.pre.back().joined = true;
          p.pre.push_back(std::move(e));
          prev_pre = true;
        }
      }
      if (!seen_verb) Bad(name, line_no, "pattern without '*'");
      block.patterns.push_back(std::move(p));
      ++patterns_;
      continue;
    }
    // A verb line: "BREAK { BROKE BROKEN }", "+BREAK_DOWN {+BROKE_DOWN}", "DOWNPLAY [014]".
    const EventCode own = code.empty() ? block.code : ParseEventCode(code);
    const std::vector<std::string_view> phrases = PhraseAndBraced(body);
    for (std::string_view ph : phrases) {
      VerbForm f = ParseVerbPhrase(ph);
      if (f.words.empty()) continue;
      f.block = block_index;
      f.code = own;
      by_word_[f.words[f.verb]].push_back(static_cast<int>(forms_.size()));
      forms_.push_back(std::move(f));
    }
  }
  for (VerbBlock& b : blocks_) {
    std::stable_sort(
        b.patterns.begin(), b.patterns.end(),
        [](const VerbPattern& a, const VerbPattern& c) { return a.literals > c.literals; });
  }
}

const std::vector<int>* VerbDictionary::FormsFor(const std::string& word) const {
  auto it = by_word_.find(word);
  return it == by_word_.end() ? nullptr : &it->second;
}

const std::vector<std::vector<std::string>>* VerbDictionary::Synset(const std::string& name) const {
  auto it = synsets_.find(name);
  return it == synsets_.end() ? nullptr : &it->second;
}

}  // namespace parley::extract::coding
