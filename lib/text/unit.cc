#include "concord/quantity.h"

#include <cmath>
#include <limits>

namespace concord {
namespace {

constexpr const char* kUnitNames[] = {"", "hour", "day", "week", "month", "year"};
// Each unit in hours: 1 month = 30 days, 1 year = 365 days.
constexpr double kHours[] = {0, 1, 24, 24 * 7, 24 * 30, 24 * 365};

}  // namespace

const char* UnitName(Unit unit) { return kUnitNames[static_cast<size_t>(unit)]; }

bool ParseUnit(std::string_view name, Unit* unit) {
  for (size_t i = 1; i < std::size(kUnitNames); ++i) {
    if (name == kUnitNames[i]) {
      *unit = static_cast<Unit>(i);
      return true;
    }
  }
  return false;
}

double ConvertUnit(double value, Unit from, Unit to) {
  if (from == Unit::kNone || to == Unit::kNone) return std::numeric_limits<double>::quiet_NaN();
  if (from == to) return value;
  // Months and years convert exactly between themselves.
  if (from == Unit::kMonth && to == Unit::kYear) return value / 12;
  if (from == Unit::kYear && to == Unit::kMonth) return value * 12;
  return value * kHours[static_cast<size_t>(from)] / kHours[static_cast<size_t>(to)];
}

const char* BoundName(Bound bound) {
  static constexpr const char* kNames[] = {"exact", "at-least", "at-most", "below", "above"};
  return kNames[static_cast<size_t>(bound)];
}

}  // namespace concord
