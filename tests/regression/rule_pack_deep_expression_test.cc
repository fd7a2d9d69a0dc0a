// Regression (found while fuzzing the rule-pack loader): expressions nested
// 20,000 deep (<all> inside <all> ...) overflowed the stack, since each level
// is read by a recursive call. Operators nested deeper than 100 levels are
// now an error at the first one too deep.

#include "test_util.h"

#include "concord/diagnostic.h"
#include "concord/rule_pack.h"
#include "concord/status.h"

#include <string>

#include <doctest/doctest.h>

namespace concord {
namespace {

// A pack whose one rule requires `depth` nested <all> around a concept.
Status LoadNested(int depth, Diagnostics* diagnostics) {
  std::string pack =
      "<pack xmlns=\"urn:concord:rules:1\" id=\"p\" version=\"1\" title=\"t\">\n"
      "<instrument id=\"i\" title=\"t\"/>\n"
      "<concept id=\"c\"><term lang=\"en\">word</term></concept>\n"
      "<rule id=\"R\" severity=\"error\" level=\"T\"><title>t</title>\n"
      "<source instrument=\"i\" article=\"1\"/>\n<require scope=\"sentence\">\n";
  for (int i = 0; i < depth; ++i) pack += "<all>\n";
  pack += "<concept ref=\"c\"/>\n";
  for (int i = 0; i < depth; ++i) pack += "</all>\n";
  pack += "</require>\n<recommendation>r</recommendation>\n</rule>\n</pack>\n";

  test::TempDir dir;
  const std::string path = dir.Write("pack.xml", pack);
  RulePack loaded;
  Status status = LoadRulePack(path, &loaded, diagnostics);
  return status;
}

TEST_CASE("LoadRulePack refuses expressions nested 20,000 deep without recursing") {
  Diagnostics diagnostics;
  Status status = LoadNested(20000, &diagnostics);
  CHECK(status.message() == "rule pack has 1 error");
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].message == "expressions are nested deeper than 100 levels");
  CHECK(diagnostics[0].location.line == 107);  // the 101st <all>
  CHECK(diagnostics[0].location.column == 1);
}

TEST_CASE("LoadRulePack reads expressions nested 100 deep") {
  Diagnostics diagnostics;
  CHECK(LoadNested(100, &diagnostics).ok());
  CHECK(diagnostics.empty());
}

}  // namespace
}  // namespace concord
