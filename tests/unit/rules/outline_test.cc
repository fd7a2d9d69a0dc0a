// Tests of instrument outlines: articles from an AKN outline, Find by eid and
// by number, provision texts, and bare article numbers.

#include "concord/outline.h"

#include "pack_fixture.h"

#include "concord/loader.h"

#include <string>

#include <doctest/doctest.h>

namespace concord {
namespace {

constexpr const char* kOutline =
    R"xml(<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <doc name="treaty">
    <meta>
      <identification source="#concord">
        <FRBRWork>
          <FRBRthis value="/akn/un/treaty/1984-12-10/cat/!main"/>
          <FRBRuri value="/akn/un/treaty/1984-12-10/cat"/>
          <FRBRdate date="1984-12-10" name="adoption"/>
          <FRBRauthor href="#un"/>
          <FRBRcountry value="un"/>
        </FRBRWork>
      </identification>
    </meta>
    <preface><p><docTitle>Convention against   Torture</docTitle></p></preface>
    <mainBody>
      <part eId="part_I"><num>Part I</num>
        <article eId="art_1"><num>Article 1</num><heading>Definition</heading>
          <paragraph eId="art_1__para_1"><num>1.</num><content><p>Defines
            torture.</p></content></paragraph>
          <paragraph eId="art_1__para_2"><num>2.</num><content><p>Without prejudice.</p></content></paragraph>
        </article>
        <article eId="art_16"><num>Art. 16.</num><content><p>Other ill-treatment.</p></content></article>
        <article eId="art_IV"><num>Article IV</num></article>
      </part>
    </mainBody>
  </doc>
</akomaNtoso>
)xml";

InstrumentOutline MakeOutline() {
  Document doc;
  Diagnostics diagnostics;
  Status status = LoadDocument(kOutline, "cat.akn.xml", LoadOptions{}, &doc, &diagnostics);
  REQUIRE_MESSAGE(status.ok(), status.ToString());
  InstrumentOutline outline;
  REQUIRE(OutlineFromDocument(doc, &outline).ok());
  return outline;
}

TEST_CASE("An outline lists the articles with bare numbers, headings and texts") {
  InstrumentOutline outline = MakeOutline();
  CHECK(outline.path == "cat.akn.xml");
  CHECK(outline.frbr_work == "/akn/un/treaty/1984-12-10/cat/!main");
  CHECK(outline.title == "Convention against Torture");
  REQUIRE(outline.articles.size() == 3);
  const ArticleOutline& a1 = outline.articles[0];
  CHECK(a1.num == "1");
  CHECK(a1.eid == "art_1");
  CHECK(a1.heading == "Definition");
  CHECK(a1.text == "1. Defines torture. 2. Without prejudice.");
  CHECK(a1.line == 17);
  CHECK(outline.articles[1].num == "16");
  CHECK(outline.articles[1].eid == "art_16");
  CHECK(outline.articles[1].heading == "");
  CHECK(outline.articles[1].text == "Other ill-treatment.");
  CHECK(outline.articles[1].line == 22);
  CHECK(outline.articles[2].num == "IV");
  CHECK(outline.articles[2].text == "");
}

TEST_CASE("Find by eid, by eid prefix, then by article number") {
  InstrumentOutline outline = MakeOutline();
  struct Row {
    const char* eid;
    const char* article;
    const char* found;  // eid of the article found, "" for none
  };
  const Row rows[] = {
      {"art_1", "", "art_1"},
      {"art_1__para_2", "", "art_1"},
      {"art_16__para_3", "", "art_16"},  // a paragraph the outline lacks: its article
      {"art_16", "1", "art_16"},         // the eid wins
      {"", "16(2)", "art_16"},
      {"", "Article 16", "art_16"},
      {"art_99", "16", "art_16"},  // an unknown eid falls back to the number
      {"art_I", "", ""},           // "art_IV" is no article of "art_I"
      {"art_", "", ""},
      {"", "IV", "art_IV"},
      {"", "5", ""},
      {"", "", ""},
  };
  for (const Row& row : rows) {
    CAPTURE(row.eid);
    CAPTURE(row.article);
    const ArticleOutline* found = outline.Find(row.eid, row.article);
    CHECK(std::string(found ? found->eid : "") == row.found);
  }
}

TEST_CASE("Provision texts hold each provision with all it contains, empty ones left out") {
  InstrumentOutline outline = MakeOutline();
  CHECK(outline.ProvisionText("art_1__para_1") == "Defines torture.");
  CHECK(outline.ProvisionText("art_1") == "1. Defines torture. 2. Without prejudice.");
  CHECK(outline.ProvisionText("part_I") ==
        "Article 1 Definition 1. Defines torture. 2. Without prejudice. Art. 16. Other "
        "ill-treatment.");
  CHECK(outline.ProvisionText("art_2") == "");
  CHECK(outline.HasProvision("art_1__para_2"));
  CHECK(outline.HasProvision("art_IV"));
  CHECK_FALSE(outline.HasProvision("art_1__para_3"));
  CHECK_FALSE(outline.HasProvision("art"));
}

TEST_CASE("BareArticleNumber") {
  struct Row {
    const char* num;
    const char* bare;
  };
  const Row rows[] = {
      {"Article 16", "16"},
      {"Art. 5.", "5"},
      {"Статья 12.", "12"},
      {"Article IV", "IV"},
      {"16(2)", "16"},
      {"16", "16"},
      {"  ARTICLE 3 ", "3"},
      {"art.7", "7"},
      {"Ст. 8", "8"},
      {"СТАТЬЯ 9", "9"},
      {"§ 4", "4"},
      {"Section 2:", "2"},
      {"Article 7bis", "7bis"},
      {"1(a)", "1"},
      {"Article", ""},
      {"", ""},
      {"IV.", "IV"},
      {"Rule 145", "145"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.num);
    CHECK(BareArticleNumber(row.num) == row.bare);
  }
}

TEST_CASE("LoadOutline reads a file, and fails with the loader's status") {
  test::TempDir dir;
  std::string path = dir.Write("cat.akn.xml", kOutline);
  InstrumentOutline outline;
  REQUIRE(LoadOutline(path, &outline).ok());
  CHECK(outline.path == path);
  CHECK(outline.articles.size() == 3);

  Status status = LoadOutline(dir.path() + "/none.akn.xml", &outline);
  CHECK_FALSE(status.ok());
  CHECK(dir.Relative(status.ToString()) ==
        "none.akn.xml: error: cannot open file: No such file or directory");
  dir.Write("bad.akn.xml", "<akomaNtoso>");
  status = LoadOutline(dir.path() + "/bad.akn.xml", &outline);
  CHECK(status.code() == Status::Code::kParseError);
}

}  // namespace
}  // namespace concord
