// Rendering a Report in the formats users and CI read.
//
// One renderer per format (lib/report/<format>.cc): text for terminals,
// json (docs/report.schema.json), SARIF 2.1.0 for code scanning, JUnit XML
// for CI dashboards, Markdown and HTML concordance tables for national
// reports, and CSV. Renderers read only the Report; they never evaluate.
//
// Thread-safety: RenderReport is thread-safe for distinct outputs.

#ifndef CONCORD_REPORT_H_
#define CONCORD_REPORT_H_

#include "concord/finding.h"
#include "concord/status.h"

#include <string>
#include <string_view>
#include <vector>

namespace concord {

/// Output formats.
enum class ReportFormat : uint8_t { kText, kJson, kSarif, kJunit, kMarkdown, kHtml, kCsv };

/// "text", "json", "sarif", "junit", "markdown", "html", "csv".
const char* ReportFormatName(ReportFormat format);
/// Parses a format name (also "md" for markdown); false if unknown.
bool ParseReportFormat(std::string_view name, ReportFormat* format);
/// Every format name, for help text and "did you mean".
std::vector<std::string> ReportFormatNames();

/// How to render.
struct RenderOptions {
  /// ANSI colour in text output. The CLI sets it only for a terminal without
  /// NO_COLOR or --no-color. Default: false.
  bool color = false;
  /// 0 quiet (failures only, no quotes), 1 normal, 2 verbose (met too, all
  /// evidence). Default: 1.
  int verbosity = 1;
  /// Findings below this severity are not shown. Default: info (all).
  Severity min_severity = Severity::kInfo;
  /// SARIF artifact locations and links are made relative to this folder.
  /// Default: empty (the current folder). (The "= {}" lets designated
  /// initializers leave it out without a -Wmissing-field-initializers warning.)
  std::string root = {};
};

/// Renders `report` as `format` into *out.
Status RenderReport(const Report& report, ReportFormat format, const RenderOptions& options,
                    std::string* out);

/// Reads a JSON report (docs/report.schema.json, version 1) back into
/// *report, e.g. for `concord diff` of two saved reports. Rendering the result
/// as JSON again gives the same text. Fields the reader does not know are
/// ignored; a missing field keeps its default. Returns ParseError for text
/// that is not JSON or not a report, Unsupported for another schema version.
Status ParseJsonReport(std::string_view json, Report* report);

}  // namespace concord

#endif  // CONCORD_REPORT_H_
