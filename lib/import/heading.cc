#include "heading.h"

#include "numbering.h"
#include "text_util.h"

namespace concord::import {
namespace {

struct Keyword {
  std::string_view word;  // lower case
  HeadingKind kind;
  std::string_view element;
};

constexpr Keyword kKeywords[] = {
    {"article", HeadingKind::kArticle, "article"},
    {"art.", HeadingKind::kArticle, "article"},
    {"статья", HeadingKind::kArticle, "article"},
    {"ст.", HeadingKind::kArticle, "article"},
    {"part", HeadingKind::kDivision, "part"},
    {"часть", HeadingKind::kDivision, "part"},
    {"chapter", HeadingKind::kDivision, "chapter"},
    {"глава", HeadingKind::kDivision, "chapter"},
    {"section", HeadingKind::kDivision, "section"},
    {"раздел", HeadingKind::kDivision, "section"},
    {"subsection", HeadingKind::kDivision, "subsection"},
    {"подраздел", HeadingKind::kDivision, "subsection"},
    {"subchapter", HeadingKind::kDivision, "subchapter"},
    {"title", HeadingKind::kDivision, "title"},
    {"book", HeadingKind::kDivision, "book"},
    {"division", HeadingKind::kDivision, "division"},
    {"paragraph", HeadingKind::kParagraphUnit, "paragraph"},
    {"annex", HeadingKind::kAnnex, "annex"},
    {"приложение", HeadingKind::kAnnex, "annex"},
    {"schedule", HeadingKind::kAnnex, "schedule"},
    {"appendix", HeadingKind::kAnnex, "appendix"},
};

constexpr std::string_view kSuffixes[] = {"bis",     "ter",    "quater", "quinquies", "sexies",
                                          "septies", "octies", "nonies", "novies",    "decies"};

bool IsSeparator(int32_t c) {
  return c == '.' || c == ':' || c == '-' || c == 0x2013 || c == 0x2014;
}

size_t SkipSpaces(std::string_view s, size_t i) {
  while (i < s.size()) {
    size_t next;
    if (!IsSpace(CodePointAt(s, i, &next))) break;
    i = next;
  }
  return i;
}

// End of the run of letters starting at `i`.
size_t LettersEnd(std::string_view s, size_t i) {
  while (i < s.size()) {
    size_t next;
    if (!IsLetter(CodePointAt(s, i, &next))) break;
    i = next;
  }
  return i;
}

// Reads a heading number at `*i`: "5", "5.1", "5-1", "5a", "IV", "A",
// "ONE"/"первая" (ordinal words, for divisions), with a "bis"/"ter" suffix.
bool ReadNumber(std::string_view s, size_t* i, bool ordinals, std::string* token) {
  size_t j = *i;
  if (j < s.size() && IsDigit(s[j])) {
    while (j < s.size() && IsDigit(s[j])) ++j;
    while (j + 1 < s.size() && (s[j] == '.' || s[j] == '-') && IsDigit(s[j + 1])) {
      for (++j; j < s.size() && IsDigit(s[j]);) ++j;
    }
    size_t next;
    int32_t c = CodePointAt(s, j, &next);
    if (IsLower(c) && !IsLetter(CodePointAt(s, next, &next))) CodePointAt(s, j, &j);
    *token = std::string(s.substr(*i, j - *i));
  } else {
    size_t end = LettersEnd(s, j);
    std::string_view word = s.substr(j, end - j);
    if (word.empty()) return false;
    if (RomanValue(word) > 0) {
      *token = std::string(word);
    } else if (ordinals && OrdinalWordValue(word) > 0) {
      *token = std::to_string(OrdinalWordValue(word));
    } else if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') {
      *token = std::string(word);
    } else {
      return false;
    }
    j = end;
  }
  size_t k = SkipSpaces(s, j);
  if (k + 2 < s.size() && s[k] == '(' && s[k + 2] == ')' && s[k + 1] >= 'A' && s[k + 1] <= 'Z') {
    *token += "-";  // "PART IV (B)": part_IV-B
    *token += s[k + 1];
    j = k + 3;
    k = SkipSpaces(s, j);
  }
  size_t end = LettersEnd(s, k);
  for (std::string_view suffix : kSuffixes) {
    if (ToLower(s.substr(k, end - k)) == suffix) {
      *token += suffix;
      j = end;
    }
  }
  *i = j;
  return true;
}

// The caption after a number ending at `i`: false if the rest is neither
// empty, nor a separator and a caption, nor (Markdown) a space and a caption.
bool ReadCaption(std::string_view s, size_t i, bool markdown, std::string* caption) {
  std::string_view rest = Trim(s.substr(i));
  if (rest.empty()) return true;
  size_t next;
  int32_t c = CodePointAt(rest, 0, &next);
  if (IsSeparator(c)) {
    *caption = CollapseSpaces(rest.substr(next));
    return true;
  }
  if (markdown && i < s.size() && IsSpace(CodePointAt(s, i, &next))) {
    *caption = CollapseSpaces(rest);
    return true;
  }
  return false;
}

const Keyword* FindKeyword(std::string_view s, size_t* end) {
  size_t word_end = LettersEnd(s, 0);
  if (word_end == 0) return nullptr;
  std::string lower = ToLower(s.substr(0, word_end));
  bool dotted = word_end < s.size() && s[word_end] == '.';
  for (const Keyword& k : kKeywords) {
    if (dotted && k.word == lower + ".") {
      *end = word_end + 1;
      return &k;
    }
  }
  for (const Keyword& k : kKeywords) {
    if (k.word == lower) {
      *end = word_end;
      return &k;
    }
  }
  return nullptr;
}

bool ParseKeywordHeading(std::string_view s, bool markdown, Heading* h) {
  size_t i;
  const Keyword* k = FindKeyword(s, &i);
  if (!k) return false;
  size_t first_next;
  if (!markdown && (!IsUpper(CodePointAt(s, 0, &first_next)) ||
                    k->kind == HeadingKind::kParagraphUnit || k->element == "title")) {
    return false;
  }
  h->kind = k->kind;
  h->element = std::string(k->element);
  size_t j = SkipSpaces(s, i);
  if (k->kind == HeadingKind::kAnnex) {
    if (s.substr(j, 3) == "№") j = SkipSpaces(s, j + 3);
    if (s.substr(j, 2) == "N " || s.substr(j, 3) == "No ") j = SkipSpaces(s, j + 2);
  }
  // "### CHAPTER" in capitals is a division without a number; "# Title" is not.
  bool alone_allowed = k->kind == HeadingKind::kAnnex ||
                       (markdown && k->kind == HeadingKind::kDivision && s == ToUpper(s));
  if (j == s.size() && alone_allowed) {
    h->num = CollapseSpaces(s);
    return true;
  }
  size_t number_end = j;
  if (ReadNumber(s, &number_end, k->kind == HeadingKind::kDivision, &h->token)) {
    h->num = CollapseSpaces(s.substr(0, number_end));
    return ReadCaption(s, number_end, markdown, &h->caption);
  }
  if (k->kind != HeadingKind::kAnnex) return false;
  h->num = std::string(s.substr(0, i));  // "ANNEX: Caption", "Annex on chemicals" (Markdown)
  return ReadCaption(s, i, markdown, &h->caption);
}

// "I", "IV", "A", "12" with an optional separator and caption (Markdown);
// a Roman numeral alone or with ". Caption" (plain lines).
bool ParseNumeralHeading(std::string_view s, bool markdown, Heading* h) {
  size_t end = 0;
  if (markdown && !s.empty() && IsDigit(s[0])) {
    while (end < s.size() && IsDigit(s[end])) ++end;
    if (end > 3) return false;
    h->numeral = NumeralClass::kNumber;
    h->value = std::stoi(std::string(s.substr(0, end)));
  } else {
    while (end < s.size() && s[end] >= 'A' && s[end] <= 'Z') ++end;
    std::string_view word = s.substr(0, end);
    size_t next;
    if (word.empty() || IsLetter(CodePointAt(s, end, &next))) return false;
    if (RomanValue(word) > 0) {
      h->numeral = NumeralClass::kRoman;
      h->value = RomanValue(word);
      h->also_letter = word.size() == 1;
      h->letter_value = word[0] - 'A' + 1;
    } else if (markdown && word.size() == 1) {
      h->numeral = NumeralClass::kLetter;
      h->value = word[0] - 'A' + 1;
    } else {
      return false;
    }
  }
  h->kind = HeadingKind::kNumeral;
  h->element = "division";
  h->token = std::string(s.substr(0, end));
  h->num = h->token;
  std::string_view rest = Trim(s.substr(end));
  if (rest.empty()) return true;
  size_t next;
  int32_t c = CodePointAt(rest, 0, &next);
  if (!IsSeparator(c)) return false;
  h->caption = CollapseSpaces(rest.substr(next));
  if (markdown) return true;
  // "I. General provisions", never "C. This Convention shall cease to apply ... if:".
  const std::string& caption = h->caption;
  return c == '.' && !caption.empty() && IsUpper(CodePointAt(caption, 0, &next)) &&
         CodePointCount(caption) <= 100 &&
         std::string_view(".,;:").find(caption.back()) == std::string_view::npos;
}

bool IsPreambleLabel(std::string_view s) {
  std::string lower = ToLower(s);
  while (!lower.empty() && (lower.back() == ':' || lower.back() == '.')) lower.pop_back();
  return lower == "preamble" || lower == "преамбула";
}

}  // namespace

bool ParseHeading(std::string_view text, bool markdown, Heading* heading) {
  std::string collapsed = CollapseSpaces(text);
  Heading h;
  h.text = collapsed;
  if (IsPreambleLabel(collapsed)) {
    h.kind = HeadingKind::kPreamble;
  } else if (Heading k = h; ParseKeywordHeading(collapsed, markdown, &k)) {
    h = std::move(k);
  } else if (Heading n = h; ParseNumeralHeading(collapsed, markdown, &n)) {
    h = std::move(n);
  } else if (!markdown) {
    return false;
  }
  *heading = std::move(h);
  return true;
}

}  // namespace concord::import
