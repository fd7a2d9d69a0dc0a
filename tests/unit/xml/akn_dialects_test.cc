// One test per Akoma Ntoso dialect, each on a small document written for the
// test that mimics the dialect: its namespace, prefixes, id scheme, DOCTYPE
// and metadata.

#include "load_test_util.h"

#include <string>

#include <doctest/doctest.h>

namespace concord {
namespace {

using test::FindProvision;
using test::LoadXml;
using test::Outline;

// AKN 3.0, default namespace, eIds, a docTitle, classification keywords.
const char kAkn3[] = R"XML(<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <act name="criminalCode">
    <meta>
      <identification source="#x">
        <FRBRWork>
          <FRBRthis value="/akn/kz/act/2014/226/!main"/>
          <FRBRuri value="/akn/kz/act/2014/226"/>
          <FRBRdate date="2014-07-03" name="adoption"/>
          <FRBRcountry value="kz"/>
        </FRBRWork>
        <FRBRExpression>
          <FRBRthis value="/akn/kz/act/2014/226/eng@/!main"/>
          <FRBRlanguage language="eng"/>
        </FRBRExpression>
      </identification>
      <classification source="#x">
        <keyword value="criminal" showAs="Criminal law" dictionary="#d"/>
        <keyword showAs="Torture" dictionary="#d"/>
      </classification>
    </meta>
    <preface>
      <p><docTitle>Criminal Code</docTitle></p>
    </preface>
    <body>
      <chapter eId="chp_1">
        <num>Chapter 1</num>
        <heading>General provisions</heading>
        <article eId="art_1">
          <num>Article 1.</num>
          <heading>Torture</heading>
          <paragraph eId="art_1__para_1">
            <num>1.</num>
            <content>
              <p>Torture, that is, <i>intentional</i> infliction of pain,
                is punished.</p>
            </content>
          </paragraph>
        </article>
      </chapter>
    </body>
  </act>
</akomaNtoso>
)XML";

TEST_CASE("AKN 3.0: metadata, provisions, text and positions") {
  Document doc;
  REQUIRE(LoadXml(kAkn3, &doc).ok());
  CHECK(doc.path == "t.xml");
  CHECK(doc.format == "akn3");
  CHECK(doc.namespace_uri == "http://docs.oasis-open.org/legaldocml/ns/akn/3.0");
  CHECK(doc.doc_type == "act");
  CHECK(doc.doc_name == "criminalCode");
  CHECK(doc.frbr_work == "/akn/kz/act/2014/226/!main");
  CHECK(doc.frbr_expression == "/akn/kz/act/2014/226/eng@/!main");
  CHECK(doc.title == "Criminal Code");
  CHECK(doc.language == "eng");
  CHECK(doc.date == "2014-07-03");
  CHECK(doc.country == "kz");
  CHECK(doc.subjects == std::vector<std::string>{"criminal", "Torture"});
  CHECK(doc.source_bytes == sizeof kAkn3 - 1);
  CHECK(Outline(doc) ==
        "preface preface\n"
        "chapter chp_1\n"
        "  article art_1\n"
        "    paragraph art_1__para_1\n");

  const Provision& preface = doc.provisions[0];
  CHECK(preface.id_generated);
  CHECK(preface.text == "Criminal Code");
  CHECK(preface.line == 22);
  CHECK(preface.column == 5);

  const Provision& chapter = doc.provisions[1];
  CHECK_FALSE(chapter.id_generated);
  CHECK(chapter.num == "Chapter 1");
  CHECK(chapter.heading == "General provisions");
  CHECK(chapter.text.empty());
  CHECK(chapter.line == 26);
  CHECK(chapter.column == 7);
  CHECK(chapter.parent == -1);
  CHECK(chapter.end == 4);
  CHECK(chapter.depth == 0);
  REQUIRE(chapter.heading_segments.size() == 1);
  CHECK(chapter.heading_segments[0].line == 28);
  CHECK(chapter.heading_segments[0].column == 18);

  const Provision& article = doc.provisions[2];
  CHECK(article.num == "Article 1.");
  CHECK(article.heading == "Torture");
  CHECK(article.parent == 1);
  CHECK(article.end == 4);
  CHECK(article.depth == 1);
  CHECK(article.line == 29);
  CHECK(article.column == 9);

  const Provision& para = doc.provisions[3];
  CHECK(para.num == "1.");
  CHECK(para.text ==
        "Torture, that is, intentional infliction of pain,\n"
        "                is punished.");
  CHECK(para.parent == 2);
  CHECK(para.end == 4);
  CHECK(para.depth == 2);
  CHECK(para.line == 32);
  CHECK(para.column == 11);
  REQUIRE(para.text_segments.size() == 3);
  CHECK(para.text_segments[0].offset == 0);
  CHECK(para.text_segments[0].line == 35);
  CHECK(para.text_segments[0].column == 18);
  CHECK(para.text_segments[1].offset == 18);  // "intentional" inside <i>
  CHECK(para.text_segments[1].column == 39);
  CHECK(para.text_segments[2].offset == 29);
  CHECK(para.text_segments[2].column == 54);

  Location where = doc.Locate(3, TextField::kText, para.text.find("is punished"));
  CHECK(where.ToString() == "t.xml:36:17");
  CHECK(doc.EnclosingArticle(3) == 2);
}

// The WD17 draft: an: prefix, prefixed FRBR, foreign namespaces inside.
const char kWd17[] = R"XML(<?xml version="1.0" encoding="UTF-8"?>
<an:akomaNtoso xmlns:an="http://docs.oasis-open.org/legaldocml/ns/akn/3.0/WD17"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <an:bill name="ddl" contains="originalVersion">
    <an:meta>
      <an:identification source="#redattore">
        <an:FRBRWork>
          <an:FRBRthis value="/akn/it/bill/ddl/2013-03-29/356/!main"/>
          <an:FRBRuri value="/akn/it/bill/ddl/2013-03-29/356"/>
          <an:FRBRdate date="2013-03-29" name="presentazione"/>
          <an:FRBRcountry value="it"/>
        </an:FRBRWork>
        <an:FRBRExpression>
          <an:FRBRthis value="/akn/it/bill/ddl/2013-03-29/356/ita@/!main"/>
          <an:FRBRlanguage language="ita"/>
        </an:FRBRExpression>
      </an:identification>
      <an:proprietary source="#x"><x:note xmlns:x="urn:x">not text</x:note></an:proprietary>
    </an:meta>
    <an:body>
      <an:article eId="art_1">
        <an:num>Art. 1.</an:num>
        <an:paragraph eId="art_1__para_1">
          <an:num>1.</an:num>
          <an:content><an:p>Il testo <an:ref href="/akn/it/act/legge/1957/361">della legge</an:ref> è <rdf:b xmlns:rdf="urn:rdf">modificato</rdf:b>.</an:p></an:content>
        </an:paragraph>
      </an:article>
    </an:body>
  </an:bill>
</an:akomaNtoso>
)XML";

TEST_CASE("AKN 3.0 WD17: an: prefix, foreign markup flattened, references") {
  Document doc;
  REQUIRE(LoadXml(kWd17, &doc).ok());
  CHECK(doc.format == "akn3-wd17");
  CHECK(doc.doc_type == "bill");
  CHECK(doc.doc_name == "ddl");
  CHECK(doc.frbr_work == "/akn/it/bill/ddl/2013-03-29/356/!main");
  CHECK(doc.language == "ita");
  CHECK(Outline(doc) ==
        "article art_1\n"
        "  paragraph art_1__para_1\n");
  const Provision& para = doc.provisions[1];
  CHECK(para.num == "1.");
  CHECK(para.text == "Il testo della legge è modificato.");
  CHECK(para.line == 23);
  CHECK(para.column == 9);
  REQUIRE(doc.references.size() == 1);
  CHECK(doc.references[0].href == "/akn/it/act/legge/1957/361");
  CHECK(doc.references[0].text == "della legge");
  CHECK(doc.references[0].provision == 1);
  CHECK(doc.references[0].line == 25);
  CHECK(doc.references[0].column == 38);
  CHECK(doc.Locate(1, TextField::kText, para.text.find("modificato")).column == 130);
}

// CSD06: a draft namespace, no ids at all (generated), a preface and coverPage.
const char kCsd06[] =
    R"XML(<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0/CSD06">
  <bill name="HGV Road User Levy">
    <meta>
      <identification source="#m">
        <FRBRWork>
          <FRBRthis value="/uk/bill/2012-10-23/77/main"/>
          <FRBRuri value="/uk/bill/2012-10-23/77"/>
          <FRBRdate date="2012-10-23" name="generation"/>
          <FRBRcountry value="UK"/>
        </FRBRWork>
      </identification>
    </meta>
    <coverPage><p>Bill 77</p></coverPage>
    <preface><p><shortTitle>HGV Road User Levy Bill</shortTitle></p></preface>
    <body>
      <part>
        <num>Part 1</num>
        <chapter>
          <num>CHAPTER 3</num>
          <section>
            <num>4.</num>
            <subsection><num>(1)</num><content><p>A levy is charged.</p></content></subsection>
            <subsection><content><p>Unnumbered.</p></content></subsection>
          </section>
          <hcontainer name="crossheading"><heading>Interpretation</heading></hcontainer>
        </chapter>
      </part>
    </body>
  </bill>
</akomaNtoso>)XML";

TEST_CASE("AKN 3.0 CSD06: ids generated by the naming convention") {
  Document doc;
  REQUIRE(LoadXml(kCsd06, &doc).ok());
  CHECK(doc.format == "akn3-csd06");
  CHECK(doc.doc_type == "bill");
  CHECK(doc.frbr_work == "/uk/bill/2012-10-23/77/main");
  CHECK(doc.title == "HGV Road User Levy Bill");
  CHECK(doc.language.empty());
  CHECK(Outline(doc) ==
        "coverPage coverPage\n"
        "preface preface\n"
        "part part_1\n"
        "  chapter part_1__chp_3\n"
        "    section sec_4\n"
        "      subsection sec_4__subsec_1\n"
        "      subsection sec_4__subsec_2\n"
        "    hcontainer hcontainer_1\n");
  for (const Provision& p : doc.provisions) {
    CAPTURE(p.id);
    CHECK(p.id_generated);
  }
  CHECK(doc.provisions[7].heading == "Interpretation");
  CHECK(doc.provisions[7].name == "crossheading");
  CHECK(doc.provisions[5].text == "A levy is charged.");
  CHECK(doc.provisions[5].line == 22);
  CHECK(doc.provisions[5].column == 13);
}

// CSD13: id (not eId), a foreign namespace on the act, an authorial note.
const char kCsd13[] =
    R"XML(<?xml version="1.0" encoding="UTF-8"?><akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0/CSD13" xmlns:scl="http://www.scl.lu">
<act contains="originalVersion" name="" scl:page-proof="many">
<meta>
<identification source="#casemates">
<FRBRWork>
<FRBRthis value="http://data.legilux.public.lu/eli/etat/leg/loi/2006/07/31/n2/jo"/>
<FRBRuri value=""/>
<FRBRdate date="2006-07-31" name="document"/>
</FRBRWork>
<FRBRExpression><FRBRthis value=""/><FRBRlanguage language="fra"/></FRBRExpression>
</identification>
</meta>
<body>
<article id="art_1"><num>Art. 1<sup>er</sup>.</num>
<alinea id="art_1-al_1"><content><p>Le présent code<authorialNote marker="1" id="n1"><p>Voir annexe.</p></authorialNote> entre en vigueur.</p></content></alinea>
</article>
</body>
</act>
</akomaNtoso>)XML";

TEST_CASE("AKN 3.0 CSD13: id attributes, empty FRBR values, authorial notes") {
  Document doc;
  REQUIRE(LoadXml(kCsd13, &doc).ok());
  CHECK(doc.format == "akn3-csd13");
  CHECK(doc.doc_type == "act");
  CHECK(doc.doc_name.empty());
  CHECK(doc.frbr_work == "http://data.legilux.public.lu/eli/etat/leg/loi/2006/07/31/n2/jo");
  CHECK(doc.frbr_expression.empty());
  CHECK(doc.language == "fra");
  CHECK(Outline(doc) ==
        "article art_1\n"
        "  alinea art_1-al_1\n"
        "    note n1\n");
  CHECK(doc.provisions[0].num == "Art. 1er.");
  CHECK(doc.provisions[0].line == 14);
  CHECK(doc.provisions[0].column == 1);
  const Provision& alinea = doc.provisions[1];
  CHECK(alinea.text == "Le présent code entre en vigueur.");
  CHECK_FALSE(alinea.is_note);
  const Provision& note = doc.provisions[2];
  CHECK(note.kind == "note");
  CHECK(note.is_note);
  CHECK(note.text == "Voir annexe.");
  CHECK(note.parent == 1);
  CHECK(note.line == 15);
  CHECK(note.column == 52);
}

// AKN 2.0: id scheme, hcontainer note, a documentCollection-free bill.
const char kAkn2[] = R"XML(<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            xsi:schemaLocation="http://www.akomantoso.org/2.0 ./akomantoso20.xsd" xmlns="http://www.akomantoso.org/2.0">
    <bill>
        <meta>
            <identification source="#bungeni">
                <FRBRWork>
                    <FRBRthis value="/ken/bill/2006-12-19/8/main"/>
                    <FRBRuri value="/ken/bill/2006-12-19/8"/>
                    <FRBRdate date="2006-12-19" name="Enactment"/>
                    <FRBRauthor href="#Par" as="#author"/>
                    <FRBRcountry value="ke"/>
                </FRBRWork>
            </identification>
        </meta>
        <body>
            <section id="sec1">
                <num>1.</num>
                <heading>Short title</heading>
                <subsection id="sec1-sub1">
                    <content>
                        <p>This Act may be cited as the Information Act.</p>
                    </content>
                </subsection>
                <hcontainer id="sec1-note" name="note">
                    <content><p>Inserted by Act 2 of 2009.</p></content>
                </hcontainer>
            </section>
        </body>
    </bill>
</akomaNtoso>
)XML";

TEST_CASE("AKN 2.0: id attributes and note containers") {
  Document doc;
  REQUIRE(LoadXml(kAkn2, &doc).ok());
  CHECK(doc.format == "akn2");
  CHECK(doc.doc_type == "bill");
  CHECK(doc.frbr_work == "/ken/bill/2006-12-19/8/main");
  CHECK(doc.country == "ke");
  CHECK(Outline(doc) ==
        "section sec1\n"
        "  subsection sec1-sub1\n"
        "  hcontainer sec1-note\n");
  CHECK(doc.provisions[0].heading == "Short title");
  CHECK(doc.provisions[1].text == "This Act may be cited as the Information Act.");
  CHECK(doc.provisions[1].text_segments[0].line == 22);
  CHECK(doc.provisions[1].text_segments[0].column == 28);
  CHECK(doc.provisions[2].is_note);
  CHECK(doc.provisions[2].name == "note");
  CHECK_FALSE(doc.provisions[1].is_note);
}

// AKN 1.0: DOCTYPE with a SYSTEM DTD (never fetched), lowercase root,
// <title> as a heading, a descriptor instead of FRBR.
const char kAkn1[] = R"XML(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE akomantoso SYSTEM "../schemas/akomantoso10.dtd">
<?xml-stylesheet type="text/xsl" href="../styles/akomantoso.xsl"?>
<akomantoso xmlns="http://www.akomantoso.org/1.0">
    <bill>
        <meta>
            <descriptor>
                <publication date="2003-09-04" type="Government Gazette" num="25437"/>
                <uri href="urn:papi:sa_bill_76_20030904_en"/>
            </descriptor>
        </meta>
        <preface>
            <p class="important"><ActTitle>TRADITIONAL LEADERSHIP BILL</ActTitle></p>
        </preface>
        <clauses>
            <chapter id="chap01">
                <num>CHAPTER 1</num>
                <title>INTERPRETATION</title>
                <article id="art01">
                    <num>1.</num>
                    <title>Definitions</title>
                    <clause id="art01-cla01">
                        <num>(1)</num>
                        <p>In this Act—</p>
                        <ul>
                            <li><def>Commission</def> means the commission;</li>
                        </ul>
                    </clause>
                </article>
            </chapter>
        </clauses>
    </bill>
</akomantoso>
)XML";

TEST_CASE("AKN 1.0: lowercase root, DOCTYPE, title headings, descriptor") {
  Document doc;
  REQUIRE(LoadXml(kAkn1, &doc).ok());
  CHECK(doc.format == "akn1");
  CHECK(doc.doc_type == "bill");
  CHECK(doc.frbr_work == "urn:papi:sa_bill_76_20030904_en");
  CHECK(doc.date == "2003-09-04");
  CHECK(doc.title == "TRADITIONAL LEADERSHIP BILL");
  CHECK(Outline(doc) ==
        "preface preface\n"
        "chapter chap01\n"
        "  article art01\n"
        "    clause art01-cla01\n");
  CHECK(doc.provisions[1].heading == "INTERPRETATION");
  CHECK(doc.provisions[2].heading == "Definitions");
  CHECK(doc.provisions[3].text == "In this Act—\nCommission means the commission;");
  REQUIRE(doc.definitions.size() == 1);
  CHECK(doc.definitions[0].term == "Commission");
  CHECK(doc.definitions[0].provision == 3);
  CHECK(doc.definitions[0].line == 26);
  CHECK(doc.definitions[0].column == 33);
}

// LegalDocML.de 1.8.2: akn: prefix on a non-OASIS namespace, German eIds.
const char kLegalDocMlDe[] =
    R"XML(<?xml version="1.0" encoding="UTF-8"?><?xml-model href="legalDocML.de.sch"?>
<akn:akomaNtoso xmlns:akn="http://Inhaltsdaten.LegalDocML.de/1.8.2/">
  <akn:act name="/akn/ontology/de/concept/documenttype/bund/regelungstext-verkuendung">
    <akn:meta GUID="5fe5dd1f" eId="meta-n1">
      <akn:identification eId="meta-n1_ident-n1" source="attributsemantik-noch-undefiniert">
        <akn:FRBRWork eId="meta-n1_ident-n1_frbrwork-n1">
          <akn:FRBRthis value="eli/bund/bgbl-1/2025/145/regelungstext-verkuendung-1"/>
          <akn:FRBRdate date="2025-06-17" name="verkuendungsfassung"/>
          <akn:FRBRcountry value="de"/>
        </akn:FRBRWork>
        <akn:FRBRExpression><akn:FRBRlanguage language="deu"/></akn:FRBRExpression>
      </akn:identification>
    </akn:meta>
    <akn:preface eId="einleitung-n1">
      <akn:longTitle eId="einleitung-n1_doktitel-n1">
        <akn:p><akn:docTitle>Verordnung über Auslandszuschläge</akn:docTitle></akn:p>
      </akn:longTitle>
    </akn:preface>
    <akn:body eId="hauptteil-n1">
      <akn:article GUID="54eb7b17" eId="art-z1">
        <akn:num eId="art-z1_bezeichnung-n1">§
          1</akn:num>
        <akn:heading eId="art-z1_überschrift-n1">Zuteilung</akn:heading>
        <akn:paragraph GUID="89225791" eId="art-z1_abs-z1">
          <akn:num>(1)</akn:num>
          <akn:content><akn:p>Befindet sich an einem Dienstort eine Auslandsvertretung.<akn:marker refersTo="satzende"/></akn:p></akn:content>
        </akn:paragraph>
      </akn:article>
    </akn:body>
  </akn:act>
</akn:akomaNtoso>
)XML";

TEST_CASE("LegalDocML.de 1.8.2: akn: prefix, German eIds, docTitle in longTitle") {
  Document doc;
  REQUIRE(LoadXml(kLegalDocMlDe, &doc).ok());
  CHECK(doc.format == "legaldocml-de");
  CHECK(doc.namespace_uri == "http://Inhaltsdaten.LegalDocML.de/1.8.2/");
  CHECK(doc.doc_type == "act");
  CHECK(doc.frbr_work == "eli/bund/bgbl-1/2025/145/regelungstext-verkuendung-1");
  CHECK(doc.language == "deu");
  CHECK(doc.title == "Verordnung über Auslandszuschläge");
  CHECK(Outline(doc) ==
        "preface einleitung-n1\n"
        "article art-z1\n"
        "  paragraph art-z1_abs-z1\n");
  CHECK(doc.provisions[1].num == "§ 1");
  CHECK(doc.provisions[1].heading == "Zuteilung");
  CHECK(doc.provisions[1].line == 20);
  CHECK(doc.provisions[1].column == 7);
  CHECK(doc.provisions[2].text == "Befindet sich an einem Dienstort eine Auslandsvertretung.");
  CHECK(doc.provisions[2].text_segments[0].column == 31);
}

// documentCollection: the collection's metadata, the provisions of every
// document inside.
const char kCollection[] = R"XML(<akomaNtoso xmlns="http://www.akomantoso.org/2.0">
  <documentCollection name="bill">
    <meta>
      <identification source="#s">
        <FRBRWork><FRBRthis value="/ak/bill/2011-06-30/1234/main"/><FRBRdate date="2011-06-30" name="x"/></FRBRWork>
        <FRBRExpression><FRBRthis value="/ak/bill/2011-06-30/1234/eng@/main"/><FRBRlanguage language="eng"/></FRBRExpression>
      </identification>
    </meta>
    <collectionBody>
      <component id="cmp1">
        <doc name="memorandum">
          <meta><identification source="#s"><FRBRWork><FRBRthis value="/ak/doc/memo"/></FRBRWork></identification></meta>
          <mainBody><p>This memorandum explains the Bill.</p></mainBody>
        </doc>
      </component>
      <component id="cmp2">
        <bill>
          <body><section id="s1"><num>1.</num><content><p>Short title.</p></content></section></body>
        </bill>
      </component>
    </collectionBody>
  </documentCollection>
</akomaNtoso>)XML";

TEST_CASE("documentCollection: collection metadata, every component's provisions") {
  Document doc;
  REQUIRE(LoadXml(kCollection, &doc).ok());
  CHECK(doc.doc_type == "documentCollection");
  CHECK(doc.doc_name == "bill");
  CHECK(doc.frbr_work == "/ak/bill/2011-06-30/1234/main");
  CHECK(Outline(doc) ==
        "mainBody body\n"
        "section s1\n");
  CHECK(doc.provisions[0].text == "This memorandum explains the Bill.");
  CHECK(doc.provisions[1].text == "Short title.");
}

TEST_CASE("Files without a namespace or without the akomaNtoso wrapper") {
  Document doc;
  REQUIRE(LoadXml("<akomaNtoso><act><body><p>Text.</p></body></act></akomaNtoso>", &doc).ok());
  CHECK(doc.format == "akn");
  CHECK(doc.doc_type == "act");
  CHECK(Outline(doc) == "body body\n");

  REQUIRE(LoadXml("<judgment xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">"
                  "<judgmentBody><decision><p>Dismissed.</p></decision></judgmentBody></judgment>",
                  &doc)
              .ok());
  CHECK(doc.format == "akn3");
  CHECK(doc.doc_type == "judgment");
  CHECK(Outline(doc) == "decision decision_1\n");
}

TEST_CASE("Treaties are recognised by name, subtype or work URI") {
  struct Row {
    const char* xml;
    const char* doc_type;
  };
  const Row rows[] = {
      {R"(<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><doc name="treaty"><body><article eId="art_1"><num>1</num></article></body></doc></akomaNtoso>)",
       "treaty"},
      {R"(<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><doc name="x"><meta><identification source="#c"><FRBRWork><FRBRthis value="/akn/un/doc/1984/cat"/><FRBRsubtype value="outline"/></FRBRWork></identification></meta><body><article eId="art_1"/></body></doc></akomaNtoso>)",
       "treaty"},
      {R"(<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act><meta><identification source="#c"><FRBRWork><FRBRthis value="/akn/un/treaty/1966/iccpr/!main"/></FRBRWork></identification></meta><body><article eId="art_1"/></body></act></akomaNtoso>)",
       "treaty"},
      {R"(<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act><meta><identification source="#c"><FRBRWork><FRBRthis value="/akn/kz/act/treaty-law"/></FRBRWork></identification></meta><body><article eId="art_1"/></body></act></akomaNtoso>)",
       "act"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.xml);
    Document doc;
    REQUIRE(LoadXml(row.xml, &doc).ok());
    CHECK(doc.doc_type == row.doc_type);
    CHECK(doc.is_treaty() == (std::string(row.doc_type) == "treaty"));
  }
}

}  // namespace
}  // namespace concord
