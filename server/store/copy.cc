// CopyGraph over the RawTables both backends implement.
#include "store/copy.h"

#include "base/error.h"
#include "store/raw_tables.h"

namespace parley::store {

const std::vector<TableSpec>& GraphTables() {
  using enum ColumnType;
  static const std::vector<TableSpec> tables = {
      {"documents",
       {{"id", kInt},
        {"external_id", kText},
        {"url", kText},
        {"title", kText},
        {"source", kText},
        {"published_at", kText},
        {"ingested_at", kInt},
        {"content_hash", kText},
        {"text", kText},
        {"metadata", kText},
        {"extractor_version", kText}},
       "id"},
      {"entities",
       {{"id", kInt},
        {"type", kText},
        {"name", kText},
        {"dict_id", kText},
        {"country", kText},
        {"sector", kText},
        {"actor_code", kText},
        {"attributes", kText},
        {"mention_count", kInt},
        {"document_count", kInt},
        {"event_count", kInt},
        {"first_seen", kInt},
        {"last_seen", kInt}},
       "id"},
      {"aliases",
       {{"id", kInt},
        {"entity_id", kInt},
        {"alias", kText},
        {"norm", kText},
        {"mention_count", kInt},
        {"first_seen", kInt},
        {"last_seen", kInt}},
       "id"},
      {"roles",
       {{"id", kInt},
        {"entity_id", kInt},
        {"title", kText},
        {"of_whom", kText},
        {"valid_from", kText},
        {"valid_to", kText},
        {"first_seen", kInt},
        {"last_seen", kInt}},
       "id"},
      {"events",
       {{"id", kInt},
        {"type", kText},
        {"label", kText},
        {"cameo", kText},
        {"plover", kText},
        {"plover_mode", kText},
        {"goldstein", kReal},
        {"quad_class", kInt},
        {"date", kText},
        {"date_precision", kText},
        {"location_id", kInt},
        {"topic", kText},
        {"quote", kText},
        {"source_actor_code", kText},
        {"target_actor_code", kText},
        {"confidence", kReal},
        {"mention_count", kInt},
        {"document_count", kInt},
        {"source_count", kInt},
        {"first_seen", kInt},
        {"last_seen", kInt},
        {"date_source", kText}},
       "id"},
      {"event_participants",
       {{"event_id", kInt},
        {"entity_id", kInt},
        {"role", kText},
        {"first_seen", kInt},
        {"last_seen", kInt},
        {"date", kText}},
       "event_id, entity_id, role"},
      {"mentions",
       {{"id", kInt},
        {"document_id", kInt},
        {"kind", kText},
        {"entity_id", kInt},
        {"event_id", kInt},
        {"role_id", kInt},
        {"start", kInt},
        {"\"end\"", kInt},
        {"sentence", kInt},
        {"span_count", kInt},
        {"spans", kText},
        {"participants", kText},
        {"rule", kText}},
       "id"},
      {"changes",
       {{"seq", kInt}, {"at", kInt}, {"op", kText}, {"kind", kText}, {"object_id", kInt}},
       "seq"},
  };
  return tables;
}

std::string ColumnList(const TableSpec& table) {
  std::string cols;
  for (const auto& column : table.columns) cols += (cols.empty() ? "" : ", ") + column.first;
  return cols;
}

CopyCounts CopyGraph(Store& from, Store& to) {
  auto* source = dynamic_cast<RawTables*>(&from);
  auto* target = dynamic_cast<RawTables*>(&to);
  if (!source || !target)
    throw Error(ErrorCode::kInternal, "copy: a store without raw table access");
  for (Store* s : {&from, &to}) {
    if (s->SchemaVersion() != s->NewestSchemaVersion())
      throw Error(ErrorCode::kInvalidArgument, "copy: a " + s->Backend() +
                                                   " database is at schema version " +
                                                   std::to_string(s->SchemaVersion()) + ", not " +
                                                   std::to_string(s->NewestSchemaVersion()) +
                                                   "; run parley migrate on it first");
  }
  CopyCounts counts;
  target->LoadTables([&](const RowSink& sink) {
    source->ReadTables([&](const TableSpec& table, const RawRow& row) {
      if (counts.empty() || counts.back().first != table.name) counts.emplace_back(table.name, 0);
      ++counts.back().second;
      sink(table, row);
    });
  });
  // Tables with no rows are named too, in order.
  CopyCounts all;
  for (const auto& t : GraphTables()) {
    int64_t n = 0;
    for (const auto& [name, rows] : counts)
      if (name == t.name) n = rows;
    all.emplace_back(t.name, n);
  }
  return all;
}

}  // namespace parley::store
