// Subcommand argument parsing (subcommand.h).
#include "cli/subcommand.h"

#include <iostream>

#include "base/error.h"

namespace parley::cli {

bool ParseSubcommand(CLI::App& app, const std::vector<std::string>& args, const std::string& name) {
  std::vector<std::string> argv(args.rbegin(), args.rend());  // CLI11 wants them reversed
  try {
    app.parse(argv);
  } catch (const CLI::CallForHelp&) {
    std::cout << app.help();
    return false;
  } catch (const CLI::ParseError& e) {
    throw Error(ErrorCode::kInvalidArgument, name + ": " + e.what());
  }
  return true;
}

}  // namespace parley::cli
