// RawTables: the graph's tables as rows of plain values, for moving a graph
// between backends exactly (`parley copy`, store/copy.h). Both backends
// implement it beside Store; nothing outside store/ sees it. The tables and
// columns are the ones both schemas share (derived full-text indexes are
// rebuilt by the target, not copied).
//
// Thread-safe: as the Store that implements it (ReadTables takes a read
// snapshot; LoadTables the writer).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <variant>
#include <vector>

namespace parley::store {

enum class ColumnType { kInt, kReal, kText };

struct TableSpec {
  std::string name;
  std::vector<std::pair<std::string, ColumnType>> columns;  // names as in SQL ("end" quoted)
  std::string order;                                        // ORDER BY: the primary key
};

// Every table of the graph, parents before children.
const std::vector<TableSpec>& GraphTables();
// The table's column names for SQL: "id, type, ...".
std::string ColumnList(const TableSpec& table);

// A NULL, an integer, a double or a text (JSON columns are text).
using RawValue = std::variant<std::monostate, int64_t, double, std::string>;
using RawRow = std::vector<RawValue>;
using RowSink = std::function<void(const TableSpec& table, const RawRow& row)>;

class RawTables {
 public:
  virtual ~RawTables() = default;
  // Calls `sink` for every row of every GraphTables() table, table by table
  // in order, rows in primary key order, all from one snapshot.
  virtual void ReadTables(const RowSink& sink) = 0;
  // Fills this graph, which must be empty, in one write transaction: `fill`
  // is called once with a sink that takes rows (tables in GraphTables()
  // order). Ids are kept; identity sequences and full-text indexes are
  // brought in line afterwards. Throws Error(kConflict) when not empty.
  virtual void LoadTables(const std::function<void(const RowSink& sink)>& fill) = 0;
};

}  // namespace parley::store
