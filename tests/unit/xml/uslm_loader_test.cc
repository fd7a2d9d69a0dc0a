// USLM (1.0 and 2.x) and the DC Council dc-library schema, on small
// documents written for the test in each dialect's style.

#include "load_test_util.h"

#include <string>

#include <doctest/doctest.h>

namespace concord {
namespace {

using test::LoadXml;
using test::Outline;

// USLM 2.x: Dublin Core metadata, a cover (preface) that is not law text,
// identifiers, em-quad spaces in numbers, chapeau and continuation, notes.
const char kUslmBill[] = R"XML(<?xml version="1.0" encoding="UTF-8"?>
<bill xmlns="http://schemas.gpo.gov/xml/uslm" xmlns:dc="http://purl.org/dc/elements/1.1/" xml:lang="en">
<meta>
<dc:title>118 S 1 IS: To protect children.</dc:title>
<dc:type>Senate Bill</dc:type>
<docNumber>1</docNumber>
<dc:language>EN</dc:language>
</meta>
<preface><congress value="118">118th CONGRESS</congress><docNumber>1</docNumber></preface>
<main>
<longTitle><docTitle>A BILL</docTitle><officialTitle>To protect children.</officialTitle></longTitle>
<section identifier="/us/bill/118/s/1/s1"><num value="1">SECTION 1.</num><heading>DEFINITIONS.</heading>
<chapeau>In this Act:</chapeau>
<paragraph identifier="/us/bill/118/s/1/s1/1"><num value="1">  (1)</num><content>The term “<term>child</term>” means an individual under 18.</content></paragraph>
<paragraph><num value="2">(2)</num><content>The term “State” includes the District.</content></paragraph>
<continuation>as provided by law.<sidenote><p>42 USC 1</p></sidenote></continuation>
<note><p>Editorial note.</p></note>
</section>
</main>
</bill>
)XML";

TEST_CASE("USLM 2.x bill: metadata, provisions, notes, definitions") {
  Document doc;
  REQUIRE(LoadXml(kUslmBill, &doc).ok());
  CHECK(doc.format == "uslm");
  CHECK(doc.namespace_uri == "http://schemas.gpo.gov/xml/uslm");
  CHECK(doc.doc_type == "bill");
  CHECK(doc.doc_name == "Senate Bill");
  CHECK(doc.title == "118 S 1 IS: To protect children.");
  CHECK(doc.language == "EN");
  CHECK(doc.country == "us");
  CHECK(doc.frbr_work.empty());
  CHECK(Outline(doc) ==
        "main main\n"
        "  section /us/bill/118/s/1/s1\n"
        "    paragraph /us/bill/118/s/1/s1/1\n"
        "    paragraph /us/bill/118/s/1/s1__para_2\n"
        "    note /us/bill/118/s/1/s1__note_1\n");
  CHECK(doc.provisions[0].text == "A BILLTo protect children.");
  const Provision& section = doc.provisions[1];
  CHECK(section.num == "SECTION 1.");
  CHECK(section.heading == "DEFINITIONS.");
  CHECK(section.text == "In this Act:\nas provided by law.");
  CHECK(section.line == 12);
  CHECK(section.column == 1);
  CHECK(doc.provisions[2].num == "(1)");
  CHECK(doc.provisions[2].text == "The term “child” means an individual under 18.");
  CHECK(doc.provisions[4].is_note);
  REQUIRE(doc.definitions.size() == 2);
  CHECK(doc.definitions[0].term == "child");
  CHECK(doc.definitions[0].provision == 2);
  CHECK(doc.definitions[1].term == "State");
  CHECK(doc.definitions[1].provision == 3);
}

// USLM 1.0: the US Code; the work is the title's identifier.
const char kUsc[] = R"XML(<?xml version="1.0" encoding="UTF-8"?>
<uscDoc xmlns="http://xml.house.gov/schemas/uslm/1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xml:lang="en" identifier="/us/usc/t9">
<meta><dc:title>Title 9</dc:title><dc:type>USCTitle</dc:type><dcterms:created>2013-07-26T05:15:14</dcterms:created></meta>
<main>
<title identifier="/us/usc/t9"><num value="9">Title 9—</num><heading>ARBITRATION</heading>
<toc><tocItem>1. General provisions</tocItem></toc>
<chapter identifier="/us/usc/t9/ch1"><num value="1">CHAPTER 1—</num><heading>GENERAL PROVISIONS</heading>
<section identifier="/us/usc/t9/s1"><num value="1">§ 1.</num><heading> “Maritime transactions” defined</heading>
<content><p>“Maritime transactions”, as herein defined, means charter parties.</p></content>
<sourceCredit>(July 30, 1947, ch. 392, 61 Stat. 670.)</sourceCredit>
<notes type="uscNote"><note topic="miscellaneous"><heading>Amendments</heading><p>1990—amended.</p></note></notes>
</section>
</chapter>
</title>
</main>
</uscDoc>
)XML";

TEST_CASE("USLM 1.0 US Code: identifiers, source credits, notes") {
  Document doc;
  REQUIRE(LoadXml(kUsc, &doc).ok());
  CHECK(doc.format == "uslm");
  CHECK(doc.doc_type == "uscDoc");
  CHECK(doc.frbr_work == "/us/usc/t9");
  CHECK(doc.title == "Title 9");
  CHECK(doc.date == "2013-07-26");
  CHECK(doc.language == "en");
  CHECK(Outline(doc) ==
        "title /us/usc/t9\n"
        "  chapter /us/usc/t9/ch1\n"
        "    section /us/usc/t9/s1\n"
        "      note /us/usc/t9/s1__note_1\n");
  const Provision& section = doc.provisions[2];
  CHECK(section.num == "§ 1.");
  CHECK(section.heading == "“Maritime transactions” defined");
  CHECK(section.text ==
        "“Maritime transactions”, as herein defined, means charter parties.\n"
        "(July 30, 1947, ch. 392, 61 Stat. 670.)");
  CHECK(doc.provisions[3].is_note);
  CHECK(doc.provisions[3].heading == "Amendments");
  REQUIRE(doc.definitions.size() == 1);
  CHECK(doc.definitions[0].term == "Maritime transactions");
}

// dc-library: a DC Code section, XInclude never followed.
const char kDcSection[] = R"XML(<?xml version='1.0' encoding='utf-8'?>
<section xmlns="https://code.dccouncil.us/schemas/dc-library" xmlns:xi="http://www.w3.org/2001/XInclude">
  <num>1-1001.01</num>
  <heading>Election of electors.</heading>
  <text>Electors shall be elected:</text>
  <para>
    <num>(1)</num>
    <text>National committeemen;</text>
  </para>
  <xi:include href="/etc/passwd" parse="text"/>
  <annotations>
    <annotation type="History">Aug. 12, 1955, 69 Stat. 699, ch. 862, § 1</annotation>
    <annotation type="Effect of Amendments">The 2015 amendment by <cite doc="D.C. Law 20-167">D.C. Law 20-167</cite> substituted words.</annotation>
  </annotations>
</section>
)XML";

TEST_CASE("dc-library: sections, paragraphs, annotations as a note") {
  Document doc;
  REQUIRE(LoadXml(kDcSection, &doc).ok());
  CHECK(doc.format == "dc-library");
  CHECK(doc.doc_type == "section");
  CHECK(doc.title == "Election of electors.");
  CHECK(doc.country == "US-DC");
  CHECK(Outline(doc) ==
        "section sec_1-1001-01\n"
        "  para sec_1-1001-01__para_1\n"
        "  note sec_1-1001-01__note_1\n");
  CHECK(doc.provisions[0].text == "Electors shall be elected:");
  CHECK(doc.provisions[1].text == "National committeemen;");
  CHECK(doc.provisions[1].line == 6);
  CHECK(doc.provisions[1].column == 3);
  CHECK(doc.provisions[2].is_note);
  CHECK(doc.provisions[2].text ==
        "Aug. 12, 1955, 69 Stat. 699, ch. 862, § 1\n"
        "The 2015 amendment by D.C. Law 20-167 substituted words.");
  for (const Provision& p : doc.provisions) CHECK(p.text.find("root:") == std::string::npos);
}

TEST_CASE("dc-library index: prefix and num make the number") {
  Document doc;
  REQUIRE(
      LoadXml(
          R"(<container xmlns="https://code.dccouncil.us/schemas/dc-library" xmlns:xi="http://www.w3.org/2001/XInclude">
  <prefix>Title</prefix><num>1</num><heading>Government Organization.</heading>
  <container><prefix>Chapter</prefix><num>1</num><heading>Development.</heading>
    <xi:include href="./sections/1-101.xml"/>
  </container>
</container>)",
          &doc)
          .ok());
  CHECK(Outline(doc) == "container container_1\n  container container_1__container_1\n");
  CHECK(doc.provisions[0].num == "Title 1");
  CHECK(doc.provisions[1].num == "Chapter 1");
  CHECK(doc.title == "Government Organization.");
}

}  // namespace
}  // namespace concord
