// Structural headings: "Article 5", "Art. 5", "ARTICLE V", "Article 1bis",
// "PART I", "CHAPTER 2 - Caption", "Section 3", "Статья 5. Caption",
// "Глава 2", "Раздел I", "ANNEX I", "Schedule", "Приложение № 1",
// "Paragraph 4", bare numerals ("I", "A. CAPTION", "12"), and the
// "Preamble" label.

#ifndef CONCORD_IMPORT_HEADING_H_
#define CONCORD_IMPORT_HEADING_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace concord::import {

/// What a heading introduces.
enum class HeadingKind : uint8_t {
  kArticle,   ///< Article, Art., Статья
  kDivision,  ///< Part, Chapter, Section, Title, Book ...; Раздел, Глава, Часть
  kAnnex,     ///< Annex, Schedule, Appendix, Приложение
  kParagraphUnit,  ///< "Paragraph 4" written as a heading (schedules)
  kNumeral,        ///< a bare numeral: "I", "A. CAPTION", "12"
  kPreamble,       ///< the "Preamble" label on its own
  kText,           ///< any other Markdown heading
};

/// How a bare numeral counts.
enum class NumeralClass : uint8_t { kNone, kRoman, kLetter, kNumber };

/// A parsed heading.
struct Heading {
  HeadingKind kind = HeadingKind::kText;
  /// The AKN element: "article", "part", "chapter", "section", "subsection",
  /// "subchapter", "title", "book", "division", "paragraph"; for annexes the
  /// hcontainer name: "annex", "schedule", "appendix".
  std::string element;
  std::string num;      ///< as written, spaces collapsed: "Article 5", "PART I", "II"
  std::string token;    ///< the number for the eId: "5", "I", "8bis", "1"; may be empty
  std::string caption;  ///< text after the number on the same line, if any
  std::string text;     ///< the whole heading text
  NumeralClass numeral = NumeralClass::kNone;  ///< for kNumeral
  int value = 0;                               ///< the numeral's value (Roman, letter or number)
  bool also_letter = false;  ///< a one-letter Roman numeral ("I", "C") may be a letter
  int letter_value = 0;
};

/// Parses `text` (cleaned and trimmed). A Markdown heading (`markdown`) is
/// always a heading: kText if nothing else matches. A plain line is one only
/// when it is entirely a heading: the keyword (capitalised) and its number,
/// then nothing or a separator (. : - – —) and a caption; a Roman numeral
/// alone or followed by ". Caption". Returns false for a plain line that is
/// no heading.
bool ParseHeading(std::string_view text, bool markdown, Heading* heading);

}  // namespace concord::import

#endif  // CONCORD_IMPORT_HEADING_H_
