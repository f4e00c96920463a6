// The field's people as a linker (extract/field_people.h): dated codes, whole names only,
// accents, the surname a dictionary lists alone; then the shipped config/coding file through
// the shared extractor (Parley's own dictionary wins where both name a person).
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "base/error.h"
#include "event_test_util.h"
#include "extract/field_people.h"

using namespace parley::extract;
using namespace parley::extract::testing;

namespace {

// Hand-written entries in the Phoenix actors format: a career in two offices and a default, a
// code from a date on, an accented name, a surname listed alone.
const char* kPeople =
    "# comment line\n"
    "ANNA_MARIA_KOVAC_  # CountryInfo.txt\n"
    "+KOVAC\n"
    "\t[HRVELI 900101-051231]\n"
    "\t[HRVGOV 060101-101231]\n"
    "\t[HRVELI]\n"
    "JOSE_RIOS_  # CountryInfo.txt\n"
    "\t[ESPGOV >150101]\n";

}  // namespace

TEST_CASE("field people: the code at the article's date, the default outside every range") {
  const FieldPeople people(kPeople, "people.txt");
  CHECK(people.entries() == 2);
  CHECK(people.CodeOf("Anna Maria Kovac", 20000615) == "HRVELI");
  CHECK(people.CodeOf("Anna Maria Kovac", 20080301) == "HRVGOV");
  CHECK(people.CodeOf("Anna Maria Kovac", 20220301) == "HRVELI");  // the default
  CHECK(people.CodeOf("Kovac", 20080301) == "HRVGOV");             // "+KOVAC"
  // A code from a date on holds from then, and nothing holds before it (no default).
  CHECK(people.CodeOf("José Ríos", 20160101) == "ESPGOV");  // accents folded
  CHECK(people.CodeOf("Jose Rios", 20100101).empty());
}

TEST_CASE("field people: only a phrase that covers the whole name links it") {
  const FieldPeople people(kPeople, "people.txt");
  CHECK(people.CodeOf("Anna Maria", 20080301).empty());              // a part
  CHECK(people.CodeOf("Anna Maria Kovac Smith", 20080301).empty());  // more than it
  CHECK(people.CodeOf("Maria Kovac", 20080301).empty());             // another person
  CHECK(people.CodeOf("", 20080301).empty());
  CHECK(people.CodeOf("  ", 20080301).empty());
}

TEST_CASE("field people: a malformed file is refused naming it, a missing one is no linker") {
  CHECK_THROWS_AS(FieldPeople("\t[HRVGOV]\n", "broken.people.txt"), parley::Error);
  CHECK(FieldPeople::Load(std::filesystem::temp_directory_path() / "no-such-parley-dir") ==
        nullptr);
}

TEST_CASE("field people: persons Parley's dictionaries do not know get the field's code") {
  const Extractor* ex = WithRecognizer();
  if (ex == nullptr) return;  // models/ not in this checkout
  auto run = [&](const std::string& text, const std::string& published) {
    InputDocument doc;
    doc.id = "t";
    doc.text = text;
    doc.published_at = published;
    return ex->Extract(doc);
  };
  // ungdc 2015-2017: the Presidents of the General Assembly thanked in many speeches were
  // persons with no country, so what was said to them had one side.
  CHECK(Coded(run("Sam Kutesa met Peter Thomson in New York.", "2016-09-20"))
            .count({"meeting", "040", "UGAGOV", "FJIGOV"}) == 1);
  // The code at the article's date: Mandela was president from 1994 to 1999.
  bool mandela = false;
  for (const auto& e : run("Nelson Mandela spoke to reporters.", "1995-06-01").entities) {
    if (e.name != "Nelson Mandela") continue;
    mandela = true;
    CHECK(e.actor_code == "ZAFGOV");
  }
  CHECK(mandela);
  // After 1999 the default code holds.
  bool later = false;
  for (const auto& e : run("Nelson Mandela spoke to reporters.", "2022-06-01").entities) {
    if (e.name != "Nelson Mandela") continue;
    later = true;
    CHECK(e.actor_code == "ZAFELI");
  }
  CHECK(later);
  // Parley's own dictionary wins where both name the person: the field has Guterres as a
  // former Portuguese official (PRTELI), Parley as the UN's Secretary-General.
  bool guterres = false;
  for (const auto& e :
       run("Antonio Guterres spoke to reporters in New York.", "2022-06-01").entities) {
    if (e.name != "António Guterres") continue;
    guterres = true;
    CHECK(e.actor_code == "IGOUNO");
  }
  CHECK(guterres);
}
