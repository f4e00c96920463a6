// The PostgreSQL backend's ScanTxn (pg_scan_txn.cc). Internal to store/.
//
// Not thread-safe: one instance per thread at a time.
#pragma once

#include <functional>
#include <memory>

#include "store/pg_conn.h"
#include "store/scan_txn.h"

namespace parley::store {

// Streaming scans on `db` in one snapshot; `release(broken)` hands the
// connection back when the object is destroyed.
std::unique_ptr<ScanTxn> NewPgScanTxn(PgConn& db, std::function<void(bool)> release);

}  // namespace parley::store
