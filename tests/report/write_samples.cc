// Writes the sample report (tests/unit/report/sample_report.h) in every
// format into a folder, for tests/report/validate.py to check with outside
// validators: JSON Schema, the SARIF schema, XML/HTML/CSV parsers and a
// headless browser.
//
// Usage: report_samples OUT_DIR
// Writes report.{txt,json,sarif,junit.xml,md,html,csv} (the sample report)
// and empty.{json,sarif,junit.xml,html,csv} (a report with nothing in it).

#include "report/sample_report.h"

#include "concord/report.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

constexpr struct {
  concord::ReportFormat format;
  const char* extension;
} kOutputs[] = {
    {concord::ReportFormat::kText, "txt"},    {concord::ReportFormat::kJson, "json"},
    {concord::ReportFormat::kSarif, "sarif"}, {concord::ReportFormat::kJunit, "junit.xml"},
    {concord::ReportFormat::kMarkdown, "md"}, {concord::ReportFormat::kHtml, "html"},
    {concord::ReportFormat::kCsv, "csv"}};

bool Write(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  return static_cast<bool>(out.flush());
}

bool WriteAll(const concord::Report& report, const std::filesystem::path& dir,
              const std::string& stem) {
  for (const auto& output : kOutputs) {
    std::string text;
    const concord::Status status =
        concord::RenderReport(report, output.format, concord::RenderOptions{}, &text);
    const std::filesystem::path path = dir / (stem + "." + output.extension);
    if (!status.ok() || !Write(path, text)) {
      std::fprintf(stderr, "report_samples: cannot write %s\n", path.c_str());
      return false;
    }
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: report_samples OUT_DIR\n");
    return 2;
  }
  const std::filesystem::path dir = argv[1];
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  if (error) {
    std::fprintf(stderr, "report_samples: cannot create %s: %s\n", argv[1],
                 error.message().c_str());
    return 2;
  }
  concord::Report empty;
  empty.tool_version = "0.1.0";
  const bool ok =
      WriteAll(concord::test::MakeSampleReport(), dir, "report") && WriteAll(empty, dir, "empty");
  return ok ? 0 : 1;
}
