// The threshold check on the hard cases real codes contain: exceptions that
// lower an age absolutely or relatively, ages as words, months next to years,
// time limits in hours and days, profile parameters.

#include "eval_fixture.h"

#include <doctest/doctest.h>

namespace concord::test {
namespace {

const char* kMarriage = R"(
  <concept id="marriage-age"><term>marriageable age</term><term>marry</term>
    <term>marriage</term><term>брачн* возраст*</term><term>брак*</term></concept>
  <concept id="exception-cue"><term>exceptional</term><term>may permit</term>
    <term>may be reduced</term><term>уважительн* причин*</term><term>исключительн*</term>
    <term>снизить</term><term>снижен*</term></concept>
  <numbers lang="ru"><number value="16" unit="year">шестнадцатилетн*</number>
    <number value="14" unit="year">четырнадцатилетн*</number></numbers>
)";

const char* kMarriageCheck = R"(
  <threshold scope="article" quantity="age" unit="year" op="&gt;=" value="18" select="min">
    <anchor><concept ref="marriage-age"/></anchor>
    <exception><concept ref="exception-cue"/></exception>
  </threshold>)";

Finding Marriage(const std::string& text) {
  Fixture f(std::string(kMarriage) + Rule("F1", kMarriageCheck, "", "TB", "warning", "crc"));
  return f.One({Article("family.xml", text)});
}

TEST_CASE("threshold met: eighteen years, no exception") {
  Finding f = Marriage("The marriageable age is eighteen years for men and women.");
  CHECK(f.status == FindingStatus::kMet);
  REQUIRE(f.values.size() == 1);
  CHECK(f.values[0].value == 18);
  CHECK(f.values[0].unit == "year");
  CHECK_FALSE(f.values[0].violates);
  CHECK(f.message == "18 years meets the norm (>= 18 years)");
}

TEST_CASE("threshold conflict: an exception lowers the age absolutely") {
  Finding f = Marriage(
      "The marriageable age is eighteen years. In exceptional cases the court may permit "
      "marriage from sixteen years.");
  CHECK(f.status == FindingStatus::kConflict);
  REQUIRE(f.values.size() == 2);
  CHECK(f.values[0].value == 18);
  CHECK_FALSE(f.values[0].violates);
  CHECK(f.values[1].value == 16);
  CHECK(f.values[1].violates);
  CHECK(f.values[1].from_exception);
  CHECK(f.message == "allows 16 years by way of exception where the norm requires >= 18 years");
  REQUIRE(f.values[1].evidence >= 0);
  const Evidence& e = f.evidence[static_cast<size_t>(f.values[1].evidence)];
  CHECK(e.role == "violation");
  REQUIRE(e.marks.size() == 1);
  CHECK(e.quote.substr(e.marks[0].begin, e.marks[0].end - e.marks[0].begin) ==
        "from sixteen years");
  // The violation leads, so the finding points at the exception.
  CHECK(f.values[1].evidence == 0);
  CHECK(f.values[0].evidence == 1);
  CHECK(f.evidence[1].role == "value");
}

TEST_CASE("threshold conflict: a relative reduction in Russian (18 - 2 = 16)") {
  Finding f = Marriage(
      "Брачный возраст устанавливается в восемнадцать лет. При наличии уважительных причин "
      "органы местного самоуправления вправе снизить брачный возраст, но не более чем на два "
      "года.");
  CHECK(f.status == FindingStatus::kConflict);
  REQUIRE(f.values.size() == 2);
  CHECK(f.values[0].value == 18);
  CHECK(f.values[1].value == 16);
  CHECK(f.values[1].violates);
  CHECK(f.values[1].bound == "at-least");  // lowered by at most two: at least 16
  CHECK(f.values[1].evidence == 0);
}

TEST_CASE("threshold: months next to years are not read as an age") {
  Finding f = Marriage(
      "The marriageable age is eighteen years. An application to marry is decided within six "
      "months.");
  CHECK(f.status == FindingStatus::kMet);
  REQUIRE(f.values.size() == 1);
  CHECK(f.values[0].value == 18);
}

TEST_CASE("threshold: a term of years beside a stated age is not an age") {
  const char* body = R"(<concept id="contract"><term>employment contract</term>
    <term>трудов* договор*</term></concept>)";
  const char* check = R"(
    <threshold scope="article" quantity="age" unit="year" op="&gt;=" value="16" select="min">
      <anchor><concept ref="contract"/></anchor></threshold>)";
  Fixture f(std::string(body) + Rule("AGE", check));
  Finding ru = f.One({Article("lc.xml",
                              "Трудовой договор может быть заключен с лицом, достигшим "
                              "шестнадцати лет, на срок не более пяти лет.")});
  CHECK(ru.status == FindingStatus::kMet);
  REQUIRE(ru.values.size() == 1);
  CHECK(ru.values[0].value == 16);
  Finding en = f.One(
      {Article("lc.xml", "An employment contract may be concluded for a term of five years.")});
  CHECK(en.status == FindingStatus::kGap);  // a plain term of years is no age
}

TEST_CASE("threshold gap: an anchor but no age, and no anchor") {
  Finding none = Marriage("Marriage is registered by the civil registry.");
  CHECK(none.status == FindingStatus::kGap);
  CHECK(none.message == "the provision states no age in years; the norm requires >= 18 years");
  CHECK(Marriage("Property is inherited.").status == FindingStatus::kGap);
}

TEST_CASE("threshold: Russian age adjectives from the pack lexicon") {
  const char* check = R"(
    <threshold scope="article" quantity="age" unit="year" op="&gt;=" value="14" select="min">
      <anchor><concept ref="criminal-responsibility"/></anchor>
    </threshold>)";
  Fixture f(
      std::string(kMarriage) +
      R"(<concept id="criminal-responsibility"><term>уголовн* ответственност*</term></concept>)" +
      Rule("G2", check, "", "TB", "warning", "crc"));
  Finding met = f.One({Article(
      "uk.xml",
      "Уголовной ответственности подлежит лицо, достигшее ко времени совершения преступления "
      "шестнадцатилетнего возраста. За убийство уголовной ответственности подлежат лица, "
      "достигшие ко времени совершения преступления четырнадцатилетнего возраста.")});
  CHECK(met.status == FindingStatus::kMet);
  CHECK(met.values.at(0).value == 14);

  Finding low = f.One(
      {Article("uk.xml", "Уголовной ответственности подлежат лица, достигшие двенадцати лет.")});
  CHECK(low.status == FindingStatus::kConflict);
  CHECK(low.values.at(0).value == 12);
}

TEST_CASE("threshold: a time limit in hours, with days converted") {
  const char* body = R"(
    <concept id="detention"><term>detain*</term><term>задержан*</term></concept>
    <concept id="judge"><term>judge</term><term>court</term><term>суд*</term></concept>)";
  const char* check = R"(
    <threshold scope="article" quantity="duration" unit="hour" op="&lt;=" value="48" select="max">
      <anchor><concept ref="detention"/></anchor><context><concept ref="judge"/></context>
    </threshold>)";
  Fixture f(std::string(body) + Rule("D1", check, "", "TB", "warning"));
  CHECK(f.One({Article("cpc.xml",
                       "A detained person shall be brought before a judge within 48 "
                       "hours.")})
            .status == FindingStatus::kMet);
  Finding days = f.One({Article(
      "cpc.xml", "Задержанный доставляется в суд не позднее трех суток с момента задержания.")});
  CHECK(days.status == FindingStatus::kConflict);
  CHECK(days.values.at(0).value == 72);
  CHECK(days.values.at(0).unit == "hour");
  // A number of days outside the judge's sentence is no time limit for it.
  CHECK(f.One({Article("cpc.xml",
                       "A detained person shall be brought before a judge within 48 "
                       "hours. Records are kept for 30 days.")})
            .status == FindingStatus::kMet);
}

TEST_CASE("threshold value from a profile parameter, with its default") {
  const char* body = R"(<concept id="employment"><term>employ*</term></concept>)";
  const char* check = R"(
    <threshold scope="article" quantity="age" unit="year" op="&gt;=" select="min"
               value="profile:ilo-c138/minimum-age" default="15">
      <anchor><concept ref="employment"/></anchor></threshold>)";
  Fixture f(std::string(body) + Rule("G4", check));
  Document doc = Article("lc.xml", "Employment is permitted from the age of 14 years.");
  CHECK(f.One({doc}).status == FindingStatus::kConflict);
  Profile profile;
  profile.parties.push_back(Party{"cat", "party", "1990-01-01", {}});
  profile.parameters["ilo-c138/minimum-age"] = 14;
  CheckOptions options;
  options.profile = &profile;
  CHECK(f.One({doc}, options).status == FindingStatus::kMet);
}

}  // namespace
}  // namespace concord::test
