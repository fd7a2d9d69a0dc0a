// Defined terms from <def> and <term>, and references from <ref href>.

#include "definitions.h"

#include "load_test_util.h"

#include <string>
#include <vector>

#include <doctest/doctest.h>

namespace concord {
namespace {

using test::LoadXml;

// The defined terms, joined by "|" (so that a failure prints them).
std::string Terms(const Document& doc) {
  std::string terms;
  for (const Definition& d : doc.definitions) terms += (terms.empty() ? "" : "|") + d.term;
  return terms;
}

std::string Act(const std::string& body) {
  return "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act><body>" +
         body + "</body></act></akomaNtoso>";
}

TEST_CASE("<def> around the defined term (AKN usage)") {
  const char kXml[] =
      R"(<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act><body>
<section eId="sec_1"><list eId="sec_1__list_1">
  <point eId="sec_1__list_1__point_a"><content>
    <p>"<def refersTo="#boundary">boundary</def>" means any boundary of a <term refersTo="#site">site</term>;</p>
  </content></point>
  <point eId="sec_1__list_1__point_b"><content>
    <p>“<def refersTo="#child">child</def>” means a person under
      eighteen;</p>
  </content></point>
</list></section></body></act></akomaNtoso>)";
  Document doc;
  REQUIRE(LoadXml(kXml, &doc).ok());
  CHECK(Terms(doc) == "boundary|child");
  CHECK(doc.definitions[0].provision == 2);
  CHECK(doc.definitions[0].line == 4);
  CHECK(doc.definitions[0].column == 9);
  CHECK(doc.definitions[1].provision == 3);
  CHECK(doc.definitions[1].line == 7);
  CHECK(doc.definitions[1].column == 9);
}

TEST_CASE("<term> with <def> around the definition (EU usage)") {
  Document doc;
  REQUIRE(LoadXml(Act(R"(<article eId="art_2"><content>)"
                      R"(<p>‘<term refersTo="#nps">new
                             psychoactive substance</term>’ means <def>a natural or synthetic substance</def>;)"
                      R"( ‘<term>mixture</term>’ means <def>a solution</def>.</p>)"
                      R"(<p>A <term>consumer</term> buys <def>goods</def>.</p>)"
                      R"(</content></article>)"),
                  &doc)
              .ok());
  // Each def is paired with the terms since the previous def in its block:
  // "consumer", not "goods", is what the second block defines.
  CHECK(Terms(doc) == "new psychoactive substance|mixture|consumer");
}

TEST_CASE("<term> alone is a definition only when it opens a defining sentence") {
  Document doc;
  REQUIRE(
      LoadXml(Act(R"(<article eId="art_1"><content>)"
                  R"(<p>«<term>ребенок</term>» — лицо, не достигшее восемнадцати лет;</p>)"
                  R"(<p><term>пытка</term> означает любое действие;</p>)"
                  R"(<p>"<term>Torture</term>", in this Code, means an act;</p>)"
                  R"(<p><term>Official</term> includes a judge;</p>)"
                  R"(<p><term>Minister</term>: the Minister of Justice.</p>)"
                  R"(<p>In <term>this Act</term>, words in the singular include the plural.</p>)"
                  R"(<p><term>Court</term> meanwhile decides.</p>)"
                  R"(<p>The <term>child</term> means well.</p>)"
                  R"(<p>"<term>tank</term>-semi-trailer" means a vehicle;</p>)"
                  R"(<p><term>Board</term> - the Board of Appeal;</p>)"
                  R"(</content></article>)"),
              &doc)
          .ok());
  CHECK(Terms(doc) == "ребенок|пытка|Torture|Official|Minister|Board");
  for (const Definition& d : doc.definitions) CHECK(d.provision == 0);
}

TEST_CASE("Plain text that opens with a quoted term and a cue defines it") {
  const char kXml[] = R"(<akomaNtoso xmlns="http://www.akomantoso.org/2.0"><act><body>
<section id="s1"><content>
  <p>"Board" means the Board of Directors;</p>
  <p>“broadcasting signal distribution ” means the process;</p>
  <blockList><item><p>«ребенок» — лицо, не достигшее восемнадцати лет;</p></item></blockList>
  <p>``eligible vessel'', for the purposes of this Act, means a vessel;</p>
  <p>"Quoted" words are not always definitions.</p>
  <p>The "Minister" means well.</p>
</content></section></body></act></akomaNtoso>)";
  Document doc;
  REQUIRE(LoadXml(kXml, &doc).ok());
  CHECK(Terms(doc) == "Board|broadcasting signal distribution|ребенок|eligible vessel");
  REQUIRE(doc.definitions.size() == 4);
  CHECK(doc.definitions[0].line == 3);
  CHECK(doc.definitions[0].column == 6);
  CHECK(doc.definitions[2].line == 5);
  CHECK(doc.definitions[2].column == 23);
  for (const Definition& d : doc.definitions) CHECK(d.provision == 0);
}

TEST_CASE("Openings before the term: a short clause, 'The term', 'Под'") {
  Document doc;
  REQUIRE(LoadXml(Act(R"(<article eId="art_1"><content>)"
                      R"(<p>Под «<term>пыткой</term>» в настоящей статье понимается действие;</p>)"
                      R"(<p>Под «насилием» в настоящем Кодексе понимается принуждение;</p>)"
                      R"(<p>In this Act, “<term>child</term>” means a person under 18;</p>)"
                      R"(<p>For the purposes of this Convention, “torture” means any act;</p>)"
                      R"(<p>The term ``State'' includes the District.</p>)"
                      R"(<p>Под «<term>X</term>» понимать; понимается Y.</p>)"
                      R"(<p>Torture, that is, “<term>cruelty</term>”, is punished.</p>)"
                      R"(</content></article>)"),
                  &doc)
              .ok());
  CHECK(Terms(doc) == "пыткой|насилием|child|torture|State");
}

TEST_CASE("Definition terms are cleaned of quotes and trailing punctuation") {
  Document doc;
  REQUIRE(LoadXml(Act(R"(<section eId="s"><content><p>)"
                      R"(<def refersTo="#a">34th America's Cup.</def>--The term means;</p>)"
                      R"(<p><def>  “eligible
                 vessel”:</def> means</p></content></section>)"),
                  &doc)
              .ok());
  CHECK(Terms(doc) == "34th America's Cup|eligible vessel");
}

TEST_CASE("Definitions in headings and notes keep their provision") {
  Document doc;
  REQUIRE(
      LoadXml(
          Act(R"(<article eId="a"><heading><def>Torture</def> defined</heading>)"
              R"(<content><p>Text<authorialNote eId="n"><p>"<def>official</def>" means a judge.</p>)"
              R"(</authorialNote> more.</p></content></article>)"),
          &doc)
          .ok());
  REQUIRE(doc.definitions.size() == 2);
  CHECK(doc.definitions[0].term == "Torture");
  CHECK(doc.definitions[0].provision == 0);
  CHECK(doc.definitions[1].term == "official");
  CHECK(doc.definitions[1].provision == 1);
}

TEST_CASE("References: href, display text, provision and position") {
  Document doc;
  REQUIRE(
      LoadXml(Act("<section eId=\"s\"><content>\n<p>See <ref href=\"/akn/kz/act/1/!main#art_3\">"
                  "article\n  3</ref> and <ref href=\"#a&amp;b\">b</ref><ref>no href</ref>.</p>"
                  "</content></section>"),
              &doc)
          .ok());
  REQUIRE(doc.references.size() == 2);
  CHECK(doc.references[0].href == "/akn/kz/act/1/!main#art_3");
  CHECK(doc.references[0].text == "article 3");
  CHECK(doc.references[0].provision == 0);
  CHECK(doc.references[0].line == 2);
  CHECK(doc.references[0].column == 8);
  CHECK(doc.references[1].href == "#a&b");
  CHECK(doc.references[1].text == "b");
  CHECK(doc.provisions[0].text == "See article\n  3 and bno href.");
}

}  // namespace
}  // namespace concord
