#include "concord/quantity.h"

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <doctest/doctest.h>

namespace concord {
namespace {

const NumberReader& Reader() {
  static const std::unique_ptr<NumberReader> reader = [] {
    std::unique_ptr<NumberReader> r;
    const Status s = NumberReader::Create({{"шестнадцатилетн*", 16, Unit::kYear}}, &r);
    REQUIRE(s.ok());
    return r;
  }();
  return *reader;
}

// "value[..upper] unit bound[ age][ rel-1|rel+1] first-last", joined by "; ".
std::string Extracted(const char* text) {
  TokenStream ts;
  Tokenize(text, 0, &ts);
  std::vector<Quantity> qs;
  QuantityExtractor(&Reader()).Extract(ts, &qs);
  std::string out;
  for (const Quantity& q : qs) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "%s%g%s%s %s %s%s%s %u-%u", out.empty() ? "" : "; ", q.value,
                  q.is_range ? ".." : "",
                  q.is_range ? std::to_string(static_cast<int>(q.upper)).c_str() : "",
                  UnitName(q.unit), BoundName(q.bound), q.is_age ? " age" : "",
                  q.relative < 0   ? " rel-1"
                  : q.relative > 0 ? " rel+1"
                                   : "",
                  q.first_token, q.last_token);
    out += buf;
    if (!q.is_range) CHECK(q.upper == q.value);
  }
  return out;
}

struct Case {
  const char* text;
  const char* expected;
};

void CheckAll(const Case* cases, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    const std::string text = cases[i].text;
    CAPTURE(text);
    CHECK(Extracted(cases[i].text) == std::string(cases[i].expected));
  }
}

TEST_CASE("QuantityExtractor: numbers with units") {
  const Case cases[] = {
      {"eighteen years", "18 year exact 0-1"},
      {"18 months", "18 month exact 0-1"},
      {"a 48-hour period", "48 hour exact 1-2"},
      {"сорока восьми часов", "48 hour exact 0-2"},
      {"восемнадцати лет", "18 year exact 0-1"},
      {"трёх дней", "3 day exact 0-1"},
      {"двое суток", "2 day exact 0-1"},
      {"3-х месяцев", "3 month exact 0-2"},
      {"1.5 years", "1.5 year exact 0-2"},
      {"полутора лет", "1.5 year exact 0-1"},
      {"полгода", "0.5 year exact 0-0"},
      {"two weeks", "2 week exact 0-1"},
      {"18 full years", "18 year exact 0-2"},
      {"vingt et un ans", "21 year exact 0-3"},
      {"trois jours", "3 day exact 0-1"},
      {"dos semanas", "2 week exact 0-1"},
      {"seis meses", "6 month exact 0-1"},
      {"24 heures", "24 hour exact 0-1"},
      {"сорокавосьмичасовой срок", "48 hour exact 0-0"},
      {"пятилетний срок", "5 year exact 0-0"},  // a term, not an age
      // Months are never years, and each quantity keeps its own unit.
      {"Detention of 18 months and 2 years", "18 month exact 2-3; 2 year exact 5-6"},
      {"срок 18 месяцев, а лицу 18 лет", "18 month exact 1-2; 18 year exact 5-6"},
      // Not quantities.
      {"article 18 of the Code", ""},
      {"in 2020 years", ""},
      {"в 2020 году, через 5 лет", "5 year exact 4-5"},
      {"5.1.2 years", ""},
      {"one of the parties", ""},
  };
  CheckAll(cases, std::size(cases));
}

TEST_CASE("QuantityExtractor: ranges") {
  const Case cases[] = {
      {"from two to five years", "2..5 year exact 0-4"},
      {"between 2 and 5 years", "2..5 year exact 0-4"},
      {"2 to 5 years", "2..5 year exact 0-3"},
      {"2-5 years", "2..5 year exact 0-2"},
      {"2 years to 5 years", "2..5 year exact 0-4"},
      {"от двух до пяти лет", "2..5 year exact 0-4"},
      {"с 14 до 18 лет", "14..18 year exact 0-4"},
      {"de deux à cinq ans", "2..5 year exact 0-4"},
      {"de dos a cinco años", "2..5 year exact 0-4"},
      {"entre 2 y 5 años", "2..5 year exact 0-4"},
      {"persons aged 16 to 18 years", "16..18 year exact age 2-5"},
      {"between the ages of 15 and 18", "15..18 year exact age 0-6"},
      {"2 and 5 years", "5 year exact 2-3"},  // "and" needs "between"
      {"5 to 2 years", "2 year exact 2-3"},   // not increasing
      {"2 months to 5 years", "2 month exact 0-1; 5 year exact 3-4"},
  };
  CheckAll(cases, std::size(cases));
}

TEST_CASE("QuantityExtractor: bounds") {
  const Case cases[] = {
      {"under 18", "18 year below age 0-1"},
      {"children under 18 shall", "18 year below age 1-2"},
      {"under 18 U.S.C. 2255", ""},
      {"under section 18", ""},
      {"below the age of 16 years", "16 year below age 0-5"},
      {"less than 18 years", "18 year below 0-3"},
      {"not less than 18 years", "18 year at-least 0-4"},
      {"younger than 16", "16 year below age 0-2"},
      {"не достигшим восемнадцати лет", "18 year below age 0-3"},
      {"лицо, не достигшее возраста восемнадцати лет", "18 year below age 1-5"},
      {"младше 16 лет", "16 year below age 0-2"},
      {"менее 18 лет", "18 year below 0-2"},
      {"не менее 18 лет", "18 year at-least 0-3"},
      {"детей до 14 лет", "14 year below age 1-3"},
      {"в возрасте до 18 лет", "18 year below age 2-4"},
      {"до 5 лет лишения свободы", "5 year at-most 0-2"},
      {"over 65", "65 year above age 0-1"},
      {"more than two years", "2 year above 0-3"},
      {"older than 16", "16 year above age 0-2"},
      {"старше 18 лет", "18 year above age 0-2"},
      {"свыше 5 лет", "5 year above 0-2"},
      {"более трех лет", "3 year above 0-2"},
      {"plus de 18 ans", "18 year above 0-3"},
      {"más de 18 años", "18 year above 0-3"},
      {"from 16 years", "16 year at-least 0-2"},
      {"at least 18 years of age", "18 year at-least age 0-5"},
      {"с 16 лет", "16 year at-least 0-2"},
      {"не моложе шестнадцати лет", "16 year at-least age 0-3"},
      {"à partir de 16 ans", "16 year at-least 0-4"},
      {"desde los 16 años", "16 year at-least 0-3"},
      {"up to 5 years", "5 year at-most 0-3"},
      {"not more than 48 hours", "48 hour at-most 0-4"},
      {"not exceeding 6 months", "6 month at-most 0-3"},
      {"no later than 48 hours", "48 hour at-most 0-4"},
      {"within 24 hours", "24 hour at-most 0-2"},
      {"не более 48 часов", "48 hour at-most 0-3"},
      {"не свыше двух месяцев", "2 month at-most 0-3"},
      {"не позднее трех дней", "3 day at-most 0-3"},
      {"в течение сорока восьми часов", "48 hour at-most 0-4"},
      {"18 years or older", "18 year at-least age 0-3"},
      {"лица 16 лет и старше", "16 year at-least age 1-4"},
      {"24 hours or less", "24 hour at-most 0-3"},
      {"not earlier than 30 days", "30 day at-least 0-4"},
      {"не ранее 30 дней", "30 day at-least 0-3"},
      {"at the latest 18 months", "18 month at-most 0-4"},
  };
  CheckAll(cases, std::size(cases));
}

TEST_CASE("QuantityExtractor: ages") {
  const Case cases[] = {
      {"aged 16", "16 year exact age 1-1"},
      {"at the age of 18", "18 year exact age 4-4"},
      {"18 years old", "18 year exact age 0-2"},
      {"18 years of age", "18 year exact age 0-3"},
      {"an 18-year-old girl", "18 year exact age 1-3"},
      {"eighteen-year-old", "18 year exact age 0-2"},
      {"16-летнего возраста", "16 year exact age 0-1"},
      {"шестнадцатилетнего возраста", "16 year exact age 0-0"},
      {"брачный возраст устанавливается в восемнадцать лет", "18 year exact age 4-5"},
      {"l'âge de 16 ans", "16 year exact age 2-3"},
      {"18 años de edad", "18 year exact age 0-3"},
      {"age 150", ""},
      {"с момента достижения 18 лет", "18 year exact age 3-4"},
      {"достигшие 16 лет", "16 year at-least age 0-2"},
      {"до достижения шестнадцатилетия", "16 year below age 0-2"},
      {"по достижении 18-летия", "18 year at-least age 0-3"},
      {"Брачный возраст\n1. Брачный возраст устанавливается в восемнадцать лет",
       "18 year exact age 7-8"},
      // Set at an age named earlier in the sentence, beyond the age window.
      {"Брачный возраст для мужчин и женщин устанавливается в восемнадцать лет",
       "18 year exact age 8-9"},
      {"возраст устанавливается для мужчин в 18 лет, для женщин — в 16 лет",
       "18 year exact age 5-6; 16 year exact age 10-11"},
      {"The marriageable age for women and for men is set at eighteen years",
       "18 year exact age 11-12"},
      {"возраст работника и договор сроком в пять лет", "5 year exact 6-7"},
      {"employment at five years", "5 year exact 2-3"},
      {"under 18 years", "18 year below 0-2"},
      {"under 18, the", "18 year below age 0-1"},
      {"over 30 kg", ""},
      {"set back over 15 metres", ""},
      {"section 46 or 47 an EIA report", ""},
      {"un an", "1 year exact 0-1"},
  };
  CheckAll(cases, std::size(cases));
}

TEST_CASE("QuantityExtractor: spans that look back are marked") {
  struct Retro {
    const char* text;
    bool retrospective;
  };
  const Retro cases[] = {
      {"multiple arrests within the past 5 years", true},
      {"in the preceding twelve months", true},
      {"за последние три года", true},
      {"в течение предшествующих двух лет", true},
      {"within 48 hours of the arrest", false},
      {"for the last time within five days", false},
      {"at least 15 days before the assembly", false},
  };
  for (const Retro& c : cases) {
    CAPTURE(c.text);
    TokenStream ts;
    Tokenize(c.text, 0, &ts);
    std::vector<Quantity> qs;
    QuantityExtractor(&Reader()).Extract(ts, &qs);
    REQUIRE(qs.size() == 1);
    CHECK(qs[0].retrospective == c.retrospective);
  }
}

TEST_CASE("QuantityExtractor: relative changes") {
  const Case cases[] = {
      {"The minimum age of marriage is 18 years, but it may be reduced by not more than two "
       "years",
       "18 year exact age 6-7; 2 year at-most rel-1 14-18"},
      {"Брачный возраст может быть снижен не более чем на два года",
       "2 year at-most age rel-1 5-10"},
      {"снизить брачный возраст на один год", "1 year exact age rel-1 4-5"},
      {"lowered by one year", "1 year exact rel-1 2-3"},
      {"уменьшен на 3 месяца", "3 month exact rel-1 2-3"},
      {"raised by two years", "2 year exact rel+1 2-3"},
      {"повышен на 2 года", "2 year exact rel+1 2-3"},
      {"увеличен на один месяц", "1 month exact rel+1 2-3"},
      {"reduced to 16 years", "16 year exact 2-3"},
      {"reduced. By 2 years", "2 year exact 2-3"},  // another sentence
  };
  CheckAll(cases, std::size(cases));
}

}  // namespace
}  // namespace concord
