// Selection, reading order, grouping and article order.

#include "finding_order.h"

#include "report/sample_report.h"

#include <algorithm>

#include <doctest/doctest.h>

namespace concord::detail {
namespace {

std::vector<std::string> Ids(const std::vector<const Finding*>& findings) {
  std::vector<std::string> ids;
  for (const Finding* f : findings) ids.push_back(f->rule_id);
  return ids;
}

TEST_CASE("finding order: articles compare like numbers") {
  struct Case {
    const char* a;
    const char* b;
    int expected;
  } cases[] = {{"2", "10", -1},     {"10", "2", 1},       {"16(2)", "16(1)", 1},
               {"16", "16(1)", -1}, {"007", "7", 0},      {"1bis", "1", 1},
               {"", "1", -1},       {"common-3", "3", 1}, {"37(a)", "37(b)", -1}};
  for (const Case& c : cases) {
    CAPTURE(c.a);
    CAPTURE(c.b);
    CHECK(CompareArticles(c.a, c.b) == c.expected);
  }
}

TEST_CASE("finding order: --min-severity selects, in report order") {
  const Report report = test::MakeSampleReport();
  RenderOptions options;
  CHECK(SelectFindings(report, options).size() == 10);
  options.min_severity = Severity::kWarning;
  CHECK(Ids(SelectFindings(report, options)) ==
        std::vector<std::string>{"CAT-1-definition", "CAT-2-no-exceptions", "CAT-14-redress",
                                 "CAT-15-exclusion", "CAT-4-penalties", "CRC-1-child-age",
                                 "CRC-19-corporal-punishment", "CRC-21-adoption",
                                 "CMW-68-smuggling"});
  options.min_severity = Severity::kError;
  CHECK(SelectFindings(report, options).size() == 6);
}

TEST_CASE("finding order: by path, located before unlocated, line, column, rule id") {
  const Report report = test::MakeSampleReport();
  std::vector<const Finding*> findings = SelectFindings(report, RenderOptions{});
  std::reverse(findings.begin(), findings.end());
  SortForReading(&findings);
  CHECK(Ids(findings) ==
        std::vector<std::string>{"CAT-15-exclusion",     // criminal-code.xml:1502:11
                                 "CAT-1-definition",     // criminal-code.xml:2041:9
                                 "CAT-4-penalties",      // criminal-code.xml:2041:112
                                 "CRC-1-child-age",      // family-code.xml:140:3
                                 "CAT-2-no-exceptions",  // police & security act.xml:88:7
                                 "CAT-10-training", "CAT-14-redress", "CMW-68-smuggling",
                                 "CRC-19-corporal-punishment", "CRC-21-adoption"});
}

TEST_CASE("finding order: a document-only place sorts after the document's located findings") {
  Finding located;
  located.rule_id = "B";
  located.evidence = {test::MakeEvidence("x.xml", "", "p", "", 5, 1, "q", {}, "")};
  Finding document_only;
  document_only.rule_id = "A";
  document_only.document = "x.xml";
  Finding nowhere;
  nowhere.rule_id = "0";
  std::vector<const Finding*> findings = {&nowhere, &document_only, &located};
  SortForReading(&findings);
  CHECK(Ids(findings) == std::vector<std::string>{"B", "A", "0"});
  CHECK(PrimaryPlace(document_only).path == "x.xml");
  CHECK(PrimaryPlace(document_only).line == 0);
  CHECK(PrimaryPlace(nowhere).path.empty());
}

TEST_CASE("finding order: instruments in norm order, articles in number order") {
  const Report report = test::MakeSampleReport();
  std::vector<const Finding*> findings = SelectFindings(report, RenderOptions{});
  std::reverse(findings.begin(), findings.end());
  std::vector<InstrumentGroup> groups = GroupByInstrument(report, findings);
  REQUIRE(groups.size() == 3);
  CHECK(groups[0].first_norm->instrument == "cat");
  CHECK(groups[1].first_norm->instrument == "crc");
  CHECK(groups[2].first_norm->instrument == "cmw");
  SortByArticle(report, &groups[0].findings);
  CHECK(Ids(groups[0].findings) ==
        std::vector<std::string>{"CAT-1-definition", "CAT-2-no-exceptions", "CAT-4-penalties",
                                 "CAT-10-training", "CAT-14-redress", "CAT-15-exclusion"});
}

TEST_CASE("finding order: a finding whose norm index is out of range gets an empty norm") {
  Report report;
  Finding f;
  f.norm = 7;
  f.rule_id = "Z-1";
  report.findings = {f};
  CHECK(NormOf(report, report.findings[0]).rule_id.empty());
  const std::vector<InstrumentGroup> groups =
      GroupByInstrument(report, SelectFindings(report, RenderOptions{}));
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].findings.size() == 1);
}

}  // namespace
}  // namespace concord::detail
