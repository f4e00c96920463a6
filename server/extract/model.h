// The extractor's output model: plain value types, safe to copy between threads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace parley::extract {

struct InputDocument {
  // published_at: YYYY, YYYY-MM, YYYY-MM-DD, an ISO 8601 timestamp, or "".
  std::string id, text, published_at, title, url, source;
  // ISO 3166 alpha-3 code of the country whose voice the text is, or "" (anything else is
  // ignored): a delegation's speech at the UN (the General Debate corpus's `country_iso3`), as
  // a government site's press releases are its country's (kremlin.ru, president.gov.ua).
  std::string country = {};
};
struct Span {
  int64_t start = 0, end = 0;  // code points into the original text, end excluded
  std::string text;
  int sentence = -1;
};
struct Role {
  std::string title, of;  // of = ISO alpha-3 or organisation id
  std::string from, to;   // YYYY-MM-DD or empty
};
struct Entity {
  std::string id, name, type;
  std::string country, sector, actor_code;  // empty = null
  std::string dict_id;  // stable dictionary key or empty for open-world discoveries
  std::optional<std::pair<double, double>> coordinates;  // latitude, longitude (places, countries)
  std::vector<std::string> aliases;
  std::vector<Role> roles;
  std::vector<Span> mentions;
};
struct Participant {
  std::string entity, role;
};
struct Event {
  std::string id, type, plover, plover_mode, cameo, date, date_text,
      date_precision /* day|month|year|"" */, location;
  // "text" when the event's clause states the date, "context" when an
  // earlier sentence of the article does, "published" when it is the
  // publication date (nothing before states one), "" undated.
  std::string date_source;
  std::vector<Participant> participants;
  std::string source_actor_code, target_actor_code, quote, topic;
  double confidence = 0, goldstein = 0;
  int quad_class = 0;
  std::vector<Span> evidence;
  std::string rule;
};
struct Extraction {
  std::string id;
  std::vector<Entity> entities;
  std::vector<Event> events;
  std::vector<std::string> warnings;
};

}  // namespace parley::extract
