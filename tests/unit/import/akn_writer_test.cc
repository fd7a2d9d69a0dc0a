#include "akn_writer.h"

#include <doctest/doctest.h>

namespace concord::import {
namespace {

std::unique_ptr<Node> MakeNode(NodeKind kind, std::string element, std::string eid,
                               std::string num) {
  auto node = std::make_unique<Node>();
  node->kind = kind;
  node->element = std::move(element);
  node->eid = std::move(eid);
  node->num = std::move(num);
  return node;
}

ImportTree SmallTree() {
  ImportTree tree;
  tree.title = "Convention on Tests & Examples";
  tree.preamble = {{"", "The States Parties,"},
                   {"a)", "Recalling the examples,"},
                   {"", "Have agreed as follows:"}};
  tree.body.kind = NodeKind::kBody;
  Node* article = tree.body.Add(MakeNode(NodeKind::kArticle, "article", "art_1", "Article 1"));
  article->heading = "Definitions";
  article->text = {"In this Convention:"};
  Node* para = article->Add(MakeNode(NodeKind::kItem, "paragraph", "art_1__para_1", "1."));
  para->text = {"\"Test\" means a check < 5."};
  article->wrap_up = {"End."};
  Node* annex = tree.body.Add(MakeNode(NodeKind::kContainer, "hcontainer", "annex_I", "ANNEX I"));
  annex->name = "annex";
  annex->subheading = "Model";
  return tree;
}

AknMetadata Meta(bool outline) {
  AknMetadata meta;
  meta.work = "/akn/un/treaty/2001-02-03/tests";
  meta.country = "un";
  meta.language = "eng";
  meta.date = "2001-02-03";
  meta.date_name = "adoption";
  meta.doc_type = "treaty";
  meta.outline = outline;
  return meta;
}

constexpr const char* kMeta =
    "    <meta>\n"
    "      <identification source=\"#concord\">\n"
    "        <FRBRWork>\n"
    "          <FRBRthis value=\"/akn/un/treaty/2001-02-03/tests/!main\"/>\n"
    "          <FRBRuri value=\"/akn/un/treaty/2001-02-03/tests\"/>\n"
    "          <FRBRdate date=\"2001-02-03\" name=\"adoption\"/>\n"
    "          <FRBRauthor href=\"#un\"/>\n"
    "          <FRBRcountry value=\"un\"/>\n"
    "%SUBTYPE%"
    "        </FRBRWork>\n"
    "        <FRBRExpression>\n"
    "          <FRBRthis value=\"/akn/un/treaty/2001-02-03/tests/eng@/!main\"/>\n"
    "          <FRBRuri value=\"/akn/un/treaty/2001-02-03/tests/eng@\"/>\n"
    "          <FRBRdate date=\"2001-02-03\" name=\"adoption\"/>\n"
    "          <FRBRauthor href=\"#un\"/>\n"
    "          <FRBRlanguage language=\"eng\"/>\n"
    "        </FRBRExpression>\n"
    "        <FRBRManifestation>\n"
    "          <FRBRthis value=\"/akn/un/treaty/2001-02-03/tests/eng@/!main.xml\"/>\n"
    "          <FRBRuri value=\"/akn/un/treaty/2001-02-03/tests/eng@.akn\"/>\n"
    "          <FRBRdate date=\"2001-02-03\" name=\"adoption\"/>\n"
    "          <FRBRauthor href=\"#concord\"/>\n"
    "        </FRBRManifestation>\n"
    "      </identification>\n"
    "      <references source=\"#concord\">\n"
    "        <TLCOrganization eId=\"concord\" href=\"/ontology/organization/concord\" "
    "showAs=\"Concord\"/>\n"
    "        <TLCOrganization eId=\"un\" href=\"/ontology/organization/un\" showAs=\"un\"/>\n"
    "      </references>\n"
    "    </meta>\n";

std::string MetaFor(bool outline) {
  std::string meta = kMeta;
  meta.replace(meta.find("%SUBTYPE%"), 9,
               outline ? "          <FRBRsubtype value=\"outline\"/>\n" : "");
  return meta;
}

TEST_CASE("WriteAkn prints the whole document, one element per line") {
  std::string expected =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">\n"
      "  <doc name=\"treaty\">\n" +
      MetaFor(false) +
      "    <preface>\n"
      "      <p>\n"
      "        <docTitle>Convention on Tests &amp; Examples</docTitle>\n"
      "      </p>\n"
      "    </preface>\n"
      "    <preamble>\n"
      "      <recitals eId=\"recs_1\">\n"
      "        <intro>\n"
      "          <p>The States Parties,</p>\n"
      "        </intro>\n"
      "        <recital eId=\"recs_1__recital_1\">\n"
      "          <num>a)</num>\n"
      "          <p>Recalling the examples,</p>\n"
      "        </recital>\n"
      "        <wrapUp>\n"
      "          <p>Have agreed as follows:</p>\n"
      "        </wrapUp>\n"
      "      </recitals>\n"
      "    </preamble>\n"
      "    <mainBody>\n"
      "      <article eId=\"art_1\">\n"
      "        <num>Article 1</num>\n"
      "        <heading>Definitions</heading>\n"
      "        <intro>\n"
      "          <p>In this Convention:</p>\n"
      "        </intro>\n"
      "        <paragraph eId=\"art_1__para_1\">\n"
      "          <num>1.</num>\n"
      "          <content>\n"
      "            <p>\"Test\" means a check &lt; 5.</p>\n"
      "          </content>\n"
      "        </paragraph>\n"
      "        <wrapUp>\n"
      "          <p>End.</p>\n"
      "        </wrapUp>\n"
      "      </article>\n"
      "      <hcontainer eId=\"annex_I\" name=\"annex\">\n"
      "        <num>ANNEX I</num>\n"
      "        <subheading>Model</subheading>\n"
      "      </hcontainer>\n"
      "    </mainBody>\n"
      "  </doc>\n"
      "</akomaNtoso>\n";
  CHECK(WriteAkn(SmallTree(), Meta(false)) == expected);
}

TEST_CASE("WriteAkn in outline mode drops every paragraph of text") {
  std::string expected =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">\n"
      "  <doc name=\"treaty\">\n" +
      MetaFor(true) +
      "    <preface>\n"
      "      <p>\n"
      "        <docTitle>Convention on Tests &amp; Examples</docTitle>\n"
      "      </p>\n"
      "    </preface>\n"
      "    <mainBody>\n"
      "      <article eId=\"art_1\">\n"
      "        <num>Article 1</num>\n"
      "        <heading>Definitions</heading>\n"
      "        <paragraph eId=\"art_1__para_1\">\n"
      "          <num>1.</num>\n"
      "        </paragraph>\n"
      "      </article>\n"
      "      <hcontainer eId=\"annex_I\" name=\"annex\">\n"
      "        <num>ANNEX I</num>\n"
      "        <subheading>Model</subheading>\n"
      "      </hcontainer>\n"
      "    </mainBody>\n"
      "  </doc>\n"
      "</akomaNtoso>\n";
  CHECK(WriteAkn(SmallTree(), Meta(true)) == expected);
}

TEST_CASE("WriteAkn writes an act with a body, and plain paragraphs for a short preamble") {
  ImportTree tree = SmallTree();
  tree.preamble = {{"", "Only one paragraph."}};
  AknMetadata meta = Meta(false);
  meta.doc_type = "act";
  std::string xml = WriteAkn(tree, meta);
  CHECK(xml.find("  <act name=\"act\">\n") != std::string::npos);
  CHECK(xml.find("    <body>\n      <article eId=\"art_1\">\n") != std::string::npos);
  CHECK(xml.find("    <preamble>\n      <p>Only one paragraph.</p>\n    </preamble>\n") !=
        std::string::npos);
}

}  // namespace
}  // namespace concord::import
