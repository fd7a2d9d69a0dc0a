#include "heading.h"

#include <doctest/doctest.h>

namespace concord::import {
namespace {

struct Row {
  const char* text;
  bool markdown;
  HeadingKind kind;
  const char* element;
  const char* num;
  const char* token;
  const char* caption;
};

void CheckRows(const Row* begin, const Row* end) {
  for (const Row* row = begin; row != end; ++row) {
    CAPTURE(row->text);
    CAPTURE(row->markdown);
    Heading h;
    REQUIRE(ParseHeading(row->text, row->markdown, &h));
    CHECK(h.kind == row->kind);
    CHECK(h.element == row->element);
    CHECK(h.num == row->num);
    CHECK(h.token == row->token);
    CHECK(h.caption == row->caption);
  }
}

TEST_CASE("ParseHeading reads article headings in every spelling") {
  const Row rows[] = {
      {"Article 3", true, HeadingKind::kArticle, "article", "Article 3", "3", ""},
      {"Article  12  ", true, HeadingKind::kArticle, "article", "Article 12", "12", ""},
      {"ARTICLE V", true, HeadingKind::kArticle, "article", "ARTICLE V", "V", ""},
      {"Art. 5", false, HeadingKind::kArticle, "article", "Art. 5", "5", ""},
      {"Art.5", false, HeadingKind::kArticle, "article", "Art.5", "5", ""},
      {"Article 1bis", true, HeadingKind::kArticle, "article", "Article 1bis", "1bis", ""},
      {"Article 8 bis", false, HeadingKind::kArticle, "article", "Article 8 bis", "8bis", ""},
      {"Article 5 - Purpose", false, HeadingKind::kArticle, "article", "Article 5", "5", "Purpose"},
      {"Article 5. Purpose", false, HeadingKind::kArticle, "article", "Article 5", "5", "Purpose"},
      {"Article 5 — Purpose", false, HeadingKind::kArticle, "article", "Article 5", "5", "Purpose"},
      {"Article 5 Purpose", true, HeadingKind::kArticle, "article", "Article 5", "5", "Purpose"},
      {"Статья 5. Право на жизнь", false, HeadingKind::kArticle, "article", "Статья 5", "5",
       "Право на жизнь"},
      {"Статья 12.1", false, HeadingKind::kArticle, "article", "Статья 12.1", "12.1", ""},
      {"Статья 5а", false, HeadingKind::kArticle, "article", "Статья 5а", "5а", ""},
      {"СТАТЬЯ 7", false, HeadingKind::kArticle, "article", "СТАТЬЯ 7", "7", ""},
  };
  CheckRows(std::begin(rows), std::end(rows));
}

TEST_CASE("ParseHeading reads divisions, annexes and paragraph headings") {
  const Row rows[] = {
      {"PART  I  ", true, HeadingKind::kDivision, "part", "PART I", "I", ""},
      {"PART 1", true, HeadingKind::kDivision, "part", "PART 1", "1", ""},
      {"Part IV", false, HeadingKind::kDivision, "part", "Part IV", "IV", ""},
      {"PART ONE", false, HeadingKind::kDivision, "part", "PART ONE", "1", ""},
      {"PART IV (B)", true, HeadingKind::kDivision, "part", "PART IV (B)", "IV-B", ""},
      {"CHAPTER 2 - General provisions", false, HeadingKind::kDivision, "chapter", "CHAPTER 2", "2",
       "General provisions"},
      {"Chapter   II  ", true, HeadingKind::kDivision, "chapter", "Chapter II", "II", ""},
      {"SECTION  III", true, HeadingKind::kDivision, "section", "SECTION III", "III", ""},
      {"Section 3", false, HeadingKind::kDivision, "section", "Section 3", "3", ""},
      {"Раздел I. Общие положения", false, HeadingKind::kDivision, "section", "Раздел I", "I",
       "Общие положения"},
      {"Глава 2", false, HeadingKind::kDivision, "chapter", "Глава 2", "2", ""},
      {"ЧАСТЬ ПЕРВАЯ", false, HeadingKind::kDivision, "part", "ЧАСТЬ ПЕРВАЯ", "1", ""},
      {"Title 5", true, HeadingKind::kDivision, "title", "Title 5", "5", ""},
      {"CHAPTER", true, HeadingKind::kDivision, "chapter", "CHAPTER", "", ""},
      {"ANNEX  I  ", true, HeadingKind::kAnnex, "annex", "ANNEX I", "I", ""},
      {"Annex", true, HeadingKind::kAnnex, "annex", "Annex", "", ""},
      {"Annex", false, HeadingKind::kAnnex, "annex", "Annex", "", ""},
      {"SCHEDULE", true, HeadingKind::kAnnex, "schedule", "SCHEDULE", "", ""},
      {"Appendix 2", false, HeadingKind::kAnnex, "appendix", "Appendix 2", "2", ""},
      {"Приложение № 1", false, HeadingKind::kAnnex, "annex", "Приложение № 1", "1", ""},
      {"Приложение N 2", false, HeadingKind::kAnnex, "annex", "Приложение N 2", "2", ""},
      {"Annex: Model agreement", false, HeadingKind::kAnnex, "annex", "Annex", "",
       "Model agreement"},
      {"Paragraph  10", true, HeadingKind::kParagraphUnit, "paragraph", "Paragraph 10", "10", ""},
  };
  CheckRows(std::begin(rows), std::end(rows));
}

TEST_CASE("ParseHeading reads bare numerals and the preamble label") {
  const Row rows[] = {
      {"I", true, HeadingKind::kNumeral, "division", "I", "I", ""},
      {"IV ", true, HeadingKind::kNumeral, "division", "IV", "IV", ""},
      {"II. LETTER", true, HeadingKind::kNumeral, "division", "II", "II", "LETTER"},
      {"A. GENERAL PROVISIONS", true, HeadingKind::kNumeral, "division", "A", "A",
       "GENERAL PROVISIONS"},
      {"B", true, HeadingKind::kNumeral, "division", "B", "B", ""},
      {"23", true, HeadingKind::kNumeral, "division", "23", "23", ""},
      {"I. Общие положения", false, HeadingKind::kNumeral, "division", "I", "I", "Общие положения"},
      {"IV", false, HeadingKind::kNumeral, "division", "IV", "IV", ""},
      {"V", false, HeadingKind::kNumeral, "division", "V", "V", ""},
      {"Preamble", true, HeadingKind::kPreamble, "", "", "", ""},
      {"PREAMBLE:", false, HeadingKind::kPreamble, "", "", "", ""},
      {"Преамбула", false, HeadingKind::kPreamble, "", "", "", ""},
  };
  CheckRows(std::begin(rows), std::end(rows));
  Heading h;
  REQUIRE(ParseHeading("II. LETTER", true, &h));
  CHECK(h.numeral == NumeralClass::kRoman);
  CHECK(h.value == 2);
  REQUIRE(ParseHeading("C", true, &h));
  CHECK(h.numeral == NumeralClass::kRoman);
  CHECK(h.also_letter);
  CHECK(h.letter_value == 3);
  REQUIRE(ParseHeading("B", true, &h));
  CHECK(h.numeral == NumeralClass::kLetter);
  CHECK(h.value == 2);
}

TEST_CASE("ParseHeading keeps other Markdown headings as text headings") {
  const char* texts[] = {"Convention",
                         "Title",
                         "Part",
                         "against torture and other cruel treatment",
                         "Recommendation 146",
                         "General undertakings",
                         "I Love Law",
                         "1949 Geneva Conventions",
                         "Articles of association"};
  for (const char* text : texts) {
    CAPTURE(text);
    Heading h;
    REQUIRE(ParseHeading(text, true, &h));
    CHECK(h.kind == HeadingKind::kText);
    CHECK(h.text == text);
    CHECK(h.num.empty());
  }
}

TEST_CASE("ParseHeading refuses plain lines that are sentences") {
  const char* lines[] = {
      "Article 5 of the Convention shall apply.",  // no separator after the number
      "article 5.",                                // lower case: a wrapped sentence
      "Part II of this Act applies",
      "Section 3, paragraph 2, applies",
      "Annex I to this Convention",
      "Paragraph 4.",  // "Paragraph" headings only in Markdown
      "Title 5",
      "CHAPTER",  // a division without a number: Markdown only
      "Chapter",
      "C. This Convention shall cease to apply to any person falling under section A if:",
      "A. Short caption",  // plain numerals are Roman only
      "Convention",
      "The States Parties to the present Convention,",
  };
  for (const char* line : lines) {
    CAPTURE(line);
    Heading h;
    CHECK_FALSE(ParseHeading(line, false, &h));
  }
}

}  // namespace
}  // namespace concord::import
