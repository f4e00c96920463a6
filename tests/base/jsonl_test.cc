// Tests for JSON Lines reading (base/jsonl.h) and CollapseSeparators (base/strings.h).
#include "base/jsonl.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "base/error.h"
#include "base/strings.h"

namespace {

std::filesystem::path WriteTemp(const std::string& name, const std::string& text) {
  const auto path = std::filesystem::temp_directory_path() / name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

}  // namespace

TEST_CASE("ForEachJsonLine: objects in order, blank lines skipped, a missing file is false") {
  const auto path = WriteTemp("parley_jsonl_ok.jsonl", "{\"a\": 1}\n\n  \t\r\n{\"a\": 2}\r\n");
  std::vector<int> seen;
  CHECK(parley::ForEachJsonLine(path, [&](const nlohmann::json& j) { seen.push_back(j["a"]); }));
  CHECK(seen == std::vector<int>{1, 2});
  std::filesystem::remove(path);
  bool called = false;
  CHECK_FALSE(parley::ForEachJsonLine(path, [&](const nlohmann::json&) { called = true; }));
  CHECK_FALSE(called);
}

TEST_CASE("ForEachJsonLine: a line that is not an object names its file and line") {
  for (const char* bad : {"[1, 2]", "{\"a\": ", "\"text\""}) {
    const auto path =
        WriteTemp("parley_jsonl_bad.jsonl", std::string("{\"a\": 1}\n\n") + bad + "\n");
    int calls = 0;
    CHECK_THROWS_WITH_AS(parley::ForEachJsonLine(path, [&](const nlohmann::json&) { ++calls; }),
                         (path.string() + ":3: not a JSON object").c_str(), parley::Error);
    CHECK(calls == 1);
    std::filesystem::remove(path);
  }
}

TEST_CASE("CollapseSeparators: runs become one space, none at the ends, dropped bytes gone") {
  auto space = [](char c) { return c == ' ' || c == '\n' || c == '\t'; };
  CHECK(parley::CollapseSeparators("  a \n\t b  c ", space) == "a b c");
  CHECK(parley::CollapseSeparators("", space).empty());
  CHECK(parley::CollapseSeparators(" \n ", space).empty());
  CHECK(parley::CollapseSeparators("a-b - c", space, '-') == "ab c");
}
