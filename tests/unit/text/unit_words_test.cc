#include "unit_words.h"

#include <string>

#include <doctest/doctest.h>

namespace concord::text {
namespace {

TEST_CASE("UnitWord in en, ru, fr, es") {
  struct Case {
    const char* word;  // normalized
    Unit unit;
  };
  const Case cases[] = {
      {"years", Unit::kYear},    {"year", Unit::kYear},   {"months", Unit::kMonth},
      {"weeks", Unit::kWeek},    {"day", Unit::kDay},     {"hours", Unit::kHour},
      {"лет", Unit::kYear},      {"года", Unit::kYear},   {"году", Unit::kYear},
      {"месяцев", Unit::kMonth}, {"недели", Unit::kWeek}, {"дней", Unit::kDay},
      {"суток", Unit::kDay},     {"сутки", Unit::kDay},   {"часов", Unit::kHour},
      {"ans", Unit::kYear},      {"annees", Unit::kYear}, {"mois", Unit::kMonth},
      {"semaines", Unit::kWeek}, {"jours", Unit::kDay},   {"heures", Unit::kHour},
      {"anos", Unit::kYear},     {"meses", Unit::kMonth}, {"semana", Unit::kWeek},
      {"dias", Unit::kDay},      {"horas", Unit::kHour},  {"yearly", Unit::kNone},
      {"часть", Unit::kNone},    {"летний", Unit::kNone}, {"", Unit::kNone},
  };
  for (const Case& c : cases) {
    const std::string word = c.word;
    CAPTURE(word);
    CHECK(std::string(UnitName(UnitWord(c.word))) == UnitName(c.unit));
  }
}

TEST_CASE("UnitMarkerAt and IsNumeralEnding") {
  const UnitMarker* m = UnitMarkerAt("летнего");
  REQUIRE(m != nullptr);
  CHECK(m->unit == Unit::kYear);
  CHECK(m->age);
  m = UnitMarkerAt("часовой");
  REQUIRE(m != nullptr);
  CHECK(m->unit == Unit::kHour);
  CHECK_FALSE(m->age);
  CHECK(UnitMarkerAt("этажный") == nullptr);
  CHECK(UnitMarkerAt("") == nullptr);
  CHECK(IsNumeralEnding("х"));
  CHECK(IsNumeralEnding("ти"));
  CHECK_FALSE(IsNumeralEnding("лет"));
}

}  // namespace
}  // namespace concord::text
