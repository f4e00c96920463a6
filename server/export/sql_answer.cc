// CSV and JSON renderings of SQL answers.
#include "export/sql_answer.h"

#include <nlohmann/json.hpp>
#include <variant>

namespace parley::exports {
namespace {

using nlohmann::json;

json Value(const store::SqlValue& v) {
  if (std::holds_alternative<int64_t>(v)) return std::get<int64_t>(v);
  if (std::holds_alternative<double>(v)) return std::get<double>(v);
  if (std::holds_alternative<std::string>(v)) return std::get<std::string>(v);
  return nullptr;
}

void Quoted(std::string* out, const std::string& s) {
  *out += '"';
  for (char c : s) {
    if (c == '"') *out += '"';
    *out += c;
  }
  *out += '"';
}

void Field(std::string* out, const store::SqlValue& v) {
  if (std::holds_alternative<int64_t>(v)) {
    *out += std::to_string(std::get<int64_t>(v));
  } else if (std::holds_alternative<double>(v)) {
    *out += json(std::get<double>(v)).dump();
  } else if (std::holds_alternative<std::string>(v)) {
    Quoted(out, std::get<std::string>(v));
  }
}

}  // namespace

std::string SqlAnswerJson(const store::SqlAnswer& answer) {
  json rows = json::array();
  for (const auto& row : answer.rows) {
    json line = json::array();
    for (const auto& v : row) line.push_back(Value(v));
    rows.push_back(std::move(line));
  }
  return json({{"columns", answer.columns},
               {"rows", rows},
               {"truncated", answer.truncated},
               {"row_count", answer.rows.size()},
               {"elapsed_ms", static_cast<double>(answer.elapsed_us) / 1000.0}})
      .dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string SqlAnswerCsv(const store::SqlAnswer& answer) {
  std::string out;
  for (size_t c = 0; c < answer.columns.size(); ++c) {
    if (c) out += ',';
    Quoted(&out, answer.columns[c]);
  }
  out += "\r\n";
  for (const auto& row : answer.rows) {
    for (size_t c = 0; c < row.size(); ++c) {
      if (c) out += ',';
      Field(&out, row[c]);
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace parley::exports
