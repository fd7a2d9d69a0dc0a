// The USLM and DC Council files of the shared corpus (../shared/corpus/uslm
// and ../shared/corpus/other) through LoadDocumentFile: each loads with the
// doc type and work read from the file by hand, provisions with text, a
// sound tree; then spot checks. Skips with a message when the shared folder
// is absent.

#include "loader_corpus_util.h"
#include "test_util.h"

#include "concord/loader.h"

#include <filesystem>
#include <map>
#include <string>

#include <doctest/doctest.h>

namespace concord {
namespace {

struct Expected {
  const char* format;
  const char* doc_type;
  const char* frbr_work;  // the root's identifier (US Code: its title's); "" if none
  const char* title;      // dc:title, or the root's heading
};

const std::map<std::string, Expected>& Corpus() {
  static const std::map<std::string, Expected> files = {
      {"uslm/us_bill_116hr1865eah_uslm2.xml",
       {"uslm", "engrossedAmendment", "", "AMENDMENTS to 116 HR 1865"}},
      {"uslm/us_bill_118s1325rs_uslm2.xml",
       {"uslm", "bill", "",
        "118 S 1325 RS: To establish a partnership with nations in the Western Hemisphere to "
        "promote economic competitiveness, democratic governance, and security, and for other "
        "purposes."}},
      {"uslm/us_bill_H2157_IH_uslm2.xml",
       {"uslm", "bill", "",
        "116 HR 2157 IH: Making supplemental appropriations for the fiscal year ending "
        "September 30, 2019, and for other purposes."}},
      {"uslm/us_cfr-2018-t27-v3_uslm.xml",
       {"uslm", "cfrDoc", "", "Title 27 Alcohol, Tobacco Products and Firearms Part 400 to End"}},
      {"uslm/us_comps-1565_uslm.xml",
       {"uslm", "statuteCompilation", "", "GEOTHERMAL STEAM ACT OF 1970"}},
      {"uslm/us_publ-113-121_uslm.xml", {"uslm", "pLaw", "", nullptr}},
      {"uslm/us_publ-114-4_uslm.xml", {"uslm", "pLaw", "", nullptr}},
      {"uslm/usc01_title1_uslm1.xml", {"uslm", "uscDoc", "/us/usc/t1", "Title 1"}},
      {"uslm/usc09_title9_uslm1.xml", {"uslm", "uscDoc", "/us/usc/t9", "Title 9"}},
      {"uslm/usc11_title11_uslm1.xml", {"uslm", "uscDoc", "/us/usc/t11", "Title 11"}},
      {"other/dc_code_1-1001.01.dclibrary.xml",
       {"dc-library", "section", "", "Election of electors."}},
      {"other/dc_code_title1_index_xinclude.dclibrary.xml",
       {"dc-library", "container", "", "Government Organization."}},
      {"other/dc_law_16-300_comprehensive-plan.dclibrary.xml",
       {"dc-library", "document", "D.C. Law 16-300", "Comprehensive Plan Amendment Act of 2006"}},
  };
  return files;
}

std::string CorpusDir() {
  std::string shared = test::SharedDir();
  return shared.empty() ? std::string() : shared + "/corpus";
}

Document Load(const std::string& name) {
  Document doc;
  Diagnostics diagnostics;
  Status status = LoadDocumentFile(CorpusDir() + "/" + name, LoadOptions{}, &doc, &diagnostics);
  REQUIRE_MESSAGE(status.ok(), status.ToString());
  CHECK(diagnostics.empty());
  return doc;
}

TEST_CASE("Every USLM and dc-library corpus file loads") {
  if (CorpusDir().empty() || !std::filesystem::is_directory(CorpusDir() + "/uslm")) {
    test::SkipWithoutShared("the USLM corpus test");
    return;
  }
  for (const auto& [name, expected] : Corpus()) {
    CAPTURE(name);
    Document doc = Load(name);
    CHECK(doc.format == expected.format);
    CHECK(doc.doc_type == expected.doc_type);
    CHECK(doc.frbr_work == expected.frbr_work);
    if (expected.title) CHECK(doc.title == expected.title);
    CHECK(doc.provisions.size() > 0);
    // Text, or for an index of XIncludes (never followed) at least headings.
    bool has_text = false;
    for (const Provision& p : doc.provisions) {
      has_text = has_text || !p.text.empty() || !p.heading.empty();
    }
    CHECK(has_text);
    test::CheckTree(doc);
  }
}

TEST_CASE("Spot checks: US Code sections, bill sections, DC paragraphs") {
  if (CorpusDir().empty() || !std::filesystem::is_directory(CorpusDir() + "/uslm")) {
    test::SkipWithoutShared("the USLM corpus spot checks");
    return;
  }
  struct Row {
    const char* file;
    const char* id;
    const char* kind;
    uint32_t line, column;
  };
  const Row rows[] = {
      {"uslm/usc09_title9_uslm1.xml", "/us/usc/t9/s301", "section", 453, 1},
      {"uslm/usc11_title11_uslm1.xml", "/us/usc/t11/s101", "section", 1295, 1},
      {"uslm/us_bill_118s1325rs_uslm2.xml", "/us/bill/118/s/1325/s2", "section", 39, 1},
      {"other/dc_code_1-1001.01.dclibrary.xml", "sec_1-1001-01__para_3", "para", 14, 3},
  };
  for (const Row& row : rows) {
    CAPTURE(row.id);
    Document doc = Load(row.file);
    // The first provision with the id (a reported bill repeats its
    // sections' identifiers in the committee amendment).
    bool found = false;
    for (const Provision& p : doc.provisions) {
      if (p.id != row.id) continue;
      found = true;
      CHECK(p.kind == row.kind);
      CHECK(p.line == row.line);
      CHECK(p.column == row.column);
      break;
    }
    CHECK(found);
  }
  // US Code definitions: "The term “accountant” means ..."
  Document usc11 = Load("uslm/usc11_title11_uslm1.xml");
  REQUIRE(!usc11.definitions.empty());
  CHECK(usc11.definitions[0].term == "accountant");
  CHECK(usc11.definitions[0].line == 1296);
}

}  // namespace
}  // namespace concord
