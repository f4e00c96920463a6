// `parley nlp` end to end through the real binary: NDJSON and plain text in,
// CoNLL-U out with TokenRange offsets that slice the original text;
// --pretokenized keeps tokens and sentences exactly and never passes the
// gold annotation through; bad input ends with one line and exit 1, bad
// usage with exit 2.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "server_process.h"

using namespace parley::testing;

namespace {

std::string Bin() { return PARLEY_BINARY; }

// Runs `cmd` (which may redirect its stdout) and returns its status; *err
// gets what it wrote to stderr.
int Run(const std::string& cmd, std::string* err) { return RunCommand("(" + cmd + ")", err); }

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  std::string line;
  while (std::getline(ss, line)) out.push_back(line);
  return out;
}

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == sep) {
      out.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  out.push_back(cur);
  return out;
}

// Code points of UTF-8 text (valid input here).
std::u32string Decode(const std::string& s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    int len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    char32_t cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(cp);
    i += static_cast<size_t>(len);
  }
  return out;
}

// Word lines (not multiword ranges) of CoNLL-U: their columns.
std::vector<std::vector<std::string>> Words(const std::string& conllu) {
  std::vector<std::vector<std::string>> out;
  for (const auto& l : Lines(conllu)) {
    if (l.empty() || l[0] == '#') continue;
    auto cols = Split(l, '\t');
    if (cols[0].find('-') != std::string::npos) continue;
    out.push_back(cols);
  }
  return out;
}

int Field(const std::vector<std::string>& cols, const std::string& key, int part) {
  for (const auto& kv : Split(cols[9], '|'))
    if (kv.rfind(key + "=", 0) == 0) return std::stoi(Split(kv.substr(key.size() + 1), ':')[part]);
  return -1;
}

}  // namespace

TEST_CASE("parley nlp: NDJSON in, CoNLL-U out with offsets into the original text") {
  TempDir dir;
  const std::string text1 = "Lavrov met Witkoff in Z\xC3\xBCrich. They didn't agree.";
  const std::string text2 = "\xE2\x80\x9CPeace,\xE2\x80\x9D he said \xE2\x80\x94 on Dec. 14.";
  {
    std::ofstream in(dir.File("in.ndjson"));
    in << R"({"id":"doc-1","text":"Lavrov met Witkoff in Z\u00fcrich. They didn't agree."})"
       << "\n\n"
       << R"({"id":"doc-2","text":"\u201cPeace,\u201d he said \u2014 on Dec. 14.","title":"x"})"
       << "\n";
  }
  std::string err;
  REQUIRE(
      Run(Bin() + " nlp --tokenize-only " + dir.File("in.ndjson") + " > " + dir.File("out.conllu"),
          &err) == 0);
  CHECK(err.empty());
  const std::string out = ReadFile(dir.File("out.conllu"));
  CHECK(out.find("# newdoc id = doc-1\n") != std::string::npos);
  CHECK(out.find("# newdoc id = doc-2\n") != std::string::npos);
  CHECK(out.find("2-3\tdidn't") != std::string::npos);
  // Every word's TokenRange slices its form out of its document's text.
  const std::u32string t1 = Decode(text1), t2 = Decode(text2);
  const std::u32string* text = nullptr;
  int words = 0, sentences = 0;
  for (const auto& l : Lines(out)) {
    if (l.rfind("# newdoc id = doc-1", 0) == 0) text = &t1;
    if (l.rfind("# newdoc id = doc-2", 0) == 0) text = &t2;
    if (l.rfind("1\t", 0) == 0) ++sentences;
    if (l.empty() || l[0] == '#' || Split(l, '\t')[0].find('-') != std::string::npos) continue;
    const auto cols = Split(l, '\t');
    REQUIRE(cols.size() == 10);
    REQUIRE(text != nullptr);
    const int b = Field(cols, "TokenRange", 0), e = Field(cols, "TokenRange", 1);
    REQUIRE(b >= 0);
    REQUIRE(e <= static_cast<int>(text->size()));
    CHECK(text->substr(static_cast<size_t>(b), static_cast<size_t>(e - b)) == Decode(cols[1]));
    ++words;
  }
  CHECK(words == 22);  // 11 + 11, "didn't" as two
  CHECK(sentences == 3);

  // Plain text and stdin.
  REQUIRE(Run("printf 'One line.\\n\\nAnother one.' | " + Bin() +
                  " nlp --tokenize-only --format text > " + dir.File("text.conllu"),
              &err) == 0);
  const std::string t = ReadFile(dir.File("text.conllu"));
  CHECK(t.find("# newdoc id = stdin") != std::string::npos);
  CHECK(Words(t).size() == 6);
}

TEST_CASE("parley nlp --pretokenized keeps tokens and sentences and not the gold annotation") {
  TempDir dir;
  const std::string gold =
      "# sent_id = a\n"
      "# text = Ca n't stop-it\n"
      "1-2\tCan't\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "1\tCa\tGOLDLEMMA\tAUX\tGOLDX\tGold=Yes\t3\tgolddep\t_\t_\n"
      "2\tn't\tGOLDLEMMA\tPART\tGOLDX\t_\t3\tgolddep\t_\t_\n"
      "3\tstop\tGOLDLEMMA\tVERB\tGOLDX\t_\t0\troot\t_\tSpaceAfter=No|NER=B-GOLDTYPE\n"
      "4\t-\tGOLDLEMMA\tPUNCT\tGOLDX\t_\t3\tgolddep\t_\tSpaceAfter=No\n"
      "5\tit\tGOLDLEMMA\tPRON\tGOLDX\t_\t3\tgolddep\t_\t_\n"
      "\n"
      "# sent_id = b\n"
      "1\tSecond\tGOLDLEMMA\tADJ\tGOLDX\t_\t0\troot\t_\t_\n"
      "2\t.\tGOLDLEMMA\tPUNCT\tGOLDX\t_\t1\tgolddep\t_\t_\n"
      "\n";
  std::ofstream(dir.File("gold.conllu")) << gold;
  std::string err;
  REQUIRE(Run("gzip -c " + dir.File("gold.conllu") + " > " + dir.File("gold.conllu.gz"), &err) ==
          0);
  for (const std::string& input :
       {dir.File("gold.conllu"), dir.File("gold.conllu.gz"), "- < " + dir.File("gold.conllu")}) {
    INFO(input);
    REQUIRE(Run(Bin() + " nlp --pretokenized " + input + " > " + dir.File("pred.conllu"), &err) ==
            0);
    const std::string pred = ReadFile(dir.File("pred.conllu"));
    for (const char* leak : {"GOLDLEMMA", "GOLDX", "golddep", "Gold=Yes", "GOLDTYPE"})
      CHECK(pred.find(leak) == std::string::npos);
    const auto g = Words(gold), p = Words(pred);
    REQUIRE(p.size() == g.size());
    for (size_t i = 0; i < g.size(); ++i) {
      CHECK(p[i][0] == g[i][0]);
      CHECK(p[i][1] == g[i][1]);
    }
    CHECK(pred.find("1-2\tCan't") != std::string::npos);
    CHECK(pred.find("# sent_id = b") != std::string::npos);
  }
}

TEST_CASE("parley nlp: bad input ends with one line and exit 1, bad usage with exit 2") {
  TempDir dir;
  std::ofstream(dir.File("bad.ndjson")) << R"({"id":"1","text":"fine"})"
                                        << "\nnot json\n";
  std::ofstream(dir.File("notext.ndjson")) << R"({"id":"1","body":"x"})"
                                           << "\n";
  std::ofstream(dir.File("bad.conllu")) << "1\tonly\tthree\n\n";
  std::ofstream(dir.File("badhead.conllu")) << "1\tx\t_\t_\t_\t_\t7\tdep\t_\t_\n\n";
  struct Case {
    std::string args;
    int status;
    std::string mentions;
  };
  const std::vector<Case> cases = {
      {"nlp --tokenize-only " + dir.File("bad.ndjson"), 1, "line 2"},
      {"nlp --tokenize-only " + dir.File("notext.ndjson"), 1, "text"},
      {"nlp --pretokenized " + dir.File("bad.conllu"), 1, "line 1"},
      {"nlp --pretokenized " + dir.File("badhead.conllu"), 1, "HEAD"},
      {"nlp " + dir.File("missing.ndjson"), 1, "missing.ndjson"},
      {"nlp --pretokenized " + dir.File("missing.conllu"), 1, "missing.conllu"},
      {"nlp --format xml", 2, "format"},
      {"nlp --no-such-flag", 2, "no-such-flag"},
      {"nlp --pretokenized --tokenize-only", 2, "exclude"},
      {"nlp --models " + dir.File("bad.ndjson") + " --tokenize-only " + dir.File("bad.ndjson"), 1,
       "line 2"},
  };
  for (const auto& c : cases) {
    INFO(c.args);
    std::string err;
    const int status = Run(Bin() + " " + c.args + " > /dev/null", &err);
    CHECK(status == c.status);
    CHECK(Lines(err).size() == 1);
    CHECK(err.find(c.mentions) != std::string::npos);
  }
}
