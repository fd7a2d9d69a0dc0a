// The expression language over documents: concept, term, all, any, not, near,
// negated, and the scopes, in English and Russian.

#include "eval_fixture.h"

#include <doctest/doctest.h>

namespace concord::test {
namespace {

const char* kConcepts = R"(
  <concept id="torture"><term lang="en">tortur*</term><term lang="ru">пытк*</term>
    <term lang="ru">пыток</term></concept>
  <concept id="official"><term lang="en">public official</term>
    <term lang="ru">должностн* лиц*</term></concept>
  <concept id="pain"><term lang="en" gap="2">severe pain</term>
    <term lang="ru" gap="1">сильн* боль</term></concept>
)";

FindingStatus StatusOf(const std::string& check, const Document& doc) {
  Fixture f(std::string(kConcepts) + Rule("R-1", check));
  return f.One({doc}).status;
}

TEST_CASE("a Russian stem never matches inside another word") {
  const std::string check = R"(<require scope="provision"><concept ref="torture"/></require>)";
  CHECK(StatusOf(check, Article("a.xml", "Пытки запрещены.")) == FindingStatus::kMet);
  CHECK(StatusOf(check, Article("a.xml", "Применение пыток запрещено.")) == FindingStatus::kMet);
  CHECK(StatusOf(check, Article("a.xml", "Попытка преступления наказывается.")) ==
        FindingStatus::kGap);
  CHECK(StatusOf(check, Article("a.xml", "No one shall be tortured.")) == FindingStatus::kMet);
  CHECK(StatusOf(check, Article("a.xml", "An attempt is punishable.")) == FindingStatus::kGap);
}

TEST_CASE("gap lets other words stand inside a term") {
  const std::string check = R"(<require scope="sentence"><concept ref="pain"/></require>)";
  CHECK(StatusOf(check, Article("a.xml", "severe physical pain")) == FindingStatus::kMet);
  CHECK(StatusOf(check, Article("a.xml", "severe and lasting physical pain")) ==
        FindingStatus::kGap);
  CHECK(StatusOf(check, Article("a.xml", "сильная физическая боль")) == FindingStatus::kMet);
}

TEST_CASE("all and any hold within the scope's unit") {
  const std::string sentence =
      R"(<require scope="sentence"><all><concept ref="torture"/><concept ref="official"/></all></require>)";
  const std::string provision =
      R"(<require scope="provision"><all><concept ref="torture"/><concept ref="official"/></all></require>)";
  Document split = Article("a.xml", "Torture is a crime. It is committed by a public official.");
  CHECK(StatusOf(sentence, split) == FindingStatus::kGap);
  CHECK(StatusOf(provision, split) == FindingStatus::kMet);
  CHECK(StatusOf(R"(<require><any><concept ref="official"/><concept ref="pain"/></any></require>)",
                 Article("a.xml", "severe pain")) == FindingStatus::kMet);
}

TEST_CASE("article scope covers paragraphs and notes; provision scope does not") {
  Document doc = MakeDocument(
      "code.xml", {
                      {"article", "Статья 1", "Пытки", ""},
                      {"paragraph", "1.", "", "Пытки наказываются.", 1},
                      {"paragraph", "Примечание.", "", "Субъектом является должностное лицо.", 1},
                      {"article", "Статья 2", "", "Иное."},
                  });
  CHECK(
      StatusOf(
          R"(<require scope="article"><all><concept ref="torture"/><concept ref="official"/></all></require>)",
          doc) == FindingStatus::kMet);
  CHECK(
      StatusOf(
          R"(<require scope="provision"><all><concept ref="torture"/><concept ref="official"/></all></require>)",
          doc) == FindingStatus::kGap);
}

TEST_CASE("not is the absence of words in the unit") {
  const std::string check =
      R"(<prohibit scope="sentence"><concept ref="torture"/><not><concept ref="official"/></not></prohibit>)";
  CHECK(StatusOf(check, Article("a.xml", "Torture by a public official is a crime.")) ==
        FindingStatus::kMet);
  CHECK(StatusOf(check, Article("a.xml", "Torture is a crime.")) == FindingStatus::kConflict);
}

TEST_CASE("near requires one sentence and a distance") {
  const std::string check =
      R"(<require scope="provision"><near distance="3"><concept ref="torture"/><concept ref="official"/></near></require>)";
  CHECK(StatusOf(check, Article("a.xml", "torture by a public official")) == FindingStatus::kMet);
  CHECK(StatusOf(check, Article("a.xml", "torture committed at any time by a public official")) ==
        FindingStatus::kGap);
  CHECK(StatusOf(check, Article("a.xml", "Torture. A public official.")) == FindingStatus::kGap);
}

TEST_CASE("negated: a negation cue in the same clause, before or after") {
  const std::string check =
      R"(<prohibit scope="sentence"><concept ref="torture"/><not><negated><concept ref="torture"/></negated></not></prohibit>)";
  CHECK(StatusOf(check, Article("a.xml", "No one shall be subjected to torture.")) ==
        FindingStatus::kMet);
  CHECK(StatusOf(check, Article("a.xml", "Torture is prohibited.")) == FindingStatus::kMet);
  CHECK(StatusOf(check, Article("a.xml", "Пытки запрещаются.")) == FindingStatus::kMet);
  CHECK(StatusOf(check, Article("a.xml", "Никто не должен подвергаться пыткам.")) ==
        FindingStatus::kMet);
  CHECK(StatusOf(check, Article("a.xml", "Torture may be used in an emergency.")) ==
        FindingStatus::kConflict);
  // The cue must share the clause: here it belongs to another clause.
  CHECK(
      StatusOf(check, Article("a.xml", "If the suspect does not confess, torture may be used.")) ==
      FindingStatus::kConflict);
}

TEST_CASE("negated: a negation word that only bounds a quantity negates nothing") {
  const char* body = R"(<concept id="death"><term>death penalty</term><term>смертн* казн*</term>
    </concept>)";
  const std::string check =
      R"(<prohibit scope="sentence"><concept ref="death"/><not><negated><concept ref="death"/></negated></not></prohibit>)";
  Fixture f(std::string(body) + Rule("R-1", check));
  CHECK(f.One({Article("a.xml",
                       "наказывается лишением свободы на срок не более двадцати лет либо "
                       "смертной казнью.")})
            .status == FindingStatus::kConflict);
  CHECK(f.One({Article("a.xml",
                       "Imprisonment for not more than twenty years or the death "
                       "penalty.")})
            .status == FindingStatus::kConflict);
  CHECK(f.One({Article("a.xml", "The death penalty is not applied.")}).status ==
        FindingStatus::kMet);
  CHECK(f.One({Article("a.xml", "Смертная казнь не применяется.")}).status == FindingStatus::kMet);
}

TEST_CASE("evidence quotes the original text with the match marked and its line") {
  Fixture f(std::string(kConcepts) +
            Rule("R-1", R"(<require scope="provision"><concept ref="torture"/></require>)"));
  Finding finding = f.One({Article("a.xml", "Any act of   TORTURE\nis punished.")});
  REQUIRE(finding.evidence.size() == 1);
  const Evidence& e = finding.evidence[0];
  CHECK(e.path == "a.xml");
  CHECK(e.provision_id == "article_1");
  CHECK(e.quote == "Any act of TORTURE is punished.");
  REQUIRE(e.marks.size() == 1);
  CHECK(e.quote.substr(e.marks[0].begin, e.marks[0].end - e.marks[0].begin) == "TORTURE");
  CHECK(e.line == 11);
  CHECK(e.column == 5 + 13);
}

}  // namespace
}  // namespace concord::test
