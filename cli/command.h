// The subcommand registry: each subcommand lives in its own file and exposes
// one setup function that declares its flags on a CLI11 subcommand and sets
// the function that runs it. main.cc lists them; nothing else is shared.

#ifndef CONCORD_CLI_COMMAND_H_
#define CONCORD_CLI_COMMAND_H_

#include "exit_code.h"

#include <functional>

#include <CLI/CLI.hpp>

namespace concord::cli {

/// Runs a parsed subcommand and says how the process should exit.
using CommandRun = std::function<ExitCode()>;

/// Declares a subcommand's flags on `command` and stores its runner in *run.
using CommandSetup = void (*)(CLI::App* command, CommandRun* run);

/// A registry entry.
struct Command {
  const char* name;
  const char* description;
  CommandSetup setup;
};

// One per file in cli/.
void SetupCheck(CLI::App* command, CommandRun* run);
void SetupInspect(CLI::App* command, CommandRun* run);
void SetupRules(CLI::App* command, CommandRun* run);
void SetupExplain(CLI::App* command, CommandRun* run);
void SetupImport(CLI::App* command, CommandRun* run);
void SetupDiff(CLI::App* command, CommandRun* run);
void SetupMerge(CLI::App* command, CommandRun* run);
void SetupInit(CLI::App* command, CommandRun* run);

}  // namespace concord::cli

#endif  // CONCORD_CLI_COMMAND_H_
