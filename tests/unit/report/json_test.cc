// The JSON report: structure, stable field order, exact values, escaping.

#include "report/sample_report.h"

#include "concord/report.h"

#include <cmath>
#include <limits>
#include <string>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

namespace concord {
namespace {

using Json = nlohmann::ordered_json;

Json Render(const Report& report, const RenderOptions& options = {}) {
  std::string out;
  REQUIRE(RenderReport(report, ReportFormat::kJson, options, &out).ok());
  REQUIRE(out.back() == '\n');
  return Json::parse(out);
}

std::vector<std::string> Keys(const Json& object) {
  std::vector<std::string> keys;
  for (const auto& item : object.items()) keys.push_back(item.key());
  return keys;
}

TEST_CASE("json: top level fields in a stable order") {
  const Json j = Render(test::MakeSampleReport());
  CHECK(Keys(j) == std::vector<std::string>{"schema", "version", "tool", "mode", "profile",
                                            "baseline", "min_severity", "packs", "documents",
                                            "norms", "findings", "summary", "diagnostics"});
  CHECK(j["schema"] == "https://concord.dev/report/1");
  CHECK(j["version"] == 1);
  CHECK(j["tool"]["version"] == "0.1.0");
  CHECK(j["profile"]["state"] == "Republic of Example");
  CHECK(j["baseline"].is_null());
  CHECK(j["packs"].size() == 2);
  CHECK(j["documents"].size() == 4);
  CHECK(j["documents"][3]["loaded"] == false);
  CHECK(j["norms"].size() == 10);
  CHECK(j["findings"].size() == 10);
  CHECK(j["diagnostics"][0] == Json{{"level", "error"},
                                    {"path", "laws/broken.xml"},
                                    {"line", 3},
                                    {"column", 7},
                                    {"message", "mismatched end tag: expected </article>"}});
}

TEST_CASE("json: a norm carries everything a report shows") {
  const Json norm = Render(test::MakeSampleReport())["norms"][0];
  CHECK(norm["id"] == "CAT-1-definition");
  CHECK(norm["instrument_short"] == "CAT");
  CHECK(norm["article"] == "1");
  CHECK(norm["heading"] == "Definition of torture");
  CHECK(norm["level"] == "T");
  CHECK(norm["level_description"] == "treaty text");
  CHECK(norm["severity"] == "error");
  CHECK(norm["tags"] == Json::array({"sdg:16.10", "nap:human-rights"}));
  CHECK(norm["rule_line"] == 12);
}

TEST_CASE("json: findings with marks, values, missing elements and flags") {
  const Json j = Render(test::MakeSampleReport());
  const Json& partial = j["findings"][0];
  CHECK(Keys(partial) == std::vector<std::string>{"rule", "norm", "status", "severity", "fails",
                                                  "message", "document", "fingerprint",
                                                  "suppression", "baselined", "reservation",
                                                  "missing", "values", "evidence"});
  CHECK(partial["status"] == "partial");
  CHECK(partial["fails"] == true);
  CHECK(partial["document"].is_null());
  CHECK(partial["missing"] == Json::array({{{"id", "acquiescence"},
                                            {"name", "consent or acquiescence of an official"}}}));
  const Json& mark = partial["evidence"][0]["marks"][1];
  CHECK(mark["text"] == "физических или психических страданий");
  CHECK(mark["begin"] == 55);  // bytes of "Истязание, то есть причинение "
  CHECK(partial["evidence"][0]["line"] == 2041);
  CHECK(partial["evidence"][1]["role"] == "element:severe");

  const Json& conflict = j["findings"][6];
  CHECK(conflict["values"][0] == Json{{"quantity", "age"},
                                      {"value", 16.0},
                                      {"unit", "year"},
                                      {"bound", "at-least"},
                                      {"text", "с шестнадцати лет"},
                                      {"violates", true},
                                      {"from_exception", true},
                                      {"evidence", 0}});
  CHECK(j["findings"][4]["suppression"] == "Penalties under review, memo 2026-3 | item 4");
  CHECK(j["findings"][4]["fails"] == false);
  CHECK(j["findings"][7]["baselined"] == true);
  CHECK(j["findings"][8]["reservation"].get<std::string>().find("\n\"as declared\"") !=
        std::string::npos);
}

TEST_CASE("json: summary counts") {
  const Json s = Render(test::MakeSampleReport())["summary"];
  CHECK(s == Json{{"findings", 10},
                  {"failing", 5},
                  {"suppressed", 1},
                  {"baselined", 1},
                  {"by_status",
                   {{"met", 1},
                    {"partial", 2},
                    {"gap", 3},
                    {"conflict", 2},
                    {"not-applicable", 1},
                    {"reserved", 1}}},
                  {"failing_by_severity", {{"error", 3}, {"warning", 1}, {"info", 1}}},
                  {"documents", 4},
                  {"documents_loaded", 3},
                  {"diagnostics", {{"error", 1}, {"warning", 1}, {"note", 0}}}});
}

TEST_CASE("json: --min-severity filters findings and counts, and is recorded") {
  RenderOptions options;
  options.min_severity = Severity::kWarning;
  const Json j = Render(test::MakeSampleReport(), options);
  CHECK(j["min_severity"] == "warning");
  CHECK(j["findings"].size() == 9);
  CHECK(j["summary"]["failing"] == 4);
  CHECK(j["norms"].size() == 10);  // norm indices stay valid
}

TEST_CASE("json: invalid UTF-8, control characters, NaN and bad indices stay valid JSON") {
  Report report;
  Finding f;
  f.rule_id = "bad\xFF\x01";
  f.norm = 3;  // no such norm
  f.message = "tab\tquote\"back\\slash";
  f.values = {{"age", std::numeric_limits<double>::quiet_NaN(), "year", "", "", false, false, -1}};
  f.evidence = {test::MakeEvidence("p", "", "i", "", 1, 1, "abc", {}, "")};
  f.evidence[0].marks = {{2, 99}};
  report.findings = {f};
  const Json j = Render(report);
  const Json& finding = j["findings"][0];
  CHECK(finding["rule"] == "bad\xEF\xBF\xBD\x01");
  CHECK(finding["norm"].is_null());
  CHECK(finding["message"] == "tab\tquote\"back\\slash");
  CHECK(finding["values"][0]["value"].is_null());
  CHECK(finding["values"][0]["evidence"].is_null());
  CHECK(finding["evidence"][0]["marks"] ==
        Json::array({{{"begin", 2}, {"end", 3}, {"text", "c"}}}));
  CHECK(j["profile"].is_null());
}

TEST_CASE("json: the baseline file is recorded") {
  Report report;
  report.baseline = ".concord-baseline.json";
  CHECK(Render(report)["baseline"] == ".concord-baseline.json");
}

}  // namespace
}  // namespace concord

namespace concord {
namespace {

std::string RenderText(const Report& report) {
  std::string out;
  REQUIRE(RenderReport(report, ReportFormat::kJson, RenderOptions{}, &out).ok());
  return out;
}

TEST_CASE("json: a report read back renders the same JSON") {
  const std::string first = RenderText(test::MakeSampleReport());
  Report read;
  REQUIRE(ParseJsonReport(first, &read).ok());
  CHECK(RenderText(read) == first);
  CHECK(read.findings.size() == 10);
  CHECK(read.findings[6].values[0].value == 16);
  CHECK(read.findings[0].evidence[0].marks.size() == 2);
  CHECK(read.state == "Republic of Example");
  CHECK(read.diagnostics[1].location.line == 12);
  // And the text report of what was read matches the original's.
  std::string a, b;
  REQUIRE(RenderReport(test::MakeSampleReport(), ReportFormat::kText, RenderOptions{}, &a).ok());
  REQUIRE(RenderReport(read, ReportFormat::kText, RenderOptions{}, &b).ok());
  CHECK(a == b);
}

TEST_CASE("json: reading rejects what is not a version 1 report") {
  Report report;
  report.mode = "stale";
  Status status = ParseJsonReport("{\"schema\": 1", &report);
  CHECK(status.code() == Status::Code::kParseError);
  CHECK(status.message().rfind("invalid JSON report: ", 0) == 0);
  CHECK(report.mode.empty());
  status = ParseJsonReport("{\"runs\": []}", &report);
  CHECK(status.code() == Status::Code::kParseError);
  CHECK(status.message() ==
        "not a Concord JSON report (expected \"schema\": \"https://concord.dev/report/1\")");
  status =
      ParseJsonReport("{\"schema\": \"https://concord.dev/report/1\", \"version\": 2}", &report);
  CHECK(status.code() == Status::Code::kUnsupported);
  CHECK(status.message() == "JSON report version 2 (this Concord reads version 1)");
  status = ParseJsonReport(
      "{\"schema\": \"https://concord.dev/report/1\", \"version\": 1, \"tool\": {}, "
      "\"findings\": [{\"status\": \"unknown\"}]}",
      &report);
  CHECK(status.code() == Status::Code::kParseError);
  CHECK(status.message() == "invalid JSON report: unknown status 'unknown'");
  status = ParseJsonReport(
      "{\"schema\": \"https://concord.dev/report/1\", \"version\": 1, \"tool\": {}, "
      "\"findings\": [{\"rule\": 5}]}",
      &report);
  CHECK(status.code() == Status::Code::kParseError);
}

TEST_CASE("json: a minimal report reads with defaults, unknown fields ignored") {
  Report report;
  REQUIRE(ParseJsonReport("{\"schema\": \"https://concord.dev/report/1\", \"version\": 1, "
                          "\"tool\": {\"version\": \"9\"}, \"future\": [1, 2], \"findings\": "
                          "[{\"rule\": \"R\", \"norm\": null, \"status\": \"gap\", \"values\": "
                          "[{\"value\": null}]}]}",
                          &report)
              .ok());
  CHECK(report.tool_version == "9");
  REQUIRE(report.findings.size() == 1);
  CHECK(report.findings[0].norm == 0);  // out of range: there are no norms
  CHECK(report.findings[0].status == FindingStatus::kGap);
  CHECK(std::isnan(report.findings[0].values[0].value));
  CHECK(report.findings[0].values[0].evidence == -1);
}

}  // namespace
}  // namespace concord
