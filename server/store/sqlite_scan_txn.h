// SqliteScanTxn factory: ScanTxn over one pooled SQLite connection. Internal
// to store/.
#pragma once

#include <functional>
#include <memory>

#include "store/scan_txn.h"
#include "store/sqlite_db.h"

namespace parley::store {

// Opens a read transaction on `db`; `release` runs when the ScanTxn dies.
std::unique_ptr<ScanTxn> NewSqliteScanTxn(SqliteDb& db, std::function<void()> release);

}  // namespace parley::store
