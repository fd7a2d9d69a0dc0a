// HTML: one self-contained, well-formed page (parsed here as XML; the
// browser test in tests/report/ renders it), with rows, filters and every
// string escaped.

#include "report/sample_report.h"

#include "concord/report.h"

#include <string>

#include <doctest/doctest.h>
#include <pugixml.hpp>

namespace concord {
namespace {

std::string Render(const Report& report, const RenderOptions& options = {}) {
  std::string out;
  REQUIRE(RenderReport(report, ReportFormat::kHtml, options, &out).ok());
  return out;
}

size_t Count(const pugi::xml_document& doc, const char* xpath) {
  return doc.select_nodes(xpath).size();
}

TEST_CASE("html: well-formed, one row per finding with status and instrument") {
  const std::string html = Render(test::MakeSampleReport());
  CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
  pugi::xml_document doc;
  REQUIRE(doc.load_string(html.c_str()));
  CHECK(Count(doc, "//tr[contains(@class,'row')]") == 10);
  CHECK(Count(doc, "//tr[@data-status='gap']") == 3);
  CHECK(Count(doc, "//tr[@data-status='reserved' and @data-instrument='crc']") == 1);
  CHECK(Count(doc, "//section[@class='instrument']") == 3);
  CHECK(std::string(doc.select_node("//title").node().text().get()) ==
        "Concordance report — Republic of Example");
  pugi::xml_node row = doc.select_node("//tr[@data-rule='CRC-1-child-age']").node();
  REQUIRE(row);
  CHECK(std::string(row.select_node("td[@class='status']/span").node().text().get()) == "conflict");
  CHECK(std::string(row.select_node(".//a").node().attribute("href").value()) ==
        "laws/family-code.xml#L140");
  CHECK(Count(doc, "//tr[@data-rule='CRC-1-child-age']//mark") == 2);
}

TEST_CASE("html: filters by status and instrument") {
  pugi::xml_document doc;
  REQUIRE(doc.load_string(Render(test::MakeSampleReport()).c_str()));
  CHECK(Count(doc,
              "//form[@id='filters']//input[@type='checkbox' and @name='status' and "
              "@checked='checked']") == 6);
  CHECK(Count(doc, "//select[@id='f-instrument']/option") == 4);
  CHECK(std::string(doc.select_node("//select[@id='f-instrument']/option[2]")
                        .node()
                        .attribute("value")
                        .value()) == "cat");
  CHECK(Count(doc, "//input[@id='f-text']") == 1);
  CHECK(Count(doc, "//button[@data-status]") == 6);
}

TEST_CASE("html: self-contained, nothing fetched") {
  const std::string html = Render(test::MakeSampleReport());
  pugi::xml_document doc;
  REQUIRE(doc.load_string(html.c_str()));
  CHECK(Count(doc, "//script") == 1);
  CHECK(Count(doc, "//script[@src]") == 0);
  CHECK(Count(doc, "//link") == 0);
  CHECK(Count(doc, "//img") == 0);
  CHECK(Count(doc, "//style") == 1);
  for (const char* remote : {"http://", "https://", "url(", "@import", "//fonts."}) {
    CAPTURE(remote);
    CHECK(html.find(remote) == std::string::npos);
  }
  CHECK(html.find("Content-Security-Policy\" content=\"default-src 'none';") != std::string::npos);
  CHECK(html.find("@media print") != std::string::npos);
}

TEST_CASE("html: hostile strings are text, never markup") {
  Report report = test::MakeSampleReport();
  report.findings[2].message = "</td><script>alert('x')</script>&amp;\x01";
  report.norms[0].summary = "\"><img src=x onerror=alert(1)>";
  report.findings[1].evidence[0].path = "a\"b'<c>.xml";
  const std::string html = Render(report);
  pugi::xml_document doc;
  REQUIRE(doc.load_string(html.c_str()));
  CHECK(Count(doc, "//script") == 1);
  CHECK(Count(doc, "//img") == 0);
  pugi::xml_node row = doc.select_node("//tr[@data-rule='CAT-14-redress']").node();
  CHECK(std::string(row.select_node("td[@class='finding']/p").node().text().get()) ==
        "</td><script>alert('x')</script>&amp;");
  CHECK(html.find("href=\"a%22b%27%3Cc%3E.xml#L88\"") != std::string::npos);
}

TEST_CASE("html: an empty report is still a page") {
  pugi::xml_document doc;
  REQUIRE(doc.load_string(Render(Report{}).c_str()));
  CHECK(Count(doc, "//tr[contains(@class,'row')]") == 0);
  CHECK(Count(doc, "//p[@id='no-rows']") == 1);
}

}  // namespace
}  // namespace concord
