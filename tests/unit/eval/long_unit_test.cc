// Units far longer than a provision (a law published as one block of text):
// an article of more than 120 sentences is checked in windows of 30, and in a
// long unit a threshold value counts only where its anchor holds nearby.

#include "eval_fixture.h"

#include <doctest/doctest.h>

namespace concord::test {
namespace {

const char* kConcepts = R"(
  <concept id="assembly"><term>assembly</term></concept>
  <concept id="fine"><term>fine</term></concept>
  <concept id="notice"><term>notice</term></concept>
)";

// `count` filler sentences.
std::string Filler(int count) {
  std::string text;
  for (int i = 0; i < count; ++i) text += "The council publishes its plans. ";
  return text;
}

Finding Prohibit(const std::string& text) {
  Fixture f(std::string(kConcepts) +
            Rule("NO-FINE", R"(<prohibit scope="article"><all><concept ref="assembly"/>
              <concept ref="fine"/></all></prohibit>)",
                 "", "TB", "warning"));
  return f.One({Article("plan.xml", text)});
}

TEST_CASE("a short article: words sentences apart still make one finding") {
  Finding f = Prohibit("An assembly is held. " + Filler(20) + "A fine is paid.");
  CHECK(f.status == FindingStatus::kConflict);
}

TEST_CASE("an article of more than 120 sentences: words pages apart make no finding") {
  Finding far = Prohibit("An assembly is held. " + Filler(200) + "A fine is paid.");
  CHECK(far.status == FindingStatus::kMet);
  // Within one window of 30 sentences they still do.
  Finding near = Prohibit(Filler(100) + "An assembly is held. " + Filler(5) + "A fine is paid. " +
                          Filler(100));
  CHECK(near.status == FindingStatus::kConflict);
  REQUIRE_FALSE(near.evidence.empty());
  CHECK(near.evidence[0].quote.find("An assembly is held. ") != std::string::npos);
}

Finding NoticePeriod(const std::string& text) {
  Fixture f(std::string(kConcepts) +
            Rule("NOTICE", R"(<threshold scope="provision" quantity="duration" unit="day"
              op="&lt;=" value="5" select="max"><anchor><all><concept ref="assembly"/>
              <concept ref="notice"/></all></anchor></threshold>)",
                 "", "SL", "info"));
  return f.One({Article("plan.xml", text)});
}

TEST_CASE("a long unit: a value counts only where its anchor holds within 15 sentences") {
  // 90 sentences: anchor at the start, an unrelated period at the end.
  Finding far = NoticePeriod("Notice of an assembly is given. " + Filler(88) +
                             "Trees are removed after 15 days.");
  CHECK(far.status == FindingStatus::kGap);
  CHECK(far.message == "the provision states no duration in days; the norm requires <= 5 days");
  Finding near = NoticePeriod(Filler(40) + "Notice of an assembly is given. " + Filler(3) +
                              "It is given 15 days ahead. " + Filler(40));
  CHECK(near.status == FindingStatus::kConflict);
  REQUIRE(near.values.size() == 1);
  CHECK(near.values[0].value == 15);
}

TEST_CASE("a span that looks back is never a time limit") {
  Finding f = NoticePeriod(
      "Notice of an assembly is given by persons not fined within the past "
      "ten days.");
  CHECK(f.status == FindingStatus::kGap);
}

}  // namespace
}  // namespace concord::test
