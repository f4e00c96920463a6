#include "extract/entities.h"

#include <algorithm>
#include <cctype>
#include <tuple>

#include "extract/key_index.h"

namespace parley::extract {

// Literal comparisons use string_view: libstdc++ 12 compares std::string with a const char* by
// a memcmp call on every token, string_view checks the length first.
using namespace std::string_view_literals;  // NOLINT(google-build-using-namespace)

namespace {

// Capitalised words that never start or form a name.
// Words naming a body or an office, never the first word of a personal name.
const KeySet& InstitutionWords() {
  static const KeySet kWords = {
      "academy", "administration", "affairs", "air", "armed", "army", "assembly", "board", "bureau",
      "cabinet", "chair", "chairman", "chairperson", "command", "commander", "commission",
      "committee", "congress", "corps", "council", "court", "defence", "defense", "delegation",
      "department", "directorate", "director", "duma", "embassy", "federation", "force", "forces",
      "general", "governor", "ground", "guard", "guards", "headquarters", "intelligence", "kingdom",
      "marine", "mission", "navy", "parliament", "physician", "police", "republic", "secretariat",
      "security", "senate", "service", "services", "speaker", "staff", "supreme", "union", "debate",
      "session",
      // Ministries' portfolios: "Minister of Construction, Housing and Utilities Irek Fayzullin".
      "agriculture", "construction", "culture", "development", "district", "economy", "education",
      "energy", "finance", "health", "housing", "industry", "justice", "labour", "science",
      "sports", "trade", "transport", "utilities"};
  return kWords;
}

// The words of ministries' and committees' portfolios ("Ministry of Digital Development,
// Communications and Mass Media"): a closed class, so that a name after the portfolio is not
// read as part of it ("the Romanian Ministry of National Defense Mihai Iancu" ends before the
// name).
const KeySet& PortfolioWords() {
  static const KeySet kWords = {
      "affairs",       "agrarian",     "agriculture",    "budget",         "children",
      "citizens",      "civil",        "climate",        "commerce",       "communications",
      "communities",   "construction", "consumer",       "cooperation",    "culture",
      "customs",       "defence",      "defense",        "development",    "digital",
      "disaster",      "ecology",      "economic",       "economy",        "education",
      "emergencies",   "emergency",    "employment",     "energy",         "environment",
      "environmental", "european",     "family",         "finance",        "fisheries",
      "food",          "foreign",      "fuel",           "health",         "healthcare",
      "heritage",      "higher",       "home",           "housing",        "human",
      "industries",    "industry",     "information",    "infrastructure", "integration",
      "interior",      "internal",     "international",  "investment",     "investments",
      "justice",       "labor",        "labour",         "land",           "mass",
      "media",         "migration",    "mining",         "national",       "natural",
      "occupied",      "pensions",     "policy",         "population",     "protection",
      "public",        "regional",     "reintegration",  "relations",      "relief",
      "religious",     "resources",    "rights",         "rural",          "safety",
      "science",       "security",     "situations",     "social",         "sport",
      "sports",        "strategic",    "technology",     "temporarily",    "territories",
      "tourism",       "trade",        "transformation", "transport",      "treasury",
      "urban",         "utilities",    "veterans",       "water",          "welfare",
      "women",         "work",         "youth"};
  return kWords;
}

// Words of a region's name that never open a personal name: "Novgorod Region Governor Andrei
// Nikitin" is a governor named after the region, not "Region Governor Andrei Nikitin".
const KeySet& RegionWords() {
  static const KeySet kWords = {"region", "oblast", "krai", "okrug", "territory", "province"};
  return kWords;
}

// The sector of two words naming one force, as Phoenix.agents.txt codes them ("security
// forces" COP, "security services" and "intelligence services" SPY, "border guards", "coast
// guard", "air force", "armed forces", "special forces" MIL), or nullptr. `a` is lower case.
const char* ForcePair(const Token& a, const Token& b) {
  static const struct {
    std::string_view first, second;
    const char* sector;
  } kForces[] = {{"security", "forces", "COP"},
                 {"security", "services", "SPY"},
                 {"riot", "police", "COP"},
                 {"law", "enforcement", "COP"},
                 {"intelligence", "services", "SPY"},
                 {"intelligence", "agencies", "SPY"},
                 {"border", "guards", "MIL"},
                 {"border", "guard", "MIL"},
                 {"coast", "guard", "MIL"},
                 {"coast", "guards", "MIL"},
                 {"air", "force", "MIL"},
                 // "Russian air defences shot down 40 Ukrainian drones" (was nobody's).
                 {"air", "defences", "MIL"},
                 {"air", "defenses", "MIL"},
                 {"air", "defence", "MIL"},
                 {"air", "defense", "MIL"},
                 {"armed", "forces", "MIL"},
                 {"special", "forces", "MIL"},
                 {"naval", "forces", "MIL"},
                 // A junta governs: "Niger's military junta" (Phoenix.agents.txt's JUNTA).
                 {"military", "junta", "GOV"},
                 {"ruling", "junta", "GOV"},
                 {"military", "government", "GOV"},
                 // "Ukraine's general staff said" (was Ukraine's statement).
                 {"general", "staff", "MIL"}};
  // Title case only for the forces news writes so ("Ukraine's Air Force said", "the General
  // Staff of Ukraine"); other capitalised pairs open longer names the recogniser reads.
  if (a.cap != b.cap) return nullptr;
  for (const auto& f : kForces) {
    if (a.lower != f.first || b.lower != f.second) continue;
    if (a.cap && f.second != "force"sv && f.second != "forces"sv && f.second != "guard"sv &&
        f.second != "staff"sv) {
      return nullptr;
    }
    return f.sector;
  }
  if (a.cap) return nullptr;
  // A ministry by its portfolio in lower case, as news writes it after a country's
  // possessive: "Ukraine's energy ministry said" (GOV; a defence ministry is the military's).
  if (b.lower == "ministry"sv && PortfolioWords().Has(a)) {
    return a.lower == "defence"sv || a.lower == "defense"sv ? "MIL" : "GOV";
  }
  return nullptr;
}

// Whether toks[b, e), a span the recogniser took for a name, names no one: one word that
// is a deity, a feast, a greeting, a currency code, a homeland word, an ideology or a
// sentiment ("-phobia"), a lone body or document word of a UN speech, a greeting before a
// feast ("Happy Easter"), "Heads of State", a topic ("Climate Change") or a UN speech's
// "States".
bool NamesNoOne(const std::vector<Token>& toks, size_t b, size_t e) {
  static const KeySet kNoOne = {
      "god", "lord", "allah", "easter", "christmas", "hanukkah", "ramadan", "eid", "passover",
      "hello", "goodbye", "congratulations", "uah", "usd", "eur", "rub", "gbp", "cny", "fatherland",
      "motherland", "homeland", "omicron", "nazism", "neo-nazism", "fascism", "communism",
      "bolshevism", "stalinism", "terrorism", "extremism", "separatism", "nationalism", "racism",
      "imperialism", "colonialism", "judaism", "christianity", "buddhism", "antisemitism", "earth",
      "lng", "pcr", "christ", "look", "prize",
      // A lone body or document word the recogniser reads as a name
      // in the UN's speeches ("the Organization", "the Agenda").
      "organization", "organisation", "conference", "agenda", "goals"};
  // Nor do leaders by their rank alone: "The Heads of State met in the format of a working
  // lunch" (the pair the text named before, not an organisation "Heads of State").
  if (e == b + 3 && toks[b].lower == "heads"sv && toks[b + 1].lower == "of"sv &&
      (toks[b + 2].lower == "state"sv || toks[b + 2].lower == "government"sv)) {
    return true;
  }
  // Nor a topic or the states of a speech to the UN, which the recogniser reads as
  // organisations there: "Climate Change" (103 of the first 400 UN speeches), "Sustainable
  // Development" (106), "States" (121), "Member States" (65), "States Members" (56).
  if (e == b + 1 && (toks[b].lower == "states"sv || toks[b].lower == "hiv/aids"sv)) return true;
  if (e == b + 2) {
    static const std::pair<std::string_view, std::string_view> kTopics[] = {
        {"climate", "change"}, {"sustainable", "development"}, {"nuclear", "weapons"},
        {"human", "rights"},   {"global", "warming"},          {"member", "states"},
        {"member", "state"},   {"states", "members"}};
    for (const auto& [x, y] : kTopics) {
      if (toks[b].lower == x && toks[b + 1].lower == y) return true;
    }
  }
  if (e == b + 3 && toks[b].lower == "disaster"sv && toks[b + 1].lower == "risk"sv &&
      toks[b + 2].lower == "reduction"sv) {
    return true;
  }
  if (e >= b + 2 && (toks[b].lower == "happy"sv || toks[b].lower == "merry"sv)) ++b;
  // (A greeting of the season: "Happy New Year".)
  if (e == b + 2 && toks[b].lower == "new"sv && toks[b + 1].lower == "year"sv) return true;
  if (e != b + 1) return false;
  // A sentiment: "Russophobia", "Ukrainophobia", "Xenophobia" (not "Rostourism": only the
  // ideologies listed end in "-ism" here).
  return kNoOne.Has(toks[b]) || (toks[b].lower.size() > 7 && toks[b].lower.ends_with("phobia"sv));
}

const KeySet& NameStop() {
  static const KeySet kStop = {
      "the",       "a",          "an",         "however",     "because",   "of",
      "regarding", "since",      "as",         "he",          "she",       "it",
      "they",      "we",         "i",          "you",         "this",      "that",
      "these",     "those",      "in",         "on",          "at",        "for",
      "with",      "but",        "and",        "or",          "if",        "when",
      "while",     "after",      "before",     "during",      "although",  "today",
      "yesterday", "tomorrow",   "mr",         "mrs",         "ms",        "dr",
      "his",       "her",        "their",      "our",         "its",       "my",
      "your",      "there",      "here",       "then",        "thus",      "also",
      "so",        "yes",        "no",         "not",         "all",       "both",
      "each",      "every",      "some",       "many",        "most",      "such",
      "what",      "which",      "who",        "whom",        "whose",     "where",
      "why",       "how",        "thank",      "thanks",      "dear",      "ladies",
      "gentlemen", "friends",    "colleagues", "good",        "afternoon", "morning",
      "evening",   "january",    "february",   "march",       "april",     "may",
      "june",      "july",       "august",     "september",   "october",   "november",
      "december",  "jan",        "feb",        "mar",         "apr",       "jun",
      "jul",       "aug",        "sep",        "sept",        "oct",       "nov",
      "dec",       "monday",     "tuesday",    "wednesday",   "thursday",  "friday",
      "saturday",  "sunday",     "of course",  "president",   "minister",  "prime",
      "foreign",   "government", "state",      "federal",     "national",  "ministry",
      "office",    "we",         "let",        "please",      "now",       "again",
      "indeed",    "meanwhile",  "moreover",   "furthermore", "according", "among",
      "between",   "from",       "to",         "by",          "about",     "over",
      "under",     "into",       "would",      "will",        "can",       "could",
      "should",    "must",       "shall",      "first",       "second",    "third",
      "last",      "next",       "new",        "old",         "great",     "special",
      "deputy",    "acting",     "former",     "secretary",   "general",   "head",
      "chief",     "envoy",      "ambassador", "council",     "security",  "prosecutor",
      "article",   "chapter",    "section",    "part",        "covid",     "coronavirus",
      "day",       "week",       "year",       "one",         "two",       "three",
      "mister",    "madam",      "excellency", "your",        "republic",  "federation",
      "kingdom",   "union",      "european",   "center",      "centre",    "railways",
      "people",    "people's",   "democratic", "islamic",     "united",    "grand",
      "duchy",     "h.e."};
  return kStop;
}

// Surnames that are ordinary English words: only a full name or a title resolves them.
const KeySet& CommonSurnames() {
  static const KeySet kCommon = {
      "may",    "rice",   "brown",  "young",   "king",  "long",  "price",    "green",
      "white",  "black",  "little", "mann",    "lee",   "li",    "sun",      "wang",
      "zhang",  "liu",    "chen",   "kim",     "park",  "moon",  "bush",     "rich",
      "love",   "hope",   "day",    "north",   "south", "west",  "east",     "will",
      "grant",  "case",   "church", "hall",    "wood",  "stone", "rose",     "bill",
      "mark",   "ford",   "carter", "johnson", "jones", "smith", "williams", "davis",
      "miller", "wilson", "khan",   "power",   "brink", "borne", "gang"};
  return kCommon;
}

// Plurals of titles, which name no one person: "Deputy Heads of the Office".
const KeySet& PluralTitles() {
  static const KeySet kPlurals = {"heads",  "deputies", "ministers", "members",        "chairmen",
                                  "chiefs", "leaders",  "directors", "representatives"};
  return kPlurals;
}

const KeySet& NameParticles() {
  static const KeySet kParticles = {"bin", "bint", "al",  "el",  "de",  "da", "di",
                                    "du",  "van",  "von", "der", "den", "la", "le",
                                    "dos", "das",  "ibn", "abu", "ben"};
  return kParticles;
}

struct OrgHead {
  std::string_view word;
  const char* sector;
};
// A head that says no sector of its own (below).
constexpr const char* kNoSector = "";
constexpr OrgHead kOrgHeads[] = {
    {"ministry", "GOV"},       {"government", "GOV"},   {"cabinet", "GOV"},
    {"administration", "GOV"}, {"council", "GOV"},      {"committee", "GOV"},
    {"commission", "GOV"},     {"agency", "GOV"},       {"service", "GOV"},
    {"office", "GOV"},         {"department", "GOV"},   {"army", "MIL"},
    {"forces", "MIL"},         {"guard", "MIL"},        {"navy", "MIL"},
    {"command", "MIL"},        {"party", "PTY"},        {"bank", "BUS"},
    {"company", "BUS"},        {"corporation", "BUS"},  {"group", kNoSector},
    {"parliament", "LEG"},     {"rada", "LEG"},         {"duma", "LEG"},
    {"assembly", "LEG"},       {"senate", "LEG"},       {"congress", "LEG"},
    {"court", "JUD"},          {"tribunal", "JUD"},     {"university", "EDU"},
    {"institute", "EDU"},      {"academy", "EDU"},      {"foundation", "NGO"},
    {"association", "NGO"},    {"fund", kNoSector},     {"front", "OPP"},
    {"movement", "OPP"},       {"organisation", "IGO"}, {"organization", "IGO"},
    {"union", "IGO"},          {"federation", "NGO"},   {"chamber", kNoSector},
};
// The sector the words of a body's name toks[b, e) say when its head word says none (see
// below): a "Group of" states or experts, an "International ... Group" are
// intergovernmental; a "Chamber of Commerce" is business's, a "Chamber of Deputies" a
// parliament's. nullptr when they say none either.
const char* NameWordsSector(const std::vector<Token>& toks, size_t b, size_t e) {
  const char* sector = nullptr;
  for (size_t w = b; w < e && w < toks.size(); ++w) {
    const std::string_view word = toks[w].lower;
    if (word == "international"sv ||
        (word == "group"sv && w + 1 < toks.size() && toks[w + 1].lower == "of"sv)) {
      sector = "IGO";
    } else if (word == "commerce"sv || word == "industry"sv) {
      sector = "BUS";
    } else if (word == "deputies"sv) {
      sector = "LEG";
    }
  }
  return sector;
}
// (A "Group", a "Fund" and a "Chamber" head a body's name but say no sector: in diplomatic
// text most groups are states' ("Contact Group", "Group of Five", "Open Working Group"), most
// funds are states' or international ("Green Climate Fund", "National Wealth Fund"), and a
// chamber may be a state's ("Accounts Chamber"), a parliament's or a business one. OrgPhrase
// reads the rest of the name for one.)

// A plural role noun and the CAMEO sector of the group it names ("officials" GOV).
struct AgentNoun {
  std::string_view noun;
  const char* sector;
};

// The sector of `t` in `nouns`, or nullptr.
template <size_t N>
const char* AgentSector(const AgentNoun (&nouns)[N], const Token& t) {
  for (const AgentNoun& a : nouns) {
    if (t.lower == a.noun) return a.sector;
  }
  return nullptr;
}

// The region adjectives of RegionGroup and the CAMEO region each names, as the field's actor
// dictionaries use them in the country slot (Phoenix codes "Arab Center for Strategic
// Studies" NGOARB, the OSCE's officials IGOEUR): one or two words, lower case.
struct RegionAdjective {
  std::string_view first, second, code;
};
constexpr RegionAdjective kRegionAdjectives[] = {
    {"european", "", "EUR"},       {"western", "", "WST"},
    {"arab", "", "ARB"},           {"african", "", "AFR"},
    {"asian", "", "ASA"},          {"latin", "american", "LAM"},
    {"middle", "eastern", "MEA"},  {"east", "african", "EAF"},
    {"west", "african", "WAF"},    {"north", "african", "NAF"},
    {"central", "asian", "CAS"},   {"southeast", "asian", "SEA"},
    {"south", "asian", "SAS"},     {"eastern", "european", "EEU"},
    {"nordic", "", "SCN"},         {"scandinavian", "", "SCN"},
    {"gulf", "", "PGS"},           {"gulf", "arab", "PGS"},
    {"caribbean", "", "CRB"},      {"balkan", "", "BLK"},
    {"north", "american", "NMR"},  {"south", "american", "SAM"},
    {"southern", "african", "SAF"}};

// The region adjective at toks[i] (capitalised, the longest of the table's), or nullptr; `*te`
// is the token after it.
const RegionAdjective* RegionAt(const std::vector<Token>& toks, size_t i, size_t* te) {
  if (i >= toks.size() || !toks[i].cap) return nullptr;
  const RegionAdjective* region = nullptr;
  for (const RegionAdjective& r : kRegionAdjectives) {
    if (toks[i].lower != r.first) continue;
    if (r.second.empty()) {
      if (region == nullptr) {
        region = &r;
        *te = i + 1;
      }
    } else if (i + 1 < toks.size() && toks[i + 1].cap && toks[i + 1].lower == r.second) {
      region = &r;
      *te = i + 2;
    }
  }
  return region;
}

bool IsRegionCode(std::string_view code) {
  for (const RegionAdjective& r : kRegionAdjectives) {
    if (r.code == code) return true;
  }
  return false;
}

const char* OrgHeadSector(const Token& t) {
  // Probed for every capitalised word of a phrase; a string compare per head was measurable.
  struct HeadIndex {
    KeyIndex keys;
    std::vector<const char*> sectors;  // by key id
  };
  static const HeadIndex kIndex = [] {
    HeadIndex index;
    for (const auto& h : kOrgHeads) {
      if (index.keys.Insert(h.word) == static_cast<int>(index.sectors.size())) {
        index.sectors.push_back(h.sector);
      }
    }
    return index;
  }();
  const int id = kIndex.keys.Find(t.lower, t.hash);
  return id < 0 ? nullptr : kIndex.sectors[id];
}

bool IsIso3(const std::string& s) {
  return s.size() == 3 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::string Slug(std::string_view name) {
  std::string out;
  for (char c : LowerKey(name)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80) {
      out.push_back(c);
    } else if (!out.empty() && out.back() != '-') {
      out.push_back('-');
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

bool RoleActive(const Role& r, const CivilDate& at) {
  if (!at.valid()) return r.to.empty();
  const std::string d = FormatDate(Midpoint(at), "day");
  return (r.from.empty() || r.from.substr(0, 10) <= d) && (r.to.empty() || d <= r.to.substr(0, 10));
}

class EntityFinder {
 public:
  explicit EntityFinder(Document* doc) : doc_(*doc), dict_(*doc->dict) {}

  void Run() {
    doc_.sports_report = SportsReport(doc_);
    doc_.subject.assign(doc_.sentences.size(), -1);
    for (size_t si = 0; si < doc_.sentences.size(); ++si) Sentence(static_cast<int>(si));
    DocumentOwners();
    DatelineCredits();
    CompaniesNamedByKind();
    OwnedOrganizations();
    CongoOfTheText();
    DefiniteBodies();
    DefiniteCountry();
    NamedAfterPlaces();
    SecondPerson();
    AddressedHead();
    ElectedAssemblyPresidents();
    // A regional official the text names by title but with no country ("Governor Vasily
    // Orlov", "Head of the Republic Sergei Aksyonov" on the Kremlin's site) serves the
    // government whose site publishes the text; elsewhere the country stays unknown. Other
    // titles are too often a foreign guest's ("National Security Advisor Jacob Sullivan",
    // "Deputy Minister Mustafa Tuzcu" on the Ukrainian president's site): 45 of 59 right.
    if (doc_.site_country.empty()) {
      if (const std::string home = DatelineCountry(); !home.empty()) {
        UnownedStateBodies(home);
        UnownedOfficeHolders(home);
        DatelineBodies(home);
        ForeignNamesakeParties(home);
      }
      return;
    }
    // So does an officer, a prosecutor or a security official ("Commander-in-Chief of the
    // Armed Forces Valerii Zaluzhny", "Deputy Defence Minister Alexei Krivoruchko", "Prosecutor
    // General Iryna Venediktova" were ---MIL and ---JUD): a foreign guest of these sectors is
    // named with his country. 51 of 52 right in the press releases (the other was no officer:
    // "V-A-C General Director Teresa Mavica").
    for (auto& e : doc_.entities) {
      if (e.dict >= 0 || e.out.type != "person"sv || !e.out.country.empty() ||
          e.out.roles.empty() || !PersonalName(e)) {
        continue;
      }
      const bool security = e.out.sector == "MIL"sv || e.out.sector == "JUD"sv ||
                            e.out.sector == "COP"sv || e.out.sector == "SPY"sv;
      if (e.out.sector != "GOV"sv && !security) continue;
      const bool domestic = std::all_of(e.out.roles.begin(), e.out.roles.end(), [&](const Role& r) {
        // (And the site's president's own staff: "Presidential Aide Maxim Oreshkin", "Deputy
        // Head of the Office of the President Andriy Smirnov".)
        return r.of.empty() && (security || r.title == "governor"sv || r.title == "mayor"sv ||
                                r.title == "head"sv || r.title == "presidential aide"sv ||
                                r.title.find("office of the president") != std::string::npos);
      });
      if (domestic) e.out.country = doc_.site_country;
    }
    // On a visit abroad that the text opens with ("Ihor Zhovkva is on a working visit to the
    // Czech Republic"), a minister the text names by title alone ("the meeting with Foreign
    // Minister Jan Lipavský", "Minister of European Affairs Mikuláš Bek") is the host's.
    if (const std::string host = LeadVisitCountry(); !host.empty()) {
      for (auto& e : doc_.entities) {
        if (e.dict >= 0 || e.out.type != "person"sv || !e.out.country.empty() ||
            e.out.sector != "GOV"sv || e.out.roles.empty() || !PersonalName(e)) {
          continue;
        }
        const bool minister =
            std::all_of(e.out.roles.begin(), e.out.roles.end(), [](const Role& r) {
              return r.of.empty() && r.title.find("minister") != std::string::npos;
            });
        if (minister) e.out.country = host;
      }
    }
    UnownedStateBodies(doc_.site_country);
  }

  // In news set in `home` (DatelineCountry), a minister or president the text names by title
  // alone is that country's: "THE HAGUE - ... Foreign Minister Caspar Veldkamp said" (NLDGOV),
  // "TEHRAN - ... Vice President Mohammad Mokhber will serve as interim president".
  void UnownedOfficeHolders(const std::string& home) {
    // (Only in news that names the country, by its name or adjective: "WASHINGTON - The
    // foreign ministers of Congo and Rwanda signed ..." tells of the M23 rebels, who are no
    // American group.)
    const bool home_named =
        std::any_of(doc_.mentions.begin(), doc_.mentions.end(), [&](const Mention& m) {
          return m.entity >= 0 ? doc_.entities[m.entity].out.type == "country"sv &&
                                     doc_.entities[m.entity].out.country == home
                               : m.kind == MentionKind::kAdjective && m.country == home;
        });
    for (auto& e : doc_.entities) {
      // (And an armed group the dictionaries lack: "ISLAMABAD - ... The Balochistan
      // Liberation Army claimed responsibility" is Pakistan's rebels.)
      if (e.dict < 0 && e.out.type == "organization"sv && e.out.country.empty() &&
          e.out.sector == "REB"sv) {
        if (home_named) e.out.country = home;
        continue;
      }
      // (Or an opposition leader or candidate: "CARACAS - ... opposition candidate Edmundo
      // Gonzalez".)
      if (e.dict < 0 && e.out.type == "person"sv && e.out.country.empty() &&
          e.out.sector == "OPP"sv && !e.out.roles.empty() && PersonalName(e) &&
          std::all_of(e.out.roles.begin(), e.out.roles.end(), [](const Role& r) {
            return r.of.empty() && r.title.starts_with("opposition"sv);
          })) {
        e.out.country = home;
        continue;
      }
      if (e.dict >= 0 || e.out.type != "person"sv || !e.out.country.empty() ||
          e.out.sector != "GOV"sv || e.out.roles.empty() || !PersonalName(e)) {
        continue;
      }
      const bool office = std::all_of(e.out.roles.begin(), e.out.roles.end(), [](const Role& r) {
        return r.of.empty() && (r.title.find("minister") != std::string::npos ||
                                r.title.find("president") != std::string::npos ||
                                r.title == "premier"sv || r.title == "chancellor"sv);
      });
      if (office) e.out.country = home;
    }
  }

  // In news set in `home` (DatelineCountry), a bare "the government", "the military
  // government", "the junta", "the opposition", "the army", "police" or "protesters" is that
  // country's, as the field codes police with the country from context: "YANGON - ... The
  // military government appealed for aid" (MMRGOV). Not where the stretch of the sentence
  // between commas names another country, which may be the one meant ("Cambodia said the
  // government ..."), nor before "of", a possessive or a noun it modifies ("the government of
  // Japan", "the government forces", "police officers").
  void DatelineBodies(const std::string& home) {
    const int c = dict_.CountryByIso3(home);
    if (c < 0) return;
    static const KeySet kRulers = {"government", "junta", "regime"};
    static const KeySet kRulerWords = {"military", "ruling", "interim", "new", "transitional"};
    static const KeySet kAfter = {
        "forces",       "troops",    "officials",    "official", "spokesman", "spokeswoman",
        "spokesperson", "building",  "buildings",    "office",   "offices",   "headquarters",
        "minister",     "ministers", "sources",      "source",   "critics",   "opponents",
        "supporters",   "officers",  "officer",      "station",  "stations",  "chief",
        "chiefs",       "force",     "units",        "unit",     "car",       "cars",
        "department",   "commander", "commissioner", "academy",  "custody",   "raid",
        "raids",        "operation", "operations",   "side",     "army",      "soldiers",
        "delegation",   "agency",    "agencies",     "policy",   "policies",  "plan",
        "plans",        "decision",  "decisions",    "website",  "employees", "representatives"};
    for (size_t si = 0; si < doc_.sentences.size(); ++si) {
      const auto& s = doc_.sentences[si];
      const auto& toks = s.toks;
      // Whether the stretch of toks[i] between commas names a country other than home
      // ("BANGKOK - The government said that Cambodia had violated ...": maybe Cambodia's).
      auto foreign = [&](size_t i) {
        size_t b = i, e = i + 1;
        auto stop = [&](size_t k) {
          return toks[k].lower == ","sv || toks[k].lower == ";"sv || toks[k].lower == ":"sv;
        };
        while (b > 0 && !stop(b - 1)) --b;
        while (e < toks.size() && !stop(e)) ++e;
        for (size_t k = b; k < e; ++k) {
          const int mi = s.tok_mention[k];
          if (mi < 0) continue;
          const Mention& m = doc_.mentions[mi];
          const std::string& country =
              m.entity >= 0 && doc_.entities[m.entity].out.type == "country"sv
                  ? doc_.entities[m.entity].out.country
                  : (m.kind == MentionKind::kAdjective ? m.country : home);
          if (country != home) return true;
        }
        return false;
      };
      bool added = false;
      for (size_t i = 0; i < toks.size(); ++i) {
        const Token& t = toks[i];
        if (t.kind != TokenKind::kWord || s.tok_mention[i] >= 0) continue;
        // "the army", "the military said", and "army warplanes" (the army's); protesters
        // and demonstrators named by no other owner.
        static const KeySet kWeapons = {"warplanes", "jets",        "aircraft", "drones",
                                        "artillery", "helicopters", "tanks",    "troops"};
        // (Not "army-aligned", nor what a government deploys: "deployed the military".)
        const bool army =
            (t.lower == "army"sv || t.lower == "military"sv) && !t.cap && i + 1 < toks.size() &&
            toks[i + 1].lower != "government"sv && toks[i + 1].lower != "junta"sv &&
            toks[i + 1].lower != "-"sv &&
            !(i >= 2 && (toks[i - 2].lower == "deployed"sv || toks[i - 2].lower == "deploy"sv ||
                         toks[i - 2].lower == "deploys"sv || toks[i - 2].lower == "mobilised"sv ||
                         toks[i - 2].lower == "mobilized"sv)) &&
            ((i > 0 && toks[i - 1].lower == "the"sv && !kAfter.Has(toks[i + 1])) ||
             (t.lower == "army"sv && kWeapons.Has(toks[i + 1])));
        const bool crowd = (t.lower == "protesters"sv || t.lower == "demonstrators"sv) &&
                           !(i + 1 < toks.size() &&
                             (toks[i + 1].lower == "of"sv || toks[i + 1].lower == "from"sv)) &&
                           !(i > 0 && (toks[i - 1].cap || toks[i - 1].lower == "-"sv));
        if (army || crowd) {
          if (foreign(i)) continue;
          const int ent = army ? StateBody(c, "army", "MIL") : StateBody(c, "protesters", "OPP");
          if (ent >= 0) {
            AddMention(static_cast<int>(si), i, i + 1, ent, MentionKind::kName);
            added = true;
          }
          continue;
        }
        // "BRASILIA - ... The foreign ministry summoned the U.S. charge d'affaires": a
        // ministry by its lower-case portfolio alone is the dateline country's (as
        // "Brazil's foreign ministry" is Brazil's; a defence ministry is the military's).
        if (i > 0 && toks[i - 1].lower == "the"sv && !t.cap && i + 1 < toks.size() &&
            toks[i + 1].lower == "ministry"sv && !toks[i + 1].cap && PortfolioWords().Has(t) &&
            !(i + 2 < toks.size() && toks[i + 2].lower == "of"sv) && s.tok_mention[i + 1] < 0) {
          // (Another country before it in its clause may own it: "Cambodia's neighbour, the
          // foreign ministry said"; what it summons after it is often foreign, and says
          // nothing of whose it is.)
          bool owned_before = false;
          for (size_t k = i; k > 0 && toks[k - 1].lower != ","sv && !owned_before; --k) {
            const int mi = s.tok_mention[k - 1];
            if (mi < 0) continue;
            const Mention& m = doc_.mentions[mi];
            const std::string& country =
                m.entity >= 0 ? doc_.entities[m.entity].out.country : m.country;
            owned_before = !country.empty() && country != home;
          }
          if (owned_before) continue;
          const bool defence = t.lower == "defence"sv || t.lower == "defense"sv;
          const int ent = StateBody(c, t.lower + " ministry", defence ? "MIL" : "GOV");
          if (ent >= 0) {
            AddMention(static_cast<int>(si), i, i + 2, ent, MentionKind::kName);
            added = true;
            ++i;
          }
          continue;
        }
        const bool opposition = t.lower == "opposition"sv;
        const bool ruler = kRulers.Has(t) || opposition;
        const bool police = t.lower == "police"sv || t.lower == "policemen"sv;
        // (The comma stretch is scanned only for the words read here, not for every word.)
        if ((!ruler && !police) || foreign(i)) continue;
        // ("the opposition leader", "the opposition party": a kind of person or body.)
        static const KeySet kOppositionHeads = {
            "leader",    "leaders",    "party",     "parties",   "candidate",  "candidates",
            "figure",    "figures",    "lawmaker",  "lawmakers", "politician", "politicians",
            "coalition", "bloc",       "alliance",  "movement",  "group",      "groups",
            "members",   "member",     "activists", "activist",  "supporters", "camp",
            "protests",  "protesters", "rally",     "rallies",   "newspaper",  "media",
            "deputies",  "mps",        "senators",  "boycott",   "victory",    "win"};
        if (opposition && i + 1 < toks.size() && kOppositionHeads.Has(toks[i + 1])) continue;
        if (i + 1 < toks.size()) {
          const Token& n = toks[i + 1];
          if ((n.lower == "of"sv && !opposition) || n.lower == "'s"sv || n.possessive ||
              n.lower == "'"sv || (n.cap && n.kind == TokenKind::kWord) || kAfter.Has(n)) {
            continue;
          }
        }
        size_t b = i;
        if (ruler) {
          // "the government", "the military government" (capitalised only as the sentence's
          // first words).
          if (b > 0 && kRulerWords.Has(toks[b - 1]) && s.tok_mention[b - 1] < 0) --b;
          if (b == 0 || toks[b - 1].lower != "the"sv) continue;
          if ((t.cap || toks[b].cap) && b - 1 != 0) continue;
        } else {
          // "Police arrested", "clashed with police", "the police".
          // (After a dateline too: "YANGON - Police arrested".)
          const bool opens =
              i == 0 || (toks[i - 1].kind == TokenKind::kPunct && toks[i - 1].lower != ","sv) ||
              (i == 1 && toks[0].lower == "the"sv);
          if (t.cap && !opens) continue;
          if (i > 0 && toks[i - 1].kind == TokenKind::kWord &&
              !(toks[i - 1].lower == "the"sv || toks[i - 1].lower == "with"sv ||
                toks[i - 1].lower == "by"sv || toks[i - 1].lower == "and"sv ||
                toks[i - 1].lower == "of"sv || toks[i - 1].lower == "that"sv)) {
            continue;
          }
        }
        const int ent = police       ? StateBody(c, "police", "COP")
                        : opposition ? StateBody(c, "opposition", "OPP")
                                     : StateBody(c, "government", "GOV");
        if (ent < 0) continue;
        AddMention(static_cast<int>(si), b, i + 1, ent, MentionKind::kName);
        added = true;
      }
      if (added) SortMentions(&doc_.sentences[si]);
    }
  }

  // In news set in `home`, a party the dictionaries know as another country's is a namesake
  // of home's when the text names nothing else of that country: "SEOUL - The opposition
  // Democratic Party said" is South Korea's party (was the US Democrats, USAOPP). Its
  // mentions move to an open entity of home, so the graph does not join it to the other.
  void ForeignNamesakeParties(const std::string& home) {
    const size_t n = doc_.entities.size();
    for (size_t ei = 0; ei < n; ++ei) {
      const DocEntity& e = doc_.entities[ei];
      if (e.dict < 0 || e.out.type != "organization"sv || dict_.entity(e.dict).kind != "party"sv ||
          e.out.country.empty() || e.out.country == home) {
        continue;
      }
      // Only a name many countries' parties share ("Democratic Party", "the Republicans"),
      // never one of a party's own ("SPD", "Likud").
      static const KeySet kGeneric = {
          "democratic", "republican", "party",     "democrats",    "republicans",   "labour",
          "labor",      "liberal",    "liberals",  "conservative", "conservatives", "socialist",
          "socialists", "national",   "people",    "people's",     "progressive",   "green",
          "greens",     "social",     "communist", "communists",   "workers",       "union"};
      const std::string lower = LowerKey(e.out.name);
      bool generic = true;
      for (size_t b = 0; b < lower.size() && generic;) {
        const size_t sp = std::min(lower.find(' ', b), lower.size());
        generic = kGeneric.Has(std::string_view(lower).substr(b, sp - b));
        b = sp + 1;
      }
      if (!generic) continue;
      const std::string& abroad = e.out.country;
      bool named = false;
      for (size_t mi = 0; mi < doc_.mentions.size() && !named; ++mi) {
        const Mention& m = doc_.mentions[mi];
        if (m.entity == static_cast<int>(ei)) continue;
        named = (m.entity >= 0 ? doc_.entities[m.entity].out.country : m.country) == abroad;
      }
      if (named) continue;
      const std::vector<int> moved = e.mentions;
      const std::string name = e.out.name, sector = e.out.sector;
      const int to = EntityForName(name, "organization");
      auto& t = doc_.entities[to];
      t.out.country = home;
      t.out.sector = sector;
      for (int mi : moved) {
        doc_.mentions[mi].entity = to;
        t.mentions.push_back(mi);
      }
      doc_.entities[ei].mentions.clear();
    }
  }

  // A state body named without its country ("the Defence Ministry", "the Federal Customs
  // Service") is the government's of `home`: the publishing site's, or in news the country of
  // the dateline's place that the text names too.
  void UnownedStateBodies(const std::string& home) {
    // So the field codes "police" with the country from context. Not the names the UN's own
    // organs share in a text that names the UN: there "the Security Council" is the UN's.
    static const KeySet kUnOrgans = {"security council", "general assembly", "human rights council",
                                     "secretariat"};
    const bool names_un =
        std::any_of(doc_.entities.begin(), doc_.entities.end(),
                    [](const DocEntity& e) { return e.out.id.rfind("org:un", 0) == 0; });
    // Unless the text names an official of the site's own body of that name: "Secretary of the
    // Security Council Nikolai Patrushev" on the Kremlin's site, where "the United Nations" is
    // named too.
    auto site_office_in = [&](const std::string& body) {
      const std::string suffix = " of the " + body;
      return std::any_of(doc_.entities.begin(), doc_.entities.end(), [&](const DocEntity& p) {
        return p.out.type == "person"sv &&
               std::any_of(p.out.roles.begin(), p.out.roles.end(), [&](const Role& r) {
                 return r.of == home && r.title.ends_with(suffix);
               });
      });
    };
    for (auto& e : doc_.entities) {
      // (A region's group has no country and is nobody's: "European countries" on the
      // Ukrainian president's site are EURGOV, not UKRGOV.)
      if (e.dict >= 0 || e.out.type != "organization"sv || !e.out.country.empty() ||
          !e.region.empty()) {
        continue;
      }
      // A central bank is a state body too, not a business of its head word ("the Central
      // Bank raised its key rate" on the Kremlin's site is the Bank of Russia), GOV as
      // Phoenix.agents.txt's CENTRAL_BANK (GOVBUS).
      if (LowerKey(e.out.name) == "central bank" || LowerKey(e.out.name) == "national bank") {
        e.out.sector = "GOV";
      }
      const std::string& sector = e.out.sector;
      if (sector != "GOV"sv && sector != "MIL"sv && sector != "LEG"sv && sector != "JUD"sv &&
          sector != "COP"sv && sector != "SPY"sv) {
        continue;
      }
      if (names_un && kUnOrgans.Has(LowerKey(e.out.name)) &&
          !site_office_in(LowerKey(e.out.name))) {
        continue;
      }
      // An organ of an international organisation acts for it, as its officials do ("the
      // CSTO Collective Security Council" is the CSTO's, IGOCSTO), through the role.
      const std::string owner = BodyOwner(e, home);
      if (owner.empty()) {
        e.out.country = home;
      } else if (IsIso3(owner)) {
        e.out.country = owner;
      } else if (owner != "-"sv) {
        e.out.sector = "IGO";
        e.out.roles.push_back(Role{"organ", owner, {}, {}});
      }
    }
  }

  // The country of a news dateline's place ("BEIJING, March 4 (AP) - ...", "KHARTOUM (AFP) -
  // ...") when the text also names that country another way ("China imposed sanctions",
  // "Sudan's paramilitary ..."): the story is set there. Empty when there is none: a dateline
  // abroad ("BRUSSELS" over a NATO meeting) says nothing of whose ministry is unnamed.
  std::string DatelineCountry() const {
    std::string country;
    int dateline = -1;
    for (size_t si = 0; si < doc_.sentences.size() && si < 3 && dateline < 0; ++si) {
      const auto& s = doc_.sentences[si];
      if (s.tok_mention.empty() || s.tok_mention[0] < 0 || !s.toks[0].all_caps) continue;
      const Mention& m = doc_.mentions[s.tok_mention[0]];
      if (m.entity < 0 || m.te >= s.toks.size()) continue;
      // ("THE HAGUE - ...": a bare dash after the place too.)
      const auto& next = s.toks[m.te].lower;
      if (next != ","sv && next != "("sv && !(next == "-"sv && s.toks[m.te].space_before)) {
        continue;
      }
      const Entity& place = doc_.entities[m.entity].out;
      if ((place.type != "location"sv && place.type != "country"sv) || place.country.empty()) {
        continue;
      }
      country = place.country;
      dateline = s.tok_mention[0];
    }
    if (dateline < 0) return {};
    for (size_t mi = 0; mi < doc_.mentions.size(); ++mi) {
      const Mention& m = doc_.mentions[mi];
      if (static_cast<int>(mi) == dateline) continue;
      const std::string& c = m.entity >= 0 ? doc_.entities[m.entity].out.country : m.country;
      // (A country's own body or group names it too: "Venezuelan authorities"; so does its
      // leader the dictionaries know: "SEOUL - ... President Yoon Suk Yeol".)
      const bool names_country =
          m.entity < 0 || doc_.entities[m.entity].out.type == "country"sv ||
          (doc_.entities[m.entity].out.type == "organization"sv &&
           doc_.entities[m.entity].dict < 0) ||
          (doc_.entities[m.entity].out.type == "person"sv && doc_.entities[m.entity].dict >= 0 &&
           doc_.entities[m.entity].out.sector == "GOV"sv);
      if (names_country && c == country) return country;
    }
    return {};
  }

  // The entity of the country a country adjective names, made when the text names the
  // country no other way; the adjective is then its mention (see CountryOfAdjective).
  int CountryOfAdjective(int mention) {
    const Mention& m = doc_.mentions[mention];
    const int d = m.country.empty() ? -1 : dict_.CountryByIso3(m.country);
    if (d < 0) return -1;
    const bool fresh = doc_.entity_by_key.find(dict_.entity(d).id) == doc_.entity_by_key.end();
    const int entity = EntityForDict(d);
    if (fresh) doc_.entities[entity].mentions.push_back(mention);
    return entity;
  }

 private:
  // Whose an open state body is when a mention of it says so: the country an "of" phrase
  // after it reaches ("the Federal Department of Foreign Affairs of the Swiss Confederation",
  // whose name the finder ended at "Department"), or another country or an organisation
  // named right before it ("the EU Foreign Affairs Council"); an ISO3 code, an organisation's
  // id (Organ), empty when no mention says.
  std::string BodyOwner(const DocEntity& e, const std::string& home) const {
    // The id of a transnational organisation whose organ a body is: its dictionary id, or
    // "-" for one no dictionary holds.
    auto Organ = [](const Entity& org) { return org.dict_id.empty() ? "-" : org.dict_id; };
    for (int mi : e.mentions) {
      const Mention& m = doc_.mentions[mi];
      const auto& s = doc_.sentences[m.sentence];
      // The "of" phrase: capitalised words and connectors up to the first name in it.
      const bool of_phrase = m.te < s.toks.size() && s.toks[m.te].lower == "of"sv;
      for (size_t k = m.te; of_phrase && k < s.toks.size() && k < m.te + 12; ++k) {
        const Token& t = s.toks[k];
        const int at = s.tok_mention[k];
        if (at >= 0) {
          const Mention& o = doc_.mentions[at];
          if (o.entity < 0) break;
          const Entity& owner = doc_.entities[o.entity].out;
          if (owner.type == "country"sv || !owner.country.empty()) return owner.country;
          if (owner.type == "organization"sv && owner.sector == "IGO"sv) return Organ(owner);
          break;
        }
        if (!(t.cap || t.lower == "of"sv || t.lower == "the"sv || t.lower == "and"sv ||
              t.lower == "for"sv || t.lower == "on"sv)) {
          break;
        }
      }
      if (m.tb == 0) continue;
      const int before = s.tok_mention[m.tb - 1];
      if (before < 0 || before == mi) continue;
      const Mention& b = doc_.mentions[before];
      std::string country = b.entity >= 0 ? doc_.entities[b.entity].out.country : b.country;
      if (b.entity >= 0 && doc_.entities[b.entity].out.type == "organization"sv &&
          country.empty()) {
        return Organ(doc_.entities[b.entity].out);
      }
      if (!country.empty() && country != home) return country;
    }
    return {};
  }

  int EntityForDict(int d) {
    const auto& de = dict_.entity(d);
    auto [it, fresh] =
        doc_.entity_by_key.try_emplace(de.id, static_cast<int>(doc_.entities.size()));
    if (!fresh) return it->second;
    DocEntity e;
    e.dict = d;
    e.out.id = de.id;
    e.out.dict_id = de.id;
    e.out.coordinates = de.coordinates;
    e.out.name = de.name;
    e.out.type = de.type;
    e.out.country = de.country;
    e.out.sector = de.sector;
    e.out.aliases = de.aliases;
    e.surname = de.surname;
    e.metonym_of = de.metonym_of;
    e.gender = de.gender;
    for (const auto& r : de.roles) {
      if (RoleActive(r, doc_.published)) e.out.roles.push_back(r);
    }
    // A person acts for the office held at the article's date. An entry's sector is written for
    // one of its offices; when that office is over and another is held, the held one decides:
    // Mark Rutte (IGO, NATO's secretary general from October 2024) is NLDGOV as prime minister
    // in 2022. A sector no office explains (a junta leader kept MIL as president) stays, except
    // the opposition's, which holding office ends: Imran Khan (OPP) is PAKGOV as prime minister
    // in January 2022, Petro Poroshenko UKRGOV as president in 2018.
    if (de.type == "person"sv) {
      bool sector_now = false;
      bool sector_elsewhen = de.sector == "OPP"sv;
      for (const auto& r : de.roles) {
        if (RoleSector(r) != de.sector) continue;
        (RoleActive(r, doc_.published) ? sector_now : sector_elsewhen) = true;
      }
      for (size_t k = 0; !sector_now && sector_elsewhen && k < e.out.roles.size(); ++k) {
        const Role& r = e.out.roles[k];
        const std::string& sector = RoleSector(r);
        if (sector.empty()) continue;
        e.out.sector = sector;
        if (IsIso3(r.of)) e.out.country = r.of;
        break;
      }
    }
    if (e.out.country.empty() && de.type == "person"sv) {
      for (const auto& r : e.out.roles) {
        if (IsIso3(r.of)) {
          e.out.country = r.of;
          break;
        }
      }
    }
    doc_.entities.push_back(std::move(e));
    return it->second;
  }

  // A place naming a document or a negotiating format ("the Minsk agreements", "the Normandy
  // format", "the Istanbul talks") modifies it: Minsk there is not Belarus's government
  // acting, so the mention stays an entity mention but is no party to an event.
  // So does one before a capitalised word that goes on a name: "the Addis Ababa Action
  // Agenda", "the Kigali Amendment", "the Vienna Convention", "the Lisbon Ocean Conference"
  // (capitals that stand for their governments were parties to what such names name).
  void NamedAfterPlaces() {
    static const KeySet kNamed = {
        "agreement",   "agreements", "accord",      "accords",      "format",     "process",
        "protocol",    "protocols",  "declaration", "talks",        "package",    "memorandum",
        "amendment",   "amendments", "convention",  "conventions",  "principles", "agenda",
        "conference",  "summit",     "meeting",     "negotiations", "dialogue",   "forum",
        "initiative",  "plan",       "roadmap",     "communique",   "communiqué", "consensus",
        "charter",     "framework",  "programme",   "program",      "round",      "statement",
        "commitments", "document",   "guidelines",  "rules",        "group",      "club",
        "treaty",      "act",        "pact",        "statute"};
    for (auto& m : doc_.mentions) {
      if (m.entity < 0 || doc_.entities[m.entity].out.type != "location"sv) continue;
      const auto& toks = doc_.sentences[m.sentence].toks;
      if (m.te >= toks.size()) continue;
      // (A capitalised run that names one: "Action Agenda", "Ocean Conference", not "Baghdad
      // University Medical School", whose city is where aid went.)
      bool name_goes_on = false;
      for (size_t j = m.te; j < toks.size() && j < m.te + 5 && !name_goes_on; ++j) {
        if (!toks[j].cap || toks[j].kind != TokenKind::kWord || toks[j].all_caps ||
            doc_.sentences[m.sentence].tok_mention[j] >= 0) {
          break;
        }
        name_goes_on = kNamed.Has(toks[j]);
      }
      // (Past a lower-case word or two: "the Juba peace agreement", "the Paris climate
      // conference".)
      static const KeySet kTopics = {
          "peace",          "climate",  "trade",       "security",     "nuclear",     "economic",
          "energy",         "water",    "ocean",       "digital",      "development", "investment",
          "defence",        "defense",  "ceasefire",   "humanitarian", "donor",       "support",
          "reconstruction", "recovery", "ministerial", "donors",       "action"};
      size_t k = m.te;
      while (k < toks.size() && k < m.te + 2 && kTopics.Has(toks[k]) && !toks[k].cap) ++k;
      if ((k < toks.size() && kNamed.Has(toks[k])) || name_goes_on) m.modifier = true;
    }
  }

  // Whether `e` reads as a personal name: named in full at least once (two or more capitalised
  // words) and no name mention holding an institution's or a place's word ("Sverdlovsk Region",
  // "Working Group" are not people). A later surname alone ("Kuyvashev") or a pronoun is the
  // same person, not a reason to doubt the name.
  bool PersonalName(const DocEntity& e) const {
    static const KeySet kNotNames = {"region", "war",       "group",  "foundation",
                                     "cross",  "territory", "city",   "oblast",
                                     "krai",   "okrug",     "centre", "center"};
    bool full = false;
    for (int mi : e.mentions) {
      const auto& m = doc_.mentions[mi];
      if (m.kind != MentionKind::kName) continue;
      const auto& toks = doc_.sentences[m.sentence].toks;
      for (size_t k = m.tb; k < m.te; ++k) {
        if (!toks[k].cap || InstitutionWords().Has(toks[k]) || kNotNames.Has(toks[k])) {
          return false;
        }
      }
      if (m.te >= m.tb + 2) full = true;
    }
    return full;
  }

  // The sector an office gives: its title's for an office of a country, the organisation's
  // for an office in one, or "" when unknown.
  const std::string& RoleSector(const Role& r) const {
    static const std::string kNone;
    if (IsIso3(r.of)) return dict_.TitleSector(r.title);
    const int org = dict_.FindById(r.of);
    return org < 0 ? kNone : dict_.entity(org).sector;
  }

  int EntityForName(const std::string& name, const std::string& type) {
    const std::string key = "open:" + type + ":" + Slug(name);
    auto [it, fresh] = doc_.entity_by_key.try_emplace(key, static_cast<int>(doc_.entities.size()));
    if (!fresh) {
      // A name first met in an all-caps headline takes the case the text writes it in
      // ("MANCHESTER UNITED", then "Manchester United").
      auto& known = doc_.entities[it->second].out.name;
      auto lower = [](const std::string& n) {
        return std::any_of(n.begin(), n.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
      };
      if (!lower(known) && lower(name)) known = name;
      return it->second;
    }
    DocEntity e;
    e.out.id = key;
    e.out.name = name;
    e.out.type = type;
    if (type == "person"sv) {
      const auto sp = name.rfind(' ');
      if (sp != std::string::npos) e.surname = LowerKey(name.substr(sp + 1));
    }
    doc_.entities.push_back(std::move(e));
    return it->second;
  }

  // Whether the body named at toks[tb, te) frames another noun: one of its parts or acts
  // follows ("reform", "resolution", "seats") or a member, seat or reform of it comes before.
  static bool BodyAsFrame(const std::vector<Token>& toks, size_t tb, size_t te) {
    // (Not "sanctions" or "member states": the EU's sanctions and member states are its
    // own; nor "membership": "membership in the European Union" names whom one joins.)
    static const KeySet kAfter = {"reform",     "resolution", "resolutions", "seat",
                                  "seats",      "presidency", "mandate",     "committee",
                                  "committees", "chamber",    "veto",        "vetoes"};
    if (te < toks.size() && !toks[te].cap && kAfter.Has(toks[te])) return true;
    size_t b = tb;
    if (b > 0 && toks[b - 1].lower == "the"sv) --b;
    if (b < 2) return false;
    const std::string_view prep = toks[b - 1].lower;
    const std::string_view noun = toks[b - 2].lower;
    static const KeySet kFrames = {"member",      "reform",    "seat",        "seats", "presidency",
                                   "enlargement", "expansion", "composition", "veto"};
    return (prep == "of"sv || prep == "on"sv || prep == "in"sv) && kFrames.Has(toks[b - 2]) &&
           !noun.empty();
  }

  // Whether toks[tb] follows a glued "pro-" or "anti-".
  static bool StanceName(const std::vector<Token>& toks, size_t tb) {
    return tb >= 2 && toks[tb - 1].lower == "-"sv && !toks[tb - 1].space_before &&
           !toks[tb].space_before &&
           (toks[tb - 2].lower == "pro"sv || toks[tb - 2].lower == "anti"sv);
  }

  int AddMention(int si, size_t tb, size_t te, int entity, MentionKind kind) {
    auto& s = doc_.sentences[si];
    Mention m;
    m.sentence = si;
    m.tb = tb;
    m.te = te;
    m.entity = entity;
    m.kind = kind;
    // "pro-EU demonstrators", "anti-NATO rallies": a name a stance is for or against
    // qualifies what follows; it is no party of the clause. So does an international body
    // named as the frame of something else: "Security Council reform", "a permanent member of
    // the Security Council began military aggression" (a member acts, not the council).
    m.modifier =
        StanceName(s.toks, tb) ||
        (entity >= 0 && doc_.entities[entity].out.sector == "IGO"sv && BodyAsFrame(s.toks, tb, te));
    doc_.mentions.push_back(std::move(m));
    const int idx = static_cast<int>(doc_.mentions.size()) - 1;
    s.mentions.push_back(idx);
    for (size_t k = tb; k < te; ++k) s.tok_mention[k] = idx;
    if (entity >= 0) doc_.entities[entity].mentions.push_back(idx);
    return idx;
  }

  void AddRole(int entity, const std::string& title, const std::string& of,
               const std::string& sector) {
    if (entity < 0) return;
    auto& e = doc_.entities[entity];
    if (e.out.type != "person"sv) return;
    bool have = false;
    for (auto& r : e.out.roles) {
      if (r.title == title && (r.of == of || of.empty())) have = true;
      if (r.title == title && r.of.empty() && !of.empty()) {
        r.of = of;
        have = true;
      }
    }
    if (!have) e.out.roles.push_back({title, of, "", ""});
    if (e.out.country.empty() && IsIso3(of)) e.out.country = of;
    // An international organisation's title ("Director General", "Secretary General") gives
    // the IGO sector only with an organisation that is one: "IAEA Director General", not
    // "Director General of the Znaniye Society" or of a country's ministry.
    // With no body at all, such a title says no sector: "former Secretary-General Kofi
    // Annan" was a government's (---GOV).
    std::string_view given = sector;
    bool says_none = false;
    if (given == "IGO"sv) {
      const int org = IsIso3(of) || of.empty() ? -1 : dict_.FindById(of);
      if (org < 0 || dict_.entity(org).sector != "IGO"sv) {
        given = {};
        says_none = of.empty();
      }
    }
    if (e.out.sector.empty() && !says_none) {
      e.out.sector = given.empty() ? "GOV" : std::string(given);
    }
  }

  bool NameWord(const SentenceData& s, size_t k) const {
    const auto& t = s.toks[k];
    return t.kind == TokenKind::kWord && t.cap && (!NameStop().Has(t) || MonthGivenName(s, k)) &&
           s.tok_mention[k] < 0;
  }

  // Whether toks[k] is a month that is also a given name and opens a person's name the
  // recogniser read: "Foreign Minister Jan Lipavský", "April Ryan" (not "May 5").
  static bool MonthGivenName(const SentenceData& s, size_t k) {
    static const KeySet kMonthNames = {"jan", "april", "may", "june", "august"};
    if (!kMonthNames.Has(s.toks[k])) return false;
    return std::any_of(s.found.begin(), s.found.end(), [&](const FoundSpan& f) {
      return f.tb == k && f.te >= k + 2 && f.label == "PER"sv;
    });
  }

  // A personal name at toks[j..): capitalised words, particles, hyphen parts, initials.
  size_t NameEnd(const SentenceData& s, size_t j) const {
    const auto& toks = s.toks;
    if (j >= toks.size() || !NameWord(s, j)) return j;
    size_t e = j + 1;
    while (e < toks.size() && e - j < 6) {
      if (NameWord(s, e)) {
        ++e;
        continue;
      }
      if (toks[e].lower == "."sv && toks[e - 1].lower.size() == 1 && toks[e - 1].cap) {
        ++e;
        continue;
      }
      if ((toks[e].lower == "-"sv && !toks[e].space_before && e + 1 < toks.size() &&
           !toks[e + 1].space_before && NameWord(s, e + 1)) ||
          (NameParticles().Has(toks[e]) && e + 1 < toks.size() && NameWord(s, e + 1))) {
        e += 2;
        continue;
      }
      // A Korean given name's second syllable is written in lower case: "Choi Jong-kun",
      // "Chung Eui-yong" (the name ended at "Jong"). Only after a family name, between short
      // syllables, and not an English compound's second word ("Kim-led", "Park-style").
      static const KeySet kCompoundWords = {"led",  "based", "style", "like",  "born",  "era",
                                            "made", "run",   "type",  "class", "backed"};
      if (toks[e].lower == "-"sv && !toks[e].space_before && e > j && e + 1 < toks.size() &&
          !toks[e + 1].space_before && !toks[e + 1].cap && toks[e + 1].kind == TokenKind::kWord &&
          toks[e + 1].lower.size() <= 6 && toks[e - 1].lower.size() <= 5 &&
          !kCompoundWords.Has(toks[e + 1]) &&
          (e + 2 >= toks.size() || toks[e + 2].lower != "-"sv)) {
        e += 2;
        continue;
      }
      // A particle hyphenated to the surname: "Majed al-Ansari" (was "Majed" alone after a
      // title, whose name ends at a lower-case word).
      if (NameParticles().Has(toks[e]) && e + 2 < toks.size() && toks[e + 1].lower == "-"sv &&
          !toks[e + 1].space_before && !toks[e + 2].space_before && NameWord(s, e + 2)) {
        e += 3;
        continue;
      }
      break;
    }
    return e;
  }

  std::string Text(int si, size_t tb, size_t te) const {
    const auto& s = doc_.sentences[si];
    return doc_.norm.text.substr(s.toks[tb].begin, s.toks[te - 1].end - s.toks[tb].begin);
  }

  // Country (ISO3 or org id) named by the mention ending right before token i, following a
  // possessive person ("Trump's envoy" -> USA). Marks that mention as a modifier.
  std::string CountryBefore(int si, size_t i) {
    auto& s = doc_.sentences[si];
    size_t k = i;
    // (And a rank before a deputy's title the dictionary starts later: "South Korean First
    // Vice Foreign Minister Choi Jong-kun", "the Chinese Executive Vice Premier"; not an
    // ordinal, "Russia's first president Boris Yeltsin".)
    auto rank = [&](size_t at) {
      const Token& t = s.toks[at];
      return t.cap && at + 1 < s.toks.size() &&
             (t.lower == "first"sv || t.lower == "executive"sv || t.lower == "senior"sv) &&
             (s.toks[at + 1].lower == "vice"sv || s.toks[at + 1].lower == "deputy"sv);
    };
    while (k > 0 &&
           (s.toks[k - 1].lower == "acting"sv || s.toks[k - 1].lower == "former"sv ||
            s.toks[k - 1].lower == "then"sv || s.toks[k - 1].lower == "new"sv || rank(k - 1))) {
      --k;
    }
    // A portfolio the dictionary's titles lack, between the country and the title:
    // "Eritrean Information Minister Yemane Gebremeskel", "Eritrea's information minister"
    // (ERIGOV; the title alone, "Minister", named nobody's). Up to four of its words: "the
    // Indian defence and home affairs minister".
    // ("and" only inside the portfolio: "Obama and President Xi" is no portfolio.)
    for (size_t b = k, words = 0; b > 0 && words <= 4; --b, ++words) {
      const Token& t = s.toks[b - 1];
      if (s.tok_mention[b - 1] >= 0 || t.possessive) {
        // (A country's or a body's portfolio, not a person's: "the Yermak-McFaul
        // international expert group".)
        const int mi = s.tok_mention[b - 1];
        const bool state =
            t.possessive ||
            (mi >= 0 && (doc_.mentions[mi].kind == MentionKind::kAdjective ||
                         (doc_.mentions[mi].entity >= 0 &&
                          doc_.entities[doc_.mentions[mi].entity].out.type != "person"sv)));
        if (b < k && state && s.toks[b].lower != "and"sv && s.toks[k - 1].lower != "and"sv) {
          k = b;
        }
        break;
      }
      if (words == 4 || (!PortfolioWords().Has(t) && t.lower != "and"sv)) break;
    }
    if (k > 0 && s.toks[k - 1].possessive) {
      --k;
      // "US President's National Security Advisor X": the office that owns the title is the
      // country's, and so is its holder.
      const size_t owned = k;
      for (size_t b = owned >= 3 ? owned - 3 : 0; b < owned && s.tok_mention[owned - 1] < 0; ++b) {
        TitleInfo owner;
        if (s.toks[b].cap && dict_.MatchTitle(s.toks, b, &owner) == owned - b) {
          k = b;
          break;
        }
      }
    }
    if (k == 0 || s.tok_mention[k - 1] < 0) return {};
    auto& m = doc_.mentions[s.tok_mention[k - 1]];
    m.modifier = true;
    if (m.kind == MentionKind::kAdjective) return m.country;
    if (m.entity < 0) return {};
    const auto& e = doc_.entities[m.entity];
    if (e.out.type == "country"sv) return e.out.country;
    if (e.out.type == "organization"sv) return e.out.country.empty() ? e.out.id : e.out.country;
    return e.out.country;
  }

  // The person holding `title` for `of` at publication: one already in the document, else the
  // dictionary's office holder.
  int OfficeHolder(const std::string& title, const std::string& of) {
    for (int k = static_cast<int>(doc_.entities.size()) - 1; k >= 0; --k) {
      for (const auto& r : doc_.entities[k].out.roles) {
        if (r.title == title && (of.empty() || r.of == of)) return k;
      }
    }
    if (of.empty() || !doc_.published.valid()) return -1;
    for (int d = 0; d < dict_.entity_count(); ++d) {
      const auto& de = dict_.entity(d);
      if (de.type != "person"sv) continue;
      for (const auto& r : de.roles) {
        if (r.title == title && r.of == of && !r.from.empty() && RoleActive(r, doc_.published)) {
          return EntityForDict(d);
        }
      }
    }
    return -1;
  }

  // The one person entity of the document holding `title` ("minister" stands for any
  // minister but a prime minister), or -1 (none or several). For lower-case references:
  // "the president", "the foreign minister", "the minister".
  int NamedTitleHolder(const std::string& title) const {
    static const KeySet kReferable = {"president",
                                      "prime minister",
                                      "chancellor",
                                      "foreign minister",
                                      "defence minister",
                                      "minister",
                                      "premier",
                                      "king",
                                      "queen"};
    if (!kReferable.Has(title)) return -1;
    int found = -1;
    for (int k = 0; k < static_cast<int>(doc_.entities.size()); ++k) {
      const auto& e = doc_.entities[k];
      if (e.out.type != "person"sv || e.mentions.empty()) continue;
      const bool holds = std::any_of(e.out.roles.begin(), e.out.roles.end(), [&](const Role& r) {
        if (title == "minister"sv) {
          return r.title.ends_with("minister"sv) && r.title != "prime minister"sv;
        }
        return r.title == title;
      });
      if (!holds) continue;
      if (found >= 0) return -1;
      found = k;
    }
    return found;
  }

  // "The Pope called for peace", "the pontiff": an office only one person holds at a time is
  // its holder at the article's date (Pope Francis until 21 April 2025, Pope Leo XIV from 8
  // May 2025), as the dictionary's roles date it. At toks[i]; returns the token after the
  // word, or i.
  size_t UniqueOffice(int si, size_t i) {
    const auto& toks = doc_.sentences[si].toks;
    const Token& t = toks[i];
    if (t.kind != TokenKind::kWord || (t.lower != "pope"sv && t.lower != "pontiff"sv)) return i;
    // Not a title before a name ("Pope Francis" is the dictionary's; "Pope Benedict XVI" is
    // another pope) and only after "the" or at a sentence's start.
    if (i + 1 < toks.size() && toks[i + 1].cap && toks[i + 1].kind == TokenKind::kWord) return i;
    if (i > 0 && toks[i - 1].lower != "the"sv) return i;
    const int holder = OfficeHolder("pope", "VAT");
    if (holder < 0) return i;
    const int mi = AddMention(si, i, i + 1, holder, MentionKind::kTitleRef);
    doc_.mentions[mi].title = "pope";
    return i + 1;
  }

  // The one person of the document whose name opens with the word `given` ("Zuzana" for
  // "Zuzana Čaputová"), or -1 (none, or two of them).
  int ResolveGivenName(const std::string& given) const {
    int found = -1;
    for (int k = 0; k < static_cast<int>(doc_.entities.size()); ++k) {
      const auto& e = doc_.entities[k];
      if (e.out.type != "person"sv || e.mentions.empty()) continue;
      const std::string& name = e.out.name;
      if (name.size() <= given.size() + 1 || name.compare(0, given.size(), given) != 0 ||
          name[given.size()] != ' ') {
        continue;
      }
      if (found >= 0) return -1;
      found = k;
    }
    return found;
  }

  // A single capitalised token naming a person by surname, or -1.
  int ResolveSurname(const std::string& lower, bool titled) {
    for (int k = static_cast<int>(doc_.entities.size()) - 1; k >= 0; --k) {
      if (doc_.entities[k].surname == lower && doc_.entities[k].out.type == "person"sv) return k;
    }
    if (!titled && CommonSurnames().Has(lower)) return -1;
    const auto* people = dict_.PeopleBySurname(lower);
    if (people == nullptr) return -1;
    if (people->size() == 1) return EntityForDict((*people)[0]);
    int pick = -1;
    for (int d : *people) {
      for (const auto& r : dict_.entity(d).roles) {
        if (!r.from.empty() && RoleActive(r, doc_.published)) {
          if (pick >= 0 && pick != d) return -1;  // two office holders share it: ambiguous
          pick = d;
        }
      }
    }
    return pick >= 0 ? EntityForDict(pick) : -1;
  }

  // The first token of a surname's mention at toks[i] for person `ent`: before it, the
  // lower-case particles the person's full name has there ("von der Leyen" for Ursula von der
  // Leyen, "de Poncins"), so that the mention is the whole surname and a compound subject
  // reads past it ("Trump and von der Leyen announced" was von der Leyen's alone).
  size_t ParticlesBefore(int si, size_t i, int ent) const {
    const auto& toks = doc_.sentences[si].toks;
    const std::string full = " " + LowerKey(doc_.entities[ent].out.name);
    size_t start = i;
    for (size_t p = 1; p <= 3 && p <= i; ++p) {
      const Token& t = toks[i - p];
      if (t.cap || t.kind != TokenKind::kWord || doc_.sentences[si].tok_mention[i - p] >= 0) break;
      if (full.ends_with(" " + LowerKey(Text(si, i - p, i + 1)))) start = i - p;
    }
    return start;
  }

  // The person of this document, latest first, whose full name of more words ends with
  // `lower`, a name of two words or more: "Kayikwamba Wagner" after "Therese Kayikwamba
  // Wagner" (a compound surname, which ResolveSurname's one word cannot name).
  int PersonEndingWith(const std::string& lower) const {
    for (int k = static_cast<int>(doc_.entities.size()) - 1; k >= 0; --k) {
      const auto& out = doc_.entities[k].out;
      if (out.type != "person"sv || out.name.size() <= lower.size()) continue;
      // (Lower-casing may change a name's length in bytes: compare the lowered lengths.)
      const std::string full = LowerKey(out.name);
      if (full.size() > lower.size() && full.ends_with(lower) &&
          full[full.size() - lower.size() - 1] == ' ') {
        return k;
      }
    }
    return -1;
  }

  // Whether dictionary match `m` at toks[i] names another body than the entry: "the Congress
  // of Local and Regional Authorities" is not the U.S. Congress (a body named by one word,
  // followed by a capitalised "of" phrase).
  // Nor is a company named like a region before a word of the land: "the Amazon city of
  // Belem", "the Amazon rainforest" (was the company, USABUS).
  bool OtherBody(const std::vector<Token>& toks, size_t i, const Match& m) const {
    if (m.pattern < 0) return false;
    const auto& de = dict_.entity(dict_.pattern(m.pattern).entity);
    static const KeySet kLand = {"city",  "cities", "town",   "region", "rainforest", "basin",
                                 "river", "forest", "jungle", "state",  "delta"};
    if (de.kind == "company"sv && i > 0 && toks[i - 1].lower == "the"sv &&
        i + m.length < toks.size() && kLand.Has(toks[i + m.length])) {
      return true;
    }
    return m.length == 1 && i + 2 < toks.size() && toks[i + 1].lower == "of"sv && toks[i + 2].cap &&
           de.type == "organization"sv && InstitutionWords().Has(toks[i]);
  }

  // Whether an office "of" `of` (an ISO3 code or an organisation id) serves an international
  // organisation: its office, or an organ's, is that organisation's whatever sector the title
  // alone reads as ("President of the Parliamentary Assembly of the Council of Europe Tiny Kox"
  // IGOEURCOE, no LEG; "UNICEF Representative Murat Sahin", "EU Ambassador Matti Maasikas").
  bool ServesIgo(const std::string& of) const {
    if (of.empty() || IsIso3(of)) return false;
    const int org = dict_.FindById(of);
    return org >= 0 && dict_.entity(org).sector == "IGO"sv;
  }

  // The "of" phrase of a title, from toks[k]: capitalised words, "of", "the", "on", "for",
  // "and" between body words, dictionary countries and organisations (the last one sets
  // `country`; each is in `modifiers`), up to the personal name that ends it (`name`, its
  // first token; 0 when the chain ends in no name). The name is the last run of capitalised
  // words that are not body words, or a dictionary person.
  struct ChainTitle {
    size_t name = 0;
    std::string country, sector;
    std::vector<std::tuple<size_t, size_t, int>> modifiers;  // tokens [b, e), pattern
  };
  // With `need_name` false the chain may end without a name ("Marko Mikhelson, Chairman of
  // the Foreign Affairs Committee of the Estonian Parliament"): only country and sector count.
  ChainTitle TitleChain(int si, size_t k, bool need_name = true) const {
    const auto& s = doc_.sentences[si];
    const auto& toks = s.toks;
    ChainTitle chain;
    constexpr size_t kNone = static_cast<size_t>(-1);
    size_t run = kNone;  // first token of the current run of non-body capitalised words
    bool run_after_connector = false;  // the run follows "of", "the", "for", "on" or "and"
    bool dict_person = false;
    bool portfolio = false;  // past "for" or "on" after the chain's country
    const size_t limit = std::min(toks.size(), k + 24);
    while (k < limit) {
      const Token& t = toks[k];
      if (t.kind == TokenKind::kWord && t.cap && s.tok_mention[k] < 0) {
        if (const Match m = dict_.MatchEntity(doc_.norm.text, toks, k);
            m.pattern >= 0 && !OtherBody(toks, k, m)) {
          const auto& p = dict_.pattern(m.pattern);
          const auto& de = dict_.entity(p.entity);
          if (de.type == "person"sv) {
            run = k;
            dict_person = true;
            break;
          }
          // A region after "for" or "on" is a portfolio's: "Minister for Europe of the United
          // Kingdom Wendy Morton", "Special Representative for the Middle East".
          if (de.type == "location"sv && de.country.empty() && k > 0 &&
              (toks[k - 1].lower == "for"sv || toks[k - 1].lower == "on"sv ||
               (k > 1 && toks[k - 1].lower == "the"sv &&
                (toks[k - 2].lower == "for"sv || toks[k - 2].lower == "on"sv)))) {
            k += m.length;
            run = kNone;
            continue;
          }
          if (de.type != "country"sv && de.type != "organization"sv) break;
          // A portfolio after the office's country names no employer: "State Secretary of
          // the Office of the Prime Minister of the Republic of Slovenia for Coordination of
          // International and EU Affairs Igor Sencar" is Slovenia's.
          if (!portfolio) {
            chain.country = de.type == "country"sv || !de.country.empty() ? de.country : de.id;
          }
          chain.modifiers.emplace_back(k, k + m.length, m.pattern);
          k += m.length;
          run = kNone;
          continue;
        }
        if (const char* sector = OrgHeadSector(t)) {
          // The innermost body: "... of the Parliament of Estonia" (a head that says no
          // sector, "Chamber", keeps the one before).
          if (*sector != '\0') chain.sector = sector;
          run = kNone;
        } else if (InstitutionWords().Has(t) || NameStop().Has(t)) {
          run = kNone;
        } else if (run == kNone) {
          run = k;
          run_after_connector = k > 0 && !toks[k - 1].cap;
        }
        ++k;
        continue;
      }
      // A parenthesis inside a body's name: "the Znaniye (Knowledge) Society".
      if (t.lower == "("sv) {
        size_t close = k + 1;
        while (close < toks.size() && close - k < 6 && toks[close].lower != ")"sv) ++close;
        if (close >= toks.size() || toks[close].lower != ")"sv) break;
        k = close + 1;
        run = kNone;
        continue;
      }
      // Connectors inside the chain; "and" only between body words ("Industry and Trade"),
      // or after one portfolio word right after a connector ("of Youth and Sports of the
      // Republic of Turkey"), never after a name ("... Alexander Brechalov and Governor ...").
      const bool portfolio_and = run != kNone && run + 1 == k && run_after_connector &&
                                 k + 1 < toks.size() && toks[k + 1].cap;
      // "at" joins two bodies, never a name to what follows it: "Head of the Foreign
      // Department at the Office of the President of the Czech Republic Rudolf Jindrak".
      const bool body_at = t.lower == "at"sv && run == kNone && k > 0 && toks[k - 1].cap;
      // "to" after the office's country names where it is posted, not whose it is: "Deputy
      // Head of the Ukrainian Delegation to the TCG Andriy Kostin" is Ukraine's.
      const bool posted_to = t.lower == "to"sv && run == kNone && !chain.country.empty();
      if (t.lower == "of"sv || t.lower == "the"sv || t.lower == "on"sv || t.lower == "for"sv ||
          body_at || posted_to || (t.lower == "and"sv && (run == kNone || portfolio_and))) {
        if ((t.lower == "for"sv || t.lower == "on"sv || posted_to) && !chain.country.empty()) {
          portfolio = true;
        }
        run = kNone;
        ++k;
        continue;
      }
      break;
    }
    if (chain.country.empty()) return {};
    if (!need_name) {
      if (chain.sector == "GOV"sv) chain.sector.clear();
      return chain;
    }
    if (run == kNone) return {};
    // The recogniser's person name ends the run: "of Ukrainian Guides Maria Chopyak"; not a
    // portfolio's word it took for the name's first ("Minister of Natural Resources and
    // Environment Alexander Kozlov").
    bool trimmed = false;
    for (const auto& f : s.found) {
      if (f.te == k && f.tb > run && f.tb < k && f.label == "PER"sv) {
        run = f.tb;
        while (run + 2 < k && PortfolioWords().Has(toks[run])) ++run;
        trimmed = true;
      }
    }
    // Without one, the first word of a run of three or more right after "of" names the body:
    // "of the Russian Academy of Sciences Alexander Sergeyev".
    if (!dict_person && !trimmed && run_after_connector && k - run >= 3) ++run;
    // One capitalised word is rarely a name here ("for the EU and Constitution at ...").
    if (k - run < 2) {
      const Match m = dict_.MatchEntity(doc_.norm.text, toks, run);
      if (m.pattern < 0 || dict_.entity(dict_.pattern(m.pattern).entity).type != "person"sv) {
        return {};
      }
    }
    // A government body is what a title names anyway; a parliament, court, army,
    // association or company says more than the title ("Chairman" alone reads as GOV).
    if (chain.sector == "GOV"sv) chain.sector.clear();
    chain.name = run;
    return chain;
  }

  // Past "on"/"for" and a capitalised portfolio at toks[j] to the person name the recogniser
  // found at its end ("on Foreign Affairs Celia Kuningas-Saagpakk"); j when there is none.
  static size_t PastPortfolio(const SentenceData& s, size_t j) {
    const auto& toks = s.toks;
    if (j + 3 >= toks.size() || (toks[j].lower != "on"sv && toks[j].lower != "for"sv) ||
        !toks[j + 1].cap) {
      return j;
    }
    size_t k = j + 1;
    while (k < toks.size() && k < j + 12 &&
           ((toks[k].cap && toks[k].kind == TokenKind::kWord && s.tok_mention[k] < 0) ||
            toks[k].lower == "and"sv || toks[k].lower == "of"sv ||
            (toks[k].lower == "-"sv && !toks[k].space_before))) {
      ++k;
    }
    for (const auto& f : s.found) {
      if (f.label == "PER"sv && f.tb > j + 1 && f.te == k) return f.tb;
    }
    return j;
  }

  // Whether a mention in toks[b, e) names a country (its name or adjective), not an
  // organisation of one: "the Minister of Foreign Affairs of Denmark", "the Danish foreign
  // minister", unlike "the head of Russian Railways".
  bool NamesCountry(int si, size_t b, size_t e) const {
    const auto& s = doc_.sentences[si];
    for (size_t k = b; k < e && k < s.toks.size(); ++k) {
      const int mi = s.tok_mention[k];
      if (mi < 0) continue;
      const auto& m = doc_.mentions[mi];
      if (m.kind == MentionKind::kAdjective) return true;
      if (m.entity >= 0 && doc_.entities[m.entity].out.type == "country"sv) return true;
    }
    return false;
  }

  // The dictionary's match at toks[i], run on to the end of a longer name of the same person
  // that starts one token later: "Sheikh Tamim bin Hamad Al Thani" matched the alias "Sheikh
  // Tamim", and "bin Hamad Al Thani" became a second mention that broke the list of
  // signatories it stood in.
  Match LongestPersonMatch(const std::vector<Token>& toks, size_t i) const {
    Match m = dict_.MatchEntity(doc_.norm.text, toks, i);
    if (m.pattern < 0 || m.length < 2 ||
        dict_.entity(dict_.pattern(m.pattern).entity).type != "person"sv) {
      return m;
    }
    const Match inner = dict_.MatchEntity(doc_.norm.text, toks, i + 1);
    if (inner.pattern >= 0 &&
        dict_.pattern(inner.pattern).entity == dict_.pattern(m.pattern).entity &&
        inner.length + 1 > m.length) {
      m.length = inner.length + 1;
    }
    return m;
  }

  // Tries a title phrase at token i; returns the token after it, or i if none.
  size_t TitlePhrase(int si, size_t i) {
    auto& s = doc_.sentences[si];
    const auto& toks = s.toks;
    // Plural titles: "Presidents Putin and Trump".
    if (toks[i].cap && (toks[i].lower == "presidents"sv || toks[i].lower == "ministers"sv ||
                        toks[i].lower == "leaders"sv)) {
      const std::string title = toks[i].lower == "presidents"sv ? "president" : "";
      size_t k = i + 1, last = i;
      while (k < toks.size()) {
        const size_t e = NameEnd(s, k);
        if (e == k) break;
        int ent = -1;
        const Match m = dict_.MatchEntity(doc_.norm.text, toks, k);
        if (m.pattern >= 0 && dict_.entity(dict_.pattern(m.pattern).entity).type == "person"sv) {
          ent = EntityForDict(dict_.pattern(m.pattern).entity);
        } else if (e == k + 1) {
          ent = ResolveSurname(toks[k].lower, true);
        } else {
          ent = EntityForName(Text(si, k, e), "person");
        }
        if (ent < 0) break;
        const size_t end = m.pattern >= 0 ? k + m.length : e;
        AddMention(si, k, end, ent, e == k + 1 ? MentionKind::kSurname : MentionKind::kName);
        if (!title.empty()) AddRole(ent, title, "", "GOV");
        last = end;
        k = end;
        if (k < toks.size() && (toks[k].lower == "and"sv || toks[k].lower == ","sv))
          ++k;
        else
          break;
      }
      return last > i ? last : i;
    }
    TitleInfo info;
    const size_t tl = dict_.MatchTitle(toks, i, &info);
    if (tl == 0) return i;
    // A longer dictionary name that starts with a title word is that name:
    // "the General Assembly" is the UN body, not General Assembly the person.
    if (const Match dm = dict_.MatchEntity(doc_.norm.text, toks, i);
        dm.pattern >= 0 && dm.length > tl &&
        dict_.entity(dict_.pattern(dm.pattern).entity).type != "person") {
      return i;
    }
    // Nor is a title word that opens what the recogniser reads as one organisation's name or a
    // name of no person (MISC) with the words after it: "the King Salman Humanitarian Aid and
    // Relief Centre", "the General Agreement for the Termination of the Conflict" (were the
    // persons "Salman Humanitarian Aid", GOV, and "Agreement", MIL). Unless a person's name
    // follows that span: "the First Lady of Israel Michal Herzog".
    // (Also a span that opens before the title: "the Yale CEO Summit" was a person "Summit".)
    const auto title_span = std::find_if(s.found.begin(), s.found.end(), [&](const FoundSpan& f) {
      return f.tb <= i && f.te > i + tl && (f.label == "ORG"sv || f.label == "MISC"sv);
    });
    // (Nor a title's own "of" chain the recogniser runs into one organisation: "the Federal
    // Chancellor of Germany".)
    // (Or a portfolio the title's own "of" opened and "and" goes on with: "the Minister of
    // Labour and Social Protection".)
    const bool own_of =
        i + tl < toks.size() && (toks[i + tl].lower == "of"sv ||
                                 (toks[i + tl].lower == "and"sv && tl >= 3 &&
                                  toks[i + tl - 2].lower == "of"sv && i + tl + 1 < toks.size() &&
                                  toks[i + tl + 1].cap && PortfolioWords().Has(toks[i + tl + 1])));
    if (title_span != s.found.end() && !own_of &&
        std::none_of(s.found.begin(), s.found.end(), [&](const FoundSpan& f) {
          return f.label == "PER"sv && f.tb > i && f.tb <= title_span->te;
        })) {
      return i;
    }
    size_t j = i + tl;
    // A portfolio the dictionary's title names only the first word of: "Minister of Industry
    // and Technology of Turkey Mustafa Varank", "Minister of Labour and Social Protection" (the
    // title is "Minister of Industry"; the rest of the portfolio ended the phrase, and its
    // country and name went unread).
    const bool title_of = std::any_of(toks.begin() + static_cast<std::ptrdiff_t>(i),
                                      toks.begin() + static_cast<std::ptrdiff_t>(j),
                                      [](const Token& t) { return t.lower == "of"sv; });
    while (title_of && j + 1 < toks.size() &&
           (toks[j].lower == "and"sv || toks[j].lower == ","sv) && toks[j - 1].cap &&
           PortfolioWords().Has(toks[j - 1]) && toks[j + 1].cap &&
           PortfolioWords().Has(toks[j + 1])) {
      j += 2;
      while (j < toks.size() && toks[j].cap && PortfolioWords().Has(toks[j])) ++j;
    }
    std::string of;
    // "President of Tajikistan Emomali Rahmon", "Minister of Foreign Affairs of Ukraine".
    if (j + 1 < toks.size() && toks[j].lower == "of"sv) {
      size_t k = j + 1;
      if (toks[k].lower == "the"sv && k + 1 < toks.size()) ++k;
      const Match m = dict_.MatchEntity(doc_.norm.text, toks, k);
      if (m.pattern >= 0 && !OtherBody(toks, k, m)) {
        const auto& p = dict_.pattern(m.pattern);
        const auto& de = dict_.entity(p.entity);
        // An adjective ("of the Russian Academy of Sciences") opens a chain, below.
        if (p.kind != MatchKind::kAdjective &&
            (de.type == "country"sv || de.type == "organization"sv)) {
          const int ent = EntityForDict(p.entity);
          const int mi =
              AddMention(si, k, k + m.length, ent,
                         p.kind == MatchKind::kName ? MentionKind::kName : MentionKind::kMetonym);
          doc_.mentions[mi].modifier = true;
          of = de.type == "country"sv ? de.country : (de.country.empty() ? de.id : de.country);
          j = k + m.length;
          // Its mission abroad is its own, and the post's place follows: "Head of the EU
          // Delegation to Ukraine Matti Maasikas" (was nobody's).
          static const KeySet kMissions = {"delegation", "mission", "embassy", "representation"};
          if (j + 1 < toks.size() && toks[j].cap && kMissions.Has(toks[j]) &&
              (toks[j + 1].lower == "to"sv || toks[j + 1].lower == "in"sv)) {
            ++j;
          }
        }
      }
      // A portfolio between the office's country and the name: "Adviser to the President of
      // the Republic of Estonia on Foreign Affairs Celia Kuningas-Saagpakk". The name is the
      // recogniser's person at the end of the capitalised run.
      if (!of.empty()) j = PastPortfolio(s, j);
    }
    // A title whose "of" phrase is a chain of bodies before the name: "Chairman of the
    // Committee on Foreign Affairs of the Parliament of the Republic of Estonia Marko
    // Mikhelson", "Speaker of the House of Representatives of the United States Congress Nancy
    // Pelosi". The holder's country is the last one the chain names, and a parliament,
    // court or armed force in it gives the sector ("Chairman" alone reads as GOV).
    // An adviser's chain follows "to": "Adviser to the Prime Minister of the Portuguese
    // Republic Fernando Morgado" (PRTGOV); an ambassador's "to" names the host instead.
    const bool adviser_to = j < toks.size() && toks[j].lower == "to"sv &&
                            (info.title == "adviser"sv || info.title == "presidential aide"sv);
    // An employer may follow "at": "CEO at Ukroboronprom Yuriy Husyev", "Director at Apple Inc.
    // Mark Lennon", "Minister of State at the Federal Foreign Office of Germany Tobias Lindner".
    const bool employer_at = j + 1 < toks.size() && toks[j].lower == "at"sv &&
                             (toks[j + 1].cap || (toks[j + 1].lower == "the"sv &&
                                                  j + 2 < toks.size() && toks[j + 2].cap));
    if (of.empty() && j < toks.size() &&
        (toks[j].lower == "of"sv || toks[j].lower == "on"sv || toks[j].lower == "for"sv ||
         adviser_to || employer_at) &&
        toks[i].cap) {
      if (const ChainTitle chain = TitleChain(si, j + 1); chain.name > j) {
        for (const auto& [b, e, pattern] : chain.modifiers) {
          const auto& p = dict_.pattern(pattern);
          const auto& de = dict_.entity(p.entity);
          const int mi = p.kind == MatchKind::kAdjective
                             ? AddMention(si, b, e, -1, MentionKind::kAdjective)
                             : AddMention(si, b, e, EntityForDict(p.entity),
                                          p.kind == MatchKind::kName ? MentionKind::kName
                                                                     : MentionKind::kMetonym);
          if (p.kind == MatchKind::kAdjective) doc_.mentions[mi].country = de.country;
          doc_.mentions[mi].modifier = true;
        }
        of = chain.country;
        if (!chain.sector.empty()) info.sector = chain.sector;
        // An office of a country is not an international organisation's
        // ("Secretary General of Defense Policy of Spain").
        if (IsIso3(of) && info.sector == "IGO"sv) info.sector = "GOV";
        j = chain.name;
      }
    }
    // "President of the Arab Republic of Egypt Abdel Fattah el-Sisi" with a country the
    // dictionary lacks: skip the capitalised "of" phrase and keep its last two words as name.
    if (of.empty() && j + 3 < toks.size() && toks[j].lower == "of"sv && toks[i].cap) {
      size_t k = j + 1, last_of = j;
      // (A hyphen inside a capitalised name too: "Governor of the Yamalo-Nenets Autonomous
      // Area Dmitry Artyukhov".)
      auto inner_hyphen = [&](size_t h) {
        return toks[h].lower == "-"sv && !toks[h].space_before && h + 1 < toks.size() &&
               !toks[h + 1].space_before && toks[h + 1].cap && h > j + 1 && toks[h - 1].cap;
      };
      // (And an acronym in parentheses: "President of the Union of European Football
      // Associations (UEFA) Aleksander Čeferin".)
      auto acronym = [&](size_t h) {
        return toks[h].lower == "("sv && h + 3 < toks.size() && toks[h + 2].lower == ")"sv &&
               toks[h + 1].cap && toks[h + 3].cap && h > j + 1;
      };
      // The innermost body's kind, as TitleChain reads it: "Director General of Tactical
      // Missiles Corporation Boris Obnosov" heads a business, not a government.
      const char* body_sector = nullptr;
      while (k < toks.size() && k < j + 14 &&
             ((toks[k].cap && toks[k].kind == TokenKind::kWord && s.tok_mention[k] < 0) ||
              toks[k].lower == "of"sv || toks[k].lower == "the"sv || toks[k].possessive ||
              inner_hyphen(k) || acronym(k))) {
        if (toks[k].lower == "of"sv) last_of = k;
        if (const char* sector = OrgHeadSector(toks[k])) body_sector = sector;
        k += acronym(k) ? 3 : 1;
      }
      // (A head that says no sector: the name's other words may, "President of the
      // Italian-Russian Chamber of Commerce Vincenzo Trani" BUS.)
      if (body_sector != nullptr && *body_sector == '\0') body_sector = NameWordsSector(toks, j, k);
      (void)last_of;
      // The kept words must read as a name: "Acting Governor of the Saratov Region" names a
      // region, not a person called "Saratov Region".
      // Nor a group of states: "Chair of the Group of Landlocked Developing Countries" (was a
      // person "Developing Countries").
      auto body_word = [&](const Token& t) {
        static const KeySet kStatesWords = {"countries", "states", "nations", "peoples"};
        return InstitutionWords().Has(t) || OrgHeadSector(t) != nullptr || RegionWords().Has(t) ||
               NameStop().Has(t) || t.lower == "area"sv || kStatesWords.Has(t);
      };
      if (k >= j + 4 && k - 2 > j + 1 && toks[k - 2].cap && !body_word(toks[k - 2]) &&
          !body_word(toks[k - 1])) {
        of = "";
        j = k - 2;
        // An "Organisation" or "Union" no dictionary knows is no international organisation
        // (those are linked above) but a non-governmental one: "Head of the Delovaya Rossiya
        // National Public Organisation", "President of the Union of European Football
        // Associations (UEFA)".
        if (body_sector != nullptr) info.sector = body_sector == "IGO"sv ? "NGO" : body_sector;
      }
    }
    // The post's place between title and name: "Ambassador of Japan to Ukraine Kuninori
    // Matsuda", "UNICEF Representative in Ukraine Murat Sahin". The place is where the office
    // serves, not whose it is; it stays a mention of its own.
    // A definite title set off from its holder's full name by commas: "The UN envoy for
    // Sudan, Ramtane Lamamra, is expected" (the title named nobody), also past a country's
    // adjective ("The French ambassador to Ukraine, Gael Veyssiere,"). Only a closed
    // apposition of a full name: "the minister, Lavrov said" and a list "the president, the
    // prime minister" stay as they were.
    const bool definite_title =
        i > 0 && (toks[i - 1].lower == "the"sv ||
                  (i > 1 && toks[i - 2].lower == "the"sv && s.tok_mention[i - 1] >= 0));
    auto apposed_name = [&](size_t comma) {
      if (!definite_title || comma + 3 >= toks.size() || toks[comma].lower != ","sv) return false;
      const size_t end = NameEnd(s, comma + 1);
      return end >= comma + 3 && end < toks.size() && toks[end].lower == ","sv;
    };
    if (j + 2 < toks.size() &&
        (toks[j].lower == "to"sv || toks[j].lower == "in"sv ||
         (toks[j].lower == "for"sv && definite_title)) &&
        (toks[i].cap || definite_title)) {
      size_t k = j + 1;
      if (toks[k].lower == "the"sv && k + 1 < toks.size()) ++k;
      const Match m = dict_.MatchEntity(doc_.norm.text, toks, k);
      if (m.pattern >= 0 && s.tok_mention[k] < 0) {
        const auto& p = dict_.pattern(m.pattern);
        const auto& de = dict_.entity(p.entity);
        const size_t after = k + m.length;
        if (p.kind != MatchKind::kAdjective &&
            (de.type == "country"sv || de.type == "location"sv) && after < toks.size() &&
            (NameEnd(s, after) > after || apposed_name(after))) {
          const int place = EntityForDict(p.entity);
          const int mi =
              AddMention(si, k, after, place,
                         p.kind == MatchKind::kName ? MentionKind::kName : MentionKind::kMetonym);
          doc_.mentions[mi].modifier = true;
          j = after;
        }
      }
    }
    if (of.empty()) of = CountryBefore(si, i);
    // A title that names the UN in its own words ("UN envoy", "UN special envoy Ramtane
    // Lamamra") serves the UN.
    if (of.empty() && (toks[i].lower == "un"sv || toks[i].lower == "u.n."sv)) of = "org:un";
    if (ServesIgo(of)) info.sector = "IGO";
    if (apposed_name(j)) ++j;
    // A title capitalised in running text, or lower case after a country ("Ukraine's acting
    // president Volodymyr Zelenskyy").
    size_t e = NameEnd(s, j);
    // Institution words continue the title, they do not start a name:
    // "Commander-in-Chief of the Russian Federation Armed Forces Vladimir Putin".
    while (e > j && InstitutionWords().Has(toks[j])) e = NameEnd(s, ++j);
    // Nor does a title, or a plural of one: "Deputy Permanent Representative of the President
    // Denys Chystikov" is the longer title's, read from its next word on (was a person
    // "Permanent Representative"), "Deputy Heads of the Office" names no one (was "Heads").
    // An honorific title before the name is no part of it when the dictionary knows the
    // person after it: "Deputy Supreme Commander-in-Chief of the United Arab Emirates Armed
    // Forces Sheikh Mohamed bin Zayed Al Nahyan" is Mohamed bin Zayed (was a second person
    // named "Sheikh Mohamed ...").
    if (e > j) {
      TitleInfo longer;
      const size_t ll = dict_.MatchTitle(toks, j, &longer);
      const bool chain = ll > 0 && j + ll < toks.size() &&
                         (toks[j + ll].lower == "of"sv || toks[j + ll].lower == "to"sv ||
                          toks[j + ll].lower == "for"sv);
      if (PluralTitles().Has(toks[j]) || chain) return i;
      if (ll > 0 && j + ll < e) {
        const Match hm = LongestPersonMatch(toks, j + ll);
        if (hm.pattern >= 0 && dict_.entity(dict_.pattern(hm.pattern).entity).type == "person"sv) {
          j += ll;
        }
      }
    }
    // (Or a title of two words or more before a full name: "opposition candidate Edmundo
    // Gonzalez", "chief trade negotiator Li Chenggang".)
    if (e > j && (toks[i].cap || !of.empty() || (tl >= 2 && e >= j + 2))) {
      int ent = -1;
      size_t end = e;
      MentionKind kind = MentionKind::kName;
      const Match m = LongestPersonMatch(toks, j);
      if (m.pattern >= 0 && dict_.entity(dict_.pattern(m.pattern).entity).type == "person"sv) {
        ent = EntityForDict(dict_.pattern(m.pattern).entity);
        end = j + m.length;
      } else if (e == j + 1) {
        ent = ResolveSurname(toks[j].lower, true);
        kind = MentionKind::kSurname;
        if (ent < 0) ent = EntityForName(Text(si, j, e), "person");
      } else {
        ent = EntityForName(Text(si, j, e), "person");
      }
      const int mi = AddMention(si, j, end, ent, kind);
      doc_.mentions[mi].title = info.title;
      AddRole(ent, info.title, of, info.sector);
      return end;
    }
    // A title with no name: "the President", "the Russian foreign minister".
    if (e == j) {
      // A country's possessive is the determiner too: "Uzbekistan's President", "Russia's
      // foreign minister" (CountryBefore read the owner from it).
      const bool definite =
          i > 0 && (toks[i - 1].lower == "the"sv || (toks[i - 1].possessive && !of.empty()) ||
                    (i > 1 && toks[i - 2].lower == "the"sv && !of.empty()));
      const std::string& title = info.title;
      const bool resolvable = title == "president"sv || title == "prime minister"sv ||
                              title == "foreign minister"sv || title == "chancellor"sv ||
                              title == "first lady"sv;
      // "the President of the Austrian Association of Municipalities" is nobody's head of
      // state: an "of" phrase the dictionaries could not place names another office.
      const bool unplaced_of = of.empty() && j < toks.size() && toks[j].lower == "of"sv;
      if (definite && resolvable && !unplaced_of && (toks[i].cap || !of.empty())) {
        std::string where = of;
        // (Not in a text in its country's own voice, a UN General Debate speech, where "the
        // President" is the Assembly's: "I congratulate the President on his election" was
        // the speaker's own head of state in 20 of the first 400 speeches.)
        if (where.empty() && (title == "president"sv || title == "first lady"sv) && !OwnVoice()) {
          where = doc_.site_country;
        }
        const int ent = OfficeHolder(title, where);
        if (ent >= 0) {
          const int mi = AddMention(si, i, j, ent, MentionKind::kTitleRef);
          doc_.mentions[mi].title = title;
          return j;
        }
      }
      // A lower-case title after "the" is the one person of the document named with it
      // before: "Friedrich Merz will travel to Washington ... The chancellor spoke with
      // Macron", "Lavrov arrived in Ankara. The minister met Erdogan" (the act had no
      // source). Only a holder the text named, and only one: with two presidents named, "the
      // president" is left unread.
      if (definite && !toks[i].cap && of.empty() && !unplaced_of && i > 0 &&
          toks[i - 1].lower == "the"sv) {
        const int ent = NamedTitleHolder(title);
        if (ent >= 0) {
          const int mi = AddMention(si, i, j, ent, MentionKind::kTitleRef);
          doc_.mentions[mi].title = title;
          return j;
        }
      }
      // An office whose holder no dictionary knows at the article's date still acts for its
      // country: "the Minister of Foreign Affairs of Denmark", "the Danish foreign minister"
      // (DNKGOV). One entity per office and country, named for both.
      // (And the cabinet's other posts: "The U.S. Secretary of State said", "the U.S. Trade
      // Representative", "the Indian finance minister" were the country alone.)
      static const KeySet kOffices = {"president",          "vice president",
                                      "prime minister",     "deputy prime minister",
                                      "foreign minister",   "deputy foreign minister",
                                      "defence minister",   "chancellor",
                                      "ambassador",         "chargé d'affaires",
                                      "secretary of state", "trade representative",
                                      "finance minister",   "interior minister",
                                      "justice minister",   "economy minister",
                                      "energy minister",    "national security adviser",
                                      "special envoy"};
      // (Not a post that goes on, "Secretary of State for Defence of the United Kingdom Ben
      // Wallace", nor an apposition to the person named before it: "Jack Lew, the Treasury
      // Secretary of the United States".)
      const bool goes_on = j + 1 < toks.size() && toks[j].lower == "for"sv && toks[j + 1].cap;
      const bool apposed =
          i >= 3 && toks[i - 1].lower == "the"sv && toks[i - 2].lower == ","sv &&
          s.tok_mention[i - 3] >= 0 && doc_.mentions[s.tok_mention[i - 3]].entity >= 0 &&
          doc_.entities[doc_.mentions[s.tok_mention[i - 3]].entity].out.type == "person"sv;
      if (definite && IsIso3(of) && !info.sector.empty() && kOffices.Has(title) && !goes_on &&
          !apposed && NamesCountry(si, i >= 2 ? i - 2 : 0, j)) {
        if (const int c = dict_.CountryByIso3(of); c >= 0) {
          std::string name = title + " of " + dict_.entity(c).name;
          name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
          const int ent = EntityForName(name, "person");
          doc_.entities[ent].surname.clear();  // "Denmark" is no surname
          AddRole(ent, title, of, info.sector);
          const int mi = AddMention(si, i, j, ent, MentionKind::kTitleRef);
          doc_.mentions[mi].title = title;
          return j;
        }
      }
      // On a government's own site, an office of its cabinet or regions that the text names
      // by title alone, with no holder the dictionaries know, is that government's, as a state
      // body named without its country is: "Vladimir Putin met with the Minister of Labour and
      // Social Protection", "a telephone conversation with the Acting Emergency Situations
      // Minister", "I spoke with the Amur Region Governor" (RUSGOV; were nobody). One entity
      // per office, named for it and the country. Not the offices read above (a head of state
      // or government, a foreign minister), not in a text in a country's own voice, not when
      // the sentence names another country, nor on a visit abroad the text opens with (whose
      // ministers are the host's).
      if (of.empty() && !unplaced_of && !resolvable && !doc_.site_country.empty() && !OwnVoice() &&
          info.sector == "GOV"sv &&
          (title.find("minister") != std::string::npos || title == "governor"sv ||
           title == "mayor"sv)) {
        // The office's own capitalised words may stand before its title: "the Acting Emergency
        // Situations Minister", "the Amur Region Governor".
        bool stands_aside = false;  // another country or a longer office named
        size_t lead = i;
        while (lead > 0 && i - lead < 4 && toks[lead - 1].cap &&
               toks[lead - 1].kind == TokenKind::kWord && s.tok_mention[lead - 1] < 0 &&
               dict_.MatchEntity(doc_.norm.text, toks, lead - 1).pattern < 0) {
          --lead;
        }
        // (Not a longer title's words: "the Prime Minister" read from "Minister" on is the
        // head of government's, which the rules above resolve or leave.)
        TitleInfo longer;
        for (size_t k = lead; k < i && !stands_aside; ++k)
          stands_aside = dict_.MatchTitle(toks, k, &longer) > 0;
        for (size_t k = 0; k < toks.size() && !stands_aside; ++k) {
          const Match m = dict_.MatchEntity(doc_.norm.text, toks, k);
          if (m.pattern < 0) continue;
          const auto& de = dict_.entity(dict_.pattern(m.pattern).entity);
          stands_aside =
              (de.type == "country"sv || dict_.pattern(m.pattern).kind == MatchKind::kAdjective) &&
              de.country != doc_.site_country;
        }
        const int c = dict_.CountryByIso3(doc_.site_country);
        if (lead > 0 && toks[lead - 1].lower == "the"sv && (toks[i].cap || lead < i) &&
            !stands_aside && c >= 0 && LeadVisitCountry().empty()) {
          // The holder the text named before is who it means: "the Governor" after "Governor
          // of the Kaliningrad Region Anton Alikhanov", "said the Deputy Prime Minister" after
          // Iryna Vereshchuk; with two such holders it is left unread.
          int named = -1, holders = 0;
          for (int k = 0; k < static_cast<int>(doc_.entities.size()); ++k) {
            const auto& cand = doc_.entities[k];
            if (cand.out.type != "person"sv || cand.mentions.empty()) continue;
            const bool holds =
                std::any_of(cand.out.roles.begin(), cand.out.roles.end(), [&](const Role& r) {
                  if (title == "minister"sv)
                    return r.title.find("minister") != std::string::npos &&
                           r.title != "prime minister"sv;
                  return r.title == title || r.title.starts_with(title + " ");
                });
            if (holds) {
              named = k;
              ++holders;
            }
          }
          if (holders > 1) return j;
          if (named >= 0) {
            const int mi = AddMention(si, lead, j, named, MentionKind::kTitleRef);
            doc_.mentions[mi].title = title;
            return j;
          }
          const int ent =
              EntityForName(Text(si, lead, j) + " of " + dict_.entity(c).name, "person");
          doc_.entities[ent].surname.clear();  // the country is no surname
          AddRole(ent, title, doc_.site_country, info.sector);
          const int mi = AddMention(si, lead, j, ent, MentionKind::kTitleRef);
          doc_.mentions[mi].title = title;
          return j;
        }
      }
    }
    return i;
  }

  // The agent nouns of AgentGroup: officials, forces and other groups of a state (GOV, MIL,
  // REB, COP, LEG, BUS, MED, OPP, JUD, SPY); a head of government's peers in diplomatic
  // speech ("my French counterpart", "the Russian leader", "our American partners",
  // "Ukrainian colleagues"); and groups of civil society, as Phoenix.agents.txt codes them
  // ("Iraqi demonstrators" IRQOPP, "Serbian teachers" SRBEDU, "Ukrainian refugees" UKRREF,
  // "Russian universities" RUSEDU); a country's weapons act for its military ("Ukrainian drones
  // struck" UKRMIL) and its embassy for its government. Paramilitaries are ~MIL as
  // Phoenix.agents.txt codes them ("Sudanese paramilitaries shelled a camp" was an attack by
  // nobody); militias, guerrillas and jihadists are rebels.
  static constexpr AgentNoun kCountryAgents[] = {
      {"officials", "GOV"},      {"authorities", "GOV"},
      {"diplomats", "GOV"},      {"delegation", "GOV"},
      {"delegations", "GOV"},    {"representatives", "GOV"},
      {"side", "GOV"},           {"sides", "GOV"},
      {"negotiators", "GOV"},    {"leadership", "GOV"},
      {"ministers", "GOV"},      {"government", "GOV"},
      {"troops", "MIL"},         {"forces", "MIL"},
      {"military", "MIL"},       {"soldiers", "MIL"},
      {"servicemen", "MIL"},     {"army", "MIL"},
      {"rebels", "REB"},         {"insurgents", "REB"},
      {"separatists", "REB"},    {"militants", "REB"},
      {"police", "COP"},         {"policemen", "COP"},
      {"paramilitaries", "MIL"}, {"militias", "REB"},
      {"militiamen", "REB"},     {"guerrillas", "REB"},
      {"jihadists", "REB"},      {"lawmakers", "LEG"},
      {"legislators", "LEG"},    {"parliamentarians", "LEG"},
      {"parliament", "LEG"},     {"legislature", "LEG"},
      {"businessmen", "BUS"},    {"companies", "BUS"},
      {"business", "BUS"},       {"businesses", "BUS"},
      {"journalists", "MED"},    {"media", "MED"},
      {"opposition", "OPP"},     {"judges", "JUD"},
      {"intelligence", "SPY"},   {"counterpart", "GOV"},
      {"counterparts", "GOV"},   {"colleague", "GOV"},
      {"colleagues", "GOV"},     {"partners", "GOV"},
      {"leader", "GOV"},         {"leaders", "GOV"},
      {"congressmen", "LEG"},    {"senators", "LEG"},
      {"deputies", "LEG"},       {"entrepreneurs", "BUS"},
      {"investors", "BUS"},      {"executives", "BUS"},
      {"demonstrators", "OPP"},  {"protesters", "OPP"},
      {"protestors", "OPP"},     {"activists", "OPP"},
      {"dissidents", "OPP"},     {"students", "EDU"},
      {"teachers", "EDU"},       {"workers", "LAB"},
      {"miners", "LAB"},         {"farmers", "AGR"},
      {"peasants", "AGR"},       {"doctors", "HLH"},
      {"refugees", "REF"},       {"civilians", "CVL"},
      {"residents", "CVL"},      {"villagers", "CVL"},
      {"citizens", "CVL"},       {"children", "CVL"},
      {"women", "CVL"},          {"population", "CVL"},
      {"nationals", "CVL"},      {"party", "GOV"},
      {"parties", "GOV"},        {"manufacturers", "BUS"},
      {"producers", "BUS"},      {"firms", "BUS"},
      {"enterprises", "BUS"},    {"banks", "BUS"},
      {"exporters", "BUS"},      {"universities", "EDU"},
      {"academics", "EDU"},      {"academicians", "EDU"},
      {"scientists", "EDU"},     {"researchers", "EDU"},
      {"medics", "HLH"},         {"nurses", "HLH"},
      {"physicians", "HLH"},     {"clergy", "REL"},
      {"drones", "MIL"},         {"missiles", "MIL"},
      {"warplanes", "MIL"},      {"jets", "MIL"},
      {"artillery", "MIL"},      {"warships", "MIL"},
      {"navy", "MIL"},           {"bombers", "MIL"},
      {"submarines", "MIL"},     {"hostages", "CVL"},
      {"settlers", "CVL"},       {"airstrikes", "MIL"},
      {"embassy", "GOV"},        {"prisoners", "CVL"},
      {"detainees", "OPP"},      {"junta", "GOV"},
      {"prosecutors", "JUD"},    {"investigators", "COP"},
      {"courts", "JUD"},         {"mediators", "GOV"},
      {"congress", "LEG"},       {"senate", "LEG"},
      {"regime", "GOV"},         {"television", "MED"},
      {"broadcaster", "MED"},
  };

  // Whether a lower-case word after a singular agent noun ends its noun phrase: a function
  // word or a verb ("a Russian official said", "a French citizen held for two years"), not a
  // noun it qualifies ("official media", "student exchange").
  static bool NotAgentHead(const Token& t) {
    static const KeySet kNouns = {
        "media",    "visit",    "visits",    "data",        "figures",    "statistics", "website",
        "channels", "language", "position",  "statement",   "documents",  "sources",    "estimates",
        "news",     "exchange", "exchanges", "visa",        "visas",      "body",       "bodies",
        "union",    "unions",   "movement",  "movements",   "loans",      "loan",       "protests",
        "groups",   "group",    "aid",       "development", "assistance", "delegation", "ruling",
        "rulings",  "decision", "order",     "case",        "hearing",    "system"};
    return !kNouns.Has(t);
  }

  // The singular agent nouns of AgentGroup (below): one of a group acts for the country too,
  // as Phoenix.agents.txt codes a singular: "Iran released a French citizen" (FRACVL), "a
  // Russian official said" (RUSGOV), "an Israeli soldier" (ISRMIL). ("official" also
  // qualifies, "Chinese official media" is no official: NotAgentHead; "civilian" mostly does,
  // "the Ukrainian civilian population", so it is left out.)
  static constexpr AgentNoun kOneAgent[] = {
      {"official", "GOV"},     {"diplomat", "GOV"},      {"envoy", "GOV"},
      {"negotiator", "GOV"},   {"soldier", "MIL"},       {"serviceman", "MIL"},
      {"servicewoman", "MIL"}, {"lawmaker", "LEG"},      {"journalist", "MED"},
      {"reporter", "MED"},     {"activist", "OPP"},      {"dissident", "OPP"},
      {"businessman", "BUS"},  {"businesswoman", "BUS"}, {"student", "EDU"},
      {"citizen", "CVL"},      {"tourist", "CVL"},       {"prosecutor", "JUD"},
      {"judge", "JUD"},        {"court", "JUD"},         {"man", "CVL"},
      {"woman", "CVL"},        {"mediator", "GOV"}};

  // Whether the country name matched at toks[i] is an abbreviation that stands before an
  // agent noun as an adjective does: "US officials", "UK troops" (USAGOV, GBRMIL; were the
  // bare country).
  bool AttributiveAbbreviation(const std::vector<Token>& toks, size_t i, const Match& m) const {
    if (m.pattern < 0) return false;
    const auto& p = dict_.pattern(m.pattern);
    if (p.kind != MatchKind::kName || dict_.entity(p.entity).type != "country"sv) return false;
    const size_t after = i + m.length;
    if (after >= toks.size()) return false;
    // (A lower-case noun: "the US Embassy in Ukraine" is a body's name.)
    if (toks[after].cap) return false;
    // A full name after "the" stands so before a plural agent noun too: "the Myanmar
    // authorities", "the Kosovo police".
    if (i > 0 && toks[i - 1].lower == "the"sv && AgentSector(kCountryAgents, toks[after])) {
      return true;
    }
    for (size_t k = i; k < after; ++k) {
      if (!toks[k].all_caps && toks[k].lower.find('.') == std::string::npos) return false;
    }
    if (AgentSector(kCountryAgents, toks[after]) != nullptr) return true;
    // Or before an adjective it shares the noun with: "U.S. and British warplanes" (USAMIL,
    // GBRMIL; the first was the bare country).
    if (toks[after].lower == "and"sv && after + 2 < toks.size()) {
      const Match n = dict_.MatchEntity(doc_.norm.text, toks, after + 1);
      const size_t noun = after + 1 + n.length;
      if (n.pattern >= 0 && dict_.pattern(n.pattern).kind == MatchKind::kAdjective &&
          noun < toks.size() && AgentSector(kCountryAgents, toks[noun]) != nullptr) {
        return true;
      }
    }
    // One of them, not a title before a name: "U.S. envoy Steve Witkoff" stays the US's envoy.
    // (Nor before a noun it qualifies: "the US official bodies".)
    const size_t next = after + 1;
    return AgentSector(kOneAgent, toks[after]) != nullptr &&
           (next >= toks.size() || toks[next].kind != TokenKind::kWord ||
            (!toks[next].cap && NotAgentHead(toks[next])));
  }

  // The dictionaries' place entry of country `de`'s capital, or -1 (a linear search: the
  // phrase that asks is rare).
  int CapitalOf(const DictEntity& de) const {
    if (de.capital.empty()) return -1;
    for (int d = 0; d < dict_.entity_count(); ++d) {
      const DictEntity& p = dict_.entity(d);
      if (p.type == "location"sv && p.country == de.country && p.name == de.capital) return d;
    }
    return -1;
  }

  // A country adjective and a plural agent noun name a group that acts for its country's
  // sector, as the field's agent dictionaries code them: "Polish officials" (POLGOV), "the
  // German side" (or "party", as translated statements say it), "Ukrainian forces" (UKRMIL),
  // "Malian rebels" (MLIREB); adjectives joined by "and" share the noun ("Polish and Lithuanian
  // officials": two groups). `first` is the adjective mention just added; returns the token after
  // the noun, or the adjective's end when no agent noun follows.
  size_t AgentGroup(int si, int first) {
    auto& s = doc_.sentences[si];
    const auto& toks = s.toks;
    struct Adjective {
      size_t tb, te;
      std::string country;
    };
    std::vector<Adjective> adjectives = {
        {doc_.mentions[first].tb, doc_.mentions[first].te, doc_.mentions[first].country}};
    size_t k = adjectives[0].te;
    while (k + 1 < toks.size() && (toks[k].lower == "and"sv || toks[k].lower == ","sv)) {
      // ("European and African leaders", "our European and American partners")
      size_t re = k + 1;
      if (const RegionAdjective* r = RegionAt(toks, k + 1, &re); r != nullptr) {
        adjectives.push_back({k + 1, re, std::string(r->code)});
        k = re;
        continue;
      }
      const Match m = dict_.MatchEntity(doc_.norm.text, toks, k + 1);
      if (m.pattern < 0 || (dict_.pattern(m.pattern).kind != MatchKind::kAdjective &&
                            !AttributiveAbbreviation(toks, k + 1, m))) {
        break;
      }
      adjectives.push_back(
          {k + 1, k + 1 + m.length, dict_.entity(dict_.pattern(m.pattern).entity).country});
      k += 1 + m.length;
    }
    const size_t none = adjectives[0].te;
    if (k >= toks.size()) return none;
    // (A weapon's model may follow the adjective: "Thai F-16 fighter jets", read below.)
    const bool model = k + 3 < toks.size() && toks[k].cap && toks[k].lower.size() <= 3 &&
                       toks[k + 1].lower == "-"sv && !toks[k + 1].space_before &&
                       !toks[k + 2].space_before && toks[k + 2].kind == TokenKind::kNumber;
    // (A state body capitalised as its own name: "members of the Brazilian Congress" (BRALEG,
    // was the U.S. Congress), "the Brazilian Parliament", "the Polish Senate"; not the first
    // word of a longer name: "the Indian National Congress", "Congress Party".)
    // (Not "Army" or "Navy": "provide the Russian Navy with modern equipment" is a force
    // supplied, which GivenWith cannot tell from a giver when it is a name.)
    static const KeySet kCapitalisedBodies = {"parliament", "congress", "senate", "government"};
    const bool body = toks[k].cap && kCapitalisedBodies.Has(toks[k]) &&
                      (k + 1 >= toks.size() || !toks[k + 1].cap);
    if (!model && !body && (toks[k].cap || toks[k].kind != TokenKind::kWord)) return none;
    // "military-political consultations": the first part of a hyphenated modifier is no
    // group of its own.
    if (!model && k + 2 < toks.size() && toks[k + 1].lower == "-"sv && !toks[k + 1].space_before &&
        !toks[k + 2].space_before) {
      return none;
    }
    // "shelled Ukrainian cities", "on Russian territory": the country's own places are the
    // country, as the field codes a target named by its towns.
    static const KeySet kPlaces = {"cities",      "towns",     "villages",  "territory",
                                   "territories", "soil",      "land",      "lands",
                                   "ports",       "airspace",  "airfields", "settlements",
                                   "regions",     "provinces", "oblasts"};
    // ("a Palestinian state", "the Ukrainian state": the country itself, unless the word
    // qualifies a noun: "Russian state television", "Chinese state-owned".)
    static const KeySet kAfterState = {"on",  "in",  "of",  "and",  "by",    "that",     "which",
                                       "is",  "was", "has", "will", "would", "to",       "with",
                                       "for", "as",  "at",  "from", "since", "alongside"};
    const bool state = toks[k].lower == "state"sv &&
                       (k + 1 >= toks.size() || kAfterState.Has(toks[k + 1]) ||
                        (toks[k + 1].kind == TokenKind::kPunct && toks[k + 1].lower != "-"sv));
    if (adjectives.size() == 1 && (kPlaces.Has(toks[k]) || state)) {
      const int c = dict_.CountryByIso3(adjectives[0].country);
      if (c < 0) return none;
      const int ent = EntityForDict(c);
      auto& m = doc_.mentions[first];
      m.entity = ent;
      m.kind = MentionKind::kName;
      m.modifier = false;
      m.place = true;
      m.te = k + 1;
      s.tok_mention[k] = first;
      doc_.entities[ent].mentions.push_back(first);
      return k + 1;
    }
    // "his North Korean counterpart Choe Son Hui": a person's role before the person's name
    // is a title of the person, no group of its own.
    if (k + 1 < toks.size() && toks[k + 1].cap && toks[k + 1].kind == TokenKind::kWord &&
        (toks[k].lower == "counterpart"sv || toks[k].lower == "colleague"sv ||
         toks[k].lower == "leader"sv)) {
      return none;
    }
    const char* sector = AgentSector(kCountryAgents, toks[k]);
    // Two words naming one force: "Iranian security forces" (COP), "Russian border guards",
    // "Chinese coast guard ships" (MIL); "security" alone qualifies a noun, so the pair is read
    // before the one word.
    size_t ne = k + 1;
    if (k + 1 < toks.size()) {
      if (const char* pair = ForcePair(toks[k], toks[k + 1]); pair != nullptr) {
        sector = pair;
        ne = k + 2;
        // "coast guard ships", "border guard units", "law enforcement officers"
        static const KeySet kUnits = {"ships",     "vessels", "boats",   "units",
                                      "officers",  "officer", "agents",  "patrols",
                                      "personnel", "forces",  "systems", "system"};
        if (ne < toks.size() && kUnits.Has(toks[ne])) ++ne;
      }
    }
    // A lower-case modifier or two from a closed list before a plural agent noun: "Russian
    // oil companies" (RUSBUS), "Chinese state banks", "Iranian defence officials" (MIL, as
    // Phoenix.agents.txt codes a defence official).
    if (sector == nullptr) {
      static const KeySet kModifiers = {"oil",          "gas",
                                        "energy",       "arms",
                                        "tech",         "technology",
                                        "steel",        "shipping",
                                        "chemical",     "mining",
                                        "financial",    "telecom",
                                        "trading",      "state",
                                        "private",      "major",
                                        "largest",      "leading",
                                        "senior",       "top",
                                        "government",   "foreign",
                                        "defence",      "defense",
                                        "nuclear",      "pharmaceutical",
                                        "construction", "security",
                                        "intelligence", "high-ranking",
                                        "big",          "agricultural",
                                        "food",         "car",
                                        "aerospace",    "fighter",
                                        "combat",       "attack",
                                        "cabinet"};
      // (Past a weapon's model: "Thai F-16 fighter jets", "Russian Su-34 bombers".)
      const size_t from = model ? k + 3 : k;
      size_t n = from;
      while (n < toks.size() && n < from + 2 && !toks[n].cap && kModifiers.Has(toks[n])) ++n;
      if (n > k && n < toks.size() && !toks[n].cap) {
        if (const char* noun = AgentSector(kCountryAgents, toks[n]);
            noun != nullptr && toks[n].lower != "side"sv && toks[n].lower != "party"sv &&
            (!model || noun == "MIL"sv)) {
          const bool defence = toks[n - 1].lower == "defence"sv || toks[n - 1].lower == "defense"sv;
          const bool spies = toks[n - 1].lower == "intelligence"sv;
          sector = defence && noun == "GOV"sv ? "MIL" : spies && noun == "GOV"sv ? "SPY" : noun;
          ne = n + 1;
        }
      }
    }
    // "Russian prisoners of war" are soldiers (Phoenix.agents.txt: PRISONER_OF_WAR ~MIL).
    if (sector != nullptr && toks[k].lower == "prisoners"sv && k + 2 < toks.size() &&
        toks[k + 1].lower == "of"sv && toks[k + 2].lower == "war"sv) {
      sector = "MIL";
      ne = k + 3;
    }
    // One of them (kOneAgent), not before a name it titles ("French journalist Frederic
    // Leclerc-Imhoff" is the person) or a noun it qualifies.
    if (sector == nullptr && (k + 1 >= toks.size() || toks[k + 1].kind != TokenKind::kWord ||
                              (!toks[k + 1].cap && NotAgentHead(toks[k + 1])))) {
      sector = AgentSector(kOneAgent, toks[k]);
    }
    // "a French national" is a citizen (FRACVL: "Mali arrested two generals and a French
    // national" arrested nobody known), but "national" is an adjective far more often ("the
    // Ukrainian national team", "Russian national interests"): a noun only after "a" and
    // before punctuation or a function word.
    if (sector == nullptr && toks[k].lower == "national"sv && adjectives.size() == 1 &&
        adjectives[0].tb > 0 &&
        (toks[adjectives[0].tb - 1].lower == "a"sv || toks[adjectives[0].tb - 1].lower == "an"sv)) {
      static const KeySet kAfter = {"and", "who", "was", "is", "had",  "has",  "in",
                                    "on",  "at",  "for", "to", "from", "with", "of"};
      if (k + 1 >= toks.size() || toks[k + 1].kind != TokenKind::kWord || kAfter.Has(toks[k + 1])) {
        sector = "CVL";
      }
    }
    if (sector == nullptr) return none;
    const std::string noun = Text(si, k, ne);
    for (size_t a = 0; a < adjectives.size(); ++a) {
      const Adjective& adj = adjectives[a];
      const int ent = EntityForName(Text(si, adj.tb, adj.te) + " " + noun, "organization");
      auto& e = doc_.entities[ent];
      if (IsRegionCode(adj.country)) {
        e.region = adj.country;
      } else if (e.out.country.empty()) {
        e.out.country = adj.country;
      }
      if (e.out.sector.empty()) e.out.sector = sector;
      const bool last = a + 1 == adjectives.size();
      if (a == 0) {  // the mention already made: it now names the group
        auto& m = doc_.mentions[first];
        m.entity = ent;
        m.kind = MentionKind::kName;
        m.modifier = false;
        e.mentions.push_back(first);
        if (last) {
          m.te = ne;
          for (size_t n = k; n < ne; ++n) s.tok_mention[n] = first;
        }
      } else {
        AddMention(si, adj.tb, last ? ne : adj.te, ent, MentionKind::kName);
      }
    }
    return ne;
  }

  // A seat of government and a government noun name that government, as the field codes a
  // capital standing for its state (Phoenix.agents.txt: REGIME, AUTHORITY are ~GOV): "the
  // Kiev regime", "representatives of the Kiev authorities", "Kremlin officials" (UKRGOV,
  // RUSGOV). Alone the place acts only as a clause's first actor ("The Kiev regime refused"
  // did, "Putin said the Kiev authorities had sabotaged the talks" gave Putin the sabotage).
  // The place `de` matched toks[tb, te); returns the token after the noun, or tb.
  size_t SeatGroup(int si, size_t tb, size_t te, const DictEntity& de) {
    static const KeySet kNouns = {"authorities", "regime",    "government",
                                  "leadership",  "officials", "administration"};
    const auto& s = doc_.sentences[si];
    const auto& toks = s.toks;
    if (de.metonym_of.empty() || te >= toks.size() || toks[te].kind != TokenKind::kWord ||
        toks[te].cap || !kNouns.Has(toks[te])) {
      return tb;
    }
    const int ent = EntityForName(Text(si, tb, te + 1), "organization");
    auto& e = doc_.entities[ent];
    if (e.out.country.empty()) e.out.country = de.metonym_of;
    if (e.out.sector.empty()) e.out.sector = "GOV";
    AddMention(si, tb, te + 1, ent, MentionKind::kName);
    return te + 1;
  }

  // The state bodies a country's name owns, as its adjective does in AgentGroup: "Colombia's
  // government" and "the government of Colombia" are the Colombian government (COLGOV), not
  // Colombia; "South Korea's military" (KORMIL).
  static const char* StateBodySector(const Token& t) {
    static constexpr AgentNoun kBodies[] = {
        {"government", "GOV"}, {"authorities", "GOV"}, {"leadership", "GOV"}, {"officials", "GOV"},
        {"diplomats", "GOV"},  {"negotiators", "GOV"}, {"military", "MIL"},   {"army", "MIL"},
        {"forces", "MIL"},     {"troops", "MIL"},      {"navy", "MIL"},       {"police", "COP"},
        {"opposition", "OPP"}, {"rebels", "REB"},      {"lawmakers", "LEG"},  {"judiciary", "JUD"},
        {"parliament", "LEG"}, {"embassy", "GOV"},     {"junta", "GOV"},      {"leader", "GOV"},
        {"leaders", "GOV"},    {"delegation", "GOV"},
    };
    return t.kind == TokenKind::kWord && !t.cap ? AgentSector(kBodies, t) : nullptr;
  }

  // Whether the document says whose voice it is (its `country`, as the UN General Debate's
  // country_iso3 does), rather than the site it comes from implying it.
  bool OwnVoice() const {
    return !doc_.site_country.empty() && doc_.input != nullptr &&
           doc_.input->country == doc_.site_country;
  }

  // The group entity "<adjective> <noun>" of country dictionary entry `c` in `sector`, named
  // as AgentGroup names it so that "Colombia's government" and "the Colombian government" are
  // one entity; -1 when the country has no adjective.
  int StateBody(int c, std::string_view noun, const char* sector) {
    const auto& de = dict_.entity(c);
    if (de.adjective.empty() || !IsIso3(de.country)) return -1;
    const int ent = EntityForName(de.adjective + " " + std::string(noun), "organization");
    auto& e = doc_.entities[ent];
    if (e.out.country.empty()) e.out.country = de.country;
    if (e.out.sector.empty()) e.out.sector = sector;
    return ent;
  }

  // "Colombia's government": the country `c` matched toks[tb, te) and owns a state body
  // after its "'s". Returns the token after the noun, or tb.
  size_t PossessiveGroup(int si, size_t tb, size_t te, int c) {
    const auto& toks = doc_.sentences[si].toks;
    if (dict_.entity(c).type != "country"sv) return tb;
    size_t k = te;
    if (k >= toks.size() || !(toks[k].lower == "'s"sv || toks[k].possessive)) return tb;
    ++k;
    if (k >= toks.size()) return tb;
    // Two words naming one force: "Ukraine's air force said", "Iran's security forces"
    // (UKRMIL, IRNCOP), as after an adjective (AgentGroup).
    if (k + 1 < toks.size()) {
      if (const char* pair = ForcePair(toks[k], toks[k + 1]); pair != nullptr) {
        const int ent = StateBody(c, Text(si, k, k + 2), pair);
        if (ent < 0) return tb;
        AddMention(si, tb, k + 2, ent, MentionKind::kName);
        return k + 2;
      }
    }
    const char* sector = StateBodySector(toks[k]);
    // "Russia's military operation", "Ukraine's army chief": the noun modifies another.
    static const KeySet kHeads = {
        "operation",    "operations",  "chief",        "chiefs",     "commander", "commanders",
        "spokesman",    "spokeswoman", "spokesperson", "exercises",  "drills",    "aid",
        "base",         "bases",       "budget",       "spending",   "doctrine",  "campaign",
        "intervention", "presence",    "equipment",    "assistance", "support",   "buildup",
        "offensive",    "units",       "unit",         "officer",    "officers",  "personnel",
        "headquarters", "leader",      "leaders",      "figures",    "party",     "parties"};
    if (sector == nullptr || (k + 1 < toks.size() && kHeads.Has(toks[k + 1]))) return tb;
    // A leader or delegation named after the noun is the name's ("Niger's leader Abdourahamane
    // Tchiani"); alone it is the state's: "Tinubu met Niger's leader" (NERGOV, was nobody).
    if ((toks[k].lower == "leader"sv || toks[k].lower == "leaders"sv ||
         toks[k].lower == "delegation"sv) &&
        k + 1 < toks.size() && toks[k + 1].cap) {
      return tb;
    }
    // Nor a body inside a hyphenated adjective: "Sudan's army-backed government" is no army.
    if (k + 1 < toks.size() && toks[k + 1].lower == "-"sv && !toks[k + 1].space_before) return tb;
    // "military" is an adjective as often ("Russia's military invasion"): a noun only before
    // a verb, a function word or punctuation ("South Korea's military said").
    if (toks[k].lower == "military"sv && k + 1 < toks.size() &&
        toks[k + 1].kind == TokenKind::kWord && !toks[k + 1].cap) {
      static const KeySet kAfter = {
          "said",     "says",     "has",       "had",       "have",      "is",     "was",
          "were",     "are",      "will",      "would",     "could",     "can",    "may",
          "might",    "did",      "does",      "and",       "or",        "in",     "on",
          "at",       "of",       "to",        "for",       "with",      "from",   "also",
          "later",    "then",     "told",      "fired",     "struck",    "shot",   "seized",
          "launched", "reported", "announced", "claimed",   "confirmed", "denied", "deployed",
          "began",    "started",  "carried",   "conducted", "warned",    "accused"};
      if (!kAfter.Has(toks[k + 1])) return tb;
    }
    const int ent = StateBody(c, toks[k].lower, sector);
    if (ent < 0) return tb;
    AddMention(si, tb, k + 1, ent, MentionKind::kName);
    return k + 1;
  }

  // "the government of Colombia", "the authorities of Mali": a state body "of" a country
  // named by the dictionary, at toks[i] (the noun). Returns the token after the country, or i.
  // (Also a two-word force: "the armed forces of Ukraine" UKRMIL.)
  size_t BodyOfCountry(int si, size_t i) {
    const auto& toks = doc_.sentences[si].toks;
    if (i == 0 || toks[i - 1].lower != "the"sv || i + 2 >= toks.size()) return i;
    const char* sector = nullptr;
    std::string noun = toks[i].lower;
    size_t of = i + 1;
    if (const char* pair = ForcePair(toks[i], toks[i + 1]); pair != nullptr) {
      sector = pair;
      noun += " " + toks[i + 1].lower;
      of = i + 2;
    } else {
      sector = StateBodySector(toks[i]);
    }
    if (sector == nullptr || of + 1 >= toks.size() || toks[of].lower != "of"sv) return i;
    const Match m = dict_.MatchEntity(doc_.norm.text, toks, of + 1);
    if (m.pattern < 0 || dict_.pattern(m.pattern).kind != MatchKind::kName) return i;
    const int c = dict_.pattern(m.pattern).entity;
    if (dict_.entity(c).type != "country"sv) return i;
    const int ent = StateBody(c, noun, sector);
    if (ent < 0) return i;
    const size_t e = of + 1 + m.length;
    AddMention(si, i, e, ent, MentionKind::kName);
    return e;
  }

  // "the M23 rebels", "Kataeb militia": a name no dictionary knows right before a noun of
  // armed groups names that group (REB), which the recogniser, taught on CoNLL-2003, reads as
  // a qualifier (MISC, as "Tamil rebels") or misses (was nobody). The mention takes the noun;
  // the entity is the name. Not a capitalised first word ("Armed rebels attacked"). At
  // toks[i]; returns the token after the noun, or i.
  size_t ArmedGroupName(int si, size_t i) {
    const auto& s = doc_.sentences[si];
    const auto& toks = s.toks;
    size_t e = i;
    while (e < toks.size() && e - i < 3 && toks[e].kind == TokenKind::kWord && toks[e].cap &&
           s.tok_mention[e] < 0) {
      ++e;
    }
    static const KeySet kArmed = {"rebels",     "rebel",      "militia",   "militias",
                                  "insurgents", "guerrillas", "militants", "paramilitaries"};
    // One word only: a longer name holds a word the dictionaries know ("Kurdish YPG militia").
    if (e != i + 1 || e >= toks.size() || !kArmed.Has(toks[e])) return i;
    // A name no word could be ("M23 rebels", "ADF militants"), or one after "the" that is no
    // adjective of a people ("the Kataeb rebels"; not "Kurdish militants", "Separatist
    // militants", "Saleh militias").
    const Token& t = toks[i];
    const bool named = t.all_caps || std::any_of(t.lower.begin(), t.lower.end(),
                                                 [](char ch) { return ch >= '0' && ch <= '9'; });
    const std::string_view w = t.lower;
    const bool adjective = w.ends_with("ish"sv) || w.ends_with("ian"sv) || w.ends_with("ese"sv) ||
                           w.ends_with("ist"sv) || w.ends_with("an"sv) || w.ends_with("ic"sv);
    if (!named && (i == 0 || toks[i - 1].lower != "the"sv || adjective)) return i;
    const int ent = EntityForName(Text(si, i, e), "organization");
    auto& out = doc_.entities[ent].out;
    if (out.sector.empty()) out.sector = "REB";
    AddMention(si, i, e + 1, ent, MentionKind::kName);
    return e + 1;
  }

  // "Protesters clashed with police in Tbilisi": police named by no owner are those of the
  // country where the sentence takes place (a place or country it names), else of the
  // publishing government's site, as the field codes "police" with the country from context
  // (GEOCOP). At toks[i]; returns the token after the noun, or i.
  size_t BarePolice(int si, size_t i) {
    const auto& toks = doc_.sentences[si].toks;
    const Token& t = toks[i];
    // Lower case, or capitalised as a sentence's first word ("Police arrested ...").
    if (t.kind != TokenKind::kWord || (t.lower != "police"sv && t.lower != "policemen"sv) ||
        (t.cap && i > 1) || (t.cap && i == 1 && toks[0].lower != "the"sv)) {
      return i;
    }
    // An owner or a name of its own before: "Russian police", "the Kyiv police", "Police
    // Chief".
    if (i > 0 && (toks[i - 1].cap || toks[i - 1].possessive || toks[i - 1].lower == "'s"sv ||
                  doc_.sentences[si].tok_mention[i - 1] >= 0)) {
      if (!(i == 1 && toks[0].lower == "the"sv)) return i;
    }
    if (i + 1 < toks.size() && toks[i + 1].cap && toks[i + 1].kind == TokenKind::kWord) return i;
    // "special police troops", "a police station": a modifier of another noun; and a kind of
    // police named by a lower-case word before it ("special police", "riot police") is left
    // alone, as are "police" after anything but an article or a preposition.
    static const KeySet kHeads = {
        "troops",       "officers",   "officer",   "station",     "stations",     "chief",
        "chiefs",       "force",      "forces",    "units",       "unit",         "car",
        "cars",         "department", "spokesman", "spokeswoman", "spokesperson", "commander",
        "commissioner", "academy",    "custody",   "reform",      "violence",     "brutality",
        "raid",         "raids",      "operation", "operations",  "patrol",       "patrols",
        "van",          "vans",       "cordon",    "checkpoint",  "checkpoints",  "lines",
        "post",         "posts",      "official",  "officials",   "sources",      "source",
        "state",        "record",     "records",   "report",      "reports",      "headquarters"};
    if (i + 1 < toks.size() && kHeads.Has(toks[i + 1])) return i;
    if (i > 0 && toks[i - 1].kind == TokenKind::kWord && !toks[i - 1].cap &&
        !(toks[i - 1].lower == "the"sv || toks[i - 1].lower == "with"sv ||
          toks[i - 1].lower == "by"sv || toks[i - 1].lower == "and"sv ||
          toks[i - 1].lower == "of"sv || toks[i - 1].lower == "that"sv)) {
      return i;
    }
    int country = -1;
    for (size_t k = 0; k < toks.size() && country < 0; ++k) {
      if (!toks[k].cap || k == i) continue;
      const Match m = dict_.MatchEntity(doc_.norm.text, toks, k);
      if (m.pattern < 0 || dict_.pattern(m.pattern).kind != MatchKind::kName) continue;
      const auto& de = dict_.entity(dict_.pattern(m.pattern).entity);
      if ((de.type == "country"sv || de.type == "location"sv) && IsIso3(de.country)) {
        country = dict_.CountryByIso3(de.country);
      }
      k += m.length - 1;
    }
    if (country < 0 && !doc_.site_country.empty()) country = dict_.CountryByIso3(doc_.site_country);
    if (country < 0) return i;
    const int ent = StateBody(country, "police", "COP");
    if (ent < 0) return i;
    AddMention(si, i, i + 1, ent, MentionKind::kName);
    return i + 1;
  }

  // "protested in Belgrade against the government", "Protesters clashed with police in
  // Tbilisi after the government suspended EU accession talks": a bare "the government" is
  // the government of the country whose places the sentence names (SRBGOV, GEOGOV), when it
  // names no country itself, which could be the one meant ("The government condemned Russia's
  // attack"). At toks[i]; returns the token after the noun, or i.
  size_t BareGovernment(int si, size_t i) {
    const auto& toks = doc_.sentences[si].toks;
    const Token& t = toks[i];
    if (t.kind != TokenKind::kWord || t.cap || t.lower != "government"sv || i == 0 ||
        toks[i - 1].lower != "the"sv) {
      return i;
    }
    // Not a noun it modifies or an owner it has: "the government of Japan", "the government's
    // plan", "the government forces".
    if (i + 1 < toks.size()) {
      const Token& n = toks[i + 1];
      if (n.lower == "of"sv || n.lower == "'s"sv || n.possessive || n.lower == "'"sv) return i;
      static const KeySet kHeads = {
          "forces",      "troops",       "officials",       "official",   "spokesman",
          "spokeswoman", "spokesperson", "building",        "buildings",  "office",
          "offices",     "headquarters", "minister",        "ministers",  "sources",
          "source",      "critics",      "opponents",       "supporters", "debt",
          "bonds",       "policy",       "policies",        "budget",     "program",
          "programme",   "plan",         "plans",           "decision",   "decisions",
          "crisis",      "coalition",    "agency",          "agencies",   "website",
          "employees",   "workers",      "representatives", "delegation", "side",
          "army",        "soldiers"};
      if (n.kind == TokenKind::kWord && kHeads.Has(n)) return i;
    }
    // (A place the sentence is "in": "the Juba Peace Agreement" in a Sudanese speech is no
    // sign of South Sudan's government.)
    std::string country;
    for (size_t k = 0; k < toks.size(); ++k) {
      if (!toks[k].cap) continue;
      const Match m = dict_.MatchEntity(doc_.norm.text, toks, k);
      if (m.pattern < 0) continue;
      const auto& de = dict_.entity(dict_.pattern(m.pattern).entity);
      const bool in = k > 0 && toks[k - 1].lower == "in"sv;
      k += m.length - 1;
      if (de.type == "country"sv) return i;  // "the government condemned Russia's attack"
      if (dict_.pattern(m.pattern).kind != MatchKind::kName || de.type != "location"sv ||
          !IsIso3(de.country) || !in) {
        continue;
      }
      if (!country.empty() && country != de.country) return i;
      country = de.country;
    }
    const int c = country.empty() ? -1 : dict_.CountryByIso3(country);
    if (c < 0) return i;
    const int ent = StateBody(c, "government", "GOV");
    if (ent < 0) return i;
    AddMention(si, i, i + 1, ent, MentionKind::kName);
    return i + 1;
  }

  // A region's adjective and an agent noun name a group of that region's states or people,
  // as CAMEO codes a region in the country slot: "Starmer hosted European leaders" (EURGOV,
  // was a hosting of nobody), "Arab foreign ministers" (ARBGOV), "Western officials",
  // "East African leaders", "three European powers". Only before an agent noun (AgentGroup's,
  // or a word for the region's states): "the European perspective", "Western sanctions" and
  // "Arab" alone name no one. Returns the token after the group, or `i` when there is none.
  size_t RegionGroup(int si, size_t i) {
    auto& s = doc_.sentences[si];
    const auto& toks = s.toks;
    size_t te = i;
    const RegionAdjective* region = RegionAt(toks, i, &te);
    if (region == nullptr || te >= toks.size() || toks[te].cap) return i;
    // One person of the region is a person of some country of it, one the text may name
    // ("He will be the latest European leader to visit the White House": Merz, DEUGOV).
    static const KeySet kOnePerson = {"leader", "counterpart", "colleague", "partner"};
    if (kOnePerson.Has(toks[te]) || AgentSector(kOneAgent, toks[te]) != nullptr) return i;
    // A region's states, which AgentGroup does not take for a country (its "Polish lands" are
    // the country itself).
    static const KeySet kStates = {"countries", "states",      "nations", "powers",
                                   "allies",    "governments", "capitals"};
    if (kStates.Has(toks[te])) {
      const int ent = EntityForName(Text(si, i, te + 1), "organization");
      doc_.entities[ent].region = std::string(region->code);
      if (doc_.entities[ent].out.sector.empty()) doc_.entities[ent].out.sector = "GOV";
      AddMention(si, i, te + 1, ent, MentionKind::kName);
      return te + 1;
    }
    const int mi = AddMention(si, i, te, -1, MentionKind::kAdjective);
    doc_.mentions[mi].country = std::string(region->code);
    doc_.mentions[mi].modifier = true;
    if (const size_t e = AgentGroup(si, mi); e > te) {
      doc_.mentions[mi].country.clear();
      return e;
    }
    // No group: the adjective names no one.
    for (size_t k = i; k < te; ++k) s.tok_mention[k] = -1;
    s.mentions.pop_back();
    doc_.mentions.pop_back();
    return i;
  }

  // "Ukrainian-Polish talks", "Russian-Kazakhstani relations": two country adjectives joined
  // by a hyphen name both countries, each a party of what the phrase qualifies (the event
  // reader's HyphenPair), where one adjective alone only qualifies ("Polish officials"). At
  // the mention `second` of the second adjective; both mentions then name their country and
  // stay modifiers, so neither is read as a clause's subject or object.
  void AdjectivePair(int si, int second) {
    const auto& s = doc_.sentences[si];
    const auto& toks = s.toks;
    const size_t b = doc_.mentions[second].tb;
    if (b < 2 || toks[b - 1].lower != "-"sv || toks[b - 1].space_before || toks[b].space_before) {
      return;
    }
    const int first = s.tok_mention[b - 2];
    if (first < 0 || doc_.mentions[first].kind != MentionKind::kAdjective ||
        doc_.mentions[first].entity >= 0 ||
        doc_.mentions[first].country == doc_.mentions[second].country) {
      return;
    }
    const int countries[] = {dict_.CountryByIso3(doc_.mentions[first].country),
                             dict_.CountryByIso3(doc_.mentions[second].country)};
    if (countries[0] < 0 || countries[1] < 0) return;
    for (const int n : {0, 1}) {
      const int mi = n == 0 ? first : second;
      const int ent = EntityForDict(countries[n]);
      doc_.mentions[mi].entity = ent;
      doc_.entities[ent].mentions.push_back(mi);
    }
  }

  // A group named by its role and the place it is in or from acts for that place's country,
  // as AgentGroup reads "Iraqi demonstrators": "Demonstrators in Baghdad" (IRQOPP), "opposition
  // parties in Nepal" (NPLOPP), "students from Ukraine". Only groups whose place says whose
  // they are: not troops, diplomats or refugees, who are often abroad. At toks[i]; returns the
  // token after the group (the place stays a mention of its own, the event's location), or i.
  size_t GroupInPlace(int si, size_t i) {
    static constexpr AgentNoun kGroups[] = {
        {"officials", "GOV"},  {"authorities", "GOV"}, {"demonstrators", "OPP"},
        {"protesters", "OPP"}, {"protestors", "OPP"},  {"activists", "OPP"},
        {"dissidents", "OPP"}, {"students", "EDU"},    {"teachers", "EDU"},
        {"workers", "LAB"},    {"miners", "LAB"},      {"farmers", "AGR"},
        {"peasants", "AGR"},   {"residents", "CVL"},   {"villagers", "CVL"},
        {"civilians", "CVL"},  {"lawmakers", "LEG"},   {"legislators", "LEG"},
        {"rebels", "REB"},     {"insurgents", "REB"},  {"separatists", "REB"},
        {"police", "COP"},     {"policemen", "COP"},   {"government", "GOV"},
        {"junta", "GOV"},      {"regime", "GOV"},      {"leadership", "GOV"},
    };
    static constexpr AgentNoun kOpposition[] = {
        {"parties", "OPP"},    {"groups", "OPP"},  {"leaders", "OPP"},
        {"supporters", "OPP"}, {"figures", "OPP"}, {"politicians", "OPP"},
    };
    // A crowd that protests in a place is of its country, as protesters in it are: "Thousands
    // of people protested in Belgrade", "Protesters rallied in Tbilisi" (SRBCVL, GEOOPP).
    static constexpr AgentNoun kCrowds[] = {
        {"people", "CVL"},   {"thousands", "CVL"}, {"hundreds", "CVL"},   {"crowds", "CVL"},
        {"citizens", "CVL"}, {"opponents", "OPP"}, {"supporters", "OPP"},
    };
    // Every word of a sentence comes here: one lookup of the words a group can open with
    // rules out the rest before the tables are scanned.
    static const KeySet kOpeners = [] {
      std::vector<std::string_view> keys = {"opposition"};
      for (const auto& n : kGroups) keys.push_back(n.noun);
      for (const auto& n : kCrowds) keys.push_back(n.noun);
      return KeySet(keys);
    }();
    const auto& s = doc_.sentences[si];
    const auto& toks = s.toks;
    if (!kOpeners.Has(toks[i])) return i;
    // Lower case, or capitalised as a sentence's first word ("Demonstrators in Baghdad").
    auto plain = [&](size_t k) {
      return toks[k].kind == TokenKind::kWord && s.tok_mention[k] < 0 && (!toks[k].cap || k == 0);
    };
    if (!plain(i)) return i;
    // Another owner named before: "UNICEF officials in Ukraine", "Russian officials in Kherson";
    // not a stance ("pro-EU demonstrators in Tbilisi" are Georgia's).
    const int before = i > 0 ? s.tok_mention[i - 1] : -1;
    const bool stance = before >= 0 && StanceName(toks, doc_.mentions[before].tb);
    if (i > 0 && !stance &&
        (before >= 0 || (toks[i - 1].cap && i > 1) || toks[i - 1].possessive ||
         toks[i - 1].lower == "'s"sv)) {
      return i;
    }
    size_t h = i;
    const char* sector = nullptr;
    if (toks[i].lower == "opposition"sv && i + 1 < toks.size() && plain(i + 1)) {
      sector = AgentSector(kOpposition, toks[i + 1]);
      h = i + 1;
    } else {
      sector = AgentSector(kGroups, toks[i]);
      // (A state's government only after an article or its own kind: "the junta in Niamey",
      // "the military government in Naypyidaw"; "a robust climate regime in Paris" is none.)
      static const KeySet kRulers = {"government", "junta", "regime", "leadership"};
      static const KeySet kRulerWords = {"the", "military", "ruling", "new", "interim", "its"};
      if (kRulers.Has(toks[i]) && i > 0 && !kRulerWords.Has(toks[i - 1])) return i;
    }
    static const KeySet kProtestVerbs = {
        "protested", "rallied", "marched",    "demonstrated", "gathered", "protest",
        "rally",     "march",   "protesting", "rallying",     "marching", "took",
        "poured",    "staged",  "held",       "streets",      "to",       "the",
        "again",     "have",    "had",        "were",         "are",      "continued"};
    size_t at = h + 1;  // the "in" after the group, or after the verb of protest it makes
    if (sector == nullptr) sector = AgentSector(kCrowds, toks[i]);
    if (sector != nullptr && at < toks.size() && toks[at].lower != "in"sv &&
        toks[at].lower != "from"sv) {
      bool protest = false;
      while (at < toks.size() && at - h <= 5 && kProtestVerbs.Has(toks[at])) {
        const auto& w = toks[at].lower;
        protest = protest || w.starts_with("protest"sv) || w.starts_with("rall"sv) ||
                  w.starts_with("march"sv) || w == "demonstrated"sv || w == "streets"sv;
        ++at;
      }
      // "Protesters clashed with police in Tbilisi": a crowd whose name says it protests is
      // of the country its clause happens in, however far the place comes after it.
      static const KeySet kProtestCrowds = {"protesters", "protestors", "demonstrators"};
      static const KeySet kClauseEnds = {"after", "because", "while", "when",
                                         "that",  "who",     "which", "from"};
      if (!protest && kProtestCrowds.Has(toks[h])) {
        for (size_t k = h + 1; k + 1 < toks.size() && k <= h + 12; ++k) {
          if (toks[k].kind == TokenKind::kPunct || kClauseEnds.Has(toks[k])) break;
          if (toks[k].lower == "in"sv) {
            at = k;
            protest = true;
            break;
          }
        }
      }
      if (!protest || at >= toks.size() || toks[at].lower != "in"sv) return i;
    } else if (AgentSector(kGroups, toks[h]) == nullptr &&
               AgentSector(kOpposition, toks[h]) == nullptr) {
      return i;  // a crowd noun names a group only before its protest
    }
    if (sector == nullptr || at + 1 >= toks.size() ||
        (toks[at].lower != "in"sv && toks[at].lower != "from"sv)) {
      return i;
    }
    size_t b = at + 1;
    if (toks[b].lower == "the"sv && b + 1 < toks.size()) ++b;
    const Match m = dict_.MatchEntity(doc_.norm.text, toks, b);
    if (m.pattern < 0 || dict_.pattern(m.pattern).kind != MatchKind::kName) return i;
    const auto& place = dict_.entity(dict_.pattern(m.pattern).entity);
    if ((place.type != "country"sv && place.type != "location"sv) || !IsIso3(place.country)) {
      return i;
    }
    const int ent = EntityForName(
        Text(si, i, h + 1) + " " + std::string(toks[at].lower) + " " + place.name, "organization");
    auto& e = doc_.entities[ent];
    if (e.out.country.empty()) e.out.country = place.country;
    if (e.out.sector.empty()) e.out.sector = sector;
    AddMention(si, i, h + 1, ent, MentionKind::kName);
    return h + 1;
  }

  // "Vladimir Putin held a meeting with Government members", "... with members of the
  // Government": on a government's own site, its government (RUSGOV), as ContextGroup reads
  // other groups met by their role. At toks[i] == "members"; returns the token after the
  // mention, or i. "members of the Government of X" is X's, which the dictionary matches.
  size_t GovernmentMembers(int si, size_t i) {
    const auto& s = doc_.sentences[si];
    const auto& toks = s.toks;
    if (doc_.site_country.empty() || toks[i].lower != "members"sv) return i;
    auto government = [&](size_t k) {
      return k < toks.size() && toks[k].cap && toks[k].lower == "government"sv &&
             s.tok_mention[k] < 0;
    };
    size_t b = i, e = i + 1;
    if (i > 0 && government(i - 1)) {
      b = i - 1;  // "Government members"
    } else if (i + 3 < toks.size() && toks[i + 1].lower == "of"sv && toks[i + 2].lower == "the"sv &&
               government(i + 3) && (i + 4 >= toks.size() || toks[i + 4].lower != "of"sv)) {
      e = i + 4;  // "members of the Government"
    } else {
      return i;
    }
    if (b == 0 || toks[b - 1].lower != "with"sv) return i;
    int gov = -1;
    for (int d = 0; d < dict_.entity_count() && gov < 0; ++d) {
      const auto& de = dict_.entity(d);
      if (de.kind == "government"sv && de.country == doc_.site_country) gov = d;
    }
    if (gov < 0) return i;
    AddMention(si, b, e, EntityForDict(gov), MentionKind::kName);
    return e;
  }

  // A group met "with" and named by its role alone ("Vladimir Putin met with families
  // awarded the Order of Parental Glory", "Zelenskyy met with wounded servicemen") on a
  // government's own site is of that government's country, as the field codes "police"
  // with the country from context: RUSCVL, UKRMIL. Returns the token after the noun, or i.
  size_t ContextGroup(int si, size_t i) {
    static constexpr AgentNoun kAgents[] = {
        {"officials", "GOV"},   {"governors", "GOV"},   {"mayors", "GOV"},
        {"diplomats", "GOV"},   {"ambassadors", "GOV"}, {"servicemen", "MIL"},
        {"soldiers", "MIL"},    {"troops", "MIL"},      {"officers", "MIL"},
        {"commanders", "MIL"},  {"defenders", "MIL"},   {"families", "CVL"},
        {"residents", "CVL"},   {"citizens", "CVL"},    {"mothers", "CVL"},
        {"children", "CVL"},    {"volunteers", "CVL"},  {"veterans", "CVL"},
        {"students", "EDU"},    {"teachers", "EDU"},    {"scientists", "EDU"},
        {"researchers", "EDU"}, {"businessmen", "BUS"}, {"entrepreneurs", "BUS"},
        {"executives", "BUS"},  {"journalists", "MED"}, {"doctors", "HLH"},
        {"medics", "HLH"},      {"lawmakers", "LEG"},   {"parliamentarians", "LEG"},
        {"judges", "JUD"},      {"clergy", "REL"},      {"workers", "LAB"},
        {"farmers", "AGR"},     {"activists", "NGO"},
    };
    if (doc_.site_country.empty()) return i;
    const auto& s = doc_.sentences[si];
    const auto& toks = s.toks;
    const Token& t = toks[i];
    const char* sector = AgentSector(kAgents, t);
    if (sector == nullptr) return i;
    // "with", then at most two lower-case words: "with the families", "with young scientists".
    size_t k = i;
    while (k > 0 && i - k < 3 && toks[k - 1].lower != "with"sv) {
      const Token& w = toks[k - 1];
      if (w.cap || w.kind != TokenKind::kWord || s.tok_mention[k - 1] >= 0) return i;
      --k;
    }
    if (k < 2 || toks[k - 1].lower != "with"sv) return i;
    // Met with: "families with children" names no meeting.
    static const KeySet kMeet = {"met",        "meet",        "meets",         "meeting",
                                 "meetings",   "spoke",       "speak",         "talked",
                                 "talk",       "talks",       "conversation",  "conversations",
                                 "discussion", "discussions", "consultations", "videoconference",
                                 "conference", "together"};
    if (!kMeet.Has(toks[k - 2])) return i;
    // "journalists of the Canadian Global News": the group's own affiliation is named.
    if (i + 2 < toks.size() && (toks[i + 1].lower == "of"sv || toks[i + 1].lower == "from"sv) &&
        (toks[i + 2].cap ||
         (toks[i + 2].lower == "the"sv && i + 3 < toks.size() && toks[i + 3].cap))) {
      return i;
    }
    const int c = dict_.CountryByIso3(doc_.site_country);
    if (c < 0 || dict_.entity(c).adjective.empty()) return i;
    const int ent =
        EntityForName(dict_.entity(c).adjective + " " + std::string(t.lower), "organization");
    auto& e = doc_.entities[ent];
    if (e.out.country.empty()) e.out.country = doc_.site_country;
    if (e.out.sector.empty()) e.out.sector = sector;
    AddMention(si, i, i + 1, ent, MentionKind::kName);
    return i + 1;
  }

  // A group met "with" and named by those who speak for a sector or for local government
  // ("met with representatives of big business operating in our country", "held a meeting
  // with the heads of regions and cities of Ukraine", "met with our colleagues from the
  // mineral fertiliser industry", "Zelenskyy and representatives of the IT industry held a
  // meeting") on a government's own site is that sector of the site's country, or of the
  // country its "of" phrase names: UKRBUS, UKRGOV (CAMEO codes regional and city government
  // GOV). Returns the token after the phrase, or i.
  size_t SectorRepresentatives(int si, size_t i) {
    static const KeySet kSpeakers = {"representatives", "heads",      "leaders",   "leadership",
                                     "members",         "colleagues", "management"};
    static constexpr AgentNoun kSectors[] = {
        {"business", "BUS"},       {"businesses", "BUS"}, {"industry", "BUS"},
        {"industries", "BUS"},     {"companies", "BUS"},  {"enterprises", "BUS"},
        {"region", "GOV"},         {"regions", "GOV"},    {"city", "GOV"},
        {"cities", "GOV"},         {"oblasts", "GOV"},    {"communities", "GOV"},
        {"municipalities", "GOV"},
    };
    if (doc_.site_country.empty()) return i;
    const auto& s = doc_.sentences[si];
    const auto& toks = s.toks;
    if (!kSpeakers.Has(toks[i]) || i + 2 >= toks.size()) return i;
    if (toks[i + 1].lower != "of"sv && toks[i + 1].lower != "from"sv) return i;
    // Met with, or a compound subject that holds the meeting: the words before the group
    // noun are at most two lower-case ones ("with our colleagues", "with the heads").
    size_t k = i;
    while (k > 0 && i - k < 3 && toks[k - 1].lower != "with"sv && toks[k - 1].lower != "and"sv) {
      const Token& w = toks[k - 1];
      if (w.cap || w.kind != TokenKind::kWord || s.tok_mention[k - 1] >= 0) return i;
      --k;
    }
    if (k < 2) return i;
    const bool with = toks[k - 1].lower == "with"sv;
    static const KeySet kMeet = {"met",        "meet",          "meeting",         "meetings",
                                 "spoke",      "talked",        "talks",           "conversation",
                                 "discussion", "consultations", "videoconference", "conference",
                                 "held"};
    if (with && !kMeet.Has(toks[k - 2])) return i;
    // The sector: up to three words of its own, then its noun; two nouns may be joined
    // ("regions and cities", "the region and the city").
    size_t j = i + 2;
    const char* sector = nullptr;
    size_t end = 0;
    for (size_t words = 0; j < toks.size() && words < 6; ++j, ++words) {
      const Token& w = toks[j];
      if (s.tok_mention[j] >= 0 || w.kind != TokenKind::kWord) break;
      // Another owner's word: "representatives of Polish business", "of the largest global
      // companies" are no Ukrainians; "the leadership of the Defence Ministry and defence
      // companies" is the ministry's first.
      static const KeySet kElsewhere = {
          "global",        "foreign", "international", "world", "world's",
          "multinational", "western", "european",      "and",   "or"};
      if (kElsewhere.Has(w) || (w.cap && OrgHeadSector(w) != nullptr)) return i;
      if (w.cap && w.lower != "it"sv) {  // "the IT industry" is no Italian one
        const Match m = dict_.MatchEntity(doc_.norm.text, toks, j);
        if (m.pattern >= 0 && dict_.entity(dict_.pattern(m.pattern).entity).type != "person"sv)
          return i;
      }
      if (const char* sec = AgentSector(kSectors, w)) {
        if (sector != nullptr && std::string_view(sec) != sector) return i;
        sector = sec;
        end = j + 1;
        if (j + 1 < toks.size() && toks[j + 1].lower == "and"sv) {
          ++j;  // the next noun, "the" allowed
          if (j + 1 < toks.size() && toks[j + 1].lower == "the"sv) ++j;
          continue;
        }
        break;
      }
      if (sector != nullptr) break;
    }
    if (sector == nullptr) return i;
    // A compound subject meets only where its verb says so: "and representatives of the IT
    // industry held a meeting".
    if (!with) {
      bool meets = false;
      for (size_t m = end; m < toks.size() && m < end + 4 && !meets; ++m)
        meets = kMeet.Has(toks[m]);
      if (!meets) return i;
    }
    // Whose: a country named by the "of" phrase after the noun ("the heads of regions and
    // cities of Poland"; the scan has not reached it, so the dictionary is asked), else the
    // site's. Another body named there owns them: no group of the site's.
    std::string country = doc_.site_country;
    if (end + 1 < toks.size() && toks[end].lower == "of"sv) {
      size_t b = end + 1;
      if (toks[b].lower == "the"sv && b + 1 < toks.size()) ++b;
      const Match m = dict_.MatchEntity(doc_.norm.text, toks, b);
      if (m.pattern >= 0) {
        const auto& de = dict_.entity(dict_.pattern(m.pattern).entity);
        if (de.type != "country"sv || dict_.pattern(m.pattern).kind != MatchKind::kName) return i;
        country = de.country;
      } else if (toks[b].cap) {
        return i;
      }
    }
    const int c = dict_.CountryByIso3(country);
    if (c < 0 || dict_.entity(c).adjective.empty()) return i;
    const std::string noun =
        std::string_view(sector) == "GOV"sv ? "regional authorities" : "business";
    const int ent = EntityForName(dict_.entity(c).adjective + " " + noun, "organization");
    auto& e = doc_.entities[ent];
    if (e.out.country.empty()) e.out.country = country;
    if (e.out.sector.empty()) e.out.sector = sector;
    AddMention(si, i, end, ent, MentionKind::kName);
    return end;
  }

  // Open-world organisation: capitalised phrase ending in a head word ("Foreign Ministry",
  // "Verkhovna Rada", "Security Service of Ukraine").
  size_t OrgPhrase(int si, size_t i) {
    auto& s = doc_.sentences[si];
    const auto& toks = s.toks;
    if (!toks[i].cap || toks[i].kind != TokenKind::kWord) return i;
    if (i > 0 && s.tok_mention[i - 1] < 0 && toks[i].lower == "the"sv) return i;
    size_t k = i, head_end = i;
    const char* sector = nullptr;
    while (k < toks.size() && k - i < 8) {
      const auto& t = toks[k];
      if (t.kind == TokenKind::kWord && t.cap && s.tok_mention[k] < 0) {
        if (const char* sec = OrgHeadSector(t)) {
          head_end = k + 1;
          sector = sec;
          // A labour union, not a union of states: "Serbian Workers' Union", "Trade Union".
          if (t.lower == "union"sv && k > i &&
              (toks[k - 1].lower == "'"sv || toks[k - 1].lower == "trade"sv ||
               toks[k - 1].lower == "labour"sv || toks[k - 1].lower == "labor"sv)) {
            sector = "LAB";
          }
          // An army or front of liberation fights the state: "Balochistan Liberation Army",
          // "Moro Islamic Liberation Front" (REB, as Phoenix codes such groups).
          if ((t.lower == "army"sv || t.lower == "front"sv || t.lower == "movement"sv) && k > i &&
              (toks[k - 1].lower == "liberation"sv || toks[k - 1].lower == "resistance"sv ||
               toks[k - 1].lower == "rebel"sv || toks[k - 1].lower == "insurgent"sv)) {
            sector = "REB";
          }
        }
        ++k;
        // A possessive inside the name: "Workers' Union", "Farmers' Association", "Prosecutor
        // General's Office".
        if (k + 1 < toks.size() && !toks[k].space_before && toks[k + 1].cap &&
            toks[k + 1].kind == TokenKind::kWord && s.tok_mention[k + 1] < 0 &&
            ((toks[k].lower == "'"sv && t.lower.size() > 1 && t.lower.back() == 's') ||
             toks[k].lower == "'s"sv)) {
          ++k;
        }
        continue;
      }
      if ((t.lower == "of"sv || t.lower == "for"sv || t.lower == "and"sv) && head_end == k &&
          k + 1 < toks.size() && toks[k + 1].cap) {
        ++k;
        if (k < toks.size() && toks[k].lower == "the"sv) ++k;
        continue;
      }
      // A hyphen that joins two capitalised words is inside the name: "the Non-Aligned
      // Movement" (was "Aligned Movement"). Not a head word's ("the Six-Party Talks" names no
      // party), nor the dictionary's words ("the Joint Ukrainian-Slovenian Commission" names
      // two countries, AdjectivePair).
      if (t.lower == "-"sv && k > i && !t.space_before && k + 1 < toks.size() &&
          !toks[k + 1].space_before && toks[k + 1].cap && toks[k + 1].kind == TokenKind::kWord &&
          toks[k - 1].kind == TokenKind::kWord && s.tok_mention[k - 1] < 0 &&
          s.tok_mention[k + 1] < 0 && OrgHeadSector(toks[k + 1]) == nullptr &&
          dict_.MatchEntity(doc_.norm.text, toks, k - 1).pattern < 0 &&
          dict_.MatchEntity(doc_.norm.text, toks, k + 1).pattern < 0) {
        ++k;
        continue;
      }
      break;
    }
    // The "of" phrase after the head: a country names the body's ("Security Service of
    // Ukraine"), other capitalised words complete its name ("Cabinet of Ministers", "Ministry
    // of Energy").
    std::string of_country;
    size_t country_b = 0, country_e = 0;  // the country's tokens after "of", if any
    int country_entity = -1;
    // The country named by "of [the]" at toks[at], if any.
    auto country_of = [&](size_t at) {
      if (at + 1 >= toks.size() || (toks[at].lower != "of"sv && toks[at].lower != "for"sv)) {
        return false;
      }
      size_t b = at + 1;
      if (toks[b].lower == "the"sv && b + 1 < toks.size()) ++b;
      const Match m = dict_.MatchEntity(doc_.norm.text, toks, b);
      if (m.pattern < 0) return false;
      const auto& de = dict_.entity(dict_.pattern(m.pattern).entity);
      if (de.type != "country"sv || dict_.pattern(m.pattern).kind != MatchKind::kName) return false;
      of_country = de.country;
      country_b = b;
      country_e = b + m.length;
      country_entity = dict_.pattern(m.pattern).entity;
      return true;
    };
    if (sector != nullptr && head_end + 1 < toks.size() &&
        (toks[head_end].lower == "of"sv || toks[head_end].lower == "for"sv)) {
      size_t b = head_end + 1;
      if (toks[b].lower == "the"sv && b + 1 < toks.size()) ++b;
      if (dict_.MatchEntity(doc_.norm.text, toks, b).pattern >= 0) {
        country_of(head_end);
      } else if (toks[head_end].lower == "of"sv && b == head_end + 1) {
        size_t e = b;
        while (e < toks.size() && e - b < 3 && toks[e].cap && toks[e].kind == TokenKind::kWord &&
               s.tok_mention[e] < 0 && !NameStop().Has(toks[e])) {
          ++e;
        }
        // One word that ends the name: "Cabinet of Ministers", not "Council of X Y" (a
        // person) or "Congress of Local and Regional Authorities" (a longer name). An "and"
        // before a lower-case word joins another noun phrase: "members of the Cabinet of
        // Ministers and representatives of the Office".
        const bool and_lower = e + 1 < toks.size() && toks[e].lower == "and"sv &&
                               !toks[e + 1].cap && toks[e + 1].kind == TokenKind::kWord;
        if (e == b + 1 &&
            (e >= toks.size() || (!toks[e].cap && (toks[e].lower != "and"sv || and_lower) &&
                                  toks[e].lower != "of"sv))) {
          head_end = e;
        } else if (const size_t pe = PortfolioEnd(s, head_end - 1, b); pe > b) {
          // A ministry's portfolio of several words: "Ministry of Foreign Affairs [of Ukraine]",
          // "Ministry of Civil Defence, Emergencies and Disaster Relief".
          head_end = pe;
          if (!country_of(head_end)) of_country = ThisCountry(si, head_end);
        }
      }
    }
    if (head_end <= i + 1 || sector == nullptr) return i;  // a lone "Council" is not a name
    // A defence ministry is the military's, as the dictionary codes Ukraine's ("Ministry of
    // Defence", "Defence Ministry"; not the "Ministry of Civil Defence, Emergencies and ...").
    bool ministry = false, defence = false;
    for (size_t w = i; w < head_end; ++w) {
      ministry = ministry || toks[w].lower == "ministry"sv;
      defence = defence || ((toks[w].lower == "defence"sv || toks[w].lower == "defense"sv) &&
                            (w == 0 || toks[w - 1].lower != "civil"sv));
    }
    if (ministry && defence) sector = "MIL";
    if (NameStop().Has(toks[i]) && toks[i].lower != "foreign"sv && toks[i].lower != "security"sv &&
        toks[i].lower != "national"sv && toks[i].lower != "federal"sv &&
        toks[i].lower != "state"sv && toks[i].lower != "ministry"sv &&
        toks[i].lower != "prosecutor"sv) {
      return i;
    }
    // "The Security Council adopted a resolution": a Security Council nobody owns is the UN's,
    // except on the site of a state that has one of its own, where it is that state's ("a
    // meeting with permanent members of the Security Council" on the Kremlin's; a speech in
    // the UN's General Debate means the UN's).
    if (head_end == i + 2 && toks[i].lower == "security"sv && toks[i + 1].lower == "council"sv &&
        of_country.empty() && !IsIso3(CountryBefore(si, i)) &&
        (OwnVoice() || !NationalSecurityCouncil())) {
      if (const int unsc = dict_.FindById("org:unsc"); unsc >= 0) {
        AddMention(si, i, head_end, EntityForDict(unsc), MentionKind::kName);
        return head_end;
      }
    }
    if (*sector == '\0') {
      if (const char* by_words = NameWordsSector(toks, i, head_end)) sector = by_words;
    }
    const int ent = EntityForName(Text(si, i, head_end), "organization");
    auto& e = doc_.entities[ent];
    if (e.out.sector.empty()) e.out.sector = sector;
    if (e.out.country.empty()) {
      const std::string c = CountryBefore(si, i);
      if (IsIso3(c)) e.out.country = c;
    }
    if (e.out.country.empty()) e.out.country = of_country;
    AddMention(si, i, head_end, ent, MentionKind::kName);
    // The body's country is its modifier, no actor of the clause: in "The Central Bank of
    // Russia and the Reserve Bank of India signed an agreement" the banks sign, not India.
    if (country_entity >= 0 && e.out.country == of_country && s.tok_mention[country_b] < 0) {
      const int mi =
          AddMention(si, country_b, country_e, EntityForDict(country_entity), MentionKind::kName);
      doc_.mentions[mi].modifier = true;
      return country_e;
    }
    return head_end;
  }

  // Whether the dictionary knows a Security Council of the publishing government's own
  // ("Security Council of Russia" for the Kremlin's site).
  bool NationalSecurityCouncil() {
    if (doc_.site_country.empty()) return false;
    if (national_sc_ < 0) {
      national_sc_ = 0;
      for (int d = 0; d < dict_.entity_count(); ++d) {
        const auto& de = dict_.entity(d);
        if (de.type == "organization"sv && de.country == doc_.site_country &&
            de.name.find("Security Council") != std::string::npos) {
          national_sc_ = 1;
          break;
        }
      }
    }
    return national_sc_ == 1;
  }

  // The country "of this country" at toks[at] refers to: the last one named before it in the
  // sentence ("on a visit to Romania, held consultations with State Secretary of the Ministry
  // of Foreign Affairs of this country"), else none.
  std::string ThisCountry(int si, size_t at) const {
    const auto& s = doc_.sentences[si];
    const auto& toks = s.toks;
    if (at + 2 >= toks.size() || toks[at].lower != "of"sv ||
        (toks[at + 1].lower != "this"sv && toks[at + 1].lower != "that"sv) ||
        toks[at + 2].lower != "country"sv) {
      return {};
    }
    for (auto it = s.mentions.rbegin(); it != s.mentions.rend(); ++it) {
      const Mention& m = doc_.mentions[*it];
      if (m.entity >= 0 && doc_.entities[m.entity].out.type == "country"sv && m.te <= at) {
        return doc_.entities[m.entity].out.country;
      }
    }
    return {};
  }

  // The end of a portfolio of several words after the body `toks[head]` and its "of" (the
  // portfolio starts at toks[b]): capitalised words and the commas and "and" between them,
  // ending where the capitalised phrase does or at an "of" ("Ministry of Foreign Affairs of
  // Ukraine"). Only a ministry or committee has a portfolio (a hospital's "Department of
  // Endoscopic Surgery and Intensive Care" is no state body), and a person the dictionary
  // knows or the recogniser finds ends it ("the Ministry of Health Mikhail Murashko" names
  // the minister): returns b then.
  size_t PortfolioEnd(const SentenceData& s, size_t head, size_t b) const {
    const auto& toks = s.toks;
    const std::string_view body = toks[head].lower;
    if (body != "ministry"sv && body != "committee"sv) return b;
    auto person = [&](size_t k) {
      return std::any_of(s.found.begin(), s.found.end(), [&](const FoundSpan& f) {
        return f.label == "PER"sv && f.tb <= k && k < f.te;
      });
    };
    size_t k = b, end = b;
    while (k < toks.size() && k - b < 8) {
      const Token& t = toks[k];
      if (t.kind == TokenKind::kWord && t.cap) {
        if (s.tok_mention[k] >= 0 || person(k)) return b;
        // A word no portfolio has ends it: "Ministry of National Defense Mihai Iancu", "the
        // Ministry of Finance and Acme Corporation".
        if (!PortfolioWords().Has(t)) {
          if (k == b) return b;
          return end;
        }
        // A person the dictionary knows names the minister; another name of the dictionary
        // ends the portfolio before it ("between the Ministry of Finance and Apple").
        if (const Match m = dict_.MatchEntity(doc_.norm.text, toks, k); m.pattern >= 0) {
          if (k == b || dict_.entity(dict_.pattern(m.pattern).entity).type == "person"sv) return b;
          break;
        }
        end = ++k;
        continue;
      }
      if ((t.lower == ","sv || t.lower == "and"sv) && k > b && k + 1 < toks.size() &&
          toks[k + 1].cap && toks[k + 1].kind == TokenKind::kWord) {
        ++k;
        continue;
      }
      break;
    }
    if (end == b || (end < toks.size() && toks[end].cap)) return b;
    return end;
  }

  // A name the recogniser found starting at token i that no rule or
  // dictionary entry claimed: an open-world person, organisation or place.
  // Returns the token after it, or i. MISC (nationalities, events, laws) is
  // no entity of the graph's kinds.
  size_t RecognisedName(int si, size_t i) {
    auto& s = doc_.sentences[si];
    // (A span may open with the honorific "H.E.", which names no one: "H.E. Antonio Guterres"
    // is Guterres, IGOUNO; the name starts after it.)
    const auto it = std::find_if(s.found.begin(), s.found.end(), [&](const FoundSpan& f) {
      return f.tb == i || (f.tb + 1 == i && f.te > i && s.toks[f.tb].lower == "h.e."sv);
    });
    if (it == s.found.end()) return i;
    const char* type = it->label == "PER"sv   ? "person"
                       : it->label == "ORG"sv ? "organization"
                       : it->label == "LOC"sv ? "location"
                                              : nullptr;
    if (type == nullptr) return i;
    size_t te = it->te;
    // Only words and what joins them: the two tokenizers may disagree at the
    // edges ("Trump's": the recogniser stops before "'s").
    while (te > i && s.toks[te - 1].kind != TokenKind::kWord) --te;
    for (size_t k = i; k < te; ++k) {
      if (s.tok_mention[k] >= 0) return i;
    }
    if (te <= i) return i;
    // A document is no organisation, whatever the recogniser says (document.h).
    // (Nor a person or a place, which the recogniser reads a lone capitalised document word as
    // in the UN's speeches: "the Charter of the United Nations" was a person "Charter" 140
    // times in the first 400.)
    if (NamesDocument(s.toks, *it)) return te;
    // And a square or a street is a place ("Freedom Square").
    if (type == "organization"sv && te > i + 1) {
      static const KeySet kStreets = {"square", "street",     "avenue",
                                      "bridge", "embankment", "boulevard"};
      if (kStreets.Has(s.toks[te - 1])) type = "location";
    }
    // Nor is a capitalised word that names no one: a deity, a feast, a greeting, a currency,
    // an ideology or a sentiment ("God", "Easter", "Nazism", "Russophobia"), however the
    // recogniser reads it (it found 36 mentions of a person "God" in the press releases).
    if (NamesNoOne(s.toks, i, te)) return te;
    // Nor is a title's plural a person: "Deputy Heads of the Office" (the recogniser's PER).
    if (te == i + 1 && PluralTitles().Has(s.toks[i])) return te;
    // Nor is a weapon's model, which the recogniser reads as a maker or a place: "Leopard
    // tanks", "Patriot missiles", "Storm Shadow missiles" ("delivered Leopard tanks to
    // Ukraine" made the tanks the aid's recipient).
    // ("Leopard 2 tanks": past a model's number.)
    if (size_t w = te;
        w < s.toks.size() && (WeaponNoun(s.toks[w].lower) ||
                              (s.toks[w].kind == TokenKind::kNumber && w + 1 < s.toks.size() &&
                               WeaponNoun(s.toks[w + 1].lower)))) {
      return te;
    }
    // Nor a region: "Amur Region", "Kyiv Oblast" are places ("Amur Region Governor Vasily
    // Orlov" serves the region's country, not a body of that name).
    if (type == "organization"sv && te > i + 1 && RegionWords().Has(s.toks[te - 1])) {
      type = "location";
    }
    // Nor is a span of portfolio words alone a place or a body: "Minister of Natural Resources
    // and Environment Alexander Kozlov" names no place "Natural Resources".
    if (type != "person"sv && std::all_of(s.toks.begin() + static_cast<std::ptrdiff_t>(i),
                                          s.toks.begin() + static_cast<std::ptrdiff_t>(te),
                                          [](const Token& t) { return PortfolioWords().Has(t); })) {
      return te;
    }
    // A person's name does not open with a region's word, a portfolio's or a title: "Novgorod
    // Region Governor Andrei Nikitin" is the governor the title rule reads at the next word,
    // not a person named "Region Governor Andrei Nikitin"; "Environment Alexander Kozlov" is
    // Kozlov after his portfolio; a lone "Adviser" is nobody's name.
    if (type == "person"sv) {
      TitleInfo info;
      if ((te > i + 1 && (RegionWords().Has(s.toks[i]) || PortfolioWords().Has(s.toks[i]))) ||
          dict_.MatchTitle(s.toks, i, &info) > 0) {
        return i;
      }
      // Nor does it end with a body's or a gathering's word: "the Eastern Partnership Summit",
      // "the Union of European Football Associations", "the Sverdlovsk Region" are no people.
      const Token& last = s.toks[te - 1];
      static const KeySet kGathering = {"summit",   "forum",        "conference", "congress",
                                        "program",  "programme",    "strategy",   "initiative",
                                        "platform", "associations", "games",      "festival"};
      // A title the dictionary lacks names nobody either ("Artistic Director", "Vice
      // Chairman").
      static const KeySet kTitleWords = {"chairman", "chair",     "chairperson", "commander",
                                         "director", "governor",  "physician",   "speaker",
                                         "general",  "secretary", "minister",    "president",
                                         "head",     "chief",     "deputy"};
      if (te > i + 1 && (kGathering.Has(last) || kTitleWords.Has(last))) return te;
      // (So is a feature of the land or sea: "Second Thomas Shoal" was a person "Thomas
      // Shoal".)
      static const KeySet kFeatures = {"shoal",   "reef", "strait", "straits",     "island",
                                       "islands", "sea",  "bay",    "gulf",        "peninsula",
                                       "river",   "lake", "canal",  "archipelago", "mountains"};
      if (te > i + 1 &&
          (RegionWords().Has(last) || last.lower == "district"sv || kFeatures.Has(last))) {
        type = "location";
      } else if (te > i + 1 && (OrgHeadSector(last) != nullptr || InstitutionWords().Has(last))) {
        type = "organization";
      }
    }
    int ent = -1;
    MentionKind kind = MentionKind::kName;
    if (type == "person"sv && te == i + 1) {
      ent = ResolveSurname(s.toks[i].lower, false);
      kind = MentionKind::kSurname;
    }
    if (ent < 0) {
      ent = EntityForName(Text(si, i, te), type);
      kind = MentionKind::kName;
      // "his North Korean counterpart Choe Son Hui": a diplomat's counterpart named by a
      // country adjective serves that country's government (PRKGOV); so does one named by the
      // country's name ("his Papua New Guinea counterpart James Marape" had no country).
      if (type == "person"sv && i >= 2 && doc_.entities[ent].out.country.empty()) {
        const std::string_view role = s.toks[i - 1].lower;
        const int adj = s.tok_mention[i - 2];
        std::string country;
        if ((role == "counterpart"sv || role == "colleague"sv) && adj >= 0) {
          const Mention& m = doc_.mentions[adj];
          if (m.kind == MentionKind::kAdjective) {
            country = m.country;
          } else if (m.entity >= 0 && doc_.entities[m.entity].out.type == "country"sv) {
            country = doc_.entities[m.entity].out.country;
          }
        }
        if (IsIso3(country)) {
          auto& out = doc_.entities[ent].out;
          out.country = country;
          if (out.sector.empty()) out.sector = "GOV";
        }
      }
    }
    AddMention(si, i, te, ent, kind);
    return te;
  }

  // "The court ordered Israel to take measures" after "South Africa filed a case at the
  // International Court of Justice": a definite body noun names the last organisation the
  // text named with that word in its name. Only the heads of bodies that act, and not before
  // "of" or a capitalised word ("the court of appeal", "the Council Presidency").
  void DefiniteBodies() {
    static const KeySet kHeads = {
        "court",     "council",  "commission", "committee", "tribunal",     "agency",
        "ministry",  "assembly", "fund",       "bank",      "organisation", "organization",
        "programme", "mission",  "alliance",   "bloc",      "junta",        "army"};
    std::vector<int> orgs;  // organisation entities in the order the text last named them
    for (size_t si = 0; si < doc_.sentences.size(); ++si) {
      auto& s = doc_.sentences[si];
      const auto& toks = s.toks;
      bool added = false;
      for (size_t i = 0; i < toks.size(); ++i) {
        if (const int mi = s.tok_mention[i]; mi >= 0) {
          const int e = doc_.mentions[mi].entity;
          if (e >= 0 && doc_.entities[e].out.type == "organization"sv) {
            std::erase(orgs, e);
            orgs.push_back(e);
          }
          continue;
        }
        if (i == 0 || toks[i].cap || toks[i - 1].lower != "the"sv) continue;
        // (An "of" before a gerund is another phrase's: "accused the alliance of failing"; so
        // is the "of" of a verb of accusing: "accused the bloc of bias".)
        const bool accused = i >= 2 && (toks[i - 2].lower.starts_with("accus"sv) ||
                                        toks[i - 2].lower == "suspected"sv);
        const bool of_phrase = i + 1 < toks.size() && toks[i + 1].lower == "of"sv && !accused &&
                               !(i + 2 < toks.size() && toks[i + 2].lower.ends_with("ing"sv));
        if (i + 1 < toks.size() && (of_phrase || toks[i + 1].cap)) continue;
        if (!kHeads.Has(toks[i])) {
          GroupAgain(static_cast<int>(si), i, orgs, &added);
          continue;
        }
        for (auto it = orgs.rbegin(); it != orgs.rend(); ++it) {
          const std::string name = " " + LowerKey(doc_.entities[*it].out.name) + " ";
          // "the alliance" is the last treaty organisation named ("China rejected the
          // alliance's accusation" after NATO), "the bloc" the last international body.
          const bool igo = doc_.entities[*it].out.sector == "IGO"sv;
          const std::string& id = doc_.entities[*it].out.id;
          const bool named =
              (toks[i].lower == "alliance"sv &&
               (id == "org:nato"sv || id == "org:csto"sv ||
                name.find(" treaty organization ") != std::string::npos)) ||
              (toks[i].lower == "bloc"sv && igo) ||
              // "the junta" the last military government ("Mali's military
              // government said ... The junta accused France": MLIGOV).
              (toks[i].lower == "junta"sv && doc_.entities[*it].out.sector == "GOV"sv &&
               name.find(" military ") != std::string::npos);
          if (!named && name.find(" " + toks[i].lower + " ") == std::string::npos) continue;
          AddMention(static_cast<int>(si), i, i + 1, *it, MentionKind::kTitleRef);
          added = true;
          break;
        }
      }
      if (added) SortMentions(&s);
    }
  }

  // "U.S. Secretary of State Marco Rubio is due to visit the country this week" after
  // "Panama's President ... rejected U.S. demands": "the country" ("the kingdom": of the
  // kingdoms) is the one country the
  // nearest sentence before it that names any names (its name, adjective, capital or
  // leader), or, when that sentence names several, the dateline's country among them (was
  // a visit to nobody). Not before a name or an "of" phrase ("the country of Georgia"), and
  // not in a text in its country's own voice, where "the country" is mostly the speaker's own
  // and no other.
  void DefiniteCountry() {
    if (OwnVoice() || !doc_.site_country.empty()) return;
    std::string dateline;
    bool dateline_read = false;
    // The countries sentence `si` names before token `end`.
    auto named = [&](size_t si, size_t end) {
      std::vector<std::string> out;
      for (int mi : doc_.sentences[si].mentions) {
        const Mention& m = doc_.mentions[mi];
        if (m.tb >= end) continue;
        std::string c;
        if (m.entity < 0) {
          c = m.country;
        } else {
          const auto& e = doc_.entities[m.entity];
          if (e.out.type == "country"sv || !e.metonym_of.empty()) {
            c = e.out.country;
          } else if (e.out.type == "person"sv) {
            // (A leader by the country of an office held: the roles say it before the
            // entity's country is set.)
            c = e.out.country;
            for (const auto& r : e.out.roles) {
              if (c.empty() && IsIso3(r.of) && RoleActive(r, doc_.published)) c = r.of;
            }
          }
        }
        if (IsIso3(c) && std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
      }
      return out;
    };
    for (size_t si = 0; si < doc_.sentences.size(); ++si) {
      auto& s = doc_.sentences[si];
      const auto& toks = s.toks;
      bool added = false;
      for (size_t i = 1; i < toks.size(); ++i) {
        const bool kingdom = toks[i].lower == "kingdom"sv;
        const bool capital = toks[i].lower == "capital"sv;
        if ((toks[i].lower != "country"sv && !kingdom && !capital) ||
            toks[i - 1].lower != "the"sv || s.tok_mention[i] >= 0 || s.tok_mention[i - 1] >= 0) {
          continue;
        }
        if (i + 1 < toks.size() && (toks[i + 1].cap || toks[i + 1].lower == "of"sv)) continue;
        std::string country;
        if (capital) {
          country = CapitalMeant(si, i);
          if (country.empty()) continue;
        }
        for (size_t back = si; !capital && back-- > 0 && si - back <= 2;) {
          auto names = named(back, doc_.sentences[back].toks.size());
          // ("the kingdom": of the countries named, those the dictionary calls a kingdom.)
          if (kingdom) std::erase_if(names, [&](const std::string& c) { return !Kingdom(c); });
          if (names.empty()) continue;
          if (names.size() == 1) {
            country = names[0];
          } else {
            if (!dateline_read) {
              dateline = DatelineCountry();
              dateline_read = true;
            }
            if (std::find(names.begin(), names.end(), dateline) != names.end()) country = dateline;
          }
          break;
        }
        const int c = country.empty() ? -1 : dict_.CountryByIso3(country);
        if (c < 0) continue;
        AddMention(static_cast<int>(si), i, i + 1, EntityForDict(c), MentionKind::kTitleRef);
        added = true;
      }
      if (added) SortMentions(&s);
    }
  }

  // The country whose capital "the capital" at toks[i] of sentence si is: the one capital
  // named in the nearest of this sentence (before it) and the two before that names any
  // ("Starmer arrived in Kyiv ... Russia launched a drone attack on the capital during the
  // visit": Ukraine, which e7e88a3 made the target), the dateline's among several; with none
  // in reach, the dateline's place when it is a capital ("KYIV - ..."). "" when unsaid.
  std::string CapitalMeant(int si, size_t i) {
    auto capitals = [&](int sj, size_t end) {
      std::vector<std::string> out;
      for (int mi : doc_.sentences[sj].mentions) {
        const Mention& m = doc_.mentions[mi];
        if (m.tb >= end || m.entity < 0) continue;
        if (const std::string c = CapitalOf(m.entity);
            !c.empty() && std::find(out.begin(), out.end(), c) == out.end()) {
          out.push_back(c);
        }
      }
      return out;
    };
    std::string dateline;  // the country of a dateline's capital
    for (size_t sj = 0; sj < doc_.sentences.size() && sj < 2 && dateline.empty(); ++sj) {
      const auto& s = doc_.sentences[sj];
      if (s.tok_mention.empty() || s.tok_mention[0] < 0 || !s.toks[0].all_caps) continue;
      const Mention& m = doc_.mentions[s.tok_mention[0]];
      if (m.te < s.toks.size() && m.entity >= 0 &&
          (s.toks[m.te].lower == ","sv || s.toks[m.te].lower == "("sv ||
           (s.toks[m.te].lower == "-"sv && s.toks[m.te].space_before))) {
        dateline = CapitalOf(m.entity);
      }
    }
    for (int sj = si; sj >= 0 && si - sj <= 2; --sj) {
      const auto names = capitals(sj, sj == si ? i : doc_.sentences[sj].toks.size());
      if (names.empty()) continue;
      if (names.size() == 1) return names[0];
      return std::find(names.begin(), names.end(), dateline) != names.end() ? dateline : "";
    }
    return dateline;
  }

  // The country whose capital entity `e` is by the dictionary's "capital" ("Kyiv" for UKR;
  // not a seat of government: "the Kremlin", "Downing Street"), or "".
  std::string CapitalOf(int e) const {
    const auto& ent = doc_.entities[e];
    if (ent.out.type != "location"sv || ent.metonym_of.empty() || ent.dict < 0) return {};
    const int c = dict_.CountryByIso3(ent.metonym_of);
    if (c < 0) return {};
    const std::string& capital = dict_.entity(c).capital;
    const auto& place = dict_.entity(ent.dict);
    const bool named =
        place.name == capital ||
        std::find(place.aliases.begin(), place.aliases.end(), capital) != place.aliases.end();
    return named ? ent.metonym_of : std::string();
  }

  // Whether the dictionary names country `iso3` a kingdom ("Kingdom of Saudi Arabia").
  bool Kingdom(const std::string& iso3) const {
    const int c = dict_.CountryByIso3(iso3);
    if (c < 0) return false;
    const auto& aliases = dict_.entity(c).aliases;
    return std::any_of(aliases.begin(), aliases.end(), [](const std::string& a) {
      return a.find("Kingdom"sv) != std::string::npos;
    });
  }

  // "the settlers had attacked Palestinian communities" after "Britain imposed sanctions on
  // four Israeli settlers": "the" and a group noun that is not a state's own name the one
  // group of a country the text named with that noun (ISRCVL; was nobody), when it named only
  // one such group (not "the journalists" after Russian and Ukrainian journalists). A
  // state's officials and forces are left alone: both sides of a war have them. So are
  // hostages and prisoners, whom others act on: "The hostages were handed over to the Red
  // Cross" is no act of theirs.
  void GroupAgain(int si, size_t i, const std::vector<int>& orgs, bool* added) {
    static const KeySet kGroups = {"settlers",      "rebels",     "insurgents", "separatists",
                                   "militants",     "protesters", "protestors", "activists",
                                   "demonstrators", "students",   "refugees",   "dissidents",
                                   "journalists"};
    const auto& toks = doc_.sentences[si].toks;
    if (!kGroups.Has(toks[i])) return;
    const std::string tail = " " + toks[i].lower;
    int found = -1;
    for (int e : orgs) {
      const auto& out = doc_.entities[e].out;
      const std::string name = LowerKey(out.name);
      if (out.country.empty() || !name.ends_with(tail)) continue;
      if (found >= 0) return;  // two such groups: which one is meant is unsaid
      found = e;
    }
    if (found < 0) return;
    AddMention(si, i, i + 1, found, MentionKind::kTitleRef);
    *added = true;
  }

  // "Congo" alone is the dictionary's Republic of the Congo (Brazzaville), but a text that
  // otherwise names only the Democratic Republic ("eastern Congo" beside Tshisekedi, Goma,
  // "Congolese", Kinshasa), or Rwanda, means that one, as news mostly does.
  void CongoOfTheText() {
    const int cog = dict_.CountryByIso3("COG"), cod = dict_.CountryByIso3("COD");
    if (cog < 0 || cod < 0) return;
    const auto it = doc_.entity_by_key.find(dict_.entity(cog).id);
    if (it == doc_.entity_by_key.end()) return;
    const int from = it->second;
    bool democratic = false;
    // (Brazzaville's own named: an entity of the dictionaries that is the Republic's, or a
    // name of it other than "Congo". Not an office the text fills through "Congo" itself:
    // "Congo's foreign minister Therese Kayikwamba Wagner" beside Goma and M23 was COGGOV.)
    std::vector<int> through_congo;
    for (size_t e = 0; e < doc_.entities.size(); ++e) {
      const std::string& c = doc_.entities[e].out.country;
      if (static_cast<int>(e) != from && c == "COG"sv) {
        if (doc_.entities[e].dict >= 0) return;
        through_congo.push_back(static_cast<int>(e));
      }
      // (Rwanda too: "Congo and Rwanda signed a peace agreement in Washington" is the DRC's
      // war with the rebels Rwanda backs, no affair of Brazzaville's.)
      democratic |= c == "COD"sv || c == "RWA"sv;
    }
    for (const int mi : doc_.entities[from].mentions) {
      const Mention& m = doc_.mentions[mi];
      const auto& toks = doc_.sentences[m.sentence].toks;
      if (m.te != m.tb + 1 || toks[m.tb].lower != "congo"sv) return;
      // ("eastern Congo", where the DRC's wars are.)
      democratic |= m.tb > 0 && toks[m.tb - 1].lower == "eastern"sv;
    }
    for (const auto& m : doc_.mentions) democratic |= m.entity < 0 && m.country == "COD"sv;
    if (!democratic) return;
    const int to = EntityForDict(cod);
    auto& moved = doc_.entities[from].mentions;
    for (auto mi = moved.begin(); mi != moved.end();) {
      Mention& m = doc_.mentions[*mi];
      const auto& toks = doc_.sentences[m.sentence].toks;
      if (m.te != m.tb + 1 || toks[m.tb].lower != "congo"sv) {
        ++mi;
        continue;
      }
      m.entity = to;
      doc_.entities[to].mentions.push_back(*mi);
      mi = moved.erase(mi);
    }
    for (const int e : through_congo) doc_.entities[e].out.country = "COD";
  }

  // A news agency credited in a dateline ("KHARTOUM (AFP) - ...", "MOSCOW, Dec 11 (Reuters)
  // - ...") wrote the story and is no party to what it tells: the agency was the speaker of
  // "..., local activists said", which names nobody the text knows.
  // A company the dictionaries lack, named after its kind and nationality, is that country's
  // business: "Austrian energy company OMV said" (AUTBUS), "the Dutch chip maker ASML", "Russian
  // state broadcaster VGTRK" (RUSMED).
  void CompaniesNamedByKind() {
    static const KeySet kBusiness = {
        "company",      "firm",    "giant",   "maker",    "producer",     "operator",
        "carrier",      "airline", "bank",    "group",    "conglomerate", "utility",
        "manufacturer", "lender",  "insurer", "supplier", "exporter",     "developer"};
    static const KeySet kMedia = {"broadcaster", "newspaper", "daily",   "agency",
                                  "channel",     "outlet",    "network", "broadcasting"};
    ForUnownedOrgMentions([&](DocEntity& e, const Mention& m) {
      const auto& s = doc_.sentences[m.sentence];
      const auto& toks = s.toks;
      if (m.tb == 0 || toks[m.tb - 1].cap) return false;
      const bool business = kBusiness.Has(toks[m.tb - 1]);
      const bool media = kMedia.Has(toks[m.tb - 1]);
      if (!business && !media) return false;
      // Back over up to three lower-case modifiers ("energy", "state", "oil and gas").
      size_t k = m.tb - 1;
      while (k > 0 && m.tb - 1 - k < 3 && toks[k - 1].kind == TokenKind::kWord &&
             !toks[k - 1].cap && s.tok_mention[k - 1] < 0) {
        --k;
      }
      const int am = k > 0 ? s.tok_mention[k - 1] : -1;
      if (am < 0 || doc_.mentions[am].kind != MentionKind::kAdjective ||
          doc_.mentions[am].te != k || doc_.mentions[am].country.empty()) {
        return false;
      }
      e.out.country = doc_.mentions[am].country;
      e.out.sector = media ? "MED" : "BUS";
      return true;
    });
  }

  // Calls fn(entity, mention) for the mentions of each organisation that no dictionary knows
  // and no country owns yet, until it returns true for one of them.
  template <typename Fn>
  void ForUnownedOrgMentions(Fn fn) {
    for (auto& e : doc_.entities) {
      if (e.dict >= 0 || e.out.type != "organization"sv || !e.out.country.empty() ||
          !e.region.empty()) {
        continue;
      }
      for (int mi : e.mentions) {
        if (fn(e, doc_.mentions[mi])) break;
      }
    }
  }

  // An organisation the dictionaries lack, owned by a country's possessive, is that
  // country's, in the sector its name's words say: "South Korea's Joint Chiefs of Staff said"
  // (KORMIL; was nobody's), "Iran's Guardian Council" (IRNGOV); a name that says none is the
  // country's ("Japan's Keidanren", JPN), as PETRARCH codes a country's unknown body by its
  // country.
  void OwnedOrganizations() {
    // (Besides the heads of organisations' names, OrgHeadSector: an international body's
    // head words name none of a country's.)
    static constexpr AgentNoun kMoreWords[] = {{"staff", "MIL"},        {"police", "COP"},
                                               {"intelligence", "SPY"}, {"news", "MED"},
                                               {"television", "MED"},   {"radio", "MED"}};
    ForUnownedOrgMentions([&](DocEntity& e, const Mention& m) {
      const auto& s = doc_.sentences[m.sentence];
      const auto& toks = s.toks;
      if (m.tb < 2 || !toks[m.tb - 1].possessive) return false;
      const int om = s.tok_mention[m.tb - 2];
      if (om < 0 || doc_.mentions[om].te != m.tb - 1 || doc_.mentions[om].entity < 0) return false;
      const auto& owner = doc_.entities[doc_.mentions[om].entity].out;
      if (owner.type != "country"sv || !IsIso3(owner.country)) return false;
      e.out.country = owner.country;
      // The last word of the name that says a sector: "Joint Chiefs of Staff" MIL.
      for (size_t k = m.te; k > m.tb; --k) {
        const char* sector = OrgHeadSector(toks[k - 1]);
        if (sector == nullptr) sector = AgentSector(kMoreWords, toks[k - 1]);
        if (sector != nullptr && std::string_view(sector) != "IGO"sv) {
          e.out.sector = sector;
          break;
        }
      }
      return true;
    });
  }

  void DatelineCredits() {
    for (auto& m : doc_.mentions) {
      const auto& toks = doc_.sentences[m.sentence].toks;
      if (m.entity < 0 || m.tb == 0 || m.te + 1 >= toks.size() || toks[m.tb - 1].lower != "("sv ||
          toks[m.te].lower != ")"sv || toks[m.te + 1].lower != "-"sv) {
        continue;
      }
      const auto& e = doc_.entities[m.entity].out;
      if (e.type != "organization"sv || (e.sector != "MED"sv && !e.sector.empty())) continue;
      // Opened by the place in capitals, maybe with a date: "KHARTOUM", "LONDON, Jan 12".
      if (m.tb < 2 || !toks[m.tb - 2].all_caps) {
        bool dated = false;
        for (size_t k = 0; k + 1 < m.tb; ++k)
          dated |= toks[k].all_caps && toks[k + 1].lower == ","sv;
        if (!dated) continue;
      }
      m.modifier = true;
    }
    // So is the dateline's place in capitals ("THE HAGUE (AP) - The International Criminal
    // Court issued ..., accusing him" was an accusation by the Netherlands' government).
    for (size_t si = 0; si < doc_.sentences.size() && si < 3; ++si) {
      const auto& toks = doc_.sentences[si].toks;
      size_t b = 0;
      if (!toks.empty() && toks[0].lower == "the"sv && toks[0].all_caps) b = 1;
      const int mi = b < toks.size() ? doc_.sentences[si].tok_mention[b] : -1;
      if (mi < 0 || !toks[b].all_caps) continue;
      Mention& m = doc_.mentions[mi];
      // ("NEW DELHI - Gunmen killed ...": the dash right after the place.)
      if (m.entity < 0 || m.te >= toks.size() ||
          (toks[m.te].lower != ","sv && toks[m.te].lower != "("sv &&
           !(toks[m.te].lower == "-"sv && toks[m.te].space_before))) {
        continue;
      }
      const auto& type = doc_.entities[m.entity].out.type;
      if (type != "location"sv && type != "country"sv) continue;
      bool dash = false;
      for (size_t k = m.te; k < toks.size() && k < m.te + 10 && !dash; ++k) {
        dash = toks[k].lower == "-"sv && toks[k].space_before;
      }
      if (dash) m.modifier = true;
    }
  }

  // Whether the recogniser reads toks[b, e) as part of a place's name or a MISC name (an
  // event, a law, a nationality). (Not an organisation's: it runs a speaker's "As Comrade
  // Fidel Castro Ruz" into one.)
  static bool InOtherName(const SentenceData& s, size_t b, size_t e) {
    return std::any_of(s.found.begin(), s.found.end(), [&](const FoundSpan& f) {
      return (f.label == "LOC"sv || f.label == "MISC"sv) && f.tb <= b && f.te >= e;
    });
  }

  // Whether dictionary match m at toks[i] is a city's name inside a span that the recogniser
  // found as an organisation's, starting at the same word.
  bool ClubNamedAfterCity(const SentenceData& s, size_t i, const Match& m) const {
    const auto& p = dict_.pattern(m.pattern);
    const auto& de = dict_.entity(p.entity);
    if (p.kind != MatchKind::kName || de.type != "location"sv || de.kind != "city"sv) return false;
    return std::any_of(s.found.begin(), s.found.end(), [&](const FoundSpan& f) {
      return f.tb == i && f.te >= i + m.length && f.label == "ORG"sv;
    });
  }

  // A body named after the place the dictionary match m at toks[i] names, where the
  // recogniser reads one organisation from the place on and the capitalised words after it
  // end in a body's head word: "the Caribbean Development Bank", "Moscow State University",
  // "the Kyiv City Council" (were the place and a body named without it). The body is of the
  // place's country, or of its region ("Caribbean": a development bank of a region is an
  // IGO). Returns the token after the body, or i.
  size_t PlaceNamedBody(int si, size_t i, const Match& m) {
    auto& s = doc_.sentences[si];
    const auto& toks = s.toks;
    const auto& p = dict_.pattern(m.pattern);
    const auto& de = dict_.entity(p.entity);
    const size_t te = i + m.length;
    if (p.kind != MatchKind::kName || de.type != "location"sv || te >= toks.size() ||
        !toks[te].cap || toks[te].kind != TokenKind::kWord) {
      return i;
    }
    if (std::none_of(s.found.begin(), s.found.end(), [&](const FoundSpan& f) {
          return f.tb == i && f.te > te && f.label == "ORG"sv;
        })) {
      return i;
    }
    const size_t e = OrgPhrase(si, i);
    if (e == i) return i;
    // (A body that ends inside the place's own words is what OrgPhrase read: its mention
    // stands, and the place adds none over it.)
    if (e <= te) return e;
    const int mi = s.tok_mention[i];
    if (mi < 0 || doc_.mentions[mi].entity < 0) return e;
    auto& body = doc_.entities[doc_.mentions[mi].entity];
    if (!body.out.country.empty() || body.dict >= 0) return e;
    if (!de.country.empty()) {
      body.out.country = de.country;
    } else if (size_t re = i; const RegionAdjective* region = RegionAt(toks, i, &re)) {
      if (re == te) {
        body.region = std::string(region->code);
        bool development = false;
        for (size_t k = te; k < doc_.mentions[mi].te; ++k) {
          development = development || toks[k].lower == "development"sv;
        }
        if (body.out.sector == "BUS"sv && development) body.out.sector = "IGO";
      }
    }
    return e;
  }

  void Sentence(int si) {
    auto& s = doc_.sentences[si];
    const auto& toks = s.toks;
    s.tok_mention.assign(toks.size(), -1);
    for (size_t i = 0; i < toks.size();) {
      const auto& t = toks[i];
      if (t.kind != TokenKind::kWord) {
        ++i;
        continue;
      }
      // The Kremlin's speaker lines echo the name reversed, glued to the title ("Dmitry
      // Patrushev Patrushev DmitryMinister of Agriculture:"): the echo names nobody new.
      if (const int prev = i > 0 ? s.tok_mention[i - 1] : -1;
          prev >= 0 && doc_.mentions[prev].te == i && PersonAt(s, i - 1) >= 0 &&
          EchoFollows(s, doc_.mentions[prev], toks.size())) {
        i += 2;
        continue;
      }
      if (size_t e = TitlePhrase(si, i); e > i) {
        i = e;
        continue;
      }
      // In a speech to the UN, "this Organization" is the UN: "the seventieth anniversary of
      // the Organization", "to empower the Organization" (was nobody, or a place). Not the
      // head of a longer name: "the Organization for Security and Co-operation in Europe".
      if (OwnVoice() && t.cap && i > 0 &&
          (t.lower == "organization"sv || t.lower == "organisation"sv) &&
          (toks[i - 1].lower == "the"sv || toks[i - 1].lower == "this"sv ||
           toks[i - 1].lower == "our"sv) &&
          !(i + 1 < toks.size() && (toks[i + 1].lower == "of"sv || toks[i + 1].lower == "for"sv ||
                                    toks[i + 1].lower == "on"sv || toks[i + 1].cap))) {
        if (const int un = dict_.FindById("org:un"); un >= 0) {
          AddMention(si, i, i + 1, EntityForDict(un), MentionKind::kName);
          i += 1;
          continue;
        }
      }
      // An acronym the text introduced in parentheses names that organisation again: "The ELN
      // accused the government" after "the National Liberation Army (ELN)" (was a new,
      // uncoded organisation "ELN", or nobody).
      if (t.all_caps && !doc_.acronyms.empty()) {
        if (const auto a = doc_.acronyms.find(std::string(doc_.TokenText(s, i)));
            a != doc_.acronyms.end()) {
          AddMention(si, i, i + 1, a->second, MentionKind::kName);
          i += 1;
          continue;
        }
      }
      Match m = LongestPersonMatch(toks, i);
      if (OtherBody(toks, i, m)) m = Match{};
      // In a sports report, a city's name that the recogniser reads as an organisation is a
      // club named after it: "Manchester United beat Liverpool", "Real Madrid visit Barcelona"
      // (CoNLL-2003, which it learnt from, tags a club ORG and a city LOC). Not elsewhere: there
      // its ORG spans that open with a city are mostly documents and gatherings ("the Geneva
      // Conventions", "the Munich Conference"), which other rules read.
      if (doc_.sports_report && m.pattern >= 0 && ClubNamedAfterCity(s, i, m)) {
        if (size_t e = RecognisedName(si, i); e > i) {
          i = e;
          continue;
        }
      }
      if (m.pattern < 0) {
        if (const size_t e = RegionGroup(si, i); e > i) {
          i = e;
          continue;
        }
      }
      if (m.pattern >= 0) {
        const auto& p = dict_.pattern(m.pattern);
        const auto& de = dict_.entity(p.entity);
        if (p.kind == MatchKind::kAdjective || AttributiveAbbreviation(toks, i, m)) {
          // A country adjective ("Russian") starts an organisation phrase or modifies a title.
          const int mi = AddMention(si, i, i + m.length, -1, MentionKind::kAdjective);
          doc_.mentions[mi].country = de.country;
          doc_.mentions[mi].modifier = true;
          i += m.length;
          // "the Ukrainian capital", "the Emirati capital": the dictionaries' capital of the
          // country, Kyiv or Abu Dhabi (a visit there is hosted by the country; was a visit to
          // nobody).
          // (Where one goes or is, not what is struck: "a drone attack on the Ukrainian
          // capital" stays an attack on Ukraine, StruckThing.)
          static const KeySet kWhere = {"in",      "to",    "at",      "into",
                                        "visited", "visit", "visits",  "toured",
                                        "reached", "left",  "leaving", "reaching"};
          if (i < toks.size() && toks[i].lower == "capital"sv && !toks[i].cap &&
              doc_.mentions[mi].tb > 1 && toks[doc_.mentions[mi].tb - 1].lower == "the"sv &&
              kWhere.Has(toks[doc_.mentions[mi].tb - 2]) &&
              !(i + 1 < toks.size() &&
                (toks[i + 1].lower == "of"sv || toks[i + 1].lower == "-"sv))) {
            if (const int city = CapitalOf(de); city >= 0) {
              AddMention(si, i, i + 1, EntityForDict(city), MentionKind::kName);
              ++i;
              continue;
            }
          }
          if (size_t e = AgentGroup(si, mi); e > i) {
            i = e;
            continue;
          }
          if (i < toks.size()) {
            if (size_t e = OrgPhrase(si, i); e > i) {
              i = e;
              continue;
            }
          }
          AdjectivePair(si, mi);
          continue;
        }
        if (size_t e = SeatGroup(si, i, i + m.length, de); e > i) {
          i = e;
          continue;
        }
        if (size_t e = PlaceNamedBody(si, i, m); e > i) {
          i = e;
          continue;
        }
        if (p.kind == MatchKind::kName) {
          if (size_t e = PossessiveGroup(si, i, i + m.length, p.entity); e > i) {
            i = e;
            continue;
          }
        }
        const int ent = EntityForDict(p.entity);
        const MentionKind kind = p.kind == MatchKind::kDemonym   ? MentionKind::kDemonym
                                 : p.kind == MatchKind::kMetonym ? MentionKind::kMetonym
                                                                 : MentionKind::kName;
        AddMention(si, i, i + m.length, ent, kind);
        // A known acronym in parentheses after a name no dictionary knows names the same body:
        // "The Kurdistan Workers Party (PKK) said" was an uncoded organisation beside the PKK
        // (TURREB). Its mentions, and the name's later ones, are the known body's.
        if (kind == MentionKind::kName && de.type == "organization" && i >= 2 &&
            toks[i - 1].lower == "("sv && i + m.length < toks.size() &&
            toks[i + m.length].lower == ")"sv && s.tok_mention[i - 2] >= 0) {
          const int open = doc_.mentions[s.tok_mention[i - 2]].entity;
          if (open >= 0 && open != ent && doc_.entities[open].dict < 0 &&
              doc_.entities[open].out.type == "organization"sv) {
            for (int mi : doc_.entities[open].mentions) {
              doc_.mentions[mi].entity = ent;
              doc_.entities[ent].mentions.push_back(mi);
            }
            doc_.entities[open].mentions.clear();
            doc_.entity_by_key[doc_.entities[open].out.id] = ent;
          }
        }
        i += m.length;
        continue;
      }
      // An acronym in parentheses after an organisation's name is that organisation: "the
      // Revolutionary United Front (RUF)", "the Serbian Workers' Union (SSS)".
      if (t.all_caps && i >= 2 && i + 1 < toks.size() && toks[i - 1].lower == "("sv &&
          toks[i + 1].lower == ")"sv && s.tok_mention[i - 2] >= 0) {
        const int org = doc_.mentions[s.tok_mention[i - 2]].entity;
        if (org >= 0 && doc_.entities[org].out.type == "organization"sv) {
          AddMention(si, i, i + 1, org, MentionKind::kName);
          // (Not a document's: "the Treaty on the Non-Proliferation of Nuclear Weapons (NPT)"
          // makes no party of "the NPT Review Conference".)
          bool document = false;
          for (size_t k = doc_.mentions[s.tok_mention[i - 2]].tb; k < i - 1 && !document; ++k) {
            static const KeySet kDocumentWords = {
                "treaty", "convention",  "agreement", "protocol", "accord",   "charter",
                "act",    "declaration", "weapons",   "agenda",   "framework"};
            document = kDocumentWords.Has(toks[k]);
          }
          if (!document) doc_.acronyms.emplace(std::string(doc_.TokenText(s, i)), org);
          i += 1;
          continue;
        }
      }
      if (size_t e = UniqueOffice(si, i); e > i) {
        i = e;
        continue;
      }
      if (size_t e = GroupInPlace(si, i); e > i) {
        i = e;
        continue;
      }
      if (size_t e = BarePolice(si, i); e > i) {
        i = e;
        continue;
      }
      if (!t.cap) {
        if (size_t e = BareGovernment(si, i); e > i) {
          i = e;
          continue;
        }
        if (size_t e = BodyOfCountry(si, i); e > i) {
          i = e;
          continue;
        }
        if (size_t e = GovernmentMembers(si, i); e > i) {
          i = e;
          continue;
        }
        if (size_t e = ContextGroup(si, i); e > i) {
          i = e;
          continue;
        }
        if (size_t e = SectorRepresentatives(si, i); e > i) {
          i = e;
          continue;
        }
        ++i;
        continue;
      }
      if (size_t e = ArmedGroupName(si, i); e > i) {
        i = e;
        continue;
      }
      if (size_t e = OrgPhrase(si, i); e > i) {
        i = e;
        continue;
      }
      // Honorifics: "Mr Rahmon", "Mr. Smith".
      if ((t.lower == "mr"sv || t.lower == "mrs"sv || t.lower == "ms"sv) && i + 1 < toks.size()) {
        size_t j = i + 1;
        if (toks[j].lower == "."sv && j + 1 < toks.size()) ++j;
        size_t e = NameEnd(s, j);
        // "Mr. Speaker" addresses an office, not a person named Speaker.
        while (e > j && InstitutionWords().Has(toks[j])) e = NameEnd(s, ++j);
        if (e > j) {
          // "Mr. Antonio Guterres": a dictionary person keeps its identity.
          const Match dm = dict_.MatchEntity(doc_.norm.text, toks, j);
          if (dm.pattern >= 0 && dict_.entity(dict_.pattern(dm.pattern).entity).type == "person") {
            AddMention(si, j, j + dm.length, EntityForDict(dict_.pattern(dm.pattern).entity),
                       MentionKind::kName);
            i = j + dm.length;
            continue;
          }
          int ent = e == j + 1 ? ResolveSurname(toks[j].lower, true) : -1;
          // "Mrs. Zuzana" after "Zuzana Čaputová": the given name of one person named before.
          if (ent < 0 && e == j + 1) ent = ResolveGivenName(Text(si, j, e));
          if (ent < 0) ent = EntityForName(Text(si, j, e), "person");
          AddMention(si, j, e, ent, e == j + 1 ? MentionKind::kSurname : MentionKind::kName);
          i = e;
          continue;
        }
      }
      if (NameStop().Has(t) && !MonthGivenName(s, i)) {
        ++i;
        continue;
      }
      // "Government Staff Dmitry Grigorenko": an institution word never
      // starts a personal name; the name starts after it.
      if (InstitutionWords().Has(t) || RegionWords().Has(t)) {
        ++i;
        continue;
      }
      const size_t e = NameEnd(s, i);
      // Apposition: "Hakan Fidan, the Turkish foreign minister". (Not from a portfolio's last
      // word: "Minister of Natural Resources and Environment Alexander Kozlov, Minister of
      // Industry and Trade Denis Manturov" names no "Environment Alexander Kozlov". Nor from
      // words the recogniser reads as a name of no person: "the Great Patriotic War, the
      // President honoured", "in the Sverdlovsk Region, so the Governor" were persons.)
      if (e >= i + 2 && e + 2 < toks.size() && toks[e].lower == ","sv && !PortfolioWords().Has(t) &&
          !InOtherName(s, i, e)) {
        size_t k = e + 1;
        if (toks[k].lower == "the"sv || toks[k].lower == "a"sv) ++k;
        std::string of;
        while (k < toks.size() && k < e + 5) {
          const Match am = dict_.MatchEntity(doc_.norm.text, toks, k);
          if (am.pattern >= 0 &&
              dict_.entity(dict_.pattern(am.pattern).entity).type == "country"sv) {
            of = dict_.entity(dict_.pattern(am.pattern).entity).country;
            k += am.length;
            if (k < toks.size() && toks[k].possessive) ++k;
            continue;
          }
          TitleInfo info;
          if (const size_t tl = dict_.MatchTitle(toks, k, &info); tl > 0) {
            const int ent = EntityForName(Text(si, i, e), "person");
            AddMention(si, i, e, ent, MentionKind::kName);
            // "Marko Mikhelson, Chairman of the Foreign Affairs Committee of the Estonian
            // Parliament": the title's chain names the country and the body.
            // A chain that ends in a name is the next item of a list instead.
            const size_t after = k + tl;
            bool chained = false;
            if (of.empty() && after + 1 < toks.size() &&
                (toks[after].lower == "of"sv || toks[after].lower == "on"sv ||
                 toks[after].lower == "for"sv)) {
              if (const ChainTitle chain = TitleChain(si, after + 1, false);
                  !chain.country.empty() && TitleChain(si, after + 1).name == 0) {
                of = chain.country;
                if (!chain.sector.empty()) info.sector = chain.sector;
                if (IsIso3(of) && info.sector == "IGO"sv) info.sector = "GOV";
                if (ServesIgo(of)) info.sector = "IGO";
                chained = true;
              }
            }
            // "X, Deputy Prime Minister Y": a bare capitalised title right
            // after the comma heads the next item of a list, not an apposition.
            if (k > e + 1 || !toks[k].cap || chained) AddRole(ent, info.title, of, info.sector);
            break;
          }
          // A word that opens a clause ends the apposition before any title: "..., so the
          // Governor is doing".
          static const KeySet kClauseWords = {"so",    "but",  "or",      "as", "who",
                                              "which", "that", "because", "if", "where",
                                              "while", "when", ","};
          if (kClauseWords.Has(toks[k])) break;
          ++k;
        }
        if (s.tok_mention[i] >= 0) {
          i = e;
          continue;
        }
      }
      if (e == i + 1 || (e == i + 3 && toks[i + 1].lower == "-"sv)) {
        // A surname, possibly the first of a hyphenated pair ("Witkoff-Putin").
        int ent = ResolveSurname(t.lower, false);
        // Or one behind a capitalised particle, opening a sentence: "Al-Sharaa later flew to
        // Doha" after "Ahmed al-Sharaa" (was a new person "Al-Sharaa").
        if (ent < 0 && e == i + 3 && NameParticles().Has(t)) {
          if (const int after = ResolveSurname(toks[i + 2].lower, false); after >= 0) {
            AddMention(si, i, e, after, MentionKind::kSurname);
            i = e;
            continue;
          }
        }
        // A given name alone for the one person of the document it opens: "Today Boris arrived
        // in Kyiv" after "Boris Johnson" (not a town of that name: "Russian Membranes in
        // Vladimir").
        static const KeySet kPlacePrepositions = {"in", "at", "from", "near"};
        if (ent < 0 && e == i + 1 && (i == 0 || !kPlacePrepositions.Has(toks[i - 1]))) {
          ent = ResolveGivenName(Text(si, i, e));
        }
        if (ent >= 0) {
          AddMention(si, ParticlesBefore(si, i, ent), i + 1, ent, MentionKind::kSurname);
          i = i + 1;
          continue;
        }
      } else if (e > i + 1) {
        // A full name already known in this document ("Steve Witkoff" after the title).
        const std::string name = Text(si, i, e);
        auto it = doc_.entity_by_key.find("open:person:" + Slug(name));
        const int ent =
            it != doc_.entity_by_key.end() ? it->second : PersonEndingWith(LowerKey(name));
        if (ent >= 0) {
          AddMention(si, i, e, ent, MentionKind::kName);
          i = e;
          continue;
        }
      }
      if (size_t ne = RecognisedName(si, i); ne > i) {
        i = ne;
        continue;
      }
      ++i;
    }
    SortMentions(&s);
    // Modifiers: a name followed by a possessive or directly by a title/name is not the head.
    for (int mi : s.mentions) {
      auto& m = doc_.mentions[mi];
      if (m.te < toks.size() && toks[m.te].possessive) m.modifier = true;
      if (m.entity >= 0 && doc_.entities[m.entity].out.type != "person"sv && m.te < toks.size() &&
          s.tok_mention[m.te] >= 0 && s.tok_mention[m.te] != mi) {
        m.modifier = true;
      }
    }
    // The sentence's subject: its first person named as a head, or, for a sentence opening
    // with "He"/"She", the previous subject.
    int subj = -1;
    for (int mi : s.mentions) {
      const auto& m = doc_.mentions[mi];
      if (m.entity >= 0 && doc_.entities[m.entity].out.type == "person"sv && !m.modifier) {
        subj = m.entity;
        break;
      }
    }
    if (!toks.empty() && (toks[0].lower == "he"sv || toks[0].lower == "she"sv) && si > 0) {
      subj = SalientPerson(doc_, si, 0);
    }
    doc_.subject[si] = subj;
    FirstPerson(si);
  }

  // First person. "I" in a transcript is the person of the last speaker line
  // ("President of Russia Vladimir Putin: Colleagues, I ..."); in a document
  // from a head of state's own site with no speaker line yet, it is that head
  // of state outside quotation marks (president.gov.ua's "Today I met with
  // the Prime Minister of ..."). Elsewhere, and after a speaker line naming
  // no known person ("Question: ..."), "I" stays unresolved: a wrong speaker
  // would put words and meetings in the wrong mouth.
  void FirstPerson(int si) {
    auto& s = doc_.sentences[si];
    const auto& toks = s.toks;
    size_t colon = 0;
    if (const int label = SpeakerLabel(si, &colon); label != kNoLabel) {
      speaker_ = label;
      saw_label_ = true;
      if (label >= 0) {
        s.speaker = label;
        s.speaker_colon = static_cast<int>(colon);
      }
    }
    if (saw_label_) s.line_speaker = speaker_;
    bool added = false;
    auto speaker = [&](size_t k) {
      if (saw_label_) return speaker_;
      if (doc_.site_country.empty() || InQuotes(toks[k].begin)) return -1;
      if (site_head_ == kUnresolved) site_head_ = OfficeHolder("president", doc_.site_country);
      return site_head_;
    };
    // The country whose voice toks[k] is: the speaker's, else, outside quotes and transcripts,
    // the document's own ("We call on France" in Vanuatu's UN speech, whose head of state no
    // dictionary knows, is Vanuatu's).
    auto voice_country = [&](size_t k) {
      const int who = speaker(k);
      if (who >= 0) return dict_.CountryByIso3(doc_.entities[who].out.country);
      if (saw_label_ || doc_.site_country.empty() || InQuotes(toks[k].begin)) return -1;
      return dict_.CountryByIso3(doc_.site_country);
    };
    for (size_t k = 0; k < toks.size(); ++k) {
      // "our country", "our state": the speaker's country ("I invited him to visit our
      // country at this crucial time").
      if (toks[k].lower == "our"sv && k + 1 < toks.size() && s.tok_mention[k] < 0 &&
          (toks[k + 1].lower == "country"sv || toks[k + 1].lower == "state"sv)) {
        const int country = voice_country(k);
        if (country >= 0) {
          AddMention(si, k, k + 2, EntityForDict(country), MentionKind::kPronoun);
          added = true;
        }
        continue;
      }
      // "my meeting with President Biden", "my visit to Kyiv": the speaker's own gathering.
      // Only before such a noun: "pardon my language", "my colleague", "accept my invitation
      // and visit Russia" name the speaker as no party.
      if (toks[k].lower == "my"sv && s.tok_mention[k] < 0 && k + 1 < toks.size()) {
        static const KeySet kGatherings = {"meeting",       "meetings",    "visit", "visits",
                                           "talks",         "trip",        "call",  "conversation",
                                           "conversations", "negotiations"};
        size_t n = k + 1;
        if (n + 1 < toks.size() && (toks[n].lower == "recent"sv || toks[n].lower == "last"sv ||
                                    toks[n].lower == "first"sv || toks[n].lower == "current"sv ||
                                    toks[n].lower == "official"sv)) {
          ++n;
        }
        const int who = kGatherings.Has(toks[n]) ? speaker(k) : -1;
        if (who >= 0) {
          AddMention(si, k, k + 1, who, MentionKind::kPronoun);
          added = true;
        }
        continue;
      }
      // "We agreed with Britain to further support our defense": a known speaker's "we".
      if (toks[k].lower == "we"sv && s.tok_mention[k] < 0 && s.we_country < 0) {
        const int country = voice_country(k);
        if (country >= 0) s.we_country = EntityForDict(country);
        continue;
      }
      if (toks[k].lower != "i"sv || !toks[k].cap || s.tok_mention[k] >= 0) continue;
      // The pronoun is followed by a verb or a clitic ("I met", "I'm");
      // "World War I", "Peter I." and "Phase I, II" are numerals.
      if (k + 1 >= toks.size() || toks[k + 1].cap || toks[k + 1].kind != TokenKind::kWord) {
        continue;
      }
      // A capitalised word before it makes it part of a name ("Peter I",
      // "World War I"), unless that word cannot be in a name ("Today I") or
      // names a place ("Today in Kyiv I met").
      if (k > 0 && s.tok_mention[k - 1] >= 0) {
        const int before = doc_.mentions[s.tok_mention[k - 1]].entity;
        const bool place = before >= 0 && (doc_.entities[before].out.type == "location"sv ||
                                           doc_.entities[before].out.type == "country"sv);
        if (!place) continue;
      } else if (k > 0 && toks[k - 1].cap && toks[k - 1].kind == TokenKind::kWord &&
                 !NameStop().Has(toks[k - 1])) {
        continue;
      }
      int who = speaker(k);
      // A document that says whose voice it is (a delegation's UN speech) and names no speaker
      // the dictionary knows: its "I" is that state's head of state, of government or foreign
      // minister, coded as its government ("I told President Erdogan" in Greece's speech is
      // GRCGOV's, not Erdogan's).
      if (who < 0 && !saw_label_ && OwnVoice() && !InQuotes(toks[k].begin)) {
        if (const int c = dict_.CountryByIso3(doc_.site_country); c >= 0) {
          who = StateBody(c, "government", "GOV");
        }
      }
      if (who < 0) continue;
      AddMention(si, k, k + 1, who, MentionKind::kPronoun);
      added = true;
    }
    if (added) {
      SortMentions(&s);
    }
  }

  // Second person. In a transcript between two parties ("Meeting with President of Iran
  // Sayyid Ebrahim Raisi": a lead naming both, then their speaker lines), "you" and "your"
  // in one party's lines are the other party, as "I" is the speaker: "I would like to
  // discuss all these issues with you" is a consultation with Raisi. Only there: with a
  // third speaker or a label naming nobody ("Question:"), or in a speech to an audience,
  // "you" is whoever was addressed, which the text does not say. "Thank you" is
  // politeness, not an act towards anyone; quoted speech inside a line is someone else's.
  void SecondPerson() {
    std::vector<int> label(doc_.sentences.size(), kNoLabel);
    std::vector<int> speakers, lead;
    auto add = [](std::vector<int>& to, int p) {
      if (std::find(to.begin(), to.end(), p) == to.end()) to.push_back(p);
    };
    size_t first_label = doc_.sentences.size();
    for (size_t si = 0; si < doc_.sentences.size(); ++si) {
      label[si] = SpeakerLabel(static_cast<int>(si));
      if (label[si] == -1) return;  // an unnamed speaker: the addressee is unknown
      if (label[si] < 0) continue;
      first_label = std::min(first_label, si);
      add(speakers, label[si]);
    }
    if (first_label == doc_.sentences.size()) return;
    for (size_t si = 0; si < first_label; ++si) {
      for (int mi : doc_.sentences[si].mentions) {
        const auto& m = doc_.mentions[mi];
        if (m.entity >= 0 && !m.modifier && doc_.entities[m.entity].out.type == "person"sv) {
          add(lead, m.entity);
        }
      }
    }
    // A lead, when there is one, names both parties and every speaker is one of them:
    // "Vladimir Putin held a videoconference meeting with heads of leading Italian
    // companies" is no talk between two, even if only one of the heads speaks.
    const std::vector<int>& parties = first_label > 0 ? lead : speakers;
    if (parties.size() != 2) return;
    for (int p : speakers) {
      if (std::find(parties.begin(), parties.end(), p) == parties.end()) return;
    }
    int speaker = -1;
    for (size_t si = first_label; si < doc_.sentences.size(); ++si) {
      if (label[si] >= 0) speaker = label[si];
      if (speaker < 0) continue;
      const int addressee = parties[0] == speaker ? parties[1] : parties[0];
      auto& s = doc_.sentences[si];
      const auto& toks = s.toks;
      bool added = false, quoted = false;
      for (size_t k = 0; k < toks.size(); ++k) {
        const std::string_view w = toks[k].lower;
        if (w == "\""sv || w == "\u201c"sv || w == "\u201d"sv) quoted = !quoted;
        if ((w != "you"sv && w != "your"sv) || quoted || s.tok_mention[k] >= 0) continue;
        if (k > 0 && toks[k - 1].lower == "thank"sv) continue;
        // "your country": the addressee's country, as "our country" is the speaker's.
        if (w == "your"sv && k + 1 < toks.size() &&
            (toks[k + 1].lower == "country"sv || toks[k + 1].lower == "state"sv)) {
          const int c = dict_.CountryByIso3(doc_.entities[addressee].out.country);
          if (c < 0) continue;
          AddMention(static_cast<int>(si), k, k + 2, EntityForDict(c), MentionKind::kPronoun);
        } else {
          AddMention(static_cast<int>(si), k, k + 1, addressee, MentionKind::kPronoun);
        }
        added = true;
      }
      if (added) {
        SortMentions(&s);
      }
    }
  }

  // "Mr President, your meeting with the President of Belarus is scheduled for the end of this
  // year": on a head of state's own site, a transcript line of anyone else that addresses "Mr
  // President" speaks to that head of state (a minister, a journalist, a guest: the site's
  // pages are its president's meetings), so its "you" and "your" are that president, as
  // SecondPerson reads them between two parties. Runs after SecondPerson and fills only what
  // it left; quoted speech and "thank you" stay nobody's.
  void AddressedHead() {
    if (doc_.site_country.empty()) return;
    bool in_transcript = false, addressed = false;
    int line = kNoLabel;
    for (size_t si = 0; si < doc_.sentences.size(); ++si) {
      auto& s = doc_.sentences[si];
      const auto& toks = s.toks;
      if (const int label = SpeakerLabel(static_cast<int>(si)); label != kNoLabel) {
        in_transcript = true;
        addressed = false;
        line = label;
      }
      if (!in_transcript) continue;
      for (size_t k = 0; k + 1 < toks.size() && !addressed; ++k) {
        size_t j = k + 1;
        if (toks[j].lower == "."sv && j + 1 < toks.size()) ++j;
        addressed = toks[k].lower == "mr"sv && toks[k].cap && toks[j].lower == "president"sv;
      }
      if (!addressed) continue;
      if (site_head_ == kUnresolved) site_head_ = OfficeHolder("president", doc_.site_country);
      if (site_head_ < 0 || line == site_head_) continue;
      bool added = false, quoted = false;
      for (size_t k = 0; k < toks.size(); ++k) {
        const std::string_view w = toks[k].lower;
        if (w == "\""sv) quoted = !quoted;
        if ((w != "you"sv && w != "your"sv) || quoted || s.tok_mention[k] >= 0) continue;
        if (k > 0 && toks[k - 1].lower == "thank"sv) continue;
        if (w == "your"sv && k + 1 < toks.size() &&
            (toks[k + 1].lower == "country"sv || toks[k + 1].lower == "state"sv)) {
          continue;  // the site's country is "our" to most of these speakers
        }
        AddMention(static_cast<int>(si), k, k + 1, site_head_, MentionKind::kPronoun);
        added = true;
      }
      if (added) {
        SortMentions(&s);
      }
    }
  }

  // "I congratulate Mr. Mogens Lykketoft on his election as President of the General Assembly
  // at its seventieth session", "... on his election to the presidency of the General
  // Assembly": the person congratulated presides over the UN's Assembly (IGOUNO; was a
  // government's, ---GOV, from "President Lykketoft" elsewhere in the speech). Only a person
  // no dictionary knows, whose roles name no other body.
  void ElectedAssemblyPresidents() {
    const int unga = dict_.FindById("org:unga");
    if (unga < 0) return;
    const std::string unga_id = dict_.entity(unga).id;
    static const KeySet kOwners = {"his", "her", "your"};
    static const KeySet kPresides = {"president", "presidency", "preside", "presides", "lead"};
    for (auto& s : doc_.sentences) {
      const auto& toks = s.toks;
      for (const int mi : s.mentions) {
        const Mention& m = doc_.mentions[mi];
        // (A name: "congratulate the President on his election" is the Assembly's president,
        // whom "the President" does not name.)
        if (m.entity < 0 || doc_.entities[m.entity].dict >= 0 ||
            doc_.entities[m.entity].out.type != "person"sv ||
            (m.kind != MentionKind::kName && m.kind != MentionKind::kSurname)) {
          continue;
        }
        if (!ElectedToPreside(toks, m.te, kOwners, kPresides) && !ThankedForPresiding(toks, m)) {
          continue;
        }
        auto& e = doc_.entities[m.entity];
        const bool other_body = std::any_of(e.out.roles.begin(), e.out.roles.end(),
                                            [&](const Role& r) { return !r.of.empty(); });
        if (other_body) continue;
        AddRole(m.entity, "president", unga_id, "IGO");
        e.out.sector = "IGO";
      }
    }
  }

  // Whether toks[k] on congratulates on an election to preside over the Assembly: "on his
  // election as President of the General Assembly", "on his unanimous election to the
  // presidency of the General Assembly", "on his assumption of the presidency", "on assuming
  // the presidency of the General Assembly", "on being elected President of the Assembly"
  // (past ", " and "of Denmark" after the name).
  static bool ElectedToPreside(const std::vector<Token>& toks, size_t k, const KeySet& owners,
                               const KeySet& presides) {
    if (k < toks.size() && toks[k].lower == ","sv) ++k;
    if (k + 1 < toks.size() && toks[k].lower == "of"sv && toks[k + 1].cap) {
      k += 2;  // "of Denmark", "of the Republic of Fiji"
      while (k < toks.size() && (toks[k].cap || toks[k].lower == "of"sv)) ++k;
    }
    if (k + 3 >= toks.size() || (toks[k].lower != "on"sv && toks[k].lower != "upon"sv)) {
      return false;
    }
    static const KeySet kElection = {"election", "assumption", "elevation", "accession"};
    static const KeySet kTaking = {"being", "assuming", "taking"};
    const size_t on = k;
    if (owners.Has(toks[k + 1])) {
      k += 2;
      // ("on his well-deserved election", "on his unanimous election")
      while (k < toks.size() && k < on + 7 && !kElection.Has(toks[k]) &&
             (toks[k].kind == TokenKind::kWord || toks[k].lower == "-"sv) && !toks[k].cap) {
        ++k;
      }
      if (k >= toks.size() || !kElection.Has(toks[k])) return false;
    } else if (kTaking.Has(toks[k + 1])) {
      k += 1;
    } else {
      return false;
    }
    bool assembly = false, presiding = false;
    for (size_t j = k + 1; j < toks.size() && j < k + 12; ++j) {
      assembly = assembly || toks[j].lower == "assembly"sv;
      presiding = presiding || presides.Has(toks[j]);
    }
    return assembly && presiding;
  }

  // Whether the person of `m` is thanked in a UN speech for presiding over the Assembly: a
  // word of presiding in the name's own phrase, a few words after it ("Mr. Sam Kutesa, who
  // brilliantly presided over the Assembly", "Mr. Mogens Lykketoft, the outgoing President,
  // ...", "for his outstanding leadership of the General Assembly", "Mr. Peter Thomson,
  // President of the Assembly at its seventy-first session"), or "predecessor" just before it
  // ("his immediate predecessor, Mr. Mogens Lykketoft, for ..."), and the Assembly named after
  // the name. Not a president or a leader of something else ("Mr. Oliver Tambo, the former
  // President of our liberation movement"), nor the head of state a speaker speaks for ("On
  // behalf of my President, His Excellency Mr. Salva Kiir Mayardit, I would like to
  // congratulate the newly elected President of the Assembly").
  bool ThankedForPresiding(const std::vector<Token>& toks, const Mention& m) const {
    if (!OwnVoice()) return false;
    static const KeySet kPresiding = {"presided",  "preside",    "presiding",   "presidency",
                                      "president", "leadership", "stewardship", "outgoing"};
    static const KeySet kClause = {"i", "we", "my", "our", ";", ":"};
    for (size_t j = m.tb, n = 0; j > 0 && n < 12; --j, ++n) {
      if (toks[j - 1].lower == "behalf"sv) return false;
    }
    bool predecessor = false;
    for (size_t j = m.tb, n = 0; j > 0 && n < 6; --j, ++n) {
      predecessor =
          predecessor || toks[j - 1].lower == "predecessor"sv || toks[j - 1].lower == "outgoing"sv;
    }
    size_t presiding = 0;  // the word's position, or 0
    for (size_t j = m.te; j < toks.size() && j < m.te + 8 && presiding == 0; ++j) {
      if (kClause.Has(toks[j])) break;
      // (Not a title before another name: "forged by Winston Churchill and President
      // Roosevelt to the first meeting of the General Assembly".)
      if (kPresiding.Has(toks[j]) &&
          !(j + 1 < toks.size() && toks[j + 1].cap && toks[j + 1].kind == TokenKind::kWord)) {
        presiding = j;
      }
    }
    if (presiding == 0 && !predecessor) return false;
    // The presiding word's "of" phrase names the Assembly or its session.
    if (presiding > 0 && presiding + 1 < toks.size() && toks[presiding + 1].lower == "of"sv) {
      bool assembly = false;
      for (size_t j = presiding + 2; j < toks.size() && j < presiding + 7; ++j) {
        if (toks[j].lower == "assembly"sv || toks[j].lower == "session"sv) {
          assembly = true;
          break;
        }
        // (Past an ordinal before "session": "of the seventieth session".)
        if (!toks[j].cap && toks[j].lower != "the"sv && toks[j].lower != "-"sv &&
            toks[j].lower != "its"sv && !Ordinal(toks[j])) {
          break;
        }
      }
      if (!assembly) return false;
    }
    for (size_t j = m.te; j < toks.size() && j < m.te + 16; ++j) {
      if (toks[j].cap && toks[j].lower == "assembly"sv) return true;
    }
    return false;
  }

  // The body a document's title names after "of" is the title's modifier, no party of the
  // clause: "Crimea was annexed in accordance with the Charter of the United Nations", "the
  // first Member States signed the Charter of the United Nations" (the UN was the
  // annexation's target and the signing's other side).
  void DocumentOwners() {
    static const KeySet kTitles = {"charter",     "treaty",       "convention", "statute",
                                   "declaration", "constitution", "covenant"};
    for (auto& s : doc_.sentences) {
      const auto& toks = s.toks;
      for (const int mi : s.mentions) {
        Mention& m = doc_.mentions[mi];
        if (m.entity < 0 || doc_.entities[m.entity].out.type != "organization"sv) continue;
        size_t b = m.tb;
        if (b >= 1 && toks[b - 1].lower == "the"sv) --b;
        if (b < 2 || toks[b - 1].lower != "of"sv || !toks[b - 2].cap || !kTitles.Has(toks[b - 2])) {
          continue;
        }
        m.modifier = true;
      }
    }
  }

  // Puts a sentence's mentions back in token order after mentions were added out of it.
  void SortMentions(SentenceData* s) const {
    std::sort(s->mentions.begin(), s->mentions.end(),
              [&](int a, int b) { return doc_.mentions[a].tb < doc_.mentions[b].tb; });
  }

  // The person of the mention at toks[at], or -1.
  int PersonAt(const SentenceData& s, size_t at) const {
    const int mi = s.tok_mention[at];
    return mi >= 0 && doc_.mentions[mi].entity >= 0 &&
                   doc_.entities[doc_.mentions[mi].entity].out.type == "person"sv
               ? doc_.mentions[mi].entity
               : -1;
  }

  // A speaker line: a sentence opening with a person's name, after nothing
  // but capitalised title words, and a colon ("Minister of Industry and Trade
  // Denis Manturov: Thank you"; transcripts run on without line breaks).
  // Returns the person, -1 for a label that names no person ("Question:"),
  // kNoLabel for none.
  // Whether the name of mention m (two words or more) is followed, before toks[end], by its
  // echo: its last word again, then a word opening with its first ("Emomali Rahmon Rahmon
  // EmomaliPresident").
  static bool EchoFollows(const SentenceData& s, const Mention& m, size_t end) {
    const auto& toks = s.toks;
    return m.te > m.tb + 1 && m.te + 1 < end && toks[m.te].lower == toks[m.te - 1].lower &&
           toks[m.te + 1].lower.starts_with(toks[m.tb].lower);
  }

  // The person whose name in toks[first, end) is followed by its echo: its last word again,
  // then a word opening with its first word ("Emomali Rahmon Rahmon EmomaliPresident"), or -1.
  int EchoedName(const SentenceData& s, size_t first, size_t end) const {
    for (size_t k = first; k < end; ++k) {
      const int mi = s.tok_mention[k];
      if (mi < 0) continue;
      const auto& m = doc_.mentions[mi];
      const int p = PersonAt(s, k);
      if (p >= 0 && EchoFollows(s, m, end)) return p;
      k = m.te - 1;
    }
    return -1;
  }

  int SpeakerLabel(int si, size_t* colon_at = nullptr) const {
    const auto& s = doc_.sentences[si];
    const auto& toks = s.toks;
    // Transcripts mark omissions with "<...>" before the next speaker.
    size_t first = 0;
    while (first < toks.size() && toks[first].kind != TokenKind::kWord) ++first;
    if (first == toks.size() || !toks[first].cap) return kNoLabel;
    // The Kremlin runs a section's heading on into its first speaker line ("* * * Beginning of
    // Russian-Indian talks Prime Minister of India Narendra Modi(retranslated): Your
    // Excellency"): after a lower-case word the label may start again, and is then only a
    // titled name right before the colon.
    size_t label = first;
    bool headed = false;
    // Right after a section break ("* * *") the heading may have lower-case runs of its own:
    // "Beginning of the meeting with Defence Ministry leadership and heads of defence industry
    // enterprises President of Russia Vladimir Putin: Good afternoon, colleagues".
    const bool section = s.range.opens_section;
    for (size_t k = first + 1; k < toks.size() && k < label + 24; ++k) {
      const auto& t = toks[k];
      // The label ends at toks[k] and its colon follows; or a translator's note comes
      // between them: "Milorad Dodik(retranslated):".
      size_t colon = k;
      if (t.lower == "("sv && k + 3 < toks.size() && toks[k + 1].kind == TokenKind::kWord &&
          !toks[k + 1].cap && toks[k + 2].lower == ")"sv && toks[k + 3].lower == ":"sv) {
        colon = k + 3;
      }
      if (toks[colon].lower != ":"sv) {
        if (t.kind == TokenKind::kWord && !t.cap && !t.possessive && t.lower != "of"sv &&
            t.lower != "the"sv && t.lower != "and"sv && t.lower != "for"sv) {
          if (k > first + kHeadingWords || k + 1 >= toks.size()) return kNoLabel;
          if (!toks[k + 1].cap) {
            if (!section) return kNoLabel;
            continue;
          }
          label = k + 1;
          headed = true;
        }
        continue;
      }
      if (colon_at != nullptr) *colon_at = colon;
      if (headed) {
        // Only a person named right before the colon, after title words, and speech after it.
        const int p = PersonAt(s, k - 1);
        const bool speech = colon + 1 < toks.size() && toks[colon + 1].cap;
        if (p >= 0 && speech) return p;
        if (const int e = EchoedName(s, label, k); e >= 0 && speech) return e;
        return kNoLabel;
      }
      // "Title Name:", or "Name, Affiliation:".
      if (const int p = PersonAt(s, k - 1); p >= 0) return p;
      if (const int p = PersonAt(s, first); p >= 0) {
        const size_t after = doc_.mentions[s.tok_mention[first]].te;
        if (after < k && toks[after].lower == ","sv) return p;
      }
      // The Kremlin's pages repeat the name reversed and glue the title again before the
      // colon: "President of Tajikistan Emomali Rahmon Rahmon EmomaliPresident of
      // Tajikistan:", "Minister of Agriculture Dmitry Patrushev Patrushev DmitryMinister of
      // Agriculture :".
      if (const int p = EchoedName(s, first, k); p >= 0) return p;
      // A label of someone the text does not name as a person ("Question: How ..."), but
      // not a word before a colon in running speech ("Listen: we have a war!").
      if (colon + 1 < toks.size() && toks[colon + 1].kind == TokenKind::kWord &&
          !toks[colon + 1].cap) {
        return kNoLabel;
      }
      return -1;
    }
    return kNoLabel;
  }

  // The country of a "visit to" or "arrived in" in the first two sentences when it is not the
  // site's own ("is on a working visit to the Czech Republic"), else "".
  std::string LeadVisitCountry() const {
    if (doc_.site_country.empty()) return {};
    for (size_t si = 0; si < doc_.sentences.size() && si < 2; ++si) {
      const auto& s = doc_.sentences[si];
      for (size_t k = 0; k + 2 < s.toks.size(); ++k) {
        const bool visit = s.toks[k].lower == "visit"sv && s.toks[k + 1].lower == "to"sv;
        const bool arrived = s.toks[k].lower == "arrived"sv && s.toks[k + 1].lower == "in"sv;
        if (!visit && !arrived) continue;
        size_t j = k + 2;
        if (s.toks[j].lower == "the"sv && j + 1 < s.toks.size()) ++j;
        const int mi = s.tok_mention[j];
        if (mi < 0 || doc_.mentions[mi].entity < 0) continue;
        const auto& where = doc_.entities[doc_.mentions[mi].entity].out;
        if (where.type == "country"sv && IsIso3(where.country) &&
            where.country != doc_.site_country) {
          return where.country;
        }
      }
    }
    return {};
  }

  // Whether byte `at` is inside double quotation marks of its paragraph.
  // Calls come in text order, so one cursor walks the text once: a
  // paragraph-long scan per "I" would be quadratic on a long transcript.
  bool InQuotes(size_t at) {
    const std::string_view text = doc_.norm.text;
    for (; quote_cursor_ < at && quote_cursor_ < text.size(); ++quote_cursor_) {
      if (text[quote_cursor_] == '\n') {
        in_quotes_ = false;
      } else if (text[quote_cursor_] == '"') {
        in_quotes_ = !in_quotes_;
      }
    }
    return in_quotes_;
  }

  static constexpr int kNoLabel = -2;
  // The longest section heading run on before a speaker line, in tokens ("Speech by the
  // President of the Russian Federation at the BRICS+ meeting" is 14).
  static constexpr size_t kHeadingWords = 20;
  static constexpr int kUnresolved = -2;

  Document& doc_;
  const Dictionary& dict_;
  int speaker_ = -1;             // the person of the last speaker line, or -1
  bool saw_label_ = false;       // whether a speaker line was seen
  int site_head_ = kUnresolved;  // the site's head of state (FirstPerson), -1 if none
  int national_sc_ = -1;         // NationalSecurityCouncil(): -1 not yet known, else 0/1
  size_t quote_cursor_ = 0;      // InQuotes: the byte up to which quotes are counted
  bool in_quotes_ = false;       // InQuotes: whether the text at the cursor is quoted
};

}  // namespace

bool SportsReport(const Document& doc) {
  // Words of a match report that diplomacy does not use ("goal" and "match" it does).
  static const KeySet kSports = {
      "scored",    "striker",    "goalkeeper",   "midfielder",  "penalty",      "shootout",
      "league",    "tournament", "championship", "stadium",     "referee",      "coach",
      "club",      "playoff",    "semifinal",    "semi-final",  "quarterfinal", "quarter-final",
      "innings",   "wicket",     "touchdown",    "halftime",    "half-time",    "kickoff",
      "fixture",   "derby",      "equaliser",    "equalizer",   "hat-trick",    "teammate",
      "teammates", "squad",      "footballer",   "footballers", "goalless"};
  size_t words = 0, hits = 0;
  std::vector<std::string_view> seen;
  for (const auto& s : doc.sentences) {
    for (const auto& t : s.toks) {
      if (t.kind != TokenKind::kWord) continue;
      ++words;
      if (!kSports.Has(t)) continue;
      ++hits;
      if (std::find(seen.begin(), seen.end(), t.lower) == seen.end()) seen.push_back(t.lower);
    }
  }
  // Three kinds of such word, and one in 200 words: a speech that mentions a tournament or a
  // club once is no match report.
  return seen.size() >= 3 && hits >= 3 && hits * 200 >= words;
}

void FindEntities(Document* doc) { EntityFinder(doc).Run(); }

int CountryOfAdjective(Document* doc, int mention) {
  return EntityFinder(doc).CountryOfAdjective(mention);
}

int SalientPerson(const Document& doc, int si, size_t ti, char gender) {
  // A person of the other gender is not who "he" or "she" is ("Xi will visit France, she
  // said"); one of unknown gender may be.
  auto agrees = [&](int e) {
    const char g = doc.entities[e].gender;
    return gender == 0 || g == 0 || g == gender;
  };
  const auto& s = doc.sentences[si];
  int best = -1;
  for (int mi : s.mentions) {
    const auto& m = doc.mentions[mi];
    if (m.tb >= ti) break;
    if (m.entity >= 0 && doc.entities[m.entity].out.type == "person"sv && !m.modifier &&
        agrees(m.entity)) {
      best = m.entity;
    }
  }
  if (best >= 0) return best;
  for (int k = si - 1; k >= 0 && k >= si - 6; --k) {
    if (doc.subject[k] < 0) continue;
    if (agrees(doc.subject[k])) return doc.subject[k];
    // "Zelenskyy met Ursula von der Leyen. He thanked her": the subject is not "her"; the
    // last person of that sentence who may be is.
    const auto& ms = doc.sentences[k].mentions;
    for (auto it = ms.rbegin(); it != ms.rend(); ++it) {
      const auto& m = doc.mentions[*it];
      if (m.entity >= 0 && !m.modifier && doc.entities[m.entity].out.type == "person"sv &&
          agrees(m.entity)) {
        return m.entity;
      }
    }
    return -1;
  }
  return -1;
}

int ObjectPerson(const Document& doc, int si, size_t ti) {
  auto person = [&](const Mention& m) {
    return m.entity >= 0 && !m.modifier && doc.entities[m.entity].out.type == "person"sv;
  };
  int subject = -1;
  std::vector<int> before;  // persons of the sentence before ti, in order
  for (int mi : doc.sentences[si].mentions) {
    const auto& m = doc.mentions[mi];
    if (m.tb >= ti) break;
    if (person(m)) before.push_back(m.entity);
  }
  if (!before.empty()) subject = before.back();
  // "Zelenskyy thanked Biden for his support and invited him": after a verb coordinated with
  // the first one, the subject is the clause's first person, not the first verb's object.
  const auto& toks = doc.sentences[si].toks;
  if (!before.empty() && ti >= 2 && toks[ti - 2].lower == "and"sv) subject = before.front();
  for (auto it = before.rbegin(); it != before.rend(); ++it) {
    if (*it != subject) return *it;
  }
  for (int k = si - 1; k >= 0 && k >= si - 3; --k) {
    const auto& ms = doc.sentences[k].mentions;
    for (auto it = ms.rbegin(); it != ms.rend(); ++it) {
      const auto& m = doc.mentions[*it];
      if (person(m) && m.entity != subject) return m.entity;
    }
  }
  return -1;
}

std::string EntityCountry(const Document& doc, int entity) {
  if (entity < 0) return {};
  const auto& e = doc.entities[entity];
  if (!e.metonym_of.empty()) return e.metonym_of;
  return e.out.country;
}

namespace {

// The code of an international organisation, governmental (IGO) or not (NGO: one with no
// country, as CAMEO codes the ICRC NGOHLHIRC), or of its official: the dictionary's code
// ("IGOWSTNAT" for NATO and its secretary general), else the bare sector ("IGO", "NGO").
// ActorCode decides which entities are such.
std::string TransnationalActorCode(const Document& doc, int entity) {
  const auto& e = doc.entities[entity];
  const Dictionary& dict = *doc.dict;
  if (e.dict >= 0 && !dict.entity(e.dict).actor_code.empty()) return dict.entity(e.dict).actor_code;
  // An official: the organisation of an office held at the article's date (a dictionary
  // person's roles are those active then) or named by the title in the text.
  for (const auto& r : e.out.roles) {
    if (r.of.empty() || IsIso3(r.of)) continue;
    const int org = dict.FindById(r.of);
    if (org >= 0 && dict.entity(org).sector == e.out.sector &&
        !dict.entity(org).actor_code.empty()) {
      return dict.entity(org).actor_code;
    }
  }
  return e.out.sector;
}

}  // namespace

std::string ActorCode(const Document& doc, int entity) {
  if (entity < 0) return {};
  const auto& e = doc.entities[entity];
  if (!e.metonym_of.empty()) return e.metonym_of + "GOV";
  if (e.out.type == "country"sv) return e.out.country;
  if (e.out.type == "location"sv) return {};
  // (A region's intergovernmental body is coded as the field codes them, IGO first: the
  // Caribbean Development Bank is IGOCRB.)
  if (!e.region.empty()) {
    return e.out.sector == "IGO"sv ? "IGO" + e.region : e.region + e.out.sector;
  }
  // An international organisation's official acts for it, not for a country ("President of
  // the European Commission Ursula von der Leyen" is no DEUIGO).
  if (e.out.sector == "IGO"sv) return TransnationalActorCode(doc, entity);
  // So does a transnational NGO's, whatever their nationality ("President of the ICRC Peter
  // Maurer" is NGOHLHIRC, not CHENGO), and an international court's (the ICJ is
  // IGOUNOJUDICJ). A body is transnational when the dictionary says so (no country; for other
  // sectors than NGO, with an actor code), not for want of one: an open-world "Presidential
  // Grants Foundation" is somebody's, unknown whose.
  const Dictionary& dict = *doc.dict;
  auto transnational_body = [&](int d) {
    const auto& de = dict.entity(d);
    return de.country.empty() && de.sector == e.out.sector &&
           (de.sector == "NGO"sv || !de.actor_code.empty());
  };
  bool transnational = e.dict >= 0 && e.out.type == "organization"sv && transnational_body(e.dict);
  for (const auto& r : e.out.roles) {
    const int org = r.of.empty() || IsIso3(r.of) ? -1 : dict.FindById(r.of);
    if (org >= 0 && transnational_body(org)) transnational = true;
  }
  if (transnational) return TransnationalActorCode(doc, entity);
  if (e.out.country.empty()) return {};
  return e.out.country + e.out.sector;
}

std::string ActorCodeOrSector(const Document& doc, int entity) {
  std::string code = ActorCode(doc, entity);
  if (!code.empty() || entity < 0) return code;
  const auto& out = doc.entities[entity].out;
  if ((out.type == "person"sv || out.type == "organization"sv) && out.sector.size() == 3) {
    code = "---" + out.sector;
  }
  return code;
}

}  // namespace parley::extract
