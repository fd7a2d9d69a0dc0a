// An element that holds by the absence of words (<not>) counts as present:
// it is never listed among the missing elements of a partial finding.

#include "eval_fixture.h"

#include <doctest/doctest.h>

namespace concord::test {
namespace {

const char* kDisappearance = R"(
  <concept id="disappearance"><term lang="en">enforced disappearance</term>
    <term lang="ru">насильственн* исчезновени*</term></concept>
  <concept id="refusal"><term lang="en" gap="2">refus* to acknowledge</term>
    <term lang="ru" gap="2">отказ* признать</term></concept>
  <concept id="concealment"><term lang="en">conceal*</term>
    <term lang="ru">сокрыти*</term></concept>
  <concept id="special-intent"><term lang="en">prolonged period</term>
    <term lang="ru">длительн* период*</term></concept>
)";

const char* kElements = R"(
  <elements scope="article">
    <anchor><concept ref="disappearance"/></anchor>
    <element id="refusal" name="refusal to acknowledge"><concept ref="refusal"/></element>
    <element id="concealment" name="concealment"><concept ref="concealment"/></element>
    <element id="no-special-intent" name="no added intent">
      <not><concept ref="special-intent"/></not></element>
  </elements>)";

Finding Definition(const Document& doc) {
  Fixture f(std::string(kDisappearance) + Rule("CPED-2-definition", kElements));
  return f.One({doc});
}

std::vector<std::string> MissingIds(const Finding& f) {
  std::vector<std::string> ids;
  for (const MissingElement& m : f.missing) ids.push_back(m.id);
  return ids;
}

TEST_CASE("elements: a <not> element that holds is not reported missing") {
  Finding f = Definition(Article(
      "cc.xml", "Enforced disappearance means an arrest followed by a refusal to acknowledge it."));
  CHECK(f.status == FindingStatus::kPartial);
  CHECK(MissingIds(f) == std::vector<std::string>{"concealment"});
  CHECK(f.message == "lacks 1 of 3 elements: concealment");
}

TEST_CASE("elements: a <not> element that fails is reported missing (ru)") {
  Finding f = Definition(
      Article("uk.xml",
              "Насильственное исчезновение, то есть задержание с последующим отказом признать его, "
              "совершенное с целью лишить человека защиты закона на длительный период."));
  CHECK(f.status == FindingStatus::kPartial);
  CHECK(MissingIds(f) == std::vector<std::string>{"concealment", "no-special-intent"});
}

TEST_CASE("elements: met when every element holds, a <not> one included") {
  Finding f = Definition(Article("cc.xml",
                                 "Enforced disappearance means an arrest followed by a refusal "
                                 "to acknowledge it or by concealment of the person's fate."));
  CHECK(f.status == FindingStatus::kMet);
  CHECK(f.missing.empty());
}

}  // namespace
}  // namespace concord::test
