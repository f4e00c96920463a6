// bench_ner: throughput of the named-entity recogniser on one core.
//
//   bench_ner [--model models/ner.bin.gz] [--corpus FILE.jsonl.gz] [--max-mb N] [--uncached]
//
// Reads NDJSON documents (`text` field; default: the UNGDC corpus in
// ../shared), tokenizes each with the rule tokenizer (not timed), then times
// Recognizer::Process alone and prints MB of text per second, tokens per
// second and entities found. One thread, timed in its own CPU time: the
// figure is per core.
#include <zlib.h>

#include <time.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "nlp/recognizer.h"
#include "nlp/tokenizer.h"

// CPU time of this thread: the figure per core, whatever else the machine runs.
double ThreadSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

int main(int argc, char** argv) {
  std::string model = std::string(PARLEY_SOURCE_DIR) + "/models/ner.bin.gz";
  std::string corpus = std::string(PARLEY_SHARED_DIR) + "/corpus/ungdc-2015-2024.jsonl.gz";
  double max_mb = 1e9;
  bool uncached = false;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--uncached") == 0) {
      uncached = true;
      continue;
    }
    if (i + 1 >= argc) {
      std::fprintf(stderr, "usage: bench_ner [--model F] [--corpus F] [--max-mb N] [--uncached]\n");
      return 2;
    }
    const std::string_view flag = argv[i];
    const char* value = argv[++i];
    if (flag == "--model") {
      model = value;
    } else if (flag == "--corpus") {
      corpus = value;
    } else if (flag == "--max-mb") {
      max_mb = std::atof(value);
    } else {
      std::fprintf(stderr, "usage: bench_ner [--model F] [--corpus F] [--max-mb N] [--uncached]\n");
      return 2;
    }
  }
  using Clock = std::chrono::steady_clock;
  const auto t_load = Clock::now();
  auto rec = parley::nlp::Recognizer::Load(model);
  const double load_s = std::chrono::duration<double>(Clock::now() - t_load).count();
  parley::nlp::Tokenizer tokenizer;
  gzFile f = gzopen(corpus.c_str(), "rb");
  if (!f) {
    std::fprintf(stderr, "cannot open %s\n", corpus.c_str());
    return 1;
  }
  std::string line;
  char buf[1 << 16];
  double bytes = 0, seconds = 0;
  size_t tokens = 0, entities = 0, docs = 0;
  for (;;) {
    line.clear();
    bool got = false;
    while (gzgets(f, buf, sizeof buf) != nullptr) {
      got = true;
      line.append(buf);
      if (line.back() == '\n') break;
    }
    if (!got) break;
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_object() || !j.contains("text") || !j["text"].is_string()) continue;
    parley::nlp::Document doc;
    doc.text = j["text"].get<std::string>();
    tokenizer.Process(&doc);
    const double t0 = ThreadSeconds();
    if (uncached)
      rec->ProcessUncached(&doc);
    else
      rec->Process(&doc);
    seconds += ThreadSeconds() - t0;
    bytes += static_cast<double>(doc.text.size());
    tokens += doc.tokens.size();
    entities += doc.entities.size();
    ++docs;
    if (bytes >= max_mb * 1e6) break;
  }
  gzclose(f);
  std::printf(
      "recogniser: %zu documents, %.1f MB, %zu tokens, %zu entities in %.2f s: %.1f MB/s, "
      "%.2f M tokens/s (model load %.2f s)\n",
      docs, bytes / 1e6, tokens, entities, seconds, bytes / 1e6 / seconds,
      static_cast<double>(tokens) / 1e6 / seconds, load_s);
  return 0;
}
