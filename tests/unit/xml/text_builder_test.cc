// A provision's own text: inline markup flattened, blocks on their own
// lines, source characters kept, and every character locatable.

#include "text_builder.h"

#include "load_test_util.h"

#include <string>

#include <doctest/doctest.h>

namespace concord {
namespace {

using test::LoadXml;

// Loads `body` as the only content of <section eId="s"> and returns it.
Provision LoadSection(const std::string& body, Document* doc) {
  std::string xml =
      "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act><body>"
      "<section eId=\"s\">" +
      body + "</section></body></act></akomaNtoso>";
  Status status = LoadXml(xml, doc);
  REQUIRE_MESSAGE(status.ok(), status.ToString());
  REQUIRE(!doc->provisions.empty());
  return doc->provisions[0];
}

TEST_CASE("Inline markup is flattened into the running text") {
  Document doc;
  Provision p = LoadSection(
      "<content><p>A <b>person</b> <i>shall</i> <ref href=\"#a\">not</ref> be "
      "<term refersTo=\"#t\">tortured</term><sup>1</sup>, <span><inline name=\"x\">nor</inline> "
      "<abbr>ill</abbr>-treated</span>; <date date=\"2020-01-01\">1 January</date> "
      "<person refersTo=\"#p\">Smith</person><eol/>end.</p></content>",
      &doc);
  CHECK(p.text == "A person shall not be tortured1, nor ill-treated; 1 January Smith\nend.");
}

TEST_CASE("Blocks become lines; white space around them is dropped") {
  Document doc;
  Provision p = LoadSection(R"(
    <intro>
      <p>The following:</p>
    </intro>
    <content>
      <blockList>
        <listIntroduction>Namely</listIntroduction>
        <item><num>(a)</num><p>first;</p></item>
        <item><num>(b)</num>
          <p>second.</p></item>
      </blockList>
      <table><tr><td>cell 1</td><td>cell 2</td></tr></table>
    </content>
    <wrapUp><p>and so on.</p></wrapUp>)",
                            &doc);
  CHECK(p.text == "The following:\nNamely\n(a) first;\n(b) second.\ncell 1\ncell 2\nand so on.");
}

TEST_CASE("Source characters are kept inside a text node") {
  Document doc;
  Provision p = LoadSection("<content><p>one\n    two\tthree  four</p></content>", &doc);
  CHECK(p.text == "one\n    two\tthree  four");
  Location at = doc.Locate(0, TextField::kText, p.text.find("two"));
  CHECK(at.line == 2);
  CHECK(at.column == 5);
  at = doc.Locate(0, TextField::kText, p.text.find("four"));
  CHECK(at.line == 2);
  CHECK(at.column == 16);  // a tab is one column
}

TEST_CASE("Entities are decoded and a new segment starts after each") {
  Document doc;
  Provision p = LoadSection(
      "<content><p>R&amp;D &lt;x&gt; &#1058;&#x435;st &quot;q&quot; &apos;a&apos; &unknown; "
      "&#0; &#xD800; tail</p></content>",
      &doc);
  CHECK(p.text == "R&D <x> \u0422\u0435st \"q\" 'a' &unknown; &#0; &#xD800; tail");
  // Every source column is found again, whatever an entity's length.
  const std::string xml_line =
      "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act><body>"
      "<section eId=\"s\"><content><p>R&amp;D &lt;x&gt; &#1058;&#x435;st &quot;q&quot; "
      "&apos;a&apos; &unknown; &#0; &#xD800; tail";
  struct Row {
    const char* text;  // in the provision's text
    const char* xml;   // where it is in the source
  };
  const Row rows[] = {{"D <x>", "D &lt;"}, {"x>", "x&gt;"},   {"st ", "st &quot;"},
                      {"q\"", "q&quot;"},  {"a'", "a&apos;"}, {"&unknown", "&unknown"},
                      {"tail", "tail"}};
  for (const Row& row : rows) {
    CAPTURE(row.text);
    Location at = doc.Locate(0, TextField::kText, p.text.find(row.text));
    CHECK(at.line == 1);
    CHECK(at.column == xml_line.find(row.xml) + 1);
  }
}

TEST_CASE("CRLF and CR line ends become LF and keep lines right") {
  Document doc;
  Provision p = LoadSection("<content><p>one\r\ntwo\rthree</p></content>", &doc);
  CHECK(p.text == "one\ntwo\nthree");
  Location at = doc.Locate(0, TextField::kText, p.text.find("three"));
  CHECK(at.line == 3);
  CHECK(at.column == 1);
}

TEST_CASE("CDATA is text, taken literally") {
  Document doc;
  Provision p = LoadSection("<content><p>a <![CDATA[<b> &amp; </b>]]> z</p></content>", &doc);
  CHECK(p.text == "a <b> &amp; </b> z");
}

TEST_CASE("White space between inline elements separates words") {
  Document doc;
  Provision p = LoadSection(
      "<content><p><b>cruel</b> <i>inhuman</i>\n   <u>or degrading</u><b>!</b> "
      "<!-- c --> <i>x</i></p></content>",
      &doc);
  CHECK(p.text == "cruel inhuman or degrading! x");
}

TEST_CASE("TrimUnicodeSpace trims Unicode spaces at both ends only") {
  struct Row {
    std::string in, out;
  };
  const Row rows[] = {{"\u2001\u2001(a)", "(a)"},
                      {"(a)\u00A0", "(a)"},
                      {" \u3000x\u2003y\u202F ", "x\u2003y"},
                      {"\u2014x", "\u2014x"},
                      {"", ""},
                      {"\u200B", ""}};
  for (const Row& row : rows) {
    CAPTURE(row.in);
    std::string s = row.in;
    xml::TrimUnicodeSpace(&s);
    CHECK(s == row.out);
  }
}

TEST_CASE("Heading and subheading; num collapsed") {
  Document doc;
  Provision p = LoadSection(
      "<num>\n  Section\n  5.\n</num><heading>  Torture  </heading>"
      "<subheading>and other <i>cruel</i> treatment</subheading>",
      &doc);
  CHECK(p.num == "Section 5.");
  CHECK(p.heading == "Torture\nand other cruel treatment");
  REQUIRE(p.heading_segments.size() == 4);
  CHECK(p.heading_segments[0].offset == 0);
  Location at = doc.Locate(0, TextField::kHeading, p.heading.find("cruel"));
  CHECK(at.line == 4);
  CHECK(at.column ==
        std::string("</num><heading>  Torture  </heading><subheading>and other <i>").size() + 1);
}

}  // namespace
}  // namespace concord
