// Regression (found while fuzzing the rule-pack loader): every error in a pack
// written on one line (a generated or minified pack) was located by counting
// code points from the start of the line, so a 100 KB line with a couple of
// thousand errors took quadratic time (over a minute under the sanitizers).
// PackFile now keeps the column of every 1,024th byte, and columns are the
// same as before.

#include "test_util.h"

#include "concord/diagnostic.h"
#include "concord/rule_pack.h"
#include "concord/status.h"

#include <string>

#include <doctest/doctest.h>

namespace concord {
namespace {

// Loads a one-line pack of `count` concepts that all have the id "same"
// (count - 1 errors), and checks every error is found at its place.
void LoadOneLinePack(int count) {
  std::string pack = "<pack xmlns=\"urn:concord:rules:1\" id=\"p\" version=\"1\" title=\"t\">";
  size_t last_id = 0;
  for (int i = 0; i < count; ++i) {
    last_id = pack.size() + std::string("<concept ").size();
    pack += "<concept id=\"same\"><term lang=\"ru\">слово</term></concept>";
  }
  pack += "</pack>";
  // Every concept's "слово" is 10 bytes but 5 code points.
  size_t expected_column = last_id - static_cast<size_t>(count - 1) * 5 + 1;

  test::TempDir dir;
  const std::string path = dir.Write("pack.xml", pack);

  RulePack loaded;
  Diagnostics diagnostics;
  Status status = LoadRulePack(path, &loaded, &diagnostics);

  CHECK(status.message() == "rule pack has " + std::to_string(count - 1) + " errors");
  REQUIRE(diagnostics.size() == static_cast<size_t>(count - 1));
  CHECK(diagnostics.back().location.line == 1);
  CHECK(diagnostics.back().location.column == expected_column);
}

// Quadratic, as it was, this took over a minute under the sanitizers (the
// ctest timeout catches that); no timing is asserted here: bench/ measures speed.
TEST_CASE("LoadRulePack locates errors on a very long line") { LoadOneLinePack(12000); }

}  // namespace
}  // namespace concord
