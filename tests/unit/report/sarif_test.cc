// SARIF 2.1.0: what code scanning needs, checked field by field. (The schema
// itself is checked by tests/report/validate.py.)

#include "report/sample_report.h"

#include "concord/report.h"

#include <string>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

namespace concord {
namespace {

using Json = nlohmann::ordered_json;

Json Render(const Report& report, const RenderOptions& options = {}) {
  std::string out;
  REQUIRE(RenderReport(report, ReportFormat::kSarif, options, &out).ok());
  return Json::parse(out);
}

const Json* ResultFor(const Json& run, const std::string& rule) {
  for (const Json& result : run["results"]) {
    if (result["ruleId"] == rule) return &result;
  }
  return nullptr;
}

TEST_CASE("sarif: log, run and driver") {
  const Json log = Render(test::MakeSampleReport());
  CHECK(log["version"] == "2.1.0");
  CHECK(log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json");
  REQUIRE(log["runs"].size() == 1);
  const Json& run = log["runs"][0];
  const Json& driver = run["tool"]["driver"];
  CHECK(driver["name"] == "Concord");
  CHECK(driver["version"] == "0.1.0");
  CHECK(driver["informationUri"] == "https://concord.dev");
  CHECK(run["columnKind"] == "unicodeCodePoints");
  CHECK(run["properties"]["packs"] ==
        Json::array({"un-core@2026.11", "un-women-children@2026.11"}));
}

TEST_CASE("sarif: every norm is a rule with descriptions, help and properties") {
  const Json rules = Render(test::MakeSampleReport())["runs"][0]["tool"]["driver"]["rules"];
  REQUIRE(rules.size() == 10);
  const Json& rule = rules[6];
  CHECK(rule["id"] == "CRC-1-child-age");
  CHECK(rule["name"] == "CRC1ChildAge");
  CHECK(rule["shortDescription"]["text"] == "Marriage is allowed only from 18");
  CHECK(rule["fullDescription"]["text"] ==
        "CRC art. 1, Definition of the child (treaty text): A child is a person under 18; child "
        "marriage is not permitted.");
  CHECK(rule["defaultConfiguration"]["level"] == "error");
  CHECK(
      rule["help"]["text"] ==
      "CRC art. 1, Definition of the child (treaty text)\n"
      "Convention on the Rights of the Child\n\n"
      "Norm: A child is a person under 18; child marriage is not permitted.\n\n"
      "Basis: CEDAW/CRC Joint General Recommendation No. 31/18 (2019), para. 55(f)\n\n"
      "How Concord checks it: the minimum age of marriage, exceptions included, is at least 18\n\n"
      "Recommendation: Set the minimum age of marriage at 18 for everyone, without exceptions.");
  CHECK(rule["help"]["markdown"].get<std::string>().rfind(
            "**CRC art. 1, Definition of the child** (treaty text)<br>", 0) == 0);
  CHECK(rule["helpUri"] == "https://concord.dev/rules/CRC-1-child-age");
  CHECK(rule["properties"] == Json{{"level", "T"},
                                   {"levelDescription", "treaty text"},
                                   {"instrument", "crc"},
                                   {"instrumentTitle", "Convention on the Rights of the Child"},
                                   {"article", "1"},
                                   {"heading", "Definition of the child"},
                                   {"pack", "un-women-children"},
                                   {"tags", {"sdg:5.3", "nap:children"}}});
  CHECK(rules[5]["defaultConfiguration"]["level"] == "note");  // info
  CHECK(rules[2]["defaultConfiguration"]["level"] == "warning");
}

TEST_CASE("sarif: only failures are results") {
  const Json run = Render(test::MakeSampleReport())["runs"][0];
  CHECK(run["results"].size() == 7);
  CHECK(ResultFor(run, "CAT-15-exclusion") == nullptr);  // met
  CHECK(ResultFor(run, "CMW-68-smuggling") == nullptr);  // not applicable
  CHECK(ResultFor(run, "CRC-21-adoption") == nullptr);   // reserved
}

TEST_CASE("sarif: a result with location, fingerprint and properties") {
  const Json run = Render(test::MakeSampleReport())["runs"][0];
  const Json* result = ResultFor(run, "CRC-1-child-age");
  REQUIRE(result != nullptr);
  CHECK((*result)["ruleIndex"] == 6);
  CHECK((*result)["level"] == "error");
  CHECK((*result)["message"]["text"] ==
        "conflict: marriage is allowed from 16 (📜 exception), below 18\nValues: age 16 years "
        "(at-least) from \"с шестнадцати лет\", in an exception, violates; age 18 years "
        "(at-least) from \"восемнадцать лет\"");
  const Json& location = (*result)["locations"][0];
  CHECK(location["physicalLocation"]["artifactLocation"] ==
        Json{{"uri", "laws/family-code.xml"}, {"uriBaseId", "%SRCROOT%"}});
  CHECK(location["physicalLocation"]["region"] == Json{{"startLine", 140}, {"startColumn", 3}});
  CHECK(location["logicalLocations"][0]["fullyQualifiedName"] ==
        "/akn/xx/act/1998/270#art_13__para_2");
  CHECK(location["message"]["text"].get<std::string>().rfind("Статья 13: Брачный", 0) == 0);
  CHECK((*result)["partialFingerprints"] == Json{{"concord/v1", "fp-CRC-1-child-age"}});
  CHECK((*result)["properties"]["status"] == "conflict");
  CHECK((*result)["properties"]["provisionId"] == "art_13__para_2");
  CHECK((*result)["properties"]["frbrWork"] == "/akn/xx/act/1998/270");
  CHECK((*result)["properties"]["values"].size() == 2);
}

TEST_CASE("sarif: more evidence goes to relatedLocations") {
  const Json run = Render(test::MakeSampleReport())["runs"][0];
  const Json* result = ResultFor(run, "CAT-1-definition");
  REQUIRE(result != nullptr);
  REQUIRE((*result)["relatedLocations"].size() == 1);
  CHECK((*result)["relatedLocations"][0]["id"] == 1);
  CHECK((*result)["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] == 2045);
  CHECK((*result)["properties"]["missing"] ==
        Json::array({"consent or acquiescence of an official"}));
}

TEST_CASE("sarif: a gap without evidence is placed on the first document read, line 1") {
  const Json run = Render(test::MakeSampleReport())["runs"][0];
  const Json* result = ResultFor(run, "CAT-14-redress");
  REQUIRE(result != nullptr);
  CHECK((*result)["level"] == "warning");
  CHECK((*result)["locations"][0]["physicalLocation"] ==
        Json{{"artifactLocation", {{"uri", "laws/criminal-code.xml"}, {"uriBaseId", "%SRCROOT%"}}},
             {"region", {{"startLine", 1}}}});
  // With no document read, there is no location at all.
  Report empty = test::MakeSampleReport();
  empty.documents.clear();
  const Json empty_run = Render(empty)["runs"][0];
  const Json* bare = ResultFor(empty_run, "CAT-14-redress");
  REQUIRE(bare != nullptr);
  CHECK((*bare)["locations"] == Json::array());
}

TEST_CASE("sarif: suppressed and baselined findings") {
  const Json run = Render(test::MakeSampleReport())["runs"][0];
  const Json* suppressed = ResultFor(run, "CAT-4-penalties");
  REQUIRE(suppressed != nullptr);
  CHECK((*suppressed)["suppressions"] ==
        Json::array({{{"kind", "inSource"},
                      {"justification", "Penalties under review, memo 2026-3 | item 4"}}}));
  const Json* baselined = ResultFor(run, "CRC-19-corporal-punishment");
  REQUIRE(baselined != nullptr);
  CHECK((*baselined)["baselineState"] == "unchanged");
  CHECK((*baselined)["properties"]["baselined"] == true);
  CHECK((*ResultFor(run, "CAT-2-no-exceptions"))["baselineState"] == "new");
  // Without a baseline there is no baselineState at all.
  Report plain = test::MakeSampleReport();
  plain.findings[7].baselined = false;
  const Json plain_run = Render(plain)["runs"][0];
  for (const Json& result : plain_run["results"]) {
    CHECK_FALSE(result.contains("baselineState"));
  }
}

TEST_CASE("sarif: paths relative to the root, encoded, outside the root absolute") {
  Report report = test::MakeSampleReport();
  report.findings[1].evidence[0].path = "/repo/laws/police & security act.xml";
  report.findings[6].evidence[0].path = "/other/family.xml";
  RenderOptions options;
  options.root = "/repo";
  const Json run = Render(report, options)["runs"][0];
  CHECK((*ResultFor(
            run, "CAT-2-no-exceptions"))["locations"][0]["physicalLocation"]["artifactLocation"] ==
        Json{{"uri", "laws/police%20%26%20security%20act.xml"}, {"uriBaseId", "%SRCROOT%"}});
  CHECK((*ResultFor(run,
                    "CRC-1-child-age"))["locations"][0]["physicalLocation"]["artifactLocation"] ==
        Json{{"uri", "file:///other/family.xml"}});
}

TEST_CASE("sarif: diagnostics are tool execution notifications") {
  const Json invocation = Render(test::MakeSampleReport())["runs"][0]["invocations"][0];
  CHECK(invocation["executionSuccessful"] == false);
  REQUIRE(invocation["toolExecutionNotifications"].size() == 2);
  const Json& first = invocation["toolExecutionNotifications"][0];
  CHECK(first["level"] == "error");
  CHECK(first["message"]["text"] == "mismatched end tag: expected </article>");
  CHECK(first["locations"][0]["physicalLocation"]["region"] ==
        Json{{"startLine", 3}, {"startColumn", 7}});
}

}  // namespace
}  // namespace concord
