// Small helpers the trainers of the tagger, lemmatizer and parser share: a
// seeded random generator whose sequence does not depend on the standard
// library (so a seed trains the same model everywhere), a shuffle over it,
// wall-clock timing for progress lines, running jobs on a few threads, and
// the options every trainer's configuration takes from `parley train`.
//
// Thread-safe: Rng and Stopwatch belong to one thread; RunParallel runs each
// job on one thread and returns when all are done.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <vector>

#include "nlp/cluster_table.h"
#include "nlp/train.h"

namespace parley::nlp {

// splitmix64: small, fast and the same on every platform.
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n) (n > 0); the tiny modulo bias does not matter here.
  uint64_t Below(uint64_t n) { return Next() % n; }
  // Uniform in [0, 1).
  double Uniform() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }

 private:
  uint64_t state_;
};

// Fisher-Yates over `v` with `rng`.
template <typename T>
void Shuffle(std::vector<T>* v, Rng* rng) {
  for (size_t i = v->size(); i > 1; --i) std::swap((*v)[i - 1], (*v)[rng->Below(i)]);
}

class Stopwatch {
 public:
  Stopwatch() : start_(std::chrono::steady_clock::now()) {}
  double Seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }

 private:
  std::chrono::steady_clock::time_point start_;
};

// Runs every job, on up to `threads` threads at once (jobs are independent;
// results go where each job writes them). The first exception a job throws
// is rethrown after all jobs have finished.
void RunParallel(const std::vector<std::function<void()>>& jobs, int threads);

// Threads a trainer may use: PARLEY_TRAIN_THREADS when set (>= 1), else the
// hardware's count capped at 4.
int TrainThreads();

// Copies the options every trainer shares (epochs, seed, quiet, the word
// clusters) from `options` into a trainer's `config`.
template <typename Config>
void ApplyTrainOptions(const TrainOptions& options, Config* config) {
  config->epochs = options.epochs;
  config->seed = options.seed;
  config->quiet = options.quiet;
  if (!options.clusters.empty()) config->clusters = LoadClusterTable(options.clusters);
}

}  // namespace parley::nlp
