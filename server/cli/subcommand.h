// Argument parsing shared by the subcommands that take their own flags
// (export, sql, nlp, train): CLI11 over the arguments after the subcommand's
// name, --help printed to stdout, bad usage as one Error.
//
// Not thread-safe: CLI11 apps are used by one thread.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace parley::cli {

// Parses `args` (in order) with `app`. Returns false when --help was asked
// for and printed (the command then exits 0), true when the command should
// run. Throws Error(kInvalidArgument) "NAME: what was wrong" on bad usage.
bool ParseSubcommand(CLI::App& app, const std::vector<std::string>& args, const std::string& name);

}  // namespace parley::cli
