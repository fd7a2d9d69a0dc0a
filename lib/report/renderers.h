// The renderers behind RenderReport, one per file (text.cc, json.cc, ...).
// Private to lib/report.

#ifndef CONCORD_REPORT_RENDERERS_H_
#define CONCORD_REPORT_RENDERERS_H_

#include "concord/finding.h"
#include "concord/report.h"

#include <string>

namespace concord::detail {

/// The tool's display name (SARIF driver name, HTML footer).
inline constexpr const char* kToolName = "Concord";
/// The tool's home page (SARIF informationUri, JSON tool.information_uri).
inline constexpr const char* kToolUri = "https://concord.dev";
/// The JSON report format's identifier and version (docs/report.schema.json).
inline constexpr const char* kJsonSchemaId = "https://concord.dev/report/1";
inline constexpr int kJsonVersion = 1;

void RenderText(const Report& report, const RenderOptions& options, std::string* out);
void RenderJson(const Report& report, const RenderOptions& options, std::string* out);
void RenderSarif(const Report& report, const RenderOptions& options, std::string* out);
void RenderJunit(const Report& report, const RenderOptions& options, std::string* out);
void RenderMarkdown(const Report& report, const RenderOptions& options, std::string* out);
void RenderHtml(const Report& report, const RenderOptions& options, std::string* out);
void RenderCsv(const Report& report, const RenderOptions& options, std::string* out);

}  // namespace concord::detail

#endif  // CONCORD_REPORT_RENDERERS_H_
