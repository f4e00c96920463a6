// Event rows for the event-centred formats: the dyadic source/target choice
// of the GDELT/ICEWS tradition, CAMEO base and root codes, and schema.org
// JSON-LD for one event.
//
// Thread-safe: pure functions.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "store/scan_txn.h"

namespace parley::exports {

// The event's source and target actors: the source is the first participant
// in a source-like role (source, speaker, host, proposer), the target the
// first in a target-like role (target, recipient, guest); when a side has no
// such participant it takes the first remaining participant that is not a
// place. Either may be null (a one-sided statement has no target).
struct Dyad {
  const store::ParticipantDetail* source = nullptr;
  const store::ParticipantDetail* target = nullptr;
};
Dyad PickDyad(const store::EventDetail& event);

// CAMEO base code (first three digits) and root code (first two): "0431" →
// "043", "04". Codes stay strings: "010" is not 10.
std::string CameoBase(std::string_view cameo);
std::string CameoRoot(std::string_view cameo);

// The JSON-LD context of every Parley JSON-LD document, inline so that a
// processor needs no network: schema.org as the vocabulary, IRI-valued
// additionalType and url.
const nlohmann::json& JsonLdContext();

// The schema.org Event for `event` as JSON-LD: @id IRIs under `base_url`
// ("https://host:port", never "" in a served answer: relative @ids are no
// IRIs to a JSON-LD processor), types as schema.org IRIs, the event type as
// an IRI into /api/v1/vocabulary. With `with_context` the object carries the
// inline JsonLdContext().
nlohmann::json EventJsonLd(const store::EventDetail& event, const std::string& base_url,
                           bool with_context = true);

// Where the JSON-LD of event `id` is served (relative path), so /events/{id}
// can link it.
std::string EventJsonLdPath(int64_t id);

// The column names of the dyadic event table, in order.
const char* const* EventTsvColumns(size_t* count);
// Appends one TSV record (with trailing LF) for `event`.
void AppendEventTsvRow(std::string* out, const store::EventDetail& event);

}  // namespace parley::exports
