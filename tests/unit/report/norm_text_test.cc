// The shared words for norms, values and provisions.

#include "norm_text.h"

#include <limits>

#include <doctest/doctest.h>

namespace concord::detail {
namespace {

TEST_CASE("norm text: citation from short title, article and heading") {
  Norm norm;
  norm.instrument = "ilo-c138";
  CHECK(InstrumentShort(norm) == "ILO-C138");
  CHECK(InstrumentTitle(norm) == "ILO-C138");
  CHECK(NormCitation(norm) == "ILO-C138");
  norm.article = "2(3)";
  CHECK(NormCitation(norm) == "ILO-C138 art. 2(3)");
  norm.instrument_short = "ILO C138";
  norm.instrument_title = "Minimum Age Convention, 1973 (No. 138)";
  norm.article_heading = "Minimum age";
  CHECK(NormCitation(norm) == "ILO C138 art. 2(3), Minimum age");
  CHECK(InstrumentTitle(norm) == "Minimum Age Convention, 1973 (No. 138)");
  CHECK(StatusWithLevel(FindingStatus::kGap, Level::kTreatyBody) == "gap (treaty-body standard)");
  CHECK(StatusWithLevel(FindingStatus::kNotApplicable, Level::kCustomary) ==
        "not-applicable (customary law)");
}

TEST_CASE("norm text: numbers and values") {
  CHECK(FormatNumber(16) == "16");
  CHECK(FormatNumber(-3) == "-3");
  CHECK(FormatNumber(0.5) == "0.5");
  CHECK(FormatNumber(48.25) == "48.25");
  CHECK(FormatNumber(std::numeric_limits<double>::infinity()) == "?");
  CHECK(FormatValue({"age", 16, "year", "at-least", "с шестнадцати лет", true, true, 0}) ==
        "age 16 years (at-least) from \"с шестнадцати лет\", in an exception, violates");
  CHECK(FormatValue({"duration", 1, "hour", "exact", "", false, false, -1}) == "duration 1 hour");
  CHECK(FormatValue({"", 2.5, "fortnight", "", "", false, false, -1}) == "2.5 fortnight");
  Finding f;
  f.missing = {{"a", "first element"}, {"b", ""}};
  CHECK(JoinMissing(f) == "first element; b");
}

TEST_CASE("norm text: provision labels") {
  struct Case {
    const char* article;
    const char* num;
    const char* expected;
  } cases[] = {
      {"", "", "art_13__para_2"},           {"Статья 13.", "", "Статья 13"},
      {"Статья 13.", "2.", "Статья 13, 2"}, {"Section 12", "Section 12(3)", "Section 12(3)"},
      {"", "Article 12:", "Article 12"},    {"Article 5", "Article 5.", "Article 5"}};
  for (const Case& c : cases) {
    CAPTURE(c.article);
    CAPTURE(c.num);
    Evidence e;
    e.provision_id = "art_13__para_2";
    e.article_num = c.article;
    e.provision_num = c.num;
    CHECK(ProvisionLabel(e) == c.expected);
  }
}

}  // namespace
}  // namespace concord::detail
