// Abbreviations that a period does not end a sentence after.
//
// Words are normalized forms (normalizer.h); a compound abbreviation is its
// parts joined by '.', without the final period: "e.g", "т.е".
//
// Thread-safety: all functions are thread-safe.

#ifndef CONCORD_TEXT_ABBREVIATIONS_H_
#define CONCORD_TEXT_ABBREVIATIONS_H_

#include <string_view>

namespace concord::text {

/// How a period after an abbreviation behaves.
enum class AbbrevKind {
  kNone,         ///< not an abbreviation: the period ends the sentence
  kAlways,       ///< never ends a sentence: "art.", "ст.", "Mr."
  kBeforeLower,  ///< ends one unless the next word is in lower case: "etc.", "т.д."
  kBeforeDigit,  ///< ends one unless the next word is a number: "No. 5"
};

/// The kind of `word` (a normalized token or a compound such as "e.g").
AbbrevKind LookupAbbreviation(std::string_view word);

/// True if `compound` ("т.е", "e.g") is a compound abbreviation; used to keep
/// "т. е." (spaced) together.
bool IsCompoundAbbreviation(std::string_view compound);

}  // namespace concord::text

#endif  // CONCORD_TEXT_ABBREVIATIONS_H_
