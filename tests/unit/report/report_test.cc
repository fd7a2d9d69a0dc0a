// RenderReport: format names and dispatch.

#include "concord/report.h"

#include "report/sample_report.h"

#include <doctest/doctest.h>

namespace concord {
namespace {

TEST_CASE("report: format names round-trip, md is markdown, unknown names fail") {
  for (const std::string& name : ReportFormatNames()) {
    ReportFormat format;
    CAPTURE(name);
    REQUIRE(ParseReportFormat(name, &format));
    CHECK(ReportFormatName(format) == name);
  }
  CHECK(ReportFormatNames() ==
        std::vector<std::string>{"text", "json", "sarif", "junit", "markdown", "html", "csv"});
  ReportFormat format = ReportFormat::kText;
  CHECK(ParseReportFormat("md", &format));
  CHECK(format == ReportFormat::kMarkdown);
  CHECK_FALSE(ParseReportFormat("xml", &format));
  CHECK_FALSE(ParseReportFormat("JSON", &format));
}

TEST_CASE("report: every format renders into a cleared string") {
  const Report report = test::MakeSampleReport();
  const char* starts[] = {
      "laws/criminal-code.xml:2041:9: error CAT-1-definition partial:",
      "{\n  \"schema\": \"https://concord.dev/report/1\",",
      "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",",
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"Concord\"",
      "# Concordance report\n",
      "<!DOCTYPE html>\n",
      "rule_id,title,instrument,article,"};
  for (size_t i = 0; i < std::size(starts); ++i) {
    const auto format = static_cast<ReportFormat>(i);
    CAPTURE(ReportFormatName(format));
    std::string out = "stale";
    REQUIRE(RenderReport(report, format, RenderOptions{}, &out).ok());
    CHECK(out.rfind(starts[i], 0) == 0);
    CHECK(out.back() == '\n');
  }
}

}  // namespace
}  // namespace concord
