#include "text_util.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace concord::import {
namespace {

// Latin transliteration of the Russian alphabet, а (U+0430) to я (U+044F).
constexpr const char* kCyrillicLatin[32] = {
    "a", "b", "v", "g", "d", "e",  "zh", "z",  "i",  "j",    "k", "l", "m", "n",  "o",  "p",
    "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "",  "y", "",  "eh", "yu", "ya"};

}  // namespace

int32_t CodePointAt(std::string_view s, size_t i, size_t* next) {
  if (i >= s.size()) {
    *next = s.size();
    return -1;
  }
  int32_t offset = static_cast<int32_t>(i);
  int32_t length = static_cast<int32_t>(s.size());
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), offset, length, c);
  *next = static_cast<size_t>(offset);
  return c < 0 ? 0xFFFD : c;
}

int32_t CodePointBefore(std::string_view s, size_t i, size_t* start) {
  if (i == 0 || i > s.size()) {
    *start = 0;
    return -1;
  }
  int32_t offset = static_cast<int32_t>(i);
  UChar32 c;
  U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, offset, c);
  *start = static_cast<size_t>(offset);
  return c < 0 ? 0xFFFD : c;
}

bool IsValidUtf8(std::string_view s, size_t* bad_offset) {
  int32_t i = 0;
  int32_t length = static_cast<int32_t>(s.size());
  while (i < length) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, length, c);
    if (c < 0) {
      *bad_offset = static_cast<size_t>(start);
      return false;
    }
  }
  return true;
}

bool IsLetter(int32_t c) { return c >= 0 && u_isalpha(c); }
bool IsUpper(int32_t c) { return c >= 0 && u_isupper(c); }
bool IsLower(int32_t c) { return c >= 0 && u_islower(c); }
bool IsCyrillic(int32_t c) { return (c >= 0x0400 && c <= 0x04FF) || (c >= 0x0500 && c <= 0x052F); }
bool IsSpace(int32_t c) { return c >= 0 && (u_isUWhiteSpace(c) || c == 0x00A0 || c == 0x202F); }

void AppendCodePoint(int32_t c, std::string* out) {
  char buffer[4];
  int32_t length = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buffer), length, 4, c, error);
  if (!error) out->append(buffer, static_cast<size_t>(length));
}

std::string ToLower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    int32_t c = CodePointAt(s, i, &i);
    AppendCodePoint(u_tolower(c), &out);
  }
  return out;
}

std::string ToUpper(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    int32_t c = CodePointAt(s, i, &i);
    AppendCodePoint(u_toupper(c), &out);
  }
  return out;
}

std::string_view Trim(std::string_view s) {
  size_t begin = 0;
  while (begin < s.size()) {
    size_t next;
    if (!IsSpace(CodePointAt(s, begin, &next))) break;
    begin = next;
  }
  size_t end = s.size();
  while (end > begin) {
    size_t start;
    if (!IsSpace(CodePointBefore(s, end, &start))) break;
    end = start;
  }
  return s.substr(begin, end - begin);
}

std::string CollapseSpaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (size_t i = 0; i < s.size();) {
    size_t next;
    int32_t c = CodePointAt(s, i, &next);
    if (IsSpace(c)) {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out.append(s.substr(i, next - i));
    }
    i = next;
  }
  return out;
}

size_t CodePointCount(std::string_view s) {
  size_t count = 0;
  for (unsigned char c : s) count += (c & 0xC0) != 0x80;
  return count;
}

std::string Shorten(std::string_view s, size_t max_chars) {
  size_t count = 0;
  for (size_t i = 0; i < s.size();) {
    if (count == max_chars) return std::string(s.substr(0, i)) + "...";
    CodePointAt(s, i, &i);
    ++count;
  }
  return std::string(s);
}

std::string AsciiIdToken(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    int32_t c = CodePointAt(s, i, &i);
    int32_t lower = u_tolower(c);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsDigit(c)) {
      out += static_cast<char>(c);
    } else if (lower >= 0x0430 && lower <= 0x044F) {
      out += kCyrillicLatin[lower - 0x0430];
    } else if (lower == 0x0451) {  // ё
      out += "e";
    } else if ((c == '.' || c == '-') && !out.empty() && out.back() != '.' && out.back() != '-') {
      out += static_cast<char>(c);
    }
  }
  while (!out.empty() && (out.back() == '.' || out.back() == '-')) out.pop_back();
  return out;
}

}  // namespace concord::import
