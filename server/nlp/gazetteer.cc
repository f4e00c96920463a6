// Gazetteer: reading Parley's dictionaries into token-sequence patterns and
// matching them over a sentence.
#include "nlp/gazetteer.h"

#include <utf8proc.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <nlohmann/json.hpp>
#include <set>

#include "base/error.h"
#include "base/jsonl.h"
#include "base/utf8.h"
#include "nlp/perceptron.h"

namespace parley::nlp {

namespace {

using nlohmann::json;

// Forms of address that precede names (written with or without a period).
constexpr const char* kHonorifics[] = {"Mr",   "Mrs",  "Ms",   "Miss", "Messrs", "Dr",
                                       "Prof", "Sir",  "Dame", "Lord", "Lady",   "Mme",
                                       "Mlle", "Herr", "Frau", "Sen",  "Rep",    "Gov"};

// Longest pattern considered, in tokens (longer names are truncated matches
// no one writes).
constexpr size_t kMaxPatternTokens = 10;

// Splits a name into tokens: on spaces, with brackets, commas, semicolons
// and a trailing "'s" as tokens of their own.
std::vector<std::string> SplitName(std::string_view name) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < name.size()) {
    while (i < name.size() && name[i] == ' ') ++i;
    size_t j = i;
    while (j < name.size() && name[j] != ' ') ++j;
    std::string_view w = name.substr(i, j - i);
    i = j;
    std::vector<std::string> tail;
    while (!w.empty() && (w.front() == '(' || w.front() == '"')) {
      out.emplace_back(1, w.front());
      w.remove_prefix(1);
    }
    while (!w.empty() &&
           (w.back() == ')' || w.back() == ',' || w.back() == ';' || w.back() == '"')) {
      tail.emplace_back(1, w.back());
      w.remove_suffix(1);
    }
    if (w.size() > 2 && (w.ends_with("'s") || w.ends_with("\u2019s"))) {
      const size_t k = w.ends_with("'s") ? 2 : 4;
      tail.emplace_back(w.substr(w.size() - k));
      w.remove_suffix(k);
    }
    if (!w.empty()) out.emplace_back(w);
    out.insert(out.end(), tail.rbegin(), tail.rend());
  }
  return out;
}

// The same tokens with every inner hyphen a token of its own ("el-Sisi" ->
// "el", "-", "Sisi"), as UD treebanks split hyphenated words.
std::vector<std::string> SplitHyphens(const std::vector<std::string>& tokens) {
  std::vector<std::string> out;
  for (const auto& t : tokens) {
    size_t start = 0;
    for (size_t k = 1; k + 1 < t.size(); ++k) {
      if (t[k] != '-') continue;
      out.push_back(t.substr(start, k - start));
      out.emplace_back("-");
      start = k + 1;
    }
    out.push_back(t.substr(start));
  }
  return out;
}

std::string Str(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::vector<std::string> Strs(const json& j, const char* key) {
  std::vector<std::string> out;
  auto it = j.find(key);
  if (it == j.end() || !it->is_array()) return out;
  for (const auto& v : *it)
    if (v.is_string()) out.push_back(v.get<std::string>());
  return out;
}

}  // namespace

namespace {

// `s` with each code point mapped by `map` (ASCII by `ascii`, without a
// table lookup: most of the text); invalid bytes are kept as they are.
template <typename Ascii, typename Map>
std::string MapCase(std::string_view s, Ascii ascii, Map map) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out.push_back(static_cast<char>(ascii(c)));
      ++i;
      continue;
    }
    utf8proc_int32_t cp = 0;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                    static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) {
      out.push_back(s[i]);
      ++i;
      continue;
    }
    AppendUtf8(&out, static_cast<char32_t>(map(cp)));
    i += static_cast<size_t>(n);
  }
  return out;
}

}  // namespace

std::string FoldCase(std::string_view s) {
  return MapCase(
      s, [](unsigned char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }, utf8proc_tolower);
}

std::string UpperCase(std::string_view s) {
  return MapCase(
      s, [](unsigned char c) { return c >= 'a' && c <= 'z' ? c - 32 : c; }, utf8proc_toupper);
}

bool IsAllUpper(std::string_view s) {
  bool letter = false;
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (c >= 'a' && c <= 'z') return false;
      letter |= c >= 'A' && c <= 'Z';
      ++i;
      continue;
    }
    utf8proc_int32_t cp = 0;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                    static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) {
      ++i;
      continue;
    }
    const auto cat = utf8proc_category(cp);
    if (cat == UTF8PROC_CATEGORY_LL) return false;
    letter |= cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
    i += static_cast<size_t>(n);
  }
  return letter;
}

void Gazetteer::Add(std::string_view name, GazList list) {
  std::vector<std::string> tokens = SplitName(name);
  if (tokens.empty()) return;
  // Short names in capitals are acronyms ("US", "EU", "IT"): in lower case
  // they are other words.
  int letters = 0;
  for (char c : name) letters += (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  const bool acronym = tokens.size() == 1 && letters <= 5 && IsAllUpper(name);
  std::vector<std::string> hyphens = SplitHyphens(tokens);
  if (hyphens.size() != tokens.size()) AddTokens(hyphens, list, acronym);
  AddTokens(tokens, list, acronym);
}

void Gazetteer::AddTokens(const std::vector<std::string>& tokens, GazList list, bool acronym) {
  if (tokens.size() > kMaxPatternTokens) return;
  std::string text;
  for (const auto& t : tokens) {
    if (!text.empty()) text.push_back(' ');
    text += FoldCase(t);
  }
  texts_.push_back(std::move(text));
  lists_.push_back(static_cast<uint8_t>(static_cast<uint8_t>(list) | (acronym ? 0x80 : 0)));
}

Gazetteer Gazetteer::FromDictDir(const std::string& dir) {
  namespace fs = std::filesystem;
  fs::path base = dir;
  if (fs::exists(base / "dict" / "people.jsonl") || fs::exists(base / "dict" / "countries.jsonl"))
    base /= "dict";
  Gazetteer g;
  int files = 0;
  auto read = [&](const char* file, const std::function<void(const json&)>& fn) {
    if (ForEachJsonLine(base / file, fn)) ++files;
  };
  read("people.jsonl", [&](const json& j) {
    std::vector<std::string> names = Strs(j, "aliases");
    names.insert(names.begin(), Str(j, "name"));
    for (const auto& name : names) {
      g.Add(name, GazList::kPerson);
      const std::vector<std::string> tokens = SplitName(name);
      if (tokens.size() < 2) continue;
      g.Add(tokens.front(), GazList::kFirstName);
      g.Add(tokens.back(), GazList::kLastName);
    }
  });
  read("organizations.jsonl", [&](const json& j) {
    g.Add(Str(j, "name"), GazList::kOrganization);
    for (const auto& a : Strs(j, "aliases")) g.Add(a, GazList::kOrganization);
  });
  read("countries.jsonl", [&](const json& j) {
    g.Add(Str(j, "name"), GazList::kLocation);
    g.Add(Str(j, "official"), GazList::kLocation);
    g.Add(Str(j, "capital"), GazList::kLocation);
    for (const auto& a : Strs(j, "aliases")) g.Add(a, GazList::kLocation);
    for (const auto& a : Strs(j, "adjectives")) g.Add(a, GazList::kAdjective);
    for (const auto& a : Strs(j, "demonyms")) g.Add(a, GazList::kAdjective);
    for (const auto& a : Strs(j, "metonyms")) g.Add(a, GazList::kSeat);
  });
  read("places.jsonl", [&](const json& j) {
    const GazList list = Str(j, "kind") == "building" ? GazList::kSeat : GazList::kLocation;
    g.Add(Str(j, "name"), list);
    for (const auto& a : Strs(j, "aliases")) g.Add(a, list);
  });
  read("titles.jsonl", [&](const json& j) {
    g.Add(Str(j, "title"), GazList::kTitle);
    for (const auto& a : Strs(j, "variants")) g.Add(a, GazList::kTitle);
  });
  if (files == 0)
    throw Error(ErrorCode::kInvalidArgument, "no dictionary files (people.jsonl, ...) in " + dir);
  // Honorifics go with the titles: like "President" before a name they are
  // not part of it ("Mr Putin" is Putin), with or without the period.
  for (const char* h : kHonorifics) {
    g.Add(h, GazList::kTitle);
    g.Add(std::string(h) + ".", GazList::kTitle);
  }
  g.Build();
  return g;
}

void Gazetteer::Build() {
  // One pattern per distinct (tokens, list, acronym), in a stable order so
  // that the saved model is the same for the same dictionaries.
  std::set<std::pair<std::string, uint8_t>> unique;
  for (size_t i = 0; i < texts_.size(); ++i) unique.emplace(texts_[i], lists_[i]);
  texts_.clear();
  lists_.clear();
  patterns_.clear();
  by_first_.clear();
  first_filter_.assign(kFilterBits / 64, 0);
  for (const auto& [text, list] : unique) {
    Pattern p;
    size_t start = 0;
    while (start <= text.size()) {
      size_t end = text.find(' ', start);
      if (end == std::string::npos) end = text.size();
      p.tokens.push_back(HashString(std::string_view(text).substr(start, end - start)));
      start = end + 1;
    }
    p.list = static_cast<GazList>(list & 0x7F);
    p.acronym = (list & 0x80) != 0;
    if (p.tokens.empty() || static_cast<int>(p.list) >= kGazLists) continue;
    by_first_[p.tokens[0]].push_back(static_cast<uint32_t>(patterns_.size()));
    const size_t bit = p.tokens[0] & (kFilterBits - 1);
    first_filter_[bit / 64] |= uint64_t{1} << (bit % 64);
    patterns_.push_back(std::move(p));
    texts_.push_back(text);
    lists_.push_back(list);
  }
}

void Gazetteer::Match(std::span<const uint64_t> folded, std::span<const uint8_t> upper,
                      uint32_t* masks) const {
  const size_t n = folded.size();
  std::fill(masks, masks + n, 0u);
  if (by_first_.empty()) return;
  for (size_t i = 0; i < n; ++i) {
    const size_t bit = folded[i] & (kFilterBits - 1);
    if (!(first_filter_[bit / 64] >> (bit % 64) & 1)) continue;
    auto it = by_first_.find(folded[i]);
    if (it == by_first_.end()) continue;
    for (uint32_t pi : it->second) {
      const Pattern& p = patterns_[pi];
      const size_t len = p.tokens.size();
      if (i + len > n) continue;
      bool ok = true;
      for (size_t k = 1; k < len && ok; ++k) ok = folded[i + k] == p.tokens[k];
      if (!ok || (p.acronym && !upper[i])) continue;
      const int base = static_cast<int>(p.list) * 4;
      if (len == 1) {
        masks[i] |= 1u << (base + kGazUnit);
        continue;
      }
      masks[i] |= 1u << (base + kGazBegin);
      for (size_t k = 1; k + 1 < len; ++k) masks[i + k] |= 1u << (base + kGazInside);
      masks[i + len - 1] |= 1u << (base + kGazLast);
    }
  }
}

void Gazetteer::Save(ModelWriter* w) const {
  w->Strs(texts_);
  w->Str(std::string_view(reinterpret_cast<const char*>(lists_.data()), lists_.size()));
}

Gazetteer Gazetteer::Load(ModelReader* r) {
  Gazetteer g;
  g.texts_ = r->Strs();
  const std::string lists = r->Str();
  if (lists.size() != g.texts_.size())
    throw Error(ErrorCode::kInvalidArgument, "malformed gazetteer");
  g.lists_.assign(lists.begin(), lists.end());
  for (uint8_t l : g.lists_)
    if ((l & 0x7F) >= kGazLists) throw Error(ErrorCode::kInvalidArgument, "malformed gazetteer");
  g.Build();
  return g;
}

}  // namespace parley::nlp
