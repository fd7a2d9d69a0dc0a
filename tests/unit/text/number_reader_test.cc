#include "concord/quantity.h"

#include <cmath>
#include <memory>
#include <string>

#include <doctest/doctest.h>

namespace concord {
namespace {

const NumberReader& Reader() {
  static const std::unique_ptr<NumberReader> reader = [] {
    std::unique_ptr<NumberReader> r;
    const Status s = NumberReader::Create(
        {
            {"восемнадцатилетн*", 18, Unit::kYear},
            {"шестнадцатилетн*", 16, Unit::kYear},
            {"on sekiz", 18, Unit::kNone},  // a two-word entry (Turkmen)
            {"dozen", 12, Unit::kNone},
            {"полгода", 0.25, Unit::kYear},  // overrides the built-in
        },
        &r);
    REQUIRE(s.ok());
    return r;
  }();
  return *reader;
}

struct Case {
  const char* text;
  uint32_t at;  // token to read at
  bool found;
  double value;
  uint32_t last;  // last token (inclusive)
  Unit unit;      // implied unit
  bool age;
};

constexpr Unit kNo = Unit::kNone;
constexpr Unit kY = Unit::kYear;

void Check(const Case& c) {
  const std::string text = c.text;
  CAPTURE(text);
  CAPTURE(c.at);
  TokenStream ts;
  Tokenize(c.text, 0, &ts);
  NumberMatch m;
  const bool found = Reader().Read(ts, c.at, &m);
  REQUIRE(found == c.found);
  if (!found) return;
  CHECK(m.value == doctest::Approx(c.value));
  CHECK(m.first_token == c.at);
  CHECK(m.last_token == c.last);
  CHECK(UnitName(m.implied_unit) == std::string(UnitName(c.unit)));
  CHECK(m.age == c.age);
}

TEST_CASE("NumberReader: digits") {
  const Case cases[] = {
      {"18", 0, true, 18, 0, kNo, false},
      {"aged 18 years", 1, true, 18, 1, kNo, false},
      {"16-летнего", 0, true, 16, 1, kY, true},
      {"16–летнего", 0, true, 16, 1, kY, true},  // en dash
      {"48-hour", 0, true, 48, 0, kNo, false},   // the unit is the extractor's
      {"18-year-old", 0, true, 18, 2, kY, true},
      {"48-часовой", 0, true, 48, 1, Unit::kHour, false},
      {"5-дневный", 0, true, 5, 1, Unit::kDay, false},
      {"3-месячный", 0, true, 3, 1, Unit::kMonth, false},
      {"3-х месяцев", 0, true, 3, 1, kNo, false},
      {"5-ти летнего", 0, true, 5, 1, kNo, false},
      {"1.5 years", 0, true, 1.5, 1, kNo, false},
      {"1,5 года", 0, true, 1.5, 1, kNo, false},
      {"5.1.2", 0, false, 0, 0, kNo, false},
      {"5.1.2", 1, false, 0, 0, kNo, false},
      {"1. 5", 0, true, 1, 0, kNo, false},
      {"1234567890123456", 0, false, 0, 0, kNo, false},
      {"word", 0, false, 0, 0, kNo, false},
      {"word", 3, false, 0, 0, kNo, false},  // past the end
  };
  for (const Case& c : cases) Check(c);
}

TEST_CASE("NumberReader: English, French and Spanish words") {
  const Case cases[] = {
      {"eighteen years", 0, true, 18, 0, kNo, false},
      {"Eighteen", 0, true, 18, 0, kNo, false},
      {"twenty one", 0, true, 21, 1, kNo, false},
      {"twenty-one", 0, true, 21, 1, kNo, false},
      {"forty-eight hours", 0, true, 48, 1, kNo, false},
      {"one hundred five", 0, true, 105, 2, kNo, false},
      {"one hundred and five", 0, true, 105, 3, kNo, false},  // through ICU
      {"one hundred and twenty-one days", 0, true, 121, 4, kNo, false},
      {"two thousand and twenty", 0, true, 2020, 3, kNo, false},
      {"one two", 0, true, 1, 0, kNo, false},  // ICU would say 102
      {"two and three", 0, true, 2, 0, kNo, false},
      {"eighteen-year-old", 0, true, 18, 2, kY, true},
      {"zero", 0, true, 0, 0, kNo, false},
      {"hundred", 0, false, 0, 0, kNo, false},
      {"and", 0, false, 0, 0, kNo, false},
      {"twenty, one", 0, true, 20, 0, kNo, false},  // not across a clause
      {"vingt et un ans", 0, true, 21, 2, kNo, false},
      {"quatre-vingt-dix", 0, true, 90, 2, kNo, false},
      {"soixante et onze", 0, true, 71, 2, kNo, false},
      {"dix-huit ans", 0, true, 18, 1, kNo, false},
      {"cent vingt jours", 0, true, 120, 1, kNo, false},
      {"deux", 0, true, 2, 0, kNo, false},
      {"dieciocho años", 0, true, 18, 0, kNo, false},
      {"dieciséis", 0, true, 16, 0, kNo, false},
      {"veintidós", 0, true, 22, 0, kNo, false},
      {"treinta y cinco", 0, true, 35, 2, kNo, false},
      {"ciento veinte días", 0, true, 120, 1, kNo, false},  // "ciento" alone is no number
      {"dos mil veinte", 0, true, 2020, 2, kNo, false},
      {"un año", 0, true, 1, 0, kNo, false},
      {"dozen", 0, true, 12, 0, kNo, false},  // lexicon
  };
  for (const Case& c : cases) Check(c);
}

TEST_CASE("NumberReader: Russian words in every case and gender") {
  const Case cases[] = {
      {"восемнадцать", 0, true, 18, 0, kNo, false},
      {"восемнадцати лет", 0, true, 18, 0, kNo, false},
      {"восемнадцатью", 0, true, 18, 0, kNo, false},
      {"сорока восьми часов", 0, true, 48, 1, kNo, false},
      {"сорок восемь", 0, true, 48, 1, kNo, false},
      {"двадцати одного", 0, true, 21, 1, kNo, false},
      {"двадцать одна", 0, true, 21, 1, kNo, false},
      {"двух", 0, true, 2, 0, kNo, false},
      {"трех", 0, true, 3, 0, kNo, false},
      {"трёх дней", 0, true, 3, 0, kNo, false},
      {"пяти", 0, true, 5, 0, kNo, false},
      {"семи", 0, true, 7, 0, kNo, false},
      {"десяти", 0, true, 10, 0, kNo, false},
      {"пятнадцати", 0, true, 15, 0, kNo, false},
      {"одного", 0, true, 1, 0, kNo, false},
      {"одной", 0, true, 1, 0, kNo, false},
      {"одни сутки", 0, true, 1, 0, kNo, false},
      {"полутора лет", 0, true, 1.5, 0, kNo, false},
      {"полтора", 0, true, 1.5, 0, kNo, false},
      {"двое суток", 0, true, 2, 0, kNo, false},
      {"ста", 0, true, 100, 0, kNo, false},
      {"сто двадцать пять", 0, true, 125, 2, kNo, false},
      {"трехсот шестидесяти пяти дней", 0, true, 365, 2, kNo, false},
      {"две тысячи пятьсот двадцать", 0, true, 2520, 3, kNo, false},
      {"двадцать тридцать", 0, true, 20, 0, kNo, false},
      {"двух трех", 0, true, 2, 0, kNo, false},
      {"тысяч", 0, false, 0, 0, kNo, false},
  };
  for (const Case& c : cases) Check(c);
}

TEST_CASE("NumberReader: Russian compounds and the lexicon") {
  const Case cases[] = {
      {"шестнадцатилетнего возраста", 0, true, 16, 0, kY, true},  // lexicon
      {"восемнадцатилетней", 0, true, 18, 0, kY, true},           // lexicon
      {"семнадцатилетнего", 0, true, 17, 0, kY, true},            // stem + летн
      {"двухлетний", 0, true, 2, 0, kY, true},
      {"пятилетний срок", 0, true, 5, 0, kY, true},
      {"столетнего", 0, true, 100, 0, kY, true},
      {"трехмесячный", 0, true, 3, 0, Unit::kMonth, false},
      {"двухнедельный", 0, true, 2, 0, Unit::kWeek, false},
      {"десятидневный", 0, true, 10, 0, Unit::kDay, false},
      {"пятисуточный", 0, true, 5, 0, Unit::kDay, false},
      {"сорокавосьмичасовой", 0, true, 48, 0, Unit::kHour, false},
      {"двадцатиоднолетний", 0, true, 21, 0, kY, true},
      {"двухгодовалого", 0, true, 2, 0, kY, true},
      {"шестнадцатилетия", 0, true, 16, 0, kY, true},
      {"18-летия", 0, true, 18, 1, kY, true},
      {"полгода", 0, true, 0.25, 0, kY, false},  // the pack's entry wins
      {"полчаса", 0, true, 0.5, 0, Unit::kHour, false},
      {"on sekiz ýaş", 0, true, 18, 1, kNo, false},
      {"on iki", 0, false, 0, 0, kNo, false},
      {"двухэтажный", 0, false, 0, 0, kNo, false},
      {"пятница", 0, false, 0, 0, kNo, false},
  };
  for (const Case& c : cases) Check(c);
}

TEST_CASE("NumberReader::Create rejects an empty lexicon word") {
  std::unique_ptr<NumberReader> r;
  const Status s = NumberReader::Create({{"-*", 1, Unit::kNone}}, &r);
  CHECK(s.code() == Status::Code::kInvalidArgument);
  CHECK(s.message() == "number word '-*' has no letter or digit");
  CHECK(r == nullptr);
}

}  // namespace
}  // namespace concord
