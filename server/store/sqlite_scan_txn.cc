// SqliteScanTxn: streaming reads for exports.
#include "store/sqlite_scan_txn.h"

#include <sqlite3.h>

namespace parley::store {
namespace {

class SqliteScanTxn : public ScanTxn {
 public:
  SqliteScanTxn(SqliteDb& db, std::function<void()> release)
      : db_(db), release_(std::move(release)) {
    db_.Exec("BEGIN");
  }
  ~SqliteScanTxn() override {
    sqlite3_exec(db_.raw(), "ROLLBACK", nullptr, nullptr, nullptr);
    if (release_) release_();
  }

 private:
  SqliteDb& db_;
  std::function<void()> release_;
};

}  // namespace

std::unique_ptr<ScanTxn> NewSqliteScanTxn(SqliteDb& db, std::function<void()> release) {
  return std::make_unique<SqliteScanTxn>(db, std::move(release));
}

}  // namespace parley::store
