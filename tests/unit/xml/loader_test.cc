// LoadDocument on bad input: malformed XML, empty files, foreign roots,
// invalid UTF-8, entities and DTDs that must not be expanded, nesting past
// the limit; and LoadDocumentFile.

#include "concord/loader.h"

#include "load_test_util.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include <doctest/doctest.h>

namespace concord {
namespace {

using test::LoadXml;

const std::string kOpen = "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">";

Status LoadStatus(const std::string& xml) {
  Document doc;
  Status status = LoadXml(xml, &doc);
  if (!status.ok()) {
    // A failed load leaves an empty document that still names its file.
    CHECK(doc.provisions.empty());
    CHECK(doc.path == "t.xml");
  }
  return status;
}

TEST_CASE("Malformed XML: the parser's message at path:line:col") {
  struct Row {
    std::string xml;
    std::string error;
  };
  const Row rows[] = {
      {kOpen + "\n  <act>\n    <body>\n      <section eId=\"s\">\n        <num>1</num>\n"
               "      </sectoin>\n    </body>\n  </act>\n</akomaNtoso>\n",
       "t.xml:6:7: error: mismatched end tag </sectoin>"},
      {kOpen + "\n  <act>\n    <body class=x>\n    </body>\n  </act>\n</akomaNtoso>\n",
       "t.xml:3:17: error: malformed attribute"},
      {kOpen + "\n  <act><body><p>x < y</p></body></act>\n</akomaNtoso>\n",
       "t.xml:2:19: error: malformed tag"},
      {kOpen + "\n<act><body></body foo></act></akomaNtoso>",
       "t.xml:2:19: error: malformed end tag"},
      {kOpen + "\n  <act>\n    <!DOCTYPE x>\n  </act></akomaNtoso>",
       "t.xml:3:5: error: malformed DOCTYPE"},
      {kOpen + "\n  <act><body>\n    <section eId=\"s\"><num>1</num>\n",
       "t.xml:4:1: error: unexpected end of file (unclosed element)"},
      {kOpen + "\n  <act><body>\n    <section eId=\"s",
       "t.xml:3:20: error: unexpected end of file"},
      {kOpen + "\n  <act><body>\n    </bo",
       "t.xml:3:9: error: unexpected end of file (unclosed element)"},
      {kOpen + "<act/></akomaNtoso>\n" + kOpen + "<act/></akomaNtoso>",
       "t.xml:2:1: error: more than one root element"},
      {"  \n\t\n", "t.xml: error: no root element"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.xml);
    Status status = LoadStatus(row.xml);
    CHECK(status.code() == Status::Code::kParseError);
    CHECK(status.ToString() == row.error);
  }
}

TEST_CASE("An empty file is an error") {
  Status status = LoadStatus("");
  CHECK(status.code() == Status::Code::kParseError);
  CHECK(status.ToString() == "t.xml: error: empty file");
  CHECK(LoadStatus("\xEF\xBB\xBF").ToString() == "t.xml: error: empty file");
}

TEST_CASE("A root no loader knows is Unsupported, naming root and formats") {
  Status status = LoadStatus(
      "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>");
  CHECK(status.code() == Status::Code::kUnsupported);
  CHECK(status.ToString() == std::string("t.xml:2:1: error: unknown root element 'html' (namespace "
                                         "'http://www.w3.org/1999/xhtml'); supported: ") +
                                 SupportedFormats());
  CHECK(LoadStatus("<x:foo xmlns:x=\"urn:x\"/>")
            .message()
            .rfind("unknown root element 'foo' (namespace 'urn:x'); supported: Akoma Ntoso", 0) ==
        0);
  CHECK(LoadStatus("<act/>").message().rfind("unknown root element 'act' (no namespace)", 0) == 0);
  status = LoadStatus(kOpen + "<meta/></akomaNtoso>");
  CHECK(status.code() == Status::Code::kUnsupported);
  CHECK(status.ToString() ==
        "t.xml:1:1: error: akomaNtoso holds no document (act, bill, doc, judgment ...)");
  CHECK(std::string(SupportedFormats()).find("Akoma Ntoso 1.0, 2.0 and 3.0") == 0);
}

TEST_CASE("Invalid UTF-8 and NUL bytes are errors with their byte offset") {
  Status status = LoadStatus("<a>\n  caf\xC3(</a>");
  CHECK(status.code() == Status::Code::kParseError);
  CHECK(status.ToString() == "t.xml:2:6: error: invalid UTF-8 at byte 9");
  status = LoadStatus(kOpen + "\n<act>\xE2\x82</act></akomaNtoso>");
  CHECK(status.ToString() == "t.xml:2:6: error: invalid UTF-8 at byte 75");
  status = LoadStatus(std::string("<a>\0</a>", 8));
  CHECK(status.ToString() == "t.xml:1:4: error: NUL character at byte 3");
}

TEST_CASE("Entities and DTDs are never fetched or expanded") {
  // A local file an external entity points at: its text must not appear.
  std::filesystem::path secret =
      std::filesystem::temp_directory_path() / "concord_loader_test_secret.txt";
  {
    std::ofstream out(secret);
    out << "SECRET-CONTENT";
  }
  const std::string uri = "file://" + secret.string();
  const std::string xml =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE akomaNtoso [\n"
      "  <!ENTITY xxe SYSTEM \"" +
      uri +
      "\">\n"
      "  <!ENTITY % param SYSTEM \"" +
      uri +
      "\">\n"
      "  %param;\n"
      "  <!ENTITY internal \"EXPANDED\">\n"
      "]>\n" +
      kOpen +
      "<act><body><section eId=\"s\"><content><p>a &xxe; b &internal; c"
      "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" +
      uri +
      "\" parse=\"text\"/></p></content></section></body></act>"
      "</akomaNtoso>";
  Document doc;
  Status status = LoadXml(xml, &doc);
  std::filesystem::remove(secret);
  REQUIRE_MESSAGE(status.ok(), status.ToString());
  REQUIRE(doc.provisions.size() == 1);
  CHECK(doc.provisions[0].text == "a &xxe; b &internal; c");
  CHECK(doc.provisions[0].text.find("SECRET") == std::string::npos);
  CHECK(doc.provisions[0].text.find("EXPANDED") == std::string::npos);
  CHECK(doc.provisions[0].line == 8);
}

TEST_CASE("1,000,000-deep nesting is refused past the documented limit, without a crash") {
  const std::string head = kOpen + "<act><body>";
  std::string xml = head;
  const int kDepth = 1000000;
  xml.reserve(head.size() + kDepth * 27 + 64);
  for (int i = 0; i < kDepth; ++i) xml += "<hcontainer>";
  xml += "x";
  for (int i = 0; i < kDepth; ++i) xml += "</hcontainer>";
  xml += "</body></act></akomaNtoso>";
  Status status = LoadStatus(xml);
  CHECK(status.code() == Status::Code::kUnsupported);
  // Provisions stop first: the 1,001st nested hcontainer.
  const size_t column = head.size() + 1000 * std::string("<hcontainer>").size() + 1;
  CHECK(status.ToString() ==
        "t.xml:1:" + std::to_string(column) + ": error: provisions nested deeper than 1000 levels");

  // The same depth of inline markup inside a paragraph.
  xml = head + "<section><content><p>";
  for (int i = 0; i < kDepth; ++i) xml += "<b>";
  for (int i = 0; i < kDepth; ++i) xml += "</b>";
  xml += "</p></content></section></body></act></akomaNtoso>";
  status = LoadStatus(xml);
  CHECK(status.code() == Status::Code::kUnsupported);
  CHECK(status.message() == "element nesting deeper than 10000 levels");
}

TEST_CASE("A 600 KB single-line file: exact columns far along the line") {
  std::string xml = kOpen + "<act><body>";
  int sections = 0;
  while (xml.size() < 600 * 1024) {
    ++sections;
    xml += "<section eId=\"sec_" + std::to_string(sections) + "\"><num>" +
           std::to_string(sections) + ".</num><content><p>Статья про пытки " +
           std::to_string(sections) + ".</p></content></section>";
  }
  xml += "</body></act></akomaNtoso>";
  Document doc;
  REQUIRE(LoadXml(xml, &doc).ok());
  REQUIRE(doc.provisions.size() == static_cast<size_t>(sections));
  const Provision& last = doc.provisions.back();
  const std::string tag = "<section eId=\"sec_" + std::to_string(sections) + "\"";
  // Columns count code points: every section before holds 14 Cyrillic
  // letters ("Статья про пытки") of two bytes each.
  size_t byte = xml.find(tag);
  size_t cyrillic_before = static_cast<size_t>(sections - 1) * 14;
  CHECK(last.line == 1);
  CHECK(last.column == byte - cyrillic_before + 1);
  REQUIRE(last.text_segments.size() == 1);
  CHECK(last.text_segments[0].column == xml.find("Статья", byte) - cyrillic_before + 1);
}

TEST_CASE("LoadDocumentFile reads the file and names it in errors") {
  Document doc;
  Diagnostics diagnostics;
  Status status =
      LoadDocumentFile("/nonexistent/concord/statute.xml", LoadOptions{}, &doc, &diagnostics);
  CHECK(status.code() == Status::Code::kIoError);
  CHECK(status.ToString() ==
        "/nonexistent/concord/statute.xml: error: cannot open file: No such file or directory");
  CHECK(doc.path == "/nonexistent/concord/statute.xml");

  std::filesystem::path path =
      std::filesystem::temp_directory_path() / "concord_loader_test_statute.xml";
  {
    std::ofstream out(path);
    out << kOpen << "<act><body><section eId=\"s\"><content><p>Hi.</p></content></section>"
        << "</body></act></akomaNtoso>";
  }
  status = LoadDocumentFile(path.string(), LoadOptions{}, &doc, &diagnostics);
  std::filesystem::remove(path);
  REQUIRE(status.ok());
  CHECK(doc.path == path.string());
  CHECK(doc.provisions.size() == 1);
  CHECK(doc.source_bytes > 100);
  CHECK(diagnostics.empty());
}

}  // namespace
}  // namespace concord
