#include "numbering.h"

#include "text_util.h"

#include <string>

namespace concord::import {
namespace {

int RomanDigit(char c) {
  switch (c) {
    case 'i':
      return 1;
    case 'v':
      return 5;
    case 'x':
      return 10;
    case 'l':
      return 50;
    case 'c':
      return 100;
    case 'd':
      return 500;
    case 'm':
      return 1000;
    default:
      return 0;
  }
}

// The canonical Roman form of 1..3999, lower case.
std::string RomanForm(int value) {
  static constexpr int kValues[] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
  static constexpr const char* kDigits[] = {"m",  "cm", "d",  "cd", "c",  "xc", "l",
                                            "xl", "x",  "ix", "v",  "iv", "i"};
  std::string out;
  for (size_t i = 0; i < std::size(kValues); ++i) {
    for (; value >= kValues[i]; value -= kValues[i]) out += kDigits[i];
  }
  return out;
}

// Cyrillic lower-case letters in the order legal texts letter their points.
constexpr std::u32string_view kCyrillicLetters = U"абвгдежзиклмнопрстуфхцчшщэюя";

}  // namespace

int RomanValue(std::string_view s) {
  if (s.empty() || s.size() > 15) return 0;
  bool upper = s[0] >= 'A' && s[0] <= 'Z';
  std::string lower;
  for (char c : s) {
    bool is_upper = c >= 'A' && c <= 'Z';
    if (is_upper != upper) return 0;  // one case only
    lower += static_cast<char>(is_upper ? c - 'A' + 'a' : c);
  }
  int total = 0;
  for (size_t i = 0; i < lower.size(); ++i) {
    int digit = RomanDigit(lower[i]);
    if (digit == 0) return 0;
    int next = i + 1 < lower.size() ? RomanDigit(lower[i + 1]) : 0;
    total += digit < next ? -digit : digit;
  }
  return total > 0 && total < 4000 && RomanForm(total) == lower ? total : 0;
}

int LetterValue(std::string_view s) {
  std::string lower = ToLower(s);
  if (lower.size() == 1 && lower[0] >= 'a' && lower[0] <= 'z') return lower[0] - 'a' + 1;
  if (lower.size() == 2 && lower[0] == lower[1] && lower[0] >= 'a' && lower[0] <= 'z') {
    return 26 + lower[0] - 'a' + 1;
  }
  size_t next;
  int32_t c = CodePointAt(lower, 0, &next);
  if (next != lower.size()) return 0;
  size_t index = kCyrillicLetters.find(static_cast<char32_t>(c));
  return index == std::u32string_view::npos ? 0 : static_cast<int>(index) + 1;
}

int OrdinalWordValue(std::string_view s) {
  static constexpr std::string_view kWords[][4] = {
      {"one", "first", "первая", "первый"},
      {"two", "second", "вторая", "второй"},
      {"three", "third", "третья", "третий"},
      {"four", "fourth", "четвертая", "четвертый"},
      {"five", "fifth", "пятая", "пятый"},
      {"six", "sixth", "шестая", "шестой"},
      {"seven", "seventh", "седьмая", "седьмой"},
      {"eight", "eighth", "восьмая", "восьмой"},
      {"nine", "ninth", "девятая", "девятый"},
      {"ten", "tenth", "десятая", "десятый"},
      {"eleven", "eleventh", "", ""},
      {"twelve", "twelfth", "", ""},
      {"thirteen", "thirteenth", "", ""},
      {"fourteen", "fourteenth", "", ""},
      {"fifteen", "fifteenth", "", ""},
      {"sixteen", "sixteenth", "", ""},
      {"seventeen", "seventeenth", "", ""},
      {"eighteen", "eighteenth", "", ""},
      {"nineteen", "nineteenth", "", ""},
      {"twenty", "twentieth", "", ""},
  };
  std::string lower = ToLower(s);
  // "четвёртая" is written with ё or е.
  for (size_t pos; (pos = lower.find("ё")) != std::string::npos;) lower.replace(pos, 2, "е");
  for (size_t i = 0; i < std::size(kWords); ++i) {
    for (std::string_view word : kWords[i]) {
      if (!word.empty() && lower == word) return static_cast<int>(i) + 1;
    }
  }
  return 0;
}

}  // namespace concord::import
