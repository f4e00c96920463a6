// The field's people: persons of PETRARCH2's country actor dictionary, kept in
// config/coding/field.people.txt (tools/dict/field_people.py converts them), as a linker for
// the persons Parley's own dictionaries do not know.
//
// The recogniser finds many more people than config/dict/people.jsonl names; an open-world
// person keeps its name and mentions but no country or sector, so its events have one side.
// `LinkFieldPeople` looks each such person up by the whole of its name (or a surname the
// field lists alone) and gives it the country and sector of the field's code at the article's
// date ("Henry Kissinger" USAELI in 2022, "Peter Thomson" FJIGOV in 2016). Parley's
// dictionaries win: a person they name, or one the rules already placed (a title, an
// apposition, a site's office), is left as it is.
//
// Thread-safe: `FieldPeople` is immutable after loading; `LinkFieldPeople` touches only its
// document.
#pragma once

#include <filesystem>
#include <memory>
#include <string_view>

#include "extract/actor_dictionary.h"
#include "extract/document.h"

namespace parley::extract {

class FieldPeople {
 public:
  // Parses a dictionary in the Phoenix actors format; `name` is for error messages. Throws
  // parley::Error(kInvalidArgument) as ActorDictionary::AddActors does.
  FieldPeople(std::string_view text, std::string_view name);

  // `dir`/field.people.txt, or null when the file is not there. Throws parley::Error when
  // it cannot be read or parsed.
  static std::unique_ptr<FieldPeople> Load(const std::filesystem::path& dir);

  // The CAMEO code of the person named `name` (words as written, separated by spaces) on
  // `date` (yyyymmdd; 0 = unknown, the entry's default code), or "" when no entry is named
  // by the whole of it or none of its codes holds then.
  std::string CodeOf(std::string_view name, int32_t date) const;

  size_t entries() const { return actors_.actor_entries(); }

 private:
  coding::ActorDictionary actors_;
};

// Gives each person of `doc` that no dictionary entry or rule has placed (no country, no
// sector) the country and sector of its field code at the article's date, when the code's
// first three letters are a country the dictionaries know.
void LinkFieldPeople(const FieldPeople& people, Document* doc);

}  // namespace parley::extract
