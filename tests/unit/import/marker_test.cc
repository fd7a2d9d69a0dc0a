#include "marker.h"

#include <doctest/doctest.h>

namespace concord::import {
namespace {

TEST_CASE("ParseMarker reads every marker form") {
  struct Row {
    const char* line;
    const char* display;
    const char* token;
    MarkerForm form;
    MarkerClass cls;
    int value;
    bool also_roman;
    const char* text;
  };
  const Row rows[] = {
      {"1. For the purpose", "1.", "1", MarkerForm::kPeriod, MarkerClass::kNumber, 1, false,
       "For the purpose"},
      {"12.  Text", "12.", "12", MarkerForm::kPeriod, MarkerClass::kNumber, 12, false, "Text"},
      {"1.To ensure", "1.", "1", MarkerForm::kPeriod, MarkerClass::kNumber, 1, false, "To ensure"},
      {"3) text", "3)", "3", MarkerForm::kParen, MarkerClass::kNumber, 3, false, "text"},
      {"(2) text", "(2)", "2", MarkerForm::kParenBoth, MarkerClass::kNumber, 2, false, "text"},
      {"(2a) text", "(2a)", "2a", MarkerForm::kParenBoth, MarkerClass::kNumber, 2, false, "text"},
      {"(a)When the", "(a)", "a", MarkerForm::kParenBoth, MarkerClass::kLetter, 1, false,
       "When the"},
      {"b) text", "b)", "b", MarkerForm::kParen, MarkerClass::kLetter, 2, false, "text"},
      {"(aa) text", "(aa)", "aa", MarkerForm::kParenBoth, MarkerClass::kLetter, 27, false, "text"},
      {"(i) warning;", "(i)", "i", MarkerForm::kParenBoth, MarkerClass::kLetter, 9, true,
       "warning;"},
      {"(iv) text", "(iv)", "iv", MarkerForm::kParenBoth, MarkerClass::kRoman, 4, false, "text"},
      {"xxvi) text", "xxvi)", "xxvi", MarkerForm::kParen, MarkerClass::kRoman, 26, false, "text"},
      {"(A) text", "(A)", "A", MarkerForm::kParenBoth, MarkerClass::kUpperLetter, 1, false, "text"},
      {"B. The following", "B.", "B", MarkerForm::kPeriod, MarkerClass::kUpperLetter, 2, false,
       "The following"},
      // "II" is also the doubled letter after "HH"; the tree builder decides.
      {"(II) text", "(II)", "II", MarkerForm::kParenBoth, MarkerClass::kUpperLetter, 35, true,
       "text"},
      {"а) дети-инвалиды;", "а)", "а", MarkerForm::kParen, MarkerClass::kCyrillic, 1, false,
       "дети-инвалиды;"},
      {"(б) текст", "(б)", "б", MarkerForm::kParenBoth, MarkerClass::kCyrillic, 2, false, "текст"},
      {"2.", "2.", "2", MarkerForm::kPeriod, MarkerClass::kNumber, 2, false, ""},
      {"4.“Child” means", "4.", "4", MarkerForm::kPeriod, MarkerClass::kNumber, 4, false,
       "“Child” means"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.line);
    Marker m;
    REQUIRE(ParseMarker(row.line, &m));
    CHECK(m.display == row.display);
    CHECK(m.token == row.token);
    CHECK(m.form == row.form);
    CHECK(m.cls == row.cls);
    CHECK(m.value == row.value);
    CHECK(m.also_roman == row.also_roman);
    CHECK(std::string(row.line).substr(m.text_offset) == row.text);
  }
}

TEST_CASE("ParseMarker refuses lines that only look like markers") {
  const char* lines[] = {
      "1.5 per cent of the budget",  // a decimal number
      "1949 Geneva Conventions",     // a year, no punctuation
      "1234. Too many digits",
      "(see article 5)",  // a word in brackets
      "(Ab) mixed case",
      "U.S. law applies",  // "U." is followed by a letter
      "A.B. Smith",
      "Article 5",
      "a.b",
      "(a.",
      "",
      "(1.) text",
  };
  for (const char* line : lines) {
    CAPTURE(line);
    Marker m;
    CHECK_FALSE(ParseMarker(line, &m));
  }
}

TEST_CASE("MarkerClassName names every class") {
  CHECK(std::string(MarkerClassName(MarkerClass::kNumber)) == "number");
  CHECK(std::string(MarkerClassName(MarkerClass::kLetter)) == "letter");
  CHECK(std::string(MarkerClassName(MarkerClass::kRoman)) == "roman");
  CHECK(std::string(MarkerClassName(MarkerClass::kUpperLetter)) == "upper-letter");
  CHECK(std::string(MarkerClassName(MarkerClass::kUpperRoman)) == "upper-roman");
  CHECK(std::string(MarkerClassName(MarkerClass::kCyrillic)) == "cyrillic");
}

}  // namespace
}  // namespace concord::import
