// bench_extract: throughput of the whole extraction pipeline (Extract + JSON serialisation) on
// one core over the UN General Debate corpus (gzip NDJSON, read with zlib).
// Usage: bench_extract [--corpus FILE.jsonl.gz] [--config DIR] [--limit N] [--dump-text FILE]
// Prints MB/s, sentences/s and peak RSS. --dump-text writes the texts (one JSON string per
// line) for the compromise comparison script.
#include <sys/resource.h>
#include <zlib.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include "extract/extractor.h"
#include "extract/sentences.h"
#include "extract/text.h"

int main(int argc, char** argv) {
  std::string corpus = PARLEY_SHARED_DIR "/corpus/ungdc-2015-2024.jsonl.gz";
  std::string config = PARLEY_SOURCE_DIR "/config";
  std::string dump;
  long limit = -1;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--corpus"))
      corpus = argv[i + 1];
    else if (!std::strcmp(argv[i], "--config"))
      config = argv[i + 1];
    else if (!std::strcmp(argv[i], "--limit"))
      limit = std::stol(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--dump-text"))
      dump = argv[i + 1];
  }
  if (!std::filesystem::exists(corpus)) {
    std::cerr << "bench_extract: corpus not found: " << corpus << " (skipping)\n";
    return 0;
  }
  auto ex = parley::extract::Extractor::Load(config);
  gzFile gz = gzopen(corpus.c_str(), "rb");
  if (gz == nullptr) {
    std::cerr << "bench_extract: cannot open " << corpus << '\n';
    return 1;
  }
  gzbuffer(gz, 1 << 20);
  std::ofstream dump_out;
  if (!dump.empty()) dump_out.open(dump);
  std::string line;
  char buf[1 << 16];
  double seconds = 0;
  size_t bytes = 0, sentences = 0, docs = 0, entities = 0, events = 0, out_bytes = 0;
  for (;;) {
    line.clear();
    bool got = false;
    while (gzgets(gz, buf, sizeof buf) != nullptr) {
      got = true;
      line.append(buf);
      if (!line.empty() && line.back() == '\n') break;
    }
    if (!got) break;
    if (limit >= 0 && static_cast<long>(docs) >= limit) break;
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.contains("text") || !j["text"].is_string()) continue;
    parley::extract::InputDocument doc;
    doc.id = j.value("id", "");
    doc.text = j["text"].get<std::string>();
    doc.published_at = j.value("date", "");
    if (dump_out) dump_out << nlohmann::json(doc.text).dump() << '\n';
    const auto t0 = std::chrono::steady_clock::now();
    const auto x = ex->Extract(doc);
    const std::string out = parley::extract::ToJson(x).dump();
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    out_bytes += out.size();
    bytes += doc.text.size();
    sentences += parley::extract::SplitSentences(parley::extract::Normalize(doc.text).text).size();
    entities += x.entities.size();
    events += x.events.size();
    ++docs;
  }
  gzclose(gz);
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  std::printf("docs %zu  text %.1f MB  sentences %zu  entities %zu  events %zu\n", docs,
              bytes / 1e6, sentences, entities, events);
  std::printf("extract: %.2f s  %.1f MB/s  %.0f sentences/s  (one core)\n", seconds,
              bytes / 1e6 / seconds, sentences / seconds);
  std::printf("peak RSS: %.1f MB\n", ru.ru_maxrss / 1024.0);
  return 0;
}
