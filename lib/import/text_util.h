// UTF-8 helpers for the importer: code point access, letter classes (ICU),
// white space, truncation for messages, and ASCII identifiers for eIds.

#ifndef CONCORD_IMPORT_TEXT_UTIL_H_
#define CONCORD_IMPORT_TEXT_UTIL_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace concord::import {

/// The code point at byte `i` of `s` (U+FFFD for a malformed sequence, -1 at
/// the end); *next receives the offset after it.
int32_t CodePointAt(std::string_view s, size_t i, size_t* next);

/// The code point that ends just before byte `i` (-1 at the start); *start
/// receives its offset.
int32_t CodePointBefore(std::string_view s, size_t i, size_t* start);

/// True if `s` is valid UTF-8; otherwise *bad_offset is the first bad byte.
bool IsValidUtf8(std::string_view s, size_t* bad_offset);

/// Letter classes (any script, through ICU).
bool IsLetter(int32_t c);
bool IsUpper(int32_t c);
bool IsLower(int32_t c);
/// True for Cyrillic letters.
bool IsCyrillic(int32_t c);
/// ASCII digits only.
inline bool IsDigit(int32_t c) { return c >= '0' && c <= '9'; }
/// Unicode white space, including no-break spaces.
bool IsSpace(int32_t c);

/// Appends the UTF-8 encoding of `c`.
void AppendCodePoint(int32_t c, std::string* out);

/// `s` lower-cased (Unicode simple case mapping per code point).
std::string ToLower(std::string_view s);

/// `s` upper-cased (Unicode simple case mapping per code point).
std::string ToUpper(std::string_view s);

/// `s` with leading and trailing white space removed.
std::string_view Trim(std::string_view s);

/// `s` with every run of white space made one space, and trimmed.
std::string CollapseSpaces(std::string_view s);

/// The first `max_chars` code points of `s`, with "..." when cut.
std::string Shorten(std::string_view s, size_t max_chars);

/// Number of code points in `s`.
size_t CodePointCount(std::string_view s);

/// An ASCII form of `s` for an eId: Cyrillic transliterated, letters and
/// digits kept, '.' and '-' kept between them, everything else dropped.
std::string AsciiIdToken(std::string_view s);

}  // namespace concord::import

#endif  // CONCORD_IMPORT_TEXT_UTIL_H_
