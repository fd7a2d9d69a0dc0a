#include "concord/tokenizer.h"

#include <string>

#include <doctest/doctest.h>

namespace concord {
namespace {

// Renders a stream as its normalized tokens separated by " " within a clause,
// " , " between clauses and " | " between sentences.
std::string Render(const TokenStream& s) {
  std::string out;
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    if (i > 0) {
      if (s.tokens[i].sentence != s.tokens[i - 1].sentence) {
        out += " | ";
      } else if (s.tokens[i].clause != s.tokens[i - 1].clause) {
        out += " , ";
      } else {
        out += " ";
      }
    }
    out += s.norm(i);
  }
  return out;
}

std::string Tokenized(const char* text) {
  TokenStream s;
  Tokenize(text, 0, &s);
  return Render(s);
}

struct Case {
  const char* input;
  const char* expected;
};

TEST_CASE("Tokenize: offsets, normalized forms and flags") {
  TokenStream s;
  // "Лицо" 0-8, ", " 8-10, "18" 10-12, "-" 12, "летнего" 13-27, " «" 27-30,
  // "Ёжика" 30-40, "» " 40-43, "don’t" 43-50, " " 50, "1" 51, "." 52, "5" 53.
  Tokenize("Лицо, 18-летнего «Ёжика» don’t 1.5", 7, &s);
  REQUIRE(s.tokens.size() == 7);
  struct Want {
    uint32_t begin, end;
    const char* norm;
    uint16_t flags;
  };
  const Want want[] = {
      {0, 8, "лицо", kTokenCapital}, {10, 12, "18", kTokenDigits | kTokenHyphenAfter},
      {13, 27, "летнего", 0},        {30, 40, "ежика", kTokenCapital},
      {43, 50, "don't", 0},          {51, 52, "1", kTokenDigits | kTokenDecimalAfter},
      {53, 54, "5", kTokenDigits},
  };
  for (size_t i = 0; i < std::size(want); ++i) {
    CAPTURE(i);
    CHECK(s.tokens[i].begin == want[i].begin);
    CHECK(s.tokens[i].end == want[i].end);
    CHECK(s.norm(i) == want[i].norm);
    CHECK(s.tokens[i].flags == want[i].flags);
    CHECK(s.tokens[i].field == 7);
    CHECK(s.tokens[i].sentence == 0);
  }
  CHECK(s.tokens[0].clause == 0);
  CHECK(s.tokens[1].clause == 1);
  CHECK(s.sentence_count == 1);
  CHECK(s.clause_count == 2);
}

TEST_CASE("Tokenize: words") {
  const Case cases[] = {
      {"18-year-old", "18 year old"},
      {"48-hour", "48 hour"},
      {"16–летнего", "16 летнего"},
      {"l’homme aujourd'hui", "l'homme aujourd'hui"},
      {"the States' duty", "the states duty"},
      {"'quoted'", "quoted"},
      {"Straße ÉTAT Ёлка", "strasse etat елка"},
      {"e\xCC\x81"
       "cole",
       "ecole"},
      {"pro\xC2\xADtect", "protect"},
      {"ＡＢＣ 東京都", "abc 東京都"},
      {"x²", "x"},
      {"", ""},
      {" \n\t ", ""},
  };
  for (const Case& c : cases) {
    const std::string input = c.input;
    CAPTURE(input);
    CHECK(Tokenized(c.input) == c.expected);
  }
}

TEST_CASE("Tokenize: sentences") {
  const Case cases[] = {
      {"One. Two! Three? Four… five", "one | two | three | four | five"},
      {"See art. 5 and arts. 6-7. Next", "see art 5 and arts 6 7 | next"},
      {"Under para. 2 of sec. 3, ch. 4. Next", "under para 2 of sec 3 , ch 4 | next"},
      {"No. 5 says no. The end", "no 5 says no | the end"},
      {"e.g. this, i.e. that, etc. and more", "e g this , i e that , etc and more"},
      {"apples, etc. The end", "apples , etc | the end"},
      {"Mr. Smith and Dr. Jones met J. Doe. Then", "mr smith and dr jones met j doe | then"},
      {"pp. 5-6, p. 7, cf. vol. 2, St. Peter", "pp 5 6 , p 7 , cf vol 2 , st peter"},
      {"Version 1.5 and 5.1.2. Next", "version 1 5 and 5 1 2 | next"},
      {"ст. 5 ч. 2 п. 3 пп. 4. Далее", "ст 5 ч 2 п 3 пп 4 | далее"},
      {"и т.д. и т.п. лица", "и т д и т п лица"},
      {"и т.д. Далее", "и т д | далее"},
      {"т. е. лица", "т е лица"},
      {"в 2020 г. принят, см. им. Ленина, др. лица", "в 2020 г принят , см им ленина , др лица"},
      {"прим. 1. Далее", "прим 1 | далее"},
      {"1. General provisions. Next", "1 general provisions | next"},
      {"a. first\nb. second", "a first | b second"},
      {"Heading\n1. First item\n2) second item", "heading | 1 first item | 2 , second item"},
      {"wrapped at line\n18 years", "wrapped at line 18 years"},
      {"U.S.C. section", "u s c section"},
      {"www.un.org is", "www un org is"},
      {"end .Next", "end | next"},
      {"wait... What", "wait | what"},
      {"first line\nsecond line", "first line second line"},
      {"first\n\nsecond", "first | second"},
      {"first\n \n  second", "first | second"},
      {"a) one;\nb) two;\nc) three", "a , one | b , two | c , three"},
      {"one; two", "one , two"},
      {"para\xE2\x80\xA9next", "para | next"},
  };
  for (const Case& c : cases) {
    const std::string input = c.input;
    CAPTURE(input);
    CHECK(Tokenized(c.input) == c.expected);
  }
}

TEST_CASE("Tokenize: clauses") {
  const Case cases[] = {
      {"a, b; c: d (e) [f] g", "a , b , c , d , e , f , g"},
      {"1,5 and 10:30 and 1, 5", "1 5 and 10 30 and 1 , 5"},
      {"brother - in law", "brother , in law"},
      {"brother-in-law", "brother in law"},
      {"брак — союз", "брак , союз"},
      {"word—word", "word , word"},
      {"2–5 years", "2 5 years"},
  };
  for (const Case& c : cases) {
    const std::string input = c.input;
    CAPTURE(input);
    CHECK(Tokenized(c.input) == c.expected);
  }
}

TEST_CASE("Tokenize: each call starts a sentence and appends") {
  TokenStream s;
  Tokenize("Title words", 1, &s);
  Tokenize("body, text", 2, &s);
  Tokenize("  ", 3, &s);  // no tokens: no sentence
  Tokenize("tail", 4, &s);
  CHECK(Render(s) == "title words | body , text | tail");
  CHECK(s.sentence_count == 3);
  CHECK(s.clause_count == 4);
  CHECK(s.tokens[2].field == 2);
  CHECK(s.tokens[2].begin == 0);
  CHECK(s.tokens[4].field == 4);
  CHECK(s.tokens[4].sentence == 2);
  CHECK(s.tokens[4].clause == 3);
  s.Clear();
  CHECK(s.tokens.empty());
  CHECK(s.normalized.empty());
  Tokenize("again", 0, &s);
  CHECK(s.tokens[0].sentence == 0);
  CHECK(s.tokens[0].clause == 0);
}

TEST_CASE("Tokenize: a very long word is split") {
  std::string text(3000, 'a');
  TokenStream s;
  Tokenize(text, 0, &s);
  REQUIRE(s.tokens.size() == 3);
  CHECK(s.tokens[0].end == 1024);
  CHECK(s.tokens[1].begin == 1024);
  CHECK(s.tokens[2].end == 3000);
  CHECK(s.tokens[2].norm_size == 3000 - 2048);
}

TEST_CASE("Tokenize: invalid UTF-8 splits words") {
  TokenStream s;
  Tokenize(
      "ab\xFF"
      "cd",
      0, &s);
  CHECK(Render(s) == "ab cd");
}

}  // namespace
}  // namespace concord
