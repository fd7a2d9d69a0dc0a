#include "shard.h"

#include "output.h"
#include "version.h"

#include "concord/file.h"
#include "concord/merge.h"

#include <cstdio>

namespace concord::cli {
namespace {

// Flags that have no meaning for one shard: they belong to the merge.
bool RefuseFlags(const ShardRequest& request) {
  if (request.format != "text" && request.format != "json") {
    PrintError("--shard writes a shard file (JSON) for concord merge; give --format " +
               request.format + " to concord merge instead");
    return true;
  }
  if (request.reports) {
    PrintError("--shard writes one shard file; give --report to concord merge instead");
    return true;
  }
  if (request.baselines) {
    PrintError("--shard does not apply baselines; give --baseline to concord merge instead");
    return true;
  }
  return false;
}

}  // namespace

ExitCode RunShard(const ShardRequest& request, const Engine& engine,
                  const std::vector<std::string>& files, const CheckOptions& options,
                  const Diagnostics& setup, const Diagnostics& input_errors) {
  ShardSpec spec;
  std::string error;
  if (!ParseShardSpec(request.spec, &spec, &error)) {
    PrintError(error);
    return kExitError;
  }
  if (RefuseFlags(request)) return kExitError;
  PrintDiagnostics(setup);
  PrintDiagnostics(input_errors);
  if (files.empty() && input_errors.empty()) {
    PrintError("no input files to check");
    return kExitError;
  }
  Shard shard;
  shard.tool_version = kVersion;
  shard.input_errors = input_errors;
  engine.CheckShard(files, spec, options, &shard);
  bool errors = HasErrors(input_errors);
  for (const ShardDocument& d : shard.documents) {
    PrintDiagnostics(d.diagnostics);
    errors = errors || HasErrors(d.diagnostics);
  }
  const std::string text = SerializeShard(shard);
  if (request.output.empty()) {
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
  } else if (Status s = WriteFileAtomically(request.output, text); !s.ok()) {
    PrintDiagnostics({Diagnostic::FromStatus(s)});
    return kExitError;
  }
  return errors ? kExitError : kExitOk;
}

}  // namespace concord::cli
