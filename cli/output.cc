#include "output.h"

#include "concord/file.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <set>
#include <unistd.h>

namespace concord::cli {
namespace {

size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

bool ParseFormat(const std::string& name, ReportFormat* format, std::string* error) {
  if (ParseReportFormat(name, format)) return true;
  std::string suggestion = Suggest(name, ReportFormatNames());
  *error = "unknown format '" + name + "'" +
           (suggestion.empty() ? "" : ", did you mean '" + suggestion + "'?") +
           " (formats: text, json, sarif, junit, markdown, html, csv)";
  return false;
}

}  // namespace

std::string Suggest(const std::string& word, const std::vector<std::string>& candidates) {
  std::string best;
  size_t best_distance = std::max<size_t>(2, word.size() / 3) + 1;
  for (const std::string& c : candidates) {
    size_t d = EditDistance(word, c);
    if (d < best_distance) {
      best_distance = d;
      best = c;
    }
  }
  return best;
}

void AddReportFlags(CLI::App* command, ReportFlags* flags) {
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
}

bool ParseSeverityFlags(const ReportFlags& flags, Severity* min_severity) {
  if (!ParseSeverity(flags.min_severity, min_severity)) {
    PrintError("--min-severity takes error, warning or info, not '" + flags.min_severity + "'");
    return false;
  }
  Severity ignored;
  if (flags.fail_on != "never" && !ParseSeverity(flags.fail_on, &ignored)) {
    PrintError("--fail-on takes error, warning, info or never, not '" + flags.fail_on + "'");
    return false;
  }
  return true;
}

bool ParseReportFlags(const ReportFlags& flags, Severity* min_severity,
                      std::vector<OutputTarget>* targets) {
  if (!ParseSeverityFlags(flags, min_severity)) return false;
  std::string error;
  if (!ParseTargets(flags.format, flags.output, flags.reports, targets, &error)) {
    PrintError(error);
    return false;
  }
  return true;
}

RenderOptions MakeRenderOptions(const ReportFlags& flags, Severity min_severity) {
  RenderOptions render;
  render.color = UseColor(flags.no_color);
  render.verbosity = flags.quiet ? 0 : (flags.verbose ? 2 : 1);
  render.min_severity = min_severity;
  return render;
}

bool ParseTargets(const std::string& format, const std::string& output,
                  const std::vector<std::string>& reports, std::vector<OutputTarget>* targets,
                  std::string* error) {
  OutputTarget main;
  if (!ParseFormat(format, &main.format, error)) return false;
  main.path = output == "-" ? "" : output;  // "-": standard output, as usual
  targets->push_back(main);
  for (const std::string& spec : reports) {
    size_t eq = spec.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == spec.size()) {
      *error = "--report takes FORMAT=FILE, not '" + spec + "'";
      return false;
    }
    OutputTarget t;
    if (!ParseFormat(spec.substr(0, eq), &t.format, error)) return false;
    t.path = spec.substr(eq + 1);
    if (t.path == "-") t.path.clear();
    targets->push_back(t);
  }
  std::set<std::string> seen;
  for (const OutputTarget& t : *targets) {
    std::string key = t.path.empty() ? "-" : t.path;
    if (!seen.insert(key).second) {
      *error = "two reports would be written to " +
               (t.path.empty() ? std::string("standard output") : t.path) +
               "; give each format its own file";
      return false;
    }
  }
  return true;
}

bool UseColor(bool no_color_flag) {
  if (no_color_flag) return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  const char* term = std::getenv("TERM");
  if (term && std::strcmp(term, "dumb") == 0) return false;
  return ::isatty(STDOUT_FILENO) != 0;
}

bool WriteReports(const Report& report, const std::vector<OutputTarget>& targets,
                  const RenderOptions& options) {
  bool ok = true;
  for (const OutputTarget& t : targets) {
    RenderOptions o = options;
    o.color = options.color && t.path.empty() && t.format == ReportFormat::kText;
    std::string text;
    Status status = RenderReport(report, t.format, o, &text);
    if (status.ok() && !t.path.empty()) status = WriteFileAtomically(t.path, text);
    if (!status.ok()) {
      std::fprintf(stderr, "%s\n", status.ToString().c_str());
      ok = false;
      continue;
    }
    if (t.path.empty()) {
      // A closed pipe or a full disk is an error, not a silent success.
      errno = 0;
      bool written = std::fwrite(text.data(), 1, text.size(), stdout) == text.size();
      // A reader that went away (`| head`) stopped reading on purpose.
      if ((std::fflush(stdout) != 0 || !written) && errno != EPIPE) {
        PrintError(std::string("cannot write to standard output: ") +
                   std::strerror(errno != 0 ? errno : EIO));
        ok = false;
      }
    }
  }
  return ok;
}

void PrintDiagnostics(const Diagnostics& diagnostics) {
  for (const Diagnostic& d : diagnostics) std::fprintf(stderr, "%s\n", d.ToString().c_str());
}

void PrintError(const std::string& message) {
  std::fprintf(stderr, "concord: error: %s\n", message.c_str());
}

}  // namespace concord::cli
