// Ingester: turns one article into graph facts. Extracts, then resolves the
// article's entities against the graph (dictionary identity, alias, country)
// and merges its events with events other articles already reported (same
// type family, shared participants, compatible date and place: the rules of
// resolve.h), recording provenance for every fact. Each document is one write transaction: it lands
// whole or not at all.
//
// Thread-safe: Ingest/Retract/Reindex may be called from many threads; the
// store serialises writers. Extraction runs outside the write lock.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "extract/extractor.h"
#include "ingest/document_input.h"
#include "store/store.h"

namespace parley::ingest {

struct IngestOutcome {
  int64_t document_id = 0;
  bool duplicate = false;  // same normalised text already stored; nothing added
  int64_t entities = 0;    // entities in this document
  int64_t events = 0;      // events in this document
  int64_t new_entities = 0, new_events = 0, merged_events = 0;
  std::vector<int64_t> entity_ids, event_ids;
};

struct ReindexStats {
  int64_t documents = 0, entities = 0, events = 0;
};

class Ingester {
 public:
  // Both must outlive the Ingester.
  Ingester(store::Store& store, const extract::Extractor& extractor);

  // The version of the extractor (rules and models) that documents get.
  const std::string& extractor_version() const { return extractor_.version(); }

  // Extracts and stores `doc` in one transaction. A document whose normalised
  // text is already stored is a duplicate: nothing changes. Throws Error on
  // storage failure (then nothing of the document landed).
  IngestOutcome Ingest(const DocumentInput& doc);

  // Ingests several documents in one write transaction (bulk loading: the
  // commit cost is shared). Each document still lands whole or not at all;
  // if any fails, none of the batch lands and the caller may retry them one
  // by one. Outcomes are in input order.
  std::vector<IngestOutcome> IngestBatch(const std::vector<DocumentInput>& docs);

  // Removes the document and every fact only it supported. False if absent.
  bool Retract(int64_t document_id);

  // Re-runs extraction over every stored document, one transaction each.
  // `progress`, when given, is called after each document with the stats so
  // far and the number of documents to do.
  ReindexStats Reindex(
      const std::function<void(const ReindexStats& done, int64_t total)>& progress = {});

  // JSON summary of an outcome, as the API and CLI print it.
  static nlohmann::json OutcomeJson(const IngestOutcome& outcome);

 private:
  // Stores extracted documents in one write transaction (retried once when
  // another writer stored one of them meanwhile).
  std::vector<IngestOutcome> WriteBatch(const std::vector<const DocumentInput*>& docs,
                                        const std::vector<std::string>& hashes,
                                        const std::vector<const extract::Extraction*>& xs);
  // The document's row, or its outcome as a duplicate of a stored one.
  void InsertDocument(store::WriteTxn& txn, const DocumentInput& doc, const std::string& hash,
                      int64_t now, IngestOutcome* outcome);
  void StoreExtraction(store::WriteTxn& txn, int64_t document_id, const extract::Extraction& x,
                       IngestOutcome* outcome);

  store::Store& store_;
  const extract::Extractor& extractor_;
};

// Lower-cased, diacritic-free, single-spaced form of a name used to match
// aliases ("Sergéy  Lavrov" → "sergey lavrov").
std::string NormalizeName(std::string_view name);

}  // namespace parley::ingest
