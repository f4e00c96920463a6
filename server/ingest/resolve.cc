// Resolution and merge rules (see resolve.h for the contract of each).
#include "ingest/resolve.h"

#include <algorithm>

#include "base/vocabulary.h"

namespace parley::ingest {

int ChooseAliasMatch(const std::vector<store::EntityRow>& candidates, std::string_view name,
                     std::string_view country) {
  std::vector<int> compatible;
  for (int i = 0; i < static_cast<int>(candidates.size()); ++i) {
    const auto& c = candidates[i];
    if (!country.empty() && !c.country.empty() && c.country != country) continue;
    compatible.push_back(i);
  }
  const bool single_token = name.find(' ') == std::string_view::npos;
  if (compatible.size() == 1 || (!compatible.empty() && !single_token)) return compatible.front();
  if (compatible.size() > 1 && !country.empty())
    for (int i : compatible)
      if (candidates[i].country == country) return i;
  return -1;
}

bool FillsGaps(const store::EntityRow& known, const store::EntityRow& found) {
  return (known.country.empty() && !found.country.empty()) ||
         (known.sector.empty() && !found.sector.empty()) ||
         (known.actor_code.empty() && !found.actor_code.empty());
}

std::vector<std::string> MergeTypes(std::string_view type) {
  const std::string_view family = vocab::EventFamily(type);
  std::vector<std::string> types;
  for (const auto& t : vocab::EventTypes())
    if (t.family == family) types.emplace_back(t.name);
  if (types.empty()) types.emplace_back(type);
  return types;
}

void DateWindow(const std::string& date, const std::string& precision, std::string* from,
                std::string* to) {
  if (precision == "year" && date.size() >= 4) {
    *from = date.substr(0, 4) + "-01-01";
    *to = date.substr(0, 4) + "-12-31";
  } else if (precision == "month" && date.size() >= 7) {
    *from = date.substr(0, 7) + "-01";
    *to = date.substr(0, 7) + "-31";
  } else {
    *from = *to = date;
  }
}

std::string StatedDate(const store::EventRow& event) {
  // Rows written before date_source existed have none: their dates were all stated.
  return event.date_source.empty() || event.date_source == "text" ? event.date : std::string();
}

bool SameEvent(const store::EventRow& report, const std::set<int64_t>& ours,
               const store::EventRow& candidate, const std::set<int64_t>& theirs) {
  const bool undated = StatedDate(report).empty();
  if (undated != StatedDate(candidate).empty()) return false;
  if (report.location_id && candidate.location_id && report.location_id != candidate.location_id)
    return false;
  if (undated && report.location_id != candidate.location_id) return false;
  if (vocab::EventFamily(report.type) == "statement" &&
      (report.quote.empty() || report.quote != candidate.quote))
    return false;
  size_t shared = 0;
  for (int64_t p : ours) shared += theirs.count(p);
  const size_t need = std::min<size_t>(2, std::min(ours.size(), theirs.size()));
  return shared >= std::max<size_t>(1, need);
}

store::EventRow MergeEvent(store::EventRow existing, const store::EventRow& report, int64_t now) {
  if (existing.location_id == 0) existing.location_id = report.location_id;
  // Neither states a date: the earliest report's date stands in.
  if (StatedDate(existing).empty() && !report.date.empty() && StatedDate(report).empty() &&
      (existing.date.empty() || report.date < existing.date)) {
    existing.date = report.date;
    existing.date_precision = report.date_precision;
    existing.date_source = report.date_source;
  }
  if (existing.quote.empty()) existing.quote = report.quote;
  if (existing.topic.empty()) existing.topic = report.topic;
  if (existing.cameo.empty()) existing.cameo = report.cameo;
  if (report.type == "summit") existing.type = "summit";
  existing.confidence = std::max(existing.confidence, report.confidence);
  existing.last_seen = now;
  return existing;
}

}  // namespace parley::ingest
