// The field's people as a linker (field_people.h). The file is read once per extractor; a
// lookup splits a name into words, folds them to the dictionary's upper-case ASCII and asks
// the actor dictionary for a phrase that covers all of them.
#include "extract/field_people.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "base/error.h"
#include "extract/dates.h"
#include "extract/dictionary.h"

namespace parley::extract {

namespace {

// A name's word as the dictionary writes it: accents dropped ("Ríos" -> "RIOS"; the field's
// files are ASCII), ASCII upper case.
std::string DictionaryWord(std::string_view word) {
  utf8proc_uint8_t* folded = nullptr;
  const utf8proc_ssize_t n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(word.data()),
                   static_cast<utf8proc_ssize_t>(word.size()), &folded,
                   static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK));
  std::string out = n >= 0
                        ? std::string(reinterpret_cast<const char*>(folded), static_cast<size_t>(n))
                        : std::string(word);
  std::free(folded);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

}  // namespace

FieldPeople::FieldPeople(std::string_view text, std::string_view name) {
  actors_.AddActors(text, name);
}

std::unique_ptr<FieldPeople> FieldPeople::Load(const std::filesystem::path& dir) {
  const std::filesystem::path p = dir / "field.people.txt";
  std::error_code ec;
  if (!std::filesystem::is_regular_file(p, ec)) return nullptr;
  std::ifstream in(p, std::ios::binary);
  if (!in) throw Error(ErrorCode::kInvalidArgument, "cannot read " + p.string());
  std::ostringstream ss;
  ss << in.rdbuf();
  return std::make_unique<FieldPeople>(ss.str(), p.filename().string());
}

std::string FieldPeople::CodeOf(std::string_view name, int32_t date) const {
  std::vector<coding::CodingToken> tokens;
  size_t at = 0;
  while (at < name.size()) {
    const size_t end = std::min(name.find(' ', at), name.size());
    if (end > at) {
      std::string w = DictionaryWord(name.substr(at, end - at));
      tokens.push_back({w, w});
    }
    at = end + 1;
  }
  if (tokens.empty()) return {};
  const coding::PhraseMatch m = actors_.FindActor(tokens, 0);
  if (m.entry < 0 || m.length != tokens.size()) return {};
  const std::vector<std::string> codes = actors_.ActorCodes(m.entry, date);
  return codes.empty() ? std::string() : codes.front();
}

void LinkFieldPeople(const FieldPeople& people, Document* doc) {
  if (doc->dict == nullptr) return;  // no dictionary to say which codes name countries
  int32_t date = 0;
  if (doc->published.valid()) {
    const CivilDate d = Midpoint(doc->published);
    date = d.y * 10000 + d.m * 100 + d.d;
  }
  for (DocEntity& e : doc->entities) {
    if (e.dict >= 0 || e.out.type != "person" || e.mentions.empty() || !e.out.country.empty() ||
        !e.out.sector.empty()) {
      continue;
    }
    const std::string code = people.CodeOf(e.out.name, date);
    if (code.size() < 3) continue;
    const std::string country = code.substr(0, 3);
    if (doc->dict->CountryByIso3(country) < 0) continue;
    e.out.country = country;
    if (code.size() >= 6) e.out.sector = code.substr(3, 3);
  }
}

}  // namespace parley::extract
