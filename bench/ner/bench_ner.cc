// bench_ner: throughput of the named-entity recogniser on one core.
//
//   bench_ner [--model models/ner.bin.gz] [--corpus FILE.jsonl.gz] [--max-mb N]
//
// Reads NDJSON documents (`text` field; default: the UNGDC corpus in
// ../shared), tokenizes each with the rule tokenizer (not timed), then times
// Recognizer::Process alone and prints MB of text per second, tokens per
// second and entities found. One thread: the figure is per core.
#include <zlib.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "nlp/recognizer.h"
#include "nlp/tokenizer.h"

int main(int argc, char** argv) {
  std::string model = std::string(PARLEY_SOURCE_DIR) + "/models/ner.bin.gz";
  std::string corpus = std::string(PARLEY_SHARED_DIR) + "/corpus/ungdc-2015-2024.jsonl.gz";
  double max_mb = 1e9;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--model") == 0)
      model = argv[i + 1];
    else if (std::strcmp(argv[i], "--corpus") == 0)
      corpus = argv[i + 1];
    else if (std::strcmp(argv[i], "--max-mb") == 0)
      max_mb = std::atof(argv[i + 1]);
    else {
      std::fprintf(stderr, "usage: bench_ner [--model F] [--corpus F] [--max-mb N]\n");
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
    const auto t0 = Clock::now();
    rec->Process(&doc);
    seconds += std::chrono::duration<double>(Clock::now() - t0).count();
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
