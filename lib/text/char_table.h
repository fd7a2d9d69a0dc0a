// Code point classes and folds for the normalizer and the tokenizer.
//
// A table built once (with ICU, on first use) holds, for every code point of
// ASCII, Latin-1, Latin Extended-A/B, IPA, Greek, Cyrillic (U+0000-U+052F)
// and General Punctuation (U+2000-U+207F), its class for tokenizing and its
// normalized form (NFKC case fold, Latin diacritics removed, ё -> е, dashes,
// quotes and spaces unified). The hot paths decode UTF-8 and look code points
// up here; only code points outside the table, and combining marks (which may
// compose with the previous letter), take the ICU path.
//
// Thread-safety: the table is built under a static initializer; all functions
// are thread-safe.

#ifndef CONCORD_TEXT_CHAR_TABLE_H_
#define CONCORD_TEXT_CHAR_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace concord::text {

/// What a code point does in a text.
enum CharClass : uint8_t {
  kOther = 0,    ///< symbols, quotes and punctuation with no role below
  kLetter,       ///< any letter (L*)
  kDigit,        ///< decimal digit (Nd)
  kMark,         ///< combining mark (M*): part of a word, may compose
  kIgnorable,    ///< format character (soft hyphen, ZWJ): inside a word, dropped
  kSpace,        ///< white space other than line breaks
  kNewline,      ///< a line break
  kParagraph,    ///< U+2029: ends a block like a blank line
  kPeriod,       ///< '.': a sentence end unless in an abbreviation or number
  kSentenceEnd,  ///< ! ? … and similar: always a sentence end
  kSemicolon,    ///< ';': a clause end; with a line break, a sentence end
  kComma,        ///< ',': a clause end unless between digits
  kColon,        ///< ':': a clause end unless between digits
  kBracket,      ///< ( ) [ ]: a clause end
  kDash,         ///< hyphens, en dash, minus: split words
  kLongDash,     ///< em dash, horizontal bar: split words, end a clause
  kApostrophe,   ///< ' ’ ʼ ` ´: inside a word between letters
};

/// CharInfo::flags bits.
enum CharFlag : uint8_t {
  kCharUpper = 1 << 0,       ///< an upper- or title-case letter
  kCharAscii = 1 << 1,       ///< an ASCII code point
  kCharSlow = 1 << 2,        ///< the fold is not in `fold`: normalize through ICU
  kCharWord = 1 << 3,        ///< a word class (IsWordClass)
  kCharAsciiDigit = 1 << 4,  ///< '0'-'9'
  kCharWordStart = 1 << 5,   ///< may start a word (a word class but kIgnorable)
};

/// One table entry: 8 bytes.
struct CharInfo {
  uint8_t cls = kOther;
  uint8_t flags = 0;
  uint8_t fold_size = 0;  ///< bytes of `fold` used
  char fold[5] = {};      ///< the normalized form (UTF-8)
};

/// The table: entries for U+0000-U+052F, then for U+2000-U+207F.
const CharInfo* CharTableData();

/// The entry of `cp` in `table` (from CharTableData), or nullptr when it lies
/// outside the table.
inline const CharInfo* LookupChar(const CharInfo* table, uint32_t cp) {
  if (cp < 0x530) return table + cp;
  if (cp >= 0x2000 && cp < 0x2080) return table + 0x530 + (cp - 0x2000);
  return nullptr;
}

/// Classifies any code point with ICU, fold included (the table is built
/// from this).
CharInfo ClassifyWithIcu(uint32_t cp);

/// The class and flags of a code point outside the table, without its fold
/// (kCharSlow is set).
CharInfo ClassOnlyWithIcu(uint32_t cp);

/// True if ICU classifies `cp` as a combining mark (M*).
bool IsMarkWithIcu(uint32_t cp);

/// Decodes one code point at `p` (< end). Returns its byte length (>= 1); an
/// invalid or truncated sequence decodes as U+FFFD of length 1.
inline size_t DecodeUtf8(const unsigned char* p, const unsigned char* end, uint32_t* cp) {
  unsigned b = p[0];
  if (b < 0x80) {
    *cp = b;
    return 1;
  }
  auto cont = [&](ptrdiff_t i) { return p + i < end && (p[i] & 0xC0) == 0x80; };
  if (b >= 0xC2 && b < 0xE0 && cont(1)) {
    *cp = ((b & 0x1F) << 6) | (p[1] & 0x3F);
    return 2;
  }
  if (b >= 0xE0 && b < 0xF0 && cont(1) && cont(2)) {
    uint32_t c = ((b & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    if (c >= 0x800 && (c < 0xD800 || c > 0xDFFF)) {
      *cp = c;
      return 3;
    }
  } else if (b >= 0xF0 && b < 0xF5 && cont(1) && cont(2) && cont(3)) {
    uint32_t c = ((b & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    if (c >= 0x10000 && c <= 0x10FFFF) {
      *cp = c;
      return 4;
    }
  }
  *cp = 0xFFFD;
  return 1;
}

/// Appends `cp` as UTF-8.
void AppendUtf8(uint32_t cp, std::string* out);

/// True for the classes that make up words.
inline bool IsWordClass(uint8_t cls) {
  return cls == kLetter || cls == kDigit || cls == kMark || cls == kIgnorable;
}

/// Appends the normalized form of `s` computed through ICU: special
/// characters unified, NFKC case fold of the whole string (so combining
/// marks compose), then the per-code-point folds of the table.
void NormalizeWithIcu(std::string_view s, std::string* out);

}  // namespace concord::text

#endif  // CONCORD_TEXT_CHAR_TABLE_H_
