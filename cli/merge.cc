// concord merge SHARD...: the shard files of one `check --shard K/N` run,
// merged into the report a single `concord check` over all the inputs
// writes, in any format, with the same exit code.

#include "concord/merge.h"

#include "command.h"
#include "eval_flags.h"
#include "output.h"
#include "version.h"

#include "concord/baseline.h"
#include "concord/file.h"
#include "concord/report.h"

namespace concord::cli {
namespace {

struct MergeFlags {
  std::vector<std::string> shards;
  EvalFlags eval;
  ReportFlags report;
};

bool ReadShards(const std::vector<std::string>& paths, std::vector<Shard>* shards) {
  for (const std::string& path : paths) {
    std::string text;
    Shard shard;
    Status status = ReadFile(path, &text);
    if (status.ok()) status = ParseShard(text, path, &shard);
    if (status.ok() && shard.tool_version != kVersion) {
      status = Status::InvalidArgument("written by concord " + shard.tool_version +
                                           ", this is concord " + kVersion +
                                           ": merge with the version that checked",
                                       Location{path});
    }
    if (!status.ok()) {
      PrintDiagnostics({Diagnostic::FromStatus(status)});
      return false;
    }
    shards->push_back(std::move(shard));
  }
  return true;
}

// The exit code check gives for this report.
ExitCode Outcome(const Report& report, const std::string& fail_on) {
  if (HasErrors(report.diagnostics)) return kExitError;
  if (fail_on == "never") return kExitOk;
  Severity threshold = Severity::kError;
  ParseSeverity(fail_on, &threshold);
  for (const Finding& f : report.findings) {
    if (f.fails() && f.severity >= threshold) return kExitFindings;
  }
  return kExitOk;
}

ExitCode RunMerge(const MergeFlags& flags) {
  Severity min_severity = Severity::kInfo;
  std::vector<OutputTarget> targets;
  if (!ParseReportFlags(flags.report, &min_severity, &targets)) return kExitError;
  EvalSetup setup;
  if (!LoadEvalSetup(flags.eval, &setup)) return kExitError;
  Baseline baseline;
  if (!flags.report.baseline.empty()) {
    if (Status s = LoadBaseline(flags.report.baseline, &baseline); !s.ok()) {
      PrintDiagnostics({Diagnostic::FromStatus(s)});
      return kExitError;
    }
  }
  std::vector<Shard> shards;
  if (!ReadShards(flags.shards, &shards)) return kExitError;

  Report report;
  report.tool_version = kVersion;
  report.diagnostics = setup.diagnostics;
  if (Status s = setup.engine->MergeShards(shards, setup.options, &report); !s.ok()) {
    PrintDiagnostics({Diagnostic::FromStatus(s)});
    return kExitError;
  }
  // As check orders them: the inputs' own errors first.
  const Diagnostics& input_errors = shards.front().input_errors;
  report.diagnostics.insert(report.diagnostics.begin(), input_errors.begin(), input_errors.end());
  if (shards.front().inputs == 0 && input_errors.empty()) {
    report.diagnostics.push_back(
        Diagnostic{DiagnosticLevel::kError, Location{}, "no input files to check"});
  }
  if (!flags.report.baseline.empty()) {
    report.baseline = flags.report.baseline;
    ApplyBaseline(baseline, &report);
  }
  PrintDiagnostics(report.diagnostics);
  RenderOptions render = MakeRenderOptions(flags.report, min_severity);
  if (!WriteReports(report, targets, render)) return kExitError;
  if (!flags.report.write_baseline.empty()) {
    if (Status s = WriteFileAtomically(flags.report.write_baseline, SerializeBaseline(report));
        !s.ok()) {
      PrintDiagnostics({Diagnostic::FromStatus(s)});
      return kExitError;
    }
  }
  return Outcome(report, flags.report.fail_on);
}

}  // namespace

void SetupMerge(CLI::App* command, CommandRun* run) {
  auto flags = std::make_shared<MergeFlags>();
  command->add_option("shards", flags->shards, "Shard files written by concord check --shard K/N")
      ->required();
  AddEvalFlags(command, &flags->eval, EvalCommand::kMerge);
  AddReportFlags(command, &flags->report);
  *run = [flags] { return RunMerge(*flags); };
}

}  // namespace concord::cli
