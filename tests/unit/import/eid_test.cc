#include "eid.h"

#include "import_test_util.h"

#include <doctest/doctest.h>

namespace concord::test {
namespace {

TEST_CASE("EidPrefix follows the naming convention's abbreviations") {
  struct Row {
    const char* element;
    const char* name;
    const char* prefix;
  };
  const Row rows[] = {{"article", "", "art"},
                      {"paragraph", "", "para"},
                      {"point", "", "point"},
                      {"part", "", "part"},
                      {"chapter", "", "chp"},
                      {"section", "", "sec"},
                      {"subsection", "", "subsec"},
                      {"subchapter", "", "subchp"},
                      {"title", "", "title"},
                      {"book", "", "book"},
                      {"division", "", "dvs"},
                      {"hcontainer", "annex", "annex"},
                      {"hcontainer", "crossheading", "crossheading"}};
  for (const Row& row : rows) {
    CAPTURE(row.element);
    import::Node node;
    node.element = row.element;
    node.name = row.name;
    CHECK(import::EidPrefix(node) == row.prefix);
  }
}

TEST_CASE("articles take their scope's prefix, everything else its parent's") {
  import::ImportTree tree = Tree(
      "# Convention\n\n### PART  I  \n\n### CHAPTER  2  \n\n### Article  1bis  \n\n1. T.\n\n"
      "### ANNEX\n\n### PART  I  \n\n### Article  1  \n\n(a) T.\n\n### SCHEDULE\n\n"
      "### ANNEX\n");
  CHECK(Structure(tree) ==
        "part part_I [PART I]\n"
        "  chapter part_I__chp_2 [CHAPTER 2]\n"
        "    article art_1bis [Article 1bis]\n"
        "      paragraph art_1bis__para_1 [1.]\n"
        "hcontainer annex_1 [ANNEX]\n"
        "  part annex_1__part_I [PART I]\n"
        "    article annex_1__art_1 [Article 1]\n"
        "      point annex_1__art_1__point_a [(a)]\n"
        "hcontainer schedule_1 [SCHEDULE]\n"
        "hcontainer annex_2 [ANNEX]\n");
}

TEST_CASE("a number used twice gets a suffix and a warning") {
  ImportOptions options;
  options.path = "dup.md";
  Status status;
  Diagnostics diagnostics;
  import::ImportTree tree = Tree(
      "# Convention\n\n### Article  5  \n\n(1) One.\n\n(2) Two.\n\n(1) One again.\n\n### Article  "
      "5  \n",
      options, &status, &diagnostics);
  REQUIRE(status.ok());
  CHECK(Structure(tree) ==
        "article art_5 [Article 5]\n"
        "  paragraph art_5__para_1 [(1)]\n"
        "  paragraph art_5__para_2 [(2)]\n"
        "  paragraph art_5__para_1_2 [(1)]\n"
        "article art_5_2 [Article 5]\n");
  CHECK(Messages(diagnostics) ==
        "dup.md:9: warning: duplicate eId \"art_5__para_1\"; this one is \"art_5__para_1_2\"\n"
        "dup.md:11: warning: duplicate eId \"art_5\"; this one is \"art_5_2\"\n");
}

TEST_CASE("Cyrillic numbers are transliterated in eIds, kept in nums") {
  import::ImportTree tree = Tree("Статья 5а\n1. Текст:\nа) первое;\nб) второе;\nж) седьмое.\n");
  CHECK(Structure(tree) ==
        "article art_5a [Статья 5а]\n"
        "  paragraph art_5a__para_1 [1.]\n"
        "    point art_5a__para_1__point_a [а)]\n"
        "    point art_5a__para_1__point_b [б)]\n"
        "    point art_5a__para_1__point_zh [ж)]\n");
}

}  // namespace
}  // namespace concord::test
