// Marked quotes: marks from another stage are made safe before drawing.

#include "quote.h"

#include "escape.h"

#include <doctest/doctest.h>

namespace concord::detail {
namespace {

std::string Brackets(std::string_view quote, const std::vector<Mark>& marks) {
  return RenderQuote(quote, marks, QuoteStyle{nullptr, "[", "]"});
}

TEST_CASE("quote: marks are clamped, sorted, merged and kept on UTF-8 boundaries") {
  const std::string q = "abcdefghij";
  CHECK(Brackets(q, {}) == "abcdefghij");
  CHECK(Brackets(q, {{0, 3}}) == "[abc]defghij");
  CHECK(Brackets(q, {{7, 10}, {1, 2}}) == "a[b]cdefg[hij]");
  CHECK(Brackets(q, {{1, 4}, {3, 6}}) == "a[bcdef]ghij");          // overlapping
  CHECK(Brackets(q, {{1, 3}, {3, 5}}) == "a[bcde]fghij");          // touching
  CHECK(Brackets(q, {{8, 99}}) == "abcdefgh[ij]");                 // past the end
  CHECK(Brackets(q, {{5, 5}, {6, 2}, {50, 60}}) == "abcdefghij");  // empty, reversed, outside
  // "жук" is 6 bytes; a mark from byte 1 to 3 splits two sequences.
  CHECK(Brackets("жук", {{1, 3}}) == "[жу]к");
  CHECK(Brackets("a𝟏b", {{2, 3}}) == "a[𝟏]b");
}

TEST_CASE("quote: segments point into the quote") {
  const std::string q = "Брак с шестнадцати лет";
  const std::vector<QuoteSegment> segments = SplitQuote(q, {{9, 41}});
  REQUIRE(segments.size() == 2);
  CHECK(segments[0].text == "Брак ");
  CHECK_FALSE(segments[0].marked);
  CHECK(segments[1].text == "с шестнадцати лет");
  CHECK(segments[1].marked);
  const std::vector<Mark> normal = NormalizeMarks(q, {{41, 9}, {10, 12}});
  REQUIRE(normal.size() == 1);
  CHECK(normal[0].begin == 9);
  CHECK(normal[0].end == 12);  // "с " (12 already starts "ш")
}

TEST_CASE("quote: segments are escaped, marks are not") {
  CHECK(RenderQuote("a<b>&c", {{2, 3}}, QuoteStyle{&HtmlEscape, "<mark>", "</mark>"}) ==
        "a&lt;<mark>b</mark>&gt;&amp;c");
}

}  // namespace
}  // namespace concord::detail
