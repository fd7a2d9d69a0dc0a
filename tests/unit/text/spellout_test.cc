#include "spellout.h"

#include <cmath>
#include <memory>
#include <string>

#include <doctest/doctest.h>

namespace concord::text {
namespace {

const Spellout& Table() {
  static const std::unique_ptr<Spellout> table = [] {
    std::unique_ptr<Spellout> s;
    REQUIRE(Spellout::Build(&s).ok());
    return s;
  }();
  return *table;
}

TEST_CASE("Spellout words carry their value and languages") {
  struct Case {
    const char* word;
    double value;  // NaN: only inside numbers
    uint8_t langs;
    bool starts;
  };
  const double nan = std::nan("");
  const Case cases[] = {
      {"eighteen", 18, kEn, true},     {"hundred", nan, kEn, false}, {"and", nan, kEn, false},
      {"восемнадцати", 18, kRu, true}, {"сорока", 40, kRu, true},    {"полутора", 1.5, kRu, true},
      {"тысяч", nan, kRu, false},      {"six", 6, kEn | kFr, true},  {"un", 1, kFr | kEs, true},
      {"et", nan, kFr, false},         {"y", nan, kEs, false},       {"ciento", nan, kEs, true},
      {"veintidos", 22, kEs, true},
  };
  for (const Case& c : cases) {
    const std::string word = c.word;
    CAPTURE(word);
    const int32_t id = Table().FindWord(c.word);
    REQUIRE(id >= 0);
    const SpelloutWord& w = Table().word(id);
    if (std::isnan(c.value)) {
      CHECK(std::isnan(w.value));
    } else {
      CHECK(w.value == c.value);
    }
    CHECK(static_cast<int>(w.langs) == static_cast<int>(c.langs));
    CHECK(w.starts == c.starts);
    CHECK(Table().word_texts()[id] == c.word);
  }
  CHECK(Table().FindWord("years") == -1);
  CHECK(Table().FindWord("") == -1);
}

TEST_CASE("Spellout phrases") {
  auto phrase = [](std::initializer_list<const char*> words) {
    int32_t node = Spellout::kRoot;
    for (const char* w : words) {
      const int32_t id = Table().FindWord(w);
      if (id < 0) return std::nan("");
      node = Table().NextPhrase(node, id);
      if (node < 0) return std::nan("");
    }
    return Table().PhraseValue(node);
  };
  CHECK(phrase({"twenty", "one"}) == 21);
  CHECK(phrase({"сорока", "восьми"}) == 48);
  CHECK(phrase({"двадцатью", "одним"}) == 21);
  CHECK(phrase({"quatre", "vingt", "dix"}) == 90);
  CHECK(phrase({"treinta", "y", "cinco"}) == 35);
  CHECK(phrase({"twenty"}) == 20);
  CHECK(std::isnan(phrase({"one", "two"})));
  CHECK(std::isnan(phrase({"hundred"})));
}

TEST_CASE("Spellout::ParseRun checks ICU's consumed length and wording") {
  struct Case {
    std::vector<std::string_view> words;
    uint8_t langs;
    bool ok;
    double value;
    size_t consumed;
  };
  const Case cases[] = {
      {{"one", "hundred", "and", "five"}, kEn, true, 105, 4},
      {{"one", "hundred", "and", "five", "and"}, kEn, true, 105, 4},
      {{"eighteen", "years"}, kEn, true, 18, 1},
      {{"twenty", "one"}, kEn, true, 21, 2},
      {{"one", "two"}, kEn, false, 0, 0},            // ICU: 102
      {{"двадцать", "тридцать"}, kRu, false, 0, 0},  // ICU: 23 from "двадцать тр"
      {{"ciento", "veinte"}, kEs, true, 120, 2},
      {{"ciento", "veinte"}, kEn, false, 0, 0},  // wrong language
  };
  for (const Case& c : cases) {
    std::string run;
    for (std::string_view w : c.words) (run += w) += ' ';
    CAPTURE(run);
    double v = -1;
    size_t consumed = 0;
    CHECK(Table().ParseRun(c.words, c.langs, &v, &consumed) == c.ok);
    if (c.ok) {
      CHECK(v == c.value);
      CHECK(consumed == c.consumed);
    }
  }
}

TEST_CASE("NormalizedWords splits as Tokenize does") {
  CHECK(NormalizedWords("Vingt-et-Un") == std::vector<std::string>{"vingt", "et", "un"});
  CHECK(NormalizedWords("трёх") == std::vector<std::string>{"трех"});
  CHECK(NormalizedWords("").empty());
}

}  // namespace
}  // namespace concord::text
