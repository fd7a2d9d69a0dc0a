// Regression (found by tests/fuzz/import_fuzz): control characters inside a
// Markdown code span (`...`) were copied into the imported Akoma Ntoso as
// they were, so `concord import` wrote XML that no parser accepts (a NUL or
// U+0001 is not an XML 1.0 character) and LoadDocument refused it. The code
// span's text is now cleaned like the rest of a line: tabs become spaces,
// other control characters are dropped.

#include "concord/diagnostic.h"
#include "concord/document.h"
#include "concord/importer.h"
#include "concord/loader.h"
#include "concord/status.h"

#include <string>

#include <doctest/doctest.h>

namespace concord {
namespace {

TEST_CASE("ImportText drops control characters inside a code span") {
  // A NUL, a U+0001, a tab and a U+001F, all inside one code span.
  const std::string text =
      std::string("Article 1\n\nRun `con") + '\0' + "co\x01rd\timport\x1f` to convert.\n";
  std::string xml;
  Diagnostics diagnostics;
  Status status = ImportText(text, ImportOptions(), &xml, &diagnostics);
  REQUIRE(status.ok());
  CHECK(xml.find("<p>Run concord import to convert.</p>") != std::string::npos);
  for (char c : xml) {
    bool allowed = static_cast<unsigned char>(c) >= 0x20 || c == '\n';
    if (!allowed) FAIL("control character " << static_cast<int>(c) << " in the output");
  }

  Document doc;
  Diagnostics load_diagnostics;
  Status loaded = LoadDocument(xml, "imported.xml", LoadOptions(), &doc, &load_diagnostics);
  CHECK(loaded.ToString() == Status::Ok().ToString());
  REQUIRE(doc.provisions.size() == 1);
  CHECK(doc.provisions[0].id == "art_1");
  CHECK(doc.provisions[0].text == "Run concord import to convert.");
}

}  // namespace
}  // namespace concord
