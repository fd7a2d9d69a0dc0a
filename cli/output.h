// Where reports go: stdout or files, one format each; and how diagnostics are
// printed. Shared by the subcommands that write reports.

#ifndef CONCORD_CLI_OUTPUT_H_
#define CONCORD_CLI_OUTPUT_H_

#include "exit_code.h"

#include "concord/diagnostic.h"
#include "concord/report.h"

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace concord::cli {

/// The report flags `check` and `merge` share, as given.
struct ReportFlags {
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

/// Declares --format, -o, --report, --fail-on, --min-severity, -q, -v,
/// --no-color, --baseline and --write-baseline.
void AddReportFlags(CLI::App* command, ReportFlags* flags);

/// Checks --min-severity and --fail-on and sets *min_severity; prints why
/// and returns false if either is unknown.
bool ParseSeverityFlags(const ReportFlags& flags, Severity* min_severity);

/// Colour and verbosity from the flags.
RenderOptions MakeRenderOptions(const ReportFlags& flags, Severity min_severity);

/// One report to write: a format and a file ("" for stdout).
struct OutputTarget {
  ReportFormat format = ReportFormat::kText;
  std::string path;
};

/// Builds the targets from --format/--output and the --report FORMAT=FILE
/// list. Refuses unknown formats (with a suggestion) and two reports to one file.
bool ParseTargets(const std::string& format, const std::string& output,
                  const std::vector<std::string>& reports, std::vector<OutputTarget>* targets,
                  std::string* error);

/// ParseSeverityFlags, then ParseTargets for the flags' format, output and
/// reports; prints why and returns false if any is wrong.
bool ParseReportFlags(const ReportFlags& flags, Severity* min_severity,
                      std::vector<OutputTarget>* targets);

/// True if text on stdout should be coloured: a terminal, no NO_COLOR, no
/// --no-color, TERM not "dumb".
bool UseColor(bool no_color_flag);

/// Renders `report` to every target; files are written atomically. Returns
/// false (after printing why) if a file could not be written.
bool WriteReports(const Report& report, const std::vector<OutputTarget>& targets,
                  const RenderOptions& options);

/// Prints diagnostics to stderr, one per line.
void PrintDiagnostics(const Diagnostics& diagnostics);

/// Prints "concord: error: message" to stderr.
void PrintError(const std::string& message);

/// The closest of `candidates` to `word` within a small edit distance, or "".
std::string Suggest(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace concord::cli

#endif  // CONCORD_CLI_OUTPUT_H_
