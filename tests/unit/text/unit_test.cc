#include "concord/quantity.h"

#include <cmath>
#include <string>

#include <doctest/doctest.h>

namespace concord {
namespace {

TEST_CASE("UnitName and ParseUnit round-trip") {
  const Unit units[] = {Unit::kHour, Unit::kDay, Unit::kWeek, Unit::kMonth, Unit::kYear};
  const char* names[] = {"hour", "day", "week", "month", "year"};
  for (size_t i = 0; i < std::size(units); ++i) {
    const std::string name = names[i];
    CAPTURE(name);
    CHECK(std::string(UnitName(units[i])) == names[i]);
    Unit parsed = Unit::kNone;
    CHECK(ParseUnit(names[i], &parsed));
    CHECK(parsed == units[i]);
  }
  CHECK(std::string(UnitName(Unit::kNone)).empty());
  Unit u = Unit::kDay;
  CHECK_FALSE(ParseUnit("years", &u));
  CHECK_FALSE(ParseUnit("", &u));
  CHECK(u == Unit::kDay);
}

TEST_CASE("ConvertUnit") {
  struct Case {
    double value;
    Unit from, to;
    double expected;
  };
  const Case cases[] = {
      {3, Unit::kDay, Unit::kHour, 72},    {48, Unit::kHour, Unit::kDay, 2},
      {2, Unit::kWeek, Unit::kDay, 14},    {18, Unit::kMonth, Unit::kYear, 1.5},
      {2, Unit::kYear, Unit::kMonth, 24},  {1, Unit::kYear, Unit::kDay, 365},
      {1, Unit::kMonth, Unit::kDay, 30},   {5, Unit::kYear, Unit::kYear, 5},
      {1, Unit::kYear, Unit::kHour, 8760}, {0.5, Unit::kDay, Unit::kHour, 12},
  };
  for (const Case& c : cases) {
    CAPTURE(c.value);
    const std::string from = UnitName(c.from), to = UnitName(c.to);
    CAPTURE(from);
    CAPTURE(to);
    CHECK(ConvertUnit(c.value, c.from, c.to) == doctest::Approx(c.expected));
  }
  CHECK(std::isnan(ConvertUnit(1, Unit::kNone, Unit::kDay)));
  CHECK(std::isnan(ConvertUnit(1, Unit::kDay, Unit::kNone)));
}

TEST_CASE("BoundName") {
  CHECK(std::string(BoundName(Bound::kExact)) == "exact");
  CHECK(std::string(BoundName(Bound::kAtLeast)) == "at-least");
  CHECK(std::string(BoundName(Bound::kAtMost)) == "at-most");
  CHECK(std::string(BoundName(Bound::kBelow)) == "below");
  CHECK(std::string(BoundName(Bound::kAbove)) == "above");
}

}  // namespace
}  // namespace concord
