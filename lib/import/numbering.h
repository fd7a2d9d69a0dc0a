// Numbers as legal texts write them: Roman numerals, letters (a, b ... z,
// aa, bb ...; Cyrillic а, б ...), and ordinal words (PART ONE, Часть первая).

#ifndef CONCORD_IMPORT_NUMBERING_H_
#define CONCORD_IMPORT_NUMBERING_H_

#include <string_view>

namespace concord::import {

/// The value of a Roman numeral in one case ("IV" = 4, "xiv" = 14), or 0 if
/// `s` is not a well-formed numeral (at most 3999).
int RomanValue(std::string_view s);

/// The position of a letter number: "a" = 1 ... "z" = 26, "aa" = 27, "bb" =
/// 28 ...; Cyrillic "а" = 1, "б" = 2 ... (the letters ё, й, ъ, ы, ь skipped
/// as legal texts skip them); either case. 0 if `s` is not one.
int LetterValue(std::string_view s);

/// The value of an ordinal or cardinal word up to twenty in English
/// ("first", "one", "ONE") or Russian ("первая", "первый", "ПЕРВАЯ"); 0 if
/// `s` is not one.
int OrdinalWordValue(std::string_view s);

}  // namespace concord::import

#endif  // CONCORD_IMPORT_NUMBERING_H_
