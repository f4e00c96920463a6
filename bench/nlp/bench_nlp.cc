// bench_nlp: throughput of the language-model pipeline (every stage whose
// model is in models/: sentences, tokens, tags, lemmas, parse, names) on one
// core over the UN General Debate corpus, read with zlib.
// Usage: bench_nlp [--corpus FILE.jsonl.gz] [--models DIR] [--limit N] [--runs N]
//                  [--tokenize-only] [--dump-text FILE]
// Prints the model load time, per-stage and total MB/s (median of --runs
// runs over the same texts, default 5), sentences, tokens and entities, and
// the peak RSS. Stages are timed in CPU time of the one thread that runs
// them (CLOCK_THREAD_CPUTIME_ID), so other work on a shared machine does not
// count; the wall-clock time of each run is printed beside it. --dump-text writes the texts (one
// JSON string per line) for the compromise comparison (bench/nlp/run_bench.sh).
#include <sys/resource.h>
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "nlp/pipeline.h"

namespace {

using Clock = std::chrono::steady_clock;

double Since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// CPU seconds of this thread.
double ThreadSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  std::string corpus = PARLEY_SHARED_DIR "/corpus/ungdc-2015-2024.jsonl.gz";
  std::string models = PARLEY_SOURCE_DIR "/models";
  std::string dump;
  long limit = -1;
  int runs = 5;
  bool tokenize_only = false;
  for (int i = 1; i < argc; ++i) {
    const bool has_value = i + 1 < argc;
    if (!std::strcmp(argv[i], "--tokenize-only")) {
      tokenize_only = true;
    } else if (has_value && !std::strcmp(argv[i], "--corpus")) {
      corpus = argv[++i];
    } else if (has_value && !std::strcmp(argv[i], "--models")) {
      models = argv[++i];
    } else if (has_value && !std::strcmp(argv[i], "--limit")) {
      limit = std::stol(argv[++i]);
    } else if (has_value && !std::strcmp(argv[i], "--runs")) {
      runs = std::max(1, std::atoi(argv[++i]));
    } else if (has_value && !std::strcmp(argv[i], "--dump-text")) {
      dump = argv[++i];
    } else {
      std::cerr << "bench_nlp: unknown argument " << argv[i] << '\n';
      return 2;
    }
  }
  if (!std::filesystem::exists(corpus)) {
    std::cerr << "bench_nlp: corpus not found: " << corpus << " (skipping)\n";
    return 0;
  }

  // Texts first, so reading and JSON parsing are not timed.
  std::vector<std::string> texts;
  {
    gzFile gz = gzopen(corpus.c_str(), "rb");
    if (gz == nullptr) {
      std::cerr << "bench_nlp: cannot open " << corpus << '\n';
      return 1;
    }
    gzbuffer(gz, 1 << 20);
    std::ofstream dump_out;
    if (!dump.empty()) dump_out.open(dump);
    std::string line;
    char buf[1 << 16];
    for (;;) {
      line.clear();
      bool got = false;
      while (gzgets(gz, buf, sizeof buf) != nullptr) {
        got = true;
        line.append(buf);
        if (!line.empty() && line.back() == '\n') break;
      }
      if (!got || (limit >= 0 && static_cast<long>(texts.size()) >= limit)) break;
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.contains("text") || !j["text"].is_string()) continue;
      texts.push_back(j["text"].get<std::string>());
      if (dump_out) dump_out << nlohmann::json(texts.back()).dump() << '\n';
    }
    gzclose(gz);
  }
  size_t bytes = 0;
  for (const auto& t : texts) bytes += t.size();

  const auto t_load = Clock::now();
  parley::nlp::PipelineOptions po;
  po.models = !tokenize_only;
  const parley::nlp::Pipeline pipeline = parley::nlp::LoadPipeline(models, po);
  const double load_seconds = Since(t_load);
  std::printf("models: %s  load %.3f s  stages:", models.c_str(), load_seconds);
  for (const auto& s : pipeline.stages())
    std::printf(" %s(%s)", std::string(s->name()).c_str(), s->version().c_str());
  std::printf("\n");

  const size_t n_stages = pipeline.stages().size();
  std::vector<std::vector<double>> stage_seconds(n_stages);
  std::vector<double> total_seconds;
  size_t sentences = 0, tokens = 0, entities = 0;
  for (int run = 0; run < runs; ++run) {
    std::vector<double> per_stage(n_stages, 0.0);
    double total = 0;
    sentences = tokens = entities = 0;
    const auto wall0 = Clock::now();
    for (const auto& text : texts) {
      parley::nlp::Document doc;
      doc.text = text;
      for (size_t k = 0; k < n_stages; ++k) {
        const double t0 = ThreadSeconds();
        pipeline.stages()[k]->Process(&doc);
        const double dt = ThreadSeconds() - t0;
        per_stage[k] += dt;
        total += dt;
      }
      sentences += doc.sentences.size();
      tokens += doc.tokens.size();
      entities += doc.entities.size();
    }
    for (size_t k = 0; k < n_stages; ++k) stage_seconds[k].push_back(per_stage[k]);
    total_seconds.push_back(total);
    std::printf("run %d: %.2f s CPU  %.1f MB/s  (wall %.2f s with the copies)\n", run + 1, total,
                bytes / 1e6 / total, Since(wall0));
  }
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  std::printf("docs %zu  text %.1f MB  sentences %zu  tokens %zu  entities %zu\n", texts.size(),
              bytes / 1e6, sentences, tokens, entities);
  for (size_t k = 0; k < n_stages; ++k) {
    const double s = Median(stage_seconds[k]);
    std::printf("  %-12s %7.2f s  %8.1f MB/s\n", std::string(pipeline.stages()[k]->name()).c_str(),
                s, bytes / 1e6 / s);
  }
  const double med = Median(total_seconds);
  std::printf("pipeline: %.2f s  %.1f MB/s  %.0f tokens/s  (CPU, median of %d runs, one core)\n",
              med, bytes / 1e6 / med, tokens / med, runs);
  std::printf("model load: %.3f s  peak RSS: %.1f MB\n", load_seconds, ru.ru_maxrss / 1024.0);
  return 0;
}
