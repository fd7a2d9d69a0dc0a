// concord check: statutes against rule packs, reported in the chosen formats.

#include "command.h"
#include "eval_flags.h"
#include "output.h"
#include "progress.h"
#include "shard.h"
#include "version.h"

#include "concord/baseline.h"
#include "concord/engine.h"
#include "concord/file.h"
#include "concord/report.h"

#include <filesystem>

namespace concord::cli {
namespace {

// The flags as given (ripgrep's low layer).
struct CheckFlags {
  std::vector<std::string> paths;
  EvalFlags eval;
  ReportFlags report;
  bool prune_baseline = false;
  std::string shard;
};

// The repository root SARIF paths are relative to: the nearest folder above
// the current one holding .git, else the current folder.
std::string RepositoryRoot() {
  std::error_code ec;
  std::filesystem::path dir = std::filesystem::current_path(ec);
  for (std::filesystem::path d = dir; !d.empty(); d = d.parent_path()) {
    if (std::filesystem::exists(d / ".git", ec)) return d.string();
    if (d == d.parent_path()) break;
  }
  return dir.string();
}

// The total size of the inputs, for the progress display.
uint64_t TotalBytes(const std::vector<std::string>& files) {
  uint64_t total = 0;
  std::error_code ec;
  for (const std::string& f : files) {
    auto size = std::filesystem::file_size(f, ec);
    if (!ec) total += size;
  }
  return total;
}

// Whether a finding counts towards exit code 1.
bool Fails(const Finding& f, const std::string& fail_on) {
  if (!f.fails() || fail_on == "never") return false;
  Severity threshold = Severity::kError;
  ParseSeverity(fail_on, &threshold);
  return f.severity >= threshold;
}

ExitCode RunCheck(const CheckFlags& flags) {
  Severity min_severity = Severity::kInfo;
  std::vector<OutputTarget> targets;
  if (!ParseReportFlags(flags.report, &min_severity, &targets)) return kExitError;

  EvalSetup setup;
  Baseline baseline;
  if (!flags.report.baseline.empty()) {
    Status s = LoadBaseline(flags.report.baseline, &baseline);
    if (!s.ok()) setup.diagnostics.push_back(Diagnostic::FromStatus(s));
  } else if (flags.prune_baseline) {
    setup.diagnostics.push_back(
        Diagnostic{DiagnosticLevel::kError, Location{}, "--prune-baseline needs --baseline FILE"});
  }
  if (!LoadEvalSetup(flags.eval, &setup)) return kExitError;
  const Engine& engine = *setup.engine;
  CheckOptions& options = setup.options;

  Diagnostics input_errors;
  std::vector<std::string> files = ExpandInputs(flags.paths, &input_errors);
  options.per_document = flags.eval.per_document ||
                         (files.size() == 1 && !flags.eval.framework && flags.paths.size() == 1);
  if (!flags.shard.empty()) {
    return RunShard(
        {flags.shard, flags.report.format, flags.report.output, !flags.report.reports.empty(),
         !flags.report.baseline.empty() || !flags.report.write_baseline.empty() ||
             flags.prune_baseline},
        engine, files, options, setup.diagnostics, input_errors);
  }

  Report report;
  report.tool_version = kVersion;
  report.diagnostics = setup.diagnostics;  // warnings from loading packs and profile
  {
    Progress progress(files.size(), TotalBytes(files), !flags.report.quiet && files.size() > 1);
    options.progress = progress.Callback();
    engine.CheckFiles(files, options, &report);
  }
  if (!flags.report.baseline.empty()) {
    report.baseline = flags.report.baseline;
    ApplyBaseline(baseline, &report);
  }
  report.diagnostics.insert(report.diagnostics.begin(), input_errors.begin(), input_errors.end());
  if (files.empty() && input_errors.empty()) {
    report.diagnostics.push_back(
        Diagnostic{DiagnosticLevel::kError, Location{}, "no input files to check"});
  }

  PrintDiagnostics(report.diagnostics);
  RenderOptions render = MakeRenderOptions(flags.report, min_severity);
  render.root = RepositoryRoot();
  if (!WriteReports(report, targets, render)) return kExitError;
  if (!flags.report.write_baseline.empty()) {
    Status s = WriteFileAtomically(flags.report.write_baseline, SerializeBaseline(report));
    if (!s.ok()) {
      PrintDiagnostics({Diagnostic::FromStatus(s)});
      return kExitError;
    }
  }
  if (flags.prune_baseline) {
    Status s = WriteFileAtomically(flags.report.baseline, PruneBaseline(baseline, report));
    if (!s.ok()) {
      PrintDiagnostics({Diagnostic::FromStatus(s)});
      return kExitError;
    }
  }
  if (HasErrors(report.diagnostics)) return kExitError;
  for (const Finding& f : report.findings) {
    if (Fails(f, flags.report.fail_on)) return kExitFindings;
  }
  return kExitOk;
}

}  // namespace

void SetupCheck(CLI::App* command, CommandRun* run) {
  auto flags = std::make_shared<CheckFlags>();
  command->add_option("paths", flags->paths, "Statutes to check: XML files, folders, globs")
      ->required();
  AddEvalFlags(command, &flags->eval, EvalCommand::kCheck);
  AddReportFlags(command, &flags->report);
  command->add_flag("--prune-baseline", flags->prune_baseline,
                    "Drop entries of --baseline that no longer occur (rewrites the file)");
  command
      ->add_option("--shard", flags->shard,
                   "Check the K-th of N parts of the inputs (K/N) and write a shard file for "
                   "concord merge")
      ->configurable(false);  // one value per process, never one for all
  *run = [flags] { return RunCheck(*flags); };
}

}  // namespace concord::cli
