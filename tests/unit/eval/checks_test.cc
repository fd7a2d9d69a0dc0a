// require, prohibit and elements, with exact statuses, missing elements and
// messages, in English and Russian.

#include "eval_fixture.h"

#include <doctest/doctest.h>

namespace concord::test {
namespace {

const char* kTortureDefinition = R"(
  <concept id="torture"><term lang="en">tortur*</term><term lang="ru">пытк*</term>
    <term lang="ru">пыток</term><term lang="ru">пыткой</term></concept>
  <concept id="definition-cue"><term lang="en">means</term><term lang="en">is defined</term>
    <term lang="ru">понимается</term><term lang="ru">признается</term></concept>
  <concept id="severe-pain"><term lang="en" gap="2">severe pain</term>
    <term lang="ru" gap="1">сильн* бол*</term><term lang="ru" gap="2">сильн* страдани*</term></concept>
  <concept id="mental"><term lang="en">mental</term><term lang="ru">нравственн*</term>
    <term lang="ru">психическ*</term></concept>
  <concept id="acquiescence"><term lang="en">acquiescence</term>
    <term lang="ru" gap="1">молчалив* согласи*</term></concept>
)";

const char* kElements = R"(
  <elements scope="article">
    <anchor><concept ref="torture"/><concept ref="definition-cue"/></anchor>
    <element id="severe" name="severe pain or suffering"><concept ref="severe-pain"/></element>
    <element id="mental" name="physical or mental"><concept ref="mental"/></element>
    <element id="acquiescence" name="consent or acquiescence of an official">
      <concept ref="acquiescence"/></element>
  </elements>)";

Finding Definition(const Document& doc) {
  Fixture f(std::string(kTortureDefinition) + Rule("CAT-1-definition", kElements));
  return f.One({doc});
}

std::vector<std::string> MissingIds(const Finding& f) {
  std::vector<std::string> ids;
  for (const MissingElement& m : f.missing) ids.push_back(m.id);
  return ids;
}

TEST_CASE("elements: met when the best anchor unit holds every element") {
  Finding f = Definition(Article(
      "cc.xml",
      "Torture means any act by which severe pain or suffering, whether physical or mental, is "
      "inflicted with the consent or acquiescence of a public official."));
  CHECK(f.status == FindingStatus::kMet);
  CHECK(f.missing.empty());
  CHECK(f.message == "all 3 elements are present");
}

TEST_CASE("elements: partial lists every missing element, found in an article note") {
  Document doc = MakeDocument(
      "uk.xml", {{"article", "Статья 117", "Истязание", ""},
                 {"paragraph", "1.", "",
                  "Причинение физических страданий путем систематического "
                  "нанесения побоев наказывается лишением свободы.",
                  1},
                 {"paragraph", "Примечание.", "",
                  "Под пыткой в настоящей статье понимается причинение сильной физической боли "
                  "в целях понуждения к даче показаний.",
                  1}});
  Finding f = Definition(doc);
  CHECK(f.status == FindingStatus::kPartial);
  CHECK(MissingIds(f) == std::vector<std::string>{"mental", "acquiescence"});
  CHECK(f.message ==
        "lacks 2 of 3 elements: physical or mental, consent or acquiescence of an official");
  REQUIRE(!f.evidence.empty());
  CHECK(f.evidence[0].provision_id == "paragraph_3");
  CHECK(f.evidence[0].article_num == "Статья 117");
}

TEST_CASE("elements: gap without an anchor; the best of several anchors decides") {
  Finding gap = Definition(Article("a.xml", "Torture is punishable by ten years."));
  CHECK(gap.status == FindingStatus::kGap);
  CHECK(gap.message == "no provision found: CAT-1-definition title");

  Document two = MakeDocument(
      "b.xml",
      {{"article", "1", "", "Torture means severe pain."},
       {"article", "2", "", "Torture means severe pain, physical or mental, with acquiescence."}});
  Finding best = Definition(two);
  CHECK(best.status == FindingStatus::kMet);
}

TEST_CASE("require and prohibit statuses and messages") {
  const char* concepts = R"(<concept id="torture"><term>tortur*</term><term>пытк*</term></concept>
    <concept id="amnesty"><term>amnesty</term><term>амнисти*</term></concept>)";
  Fixture require(std::string(concepts) +
                  Rule("R-1", R"(<require scope="article"><concept ref="torture"/></require>)"));
  CHECK(require.One({Article("a.xml", "Пытки наказываются.")}).status == FindingStatus::kMet);
  Finding gap = require.One({Article("a.xml", "Кража наказывается.")});
  CHECK(gap.status == FindingStatus::kGap);
  CHECK(gap.message == "no provision found: R-1 title");
  CHECK(gap.evidence.empty());

  Fixture prohibit(
      std::string(concepts) +
      Rule(
          "R-2",
          R"(<prohibit scope="sentence"><concept ref="torture"/><concept ref="amnesty"/></prohibit>)"));
  Finding conflict = prohibit.One(
      {MakeDocument("a.xml", {{"article", "1", "", "An amnesty may cover torture."},
                              {"article", "2", "", "Amnesty acts cover torture too."}})});
  CHECK(conflict.status == FindingStatus::kConflict);
  CHECK(conflict.message == "2 provisions contradict the norm: R-2 title");
  REQUIRE(conflict.evidence.size() == 2);
  CHECK(conflict.evidence[0].role == "violation");
  CHECK(conflict.evidence[1].provision_id == "article_2");
  CHECK(prohibit.One({Article("a.xml", "Torture is punished.")}).status == FindingStatus::kMet);
}

}  // namespace
}  // namespace concord::test
