#include "inline_text.h"

#include <doctest/doctest.h>

namespace concord::import {
namespace {

TEST_CASE("CleanInline keeps the display text of Markdown") {
  struct Row {
    const char* line;
    const char* clean;
  };
  const Row rows[] = {
      {"the [Charter of the United Nations](../../../verdrag/charter/BWBV0004143/README.md), "
       "recognition",
       "the Charter of the United Nations, recognition"},
      {"[article 55](../README.md) and [article 5 (b)](../x(y).md)",
       "article 55 and article 5 (b)"},
      {"shown in Figure 2.  ![10000052743](http://wetten.overheid.nl/Illustration/10000052743)",
       "shown in Figure 2.  "},
      {"![emblem](a.png)", ""},
      {"lion and sun<sup>*)No State has used it.</sup>, the",
       "lion and sun*)No State has used it., the"},
      {"O-Alkyl (<C<sub>10</sub>, incl.", "O-Alkyl (<C10, incl."},
      {"*Convention concerning forced labour.*The General Conference",
       "Convention concerning forced labour.The General Conference"},
      {"public order (*ordre public*), and **bold** text",
       "public order (ordre public), and bold text"},
      {"a lone * star and 5 * 3", "a lone * star and 5 * 3"},
      {"``Trafficking in persons\" shall mean", "\u201CTrafficking in persons\" shall mean"},
      {"\\*not emphasis\\* and a \\# hash", "*not emphasis* and a # hash"},
      {"run `concord import` here, a lone ` stays", "run concord import here, a lone ` stays"},
      {"tab\there", "tab here"},
      {"bell\x07gone", "bellgone"},
      {"[unclosed link", "[unclosed link"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.line);
    CHECK(CleanInline(row.line) == row.clean);
  }
}

TEST_CASE("RepairGluedText restores lost spaces between sentences and clauses") {
  CHECK(RepairGluedText("this Convention,Considering that") == "this Convention, Considering that");
  CHECK(RepairGluedText("by one of them.The Convention shall") ==
        "by one of them. The Convention shall");
  CHECK(RepairGluedText("Конвенции,Учитывая") == "Конвенции, Учитывая");
  CHECK(RepairGluedText("organisations;The") == "organisations; The");
  // Left alone: numbers, abbreviations, capitals before the stop, spaces present.
  CHECK(RepairGluedText("1,000 persons, 2.5 per cent") == "1,000 persons, 2.5 per cent");
  CHECK(RepairGluedText("the U.S.A. and e.g.The") == "the U.S.A. and e.g.The");
  CHECK(RepairGluedText("wetten.overheid.nl") == "wetten.overheid.nl");
  CHECK(RepairGluedText("Charter, Recognizing") == "Charter, Recognizing");
}

TEST_CASE("SplitGluedRecitals splits where a recital's line break was lost") {
  std::vector<std::string> expected = {
      "The States Parties to this Convention,",
      "Considering that, in accordance with the Charter, recognition of rights,",
      "Recognizing that those rights derive from the inherent dignity,", "Have agreed as follows:"};
  CHECK(SplitGluedRecitals("The States Parties to this Convention,Considering that, in "
                           "accordance with the Charter, recognition of rights,Recognizing that "
                           "those rights derive from the inherent dignity,Have agreed as "
                           "follows:") == expected);
  CHECK(SplitGluedRecitals("One recital, with spaces, Kept Whole") ==
        std::vector<std::string>{"One recital, with spaces, Kept Whole"});
  CHECK(SplitGluedRecitals("   ").empty());
}

TEST_CASE("StripPreambleLabel removes a glued or spaced label") {
  CHECK(StripPreambleLabel("PreambleThe States Parties") == "The States Parties");
  CHECK(StripPreambleLabel("PREAMBLEThe High Contracting Parties,") ==
        "The High Contracting Parties,");
  CHECK(StripPreambleLabel("Preamble The States Parties") == "The States Parties");
  CHECK(StripPreambleLabel("Preamble: The States") == "The States");
  CHECK(StripPreambleLabel("Преамбула Государства") == "Государства");
  CHECK(StripPreambleLabel("Preambles are short") == "Preambles are short");
  CHECK(StripPreambleLabel("The States Parties") == "The States Parties");
}

}  // namespace
}  // namespace concord::import
