// The exit codes of the concord command, documented in docs/cli.md and in
// `concord --help`.

#ifndef CONCORD_CLI_EXIT_CODE_H_
#define CONCORD_CLI_EXIT_CODE_H_

namespace concord::cli {

enum ExitCode : int {
  kExitOk = 0,        ///< nothing at or above --fail-on
  kExitFindings = 1,  ///< findings at or above --fail-on
  kExitError = 2,     ///< usage, configuration or input error (after checking what could be)
  kExitInternal = 3,  ///< a bug in Concord
};

}  // namespace concord::cli

#endif  // CONCORD_CLI_EXIT_CODE_H_
