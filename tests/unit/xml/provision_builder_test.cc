// Provision ids (given and generated), nesting (parent, end, depth) and
// notes.

#include "provision_builder.h"

#include "load_test_util.h"

#include <string>

#include <doctest/doctest.h>

namespace concord {
namespace {

using test::LoadXml;
using test::Outline;

std::string Akn(const std::string& body) {
  return "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act><body>" +
         body + "</body></act></akomaNtoso>";
}

TEST_CASE("NumForId keeps the number of a <num>") {
  struct Row {
    std::string num;
    std::string id;
  };
  const Row rows[] = {
      {"Article 5", "5"},
      {"Art. 5.", "5"},
      {"5", "5"},
      {"(a)", "a"},
      {"(iv)", "iv"},
      {"5 bis", "5-bis"},
      {"§ 1.", "1"},
      {"1.2.3", "1-2-3"},
      {"Статья 12.", "12"},
      {"а)", "а"},
      {"CHAPTER III", "III"},
      {"", ""},
      {"—", ""},
      {"(1)(a)", "1-a"},
      {"\u2001\u2001(a)", "a"},
      {"Title 9\u2014", "9"},
      {"\u00A75\u00A0bis", "5-bis"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.num);
    CHECK(xml::NumForId(row.num) == row.id);
  }
}

TEST_CASE("Ids: eId, else id, else wId, else xml:id") {
  Document doc;
  REQUIRE(LoadXml(Akn(R"(<section eId="e" id="i" wId="w"/>)"
                      R"(<section id="i2" wId="w2" xml:id="x2"/>)"
                      R"(<section wId="w3" xml:id="x3"/>)"
                      R"(<section xml:id="x4"/>)"
                      R"(<section eId="" id="i5"/>)"),
                  &doc)
              .ok());
  CHECK(Outline(doc) == "section e\nsection i2\nsection w3\nsection x4\nsection i5\n");
  for (const Provision& p : doc.provisions) CHECK_FALSE(p.id_generated);
}

TEST_CASE("Generated ids follow the AKN naming convention") {
  Document doc;
  REQUIRE(LoadXml(Akn(R"(
    <part><num>PART II</num>
      <chapter><num>Chapter 3</num>
        <article><num>Article 5</num>
          <paragraph><num>1.</num><content><p>a</p></content></paragraph>
          <paragraph><num>2.</num>
            <list><intro><p>as follows:</p></intro>
              <point><num>(a)</num><content><p>x</p></content></point>
              <point><num>(b)</num><content><p>y</p></content></point>
            </list>
          </paragraph>
          <paragraph><content><p>unnumbered</p></content></paragraph>
        </article>
      </chapter>
    </part>
    <section><num>4.</num><subsection><num>(1)</num></subsection></section>
    <article eId="art_9"><paragraph><num>1</num></paragraph></article>
    <hcontainer name="schedule"/><hcontainer name="schedule"/>)"),
                  &doc)
              .ok());
  CHECK(Outline(doc) ==
        "part part_II\n"
        "  chapter part_II__chp_3\n"
        "    article art_5\n"
        "      paragraph art_5__para_1\n"
        "      paragraph art_5__para_2\n"
        "        list art_5__para_2__list_1\n"
        "          point art_5__para_2__list_1__point_a\n"
        "          point art_5__para_2__list_1__point_b\n"
        "      paragraph art_5__para_3\n"
        "section sec_4\n"
        "  subsection sec_4__subsec_1\n"
        "article art_9\n"
        "  paragraph art_9__para_1\n"
        "hcontainer hcontainer_1\n"
        "hcontainer hcontainer_2\n");
  CHECK_FALSE(doc.provisions[11].id_generated);
  CHECK(doc.provisions[12].id_generated);
}

TEST_CASE("Parent, end and depth describe the tree") {
  Document doc;
  REQUIRE(LoadXml(Akn(R"(<chapter eId="c"><article eId="a1"><paragraph eId="p1"/>)"
                      R"(<paragraph eId="p2"/></article><article eId="a2"/></chapter>)"
                      R"(<chapter eId="c2"/>)"),
                  &doc)
              .ok());
  struct Row {
    int parent, end, depth;
  };
  const Row rows[] = {{-1, 5, 0}, {0, 4, 1}, {1, 3, 2}, {1, 4, 2}, {0, 5, 1}, {-1, 6, 0}};
  REQUIRE(doc.provisions.size() == 6);
  for (size_t i = 0; i < 6; ++i) {
    CAPTURE(doc.provisions[i].id);
    CHECK(doc.provisions[i].parent == rows[i].parent);
    CHECK(doc.provisions[i].end == rows[i].end);
    CHECK(doc.provisions[i].depth == rows[i].depth);
  }
  CHECK(doc.EnclosingArticle(3) == 1);
  CHECK(doc.EnclosingArticle(0) == -1);
}

TEST_CASE("Containers become provisions only when they hold text") {
  Document doc;
  REQUIRE(LoadXml(R"(<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act>
      <preface><longTitle><p>An Act about things.</p></longTitle></preface>
      <preamble><recitals><intro><p>Whereas:</p></intro>
        <recital><num>(1)</num><p>One.</p></recital></recitals>
        <citations><citation><p>Having regard to the Charter,</p></citation></citations>
        <formula name="enactingFormula"><p>HAVE ADOPTED THIS REGULATION:</p></formula>
      </preamble>
      <body><article eId="art_1"><content><p>Text.</p></content></article></body>
      <conclusions><p>Done at Brussels.</p></conclusions>
    </act></akomaNtoso>)",
                  &doc)
              .ok());
  CHECK(Outline(doc) ==
        "preface preface\n"
        "preamble preamble\n"
        "  recitals recs_1\n"
        "    recital recs_1__rec_1\n"
        "  citation cit_1\n"
        "article art_1\n"
        "conclusions conclusions\n");
  CHECK(doc.provisions[0].text == "An Act about things.");
  CHECK(doc.provisions[1].text == "HAVE ADOPTED THIS REGULATION:");
  CHECK(doc.provisions[2].text == "Whereas:");
  CHECK(doc.provisions[3].num == "(1)");
  CHECK(doc.provisions[3].text == "One.");
  CHECK(doc.provisions[4].text == "Having regard to the Charter,");
}

TEST_CASE("Notes: authorial notes, note containers and note labels") {
  Document doc;
  REQUIRE(LoadXml(Akn(R"(
    <article eId="art_7"><num>Статья 7.</num>
      <paragraph eId="art_7__para_1"><num>1.</num><content><p>Текст<authorialNote eId="n1"><p>Сноска.</p></authorialNote> статьи.</p></content></paragraph>
      <paragraph eId="art_7__para_2"><num>Примечание.</num><content><p>Под пыткой понимается ...</p></content></paragraph>
      <paragraph eId="art_7__para_3"><content><p>Примечания: 1. В настоящей статье ...</p></content></paragraph>
      <hcontainer eId="art_7__hcontainer_1"><heading>Notes</heading></hcontainer>
      <hcontainer eId="art_7__hcontainer_2" name="note"><p>Amended in 2020.</p></hcontainer>
      <paragraph eId="art_7__para_4"><heading>Notes on procedure and practice</heading></paragraph>
      <paragraph eId="art_7__para_5"><content><p>Примечание к статье не является ...</p></content></paragraph>
    </article>
    <article eId="art_8"><heading>Note</heading></article>)"),
                  &doc)
              .ok());
  struct Row {
    const char* id;
    bool is_note;
  };
  const Row rows[] = {{"art_7", false},
                      {"art_7__para_1", false},
                      {"n1", true},
                      {"art_7__para_2", true},
                      {"art_7__para_3", true},
                      {"art_7__hcontainer_1", true},
                      {"art_7__hcontainer_2", true},
                      {"art_7__para_4", false},
                      {"art_7__para_5", false},
                      {"art_8", false}};
  REQUIRE(doc.provisions.size() == std::size(rows));
  for (size_t i = 0; i < std::size(rows); ++i) {
    CAPTURE(rows[i].id);
    CHECK(doc.provisions[i].id == rows[i].id);
    CHECK(doc.provisions[i].is_note == rows[i].is_note);
  }
  CHECK(doc.provisions[1].text == "Текст статьи.");
  CHECK(doc.provisions[2].kind == "note");
  CHECK(doc.provisions[2].parent == 1);
  CHECK(doc.provisions[2].text == "Сноска.");
}

TEST_CASE("keep_notes = false drops authorial notes and note containers") {
  Document doc;
  LoadOptions options;
  options.keep_notes = false;
  REQUIRE(
      LoadXml(
          Akn(R"(<section eId="s"><content><p>A<authorialNote eId="n"><p>B</p></authorialNote>C</p></content>)"
              R"(<hcontainer eId="h" name="note"><p>D</p></hcontainer></section>)"),
          &doc, nullptr, options)
          .ok());
  CHECK(Outline(doc) == "section s\n");
  CHECK(doc.provisions[0].text == "AC");
}

TEST_CASE("Deep provision nesting is walked without recursion") {
  // 1,000 nested hcontainers: the provision depth limit, built iteratively.
  std::string body;
  for (int i = 0; i < 1000; ++i) body += "<hcontainer>";
  body += "<content><p>deep</p></content>";
  for (int i = 0; i < 1000; ++i) body += "</hcontainer>";
  Document doc;
  REQUIRE(LoadXml(Akn(body), &doc).ok());
  REQUIRE(doc.provisions.size() == 1000);
  CHECK(doc.provisions[999].depth == 999);
  CHECK(doc.provisions[999].text == "deep");
  CHECK(doc.provisions[999].parent == 998);
  CHECK(doc.provisions[0].end == 1000);
  CHECK(doc.provisions[2].id == "hcontainer_1__hcontainer_1__hcontainer_1");
}

}  // namespace
}  // namespace concord
