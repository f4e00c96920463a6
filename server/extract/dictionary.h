// Dictionaries (config/dict/*.jsonl) compiled into token-sequence gazetteers.
//
// Loaded once, then read-only: every method is const and safe to call from many threads.
// Names are matched on lower-cased token sequences (tokens.h); short all-caps aliases ("US",
// "EU") must match case exactly so that "us" is never the United States.
#pragma once

#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "extract/key_index.h"
#include "extract/model.h"
#include "extract/tokens.h"

namespace parley::extract {

struct DictEntity {
  std::string id, name, type, country, sector, kind;
  std::string actor_code;  // a CAMEO actor code the entry states (international organisations)
  std::string adjective;   // countries: the first adjective ("Ukrainian"), or ""
  std::string capital;     // countries: the capital's name ("Kyiv"), or ""
  std::vector<std::string> aliases;
  std::vector<Role> roles;
  std::string metonym_of;  // places standing for a government ("Kremlin" -> RUS)
  std::string surname;     // lower-cased last name token of people
  char gender = 0;         // people: 'm' or 'f' as the entry states, else 0
  std::optional<std::pair<double, double>> coordinates;  // latitude, longitude, if listed
};

enum class MatchKind : uint8_t {
  kName,       // a name or alias of the entity
  kAdjective,  // a country adjective ("Russian"): a modifier, not a mention
  kDemonym,    // a plural people name ("the Americans"): a mention of the country
  kMetonym,    // a government seat ("the Kremlin") when no place entry exists
};

struct GazPattern {
  std::vector<std::string> tokens;  // lower-cased
  std::string exact;                // non-empty: the surface must match this case-sensitively
  int entity = -1;
  MatchKind kind = MatchKind::kName;
  // An alias written with a lower-case "the" ("the Alliance", "the Fed"): a name only right
  // after "the" and not followed by more of a longer name ("the Alliance of Liberals").
  bool definite = false;
};

struct TitleInfo {
  std::string title, sector;
};

struct Match {
  int pattern = -1;
  size_t length = 0;  // tokens
};

class Dictionary {
 public:
  // Reads dir/*.jsonl (countries, places, organizations, people, titles). Missing files are
  // fine; a malformed line throws std::runtime_error naming file and line.
  static Dictionary Load(const std::filesystem::path& dir);

  // Longest entity pattern starting at toks[i] (respecting case rules), or pattern -1.
  Match MatchEntity(std::string_view text, const std::vector<Token>& toks, size_t i) const;
  // Longest title starting at toks[i]; returns the number of tokens (0 if none).
  size_t MatchTitle(const std::vector<Token>& toks, size_t i, TitleInfo* info) const;

  const GazPattern& pattern(int i) const { return patterns_[i]; }
  const DictEntity& entity(int i) const { return entities_[i]; }
  int entity_count() const { return static_cast<int>(entities_.size()); }
  // Dictionary people whose last name is `lower_surname`.
  const std::vector<int>* PeopleBySurname(const std::string& lower_surname) const;
  int FindById(const std::string& id) const;
  // The country entity for an ISO alpha-3 code, or -1.
  int CountryByIso3(const std::string& iso3) const;
  // The sector of a canonical title ("prime minister" -> "GOV", "admiral" -> "MIL"), or "" when
  // the title is not listed or lists no sector.
  const std::string& TitleSector(const std::string& title) const;

 private:
  void AddPattern(const std::string& surface, int entity, MatchKind kind);
  // Adds `p` to its first word's bucket unless an equal pattern is there already.
  void AddPatternOnce(GazPattern p);
  void AddTitle(const std::string& surface, const TitleInfo& info);

  std::vector<DictEntity> entities_;
  std::vector<GazPattern> patterns_;
  // Patterns by first token (ids from first_keys_), each list sorted longest first.
  KeyIndex first_keys_;
  std::vector<std::vector<int>> by_first_;
  std::unordered_map<std::string, std::vector<int>> surnames_;
  std::unordered_map<std::string, int> by_id_;
  std::unordered_map<std::string, int> by_iso3_;
  std::unordered_map<std::string, std::string> title_sector_;  // canonical title -> sector
  struct TitlePattern {
    std::vector<std::string> tokens;
    TitleInfo info;
  };
  std::vector<TitlePattern> titles_;
  KeyIndex title_keys_;
  std::vector<std::vector<int>> titles_by_first_;
  // by_first_ and titles_by_first_ in match order, built once loading is done.
  std::vector<std::vector<SeqEntry>> first_seq_;
  std::vector<std::vector<SeqEntry>> title_seq_;
  // Per pattern: `exact` without its spaces, the surface an exact pattern must spell.
  std::vector<std::string> exact_surface_;
  // Whether a lower-case word can start any match: only an exact pattern whose spelling starts
  // with a non-ASCII character could. Usually false, which rejects most tokens at once.
  bool lower_word_can_match_ = false;
  // The first words of the names the dictionaries write in lower case ("al-Qaeda", "von der
  // Leyen", "blue helmets"; matched only as written), and their first letters: a lower-case
  // word whose letter is not among them is rejected with one lookup.
  std::vector<std::string> lower_starts_;
  std::array<bool, 256> lower_start_letter_{};
};

}  // namespace parley::extract
