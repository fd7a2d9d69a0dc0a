// Words that name units of time in English, Russian, French and Spanish.
//
// Thread-safety: all functions are thread-safe.

#ifndef CONCORD_TEXT_UNIT_WORDS_H_
#define CONCORD_TEXT_UNIT_WORDS_H_

#include "concord/quantity.h"

#include <string_view>

namespace concord::text {

/// The unit a normalized word names ("years", "лет", "heures", "anos"), or
/// Unit::kNone. Months are never years.
Unit UnitWord(std::string_view norm);

/// A Russian stem that names a unit inside a compound word: "летн" in
/// "шестнадцатилетнего" and "16-летнего", "лети" in "шестнадцатилетия",
/// "часов" in "сорокавосьмичасовой".
struct UnitMarker {
  std::string_view stem;
  Unit unit;
  bool age;  ///< "летн" and "годовал" describe how old someone is
};

/// The marker `s` starts with, or nullptr.
const UnitMarker* UnitMarkerAt(std::string_view s);

/// True for the case endings written after digits in Russian: the "х" of
/// "3-х", the "ти" of "5-ти".
bool IsNumeralEnding(std::string_view norm);

}  // namespace concord::text

#endif  // CONCORD_TEXT_UNIT_WORDS_H_
