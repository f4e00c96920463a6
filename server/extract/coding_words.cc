// Shared pieces of the PETRARCH2 dictionary formats; see coding_words.h.
#include "extract/coding_words.h"

#include <algorithm>
#include <cctype>

#include "extract/dates.h"

namespace parley::extract::coding {

namespace {
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}
}  // namespace

std::string_view StripComment(std::string_view line) {
  std::string_view t = Trim(line);
  if (!t.empty() && t.front() == '<') return {};
  // A '#' inside a code block ("[###]") is a code, not a comment.
  int depth = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '[') ++depth;
    if (t[i] == ']' && depth > 0) --depth;
    if (t[i] == '#' && depth == 0) {
      t = t.substr(0, i);
      break;
    }
  }
  return Trim(t);
}

std::vector<std::string_view> Lines(std::string_view text) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    out.push_back(text.substr(pos, nl - pos));
    pos = nl + 1;
  }
  return out;
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::vector<PhraseWord> SplitPhrase(std::string_view phrase) {
  std::vector<PhraseWord> words;
  std::string cur;
  bool joined = false;  // the separator before `cur` was '_'
  bool next_joined = false;
  auto flush = [&](bool underscore_after) {
    if (cur.empty()) return;
    words.push_back({Upper(cur), joined, underscore_after});
    cur.clear();
  };
  for (char c : phrase) {
    if (c == '_') {
      flush(true);
      next_joined = true;
      joined = true;
    } else if (IsSpace(c)) {
      // "KNOWN_ *": a trailing '_' still glues the next word.
      const bool glued = cur.empty() && next_joined;
      flush(false);
      next_joined = glued;
      joined = false;
    } else {
      if (cur.empty()) joined = next_joined && !words.empty();
      cur.push_back(c);
    }
  }
  flush(false);
  return words;
}

std::vector<std::string_view> PhraseAndBraced(std::string_view body) {
  std::vector<std::string_view> out;
  const size_t brace = body.find('{');
  out.push_back(body.substr(0, brace));
  if (brace == std::string_view::npos) return out;
  const size_t end = body.find('}', brace);
  std::string_view inside = body.substr(
      brace + 1, end == std::string_view::npos ? std::string_view::npos : end - brace - 1);
  while (!inside.empty()) {
    size_t sp = inside.find_first_of(" \t");
    if (sp == std::string_view::npos) sp = inside.size();
    if (sp > 0) out.push_back(inside.substr(0, sp));
    inside.remove_prefix(std::min(inside.size(), sp + 1));
  }
  return out;
}

bool SplitCode(std::string_view line, std::string_view* body, std::string_view* code) {
  *body = line;
  *code = {};
  const size_t open = line.find('[');
  if (open == std::string_view::npos) return true;
  const size_t close = line.find(']', open);
  if (close == std::string_view::npos) return false;
  *body = line.substr(0, open);
  *code = line.substr(open + 1, close - open - 1);
  return true;
}

int32_t ParseDictDate(std::string_view s) {
  s = Trim(s);
  if (!AllDigits(s)) return -1;
  if (s.size() == 8) return std::stoi(std::string(s));
  if (s.size() != 6) return -1;
  int yy = std::stoi(std::string(s.substr(0, 2)));
  int rest = std::stoi(std::string(s.substr(2)));
  return (yy < 30 ? 2000 + yy : 1900 + yy) * 10000 + rest;
}

int32_t ParseDocumentDate(std::string_view s) {
  const CivilDate c = ParsePublished(s);
  if (!c.valid()) return 0;
  const CivilDate day = Midpoint(c);  // a year's or a month's actors: those of its middle
  return day.y * 10000 + day.m * 100 + day.d;
}

}  // namespace parley::extract::coding
