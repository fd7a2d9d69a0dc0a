// Every Akoma Ntoso file of the shared corpus (../shared/corpus/akn)
// through LoadDocumentFile: each loads, with the doc type, format and FRBR
// work URI read from the file by hand, provisions with text, and a sound
// tree; then spot checks of ids, lines and definitions in several files.
// Skips with a message when the shared folder is absent.

#include "loader_corpus_util.h"
#include "test_util.h"

#include "concord/loader.h"

#include <filesystem>
#include <map>
#include <string>

#include <doctest/doctest.h>

namespace concord {
namespace {

std::string CorpusDir() {
  std::string shared = test::SharedDir();
  if (shared.empty()) return {};
  std::string dir = shared + "/corpus/akn";
  return std::filesystem::is_directory(dir) ? dir : std::string();
}

struct Expected {
  const char* format;
  const char* doc_type;
  const char* frbr_work;  // "" where the file's FRBRthis and FRBRuri are empty or absent
};

// Read from each file: the root namespace, the element under the root and
// FRBRWork/FRBRthis (else FRBRuri).
const std::map<std::string, Expected>& Corpus() {
  static const std::map<std::string, Expected> files = {
      {"bungeni_bill_2011_constitution-amendment_collection.akn2.xml",
       {"akn2", "documentCollection", "/ak/bill/2011-06-30/1234/main"}},
      {"bungenix_act.akn3-csd13.xml", {"akn3-csd13", "act", "/ke/act/1989-12-06/16/main"}},
      {"cl_bill_2005-03-14_mensaje.akn2.xml", {"akn2", "bill", "/cl/bill/2005-03-14/315-352/main"}},
      {"de_bgbl-1_2025-145_regelungstext.legaldocml-de-1.8.2.xml",
       {"legaldocml-de", "act", "eli/bund/bgbl-1/2025/145/regelungstext-verkuendung-1"}},
      {"eu_akn4eu_reg-proposal.akn3.xml", {"akn3", "bill", ""}},
      {"eu_com-2013-0619_council-position.akn3.xml",
       {"akn3", "documentCollection", "/akn/eu/documentCollection/COMproposal/ec/2013/619"}},
      {"eu_dir_2014-92_payment-accounts.akn3.xml",
       {"akn3", "act", "/akn/eu/act/directive/ep/2014/92/!main"}},
      {"eu_leos_directive-proposal.akn3.xml", {"akn3", "bill", ""}},
      {"fi_statute_2024-123.akn3.xml", {"akn3", "act", "/akn/fi/act/statute/2024/123/!main"}},
      {"fr_senat_ppl_tas24-021.akn3.xml", {"akn3", "bill", "/akn/fr/ppl/SENA0002166L/main"}},
      {"gb-sct_asp_2017-1_budget.akn3.xml",
       {"akn3", "act", "http://www.legislation.gov.uk/id/asp/2017/1/enacted"}},
      {"gb-sct_instrument_2010_fire-domestic.akn2.xml",
       {"akn2", "act", "/uk/scotland/subsidiary/2010-07-11/4/main/schedule"}},
      {"gb-sct_ssi_2017-102_eia-regs.akn3.xml",
       {"akn3", "act", "http://www.legislation.gov.uk/id/ssi/2017/102/enacted"}},
      {"gb-sct_ssi_2017-126_mental-health-commencement.akn3.xml",
       {"akn3", "act", "http://www.legislation.gov.uk/id/ssi/2017/126/enacted"}},
      {"gb_bill_2012-77_hgv-levy.akn3-csd06.xml",
       {"akn3-csd06", "bill", "/uk/bill/2012-10-23/77/main"}},
      {"gr_law_4330_2015_income-tax.akn3.xml", {"akn3", "act", "/gr/act/2015/4330/"}},
      {"it_legge_1941-633_diritto-autore_vig2024.akn3.xml",
       {"akn3", "act", "/akn/it/act/legge/stato/1941-04-22/633/!main"}},
      {"it_legge_2024_ratifica-accordo-giappone.akn3.xml",
       {"akn3", "act", "/akn/it/act/legge/stato/2024-05-14/66/!main"}},
      // Named for the WD17 draft, but its xmlns is the 3.0 namespace.
      {"it_senato_ddl_2013.akn3-wd17.xml",
       {"akn3", "bill", "/akn/it/bill/Ddl/2013-03-29/356/!main"}},
      {"ke_act_1980-1_at-1989-12-15.akn1.xml", {"akn1", "act", "/ke/act/1980-01-01/1/main"}},
      {"ke_act_1989_wildlife-amendment.akn2.xml", {"akn2", "act", "/ke/act/1989-12-06/16/main"}},
      {"ke_act_1997-3_retirement-benefits_at-2003.akn2.xml",
       {"akn2", "act", "/ke/act/1997-08-22/3/main"}},
      {"ke_bill_2006_ict.akn2.xml", {"akn2", "bill", "/ken/bill/2006-12-19/8/main"}},
      {"ke_debate_2011-06-10.akn3.xml",
       {"akn3", "debate", "/akn/ke/debaterecord/2011-06-10/!main"}},
      {"lu_loi_2006-07-31_code-du-travail-intro.akn3-csd13.xml",
       {"akn3-csd13", "act", "http://data.legilux.public.lu/eli/etat/leg/loi/2006/07/31/n2/jo"}},
      {"lu_loi_2024-05-22_treaty-approval-cabo-verde.akn3.xml", {"akn3", "act", ""}},
      {"mx_amendment_2010-10-07.akn2.xml", {"akn2", "amendment", "/mx/enmienda/2010-10-07/main"}},
      {"sv_ley_912_2005_propiedad-intelectual.akn2.xml",
       {"akn2", "act", "/sv/decreto/2005-12-14/912/main"}},
      {"un_ecn7-2012-L2_draft-resolution_en.akn2.xml",
       {"akn2", "bill", "/un/resolution/2012-02-22/E/CN.7/2012/L.2/main"}},
      {"un_ecn7-2012-L2_draft-resolution_es.akn2.xml",
       {"akn2", "bill", "/un/resolution/2012-02-22/E/CN.7/2012/L.2/main"}},
      {"us_bill_112hr1eas.akn3-csd06.xml",
       {"akn3-csd06", "amendment", "/us/amendment/senate/2012-12-28/1/main"}},
      {"us_publ-112-61_americas-cup.akn3.xml",
       {"akn3", "act", "/akn/us/act/2011-11-29/112-61/!main"}},
      {"us_usc-title9-ch3.akn3-portion.xml", {"akn3", "portion", "/akn/us/usc/title_9/!main"}},
      {"za-cpt_bylaw_2002_community-fire-safety.akn3.xml",
       {"akn3", "act", "/akn/za/by-law/cape-town/2002/community-fire-safety/main"}},
      // AKN 1.0 without FRBR: the descriptor's uri stands in.
      {"za_bill_2003-76_akn1-dtd.akn1.xml", {"akn1", "bill", "urn:papi:sa_bill_76_20030904_en"}},
      {"za_bill_2003_traditional-leadership.akn2.xml",
       {"akn2", "bill", "/za/bill/2003-09-04/76/main"}},
      {"za_doc_2007_icasa-bilingual-table.akn2.xml",
       {"akn2", "doc", "/za/report/2007-03-22/main/schedule1"}},
      {"za_indigo_tables-fixture.akn3.xml", {"akn3", "act", ""}},
      {"za_judgment_2008-11-26_fourway-haulage.akn3.xml",
       {"akn3", "judgment", "/akn/za/judgement/2008-11-26/653-07/!main"}},
  };
  return files;
}

Document Load(const std::string& name) {
  Document doc;
  Diagnostics diagnostics;
  Status status = LoadDocumentFile(CorpusDir() + "/" + name, LoadOptions{}, &doc, &diagnostics);
  REQUIRE_MESSAGE(status.ok(), status.ToString());
  CHECK(diagnostics.empty());
  return doc;
}

TEST_CASE("Every AKN corpus file loads with its doc type, format and FRBR work") {
  if (CorpusDir().empty()) {
    test::SkipWithoutShared("the AKN corpus test");
    return;
  }
  size_t seen = 0;
  for (const auto& entry : std::filesystem::directory_iterator(CorpusDir())) {
    std::string name = entry.path().filename().string();
    if (entry.path().extension() != ".xml") continue;
    CAPTURE(name);
    auto it = Corpus().find(name);
    CHECK_MESSAGE(it != Corpus().end(), "a corpus file this test does not know: " << name);
    if (it == Corpus().end()) continue;
    ++seen;
    Document doc = Load(name);
    CHECK(doc.format == it->second.format);
    CHECK(doc.doc_type == it->second.doc_type);
    CHECK(doc.frbr_work == it->second.frbr_work);
    CHECK(doc.provisions.size() > 0);
    bool has_text = false;
    for (const Provision& p : doc.provisions) has_text = has_text || !p.text.empty();
    CHECK(has_text);
    CHECK(doc.source_bytes == std::filesystem::file_size(entry.path()));
    test::CheckTree(doc);
  }
  CHECK(seen == Corpus().size());
}

// The position of provision `id` and its kind.
void CheckProvision(const Document& doc, const std::string& id, const std::string& kind,
                    uint32_t line, uint32_t column) {
  CAPTURE(id);
  for (const Provision& p : doc.provisions) {
    if (p.id != id) continue;
    CHECK(p.kind == kind);
    CHECK(p.line == line);
    CHECK(p.column == column);
    return;
  }
  FAIL("no provision " << id);
}

TEST_CASE("Spot checks: ids and lines in several corpus files") {
  if (CorpusDir().empty()) {
    test::SkipWithoutShared("the AKN corpus spot checks");
    return;
  }
  Document uk = Load("gb-sct_ssi_2017-102_eia-regs.akn3.xml");
  CheckProvision(uk, "regulation-2", "hcontainer", 328, 17);
  CheckProvision(uk, "schedule-3", "hcontainer", 9293, 17);
  CHECK(uk.title ==
        "The Town and Country Planning (Environmental Impact Assessment) (Scotland) Regulations "
        "2017");

  Document it = Load("it_legge_1941-633_diritto-autore_vig2024.akn3.xml");
  CheckProvision(it, "art_1", "article", 3491, 17);
  CheckProvision(it, "art_206", "article", 12401, 17);

  Document de = Load("de_bgbl-1_2025-145_regelungstext.legaldocml-de-1.8.2.xml");
  CheckProvision(de, "art-z1", "article", 401, 17);
  CHECK(de.language == "deu");

  CheckProvision(Load("ke_act_1980-1_at-1989-12-15.akn1.xml"), "sec1", "section", 369, 6);
  CheckProvision(Load("eu_leos_directive-proposal.akn3.xml"), "ecE7tn1HSmpax3EFQ", "article", 228,
                 5);
  CheckProvision(Load("us_usc-title9-ch3.akn3-portion.xml"), "sec_301", "section", 99, 17);
  CheckProvision(Load("za_judgment_2008-11-26_fourway-haulage.akn3.xml"), "decision_1", "decision",
                 547, 13);
  CheckProvision(Load("za_bill_2003-76_akn1-dtd.akn1.xml"), "art02-cla03", "clause", 180, 21);
  CheckProvision(Load("ke_debate_2011-06-10.akn3.xml"), "dbsect_3__dbsect_1", "debateSection", 147,
                 17);
}

TEST_CASE("Spot checks: definitions in the corpus") {
  if (CorpusDir().empty()) {
    test::SkipWithoutShared("the AKN corpus definitions");
    return;
  }
  // 66 <def> elements, each a defined term.
  Document bylaw = Load("za-cpt_bylaw_2002_community-fire-safety.akn3.xml");
  CHECK(bylaw.definitions.size() == 66);
  CHECK(bylaw.definitions[0].term == "above ground storage tank");

  // EU style: the <term> before the <def> is the defined term.
  Document eu = Load("eu_com-2013-0619_council-position.akn3.xml");
  REQUIRE(!eu.definitions.empty());
  CHECK(eu.definitions[0].term == "new psychoactive substance");
  CHECK(eu.definitions[0].line == 1832);
  CHECK(eu.definitions[0].column == 45);
  CHECK(eu.provisions[static_cast<size_t>(eu.definitions[0].provision)].id ==
        "art_2__list_1__point_a");

  // No markup: '"Board" means ...'.
  Document ke = Load("ke_bill_2006_ict.akn2.xml");
  REQUIRE(!ke.definitions.empty());
  CHECK(ke.definitions[0].term == "Board");
  CHECK(ke.definitions[0].line == 105);
  CHECK(ke.definitions[0].column == 32);
}

}  // namespace
}  // namespace concord
