#include "char_table.h"

#include <array>
#include <cassert>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

namespace concord::text {
namespace {

constexpr uint32_t kLowEnd = 0x530;       // U+0000-U+052F
constexpr uint32_t kPunctBegin = 0x2000;  // U+2000-U+207F
constexpr uint32_t kPunctEnd = 0x2080;
constexpr size_t kTableSize = kLowEnd + (kPunctEnd - kPunctBegin);

const icu::Normalizer2* NfkcCasefold() {
  static const icu::Normalizer2* n = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* r = icu::Normalizer2::getNFKCCasefoldInstance(status);
    assert(U_SUCCESS(status));
    return r;
  }();
  return n;
}

const icu::Normalizer2* Nfd() {
  static const icu::Normalizer2* n = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* r = icu::Normalizer2::getNFDInstance(status);
    assert(U_SUCCESS(status));
    return r;
  }();
  return n;
}

bool IsDoubleQuote(uint32_t cp) {
  return cp == '"' || cp == 0xAB || cp == 0xBB || (cp >= 0x201C && cp <= 0x201F) || cp == 0xFF02 ||
         (cp >= 0x301D && cp <= 0x301F);
}

bool IsSingleQuote(uint32_t cp) {
  return cp == '\'' || cp == '`' || cp == 0xB4 || cp == 0x2BC || (cp >= 0x2018 && cp <= 0x201B) ||
         cp == 0x2039 || cp == 0x203A || cp == 0xFF07;
}

bool IsDash(uint32_t cp) {
  return u_charType(cp) == U_DASH_PUNCTUATION || cp == 0x2212 || cp == 0xFE63 || cp == 0xFF0D;
}

bool IsSpace(uint32_t cp) { return u_isUWhiteSpace(cp) || cp == 0x200B; }

// The replacement of a dash, quote or space before NFKC (so that, e.g., the
// acute accent U+00B4 becomes an apostrophe, not a space and a mark); 0 if
// `cp` is none of them.
uint32_t PreMap(uint32_t cp) {
  if (cp < 0x80) {
    if (cp == '`') return '\'';
    if (cp == '\t' || cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f') return ' ';
    return 0;
  }
  if (IsDoubleQuote(cp)) return '"';
  if (IsSingleQuote(cp)) return '\'';
  if (IsDash(cp)) return '-';
  if (IsSpace(cp)) return ' ';
  return 0;
}

// Latin letters whose base letter is not reached by NFD.
const char* LatinSpecial(uint32_t cp) {
  switch (cp) {
    case 0xE6:
      return "ae";  // æ
    case 0x153:
      return "oe";  // œ
    case 0xF8:
      return "o";  // ø
    case 0x111:
      return "d";  // đ
    case 0xF0:
      return "d";  // ð
    case 0xFE:
      return "th";  // þ
    case 0x142:
      return "l";  // ł
    case 0x127:
      return "h";  // ħ
    case 0x131:
      return "i";  // ı
    case 0x167:
      return "t";  // ŧ
    default:
      return nullptr;
  }
}

// Folds one code point of NFKC-case-folded text.
void PostFold(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
    return;
  }
  if (cp >= 0x300 && cp < 0x370) return;  // a mark left over after composition
  if (cp == 0x451) {                      // ё
    AppendUtf8(0x435, out);
    return;
  }
  if (uint32_t m = PreMap(cp)) {  // NFKC may produce a dash or a quote
    out->push_back(static_cast<char>(m));
    return;
  }
  if (const char* s = LatinSpecial(cp)) {
    out->append(s);
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  if (uscript_getScript(cp, &status) == USCRIPT_LATIN) {
    icu::UnicodeString d = Nfd()->normalize(icu::UnicodeString(static_cast<UChar32>(cp)), status);
    for (int32_t i = 0; i < d.length(); i = d.moveIndex32(i, 1)) {
      UChar32 c = d.char32At(i);
      if (u_getCombiningClass(c) == 0 && !(c >= 0x300 && c < 0x370)) AppendUtf8(c, out);
    }
    return;
  }
  AppendUtf8(cp, out);
}

void FoldCodePoint(uint32_t cp, std::string* out) {
  if (uint32_t m = PreMap(cp)) {
    out->push_back(static_cast<char>(m));
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString n =
      NfkcCasefold()->normalize(icu::UnicodeString(static_cast<UChar32>(cp)), status);
  for (int32_t i = 0; i < n.length(); i = n.moveIndex32(i, 1)) PostFold(n.char32At(i), out);
}

uint8_t ClassOf(uint32_t cp) {
  switch (cp) {
    case '\n':
    case '\v':
    case '\f':
    case 0x85:
    case 0x2028:
      return kNewline;
    case 0x2029:
      return kParagraph;
    case '.':
      return kPeriod;
    case '!':
    case '?':
    case 0x2026:
    case 0x203C:
    case 0x2047:
    case 0x2048:
    case 0x2049:
    case 0x3002:
    case 0xFF01:
    case 0xFF1F:
      return kSentenceEnd;
    case ';':
      return kSemicolon;
    case ',':
      return kComma;
    case ':':
      return kColon;
    case '(':
    case ')':
    case '[':
    case ']':
      return kBracket;
    case 0x2014:
    case 0x2015:
    case 0x2E3A:
    case 0x2E3B:
      return kLongDash;
    case '\'':
    case '`':
    case 0xB4:
    case 0x2BC:
    case 0x2019:
      return kApostrophe;
    case 0x200B:
      return kSpace;
    default:
      break;
  }
  if (IsDash(cp)) return kDash;
  if (IsSpace(cp)) return kSpace;
  switch (u_charType(cp)) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
      return kLetter;
    case U_DECIMAL_DIGIT_NUMBER:
      return kDigit;
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK:
      return kMark;
    case U_FORMAT_CHAR:
      return kIgnorable;
    default:
      return kOther;
  }
}

struct Table {
  std::array<CharInfo, kTableSize> entries;
  Table() {
    for (uint32_t cp = 0; cp < kLowEnd; ++cp) entries[cp] = ClassifyWithIcu(cp);
    for (uint32_t cp = kPunctBegin; cp < kPunctEnd; ++cp)
      entries[kLowEnd + cp - kPunctBegin] = ClassifyWithIcu(cp);
  }
};

const Table& GetTable() {
  static const Table table;
  return table;
}

}  // namespace

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    char b[2] = {static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
    out->append(b, 2);
  } else if (cp < 0x10000) {
    char b[3] = {static_cast<char>(0xE0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                 static_cast<char>(0x80 | (cp & 0x3F))};
    out->append(b, 3);
  } else {
    char b[4] = {
        static_cast<char>(0xF0 | (cp >> 18)), static_cast<char>(0x80 | ((cp >> 12) & 0x3F)),
        static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), static_cast<char>(0x80 | (cp & 0x3F))};
    out->append(b, 4);
  }
}

CharInfo ClassOnlyWithIcu(uint32_t cp) {
  CharInfo info;
  info.cls = ClassOf(cp);
  if (info.cls == kLetter && (u_isUUppercase(cp) || u_charType(cp) == U_TITLECASE_LETTER))
    info.flags |= kCharUpper;
  if (cp < 0x80) info.flags |= kCharAscii;
  if (IsWordClass(info.cls)) info.flags |= kCharWord;
  if (IsWordClass(info.cls) && info.cls != kIgnorable) info.flags |= kCharWordStart;
  if (cp >= '0' && cp <= '9') info.flags |= kCharAsciiDigit;
  info.flags |= kCharSlow;
  return info;
}

CharInfo ClassifyWithIcu(uint32_t cp) {
  CharInfo info = ClassOnlyWithIcu(cp);
  info.flags &= ~kCharSlow;
  std::string fold;
  FoldCodePoint(cp, &fold);
  if (fold.size() > sizeof(info.fold) || info.cls == kMark) {
    info.flags |= kCharSlow;
  } else {
    info.fold_size = static_cast<uint8_t>(fold.size());
    fold.copy(info.fold, fold.size());
  }
  return info;
}

bool IsMarkWithIcu(uint32_t cp) { return (U_GET_GC_MASK(cp) & U_GC_M_MASK) != 0; }

const CharInfo* CharTableData() { return GetTable().entries.data(); }

void NormalizeWithIcu(std::string_view s, std::string* out) {
  icu::UnicodeString u;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    uint32_t cp;
    p += DecodeUtf8(p, end, &cp);
    uint32_t m = PreMap(cp);
    u.append(static_cast<UChar32>(m ? m : cp));
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString n = NfkcCasefold()->normalize(u, status);
  if (U_FAILURE(status)) n = u;
  for (int32_t i = 0; i < n.length(); i = n.moveIndex32(i, 1)) PostFold(n.char32At(i), out);
}

}  // namespace concord::text
