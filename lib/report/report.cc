#include "concord/report.h"

#include "renderers.h"

namespace concord {
namespace {

constexpr const char* kFormatNames[] = {"text",     "json", "sarif", "junit",
                                        "markdown", "html", "csv"};

}  // namespace

const char* ReportFormatName(ReportFormat format) {
  return kFormatNames[static_cast<size_t>(format)];
}

bool ParseReportFormat(std::string_view name, ReportFormat* format) {
  if (name == "md") name = "markdown";
  for (size_t i = 0; i < std::size(kFormatNames); ++i) {
    if (name == kFormatNames[i]) {
      *format = static_cast<ReportFormat>(i);
      return true;
    }
  }
  return false;
}

std::vector<std::string> ReportFormatNames() {
  return std::vector<std::string>(std::begin(kFormatNames), std::end(kFormatNames));
}

Status RenderReport(const Report& report, ReportFormat format, const RenderOptions& options,
                    std::string* out) {
  out->clear();
  switch (format) {
    case ReportFormat::kText:
      detail::RenderText(report, options, out);
      break;
    case ReportFormat::kJson:
      detail::RenderJson(report, options, out);
      break;
    case ReportFormat::kSarif:
      detail::RenderSarif(report, options, out);
      break;
    case ReportFormat::kJunit:
      detail::RenderJunit(report, options, out);
      break;
    case ReportFormat::kMarkdown:
      detail::RenderMarkdown(report, options, out);
      break;
    case ReportFormat::kHtml:
      detail::RenderHtml(report, options, out);
      break;
    case ReportFormat::kCsv:
      detail::RenderCsv(report, options, out);
      break;
  }
  return Status::Ok();
}

}  // namespace concord
