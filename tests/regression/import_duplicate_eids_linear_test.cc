// Regression (found while fuzzing import): a text repeating one number ("1."
// on every line of an article) took quadratic time, because each repeated
// eId tried the suffixes _2, _3 ... from the start: 5,000 such lines (25 KB)
// took about a minute under the sanitizers. The next free suffix of each eId
// is now remembered.

#include "concord/diagnostic.h"
#include "concord/importer.h"
#include "concord/status.h"

#include <string>

#include <doctest/doctest.h>

namespace concord {
namespace {

TEST_CASE("ImportText gives 10,000 repeated paragraph numbers their own eIds") {
  std::string text = "Article 1\n\n";
  for (int i = 0; i < 10000; ++i) text += "1. A paragraph.\n";
  std::string xml;
  Diagnostics diagnostics;
  Status status = ImportText(text, ImportOptions(), &xml, &diagnostics);
  // Quadratic, this took minutes (the ctest timeout catches that); linear,
  // well under a second. No timing is asserted here: bench/ measures speed.
  REQUIRE(status.ok());
  CHECK(xml.find("<paragraph eId=\"art_1__para_1\">") != std::string::npos);
  CHECK(xml.find("<paragraph eId=\"art_1__para_1_2\">") != std::string::npos);
  CHECK(xml.find("<paragraph eId=\"art_1__para_1_10000\">") != std::string::npos);
  CHECK(xml.find("art_1__para_1_10001") == std::string::npos);
  REQUIRE(diagnostics.size() == 9999);
  CHECK(diagnostics.back().message ==
        "duplicate eId \"art_1__para_1\"; this one is \"art_1__para_1_10000\"");
}

}  // namespace
}  // namespace concord
