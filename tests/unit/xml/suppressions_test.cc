// <?concord-ignore RULE-ID reason?> processing instructions.

#include "load_test_util.h"

#include <string>

#include <doctest/doctest.h>

namespace concord {
namespace {

using test::LoadXml;

const char kXml[] = R"XML(<?xml version="1.0"?>
<?concord-ignore UN-* the whole statute predates the treaties?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <act>
    <body>
      <article eId="art_1">
        <?concord-ignore CAT-1-definition defined in the Criminal Code, art. 146?>
        <paragraph eId="art_1__para_1">
          <content><p>Text <?concord-ignore CRC-38   minimum age set by
              decree ?> more.</p></content>
        </paragraph>
      </article>
      <?concord-ignore ICCPR-7?>
      <hcontainer><?concord-ignore?></hcontainer>
    </body>
  </act>
</akomaNtoso>
<?concord-ignore ILO-*  trailing?>
)XML";

TEST_CASE("Suppressions: rule, reason, enclosing provision, position") {
  Document doc;
  Diagnostics diagnostics;
  REQUIRE(LoadXml(kXml, &doc, &diagnostics).ok());
  REQUIRE(doc.suppressions.size() == 5);
  struct Row {
    const char* rule;
    const char* reason;
    int provision;
    uint32_t line, column;
  };
  const Row rows[] = {
      {"UN-*", "the whole statute predates the treaties", -1, 2, 1},
      {"CAT-1-definition", "defined in the Criminal Code, art. 146", 0, 7, 9},
      {"CRC-38", "minimum age set by decree", 1, 9, 28},
      {"ICCPR-7", "", -1, 13, 7},
      {"ILO-*", "trailing", -1, 18, 1},
  };
  for (size_t i = 0; i < std::size(rows); ++i) {
    CAPTURE(i);
    const Suppression& s = doc.suppressions[i];
    CHECK(s.rule_id == rows[i].rule);
    CHECK(s.reason == rows[i].reason);
    CHECK(s.provision == rows[i].provision);
    CHECK(s.line == rows[i].line);
    CHECK(s.column == rows[i].column);
  }
  CHECK(doc.provisions[1].text == "Text more.");

  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics[0].ToString() == "t.xml:13:7: warning: concord-ignore needs a reason");
  CHECK(diagnostics[1].ToString() ==
        "t.xml:14:19: warning: concord-ignore needs a rule id and a reason");
  CHECK(diagnostics[0].level == DiagnosticLevel::kWarning);
}

}  // namespace
}  // namespace concord
