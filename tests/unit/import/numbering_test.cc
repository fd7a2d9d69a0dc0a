#include "numbering.h"

#include <doctest/doctest.h>

namespace concord::import {
namespace {

TEST_CASE("RomanValue reads well-formed numerals in one case") {
  struct Row {
    const char* text;
    int value;
  };
  const Row rows[] = {
      {"I", 1},     {"IV", 4}, {"IX", 9},    {"XIV", 14},      {"XXIV", 24}, {"XL", 40},
      {"XCIX", 99}, {"ii", 2}, {"xxvi", 26}, {"MMXXVI", 2026}, {"IIII", 0},  {"VX", 0},
      {"IC", 0},    {"Iv", 0}, {"", 0},      {"A", 0},         {"Ill", 0},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CHECK(RomanValue(row.text) == row.value);
  }
}

TEST_CASE("LetterValue numbers Latin, doubled and Cyrillic letters") {
  struct Row {
    const char* text;
    int value;
  };
  const Row rows[] = {
      {"a", 1}, {"z", 26}, {"A", 1},  {"aa", 27}, {"bb", 28}, {"ab", 0}, {"abc", 0}, {"а", 1},
      {"б", 2}, {"и", 9},  {"к", 10}, {"я", 28},  {"Б", 2},   {"й", 0},  {"1", 0},   {"", 0},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CHECK(LetterValue(row.text) == row.value);
  }
}

TEST_CASE("OrdinalWordValue reads English and Russian words to twenty") {
  CHECK(OrdinalWordValue("ONE") == 1);
  CHECK(OrdinalWordValue("first") == 1);
  CHECK(OrdinalWordValue("Twelfth") == 12);
  CHECK(OrdinalWordValue("twenty") == 20);
  CHECK(OrdinalWordValue("ПЕРВАЯ") == 1);
  CHECK(OrdinalWordValue("вторая") == 2);
  CHECK(OrdinalWordValue("четвёртая") == 4);
  CHECK(OrdinalWordValue("четвертый") == 4);
  CHECK(OrdinalWordValue("general") == 0);
  CHECK(OrdinalWordValue("") == 0);
}

}  // namespace
}  // namespace concord::import
