// build/newsgraph: parse the command line, run one subcommand, return its code.
#include <exception>
#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) {
  using namespace newsgraph::cli;
  CLI::App app{"newsgraph: business news -> knowledge graph"};
  app.require_subcommand(1);
  CommonOptions common;
  CommandRunner run;
  AddExtractCommand(app, common, &run);
  AddTimexCommand(app, &run);
  AddIngestCommand(app, common, &run);
  AddQueryCommands(app, &run);
  AddServeCommand(app, &run);
  AddExportCommand(app, &run);
  // More commands register here (one line each).
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }
  // A command reports its own errors; anything that still escapes is a bug,
  // but it gets a message and an exit code rather than an abort.
  try {
    return run ? run() : kExitUsage;
  } catch (const std::exception& e) {
    std::cerr << "newsgraph: internal error: " << e.what() << "\n";
    return kExitUsage;
  }
}
