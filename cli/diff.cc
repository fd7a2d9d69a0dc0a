// concord diff BASE HEAD: what a change to the legislation closes, opens and
// changes. Each side is a JSON report (`concord check --format json`) or
// files and folders, checked here with the same options on both sides.

#include "concord/diff.h"

#include "command.h"
#include "eval_flags.h"
#include "output.h"
#include "version.h"

#include "concord/file.h"
#include "concord/report.h"

#include <cstdio>
#include <filesystem>

namespace concord::cli {
namespace {

namespace fs = std::filesystem;

struct DiffFlags {
  std::string base;
  std::string head;
  EvalFlags eval;
  std::string format = "text";
  std::string output;
  std::string fail_on = "error";
  std::string min_severity = "info";
  bool quiet = false;
  bool verbose = false;
};

// A side given as a saved report: an existing file named *.json.
bool IsReport(const std::string& path) {
  std::error_code ec;
  return fs::is_regular_file(path, ec) && fs::path(path).extension() == ".json";
}

bool ReadReport(const std::string& path, Report* report) {
  std::string text;
  Status status = ReadFile(path, &text);
  if (status.ok()) status = ParseJsonReport(text, report);
  if (!status.ok()) {
    PrintError(path + ": " + status.message());
    return false;
  }
  return true;
}

// The mode both sides are checked in: the flags, else a saved report's,
// else per-document for two single files as `check` does for one.
bool PerDocument(const DiffFlags& flags, const Report* saved) {
  if (flags.eval.per_document) return true;
  if (flags.eval.framework) return false;
  if (saved) return saved->mode == "per-document";
  std::error_code ec;
  return fs::is_regular_file(flags.base, ec) && fs::is_regular_file(flags.head, ec);
}

// Checks one side; its diagnostics are appended to *diagnostics.
void CheckSide(const EvalSetup& setup, const std::string& side, Report* report,
               Diagnostics* diagnostics) {
  std::vector<std::string> files = ExpandInputs({side}, diagnostics);
  if (files.empty()) return;
  report->tool_version = kVersion;
  setup.engine->CheckFiles(files, setup.options, report);
  diagnostics->insert(diagnostics->end(), report->diagnostics.begin(), report->diagnostics.end());
}

bool ParseFlags(const DiffFlags& flags, DiffFormat* format, Severity* fail_on,
                Severity* min_severity) {
  if (!ParseDiffFormat(flags.format, format)) {
    const std::string suggestion = Suggest(flags.format, {"text", "json", "markdown"});
    PrintError("unknown diff format '" + flags.format + "'" +
               (suggestion.empty() ? "" : ", did you mean '" + suggestion + "'?") +
               " (formats: text, json, markdown)");
    return false;
  }
  if (!ParseSeverity(flags.min_severity, min_severity)) {
    PrintError("--min-severity takes error, warning or info, not '" + flags.min_severity + "'");
    return false;
  }
  if (flags.fail_on != "never" && !ParseSeverity(flags.fail_on, fail_on)) {
    PrintError("--fail-on takes error, warning, info or never, not '" + flags.fail_on + "'");
    return false;
  }
  return true;
}

ExitCode RunDiff(const DiffFlags& flags) {
  DiffFormat format = DiffFormat::kText;
  Severity fail_on = Severity::kError;
  Severity min_severity = Severity::kInfo;
  if (!ParseFlags(flags, &format, &fail_on, &min_severity)) return kExitError;

  Report base, head;
  const bool base_saved = IsReport(flags.base);
  const bool head_saved = IsReport(flags.head);
  if (base_saved && !ReadReport(flags.base, &base)) return kExitError;
  if (head_saved && !ReadReport(flags.head, &head)) return kExitError;
  Diagnostics diagnostics;
  if (!base_saved || !head_saved) {
    EvalSetup setup;
    if (!LoadEvalSetup(flags.eval, &setup)) return kExitError;
    setup.options.per_document = PerDocument(flags, base_saved   ? &base
                                                    : head_saved ? &head
                                                                 : nullptr);
    if (!base_saved) CheckSide(setup, flags.base, &base, &diagnostics);
    if (!head_saved) CheckSide(setup, flags.head, &head, &diagnostics);
    if (base.mode.empty()) base.mode = head.mode;  // a side with no input
    if (head.mode.empty()) head.mode = base.mode;
  }
  PrintDiagnostics(diagnostics);

  ReportDiff diff;
  Status status = DiffReports(base, head, &diff);
  if (!status.ok()) {
    PrintError(status.message());
    return kExitError;
  }
  diff.tool_version = kVersion;
  diff.base_label = flags.base;
  diff.head_label = flags.head;
  DiffRenderOptions render;
  render.min_severity = min_severity;
  render.verbosity = flags.quiet ? 0 : (flags.verbose ? 2 : 1);
  const std::string text = RenderDiff(diff, format, render);
  if (!flags.output.empty() && flags.output != "-") {
    Status s = WriteFileAtomically(flags.output, text);
    if (!s.ok()) {
      PrintDiagnostics({Diagnostic::FromStatus(s)});
      return kExitError;
    }
  } else {
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
  }
  if (HasErrors(diagnostics)) return kExitError;
  return flags.fail_on != "never" && diff.Fails(fail_on) ? kExitFindings : kExitOk;
}

}  // namespace

void SetupDiff(CLI::App* command, CommandRun* run) {
  auto flags = std::make_shared<DiffFlags>();
  command->add_option("base", flags->base, "Before: a file, a folder or a JSON report")->required();
  command->add_option("head", flags->head, "After: a file, a folder or a JSON report")->required();
  AddEvalFlags(command, &flags->eval, EvalCommand::kDiff);
  command->add_option("--format", flags->format, "Output format: text, json, markdown")
      ->capture_default_str();
  command->add_option("-o,--output", flags->output, "Write the diff to FILE instead of stdout");
  command
      ->add_option("--fail-on", flags->fail_on,
                   "Exit 1 when a new or worse finding is at or above this severity: error, "
                   "warning, info, never")
      ->capture_default_str();
  command
      ->add_option("--min-severity", flags->min_severity,
                   "Show entries at or above: error, warning, info")
      ->capture_default_str();
  command->add_flag("-q,--quiet", flags->quiet, "One line per entry");
  command->add_flag("-v,--verbose", flags->verbose, "Also fingerprints");
  *run = [flags] { return RunDiff(*flags); };
}

}  // namespace concord::cli
