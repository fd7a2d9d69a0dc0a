// `concord check --shard K/N`: check.cc hands its loaded engine and expanded
// inputs here, and a shard file (lib/include/concord/merge.h) is written
// instead of a report, for `concord merge`.

#ifndef CONCORD_CLI_SHARD_H_
#define CONCORD_CLI_SHARD_H_

#include "exit_code.h"

#include "concord/engine.h"

#include <string>
#include <vector>

namespace concord::cli {

/// What check was asked for, as far as a shard run cares.
struct ShardRequest {
  std::string spec;        ///< --shard K/N
  std::string format;      ///< --format: text (the default) or json
  std::string output;      ///< --output, "" for stdout
  bool reports = false;    ///< --report given: refused
  bool baselines = false;  ///< --baseline, --write-baseline or --prune-baseline: refused
};

/// Checks the shard's part of `files` and writes the shard file. Exit 0, or
/// 2 after writing it when an input could not be read (or before, for bad
/// flags). `setup` holds the pack and profile warnings, `input_errors` the
/// diagnostics of expanding the inputs; both are printed.
ExitCode RunShard(const ShardRequest& request, const Engine& engine,
                  const std::vector<std::string>& files, const CheckOptions& options,
                  const Diagnostics& setup, const Diagnostics& input_errors);

}  // namespace concord::cli

#endif  // CONCORD_CLI_SHARD_H_
