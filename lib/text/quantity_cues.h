// The words around a number that make it a bound, an age, a range or a
// relative change, in English, Russian, French and Spanish.
//
// Cues are sequences of normalized words; a word ending in '*' is a prefix.
// Lookups walk at most a few tokens from the number, inside its clause (or
// sentence, for relative changes), so they cost nothing on ordinary text.
//
// Thread-safety: all functions are thread-safe.

#ifndef CONCORD_TEXT_QUANTITY_CUES_H_
#define CONCORD_TEXT_QUANTITY_CUES_H_

#include "concord/quantity.h"
#include "concord/tokenizer.h"

#include <cstdint>
#include <string_view>

namespace concord::text {

/// A bound cue found before a number.
struct BoundCue {
  Bound bound = Bound::kExact;
  bool age = false;    ///< the cue itself speaks of age: "younger than", "не достигш*"
  bool until = false;  ///< "до": kBelow for an age, kAtMost otherwise
  bool tight = false;  ///< "under", "over", "младше": may make a bare number an age
  uint32_t first = 0;  ///< its first token
};

/// The closest bound cue that ends before token `end` with only filler words
/// ("the age of", "чем", "возраста") between, within `window` tokens and not
/// before token `floor`. The longest cue wins where several end on the same
/// token ("not less than" over "less than").
bool FindBoundCue(const TokenStream& ts, uint32_t end, uint32_t floor, uint32_t window,
                  BoundCue* cue);

/// A bound cue after a quantity ending at token `last`: "or older", "и
/// старше". Sets the bound, whether the cue speaks of age, and the cue's last
/// token.
bool FindTrailingBound(const TokenStream& ts, uint32_t last, Bound* bound, bool* age,
                       uint32_t* cue_last);

/// A word that may stand between a bound cue (or an age word) and its
/// number: "the", "of", "чем", "возраста".
bool IsCueFiller(std::string_view norm);

/// A word that may follow a bare age ("children under 18 shall"): auxiliary
/// verbs, conjunctions, relative pronouns, "не".
bool IsFunctionWord(std::string_view norm);

/// A word that makes a nearby number an age: "age", "aged", "возраст*",
/// "достиг*", "достижени*", "edad", "âge".
bool IsAgeWord(std::string_view norm);

/// Words after the unit that make it an age: "old", "of age", "de edad",
/// "d'âge". Returns how many tokens from `i` they take (0 if none).
uint32_t AgeTailAt(const TokenStream& ts, uint32_t i);

/// A person noun before "under"/"до" that makes the number an age:
/// "children under 14", "детей до 14 лет".
bool IsPersonWord(std::string_view norm);

/// A word between a number and its unit that changes nothing: "full",
/// "полных", "calendar", "рабочих".
bool IsUnitFiller(std::string_view norm);

/// A noun after a "-летний" compound that makes it a term, not an age:
/// "пятилетний срок".
bool IsTermWord(std::string_view norm);

/// -1 for a verb that lowers ("reduced", "снижен", "уменьшить"), +1 for one
/// that raises ("raised", "повышен", "увеличен"), 0 otherwise.
int8_t ChangeVerb(std::string_view norm);

/// "by", "на", "de", "en": the preposition that makes the number the amount
/// of a change.
bool IsChangePreposition(std::string_view norm);

/// Words that open a range: "from", "between", "от", "с", "de", "entre".
/// Sets *pair when the range must close with "and" ("between 2 and 5").
bool IsRangeStart(std::string_view norm, bool* pair);

/// Words that close a range before its upper value: "to", "до", "à", "a",
/// "hasta"; "and", "et", "y", "и" only when `pair`.
bool IsRangeJoin(std::string_view norm, bool pair);

/// Fillers between a range start and the number: "the ages of".
bool IsRangeFiller(std::string_view norm);

}  // namespace concord::text

#endif  // CONCORD_TEXT_QUANTITY_CUES_H_
