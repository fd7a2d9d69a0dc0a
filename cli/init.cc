// concord init [PATH...]: writes a commented .concord.toml in the current
// folder, listing every `concord check` option with its help and default.

#include "command.h"
#include "config.h"
#include "output.h"

#include "concord/file.h"

#include <cstdio>
#include <filesystem>

namespace concord::cli {
namespace {

struct InitFlags {
  std::vector<std::string> paths;
  bool force = false;
};

ExitCode RunInit(const CLI::App& root, const InitFlags& flags) {
  std::error_code ec;
  if (std::filesystem::exists(kConfigName, ec) && !flags.force) {
    PrintError(std::string(kConfigName) + " already exists; --force overwrites it");
    return kExitError;
  }
  const CLI::App* check = root.get_subcommand("check");
  const std::vector<std::string> paths =
      flags.paths.empty() ? std::vector<std::string>{"."} : flags.paths;
  if (Status s = WriteFileAtomically(kConfigName, ConfigTemplate(*check, paths)); !s.ok()) {
    PrintDiagnostics({Diagnostic::FromStatus(s)});
    return kExitError;
  }
  std::printf("wrote %s: edit it, then run concord check\n", kConfigName);
  return kExitOk;
}

}  // namespace

void SetupInit(CLI::App* command, CommandRun* run) {
  auto flags = std::make_shared<InitFlags>();
  command->add_option("paths", flags->paths,
                      "What concord check checks when given no path (default: this folder)");
  command->add_flag("-f,--force", flags->force, "Overwrite an existing .concord.toml");
  const CLI::App* root = command->get_parent();
  *run = [root, flags] { return RunInit(*root, *flags); };
}

}  // namespace concord::cli
