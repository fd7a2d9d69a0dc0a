// Regression (found while fuzzing import): lines alternating "1." and "(a)"
// nested without bound, since "1." after "(a)" restarts a list below it
// ("b) (i) a)"). 20,000 such pairs overflowed the stack in the recursive eId
// assignment and needed gigabytes for eIds as long as the text. A restart now
// only happens while fewer than 24 levels are open; deeper, "1." continues
// the list of its style.

#include "concord/diagnostic.h"
#include "concord/document.h"
#include "concord/importer.h"
#include "concord/loader.h"
#include "concord/status.h"

#include <algorithm>
#include <string>

#include <doctest/doctest.h>

namespace concord {
namespace {

TEST_CASE("ImportText keeps alternating list markers from nesting without bound") {
  std::string text = "Article 1\n\n";
  for (int i = 0; i < 3000; ++i) text += "1. text\n(a) point\n";
  std::string xml;
  Diagnostics diagnostics;
  REQUIRE(ImportText(text, ImportOptions(), &xml, &diagnostics).ok());

  Document doc;
  Diagnostics load_diagnostics;
  Status loaded = LoadDocument(xml, "imported.xml", LoadOptions(), &doc, &load_diagnostics);
  REQUIRE(loaded.ok());
  REQUIRE(doc.provisions.size() == 6001);  // the article and every item
  uint16_t deepest = 0;
  for (const Provision& p : doc.provisions) deepest = std::max(deepest, p.depth);
  CHECK(deepest == 22);
  // Short lists still restart below a deeper item.
  CHECK(doc.provisions[1].id == "art_1__para_1");
  CHECK(doc.provisions[2].id == "art_1__para_1__point_a");
  CHECK(doc.provisions[3].id == "art_1__para_1__point_a__point_1");
  CHECK(doc.provisions[3].depth == 3);
}

}  // namespace
}  // namespace concord
