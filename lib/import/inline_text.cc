#include "inline_text.h"

#include "text_util.h"

#include <cstring>

namespace concord::import {
namespace {

// An escaped star ("\\*") is kept out of emphasis matching as a private-use
// character, and written back as '*' afterwards.
constexpr std::string_view kEscapedStar = "\uE000";

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiPunct(char c) { return std::strchr("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) && c; }

// Links and tags longer than these are taken for text, which keeps the
// clean-up linear on long lines full of brackets.
constexpr size_t kMaxLinkText = 1000;
constexpr size_t kMaxLinkTarget = 2000;
constexpr size_t kMaxTag = 300;

// The offset one past the ')' closing the '(' at `open`, or npos.
size_t SkipParenthesized(std::string_view s, size_t open) {
  int depth = 0;
  for (size_t i = open; i < s.size() && i - open < kMaxLinkTarget; ++i) {
    if (s[i] == '(') ++depth;
    if (s[i] == ')' && --depth == 0) return i + 1;
  }
  return std::string_view::npos;
}

// For "[text](url)" starting at `open`: the offset of ']' and one past ')'.
bool MatchLink(std::string_view s, size_t open, size_t* close, size_t* end) {
  size_t bracket = s.substr(0, open + 1 + kMaxLinkText).find(']', open + 1);
  if (bracket == std::string_view::npos || bracket + 1 >= s.size() || s[bracket + 1] != '(') {
    return false;
  }
  size_t after = SkipParenthesized(s, bracket + 1);
  if (after == std::string_view::npos) return false;
  *close = bracket;
  *end = after;
  return true;
}

// Length of an HTML tag ("<sup>", "</sub>", "<br/>", "<a href=...>") at `i`, or 0.
size_t TagLength(std::string_view s, size_t i) {
  size_t j = i + 1;
  if (j < s.size() && s[j] == '/') ++j;
  if (j >= s.size() || !IsAsciiAlpha(s[j])) return 0;
  while (j < s.size() && (IsAsciiAlpha(s[j]) || (s[j] >= '0' && s[j] <= '9'))) ++j;
  if (j < s.size() && (s[j] == ' ' || s[j] == '/')) {
    size_t close = s.substr(0, i + kMaxTag).find_first_of("<>", j);
    if (close == std::string_view::npos || s[close] != '>') return 0;
    j = close;
  }
  return j < s.size() && s[j] == '>' ? j + 1 - i : 0;
}

// Appends one character of text: a tab as a space; other control characters
// are dropped (XML 1.0 does not allow them).
void AppendTextChar(char c, std::string* out) {
  if (c == '\t') {
    *out += ' ';
  } else if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) {
    *out += c;
  }
}

// Images, links, tags, escapes, backticks and control characters.
void CleanStructure(std::string_view s, std::string* out) {
  for (size_t i = 0; i < s.size();) {
    char c = s[i];
    size_t close, end;
    if (c == '!' && i + 1 < s.size() && s[i + 1] == '[' && MatchLink(s, i + 1, &close, &end)) {
      i = end;  // an image: dropped
    } else if (c == '[' && MatchLink(s, i, &close, &end)) {
      CleanStructure(s.substr(i + 1, close - i - 1), out);
      i = end;
    } else if (c == '<' && TagLength(s, i) > 0) {
      i += TagLength(s, i);
    } else if (c == '\\' && i + 1 < s.size() && IsAsciiPunct(s[i + 1])) {
      *out += s[i + 1] == '*' ? kEscapedStar : std::string_view(&s[i + 1], 1);
      i += 2;
    } else if (c == '`' && i + 1 < s.size() && s[i + 1] == '`') {
      *out += "\u201C";
      i += 2;
    } else if (c == '`' && s.find('`', i + 1) != std::string_view::npos) {
      size_t close = s.find('`', i + 1);  // a code span: its text
      for (char k : s.substr(i + 1, close - i - 1)) AppendTextChar(k, out);
      i = close + 1;
    } else {
      AppendTextChar(c, out);
      ++i;
    }
  }
}

// Removes paired emphasis runs of '*' (an opening run before a non-space, a
// closing run of the same length after one). Unpaired stars stay.
std::string RemoveEmphasis(const std::string& s) {
  struct Run {
    size_t begin, length;
  };
  std::vector<Run> open;
  std::vector<bool> drop(s.size(), false);
  for (size_t i = 0; i < s.size();) {
    if (s[i] != '*') {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < s.size() && s[j] == '*') ++j;
    bool can_open = j < s.size() && s[j] != ' ';
    bool can_close = i > 0 && s[i - 1] != ' ';
    size_t length = j - i;
    if (can_close && !open.empty() && open.back().length == length) {
      for (size_t k = 0; k < length; ++k) drop[open.back().begin + k] = drop[i + k] = true;
      open.pop_back();
    } else if (can_open) {
      open.push_back({i, length});
    }
    i = j;
  }
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (!drop[i]) out += s[i];
  }
  return out;
}

bool EndsGluedWord(std::string_view s, size_t i) {
  size_t start;
  int32_t before = CodePointBefore(s, i, &start);
  return IsLetter(before) || before == ')' || before == '"' || before == 0x201D ||
         before == 0x2019 || before == '\'';
}

// True if the comma or semicolon at `i` lost its space before a capital.
bool IsGluedComma(std::string_view s, size_t i) {
  if (s[i] != ',' && s[i] != ';') return false;
  size_t next;
  int32_t after = CodePointAt(s, i + 1, &next);
  return IsUpper(after) && EndsGluedWord(s, i);
}

// True if the full stop at `i` joins "word.Word" (lower before, capital and
// lower after), as where a line break between two sentences was lost.
bool IsGluedStop(std::string_view s, size_t i) {
  if (s[i] != '.') return false;
  size_t start, next, next2;
  int32_t before = CodePointBefore(s, i, &start);
  int32_t before2 = CodePointBefore(s, start, &start);
  int32_t after = CodePointAt(s, i + 1, &next);
  int32_t after2 = CodePointAt(s, next, &next2);
  return IsLower(before) && IsLower(before2) && IsUpper(after) && IsLower(after2);
}

}  // namespace

std::string CleanInline(std::string_view line) {
  std::string structural;
  structural.reserve(line.size());
  CleanStructure(line, &structural);
  std::string emphasis_removed = RemoveEmphasis(structural);
  // Escaped stars come back as literal stars (one pass, no in-place replace).
  std::string out;
  out.reserve(emphasis_removed.size());
  std::string_view rest = emphasis_removed;
  for (size_t pos; (pos = rest.find(kEscapedStar)) != std::string_view::npos;) {
    out.append(rest.substr(0, pos));
    out += '*';
    rest.remove_prefix(pos + kEscapedStar.size());
  }
  out.append(rest);
  return out;
}

std::string RepairGluedText(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  for (size_t i = 0; i < text.size(); ++i) {
    out += text[i];
    if (IsGluedComma(text, i) || IsGluedStop(text, i)) out += ' ';
  }
  return out;
}

std::vector<std::string> SplitGluedRecitals(std::string_view text) {
  std::vector<std::string> pieces;
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ',' && IsGluedComma(text, i)) {
      pieces.emplace_back(Trim(text.substr(start, i + 1 - start)));
      start = i + 1;
    }
  }
  std::string_view last = Trim(text.substr(start));
  if (!last.empty()) pieces.emplace_back(last);
  return pieces;
}

std::string_view StripPreambleLabel(std::string_view text) {
  static constexpr std::string_view kLabels[] = {"Preamble", "PREAMBLE", "Преамбула", "ПРЕАМБУЛА"};
  for (std::string_view label : kLabels) {
    if (text.substr(0, label.size()) != label) continue;
    std::string_view rest = text.substr(label.size());
    size_t next;
    int32_t c = CodePointAt(rest, 0, &next);
    // "Preamble", "Preamble The ...", "PreambleThe ...", "Preamble: ..."
    if (c < 0 || IsSpace(c) || IsUpper(c) || c == ':' || c == '.') {
      if (c == ':' || c == '.') rest = rest.substr(1);
      return Trim(rest);
    }
  }
  return text;
}

}  // namespace concord::import
