// `parley nlp`: reads documents (NDJSON as `parley extract` reads them, plain
// text, or CoNLL-U with --pretokenized), runs them through the pipeline of
// models/ and writes CoNLL-U. NDJSON is streamed a line at a time; a bad line
// ends the run with one message naming the line (exit 1), so no document is
// silently missing from the output.
#include "cli/nlp_command.h"

#include <unistd.h>
#include <zlib.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "base/error.h"
#include "base/paths.h"
#include "cli/subcommand.h"
#include "nlp/conllu.h"
#include "nlp/model_io.h"
#include "nlp/pipeline.h"

namespace parley::cli {

namespace {

// Lines of a file or stdin, gzip-compressed or not.
class LineReader {
 public:
  explicit LineReader(const std::string& path) : name_(path == "-" ? "stdin" : path) {
    gz_ = path == "-" ? gzdopen(dup(fileno(stdin)), "rb") : gzopen(path.c_str(), "rb");
    if (gz_ == nullptr) throw Error(ErrorCode::kUnprocessable, "cannot open " + name_);
    gzbuffer(gz_, 1 << 17);
  }
  ~LineReader() { gzclose(gz_); }
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // The next line without its newline; false at the end. Bytes are kept as
  // they are (NUL included).
  bool Next(std::string* line) {
    line->clear();
    for (;;) {
      const size_t nl = buf_.find('\n', pos_);
      if (nl != std::string::npos) {
        line->append(buf_, pos_, nl - pos_);
        pos_ = nl + 1;
        return true;
      }
      line->append(buf_, pos_, std::string::npos);
      buf_.resize(1 << 16);
      pos_ = 0;
      const int n = gzread(gz_, buf_.data(), static_cast<unsigned>(buf_.size()));
      if (n < 0) throw Error(ErrorCode::kUnprocessable, "cannot read " + name_);
      buf_.resize(static_cast<size_t>(n));
      if (n == 0) return !line->empty();
    }
  }
  // The rest of the input, byte for byte.
  std::string Rest() {
    std::string out = buf_.substr(pos_);
    buf_.clear();
    pos_ = 0;
    char chunk[1 << 16];
    for (;;) {
      const int n = gzread(gz_, chunk, sizeof chunk);
      if (n < 0) throw Error(ErrorCode::kUnprocessable, "cannot read " + name_);
      if (n == 0) return out;
      out.append(chunk, static_cast<size_t>(n));
    }
  }
  const std::string& name() const { return name_; }

 private:
  gzFile gz_ = nullptr;
  std::string name_;
  std::string buf_;  // read but not yet returned: buf_[pos_..]
  size_t pos_ = 0;
};

// Clears every annotation a stage fills in, keeping tokens and sentences:
// what --pretokenized predicts must not be the gold it was given.
void ClearAnnotations(nlp::Document* doc) {
  for (auto& t : doc->tokens) {
    t.lemma.clear();
    t.upos = nlp::Upos::kUnknown;
    t.xpos.clear();
    t.feats.clear();
    t.head = -1;
    t.deprel.clear();
    t.ner.clear();
  }
  doc->entities.clear();
}

void Write(const nlp::Document& doc, bool newdoc, std::ostream& out) {
  if (newdoc) {
    std::string id = doc.id.empty() ? "-" : doc.id;
    for (char& c : id)
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    out << "# newdoc id = " << id << '\n';
  }
  nlp::WriteConllu(doc, out);
}

}  // namespace

int RunNlp(const Config& /*config*/, const std::vector<std::string>& args) {
  CLI::App app{"Tokenize, tag, lemmatize, parse and find names: text in, CoNLL-U out",
               "parley nlp"};
  std::vector<std::string> inputs;
  std::string format = "ndjson";
  std::string models;
  bool pretokenized = false, tokenize_only = false;
  app.add_option("inputs", inputs, "input files, gzip or plain (default or '-': stdin)");
  app.add_option("--format", format, "input format without --pretokenized: ndjson | text")
      ->check(CLI::IsMember({"ndjson", "text"}));
  app.add_flag("--pretokenized", pretokenized,
               "read CoNLL-U and fill in everything but the tokens and sentences");
  app.add_option("--models", models, "models directory (default: the project's models/)");
  app.add_flag("--tokenize-only", tokenize_only, "sentences and tokens only (no model is read)");
  if (!ParseSubcommand(app, args, "nlp")) return 0;
  if (models.empty()) models = (HomeDir() / "models").string();
  if (inputs.empty()) inputs.push_back("-");
  if (pretokenized && tokenize_only)
    throw Error(ErrorCode::kInvalidArgument,
                "--pretokenized and --tokenize-only exclude each other");

  nlp::PipelineOptions po;
  po.tokenizer = !pretokenized;
  po.models = !tokenize_only;
  const nlp::Pipeline pipeline = nlp::LoadPipeline(models, po);

  std::ios::sync_with_stdio(false);
  std::ostream& out = std::cout;
  if (pretokenized) {
    for (const auto& in : inputs) {
      nlp::Document doc;
      try {
        doc = nlp::ReadConlluFile(in == "-" ? "/dev/stdin" : in);
      } catch (const Error& e) {
        throw Error(ErrorCode::kUnprocessable, e.what());
      }
      ClearAnnotations(&doc);
      pipeline.Process(&doc);
      Write(doc, false, out);
    }
    out.flush();
    return 0;
  }
  std::string line;
  for (const auto& in : inputs) {
    LineReader reader(in);
    if (format == "text") {
      nlp::Document doc;
      doc.id = reader.name();
      doc.text = reader.Rest();
      pipeline.Process(&doc);
      Write(doc, true, out);
      continue;
    }
    long n = 0;
    while (reader.Next(&line)) {
      ++n;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      const std::string where = reader.name() + " line " + std::to_string(n) + ": ";
      nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.is_object())
        throw Error(ErrorCode::kUnprocessable, where + "not a JSON object");
      auto text = j.find("text");
      if (text == j.end() || !text->is_string())
        throw Error(ErrorCode::kUnprocessable, where + "no string \"text\"");
      nlp::Document doc;
      auto id = j.find("id");
      if (id != j.end() && id->is_string()) doc.id = id->get<std::string>();
      if (id != j.end() && id->is_number_integer()) doc.id = std::to_string(id->get<long long>());
      if (doc.id.empty()) doc.id = std::to_string(n);
      doc.text = text->get<std::string>();
      pipeline.Process(&doc);
      Write(doc, true, out);
    }
  }
  out.flush();
  if (!out) throw Error(ErrorCode::kInternal, "cannot write the output");
  return 0;
}

}  // namespace parley::cli
