// `parley sql`: flags → store::SqlRequest → CSV or JSON on stdout.
#include "cli/sql_command.h"

#include <CLI/CLI.hpp>
#include <iostream>
#include <iterator>

#include "base/error.h"
#include "cli/subcommand.h"
#include "export/sql_answer.h"

namespace parley::cli {

int RunSql(const Config& config, store::Store& store, const std::vector<std::string>& args) {
  CLI::App app(
      "Run one read-only SELECT over the views entities, events, participants, evidence, "
      "documents and dyads (see README: SQL). SQL '-' reads it from stdin.",
      "parley sql");
  std::string sql, format = "csv";
  std::vector<std::string> params;
  int limit = config.sql_max_rows;
  app.add_option("sql", sql, "the SELECT statement, or - for stdin")->required();
  app.add_option("--format,-f", format, "csv or json")->check(CLI::IsMember({"csv", "json"}));
  app.add_option("--param,-p", params, "NAME=VALUE binds :NAME (a text value); repeatable");
  app.add_option("--limit", limit, "most rows to print (default: the sql_max_rows setting)")
      ->check(CLI::Range(1, 1000000));
  if (!ParseSubcommand(app, args, "sql")) return 0;
  if (!config.sql_enabled)
    throw Error(ErrorCode::kInvalidArgument, "sql: disabled by the setting sql_enabled");
  store::SqlRequest req;
  req.sql = sql == "-" ? std::string(std::istreambuf_iterator<char>(std::cin), {}) : sql;
  for (const auto& p : params) {
    const size_t eq = p.find('=');
    if (eq == std::string::npos || eq == 0)
      throw Error(ErrorCode::kInvalidArgument, "sql: --param expects NAME=VALUE, got '" + p + "'");
    req.named.emplace_back(p.substr(0, eq), p.substr(eq + 1));
  }
  req.max_rows = limit;
  req.timeout_ms = config.sql_timeout_ms;
  const store::SqlAnswer answer = store.RunSql(req);
  std::cout << (format == "json" ? exports::SqlAnswerJson(answer) + "\n"
                                 : exports::SqlAnswerCsv(answer));
  if (answer.truncated) std::cerr << "parley sql: truncated at " << limit << " rows (--limit)\n";
  return 0;
}

}  // namespace parley::cli
