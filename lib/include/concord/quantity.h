// Numbers and quantities in legal text.
//
// NumberReader reads a number that starts at a token: digits ("18", the "16"
// of "16-летнего"), spelled-out numbers in English, Russian (every case:
// "восемнадцати", "сорока восьми"), French and Spanish through ICU
// RuleBasedNumberFormat spellout parsing (lenient, with the consumed length
// checked, so "eighteen years" is 18 and "twenty one" is 21, never 2001), and
// a pack-supplied lexicon for forms ICU cannot parse ("шестнадцатилетнего").
//
// QuantityExtractor finds number + unit (year, month, week, day, hour in
// en/ru/fr/es), ranges ("from two to five years", "от двух до пяти лет") and
// ages ("under 18", "aged 16", "18-year-old", "не достигшим восемнадцати
// лет"), with the bound the wording sets and relative changes ("may be reduced
// by not more than two years"). Its rules, in short:
//  - a number without a unit is a quantity only as an age in years: after an
//    age word ("aged 16", "at the age of 18"), an age cue ("younger than",
//    "не достигш"), a person noun and "under"/"over"/"до" ("children under
//    14"), or a bare "under 18" that ends its clause or is followed by a
//    function word ("under 18 shall"; never "under 18 U.S.C.", "over 30 kg");
//  - months are never years; a four-digit year in digits before "года"/"году"
//    ("в 2020 году") is a date, not a quantity;
//  - "до <N> лет" is kBelow for an age and kAtMost otherwise ("до 5 лет
//    лишения свободы"); "not less than" wins over "less than";
//  - is_age also holds for a change of an age ("снизить брачный возраст на
//    один год": relative -1, is_age).
//
// Thread-safety: after Create, both classes are immutable and thread-safe.

#ifndef CONCORD_QUANTITY_H_
#define CONCORD_QUANTITY_H_

#include "concord/status.h"
#include "concord/tokenizer.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace concord {

/// Units of time. Ages are in years.
enum class Unit : uint8_t { kNone, kHour, kDay, kWeek, kMonth, kYear };

/// "hour", "day", "week", "month", "year" ("" for kNone).
const char* UnitName(Unit unit);
/// Parses a unit name as UnitName writes it; false if unknown.
bool ParseUnit(std::string_view name, Unit* unit);
/// `value` in `from` expressed in `to` (1 year = 12 months = 365 days,
/// 1 month = 30 days, 1 week = 7 days, 1 day = 24 hours). NaN if either unit
/// is kNone.
double ConvertUnit(double value, Unit from, Unit to);

/// An entry of a pack's <numbers> lexicon: a word (or a prefix when it ends in
/// '*') that means `value`, optionally implying a unit ("шестнадцатилетн*" is
/// 16 years).
struct NumberWord {
  std::string word;  ///< as written in the pack; normalized by Create
  double value = 0;
  Unit unit = Unit::kNone;
};

/// A number read from tokens.
struct NumberMatch {
  double value = 0;
  uint32_t first_token = 0;
  uint32_t last_token = 0;          ///< inclusive
  Unit implied_unit = Unit::kNone;  ///< from a lexicon entry or "-летн"/"-year-old"
  /// The number came in a word that says how old someone is: "18-year-old",
  /// "16-летнего", "шестнадцатилетн*".
  bool age = false;
};

/// Reads numbers at token positions.
class NumberReader {
 public:
  /// Builds a reader for en, ru, fr and es plus `lexicon`.
  static Status Create(std::vector<NumberWord> lexicon, std::unique_ptr<NumberReader>* out);
  virtual ~NumberReader() = default;

  /// Reads the number starting at tokens[i]. Returns false if none starts there.
  virtual bool Read(const TokenStream& tokens, uint32_t i, NumberMatch* out) const = 0;
};

/// How the wording bounds a quantity.
enum class Bound : uint8_t {
  kExact,  ///< "18 years", "at 18"
  kAtLeast,  ///< "from 16", "not less than", "at least", "с шестнадцати", "не менее"
  kAtMost,  ///< "up to", "not more than", "до", "не более"
  kBelow,   ///< "under 18", "below", "less than", "не достигш", "младше"
  kAbove,   ///< "over 18", "more than", "older than", "старше"
};

/// "exact", "at-least", "at-most", "below", "above".
const char* BoundName(Bound bound);

/// A number with a unit found in text.
struct Quantity {
  double value = 0;  ///< the (lower) value, in `unit`
  double upper = 0;  ///< the upper value of a range; == value otherwise
  Unit unit = Unit::kNone;
  Bound bound = Bound::kExact;
  bool is_range = false;  ///< "from two to five years"
  bool is_age = false;    ///< an age: "aged", "of age", "year-old", "возраст", "летн"
  /// -1 when the wording lowers a base value by this amount ("reduced by"),
  /// +1 when it raises it, 0 otherwise.
  int8_t relative = 0;
  /// A span that looks back ("within the past five years", "за последние
  /// три года"): never a time limit.
  bool retrospective = false;
  /// First token of the whole expression: the bound cue ("under", "not less
  /// than") or range start ("from", "между") when there is one, else the number.
  uint32_t first_token = 0;
  /// Last token (inclusive): the unit, or "old"/"of age", or a trailing cue
  /// ("or older", "и старше").
  uint32_t last_token = 0;
};

/// Finds quantities in token streams.
class QuantityExtractor {
 public:
  /// `reader` must outlive the extractor.
  explicit QuantityExtractor(const NumberReader* reader) : reader_(reader) {}

  /// Appends the quantities of `tokens` to *out, ordered by first_token.
  void Extract(const TokenStream& tokens, std::vector<Quantity>* out) const;

  /// Appends the quantities that start in tokens [begin, end) to *out,
  /// ordered by first_token. A quantity never spans two sentences, so for a
  /// run of whole sentences this gives what Extract(tokens, out) gives there:
  /// callers may extract only the sentences they ask about.
  void Extract(const TokenStream& tokens, uint32_t begin, uint32_t end,
               std::vector<Quantity>* out) const;

 private:
  const NumberReader* reader_;
};

}  // namespace concord

#endif  // CONCORD_QUANTITY_H_
