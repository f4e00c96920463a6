// Progress: what a long command (ingest, reindex) says while it runs. On a
// terminal, a bar redrawn in place every 200 ms; otherwise (a log file, CI,
// a pipe) a plain line every `interval` seconds (PARLEY_PROGRESS_SECONDS,
// default 10), so an unattended run is never silent for long.
//
// Not thread-safe: one per command.
#pragma once

#include <chrono>
#include <cstdint>
#include <ostream>
#include <string>

namespace parley::cli {

class Progress {
 public:
  // `what` names the command ("ingest"); `total` is the work to do in the
  // unit of Update's `done` (0 = unknown: no percentage, no ETA).
  Progress(std::ostream& out, std::string what, bool terminal, bool quiet, uint64_t total,
           double interval_seconds);
  // Records progress and draws when due. `done` may pass `total` (an
  // estimate): the percentage then stays at 99 and the ETA says "?".
  void Update(uint64_t done, int64_t items, const std::string& unit);
  // Clears a terminal bar before other output.
  std::string ClearLine() const { return terminal_ && !quiet_ ? "\r\033[K" : ""; }
  void Finish();

  // The interval from PARLEY_PROGRESS_SECONDS, else 10 s.
  static double IntervalFromEnv();

 private:
  std::string Line(uint64_t done, int64_t items, const std::string& unit, double secs) const;

  std::ostream& out_;
  std::string what_;
  bool terminal_, quiet_;
  uint64_t total_;
  double interval_;
  std::chrono::steady_clock::time_point start_, last_;
  bool drew_ = false;
};

}  // namespace parley::cli
