// Progress lines for long commands.
#include "cli/progress.h"

#include <cstdio>
#include <cstdlib>

namespace parley::cli {

Progress::Progress(std::ostream& out, std::string what, bool terminal, bool quiet, uint64_t total,
                   double interval_seconds)
    : out_(out),
      what_(std::move(what)),
      terminal_(terminal),
      quiet_(quiet),
      total_(total),
      interval_(terminal ? 0.2 : interval_seconds),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

double Progress::IntervalFromEnv() {
  const char* v = std::getenv("PARLEY_PROGRESS_SECONDS");
  if (!v || !*v) return 10;
  char* end = nullptr;
  const double s = std::strtod(v, &end);
  return end && !*end && s >= 0 ? s : 10;
}

std::string Progress::Line(uint64_t done, int64_t items, const std::string& unit,
                           double secs) const {
  char buf[256];
  std::string pct, eta = "?";
  if (total_) {
    // An estimated total can be passed (compressed input): never above 99%.
    const int p = done >= total_ ? 99 : static_cast<int>(100.0 * done / total_);
    pct = std::to_string(p) + "% ";
    if (done < total_ && done > 0)
      eta = std::to_string(static_cast<int64_t>(secs * (total_ - done) / done)) + "s";
  }
  std::snprintf(buf, sizeof buf, "%s%lld %s, %.1f %s/s, ETA %s", pct.c_str(),
                static_cast<long long>(items), unit.c_str(), secs > 0 ? items / secs : 0.0,
                unit.c_str(), eta.c_str());
  return buf;
}

void Progress::Update(uint64_t done, int64_t items, const std::string& unit) {
  if (quiet_) return;
  const auto now = std::chrono::steady_clock::now();
  if (std::chrono::duration<double>(now - last_).count() < interval_) return;
  last_ = now;
  const double secs = std::chrono::duration<double>(now - start_).count();
  const std::string line = Line(done, items, unit, secs);
  if (terminal_) {
    std::string bar;
    if (total_) {
      const int p = done >= total_ ? 99 : static_cast<int>(100.0 * done / total_);
      bar = "[" + std::string(static_cast<size_t>(p / 5), '#');
      bar.resize(21, '.');
      bar += "] ";
    }
    out_ << "\r\033[K" << bar << line << std::flush;
  } else {
    out_ << "parley " << what_ << ": " << line << "\n" << std::flush;
  }
  drew_ = true;
}

void Progress::Finish() {
  if (terminal_ && drew_ && !quiet_) out_ << "\r\033[K" << std::flush;
}

}  // namespace parley::cli
