// Dictionary: config/dict/*.jsonl read into token-sequence gazetteers (dictionary.h).
#include "extract/dictionary.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>
#include <set>
#include <stdexcept>

#include "base/jsonl.h"

namespace parley::extract {
namespace {

using nlohmann::json;

std::string Str(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return {};
  return it->get<std::string>();
}

std::vector<std::string> StrList(const json& j, const char* key) {
  std::vector<std::string> out;
  auto it = j.find(key);
  if (it == j.end() || !it->is_array()) return out;
  for (const auto& v : *it) {
    if (v.is_string()) out.push_back(v.get<std::string>());
  }
  return out;
}

// `lat` and `lon` of a place or country line, when both are numbers in range.
std::optional<std::pair<double, double>> Coordinates(const json& j) {
  auto lat = j.find("lat"), lon = j.find("lon");
  if (lat == j.end() || lon == j.end() || !lat->is_number() || !lon->is_number()) return {};
  const double a = lat->get<double>(), o = lon->get<double>();
  if (a < -90 || a > 90 || o < -180 || o > 180) return {};
  return std::pair{a, o};
}

std::vector<std::string> SurfaceTokens(const std::string& s) {
  std::vector<Token> toks;
  Tokenize(s, 0, s.size(), &toks);
  std::vector<std::string> out;
  out.reserve(toks.size());
  for (auto& t : toks) out.push_back(std::move(t.lower));
  return out;
}

// Role words known even without titles.jsonl; the dictionary adds variants.
struct BuiltinTitle {
  const char* surface;
  const char* title;
  const char* sector;
};
constexpr BuiltinTitle kBuiltinTitles[] = {
    {"president", "president", "GOV"},
    {"head of state", "president", "GOV"},
    {"acting president", "acting president", "GOV"},
    {"vice president", "vice president", "GOV"},
    {"vice-president", "vice president", "GOV"},
    {"prime minister", "prime minister", "GOV"},
    {"premier", "prime minister", "GOV"},
    {"chancellor", "chancellor", "GOV"},
    {"foreign minister", "foreign minister", "GOV"},
    {"minister of foreign affairs", "foreign minister", "GOV"},
    {"foreign secretary", "foreign minister", "GOV"},
    {"secretary of state", "secretary of state", "GOV"},
    {"defence minister", "defence minister", "MIL"},
    {"defense minister", "defence minister", "MIL"},
    {"minister of defence", "defence minister", "MIL"},
    {"minister of defense", "defence minister", "MIL"},
    {"defense secretary", "defence minister", "MIL"},
    {"minister", "minister", "GOV"},
    {"deputy prime minister", "deputy prime minister", "GOV"},
    {"deputy foreign minister", "deputy foreign minister", "GOV"},
    {"special envoy", "special envoy", "GOV"},
    {"envoy", "envoy", "GOV"},
    {"special representative", "special representative", "GOV"},
    {"ambassador", "ambassador", "GOV"},
    {"king", "king", "GOV"},
    {"queen", "queen", "GOV"},
    {"emir", "emir", "GOV"},
    {"crown prince", "crown prince", "GOV"},
    {"sheikh", "sheikh", "GOV"},
    {"governor", "governor", "GOV"},
    {"mayor", "mayor", "GOV"},
    {"head of the office of the president", "head of the office of the president", "GOV"},
    {"deputy head of the office of the president", "deputy head of the office of the president",
     "GOV"},
    {"spokesman", "spokesperson", "GOV"},
    {"spokeswoman", "spokesperson", "GOV"},
    {"spokesperson", "spokesperson", "GOV"},
    {"press secretary", "press secretary", "GOV"},
    {"secretary-general", "secretary-general", "IGO"},
    {"secretary general", "secretary-general", "IGO"},
    {"director-general", "director-general", "IGO"},
    {"director general", "director-general", "IGO"},
    {"general", "general", "MIL"},
    {"chief of staff", "chief of staff", "MIL"},
    {"commander", "commander", "MIL"},
    {"speaker", "speaker", "LEG"},
    {"senator", "senator", "LEG"},
    {"chairman", "chairman", "GOV"},
    {"chairwoman", "chairman", "GOV"},
    {"chair", "chairman", "GOV"},
    {"leader", "leader", "GOV"},
    {"opposition leader", "opposition leader", "OPP"},
    {"national security adviser", "national security adviser", "GOV"},
    {"national security advisor", "national security adviser", "GOV"},
    {"adviser", "adviser", "GOV"},
    {"advisor", "adviser", "GOV"},
    {"aide", "aide", "GOV"},
    {"head", "head", "GOV"},
    {"patriarch", "patriarch", "REL"},
    {"pope", "pope", "REL"},
    {"ceo", "chief executive", "BUS"},
    {"chief executive", "chief executive", "BUS"},
};

}  // namespace

void Dictionary::AddPattern(const std::string& surface, int entity, MatchKind kind) {
  if (surface.empty()) return;
  GazPattern p;
  p.tokens = SurfaceTokens(surface);
  // "the Alliance": a lower-case article starts no name in running text (MatchEntity), so
  // the alias is the words after it, matched only after "the".
  if (p.tokens.size() > 1 && p.tokens[0] == "the" && surface.starts_with("the ")) {
    p.tokens.erase(p.tokens.begin());
    p.definite = true;
  }
  if (p.tokens.empty()) return;
  // Short all-caps aliases must match exactly: "US" is not "us", "IT" is not "it".
  int letters = 0;
  bool all_caps = true;
  for (char c : surface) {
    if (c >= 'a' && c <= 'z') all_caps = false;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ++letters;
  }
  if (all_caps && letters <= 5) p.exact = surface;
  p.entity = entity;
  p.kind = kind;
  // A name the dictionary writes with a lower-case first letter ("al-Qaeda", "von der
  // Leyen") also matches as written when a lower-case word starts it: "such as al-Qaeda"
  // (was nobody), never "von" or "blue" in another spelling. Capitalised, it is the name as
  // any other ("Al-Qaida").
  if (!p.definite && surface[0] >= 'a' && surface[0] <= 'z') {
    GazPattern as_written = p;
    as_written.exact = surface;
    if (std::find(lower_starts_.begin(), lower_starts_.end(), p.tokens[0]) == lower_starts_.end()) {
      lower_starts_.push_back(p.tokens[0]);
      lower_start_letter_[static_cast<unsigned char>(p.tokens[0][0])] = true;
    }
    AddPatternOnce(std::move(as_written));
  }
  AddPatternOnce(std::move(p));
}

void Dictionary::AddPatternOnce(GazPattern p) {
  // A place or name with the same tokens wins over a metonym or adjective added later.
  const int first = first_keys_.Insert(p.tokens[0]);
  if (first == static_cast<int>(by_first_.size())) by_first_.emplace_back();
  auto& bucket = by_first_[first];
  for (int k : bucket) {
    if (patterns_[k].tokens == p.tokens && patterns_[k].exact == p.exact &&
        patterns_[k].definite == p.definite) {
      if (patterns_[k].kind == MatchKind::kName || p.kind != MatchKind::kName) return;
    }
  }
  patterns_.push_back(std::move(p));
  bucket.push_back(static_cast<int>(patterns_.size()) - 1);
}

void Dictionary::AddTitle(const std::string& surface, const TitleInfo& info) {
  TitlePattern t{SurfaceTokens(surface), info};
  if (t.tokens.empty()) return;
  // Later entries win, so titles.jsonl overrides a built-in title's sector.
  if (!info.sector.empty()) title_sector_.insert_or_assign(info.title, info.sector);
  titles_.push_back(std::move(t));
  const int first = title_keys_.Insert(titles_.back().tokens[0]);
  if (first == static_cast<int>(titles_by_first_.size())) titles_by_first_.emplace_back();
  titles_by_first_[first].push_back(static_cast<int>(titles_.size()) - 1);
}

Dictionary Dictionary::Load(const std::filesystem::path& dir) {
  Dictionary d;
  auto read = [&](const char* file, const std::function<void(const json&)>& fn) {
    ForEachJsonLine(dir / file, fn);
  };
  auto add_entity = [&](DictEntity e) {
    d.entities_.push_back(std::move(e));
    const int idx = static_cast<int>(d.entities_.size()) - 1;
    d.by_id_[d.entities_.back().id] = idx;
    return idx;
  };
  // Places first so that "Kremlin" the building wins over the metonym entry of Russia.
  read("places.jsonl", [&](const json& j) {
    DictEntity e;
    e.id = Str(j, "id");
    e.name = Str(j, "name");
    e.type = "location";
    e.country = Str(j, "country");
    e.kind = Str(j, "kind");
    e.aliases = StrList(j, "aliases");
    e.coordinates = Coordinates(j);
    if (e.name.empty()) return;
    if (e.id.empty()) e.id = "place:" + LowerKey(e.name);
    const int idx = add_entity(e);
    d.AddPattern(e.name, idx, MatchKind::kName);
    for (const auto& a : e.aliases) d.AddPattern(a, idx, MatchKind::kName);
  });
  std::vector<std::pair<std::string, std::string>> metonyms;  // surface, iso3
  read("countries.jsonl", [&](const json& j) {
    DictEntity e;
    const std::string iso3 = Str(j, "iso3");
    if (iso3.empty()) return;
    e.id = "country:" + iso3;
    e.name = Str(j, "name");
    e.type = "country";
    e.country = iso3;
    e.aliases = StrList(j, "aliases");
    e.coordinates = Coordinates(j);
    const auto adjectives = StrList(j, "adjectives");
    if (!adjectives.empty()) e.adjective = adjectives[0];
    e.capital = Str(j, "capital");
    const std::string official = Str(j, "official");
    if (!official.empty()) e.aliases.push_back(official);
    if (e.name.empty()) return;
    const int idx = add_entity(e);
    d.by_iso3_[iso3] = idx;
    d.AddPattern(e.name, idx, MatchKind::kName);
    for (const auto& a : e.aliases) d.AddPattern(a, idx, MatchKind::kName);
    for (const auto& a : adjectives) d.AddPattern(a, idx, MatchKind::kAdjective);
    for (const auto& a : StrList(j, "demonyms")) d.AddPattern(a, idx, MatchKind::kDemonym);
    for (const auto& a : StrList(j, "metonyms")) metonyms.emplace_back(a, iso3);
  });
  read("organizations.jsonl", [&](const json& j) {
    DictEntity e;
    e.id = Str(j, "id");
    e.name = Str(j, "name");
    e.type = Str(j, "type");
    if (e.type.empty()) e.type = "organization";
    e.country = Str(j, "country");
    e.sector = Str(j, "sector");
    e.kind = Str(j, "kind");
    e.actor_code = Str(j, "actor_code");
    e.aliases = StrList(j, "aliases");
    if (e.name.empty()) return;
    if (e.id.empty()) e.id = "org:" + LowerKey(e.name);
    const int idx = add_entity(e);
    d.AddPattern(e.name, idx, MatchKind::kName);
    for (const auto& a : e.aliases) d.AddPattern(a, idx, MatchKind::kName);
  });
  read("people.jsonl", [&](const json& j) {
    DictEntity e;
    e.id = Str(j, "id");
    e.name = Str(j, "name");
    e.type = "person";
    e.country = Str(j, "country");
    e.sector = Str(j, "sector");
    e.aliases = StrList(j, "aliases");
    if (e.name.empty()) return;
    if (e.id.empty()) e.id = "person:" + LowerKey(e.name);
    if (const std::string g = Str(j, "gender"); g == "m" || g == "f") e.gender = g[0];
    if (auto it = j.find("roles"); it != j.end() && it->is_array()) {
      for (const auto& r : *it) {
        if (!r.is_object()) continue;
        e.roles.push_back({Str(r, "title"), Str(r, "of"), Str(r, "from"), Str(r, "to")});
      }
    }
    const auto toks = SurfaceTokens(e.name);
    if (toks.size() >= 2) e.surname = toks.back();
    const int idx = add_entity(e);
    d.AddPattern(e.name, idx, MatchKind::kName);
    for (const auto& a : e.aliases) {
      d.AddPattern(a, idx, MatchKind::kName);
      const auto at = SurfaceTokens(a);
      if (at.size() >= 2 && at.back() != e.surname) d.surnames_[at.back()].push_back(idx);
    }
    // Chinese, Korean and Cambodian names put the family name first: "Xi" is Xi Jinping, "Kim"
    // Kim Jong Un, "Yoon" Yoon Suk Yeol, "Hun" Hun Sen. Their last word is a given name, which
    // names nobody alone ("Choe Son Hui" is not Li Hui); Hong Kong, Macau and Singapore names
    // are written either way ("John Lee", "Lawrence Wong"), so both words name them.
    static const std::set<std::string, std::less<>> kFamilyFirst = {"CHN", "TWN", "HKG", "MAC",
                                                                    "KOR", "PRK", "KHM", "SGP"};
    static const std::set<std::string, std::less<>> kGivenLast = {"CHN", "TWN", "KOR", "PRK",
                                                                  "KHM"};
    if (!e.surname.empty() && !(toks.size() >= 2 && kGivenLast.contains(e.country))) {
      d.surnames_[e.surname].push_back(idx);
    }
    if (toks.size() >= 2 && toks.front() != e.surname && kFamilyFirst.contains(e.country)) {
      d.surnames_[toks.front()].push_back(idx);
    }
  });
  for (const auto& [surface, iso3] : metonyms) {
    auto it = d.by_iso3_.find(iso3);
    if (it == d.by_iso3_.end()) continue;
    // Prefer the place entry of the same name ("Moscow" the city, tagged as a seat of power).
    bool placed = false;
    const auto toks = SurfaceTokens(surface);
    if (!toks.empty()) {
      if (const int b = d.first_keys_.Find(toks[0]); b >= 0) {
        for (int k : d.by_first_[b]) {
          auto& p = d.patterns_[k];
          if (p.tokens == toks && d.entities_[p.entity].type == "location") {
            d.entities_[p.entity].metonym_of = iso3;
            placed = true;
          }
        }
      }
    }
    if (!placed) d.AddPattern(surface, it->second, MatchKind::kMetonym);
  }
  for (const auto& t : kBuiltinTitles) d.AddTitle(t.surface, {t.title, t.sector});
  read("titles.jsonl", [&](const json& j) {
    TitleInfo info{Str(j, "title"), Str(j, "sector")};
    if (info.title.empty()) return;
    d.AddTitle(info.title, info);
    for (const auto& v : StrList(j, "variants")) d.AddTitle(v, info);
  });
  for (auto& v : d.by_first_) {
    std::stable_sort(v.begin(), v.end(), [&](int a, int b) {
      return d.patterns_[a].tokens.size() > d.patterns_[b].tokens.size();
    });
  }
  for (auto& v : d.titles_by_first_) {
    std::stable_sort(v.begin(), v.end(), [&](int a, int b) {
      return d.titles_[a].tokens.size() > d.titles_[b].tokens.size();
    });
  }
  d.first_seq_.resize(d.by_first_.size());
  for (size_t b = 0; b < d.by_first_.size(); ++b) {
    for (int k : d.by_first_[b]) d.first_seq_[b].push_back(MakeSeqEntry(k, d.patterns_[k].tokens));
  }
  d.title_seq_.resize(d.titles_by_first_.size());
  for (size_t b = 0; b < d.titles_by_first_.size(); ++b) {
    for (int k : d.titles_by_first_[b]) {
      d.title_seq_[b].push_back(MakeSeqEntry(k, d.titles_[k].tokens));
    }
  }
  d.exact_surface_.resize(d.patterns_.size());
  for (size_t k = 0; k < d.patterns_.size(); ++k) {
    for (char c : d.patterns_[k].exact) {
      if (c != ' ') d.exact_surface_[k].push_back(c);
    }
    const std::string& want = d.exact_surface_[k];
    if (!want.empty() && static_cast<unsigned char>(want[0]) >= 0x80) {
      d.lower_word_can_match_ = true;
    }
  }
  for (auto& [k, v] : d.surnames_) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  }
  return d;
}

Match Dictionary::MatchEntity(std::string_view text, const std::vector<Token>& toks,
                              size_t i) const {
  // A lower-case word ("the", "new") starts no name, and only a non-ASCII exact spelling or
  // a name the dictionary writes in lower case ("al-Qaeda") could match it: skip the buckets
  // of such frequent words.
  if (!toks[i].cap && toks[i].kind == TokenKind::kWord && !lower_word_can_match_) {
    const std::string_view w = toks[i].lower;
    if (w.empty() || !lower_start_letter_[static_cast<unsigned char>(w[0])] ||
        std::find(lower_starts_.begin(), lower_starts_.end(), w) == lower_starts_.end()) {
      return {};
    }
  }
  const int first = first_keys_.Find(toks[i].lower, toks[i].hash);
  if (first < 0) return {};
  for (const SeqEntry& se : first_seq_[first]) {
    const int k = se.index;
    const auto& p = patterns_[k];
    if (!SeqMatches(toks, i, se, p.tokens)) continue;
    if (p.definite) {
      // Not before more of a longer name: "the Alliance of Liberals", "the Alliance of the
      // ...", "the Alliance Party"; "accused the West of waging a hybrid war" is the West.
      const size_t after = i + se.length;
      const bool of_name = after + 1 < toks.size() && toks[after].lower == "of" &&
                           (toks[after + 1].cap || toks[after + 1].lower == "the");
      if (i == 0 || toks[i - 1].lower != "the" || of_name ||
          (after < toks.size() && toks[after].cap && toks[after].kind == TokenKind::kWord)) {
        continue;
      }
    }
    if (!p.exact.empty()) {
      // The tokens' surfaces, concatenated, must spell the pattern without its spaces.
      const std::string_view want = exact_surface_[k];
      size_t at = 0;
      bool same = true;
      for (size_t m = 0; m < se.length && same; ++m) {
        const auto piece = text.substr(toks[i + m].begin, toks[i + m].end - toks[i + m].begin);
        same = at + piece.size() <= want.size() && want.substr(at, piece.size()) == piece;
        at += piece.size();
      }
      const auto b = toks[i].begin, e = toks[i + se.length - 1].end;
      if (!same || at != want.size() || e < b) continue;
    } else if (!toks[i].cap && toks[i].kind == TokenKind::kWord) {
      continue;  // names start with a capital in running text
    }
    return {k, se.length};
  }
  return {};
}

size_t Dictionary::MatchTitle(const std::vector<Token>& toks, size_t i, TitleInfo* info) const {
  const int first = title_keys_.Find(toks[i].lower, toks[i].hash);
  if (first < 0) return 0;
  for (const SeqEntry& se : title_seq_[first]) {
    const auto& t = titles_[se.index];
    if (SeqMatches(toks, i, se, t.tokens)) {
      *info = t.info;
      return se.length;
    }
  }
  return 0;
}

const std::vector<int>* Dictionary::PeopleBySurname(const std::string& lower_surname) const {
  auto it = surnames_.find(lower_surname);
  return it == surnames_.end() ? nullptr : &it->second;
}

int Dictionary::FindById(const std::string& id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? -1 : it->second;
}

int Dictionary::CountryByIso3(const std::string& iso3) const {
  auto it = by_iso3_.find(iso3);
  return it == by_iso3_.end() ? -1 : it->second;
}

const std::string& Dictionary::TitleSector(const std::string& title) const {
  static const std::string kNone;
  auto it = title_sector_.find(title);
  return it == title_sector_.end() ? kNone : it->second;
}

}  // namespace parley::extract
