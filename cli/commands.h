// The subcommands of build/newsgraph. Each Add*Command registers one
// subcommand; when the command line selects it, *run is set to the function
// that does the work and returns the exit code (see ExitCode).
#ifndef NEWSGRAPH_CLI_COMMANDS_H_
#define NEWSGRAPH_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

namespace newsgraph::cli {

// Exit codes, documented in the README: scripts depend on them.
enum ExitCode : int {
  kExitOk = 0,
  kExitRejected = 1,  // some inputs were rejected; the rest went through
  kExitUsage = 2,     // bad command line, missing data directory, bad database
};

// Options every command that extracts shares.
struct CommonOptions {
  std::string data_dir;                   // "" = the compiled-in default
  std::vector<std::string> lexicon_dirs;  // --lexicon DIR, repeatable
  bool strict = false;                    // stop at the first rejected input
};

using CommandRunner = std::function<int()>;

void AddExtractCommand(CLI::App& app, CommonOptions& common, CommandRunner* run);
void AddTimexCommand(CLI::App& app, CommandRunner* run);
void AddIngestCommand(CLI::App& app, CommonOptions& common, CommandRunner* run);
void AddQueryCommands(CLI::App& app, CommandRunner* run);  // timeline, neighbors, path, ego, entity, alias, stats
void AddServeCommand(CLI::App& app, CommandRunner* run);
void AddExportCommand(CLI::App& app, CommandRunner* run);

}  // namespace newsgraph::cli

#endif  // NEWSGRAPH_CLI_COMMANDS_H_
