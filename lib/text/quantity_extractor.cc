// QuantityExtractor: a number (NumberReader), its unit, a range, the bound
// the wording sets, whether it is an age, and whether it is the amount of a
// change.

#include "quantity_cues.h"
#include "unit_words.h"

#include "concord/quantity.h"

#include <algorithm>
#include <cmath>

namespace concord {
namespace {

// How far cues may stand from the number, in tokens.
constexpr uint32_t kCueWindow = 6;
constexpr uint32_t kAgeWindow = 5;
constexpr uint32_t kChangeWindow = 10;

class Scan {
 public:
  Scan(const TokenStream& ts, const NumberReader& reader) : ts_(ts), reader_(reader) {}

  /// Builds the quantity around the number `m`; false if it is none.
  bool Build(const NumberMatch& m, Quantity* q);

 private:
  bool InSentence(uint32_t k, uint32_t of) const {
    return k < ts_.tokens.size() && ts_.tokens[k].sentence == ts_.tokens[of].sentence;
  }
  bool InClause(uint32_t k, uint32_t of) const {
    return k < ts_.tokens.size() && ts_.tokens[k].clause == ts_.tokens[of].clause;
  }
  // The first token of the clause of `k`, looking back at most `window`.
  uint32_t ClauseFloor(uint32_t k, uint32_t window) const {
    uint32_t f = k;
    while (f > 0 && k - f < window && InClause(f - 1, k)) --f;
    return f;
  }
  void UnitAfter(double value, uint32_t* last, Unit* unit) const;
  bool Range(const NumberMatch& m, Quantity* q, Unit* unit, uint32_t* last, bool* age) const;
  bool SetAtAge(uint32_t number) const;
  bool LooksBack(uint32_t first) const;
  bool AgeWordBefore(uint32_t from, uint32_t number) const;
  bool BareAge(const NumberMatch& m, const text::BoundCue* cue, bool person, uint32_t last) const;
  int8_t Change(uint32_t first) const;

  const TokenStream& ts_;
  const NumberReader& reader_;
};

// The unit word after token *last, allowing one filler ("18 full years");
// moves *last onto it. French "an" counts only after one ("un an"): it is
// also the English article ("section 47 an EIA report").
void Scan::UnitAfter(double value, uint32_t* last, Unit* unit) const {
  for (uint32_t k = *last + 1; k <= *last + 2 && InSentence(k, *last); ++k) {
    const Unit u = text::UnitWord(ts_.norm(k));
    if (u != Unit::kNone && (value == 1 || ts_.norm(k) != "an")) {
      *unit = u;
      *last = k;
      return;
    }
    if (!text::IsUnitFiller(ts_.norm(k))) return;
  }
}

// "from two to five years", "between 2 and 5 years", "2-5 лет", "от двух
// до пяти лет", "de deux à cinq ans".
bool Scan::Range(const NumberMatch& m, Quantity* q, Unit* unit, uint32_t* last, bool* age) const {
  uint32_t start = m.first_token;
  for (uint32_t s = m.first_token; s > 0 && m.first_token - s < 4 && InClause(s - 1, s); --s) {
    if (!text::IsRangeFiller(ts_.norm(s - 1))) break;
    start = s - 1;
  }
  bool pair = false;
  const bool has_start =
      start > 0 && InClause(start - 1, start) && text::IsRangeStart(ts_.norm(start - 1), &pair);
  if (!has_start) start = m.first_token;
  const Token& end = ts_.tokens[m.last_token];
  uint32_t k = *last + 1;
  const bool dash = *unit == Unit::kNone && (end.flags & kTokenHyphenAfter) &&
                    InSentence(m.last_token + 1, m.last_token) &&
                    ts_.tokens[m.last_token + 1].begin - end.end <= 3;
  if (!dash) {
    if (!InSentence(k, *last) || !text::IsRangeJoin(ts_.norm(k), pair)) return false;
    ++k;
  }
  // "between the ages of 15 and 18": the fillers name the unit.
  bool ages = false;
  for (uint32_t f = start; f < m.first_token; ++f) ages = ages || text::IsAgeWord(ts_.norm(f));
  NumberMatch upper;
  if (!InSentence(k, *last) || !reader_.Read(ts_, k, &upper) || upper.value <= m.value)
    return false;
  Unit unit2 = upper.implied_unit;
  uint32_t last2 = upper.last_token;
  if (unit2 == Unit::kNone) UnitAfter(upper.value, &last2, &unit2);
  if (unit2 == Unit::kNone && *unit == Unit::kNone) {
    if (!ages) return false;
    unit2 = Unit::kYear;
  }
  if (unit2 != Unit::kNone && *unit != Unit::kNone && unit2 != *unit) return false;
  q->is_range = true;
  q->upper = upper.value;
  q->first_token = has_start ? start - 1 : m.first_token;
  if (unit2 != Unit::kNone) *unit = unit2;
  *last = last2;
  *age = *age || upper.age || ages;
  return true;
}

// An age word in the clause before `number`, within kAgeWindow tokens of it
// or of its bound cue starting at `from`.
bool Scan::AgeWordBefore(uint32_t from, uint32_t number) const {
  const uint32_t floor = ClauseFloor(from, kAgeWindow);
  for (uint32_t k = number; k-- > floor;) {
    if (text::IsAgeWord(ts_.norm(k))) return true;
  }
  return false;
}

// "set at eighteen years", "устанавливается в восемнадцать лет", "для женщин
// — в шестнадцать лет": a number of years right after "at"/"в" (not "for a
// term of"/"сроком в") in a sentence that has named an age before it.
bool Scan::SetAtAge(uint32_t number) const {
  if (number == 0 || !InSentence(number - 1, number)) return false;
  const std::string_view at = ts_.norm(number - 1);
  if (at != "at" && at != "в") return false;
  if (number >= 2 && InSentence(number - 2, number) && text::IsTermWord(ts_.norm(number - 2)))
    return false;
  for (uint32_t k = number - 1; k-- > 0 && InSentence(k, number);) {
    if (text::IsAgeWord(ts_.norm(k))) return true;
  }
  return false;
}

// "the past five years", "the preceding 12 months", "последние три года":
// the word before the number (or before "the") looks back in time.
bool Scan::LooksBack(uint32_t first) const {
  for (uint32_t k = first, seen = 0; k-- > 0 && InClause(k, first) && seen < 2; ++seen) {
    const std::string_view w = ts_.norm(k);
    if (w == "past" || w == "preceding" || w == "previous" || w == "last" ||
        w.starts_with("последн") || w.starts_with("прошедш") || w.starts_with("предшествующ") ||
        w.starts_with("предыдущ")) {
      return true;
    }
    if (w != "the" && w != "a") return false;
  }
  return false;
}

// A number without a unit is a quantity only as an age: "aged 16", "at the
// age of 18", "younger than 16", "children under 18", "under 18, ..." (but
// not "under 18 U.S.C.", "over 30 kg" or "Брачный возраст\n1. ...").
bool Scan::BareAge(const NumberMatch& m, const text::BoundCue* cue, bool person,
                   uint32_t last) const {
  if (std::floor(m.value) != m.value || m.value < 1 || m.value > 130) return false;
  if (m.age || (cue && cue->age) || person) return true;
  for (uint32_t k = cue ? cue->first : m.first_token; k-- > 0 && InClause(k, m.first_token);) {
    if (text::IsAgeWord(ts_.norm(k))) return true;  // only fillers between
    if (!text::IsCueFiller(ts_.norm(k)) || cue) break;
  }
  if (!cue || !cue->tight) return false;
  return !InClause(last + 1, last) || text::IsFunctionWord(ts_.norm(last + 1));
}

// -1 or +1 when a lowering or raising verb, then "by"/"на", come before the
// number in its sentence: "reduced by not more than two years", "снижен не
// более чем на два года".
int8_t Scan::Change(uint32_t first) const {
  bool preposition = false;
  for (uint32_t k = first; k-- > 0 && first - k <= kChangeWindow && InSentence(k, first);) {
    const std::string_view w = ts_.norm(k);
    if (text::IsChangePreposition(w)) {
      preposition = true;
    } else if (const int8_t v = text::ChangeVerb(w)) {
      return preposition ? v : 0;
    }
  }
  return 0;
}

bool Scan::Build(const NumberMatch& m, Quantity* q) {
  q->value = q->upper = m.value;
  q->first_token = m.first_token;
  Unit unit = m.implied_unit;
  uint32_t last = m.last_token;
  bool age = m.age && !(InSentence(last + 1, last) && text::IsTermWord(ts_.norm(last + 1)));
  if (unit == Unit::kNone) UnitAfter(m.value, &last, &unit);
  const bool range = Range(m, q, &unit, &last, &age);
  // A calendar year: "2020 года", "в 2019 году".
  const bool integer = std::floor(m.value) == m.value;
  if (!range && unit == Unit::kYear && m.implied_unit == Unit::kNone && integer &&
      m.value >= 1000 && m.value < 3000 && (ts_.tokens[m.first_token].flags & kTokenDigits))
    return false;
  if (unit == Unit::kNone || unit == Unit::kYear) {
    if (const uint32_t tail = text::AgeTailAt(ts_, last + 1)) {  // "years old", "of age"
      age = true;
      last += tail;
    }
  }
  text::BoundCue cue;
  const uint32_t floor = ClauseFloor(q->first_token, kCueWindow + 1);
  const bool has_cue = !range && text::FindBoundCue(ts_, q->first_token, floor, kCueWindow, &cue);
  bool person = false;  // "children under 14", "детей до 14 лет"
  if (has_cue) {
    for (uint32_t k = cue.first; k-- > 0 && cue.first - k <= 2 && InClause(k, cue.first);)
      person = person || ((cue.tight || cue.until) && text::IsPersonWord(ts_.norm(k)));
    age = age || cue.age || person;
  }
  if (unit == Unit::kNone) {
    if (!BareAge(m, has_cue ? &cue : nullptr, person, last)) return false;
    age = true;
    unit = Unit::kYear;
  }
  age = age || AgeWordBefore(has_cue ? cue.first : q->first_token, m.first_token) ||
        (unit == Unit::kYear && !has_cue && !range && SetAtAge(m.first_token));
  q->unit = unit;
  q->is_age = age;
  q->retrospective = !age && LooksBack(q->first_token);
  q->bound = Bound::kExact;
  if (has_cue) {
    q->bound = cue.until ? (age ? Bound::kBelow : Bound::kAtMost) : cue.bound;
    q->first_token = cue.first;
  }
  Bound trailing;
  bool trailing_age;
  uint32_t cue_last;
  if (text::FindTrailingBound(ts_, last, &trailing, &trailing_age, &cue_last)) {
    if (q->bound == Bound::kExact && !range) q->bound = trailing;
    q->is_age = q->is_age || (trailing_age && unit == Unit::kYear);
    last = cue_last;
  }
  q->last_token = last;
  q->relative = Change(m.first_token);
  return true;
}

}  // namespace

void QuantityExtractor::Extract(const TokenStream& tokens, std::vector<Quantity>* out) const {
  Extract(tokens, 0, static_cast<uint32_t>(tokens.tokens.size()), out);
}

void QuantityExtractor::Extract(const TokenStream& tokens, uint32_t begin, uint32_t end,
                                std::vector<Quantity>* out) const {
  Scan scan(tokens, *reader_);
  const uint32_t n = std::min(end, static_cast<uint32_t>(tokens.tokens.size()));
  for (uint32_t i = begin; i < n; ++i) {
    NumberMatch m;
    if (!reader_->Read(tokens, i, &m)) continue;
    Quantity q;
    if (scan.Build(m, &q)) {
      out->push_back(q);
      i = q.last_token;
    } else {
      i = m.last_token;
    }
  }
}

}  // namespace concord
