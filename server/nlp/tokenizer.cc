// The rule tokenizer and sentence splitter (see tokenizer.h for the
// conventions). Text is cut at white space into chunks; a chunk of plain
// letters is one token (or a known contraction), anything else goes through
// SplitChunk: URLs and e-mail addresses whole, opening punctuation peeled
// from the front, closing punctuation from the back (a final period only when
// the word is no abbreviation), clitics split off the end, and the core cut
// at hyphens, slashes and other inner punctuation where the treebank cuts.
// Sentence boundaries are decided afterwards over the token sequence.
#include "nlp/tokenizer.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "nlp/utf8.h"

namespace parley::nlp {

namespace {

// Character classes.
enum : uint16_t {
  kSpace = 1 << 0,
  kNewline = 1 << 1,
  kUpper = 1 << 2,
  kLower = 1 << 3,
  kLetter = 1 << 4,  // any letter, mark or unassigned/invalid byte: word material
  kDigit = 1 << 5,
  kPunct = 1 << 6,
  kSymbol = 1 << 7,
};
constexpr uint16_t kWord = kLetter | kDigit;

struct AsciiTable {
  std::array<uint16_t, 128> cls{};
  constexpr AsciiTable() {
    for (int c = 0; c < 128; ++c) {
      uint16_t v = 0;
      if (c == ' ' || c == '\t' || c == '\v') v = kSpace;
      if (c == '\n' || c == '\r' || c == '\f') v = kSpace | kNewline;
      if (c < 32 && v == 0) v = kSpace;  // other control characters separate words
      if (c == 127) v = kSpace;
      if (c >= 'A' && c <= 'Z') v = kUpper | kLetter;
      if (c >= 'a' && c <= 'z') v = kLower | kLetter;
      if (c >= '0' && c <= '9') v = kDigit;
      if (v == 0) v = kPunct;
      cls[static_cast<size_t>(c)] = v;
    }
  }
};
constexpr AsciiTable kAscii;

uint16_t ClassOf(char32_t cp) {
  if (cp < 128) return kAscii.cls[cp];
  if (cp == kInvalidByte) return kLetter;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
      return kUpper | kLetter;
    case UTF8PROC_CATEGORY_LL:
      return kLower | kLetter;
    case UTF8PROC_CATEGORY_ND:
      return kDigit;
    case UTF8PROC_CATEGORY_ZS:
      return kSpace;
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
      return kSpace | kNewline;
    case UTF8PROC_CATEGORY_CC:
      return cp == 0x85 ? (kSpace | kNewline) : kSpace;
    case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
      return kPunct;
    case UTF8PROC_CATEGORY_SM:
    case UTF8PROC_CATEGORY_SC:
    case UTF8PROC_CATEGORY_SK:
    case UTF8PROC_CATEGORY_SO:
      return kSymbol;
    default:  // other letters, marks, other numbers, format characters, unassigned
      return kLetter;
  }
}

bool IsDoubleQuote(char32_t c) {
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x201F || c == 0xAB ||
         c == 0xBB || c == 0x2039 || c == 0x203A || c == 0xFF02;
}
bool IsSingleQuote(char32_t c) {
  return c == '\'' || c == '`' || c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x201B ||
         c == 0xB4;
}
bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019; }
bool IsOpenBracket(char32_t c) { return c == '(' || c == '[' || c == '{'; }
bool IsCloseBracket(char32_t c) { return c == ')' || c == ']' || c == '}'; }
bool IsDash(char32_t c) {
  return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE58 || c == 0xFF0D;
}
bool IsTerminal(char32_t c) {
  return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x203C || c == 0x2047 ||
         c == 0x2048 || c == 0x2049 || c == 0xFF01 || c == 0xFF1F || c == 0x3002;
}
bool IsCurrency(char32_t c) {
  return c == '$' || c == 0xA3 || c == 0xA5 || c == 0x20AC || c == 0x20BD || c == 0x20B9;
}

char LowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

// Does `s`, lower-cased (ASCII), equal `lower`?
bool EqualsLower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i)
    if (LowerAscii(s[i]) != lower[i]) return false;
  return true;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = LowerAscii(c);
  return out;
}

// One decoded character of a chunk.
struct Char {
  uint32_t b;  // byte offset in the text
  char32_t cp;
  uint16_t cls;
  uint8_t len;
};

// Token flags kept beside the tokens for the sentence splitter.
enum : uint8_t {
  kFlagSpaceBefore = 1 << 0,
  kFlagNewlineBefore = 1 << 1,    // one line break before
  kFlagParagraphBefore = 1 << 2,  // a blank line (two or more breaks) before
  kFlagAbbrev = 1 << 3,           // ends with the period of an abbreviation
  kFlagNoEnd = 1 << 4,            // an abbreviation or initial that does not end sentences
  kFlagBeforeNumber = 1 << 5,     // an abbreviation that never ends before a number
};

// Abbreviation kinds.
enum AbbrevKind : uint8_t { kAbbrNone = 0, kAbbrTitle, kAbbrNumber, kAbbrOther };

// No-apostrophe contractions the treebank splits: word -> length of the
// first part ("dont" -> "do" + "nt").
struct Contraction {
  const char* word;
  int first;
};
constexpr Contraction kContractions[] = {
    {"cannot", 3}, {"gonna", 3},   {"wanna", 3},   {"gotta", 3},    {"dont", 2},   {"cant", 2},
    {"wont", 2},   {"didnt", 3},   {"doesnt", 4},  {"isnt", 2},     {"wasnt", 3},  {"werent", 4},
    {"arent", 3},  {"couldnt", 5}, {"wouldnt", 5}, {"shouldnt", 6}, {"havent", 4}, {"hasnt", 3},
    {"hadnt", 3},  {"aint", 2},    {"im", 1},      {"ive", 1},      {"youre", 3},  {"theyre", 4},
    {"thats", 4},  {"theres", 5},  {"whats", 4},   {"lets", 3},     {"hes", 2},    {"dunno", 2},
    {"lemme", 3},  {"gimme", 3},   {"youve", 3},   {"youll", 3},    {"theyll", 4},
};

// Clitic endings split off a word ("n't" first: "don't" is "do" + "n't").
constexpr const char* kClitics[] = {"n't", "'s", "'m", "'d", "'re", "'ve", "'ll"};

// Abbreviations that keep their period, by kind. Titles never end a
// sentence before a capitalised word; "number" ones never before a number.
constexpr const char* kTitleAbbrevs[] = {
    "Mr",   "Mrs",  "Ms",   "Messrs", "Mmes",  "Dr",   "Prof", "Sen",   "Sens",   "Rep", "Reps",
    "Gov",  "Gen",  "Lt",   "Col",    "Maj",   "Capt", "Cmdr", "Adm",   "Sgt",    "Cpl", "Pvt",
    "Rev",  "Fr",   "Hon",  "Pres",   "Supt",  "Msgr", "St",   "Ste",   "Mt",     "Ft",  "Sr",
    "Gens", "Brig", "Cdr",  "Lieut",  "Atty",  "Amb",  "Sec",  "Insp",  "Det",    "Dir", "Mme",
    "Mlle", "Drs",  "Rt",   "vs",     "v",     "e.g",  "i.e",  "cf",    "viz",    "Jos", "Wm",
    "Chas", "Geo",  "Thos", "Jas",    "Ph.D",  "M.D",  "P.S",  "a.k.a", "approx", "ca",  "attn",
    "Attn", "Pp",   "pp",   "al",     "Assoc",
};
constexpr const char* kNumberAbbrevs[] = {
    "Jan", "Feb", "Mar",  "Apr",  "Jun",  "Jul",  "Aug",   "Sep",  "Sept", "Oct",   "Nov",
    "Dec", "No",  "Nos",  "no",   "nos",  "Vol",  "vol",   "Vols", "p",    "Art",   "art",
    "Fig", "fig", "Figs", "Ch",   "ch",   "Ex",   "Tel",   "tel",  "Ext",  "ext",   "Fax",
    "Ph",  "Mob", "Nr",   "Para", "para", "Sect", "Rs",    "Ps",   "ps",   "Rm",    "Pt",
    "pt",  "Op",  "op",   "Bldg", "Apt",  "Ste",  "Suite", "Tues", "Thur", "Thurs", "Mon",
    "Tue", "Wed", "Thu",  "Fri",  "Sat",  "Sun",
};
constexpr const char* kOtherAbbrevs[] = {
    "etc",   "Inc",   "Corp", "Co",   "Ltd",  "Bros", "Cos",   "Assn",  "Dept", "dept",  "Univ",
    "Inst",  "Intl",  "Jr",   "Esq",  "Ave",  "Blvd", "Rd",    "Hwy",   "Sq",   "Ln",    "Pl",
    "Ct",    "Pkwy",  "est",  "Est",  "govt", "Govt", "misc",  "yrs",   "yr",   "hrs",   "hr",
    "mins",  "mos",   "lb",   "lbs",  "oz",   "ft",   "sq",    "Ala",   "Ariz", "Ark",   "Calif",
    "Colo",  "Conn",  "Fla",  "Ga",   "Ill",  "Kan",  "Kans",  "Ky",    "La",   "Md",    "Mich",
    "Minn",  "Mont",  "Neb",  "Nebr", "Nev",  "Okla", "Ore",   "Pa",    "Penn", "Tenn",  "Tex",
    "Va",    "Vt",    "Wis",  "Wyo",  "Wash", "Mass", "info",  "Info",  "eve",  "Arrv",  "arrv",
    "lv",    "Lv",    "Spec", "Conf", "Cal",  "Mex",  "Sask",  "Ont",   "Que",  "Man",   "Alta",
    "Ass't", "Dist",  "dist", "Ref",  "ref",  "Rev",  "rev",   "Abbr",  "abbr", "Admin", "admin",
    "Dem",   "Repub", "Ind",  "Cmte", "Comm", "Natl", "Nat'l", "Int'l", "Dep",  "Max",   "Min",
    "eg",    "Cie",   "Gr",   "Mfg",  "Mkt",  "Pty",  "Plc",   "Svc",   "Svcs", "Tech",  "Bhd",
    "Mgr",   "Mgmt",  "Asst", "asst", "Coll", "Cty",  "Hosp",  "Sch",   "Soc",
};

// Bound prefixes after which the treebank keeps a hyphenated word whole
// ("e-mail", "non-stop", "anti-American").
constexpr const char* kHyphenPrefixes[] = {
    "e",     "non",   "mid",   "pre",   "anti",   "re",    "post",   "co",    "pro",
    "multi", "ex",    "sub",   "semi",  "cross",  "neo",   "psycho", "socio", "counter",
    "intra", "micro", "macro", "mini",  "over",   "under", "bi",     "tri",   "de",
    "un",    "ultra", "super", "hyper", "pseudo", "quasi", "trans",  "extra", "mis",
    "meta",  "infra", "auto",  "uber",  "cyber",  "geo",   "eco",    "euro",
};

// Elisions that keep a leading apostrophe: "'em", "'90s".
constexpr const char* kElisions[] = {"em",   "til",  "till",  "cause",  "cos",  "n", "tis",
                                     "twas", "bout", "round", "nother", "ello", "ol"};

// Emoticons kept as one token (whole chunk or at the end of one).
constexpr const char* kEmoticons[] = {
    ":-)", ":)",  ":-(", ":(",  ";-)", ";)",  ":-D", ":D",  ":-P", ":P", ":p",
    ":-p", ":-/", ":/",  ":'(", ":o",  ":O",  "=)",  "=(",  "=D",  "<3", "</3",
    "^_^", "^^",  "-_-", "XD",  ":-|", ":|",  ";-(", "(:",  ":-*", ":*", ">:(",
    "8)",  "8-)", ":]",  ":[",  "B-)", "O_o", "T_T", ":-O", ":-o", ";D", ":3",
};

// Capitalised words that usually start a sentence: a period after an
// abbreviation ends the sentence when one of these follows.
constexpr const char* kSentenceStarters[] = {
    "The",         "A",         "An",        "He",        "She",          "It",          "They",
    "We",          "I",         "You",       "This",      "That",         "These",       "Those",
    "There",       "In",        "On",        "At",        "But",          "And",         "Or",
    "However",     "If",        "When",      "As",        "For",          "His",         "Her",
    "Its",         "Their",     "Our",       "My",        "What",         "Why",         "How",
    "Who",         "Where",     "After",     "Before",    "Since",        "So",          "Yet",
    "Also",        "Meanwhile", "Some",      "Many",      "Most",         "All",         "Now",
    "Then",        "Today",     "Yesterday", "While",     "Although",     "Under",       "During",
    "With",        "Without",   "Thanks",    "Please",    "Our",          "Your",        "Here",
    "Still",       "Such",      "Each",      "Every",     "Both",         "Neither",     "Nor",
    "Not",         "One",       "Another",   "Other",     "Instead",      "Indeed",      "Moreover",
    "Furthermore", "Thus",      "Hence",     "Therefore", "Nevertheless", "Nonetheless", "Finally",
    "First",       "Second",    "Third",
};

// A set of short strings with a small value each, looked up by string_view
// without building a string.
class WordSet {
 public:
  void Add(std::string_view w, uint8_t value = 1) { map_[std::string(w)] = value; }
  uint8_t Get(std::string_view w) const {
    auto it = map_.find(w);
    return it == map_.end() ? 0 : it->second;
  }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, uint8_t, Hash, std::equal_to<>> map_;
};

}  // namespace

struct Tokenizer::Rules {
  WordSet abbrevs;       // word without its final period -> AbbrevKind
  WordSet caps_abbrevs;  // all-caps spellings of titles, months and company words
  WordSet prefixes;      // hyphen prefixes (lower case)
  WordSet elisions;      // lower case
  WordSet starters;      // sentence starters
  WordSet emoticons;
  WordSet contractions;  // lower case -> first part length
  // (length, first letter, last letter) of every contraction: most words
  // are ruled out without hashing.
  std::array<uint32_t, 9 * 26> contraction_shape{};

  bool MayBeContraction(std::string_view w) const {
    const int first = LowerAscii(w.front()) - 'a', last = LowerAscii(w.back()) - 'a';
    if (first < 0 || first >= 26 || last < 0 || last >= 26) return false;
    return (contraction_shape[w.size() * 26 + static_cast<size_t>(first)] >> last) & 1;
  }

  Rules() {
    for (const char* a : kTitleAbbrevs) abbrevs.Add(a, kAbbrTitle);
    for (const char* a : kNumberAbbrevs) abbrevs.Add(a, kAbbrNumber);
    for (const char* a : kOtherAbbrevs)
      if (!abbrevs.Get(a)) abbrevs.Add(a, kAbbrOther);
    auto caps = [&](const char* const* list, size_t n, uint8_t kind) {
      for (size_t i = 0; i < n; ++i) {
        std::string u(list[i]);
        if (u.size() < 2 || !(u[0] >= 'A' && u[0] <= 'Z')) continue;
        for (char& c : u)
          if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
        caps_abbrevs.Add(u, kind);
      }
    };
    caps(kTitleAbbrevs, std::size(kTitleAbbrevs), kAbbrTitle);
    for (const char* a : {"JAN", "FEB", "AUG", "SEPT", "OCT", "NOV", "DEC"})
      caps_abbrevs.Add(a, kAbbrNumber);
    for (const char* a : {"INC", "CORP", "LTD", "CO", "BROS", "JR"})
      caps_abbrevs.Add(a, kAbbrOther);
    for (const char* p : kHyphenPrefixes) prefixes.Add(p);
    for (const char* e : kElisions) elisions.Add(e);
    for (const char* s : kSentenceStarters) starters.Add(s);
    for (const char* e : kEmoticons) emoticons.Add(e);
    for (const auto& c : kContractions) {
      contractions.Add(c.word, static_cast<uint8_t>(c.first));
      const std::string_view w = c.word;
      contraction_shape[w.size() * 26 + static_cast<size_t>(w.front() - 'a')] |=
          1u << (w.back() - 'a');
    }
  }
};

using Rules = Tokenizer::Rules;

namespace {

// Scratch state of one Process() call.
struct Work {
  const Rules& impl;
  std::string_view text;
  std::vector<Token>* tokens;
  std::vector<uint8_t> flags;                       // per token
  std::vector<std::pair<uint32_t, uint32_t>> mwts;  // token ranges of split words
  std::vector<Char> chars;                          // the chunk being split
  uint8_t pending_flags = 0;                        // for the next token emitted
  uint32_t chunk_cp = 0;                            // code-point offset of the chunk being split

  // Appends the token of bytes [b, e) and code points [cb, ce); tokens come
  // in text order, so the previous one's space_after is known here.
  void Emit(uint32_t b, uint32_t e, uint32_t cb, uint32_t ce, uint8_t extra = 0) {
    if (!tokens->empty()) tokens->back().space_after = tokens->back().end != b;
    Token& t = tokens->emplace_back();
    t.begin = b;
    t.end = e;
    t.cp_begin = cb;
    t.cp_end = ce;
    t.form.assign(text.data() + b, e - b);
    flags.push_back(static_cast<uint8_t>(pending_flags | extra));
    pending_flags = 0;
  }
  // Chars [lo, hi) of the chunk as one token.
  void EmitChars(size_t lo, size_t hi, uint8_t extra = 0) {
    if (lo >= hi) return;
    Emit(chars[lo].b, chars[hi - 1].b + chars[hi - 1].len, chunk_cp + static_cast<uint32_t>(lo),
         chunk_cp + static_cast<uint32_t>(hi), extra);
  }
  std::string_view Slice(size_t lo, size_t hi) const {
    if (lo >= hi) return {};
    return text.substr(chars[lo].b, chars[hi - 1].b + chars[hi - 1].len - chars[lo].b);
  }
  bool Is(size_t i, char32_t c) const { return chars[i].cp == c; }
  bool WordAt(size_t i) const { return (chars[i].cls & kWord) != 0; }
  bool AllClass(size_t lo, size_t hi, uint16_t mask) const {
    for (size_t i = lo; i < hi; ++i)
      if (!(chars[i].cls & mask)) return false;
    return true;
  }

  void SplitChunk(size_t lo, size_t hi);
  bool SplitUrl(size_t lo, size_t hi);
  void SplitCore(size_t lo, size_t hi);
  void SplitInner(size_t lo, size_t hi);
  void SplitHyphenated(size_t lo, size_t hi);
  bool DigitSlashWhole(size_t lo, size_t hi) const;
  size_t UnitSuffix(size_t lo, size_t hi) const;
  uint8_t AbbrevFlags(size_t lo, size_t hi) const;
  size_t EmoticonSuffix(size_t lo, size_t hi) const;
  bool ContractionSplit(size_t lo, size_t hi);
};

// Length of a run of characters equal to chars[i] (or satisfying `same`).
template <typename F>
size_t RunFrom(const std::vector<Char>& chars, size_t i, size_t hi, F same) {
  size_t j = i;
  while (j < hi && same(chars[j].cp)) ++j;
  return j - i;
}
template <typename F>
size_t RunTo(const std::vector<Char>& chars, size_t lo, size_t hi, F same) {
  size_t j = hi;
  while (j > lo && same(chars[j - 1].cp)) --j;
  return hi - j;
}

// Is [lo, hi) a URL or an e-mail address (after stripping what encloses it)?
bool LooksLikeUrl(std::string_view s) {
  if (s.find("://") != std::string_view::npos) return true;
  if (s.size() > 4 && (s.substr(0, 4) == "www." || s.substr(0, 4) == "WWW.")) return true;
  if (s.size() > 7 && EqualsLower(s.substr(0, 7), "mailto:")) return true;
  const size_t at = s.find('@');
  if (at != std::string_view::npos && at > 0 && s.find('.', at) != std::string_view::npos &&
      s.find('.', at) + 1 < s.size())
    return true;
  return false;
}

// A file or domain name: word.ext with a known extension or top-level domain.
bool LooksLikeDomain(std::string_view s) {
  const size_t dot = s.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 2 > s.size() || s.size() - dot > 5)
    return false;
  static constexpr std::string_view kExt[] = {
      "com",  "org", "net", "gov", "edu",  "mil", "info", "biz", "uk",  "ru",  "fr",   "au",
      "cn",   "jp",  "ua",  "doc", "docx", "xls", "xlsx", "pdf", "txt", "htm", "html", "ppt",
      "pptx", "jpg", "gif", "png", "zip",  "exe", "csv",  "url", "xml", "eu"};
  const std::string_view ext = s.substr(dot + 1);
  for (std::string_view e : kExt)
    if (EqualsLower(ext, e)) return true;
  return false;
}

bool Work::SplitUrl(size_t lo, size_t hi) {
  // Strip enclosing punctuation first: "<http://x.org>," -> "<" url ">" ",".
  size_t a = lo, b = hi;
  while (a < b && (chars[a].cp == '<' || chars[a].cp == '(' || chars[a].cp == '[' ||
                   IsDoubleQuote(chars[a].cp) || IsSingleQuote(chars[a].cp)))
    ++a;
  while (b > a && (chars[b - 1].cp == '>' || IsCloseBracket(chars[b - 1].cp) ||
                   IsDoubleQuote(chars[b - 1].cp) || IsSingleQuote(chars[b - 1].cp) ||
                   chars[b - 1].cp == '.' || chars[b - 1].cp == ',' || chars[b - 1].cp == ';' ||
                   chars[b - 1].cp == ':' || chars[b - 1].cp == '!' || chars[b - 1].cp == '?'))
    --b;
  if (b <= a) return false;
  const std::string_view core = Slice(a, b);
  for (size_t i = a; i < b; ++i)
    if (chars[i].cp == '<' || chars[i].cp == '>' || chars[i].cp == '"') return false;
  if (!LooksLikeUrl(core)) {
    // A file or domain name ("Get-A-Free-House.com", "-2-F.doc").
    if (!LooksLikeDomain(core)) return false;
    for (size_t i = a; i < b; ++i)
      if (IsOpenBracket(chars[i].cp) || IsCloseBracket(chars[i].cp) || chars[i].cp == '"' ||
          chars[i].cp == ',')
        return false;
  }
  // A ")" that closes a "(" inside the URL belongs to it (Wikipedia links).
  if (b < hi && chars[b].cp == ')') {
    const std::string_view u = Slice(a, b);
    auto open = std::count(u.begin(), u.end(), '(');
    auto close = std::count(u.begin(), u.end(), ')');
    while (b < hi && chars[b].cp == ')' && open > close) ++b, ++close;
  }
  for (size_t i = lo; i < a; ++i) EmitChars(i, i + 1);
  EmitChars(a, b);
  // Trailing punctuation: runs of the same character together.
  size_t i = b;
  while (i < hi) {
    const char32_t c = chars[i].cp;
    size_t n = (c == '.' || c == '!' || c == '?')
                   ? RunFrom(chars, i, hi, [](char32_t x) { return IsTerminal(x); })
                   : RunFrom(chars, i, hi, [c](char32_t x) { return x == c; });
    EmitChars(i, i + n);
    i += n;
  }
  return true;
}

// The length of an emoticon at the end of [lo, hi) after word characters
// ("THX:-)"), or 0.
size_t Work::EmoticonSuffix(size_t lo, size_t hi) const {
  for (size_t n = 2; n <= 4 && n < hi - lo; ++n) {
    if (!WordAt(hi - n - 1)) continue;
    if (impl.emoticons.Get(Slice(hi - n, hi))) {
      // ":D" / "XD" after letters is more likely a word ("PhD") unless it has punctuation.
      if (!(chars[hi - n].cls & (kPunct | kSymbol))) continue;
      if (IsOpenBracket(chars[hi - n].cp) || IsCloseBracket(chars[hi - n].cp)) continue;
      return n;
    }
  }
  return 0;
}

// Flags of a word ending in a period that keeps it, or 0 when the period is
// sentence punctuation. [lo, hi) includes the period.
uint8_t Work::AbbrevFlags(size_t lo, size_t hi) const {
  const size_t n = hi - lo;  // includes the period
  if (n < 2) return 0;
  // Initials: "J."
  if (n == 2 && (chars[lo].cls & kUpper)) return kFlagAbbrev;
  // Letters with inner periods: "U.S.", "e.g.", "a.m.", "Ph.D."
  bool inner_period = false, ok = true;
  size_t seg = 0;
  for (size_t i = lo; i + 1 < hi; ++i) {
    if (chars[i].cp == '.') {
      if (seg == 0) ok = false;
      inner_period = true;
      seg = 0;
    } else if (chars[i].cls & kLetter) {
      if (++seg > 3) ok = false;
    } else {
      ok = false;
    }
  }
  const std::string_view stem = Slice(lo, hi - 1);
  uint8_t kind = impl.abbrevs.Get(stem);
  if (!kind) {
    bool caps = true;
    for (char c : stem)
      if (c >= 'a' && c <= 'z') caps = false;
    if (caps) kind = impl.caps_abbrevs.Get(stem);
  }
  if (kind == kAbbrTitle) return kFlagAbbrev | kFlagNoEnd;
  if (kind == kAbbrNumber) return kFlagAbbrev | kFlagBeforeNumber;
  if (kind == kAbbrOther) return kFlagAbbrev;
  if (inner_period && ok && seg > 0) {
    // "e.g." / "i.e." never end a sentence; "U.S." may.
    return kFlagAbbrev;
  }
  return 0;
}

// The length of the first part of a no-apostrophe contraction ("dont" ->
// 2), or 0. `w` is the whole word.
size_t ContractionFirst(const Rules& rules, std::string_view w) {
  if (w.size() < 2 || w.size() > 8) return 0;
  if (!rules.MayBeContraction(w)) return 0;
  char buf[8];
  for (size_t i = 0; i < w.size(); ++i) buf[i] = LowerAscii(w[i]);
  return rules.contractions.Get(std::string_view(buf, w.size()));
}

bool Work::ContractionSplit(size_t lo, size_t hi) {
  if (hi - lo < 2 || hi - lo > 8) return false;
  for (size_t i = lo; i < hi; ++i)
    if (chars[i].cp >= 128 || !(chars[i].cls & kLetter)) return false;
  const size_t first_len = ContractionFirst(impl, Slice(lo, hi));
  if (first_len == 0) return false;
  const auto first = static_cast<uint32_t>(tokens->size());
  EmitChars(lo, lo + first_len);
  EmitChars(lo + first_len, hi);
  mwts.emplace_back(first, first + 1);
  return true;
}

void Work::SplitChunk(size_t lo, size_t hi) {
  if (hi - lo == 1) {
    EmitChars(lo, hi);
    return;
  }
  if (hi - lo <= 4 && !(chars[lo].cls & kLower) && impl.emoticons.Get(Slice(lo, hi))) {
    EmitChars(lo, hi);
    return;
  }
  if (SplitUrl(lo, hi)) return;
  // A URL that starts inside the chunk after punctuation ("below:<http://...>").
  for (size_t i = lo + 1; i + 7 < hi; ++i) {
    if (!(chars[i - 1].cls & (kPunct | kSymbol))) continue;
    const std::string_view rest = Slice(i, hi);
    if (rest.substr(0, 7) == "http://" || rest.substr(0, 8) == "https://" ||
        rest.substr(0, 4) == "www." || (chars[i - 1].cp == '<' && LooksLikeUrl(rest))) {
      size_t a = i;
      while (a > lo &&
             (chars[a - 1].cp == '<' || chars[a - 1].cp == '(' || IsDoubleQuote(chars[a - 1].cp)))
        --a;
      SplitChunk(lo, a);
      if (!SplitUrl(a, hi)) EmitChars(a, hi);
      return;
    }
  }

  // Opening punctuation.
  while (hi - lo > 1) {
    const char32_t c = chars[lo].cp;
    if (c == ':' || c == ';' || c == '=') {
      size_t emo = 0;
      for (size_t n = 3; n >= 2 && !emo; --n)
        if (lo + n < hi && !WordAt(lo + n) && impl.emoticons.Get(Slice(lo, lo + n))) emo = n;
      if (emo) {
        EmitChars(lo, lo + emo);
        lo += emo;
        continue;
      }
    }
    // How many characters to peel off the front (0: none).
    auto same = [&](char32_t x) { return x == c; };
    size_t n = 0;
    if (IsOpenBracket(c) || c == 0xBF || c == 0xA1) {
      n = 1;
    } else if (c == '<' || c == '>' || c == '*' || c == '=' || c == '~' || c == '|' ||
               (c == '+' && !(chars[lo + 1].cls & kDigit)) || IsDoubleQuote(c) || c == ',' ||
               c == ';' || c == ':' || c == '&' || c == '/' || c == '\\') {
      n = RunFrom(chars, lo, hi, same);
    } else if (IsSingleQuote(c)) {
      n = RunFrom(chars, lo, hi, [](char32_t x) { return IsSingleQuote(x); });
      if (IsApostrophe(c)) {
        // "'em", "'90s": the apostrophe belongs to the word.
        size_t j = lo + 1;
        while (j < hi && (chars[j].cls & kLetter)) ++j;
        const std::string_view w = Slice(lo + 1, j);
        if (!w.empty() && impl.elisions.Get(Lower(w))) n = 0;
        if (j == lo + 1 && j + 1 < hi && (chars[j].cls & kDigit) && (chars[j + 1].cls & kDigit))
          n = 0;
      }
    } else if (IsDash(c)) {
      n = RunFrom(chars, lo, hi, [](char32_t x) { return IsDash(x); });
    } else if (IsCurrency(c) || c == '#' || c == '@') {
      n = (chars[lo + 1].cls & kDigit) || chars[lo + 1].cp == '.' ? 1 : 0;
    } else if (IsTerminal(c) && !(c == '.' && (chars[lo + 1].cls & kDigit))) {  // not ".5"
      n = RunFrom(chars, lo, hi, [](char32_t x) { return IsTerminal(x); });
    }
    if (n == 0 || n == hi - lo) break;
    EmitChars(lo, lo + n);
    lo += n;
  }

  // Closing punctuation, collected from the back and emitted after the core.
  struct Piece {
    size_t lo, hi;
  };
  Piece tail[64];
  size_t ntail = 0;
  std::vector<Piece> more_tail;  // only for pathological chunks
  auto push_tail = [&](size_t a, size_t b) {
    if (ntail < std::size(tail))
      tail[ntail++] = {a, b};
    else
      more_tail.push_back({a, b});
  };
  uint8_t core_flags = 0;
  while (hi - lo > 1) {
    const char32_t c = chars[hi - 1].cp;
    // How many characters to peel off the back (0: none).
    size_t n = EmoticonSuffix(lo, hi);
    if (n > 0) {
      // an emoticon after a word: "THX:-)"
    } else if (IsCloseBracket(c) || IsDoubleQuote(c) || c == '>' || c == '*' || c == '|' ||
               c == '=' || c == '~' || c == '<' || c == ',' || c == ';' || c == ':' || c == '%' ||
               c == '/' || c == '\\' || c == '&' || c == '@' || c == '#' || c == '^' || c == '+' ||
               IsCurrency(c) || c == 0xB0) {
      n = RunTo(chars, lo, hi, [c](char32_t x) { return x == c; });
    } else if (IsSingleQuote(c)) {
      n = RunTo(chars, lo, hi, [](char32_t x) { return IsSingleQuote(x); });
    } else if (IsDash(c)) {
      n = RunTo(chars, lo, hi, [](char32_t x) { return IsDash(x); });
    } else if (IsTerminal(c)) {
      n = RunTo(chars, lo, hi, [](char32_t x) { return IsTerminal(x); });
      // A final period stays on an abbreviation ("U.S.", "Dec.").
      if (n == 1 && c == '.' && n < hi - lo) {
        core_flags = AbbrevFlags(lo, hi);
        if (core_flags) break;
      }
    }
    if (n == 0 || n == hi - lo) break;
    push_tail(hi - n, hi);
    hi -= n;
  }

  if (core_flags) {
    // The abbreviation is one token; only its inner structure is left as is.
    EmitChars(lo, hi, core_flags);
  } else {
    SplitCore(lo, hi);
  }
  for (size_t k = more_tail.size(); k-- > 0;) EmitChars(more_tail[k].lo, more_tail[k].hi);
  for (size_t k = ntail; k-- > 0;) EmitChars(tail[k].lo, tail[k].hi);
}

// A word without its enclosing punctuation: clitics, then inner splits.
void Work::SplitCore(size_t lo, size_t hi) {
  if (lo >= hi) return;
  if (hi - lo == 1) {
    EmitChars(lo, hi);
    return;
  }
  if (ContractionSplit(lo, hi)) return;
  // Clitics: "n't", "'s", ... after a letter.
  for (const char* cl : kClitics) {
    const size_t n = std::strlen(cl);
    if (hi - lo <= n) continue;
    bool match = true;
    for (size_t k = 0; k < n && match; ++k) {
      const char32_t c = chars[hi - n + k].cp;
      if (cl[k] == '\'')
        match = IsApostrophe(c) || c == '`';
      else
        match = c < 128 && LowerAscii(static_cast<char>(c)) == cl[k];
    }
    if (!match) continue;
    const size_t stem_end = hi - n;
    if (!(chars[stem_end - 1].cls & kLetter)) continue;
    SplitInner(lo, stem_end);
    const auto first = static_cast<uint32_t>(tokens->size() - 1);
    EmitChars(stem_end, hi);
    // The written word the clitic was split from: the last piece of the stem.
    mwts.emplace_back(first, first + 1);
    return;
  }
  SplitInner(lo, hi);
}

// Inner punctuation: splits at hyphens (see SplitHyphenated), slashes between
// words, and brackets, quotes, commas and colons that are not part of a
// number, time or name.
void Work::SplitInner(size_t lo, size_t hi) {
  size_t start = lo;
  for (size_t i = lo; i < hi; ++i) {
    const char32_t c = chars[i].cp;
    if (chars[i].cls & kWord) continue;
    const bool word_before = i > lo && WordAt(i - 1);
    const bool digit_before = i > lo && (chars[i - 1].cls & kDigit);
    const bool digit_after = i + 1 < hi && (chars[i + 1].cls & kDigit);
    bool split = false;
    size_t run = 1;
    if (IsDash(c)) {
      run = RunFrom(chars, i, hi, [](char32_t x) { return IsDash(x); });
      split = run > 1 || !word_before || i + run >= hi || !WordAt(i + run);
      if (!split) {
        i += run - 1;
        continue;  // decided per hyphenated word below
      }
    } else if (c == '/' || c == '\\') {
      split = !(digit_before && digit_after) || !DigitSlashWhole(start, hi);
    } else if (c == ',' || c == ':') {
      split = !(digit_before && digit_after);  // "1,000" and "10:30" stay whole
    } else if (IsOpenBracket(c) || IsCloseBracket(c) || IsDoubleQuote(c) || c == ';' || c == '!' ||
               c == '?' || c == 0x2026) {
      split = true;
      run = RunFrom(chars, i, hi, [c](char32_t x) { return x == c; });
    } else if (c == '.') {
      // "...a" and "word..word" split, and so does a missing space after a
      // sentence ("said.The"); "a.b" (names, numbers, domains) stays.
      run = RunFrom(chars, i, hi, [](char32_t x) { return x == '.'; });
      split = run > 1;
      if (!split && i >= lo + 2 && i + 2 < hi && (chars[i - 1].cls & kLower) &&
          (chars[i - 2].cls & kLower) && (chars[i + 1].cls & kUpper) &&
          (chars[i + 2].cls & kLower) && !LooksLikeDomain(Slice(start, hi)))
        split = true;
    } else if (IsCurrency(c) && word_before && digit_after && i > start) {
      // "US$17": the currency and the amount are two tokens.
      SplitHyphenated(start, i + 1);
      start = i + 1;
      continue;
    } else {
      continue;  // apostrophes, &, @, +, =, _ ... stay inside
    }
    if (!split) continue;
    SplitHyphenated(start, i);
    EmitChars(i, i + run);
    i += run - 1;
    start = i + 1;
  }
  SplitHyphenated(start, hi);
  (void)0;
}

// Digits with slashes [lo, hi) that stay one token: dates ("11/28/2000"),
// phone numbers ("713/871-5119") and "9/11"; a fraction or range ("3/4",
// "19/20") is three.
bool Work::DigitSlashWhole(size_t lo, size_t hi) const {
  size_t seps = 0;
  size_t e = lo;
  while (e < hi && (chars[e].cls & kDigit || chars[e].cp == '/' || IsDash(chars[e].cp))) {
    if (!(chars[e].cls & kDigit)) ++seps;
    ++e;
  }
  if (seps >= 2) return true;
  return Slice(lo, e) == "9/11";
}

// The length of a unit after a number at the end of [lo, hi) ("55k",
// "$11.5M", "5kg", "10am"), or 0. Ordinals ("20th") and decades ("1970s")
// have none.
size_t Work::UnitSuffix(size_t lo, size_t hi) const {
  size_t k = hi;
  while (k > lo && (chars[k - 1].cls & kLetter) && chars[k - 1].cp < 128) --k;
  if (k == hi || k == lo || !(chars[k - 1].cls & kDigit)) return 0;
  for (size_t i = lo; i < k; ++i)
    if (!(chars[i].cls & kDigit) && chars[i].cp != '.' && chars[i].cp != ',' && chars[i].cp != ':')
      return 0;
  static const std::unordered_set<std::string_view> kUnits = {
      "k",  "K",   "m",  "M",  "MM", "mm",  "bn",  "b",   "B",   "kg",  "km",  "cm", "g",
      "ft", "mph", "MW", "GW", "kW", "kw",  "mw",  "mi",  "am",  "pm",  "AM",  "PM", "a.m",
      "lb", "lbs", "oz", "mg", "ml", "kph", "kmh", "hrs", "hr",  "yrs", "yr",  "mb", "MB",
      "GB", "gb",  "TB", "Mb", "Gb", "KB",  "kb",  "bp",  "bps", "sec", "min", "tn", "t"};
  return kUnits.count(Slice(k, hi)) ? hi - k : 0;
}

// A piece without splitting punctuation except single hyphens between word
// characters: split at each hyphen unless the left part is a bound prefix
// ("non-stop") or the piece is a phone number or date ("713-853-3989").
void Work::SplitHyphenated(size_t lo, size_t hi) {
  if (lo >= hi) return;
  size_t hyphens = 0;
  bool digits_only = true;
  for (size_t i = lo; i < hi; ++i) {
    if (IsDash(chars[i].cp))
      ++hyphens;
    else if (!(chars[i].cls & kDigit))
      digits_only = false;
  }
  if (hyphens == 0) {
    // A number and its unit are two tokens: "55k", "10am".
    if (hi - lo >= 2 && (chars[lo].cls & kDigit)) {
      if (const size_t unit = UnitSuffix(lo, hi)) {
        EmitChars(lo, hi - unit);
        EmitChars(hi - unit, hi);
        return;
      }
    }
    EmitChars(lo, hi);
    return;
  }
  if (digits_only) {
    // Phone numbers and dates stay whole; ranges split ("5 - 10").
    size_t first_len = 0, second_len = 0, part = 0;
    for (size_t i = lo; i < hi; ++i) {
      if (IsDash(chars[i].cp)) {
        ++part;
      } else if (part == 0) {
        ++first_len;
      } else if (part == 1) {
        ++second_len;
      }
    }
    if (hyphens >= 2 || (first_len == 3 && second_len == 4) ||
        (first_len == 5 && second_len == 4)) {
      EmitChars(lo, hi);
      return;
    }
  }
  size_t start = lo;
  for (size_t i = lo; i < hi; ++i) {
    if (!IsDash(chars[i].cp)) continue;
    const std::string_view left = Slice(start, i);
    if (chars[i].cp == '-' && start == lo && start < i && i + 2 < hi && WordAt(i + 1) &&
        WordAt(i + 2)) {
      // An all-caps left part is an acronym, not a prefix ("UN-Women").
      const bool acronym = i - start >= 2 && AllClass(start, i, kUpper);
      if (!acronym && impl.prefixes.Get(Lower(left))) continue;
    }
    EmitChars(start, i);
    EmitChars(i, i + 1);
    start = i + 1;
  }
  EmitChars(start, hi);
}

// Should a sentence end between tokens i and i + 1?
bool CanStartSentence(std::string_view next, uint16_t cls) {
  if (cls & kLower) return false;
  if (cls & (kUpper | kDigit | kLetter)) return true;
  const char c = next.empty() ? ' ' : next[0];
  return !(c == ',' || c == ';' || c == ':' || c == '%' || c == ')' || c == ']' || c == '}' ||
           c == '.' || c == '!' || c == '?');
}

uint16_t FirstClass(std::string_view s) {
  if (s.empty()) return 0;
  int len = 1;
  return ClassOf(DecodeUtf8At(s, 0, &len));
}

// First class of the first word character of s (skipping opening quotes and
// brackets), or of s[0].
uint16_t FirstWordClass(std::string_view s) {
  if (!s.empty()) {
    const auto b = static_cast<unsigned char>(s[0]);
    if (b < 0x80 && b != '"' && b != '\'' && b != '`' && b != '(' && b != '[' && b != '{')
      return kAscii.cls[b];
  }
  size_t i = 0;
  while (i < s.size()) {
    int len = 1;
    const char32_t c = DecodeUtf8At(s, i, &len);
    const uint16_t cls = ClassOf(c);
    if (cls & (kWord)) return cls;
    if (!(IsOpenBracket(c) || IsDoubleQuote(c) || IsSingleQuote(c))) return cls;
    i += static_cast<size_t>(len);
  }
  return FirstClass(s);
}

bool IsTerminalToken(std::string_view s) {
  if (s.empty()) return false;
  const auto b = static_cast<unsigned char>(s[0]);
  if (b < 0x80 && b != '.' && b != '!' && b != '?') return false;
  size_t i = 0;
  bool any_stop = false;
  while (i < s.size()) {
    int len = 1;
    const char32_t c = DecodeUtf8At(s, i, &len);
    if (!IsTerminal(c)) return false;
    any_stop = true;
    i += static_cast<size_t>(len);
  }
  return any_stop;
}

bool IsCloserToken(std::string_view s) {
  if (s.empty()) return false;
  const auto b = static_cast<unsigned char>(s[0]);
  if (b < 0x80) return b == ')' || b == ']' || b == '}' || b == '"' || b == '\'' || b == '`';
  int len = 1;
  const char32_t c = DecodeUtf8At(s, 0, &len);
  return IsCloseBracket(c) || IsDoubleQuote(c) || IsSingleQuote(c);
}

// Hard-wrapped text (e-mail, plain-text news): most lines that end in a
// single break are about as long as the longest such line.
bool LooksHardWrapped(std::string_view text) {
  std::vector<uint32_t> lens;
  size_t start = 0;
  for (size_t i = 0; i < text.size() && lens.size() < 4096; ++i) {
    if (text[i] != '\n') continue;
    const bool single = i + 1 < text.size() && text[i + 1] != '\n' && text[i + 1] != '\r';
    const bool prev_blank = i == start;
    if (single && !prev_blank) lens.push_back(static_cast<uint32_t>(i - start));
    start = i + 1;
  }
  if (lens.size() < 3) return false;
  const uint32_t w = *std::max_element(lens.begin(), lens.end());
  if (w > 100 || w < 30) return false;
  size_t near = 0;
  for (uint32_t l : lens) near += (l + 20 >= w);
  return near * 4 >= lens.size() * 3;
}

// Is `s` a word of two or more letters, all upper case?
bool IsAllCapsWord(std::string_view s) {
  if (s.size() < 2) return false;
  for (char c : s)
    if (!(c >= 'A' && c <= 'Z')) return false;
  return true;
}

bool IsDashToken(std::string_view s) {
  if (s.empty()) return false;
  for (size_t i = 0; i < s.size();) {
    int len = 1;
    if (!IsDash(DecodeUtf8At(s, i, &len))) return false;
    i += static_cast<size_t>(len);
  }
  return true;
}

// A dateline ends at token `dash` ("MOSCOW, Dec. 14 (Reuters) -",
// "WASHINGTON (CNN) --", "KABUL:"): from the paragraph start `from`, an
// all-caps place, then commas, capitalised words, abbreviations, numbers and
// a bracketed agency.
bool IsDateline(const Document& doc, size_t from, size_t dash) {
  if (dash <= from || dash - from > 10) return false;
  if (!IsAllCapsWord(doc.TokenText(from))) return false;
  for (size_t k = from + 1; k < dash; ++k) {
    const std::string_view x = doc.TokenText(k);
    if (x == "," || x == "(" || x == ")" || x == "/") continue;
    if (!x.empty() && ((x[0] >= 'A' && x[0] <= 'Z') || (x[0] >= '0' && x[0] <= '9'))) continue;
    return false;
  }
  return true;
}

// Per token: does a sentence end after it?
std::vector<uint8_t> SentenceEnds(const Rules& rules, const Document& doc,
                                  const std::vector<uint8_t>& flags) {
  const std::vector<Token>& toks = doc.tokens;
  const std::string_view s = doc.text;
  const bool wrapped = LooksHardWrapped(s);
  std::vector<uint8_t> ends(toks.size(), 0);
  size_t para = 0;  // first token of the current paragraph
  for (size_t t = 0; t + 1 < toks.size(); ++t) {
    if (flags[t] & (kFlagParagraphBefore | kFlagNewlineBefore)) para = t;
    const uint8_t next = flags[t + 1];
    // Most tokens are words inside a line: nothing below can end a sentence there.
    if (!(next & (kFlagParagraphBefore | kFlagNewlineBefore)) && !(flags[t] & kFlagAbbrev)) {
      const auto b = static_cast<unsigned char>(s[toks[t].begin]);
      if (b < 0x80 && (kAscii.cls[b] & kWord)) continue;
    }
    // At a line end an abbreviation's period also ends the sentence
    // ("in the U.S" "."), except after titles and initials.
    const uint8_t at_break =
        (flags[t] & kFlagAbbrev) && !(flags[t] & kFlagNoEnd) && toks[t].end - toks[t].begin > 2 ? 2
                                                                                                : 1;
    if (next & kFlagParagraphBefore) {
      ends[t] = at_break;
      continue;
    }
    const std::string_view cur = doc.TokenText(t);
    const std::string_view nxt = doc.TokenText(t + 1);
    const uint16_t next_cls = FirstWordClass(s.substr(toks[t + 1].begin));
    if (next & kFlagNewlineBefore) {
      // A line break ends a sentence unless the next line continues it.
      if (!(next_cls & kLower) &&
          !(wrapped && !IsTerminalToken(cur) && !IsCloserToken(cur) && !(flags[t] & kFlagAbbrev))) {
        ends[t] = at_break;
        continue;
      }
    }
    if (!(next & kFlagSpaceBefore) && !IsCloserToken(cur)) continue;
    // Datelines are a sentence of their own in the treebank.
    if ((IsDashToken(cur) || cur == ":") && (next_cls & kUpper) && IsDateline(doc, para, t)) {
      ends[t] = 1;
      continue;
    }
    // Terminal punctuation, possibly followed by closing quotes/brackets.
    size_t k = t;
    while (k > 0 && IsCloserToken(doc.TokenText(k)) && !(flags[k] & kFlagSpaceBefore)) --k;
    const std::string_view last = doc.TokenText(k);
    if (k != t && !(next & kFlagSpaceBefore)) continue;
    if (IsTerminalToken(last)) {
      // A lower-case word after a period that closes a word (no
      // abbreviation: those keep their period), or after a bare question or
      // exclamation mark, still starts a sentence in web text.
      if (CanStartSentence(nxt, next_cls) ||
          ((next_cls & kLower) && k > 0 && !(flags[k] & kFlagSpaceBefore) && k == t &&
           (last == "." || last == "?" || last == "!"))) {
        ends[t] = 1;
      }
      continue;
    }
    if ((flags[k] & kFlagAbbrev) && k == t) {
      if (flags[k] & kFlagNoEnd) continue;
      if ((flags[k] & kFlagBeforeNumber) && (next_cls & kDigit)) continue;
      if (!(next_cls & kUpper)) continue;
      // Only before a word that typically opens a sentence.
      size_t e = 0;
      while (e < nxt.size() &&
             ((nxt[e] >= 'a' && nxt[e] <= 'z') || (nxt[e] >= 'A' && nxt[e] <= 'Z')))
        ++e;
      if (rules.starters.Get(nxt.substr(0, e))) ends[t] = 2;
    }
  }
  return ends;
}

// An abbreviation that ends a sentence gives its period to the sentence, as
// the treebank writes it ("p.m" "."). Updates flags, ends and multiword
// token indices.
void SplitFinalPeriods(Document* doc, std::vector<uint8_t>* flags, std::vector<uint8_t>* ends,
                       std::vector<std::pair<uint32_t, uint32_t>>* mwts) {
  size_t splits = 0;
  for (uint8_t e : *ends) splits += e == 2;
  if (splits == 0) return;
  std::vector<Token> toks;
  std::vector<uint8_t> f, en;
  std::vector<uint32_t> shift(doc->tokens.size());
  toks.reserve(doc->tokens.size() + splits);
  for (size_t t = 0; t < doc->tokens.size(); ++t) {
    shift[t] = static_cast<uint32_t>(toks.size() - t);
    Token& tok = doc->tokens[t];
    if ((*ends)[t] == 2 && tok.end - tok.begin >= 2) {
      Token period;
      period.begin = tok.end - 1;
      period.end = tok.end;
      period.cp_begin = tok.cp_end - 1;
      period.cp_end = tok.cp_end;
      period.space_after = tok.space_after;
      period.form = ".";
      tok.end -= 1;
      tok.cp_end -= 1;
      tok.space_after = false;
      tok.form.pop_back();
      toks.push_back(std::move(tok));
      f.push_back((*flags)[t]);
      en.push_back(0);
      toks.push_back(std::move(period));
      f.push_back(0);
      en.push_back(1);
      continue;
    }
    toks.push_back(std::move(tok));
    f.push_back((*flags)[t]);
    en.push_back((*ends)[t] ? 1 : 0);
  }
  for (auto& [a, b] : *mwts) {
    a += shift[a];
    b += shift[b];
  }
  doc->tokens = std::move(toks);
  *flags = std::move(f);
  *ends = std::move(en);
}

void Tokenize(const Rules& rules, Document* doc) {
  Work w{rules, doc->text, &doc->tokens, {}, {}, {}, 0};
  const std::string_view s = doc->text;
  const size_t n = s.size();
  w.tokens->reserve(n / 5 + 16);
  w.flags.reserve(n / 5 + 16);
  size_t i = 0;
  uint32_t cp_at = 0;  // code points before byte i
  int breaks = 0;
  bool space = false;
  while (i < n) {
    // White space: count line breaks (CRLF counts once).
    const auto b = static_cast<unsigned char>(s[i]);
    uint16_t cls;
    int len = 1;
    char32_t cp = b;
    if (b < 0x80) {
      cls = kAscii.cls[b];
    } else {
      cp = DecodeUtf8At(s, i, &len);
      cls = ClassOf(cp);
    }
    if (cls & kSpace) {
      space = true;
      if (cls & kNewline) {
        if (!(b == '\r' && i + 1 < n && s[i + 1] == '\n')) ++breaks;
      }
      i += static_cast<size_t>(len);
      ++cp_at;
      continue;
    }
    // A chunk: up to the next white space.
    const size_t start = i;
    const uint32_t start_cp = cp_at;
    bool plain = true;  // ASCII letters only
    size_t j = i;
    while (j < n) {
      const auto c = static_cast<unsigned char>(s[j]);
      if (c < 0x80) {
        const uint16_t k = kAscii.cls[c];
        if (k & kSpace) break;
        if (!(k & kLetter)) plain = false;
        ++j;
      } else {
        int l = 1;
        const char32_t x = DecodeUtf8At(s, j, &l);
        if (ClassOf(x) & kSpace) break;
        plain = false;
        j += static_cast<size_t>(l);
      }
      ++cp_at;
    }
    w.chunk_cp = start_cp;
    w.pending_flags = static_cast<uint8_t>((space || start == 0 ? kFlagSpaceBefore : 0) |
                                           (breaks >= 2   ? kFlagParagraphBefore
                                            : breaks == 1 ? kFlagNewlineBefore
                                                          : 0));
    breaks = 0;
    space = false;
    w.chars.clear();
    if (plain) {
      const std::string_view word = s.substr(start, j - start);
      const size_t first_len = ContractionFirst(rules, word);
      // ASCII only: code points advance with bytes.
      const auto b32 = static_cast<uint32_t>(start), e32 = static_cast<uint32_t>(j);
      const auto cut = static_cast<uint32_t>(first_len);
      if (first_len == 0) {
        w.Emit(b32, e32, start_cp, cp_at);
      } else {
        w.mwts.emplace_back(static_cast<uint32_t>(w.tokens->size()),
                            static_cast<uint32_t>(w.tokens->size() + 1));
        w.Emit(b32, b32 + cut, start_cp, start_cp + cut);
        w.Emit(b32 + cut, e32, start_cp + cut, cp_at);
      }
      i = j;
      continue;
    }
    for (size_t k = start; k < j;) {
      int l = 1;
      const auto c = static_cast<unsigned char>(s[k]);
      const char32_t x = c < 0x80 ? c : DecodeUtf8At(s, k, &l);
      w.chars.push_back({static_cast<uint32_t>(k), x, c < 0x80 ? kAscii.cls[c] : ClassOf(x),
                         static_cast<uint8_t>(l)});
      k += static_cast<size_t>(l);
    }
    w.SplitChunk(0, w.chars.size());
    i = j;
  }

  std::vector<uint8_t> ends = SentenceEnds(rules, *doc, w.flags);
  SplitFinalPeriods(doc, &w.flags, &ends, &w.mwts);

  // Build sentences (capped in length so later stages stay linear).
  const std::vector<Token>& toks = doc->tokens;
  constexpr uint32_t kMaxSentenceTokens = 1000;
  std::vector<Sentence>& sents = doc->sentences;
  uint32_t begin = 0;
  for (size_t t = 0; t < toks.size(); ++t) {
    const bool last = t + 1 == toks.size();
    if (ends[t] || last || t + 1 - begin >= kMaxSentenceTokens) {
      Sentence sent;
      sent.token_begin = begin;
      sent.token_end = static_cast<uint32_t>(t + 1);
      sents.push_back(std::move(sent));
      begin = static_cast<uint32_t>(t + 1);
    }
  }
  // Multiword tokens onto their sentences (both parts always in one).
  size_t si = 0;
  for (const auto& [first, lastt] : w.mwts) {
    while (si < sents.size() && sents[si].token_end <= first) ++si;
    if (si == sents.size()) break;
    if (lastt >= sents[si].token_end) continue;
    MultiwordToken m;
    m.first = first;
    m.last = lastt;
    m.form = std::string(s.substr(toks[first].begin, toks[lastt].end - toks[first].begin));
    sents[si].multiword.push_back(std::move(m));
  }
  const std::string prefix = doc->id.empty() ? std::string() : doc->id + "-";
  for (size_t k = 0; k < sents.size(); ++k) sents[k].sent_id = prefix + std::to_string(k + 1);
}

}  // namespace

Tokenizer::Tokenizer() : rules_(std::make_unique<const Rules>()) {}
Tokenizer::~Tokenizer() = default;

std::unique_ptr<Tokenizer> Tokenizer::Load(const std::string& /*path*/) {
  return std::make_unique<Tokenizer>();
}

void Tokenizer::Process(Document* doc) const {
  doc->tokens.clear();
  doc->sentences.clear();
  doc->entities.clear();
  if (doc->text.size() >= 0xFFFFFFFFu) return;  // offsets are 32-bit
  Tokenize(*rules_, doc);
}

}  // namespace parley::nlp
