// Item markers at the start of a line: numbered paragraphs ("1.", "1)",
// "(1)"), lettered points ("(a)", "a)", Cyrillic "а)"), Roman sub-items
// ("(i)", "i)") and their upper-case forms ("(A)", "A.", "(I)").

#ifndef CONCORD_IMPORT_MARKER_H_
#define CONCORD_IMPORT_MARKER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace concord::import {

/// How a marker is punctuated.
enum class MarkerForm : uint8_t {
  kPeriod,     ///< "1.", and "A." for upper-case letters
  kParen,      ///< "1)"
  kParenBoth,  ///< "(1)"
};

/// What a marker counts with. A marker such as "(i)" or "(v)" may be a letter
/// or a Roman numeral; the parser keeps both readings and the tree builder
/// chooses from the surrounding items.
enum class MarkerClass : uint8_t {
  kNumber,       ///< 1, 2, 3 (optionally with a letter: "2a")
  kLetter,       ///< a, b ... z, aa, bb
  kRoman,        ///< i, ii, iii
  kUpperLetter,  ///< A, B
  kUpperRoman,   ///< I, II
  kCyrillic,     ///< а, б, в
};

/// A marker found at the start of a line.
struct Marker {
  std::string display;  ///< as written: "(a)", "1.", "а)"
  std::string token;    ///< the number without punctuation: "a", "1", "а"
  MarkerForm form = MarkerForm::kPeriod;
  MarkerClass cls = MarkerClass::kNumber;  ///< the first reading
  bool also_roman = false;  ///< a letter that is also a Roman numeral ("i", "v", "x", "c" ...)
  int value = 0;            ///< position in its class (letters and numerals), number value
  int roman_value = 0;      ///< the Roman reading's value when also_roman
  size_t text_offset = 0;   ///< where the item's text starts in the line
};

/// Parses a marker at the start of `line` (already trimmed). Returns false if
/// the line does not start with one. A marker is followed by white space, the
/// end of the line, or (for "(a)" and "a)" forms, and "1." before a letter)
/// directly by the item's text, as in "(a)When" and "1.To ensure".
bool ParseMarker(std::string_view line, Marker* marker);

/// "number", "letter", "roman", "upper-letter", "upper-roman", "cyrillic".
const char* MarkerClassName(MarkerClass cls);

}  // namespace concord::import

#endif  // CONCORD_IMPORT_MARKER_H_
