#include "concord/normalizer.h"

#include "char_table.h"

#include <string>
#include <vector>

#include <doctest/doctest.h>

namespace concord {
namespace {

struct Case {
  const char* input;
  const char* expected;
};

TEST_CASE("NormalizeWord folds case, diacritics and ё in en, ru, fr, es") {
  const Case cases[] = {
      {"Hello", "hello"},
      {"TORTURE", "torture"},
      {"ÉCOLE", "ecole"},
      {"Élève", "eleve"},
      {"garçon", "garcon"},
      {"naïve", "naive"},
      {"Œuvre", "oeuvre"},
      {"cœur", "coeur"},
      {"Niño", "nino"},
      {"AÑO", "ano"},
      {"Über", "uber"},
      {"Straße", "strasse"},
      {"ẞ", "ss"},  // capital sharp s, outside the table
      {"Æsir", "aesir"},
      {"Øre", "ore"},
      {"Łódź", "lodz"},
      {"Việt", "viet"},  // Latin Extended Additional, through ICU
      {"İstanbul", "istanbul"},
      {"ПЫТКА", "пытка"},
      {"Ёлка", "елка"},
      {"ещё", "еще"},
      {"Йод", "йод"},
      {"й", "й"},
      {"ї", "ї"},
      {"e\xCC\x81"
       "cole",
       "ecole"},                   // e + combining acute
      {"и\xCC\x86од", "йод"},      // и + combining breve composes to й
      {"е\xCC\x88ж", "еж"},        // е + combining diaeresis = ё
      {"за\xCC\x81мок", "замок"},  // stress mark dropped
      {"ﬁnal", "final"},           // ligature (NFKC)
      {"ＡＢＣ", "abc"},           // full width (NFKC)
      {"don’t", "don't"},
      {"l’homme", "l'homme"},
      {"pro\xC2\xADtect", "protect"},  // soft hyphen
      {"ΣΟΦΙΑ", "σοφια"},
      {"²", "2"},
      {"", ""},
  };
  for (const Case& c : cases) {
    const std::string input = c.input;
    CAPTURE(input);
    CHECK(NormalizedWord(c.input) == c.expected);
  }
}

TEST_CASE("NormalizeWord appends to the output") {
  std::string out = "x|";
  NormalizeWord("Ёж", &out);
  NormalizeWord("|Naïve", &out);
  CHECK(out == "x|еж|naive");
}

TEST_CASE("NormalizeText unifies dashes, quotes and spaces") {
  const Case cases[] = {
      {"a-b‐c‑d‒e–f—g―h−i－j", "a-b-c-d-e-f-g-h-i-j"},
      {"“x” „y“ «z» \"w\"", "\"x\" \"y\" \"z\" \"w\""},
      {"‘a’ ‚b‘ ‹c› `d´ 'e'", "'a' 'b' 'c' 'd' 'e'"},
      {"a\xC2\xA0"
       "b\xE2\x80\x89"
       "c\xE3\x80\x80"
       "d\te\nf\r\ng",
       "a b c d e f  g"},
      {"Статья 5. Брак — союз", "статья 5. брак - союз"},
      {"Article 1: L’ÉTAT", "article 1: l'etat"},
  };
  NormalizedText out;
  for (const Case& c : cases) {
    const std::string input = c.input;
    CAPTURE(input);
    NormalizeText(c.input, &out);
    CHECK(out.text == c.expected);
    CHECK(out.source_offsets.size() == out.text.size() + 1);
  }
}

TEST_CASE("NormalizeText keeps the source offset of every output byte") {
  NormalizedText out;
  SUBCASE("ё, dash and accent") {
    // Ё (0-1) ж (2-3) — (4-6) é (7-8)
    NormalizeText("Ёж—é", &out);
    CHECK(out.text == "еж-e");
    CHECK(out.source_offsets == std::vector<uint32_t>{0, 0, 2, 2, 4, 7, 9});
  }
  SUBCASE("expansion") {
    NormalizeText("aßb", &out);
    CHECK(out.text == "assb");
    CHECK(out.source_offsets == std::vector<uint32_t>{0, 1, 1, 3, 4});
  }
  SUBCASE("a combining mark joins its letter") {
    NormalizeText("e\xCC\x81x", &out);
    CHECK(out.text == "ex");
    CHECK(out.source_offsets == std::vector<uint32_t>{0, 3, 4});
  }
  SUBCASE("empty") {
    NormalizeText("", &out);
    CHECK(out.text.empty());
    CHECK(out.source_offsets == std::vector<uint32_t>{0});
  }
}

TEST_CASE("NormalizeText grows its output for expanding text") {
  // "¼" (2 bytes) folds to "1⁄4" (5 bytes); "ﬃ" (3 bytes, through ICU) to "ffi".
  std::string source;
  for (int i = 0; i < 1000; ++i) source += "¼ﬃ";
  NormalizedText out;
  out.text = "stale";
  NormalizeText(source, &out);
  REQUIRE(out.text.size() == 8000);
  REQUIRE(out.source_offsets.size() == 8001);
  CHECK(out.text.substr(0, 16) ==
        "1\xE2\x81\x84"
        "4ffi1\xE2\x81\x84"
        "4ffi");
  CHECK(out.source_offsets[0] == 0);
  CHECK(out.source_offsets[4] == 0);
  CHECK(out.source_offsets[5] == 2);
  CHECK(out.source_offsets[7] == 2);
  CHECK(out.source_offsets[7999] == 4997);
  CHECK(out.source_offsets[8000] == 5000);
}

TEST_CASE("the fast path agrees with ICU on every table code point") {
  // Letters and digits only: a word never holds spaces or punctuation.
  int checked = 0;
  for (uint32_t cp = 0x20; cp < 0x2080; ++cp) {
    if (cp == 0x530) cp = 0x2000;
    const text::CharInfo info = text::ClassifyWithIcu(cp);
    if (info.cls != text::kLetter && info.cls != text::kDigit) continue;
    std::string word;
    text::AppendUtf8(cp, &word);
    std::string icu;
    text::NormalizeWithIcu(word, &icu);
    CAPTURE(cp);
    CHECK(NormalizedWord(word) == icu);
    ++checked;
  }
  CHECK(checked > 900);
}

TEST_CASE("invalid UTF-8 becomes U+FFFD") {
  CHECK(NormalizedWord("a\xFF"
                       "b") ==
        "a\xEF\xBF\xBD"
        "b");
  NormalizedText out;
  NormalizeText("a\xC3", &out);
  CHECK(out.text == "a\xEF\xBF\xBD");
  CHECK(out.source_offsets == std::vector<uint32_t>{0, 1, 1, 1, 2});
}

}  // namespace
}  // namespace concord
