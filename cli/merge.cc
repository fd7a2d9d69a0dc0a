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
  std::string format = "text";
  std::string output;
  std::vector<std::string> reports;
  std::string fail_on = "error";
  std::string min_severity = "info";
  bool quiet = false;
  bool verbose = false;
  bool no_color = false;
  std::string baseline;
  std::string write_baseline;
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

bool ParseSeverities(const MergeFlags& flags, Severity* min_severity) {
  Severity ignored;
  if (!ParseSeverity(flags.min_severity, min_severity)) {
    PrintError("--min-severity takes error, warning or info, not '" + flags.min_severity + "'");
    return false;
  }
  if (flags.fail_on != "never" && !ParseSeverity(flags.fail_on, &ignored)) {
    PrintError("--fail-on takes error, warning, info or never, not '" + flags.fail_on + "'");
    return false;
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
  if (!ParseSeverities(flags, &min_severity)) return kExitError;
  std::vector<OutputTarget> targets;
  std::string error;
  if (!ParseTargets(flags.format, flags.output, flags.reports, &targets, &error)) {
    PrintError(error);
    return kExitError;
  }
  EvalSetup setup;
  if (!LoadEvalSetup(flags.eval, &setup)) return kExitError;
  Baseline baseline;
  if (!flags.baseline.empty()) {
    if (Status s = LoadBaseline(flags.baseline, &baseline); !s.ok()) {
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
  if (!flags.baseline.empty()) {
    report.baseline = flags.baseline;
    ApplyBaseline(baseline, &report);
  }
  PrintDiagnostics(report.diagnostics);
  RenderOptions render;
  render.color = UseColor(flags.no_color);
  render.verbosity = flags.quiet ? 0 : (flags.verbose ? 2 : 1);
  render.min_severity = min_severity;
  if (!WriteReports(report, targets, render)) return kExitError;
  if (!flags.write_baseline.empty()) {
    if (Status s = WriteFileAtomically(flags.write_baseline, SerializeBaseline(report)); !s.ok()) {
      PrintDiagnostics({Diagnostic::FromStatus(s)});
      return kExitError;
    }
  }
  return Outcome(report, flags.fail_on);
}

}  // namespace

void SetupMerge(CLI::App* command, CommandRun* run) {
  auto flags = std::make_shared<MergeFlags>();
  command->add_option("shards", flags->shards, "Shard files written by concord check --shard K/N")
      ->required();
  AddEvalFlags(command, &flags->eval, /*evaluate=*/false);
  command
      ->add_option("--format", flags->format,
                   "Output format: text, json, sarif, junit, markdown, html, csv")
      ->capture_default_str();
  command->add_option("-o,--output", flags->output, "Write the report to FILE instead of stdout");
  command->add_option("--report", flags->reports,
                      "Also write FORMAT=FILE (repeatable), e.g. --report sarif=out.sarif");
  command
      ->add_option("--fail-on", flags->fail_on,
                   "Exit 1 when a finding at or above this severity fails: error, warning, "
                   "info, never")
      ->capture_default_str();
  command
      ->add_option("--min-severity", flags->min_severity,
                   "Show findings at or above: error, warning, info")
      ->capture_default_str();
  command->add_flag("-q,--quiet", flags->quiet, "Failures only, without quotes");
  command->add_flag("-v,--verbose", flags->verbose, "Also met norms and all evidence");
  command->add_flag("--no-color", flags->no_color, "No colour (also: NO_COLOR=1)");
  command->add_option("--baseline", flags->baseline,
                      "Hide findings recorded in this baseline; only new ones fail");
  command->add_option("--write-baseline", flags->write_baseline,
                      "Record the current failing findings in FILE");
  *run = [flags] { return RunMerge(*flags); };
}

}  // namespace concord::cli
