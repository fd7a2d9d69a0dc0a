// The engine: framework and per-document modes, subjects, profiles,
// suppressions, parallel runs, rule selection and `rules test`.

#include "eval_fixture.h"

#include <doctest/doctest.h>

namespace concord::test {
namespace {

const char* kPack = R"(
  <subject id="criminal"><term>criminal code</term><term>уголовн* кодекс*</term></subject>
  <subject id="family"><term>family code</term></subject>
  <concept id="torture"><term>tortur*</term><term>пытк*</term></concept>
  <concept id="amnesty"><term>amnesty</term></concept>
)";

std::string Rules() {
  return std::string(kPack) +
         Rule(
             "CAT-REQ",
             R"(<applies subject="criminal"/><require scope="article"><concept ref="torture"/></require>)") +
         Rule(
             "CAT-PRO",
             R"(<prohibit scope="sentence"><concept ref="torture"/><concept ref="amnesty"/></prohibit>)",
             "", "T", "warning") +
         Rule("CRC-REQ", R"(<require><concept ref="amnesty"/></require>)", "", "T", "error", "crc");
}

const Finding& Find(const Report& r, const std::string& id, const std::string& doc = "") {
  for (const Finding& f : r.findings) {
    if (f.rule_id == id && f.document == doc) return f;
  }
  FAIL("no finding " << id << " for '" << doc << "'");
  return r.findings.front();
}

TEST_CASE("framework mode: met if any document meets it, conflict anywhere is a conflict") {
  Fixture f(Rules());
  Report r = f.Check({Article("a.xml", "Theft is punished."),
                      Article("b.xml", "Torture is punished. Amnesty never covers torture.")});
  CHECK(r.mode == "framework");
  CHECK(r.findings.size() == 3);
  CHECK(Find(r, "CAT-REQ").status == FindingStatus::kMet);
  CHECK(Find(r, "CAT-REQ").evidence.at(0).path == "b.xml");
  CHECK(Find(r, "CAT-PRO").status == FindingStatus::kConflict);
  CHECK(Find(r, "CRC-REQ").status == FindingStatus::kMet);
  CHECK(r.norms.size() == 3);
  CHECK(r.documents.size() == 2);
}

TEST_CASE("per-document mode: one finding per document and applicable rule") {
  Fixture f(Rules());
  CheckOptions options;
  options.per_document = true;
  Document criminal = Article("cc.xml", "Torture is punished.");
  criminal.title = "Criminal Code of the Republic";
  Document family = Article("fc.xml", "Marriage is registered.");
  family.title = "Family Code";
  Report r = f.Check({criminal, family}, options);
  CHECK(r.mode == "per-document");
  CHECK(Find(r, "CAT-REQ", "cc.xml").status == FindingStatus::kMet);
  // The criminal-law rule does not run on the family code.
  size_t family_findings = 0;
  for (const Finding& x : r.findings) family_findings += x.document == "fc.xml";
  CHECK(family_findings == 2);
  CHECK(Find(r, "CRC-REQ", "fc.xml").status == FindingStatus::kGap);
  // --subject replaces the documents' own subjects.
  options.subjects = {"criminal"};
  Report forced = f.Check({family}, options);
  CHECK(Find(forced, "CAT-REQ", "fc.xml").status == FindingStatus::kGap);
}

TEST_CASE("per-document mode, unknown subject: no gap for rules of other subjects") {
  Fixture f(Rules());
  CheckOptions options;
  options.per_document = true;
  Report quiet = f.Check({Article("x.xml", "Marriage is registered.")}, options);
  CHECK(quiet.findings.size() == 2);  // CAT-REQ (criminal) finds nothing: not reported
  CHECK(Find(quiet, "CRC-REQ", "x.xml").status == FindingStatus::kGap);
  Report met = f.Check({Article("x.xml", "Torture is punished.")}, options);
  CHECK(Find(met, "CAT-REQ", "x.xml").status == FindingStatus::kMet);
}

TEST_CASE("per-document mode, unknown subject: an anchor with none of the elements is no partial") {
  std::string rules = std::string(kPack) +
                      R"(<concept id="detention"><term>detain*</term></concept>
                         <concept id="lawyer"><term>lawyer</term></concept>
                         <concept id="doctor"><term>doctor</term></concept>)" +
                      Rule("CAT-SAFE", R"(<applies subject="criminal"/>
        <elements scope="article"><anchor><concept ref="detention"/></anchor>
          <element id="lawyer" name="a lawyer"><concept ref="lawyer"/></element>
          <element id="doctor" name="a doctor"><concept ref="doctor"/></element></elements>)");
  Fixture f(rules);
  CheckOptions options;
  options.per_document = true;
  Report none = f.Check({Article("x.xml", "Goods may be detained at the border.")}, options);
  for (const Finding& x : none.findings) CHECK(x.rule_id != "CAT-SAFE");
  Report some = f.Check({Article("x.xml", "A detained person may call a lawyer.")}, options);
  CHECK(Find(some, "CAT-SAFE", "x.xml").status == FindingStatus::kPartial);
  CHECK(Find(some, "CAT-SAFE", "x.xml").message == "lacks 1 of 2 elements: a doctor");
  options.subjects = {"criminal"};  // a criminal law: the same text is a finding
  Report known = f.Check({Article("x.xml", "Goods may be detained at the border.")}, options);
  CHECK(Find(known, "CAT-SAFE", "x.xml").status == FindingStatus::kPartial);
  CHECK(Find(known, "CAT-SAFE", "x.xml").message == "lacks all 2 elements: a lawyer, a doctor");
}

TEST_CASE("profile: not party means not-applicable, a reservation means reserved") {
  Fixture f(Rules());
  Profile profile;
  profile.state = "Concordia";
  profile.parties.push_back(Party{"cat", "party", "1995-01-01", {}});
  profile.reservations.push_back(
      Reservation{"reservation", "cat", "", "CAT-PRO", "Amnesty laws remain in force.", {}});
  CheckOptions options;
  options.profile = &profile;
  Report r = f.Check({Article("a.xml", "Amnesty covers torture.")}, options);
  CHECK(Find(r, "CRC-REQ").status == FindingStatus::kNotApplicable);
  CHECK(Find(r, "CRC-REQ").message ==
        "the state is not party to the Convention on the Rights of the Child");
  CHECK(Find(r, "CAT-PRO").status == FindingStatus::kReserved);
  CHECK(Find(r, "CAT-PRO").reservation == "Amnesty laws remain in force.");
  CHECK(Find(r, "CAT-REQ").status == FindingStatus::kMet);
  CHECK(r.state == "Concordia");
}

TEST_CASE("suppression: the rule is silenced inside the element holding the PI") {
  Fixture f(Rules());
  Document doc = MakeDocument("a.xml", {{"article", "1", "", "Amnesty covers torture."},
                                        {"article", "2", "", "Amnesty covers torture again."}});
  doc.suppressions.push_back(Suppression{"CAT-PRO", "transitional, repealed in 2027", 0, 3, 1});
  Report r = f.Check({doc});
  const Finding& pro = Find(r, "CAT-PRO");
  CHECK(pro.status == FindingStatus::kConflict);
  CHECK(pro.suppression.empty());  // article 2 still conflicts
  REQUIRE(pro.evidence.size() == 1);
  CHECK(pro.evidence[0].provision_id == "article_2");
  CHECK(pro.fails());

  doc.suppressions.push_back(Suppression{"CAT-*", "under review", 1, 12, 1});
  Report all = f.Check({doc});
  CHECK(Find(all, "CAT-PRO").suppression == "transitional, repealed in 2027");
  CHECK_FALSE(Find(all, "CAT-PRO").fails());

  doc.suppressions.push_back(Suppression{"NO-SUCH-RULE", "typo", 1, 14, 2});
  Report warned = f.Check({doc});
  REQUIRE(warned.diagnostics.size() == 1);
  CHECK(warned.diagnostics[0].ToString() ==
        "a.xml:14:2: warning: concord-ignore names no known rule 'NO-SUCH-RULE'");
}

TEST_CASE("rule selection by glob, instrument and tag") {
  Fixture f(Rules());
  CheckOptions options;
  options.only = {"CAT-*"};
  options.skip = {"*-PRO"};
  Report r = f.Check({Article("a.xml", "x")}, options);
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].rule_id == "CAT-REQ");
  options = {};
  options.instruments = {"crc"};
  CHECK(f.Check({Article("a.xml", "x")}, options).findings.size() == 1);
}

TEST_CASE("jobs: the report does not depend on the number of threads") {
  Fixture f(Rules());
  std::vector<Document> docs;
  for (int i = 0; i < 40; ++i) {
    docs.push_back(Article("d" + std::to_string(i) + ".xml",
                           i % 7 == 0 ? "Amnesty covers torture." : "Torture is punished."));
  }
  CheckOptions one, four;
  one.per_document = four.per_document = true;
  four.jobs = 4;
  Report a = f.Check(docs, one);
  Report b = f.Check(docs, four);
  REQUIRE(a.findings.size() == b.findings.size());
  for (size_t i = 0; i < a.findings.size(); ++i) {
    CHECK(a.findings[i].rule_id == b.findings[i].rule_id);
    CHECK(a.findings[i].document == b.findings[i].document);
    CHECK(a.findings[i].status == b.findings[i].status);
    CHECK(a.findings[i].fingerprint == b.findings[i].fingerprint);
  }
}

TEST_CASE("fingerprints: rule, document and provision, never lines") {
  Fixture f(Rules());
  Document doc = Article("a.xml", "Amnesty covers torture.");
  std::string before = Find(f.Check({doc}), "CAT-PRO").fingerprint;
  doc.provisions[0].line += 40;
  doc.provisions[0].text_segments[0].line += 40;
  CHECK(Find(f.Check({doc}), "CAT-PRO").fingerprint == before);
  doc.provisions[0].id = "art_9";
  CHECK(Find(f.Check({doc}), "CAT-PRO").fingerprint != before);
  CHECK(before.size() == 16);
}

TEST_CASE("treaty documents are never evidence") {
  Fixture f(Rules());
  Document treaty = Article("cat.xml", "Torture is prohibited.");
  treaty.doc_type = "treaty";
  Report r = f.Check({treaty});
  CHECK(Find(r, "CAT-REQ").status == FindingStatus::kGap);
}

TEST_CASE("rules test: examples pass, and a contradicting one fails at its line") {
  std::string rule = R"(<rule id="EX-1" severity="error" level="T">
    <title>Torture is an offence</title><source instrument="cat" article="4" eid="art_4"/>
    <require scope="article"><concept ref="torture"/></require>
    <recommendation>Make torture an offence.</recommendation>
    <example status="met" lang="en">Torture is punishable.</example>
    <example status="gap" lang="ru">Попытка кражи наказуема.</example>
    <example status="met" lang="ru">Кража наказуема.</example>
  </rule>)";
  Fixture f(std::string(kPack) + rule);
  std::vector<ExampleOutcome> outcomes;
  f.engine().TestExamples(&outcomes);
  REQUIRE(outcomes.size() == 3);
  CHECK(outcomes[0].passed);
  CHECK(outcomes[1].passed);
  CHECK_FALSE(outcomes[2].passed);
  CHECK(outcomes[2].message == "expected met, got gap: no provision found: Torture is an offence");
  CHECK(outcomes[2].example->location.line == 15);
}

}  // namespace
}  // namespace concord::test
