// concord: the command-line front end. Builds the CLI11 app from the
// subcommand registry, runs the chosen subcommand, and maps CLI11 errors and
// uncaught exceptions to the documented exit codes. No domain logic here.

#include "command.h"
#include "config.h"
#include "exit_code.h"
#include "version.h"

#include <csignal>
#include <cstdio>
#include <exception>
#include <vector>

namespace concord::cli {
namespace {

constexpr Command kCommands[] = {
    {"check", "Check statutes against rule packs and report met, partial, gap and conflict",
     SetupCheck},
    {"inspect", "Show a document's outline, ids, lines, definitions and metadata", SetupInspect},
    {"rules", "List, show, lint and test rule packs", SetupRules},
    {"explain", "Explain a rule: the norm, its basis, how it is checked, examples", SetupExplain},
    {"import", "Convert structured plain text or Markdown to Akoma Ntoso 3.0", SetupImport},
    {"diff", "Compare two runs: findings a change opens, closes and changes", SetupDiff},
    {"merge", "Merge the shard files of a check --shard K/N run into one report", SetupMerge},
    {"init", "Write a commented .concord.toml for this folder", SetupInit},
};

constexpr const char* kFooter =
    "Exit status: 0 nothing at or above --fail-on, 1 findings at or above it,\n"
    "2 usage, configuration or input error, 3 internal error.";

int Run(int argc, char** argv) {
  CLI::App app{"Concord: checks national legislation against international norms", "concord"};
  app.set_version_flag("--version", std::string("concord ") + kVersion);
  app.require_subcommand(1);
  app.footer(kFooter);
  std::vector<CommandRun> runs(std::size(kCommands));
  std::vector<CLI::App*> subcommands;
  for (size_t i = 0; i < std::size(kCommands); ++i) {
    CLI::App* sub = app.add_subcommand(kCommands[i].name, kCommands[i].description);
    kCommands[i].setup(sub, &runs[i]);
    subcommands.push_back(sub);
  }
  SetupConfig(&app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ConfigError& e) {  // .concord.toml: "path:line:col: error: ..."
    std::fprintf(stderr, "%s\n", e.what());
    return kExitError;
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitError;
  }
  for (size_t i = 0; i < subcommands.size(); ++i) {
    if (subcommands[i]->parsed() && runs[i]) return runs[i]();
  }
  return kExitError;
}

}  // namespace
}  // namespace concord::cli

int main(int argc, char** argv) {
  // A closed pipe (concord check | head) is not an error: writes fail quietly.
  std::signal(SIGPIPE, SIG_IGN);
  try {
    return concord::cli::Run(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "concord: internal error: %s\n", e.what());
    return concord::cli::kExitInternal;
  }
}
