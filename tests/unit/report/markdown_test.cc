// Markdown: GitHub-flavoured tables whose rows keep their column count
// whatever the cells hold.

#include "report/sample_report.h"

#include "concord/report.h"

#include <sstream>
#include <string>

#include <doctest/doctest.h>

namespace concord {
namespace {

std::string Render(const Report& report, const RenderOptions& options = {}) {
  std::string out;
  REQUIRE(RenderReport(report, ReportFormat::kMarkdown, options, &out).ok());
  return out;
}

// Cells of a table row: splits on '|' not preceded by a backslash.
size_t CellCount(const std::string& line) {
  size_t pipes = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\') {
      ++i;
    } else if (line[i] == '|') {
      ++pipes;
    }
  }
  return pipes - 1;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST_CASE("markdown: every table row has as many cells as its header") {
  const std::string md = Render(test::MakeSampleReport());
  size_t expected = 0;
  size_t rows = 0;
  for (const std::string& line : Lines(md)) {
    if (line.empty() || line[0] != '|') {
      expected = 0;
      continue;
    }
    CAPTURE(line);
    if (expected == 0) expected = CellCount(line);
    CHECK(CellCount(line) == expected);
    ++rows;
  }
  CHECK(rows == 3 * 2 + 10 + 6 + 5 + 6);  // headers+rules, findings, counts, documents
}

TEST_CASE("markdown: headings, summary and one row per finding") {
  const std::string md = Render(test::MakeSampleReport());
  CHECK(md.rfind("# Concordance report\n\nConcord 0.1.0 · framework mode · Republic of Example "
                 "(profile profiles/example.xml) · packs: un-core 2026.11, un-women-children "
                 "2026.11 · 3 documents read, 1 not readable\n",
                 0) == 0);
  CHECK(md.find("| CAT | 1 | 2 | 2 | 1 | 0 | 0 | 6 |\n") != std::string::npos);
  CHECK(md.find("| **All** | 2 | 3 | 2 | 1 | 1 | 1 | 10 |\n") != std::string::npos);
  CHECK(md.find("| treaty-body standard | 0 | 2 | 0 | 0 | 0 | 0 | 2 |\n") != std::string::npos);
  CHECK(
      md.find(
          "\n## CRC — Convention on the Rights of the Child\n\n1 conflict, 1 gap, 1 reserved.\n") !=
      std::string::npos);
  CHECK(md.find("| **gap** (treaty-body standard)<br>baselined |") != std::string::npos);
  CHECK(md.find("Reservation: Article 21 applies only to the extent that national law permits "
                "adoption,<br>\"as declared\" on ratification.") != std::string::npos);
  CHECK(md.find("| **not-applicable** (treaty text) |") != std::string::npos);
}

TEST_CASE("markdown: provisions link to path#Lline, marks are bold, specials escaped") {
  const std::string md = Render(test::MakeSampleReport());
  CHECK(md.find("[Section 12(3)](laws/police%20%26%20security%20act.xml#L88) in laws/police \\& "
                "security act.xml: “Where \"public order\" \\& safety \\<so require\\>, an "
                "officer's duty to obey <b>superior orders shall be a defence</b> \\| see s. 14, "
                "item 2.”") != std::string::npos);
  CHECK(md.find("“\\[The official text of article 15, as read from --treaties.\\]”") !=
        std::string::npos);
  CHECK(md.find("<br>suppressed: Penalties under review, memo 2026-3 \\| item 4 |") !=
        std::string::npos);
}

}  // namespace
}  // namespace concord
