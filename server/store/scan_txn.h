// ScanTxn: a read-only snapshot for streaming the graph table by table, in
// id order, for exports and the change feed. Filled by the exports work.
//
// Not thread-safe: one ScanTxn per thread.
#pragma once

namespace parley::store {

class ScanTxn {
 public:
  virtual ~ScanTxn() = default;
};

}  // namespace parley::store
