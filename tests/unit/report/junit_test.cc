// JUnit XML: well-formed, one suite per instrument, counts that add up.

#include "report/sample_report.h"

#include "concord/report.h"

#include <string>

#include <doctest/doctest.h>
#include <pugixml.hpp>

namespace concord {
namespace {

std::string Render(const Report& report, const RenderOptions& options = {}) {
  std::string out;
  REQUIRE(RenderReport(report, ReportFormat::kJunit, options, &out).ok());
  return out;
}

pugi::xml_node Testcase(const pugi::xml_document& doc, const char* rule_prefix) {
  for (pugi::xpath_node node : doc.select_nodes("//testcase")) {
    if (std::string(node.node().attribute("name").value()).rfind(rule_prefix, 0) == 0) {
      return node.node();
    }
  }
  return {};
}

TEST_CASE("junit: well-formed, suites per instrument, counts") {
  const std::string xml = Render(test::MakeSampleReport());
  CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites ", 0) == 0);
  pugi::xml_document doc;
  REQUIRE(doc.load_string(xml.c_str()));
  pugi::xml_node root = doc.child("testsuites");
  CHECK(root.attribute("tests").as_int() == 10);
  CHECK(root.attribute("failures").as_int() == 5);
  CHECK(root.attribute("errors").as_int() == 0);
  CHECK(root.attribute("skipped").as_int() == 4);
  std::vector<std::string> suites;
  for (pugi::xml_node suite : root.children("testsuite")) {
    suites.push_back(suite.attribute("name").value());
    int tests = 0, failures = 0, skipped = 0;
    for (pugi::xml_node testcase : suite.children("testcase")) {
      ++tests;
      failures += testcase.child("failure") ? 1 : 0;
      skipped += testcase.child("skipped") ? 1 : 0;
    }
    CHECK(suite.attribute("tests").as_int() == tests);
    CHECK(suite.attribute("failures").as_int() == failures);
    CHECK(suite.attribute("skipped").as_int() == skipped);
  }
  CHECK(suites == std::vector<std::string>{
                      "CAT: Convention against Torture and Other Cruel, Inhuman or Degrading "
                      "Treatment or Punishment",
                      "CRC: Convention on the Rights of the Child",
                      "CMW: International Convention on the Protection of the Rights of All "
                      "Migrant Workers and Members of Their Families"});
}

TEST_CASE("junit: a failure carries the status, message and evidence") {
  pugi::xml_document doc;
  REQUIRE(doc.load_string(Render(test::MakeSampleReport()).c_str()));
  pugi::xml_node conflict = Testcase(doc, "CAT-2-no-exceptions");
  REQUIRE(conflict);
  CHECK(std::string(conflict.attribute("classname").value()) == "cat");
  CHECK(std::string(conflict.attribute("name").value()) ==
        "CAT-2-no-exceptions: No exceptional circumstances or superior orders justify torture");
  pugi::xml_node failure = conflict.child("failure");
  CHECK(std::string(failure.attribute("type").value()) == "conflict");
  CHECK(std::string(failure.attribute("message").value()) ==
        "conflict: superior orders are a defence to a charge of torture");
  CHECK(std::string(failure.text().get()) ==
        "laws/police & security act.xml:88:7 Section 12(3): Where \"public order\" & safety <so "
        "require>, an officer's duty to obey »superior orders shall be a defence« | see s. 14, "
        "item 2.\n"
        "norm: CAT art. 2(2), No exceptional circumstances (treaty text)\n"
        "recommendation: Remove the defence of superior orders for torture; state that no "
        "circumstances justify it.\n");
}

TEST_CASE("junit: suppressed, baselined, reserved and not-applicable are skipped; met passes") {
  pugi::xml_document doc;
  REQUIRE(doc.load_string(Render(test::MakeSampleReport()).c_str()));
  CHECK(
      std::string(Testcase(doc, "CAT-4-penalties").child("skipped").attribute("message").value()) ==
      "suppressed: Penalties under review, memo 2026-3 | item 4");
  CHECK(std::string(Testcase(doc, "CRC-19").child("skipped").attribute("message").value()) ==
        "baselined: no provision prohibits corporal punishment in the home");
  // The reservation's line break survives attribute normalisation.
  CHECK(std::string(Testcase(doc, "CRC-21").child("skipped").attribute("message").value()) ==
        "reserved: Article 21 applies only to the extent that national law permits adoption,\n"
        "\"as declared\" on ratification.");
  CHECK(std::string(Testcase(doc, "CMW-68").child("skipped").attribute("message").value()) ==
        "not-applicable: the state is not a party to CMW");
  pugi::xml_node met = Testcase(doc, "CAT-15-exclusion");
  REQUIRE(met);
  CHECK(!met.first_child());
}

TEST_CASE("junit: characters XML forbids are dropped, documents name per-document cases") {
  Report report;
  report.norms = {test::MakeNorm("R-1", "x", "1", "", Level::kTreaty, Severity::kError, "require")};
  report.norms[0].title = "bell\x07 and nul-free";
  Finding f;
  f.rule_id = "R-1";
  f.status = FindingStatus::kGap;
  f.message = "esc\x1b and \xFF";
  f.document = "a&b.xml";
  report.findings = {f};
  const std::string xml = Render(report);
  pugi::xml_document doc;
  REQUIRE(doc.load_string(xml.c_str()));
  pugi::xml_node testcase = doc.child("testsuites").child("testsuite").child("testcase");
  CHECK(std::string(testcase.attribute("name").value()) == "R-1: bell and nul-free [a&b.xml]");
  CHECK(std::string(testcase.child("failure").attribute("message").value()) ==
        "gap: esc and \xEF\xBF\xBD");
}

}  // namespace
}  // namespace concord
