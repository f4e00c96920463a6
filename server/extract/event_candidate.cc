// EventCandidate helpers: the consultation family and the confidence rule (event_candidate.h).
#include "extract/event_candidate.h"

#include <algorithm>

namespace parley::extract {

using namespace std::string_view_literals;  // NOLINT(google-build-using-namespace)

bool IsConsultation(std::string_view type) {
  return type == "meeting"sv || type == "summit"sv || type == "call"sv || type == "visit"sv ||
         type == "negotiation"sv;
}

double EventConfidence(const EventCandidate& c) {
  double conf = 0.5;
  if (c.agent >= 0 && !c.others.empty()) conf += 0.2;
  if (c.type == "statement"sv && !c.quote.empty()) conf += 0.2;
  if (c.date != nullptr && !c.date->value.empty()) conf += 0.1;
  if (c.location >= 0) conf += 0.1;
  if (c.evidence_sentences.size() > 1) conf += 0.05;
  if (c.frame & kWeak) conf -= 0.2;
  if (c.actorless) conf = 0.25;
  if (c.first) conf += 0.05;
  return std::clamp(conf, 0.1, 0.95);
}

}  // namespace parley::extract
