#include "marker.h"

#include "numbering.h"
#include "text_util.h"

namespace concord::import {
namespace {

bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }

// Reads the marker's token at `*i`: up to three digits with an optional
// lower-case letter ("2a"), up to six ASCII letters, or one Cyrillic letter.
bool ReadToken(std::string_view line, size_t* i) {
  size_t start = *i;
  if (*i < line.size() && IsDigit(line[*i])) {
    while (*i < line.size() && IsDigit(line[*i])) ++*i;
    if (*i - start > 3) return false;
    if (*i + 1 < line.size() && IsAsciiLower(line[*i]) &&
        (line[*i + 1] == ')' || line[*i + 1] == '.')) {
      ++*i;
    }
    return true;
  }
  if (*i < line.size() && (IsAsciiLower(line[*i]) || IsAsciiUpper(line[*i]))) {
    while (*i < line.size() && (IsAsciiLower(line[*i]) || IsAsciiUpper(line[*i]))) ++*i;
    return *i - start <= 6;
  }
  size_t next;
  int32_t c = CodePointAt(line, *i, &next);
  if (!IsCyrillic(c) || !IsLetter(c)) return false;
  *i = next;
  return true;
}

// Fills the class, value and readings from the token; false if the token is
// no number, letter or numeral ("see", "Ab").
bool Classify(Marker* m) {
  const std::string& t = m->token;
  if (IsDigit(t[0])) {
    m->cls = MarkerClass::kNumber;
    m->value = std::stoi(t);
    return true;
  }
  bool lower = IsAsciiLower(t[0]);
  bool upper = IsAsciiUpper(t[0]);
  if (!lower && !upper) {
    m->cls = MarkerClass::kCyrillic;
    m->value = LetterValue(t);
    return m->value > 0;
  }
  for (char c : t) {
    if (lower ? !IsAsciiLower(c) : !IsAsciiUpper(c)) return false;  // one case only
  }
  int letter = LetterValue(t);
  int roman = RomanValue(t);
  if (letter > 0) {
    m->cls = lower ? MarkerClass::kLetter : MarkerClass::kUpperLetter;
    m->value = letter;
    m->also_roman = roman > 0;
    m->roman_value = roman;
    return true;
  }
  if (roman > 0) {
    m->cls = lower ? MarkerClass::kRoman : MarkerClass::kUpperRoman;
    m->value = roman;
    return true;
  }
  return false;
}

// What may follow the marker directly, without a space.
bool MayFollowDirectly(const Marker& m, std::string_view line, size_t i) {
  size_t next;
  int32_t c = CodePointAt(line, i, &next);
  if (m.form != MarkerForm::kPeriod) return c != '.' && c != ')';
  if (!IsDigit(m.token[0])) return false;  // "A." only before a space: not "U.S."
  // "1.To ensure", "1.“Child”": a letter or a quote, never "1.5" or "1.1.".
  return IsLetter(c) || c == '"' || c == 0x201C || c == 0x201E || c == 0x00AB || c == '(';
}

}  // namespace

bool ParseMarker(std::string_view line, Marker* marker) {
  Marker m;
  size_t i = 0;
  bool both = !line.empty() && line[0] == '(';
  if (both) i = 1;
  size_t token_start = i;
  if (!ReadToken(line, &i)) return false;
  m.token = std::string(line.substr(token_start, i - token_start));
  if (both) {
    if (i >= line.size() || line[i] != ')') return false;
    m.form = MarkerForm::kParenBoth;
  } else if (i < line.size() && line[i] == ')') {
    m.form = MarkerForm::kParen;
  } else if (i < line.size() && line[i] == '.' &&
             (IsDigit(m.token[0]) || (m.token.size() == 1 && IsAsciiUpper(m.token[0])))) {
    m.form = MarkerForm::kPeriod;  // "1." and "A."
  } else {
    return false;
  }
  ++i;
  if (!Classify(&m)) return false;
  if (i < line.size()) {
    size_t next;
    if (!IsSpace(CodePointAt(line, i, &next)) && !MayFollowDirectly(m, line, i)) return false;
  }
  m.display = std::string(line.substr(0, i));
  m.text_offset = i;
  while (m.text_offset < line.size()) {
    size_t next;
    if (!IsSpace(CodePointAt(line, m.text_offset, &next))) break;
    m.text_offset = next;
  }
  *marker = std::move(m);
  return true;
}

const char* MarkerClassName(MarkerClass cls) {
  switch (cls) {
    case MarkerClass::kNumber:
      return "number";
    case MarkerClass::kLetter:
      return "letter";
    case MarkerClass::kRoman:
      return "roman";
    case MarkerClass::kUpperLetter:
      return "upper-letter";
    case MarkerClass::kUpperRoman:
      return "upper-roman";
    case MarkerClass::kCyrillic:
      return "cyrillic";
  }
  return "number";
}

}  // namespace concord::import
