// Ingester: one document (or a batch) into the graph in one write
// transaction, applying the resolution and merge rules of resolve.h.
#include "ingest/ingester.h"
#include "base/utf8.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "base/error.h"
#include "base/hash.h"
#include "base/strings.h"
#include "base/time.h"
#include "ingest/resolve.h"

namespace parley::ingest {
namespace {

using extract::Extraction;

// The country whose voice a document is, from its metadata: "country" or the UN General Debate
// corpus's "country_iso3" (extract::InputDocument::country, which the extractor takes only as an
// ISO alpha-3 code); "" if none.
std::string VoiceCountry(const nlohmann::json& metadata) {
  for (const char* key : {"country", "country_iso3"}) {
    const auto it = metadata.find(key);
    if (it != metadata.end() && it->is_string() && !it->get_ref<const std::string&>().empty()) {
      return it->get<std::string>();
    }
  }
  return {};
}

std::string VoiceCountry(const std::string& metadata_json) {
  const auto j = nlohmann::json::parse(metadata_json, nullptr, /*allow_exceptions=*/false);
  return j.is_object() ? VoiceCountry(j) : std::string();
}

// Drops dots ("U.S." and "US" are one alias) and joins words with single spaces.
std::string CollapseName(const std::string& folded) {
  return CollapseSeparators(
      folded,
      [](char c) { return std::isspace(static_cast<unsigned char>(c)) || c == '-' || c == '\''; },
      '.');
}

const std::set<std::string>& Pronouns() {
  static const std::set<std::string> k = {"he",    "she", "they", "him", "her",     "them", "his",
                                          "their", "it",  "its",  "we",  "the two", "both"};
  return k;
}

std::string Label(const extract::Event& v, const std::map<std::string, std::string>& names) {
  std::string label = v.type;
  std::vector<std::string> parts;
  for (const auto& p : v.participants) {
    auto it = names.find(p.entity);
    if (it != names.end() && std::find(parts.begin(), parts.end(), it->second) == parts.end())
      parts.push_back(it->second);
  }
  for (size_t i = 0; i < parts.size() && i < 4; ++i) label += (i ? ", " : ": ") + parts[i];
  if (parts.size() > 4) label += " +" + std::to_string(parts.size() - 4);
  if (!v.location.empty()) {
    auto it = names.find(v.location);
    if (it != names.end()) label += " in " + it->second;
  }
  return label;
}

}  // namespace

std::string NormalizeName(std::string_view name) {
  const bool ascii = std::all_of(name.begin(), name.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  std::string in(name);
  if (ascii) {
    // Case folding of ASCII is lower-casing; there is nothing to compose or strip.
    for (auto& c : in) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return CollapseName(in);
  }
  utf8proc_uint8_t* mapped = nullptr;
  utf8proc_ssize_t n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(in.data()),
                   static_cast<utf8proc_ssize_t>(in.size()), &mapped,
                   static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                                  UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD));
  std::string folded = n >= 0 && mapped ? std::string(reinterpret_cast<char*>(mapped), n) : in;
  std::free(mapped);
  return CollapseName(folded);
}

Ingester::Ingester(store::Store& store, const extract::Extractor& extractor)
    : store_(store), extractor_(extractor) {}

nlohmann::json Ingester::OutcomeJson(const IngestOutcome& o) {
  return {{"document_id", o.document_id},     {"duplicate", o.duplicate},
          {"entities", o.entities},           {"events", o.events},
          {"new_entities", o.new_entities},   {"new_events", o.new_events},
          {"merged_events", o.merged_events}, {"entity_ids", o.entity_ids},
          {"event_ids", o.event_ids}};
}

IngestOutcome Ingester::Ingest(const DocumentInput& doc) {
  if (!IsValidUtf8(doc.text))
    throw Error(ErrorCode::kInvalidArgument, "document text is not valid UTF-8", "text");
  const std::string hash = Sha256Hex(NormalizeForHash(doc.text));
  IngestOutcome outcome;
  {
    // Re-ingesting a corpus is common: skip the extraction for known text.
    // A read snapshot does, without waiting for the writer; the write
    // transaction checks again.
    auto probe = store_.BeginRead();
    if (auto existing = probe->FindDocumentByHash(hash)) {
      outcome.document_id = *existing;
      outcome.duplicate = true;
      return outcome;
    }
  }
  extract::InputDocument in{doc.external_id, doc.text,   doc.published_at,          doc.title,
                            doc.url,         doc.source, VoiceCountry(doc.metadata)};
  Extraction x = extractor_.Extract(in);

  return WriteBatch({&doc}, {hash}, {&x}).front();
}

std::vector<IngestOutcome> Ingester::IngestBatch(const std::vector<DocumentInput>& docs) {
  std::vector<std::string> hashes;
  std::vector<Extraction> extractions;
  for (const auto& doc : docs) {
    if (!IsValidUtf8(doc.text))
      throw Error(ErrorCode::kInvalidArgument, "document text is not valid UTF-8", "text");
    hashes.push_back(Sha256Hex(NormalizeForHash(doc.text)));
  }
  std::vector<bool> known(docs.size(), false);
  {
    auto probe = store_.BeginRead();
    for (size_t i = 0; i < docs.size(); ++i)
      known[i] = probe->FindDocumentByHash(hashes[i]).has_value();
  }
  for (size_t i = 0; i < docs.size(); ++i) {
    extract::InputDocument in{docs[i].external_id,
                              known[i] ? std::string() : docs[i].text,
                              docs[i].published_at,
                              docs[i].title,
                              docs[i].url,
                              docs[i].source,
                              VoiceCountry(docs[i].metadata)};
    extractions.push_back(known[i] ? Extraction{} : extractor_.Extract(in));
  }
  std::vector<const DocumentInput*> doc_ptrs;
  std::vector<const Extraction*> x_ptrs;
  for (size_t i = 0; i < docs.size(); ++i) {
    doc_ptrs.push_back(&docs[i]);
    x_ptrs.push_back(&extractions[i]);
  }
  return WriteBatch(doc_ptrs, hashes, x_ptrs);
}

std::vector<IngestOutcome> Ingester::WriteBatch(const std::vector<const DocumentInput*>& docs,
                                                const std::vector<std::string>& hashes,
                                                const std::vector<const Extraction*>& xs) {
  // A document another writer stored since the probe makes the insert fail
  // with kConflict (PostgreSQL inserts documents before the writer lock,
  // store/write_txn.h); the second attempt finds it stored.
  for (int attempt = 0;; ++attempt) {
    try {
      std::vector<IngestOutcome> outcomes(docs.size());
      auto txn = store_.BeginWrite();
      const int64_t now = NowMicros();
      // Every document row first, then the facts: see WriteTxn::InsertDocument.
      for (size_t i = 0; i < docs.size(); ++i)
        InsertDocument(*txn, *docs[i], hashes[i], now, &outcomes[i]);
      for (size_t i = 0; i < docs.size(); ++i) {
        if (outcomes[i].duplicate) continue;
        txn->RecordChange("created", "document", outcomes[i].document_id, now);
        StoreExtraction(*txn, outcomes[i].document_id, *xs[i], &outcomes[i]);
      }
      txn->Commit();
      return outcomes;
    } catch (const Error& e) {
      if (e.code() != ErrorCode::kConflict || attempt > 0) throw;
    }
  }
}

void Ingester::InsertDocument(store::WriteTxn& txn, const DocumentInput& doc,
                              const std::string& hash, int64_t now, IngestOutcome* outcome) {
  if (auto existing = txn.FindDocumentByHash(hash)) {
    outcome->document_id = *existing;
    outcome->duplicate = true;
    return;
  }
  store::DocumentRow row;
  row.external_id = doc.external_id;
  row.url = doc.url;
  row.title = doc.title;
  row.source = doc.source;
  row.published_at = doc.published_at;
  row.ingested_at = now;
  row.content_hash = hash;
  row.text = doc.text;
  // Metadata from query parameters (text/plain bodies) may hold bytes that
  // are not UTF-8; they are stored replaced, never thrown on.
  row.metadata_json = doc.metadata.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  row.extractor_version = extractor_.version();
  outcome->document_id = txn.InsertDocument(row);
}

void Ingester::StoreExtraction(store::WriteTxn& txn, int64_t document_id, const Extraction& x,
                               IngestOutcome* outcome) {
  const int64_t now = NowMicros();
  std::map<std::string, int64_t> ids;                          // extraction id → graph id
  std::map<std::string, std::string> names;                    // extraction id → name
  std::map<int64_t, int64_t> entity_mentions, event_mentions;  // graph id → spans in this doc
  std::map<int64_t, int64_t> entity_new_events;                // entity → events new to it
  std::set<int64_t> created_here;                              // events this document created
  std::vector<int64_t> recount;
  // One evidence row per fact: two extracted entities (events) may resolve
  // to the same graph entity (event).
  std::map<int64_t, store::EvidenceRow> entity_evidence, event_evidence, role_evidence;
  auto span = [](const extract::Span& s) { return store::SpanRow{s.start, s.end, s.sentence}; };

  for (const auto& e : x.entities) {
    store::EntityRow row;
    row.type = e.type;
    row.name = e.name;
    row.dict_id = e.dict_id;
    row.country = e.country;
    row.sector = e.sector;
    row.actor_code = e.actor_code;
    if (e.coordinates)  // where the map and the exports place it
      row.attributes_json =
          nlohmann::json{{"lat", e.coordinates->first}, {"lon", e.coordinates->second}}.dump();
    row.first_seen = row.last_seen = now;
    int64_t id = 0;
    store::EntityRow known;
    if (!e.dict_id.empty()) {
      if (auto found = txn.FindEntityByDictId(e.dict_id)) known = std::move(*found);
      id = known.id;
    }
    if (id == 0) {
      // Open-world entity: match by alias, then require a compatible country.
      auto candidates = txn.FindEntitiesByAlias(NormalizeName(e.name), e.type);
      const int chosen = ChooseAliasMatch(candidates, e.name, e.country);
      if (chosen >= 0) known = std::move(candidates[chosen]);
      id = known.id;
    }
    if (id == 0) {
      id = txn.InsertEntity(row);
      ++outcome->new_entities;
    } else if (FillsGaps(known, row)) {
      // Only to fill what the graph lacks; last_seen moves with the counts.
      row.id = id;
      txn.TouchEntity(row, now);
    }
    ids[e.id] = id;
    names[e.id] = e.name;
    entity_mentions[id] += static_cast<int64_t>(e.mentions.size());
    outcome->entity_ids.push_back(id);

    std::set<std::string> alias_norms;
    std::set<std::string_view> seen;  // a name is usually mentioned several times
    auto add_alias = [&](const std::string& alias) {
      if (alias.empty() || alias.size() > 200 || !seen.insert(alias).second) return;
      // Descriptions ("the Russian foreign minister") are not names.
      unsigned char first = static_cast<unsigned char>(alias[0]);
      if (first < 0x80 && !std::isupper(first) && !std::isdigit(first)) return;
      std::string norm = NormalizeName(alias);
      if (norm.empty() || Pronouns().count(norm) || !alias_norms.insert(norm).second) return;
      txn.UpsertAlias(id, alias, norm, now);
    };
    add_alias(e.name);
    for (const auto& a : e.aliases) add_alias(a);
    for (const auto& m : e.mentions) add_alias(m.text);

    if (!e.mentions.empty()) {
      auto& ev = entity_evidence[id];
      ev.kind = "entity";
      ev.entity_id = id;
      for (const auto& m : e.mentions) ev.spans.push_back(span(m));
    }
    for (const auto& r : e.roles) {
      store::RoleRow rr;
      rr.entity_id = id;
      rr.title = r.title;
      rr.of_whom = r.of;
      rr.valid_from = r.from;
      rr.valid_to = r.to;
      int64_t role_id = txn.UpsertRole(rr, now);
      if (!e.mentions.empty()) {
        auto& ev = role_evidence[role_id];
        ev.kind = "role";
        ev.entity_id = id;
        ev.role_id = role_id;
        ev.spans.push_back(span(e.mentions.front()));
      }
    }
  }
  outcome->entities = static_cast<int64_t>(x.entities.size());

  for (const auto& v : x.events) {
    store::EventRow row;
    row.type = v.type;
    row.label = Label(v, names);
    row.cameo = v.cameo;
    row.plover = v.plover;
    row.plover_mode = v.plover_mode;
    row.goldstein = v.goldstein;
    row.quad_class = v.quad_class;
    row.date = v.date;
    row.date_precision =
        v.date.empty() ? "" : (v.date_precision.empty() ? "day" : v.date_precision);
    row.date_source = v.date.empty() ? "" : (v.date_source.empty() ? "text" : v.date_source);
    row.location_id = v.location.empty() || !ids.count(v.location) ? 0 : ids[v.location];
    row.topic = v.topic;
    row.quote = v.quote;
    row.source_actor_code = v.source_actor_code;
    row.target_actor_code = v.target_actor_code;
    row.confidence = v.confidence;
    row.first_seen = row.last_seen = now;

    std::set<int64_t> participants;
    for (const auto& p : v.participants)
      if (ids.count(p.entity)) participants.insert(ids[p.entity]);

    // Merge with an event another document reported.
    int64_t event_id = 0;
    const std::string stated = StatedDate(row);
    const bool mergeable = !participants.empty() && (!stated.empty() || row.location_id != 0);
    if (mergeable) {
      std::string from, to;
      DateWindow(stated, row.date_precision, &from, &to);
      auto candidates = txn.FindCandidateEvents(
          MergeTypes(v.type), std::vector<int64_t>(participants.begin(), participants.end()), from,
          to, stated.empty() ? row.location_id : 0);
      for (const auto& c : candidates) {
        std::set<int64_t> theirs;
        for (const auto& p : txn.EventParticipants(c.id)) theirs.insert(p.entity_id);
        if (!SameEvent(row, participants, c, theirs)) continue;
        event_id = c.id;
        txn.UpdateEvent(MergeEvent(c, row, now));
        ++outcome->merged_events;
        break;
      }
    }
    if (event_id == 0) {
      // Counted as it is written: one document (one source) and its spans.
      if (!v.evidence.empty()) {
        row.mention_count = static_cast<int64_t>(v.evidence.size());
        row.document_count = row.source_count = 1;
      }
      event_id = txn.InsertEvent(row);
      created_here.insert(event_id);
      ++outcome->new_events;
    } else if (created_here.count(event_id)) {
      recount.push_back(event_id);  // a second report of an event this document created
    }
    outcome->event_ids.push_back(event_id);

    store::EvidenceRow* ev = nullptr;
    if (!v.evidence.empty()) {
      if (!created_here.count(event_id))
        event_mentions[event_id] += static_cast<int64_t>(v.evidence.size());
      ev = &event_evidence[event_id];
      ev->kind = "event";
      ev->event_id = event_id;
      if (ev->rule.empty()) ev->rule = v.rule;
      for (const auto& s : v.evidence) ev->spans.push_back(span(s));
    }
    for (const auto& p : v.participants) {
      auto it = ids.find(p.entity);
      if (it == ids.end()) continue;
      if (txn.UpsertParticipant({event_id, it->second, p.role.empty() ? "participant" : p.role},
                                now))
        ++entity_new_events[it->second];
      // Without evidence the event itself has no provenance to hang it on.
      if (ev && std::find(ev->participants.begin(), ev->participants.end(), it->second) ==
                    ev->participants.end())
        ev->participants.push_back(it->second);
    }
  }
  outcome->events = static_cast<int64_t>(x.events.size());
  for (auto* facts : {&entity_evidence, &role_evidence, &event_evidence}) {
    for (auto& [id, ev] : *facts) {
      ev.document_id = document_id;
      std::sort(ev.spans.begin(), ev.spans.end(), [](const auto& a, const auto& b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
      });
      txn.InsertEvidence(ev);
    }
  }
  txn.AddDocumentCounts(document_id, entity_mentions, event_mentions, entity_new_events, now);
  if (!recount.empty()) txn.RefreshCounts({}, recount);
}

bool Ingester::Retract(int64_t document_id) {
  auto txn = store_.BeginWrite();
  bool ok = txn->RetractDocument(document_id, NowMicros());
  txn->Commit();
  return ok;
}

ReindexStats Ingester::Reindex(
    const std::function<void(const ReindexStats& done, int64_t total)>& progress) {
  ReindexStats stats;
  int64_t after = 0;
  const int64_t total = progress ? store_.BeginRead()->Counts().documents : 0;
  for (;;) {
    std::vector<store::DocumentRow> batch;
    {
      auto txn = store_.BeginWrite();
      batch = txn->ListDocuments(after, 64);
    }
    if (batch.empty()) break;
    for (const auto& d : batch) {
      after = d.id;
      extract::InputDocument in{d.external_id,
                                d.text,
                                d.published_at,
                                d.title,
                                d.url,
                                d.source,
                                VoiceCountry(d.metadata_json)};
      Extraction x = extractor_.Extract(in);
      auto txn = store_.BeginWrite();
      if (!txn->RetractDocument(d.id, NowMicros(), /*keep_document=*/true)) continue;
      IngestOutcome o;
      StoreExtraction(*txn, d.id, x, &o);
      txn->SetDocumentExtractor(d.id, extractor_.version());
      txn->Commit();
      ++stats.documents;
      stats.entities += o.entities;
      stats.events += o.events;
      if (progress) progress(stats, total);
    }
  }
  return stats;
}

}  // namespace parley::ingest
