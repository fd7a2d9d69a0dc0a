// Golden tests of the text report: exact output with and without colour, at
// every verbosity, plus the edge cases (escaping, per-document places, many
// evidence places, an empty report).

#include "report/sample_report.h"

#include "concord/report.h"

#include <algorithm>
#include <string>

#include <doctest/doctest.h>

namespace concord {
namespace {

std::string Render(const Report& report, RenderOptions options) {
  std::string out;
  REQUIRE(RenderReport(report, ReportFormat::kText, options, &out).ok());
  return out;
}

RenderOptions Verbosity(int verbosity) {
  RenderOptions options;
  options.verbosity = verbosity;
  return options;
}

// Escape sequences made visible: ESC '[' becomes "^[".
std::string Visible(std::string text) {
  for (size_t at = text.find("\x1b["); at != std::string::npos; at = text.find("\x1b[", at)) {
    text.replace(at, 2, "^[");
  }
  return text;
}

const char* kNormal =
    R"txt(laws/criminal-code.xml:2041:9: error CAT-1-definition partial: torture is defined without the consent or acquiescence of an official
   | Статья 117: »Истязание«, то есть причинение »физических или психических страданий« путём систематического нанесения побоев, наказывается лишением свободы.
   = also: laws/criminal-code.xml:2045:5 (Статья 117)
   = norm: CAT art. 1, Definition of torture (treaty text)
   = missing: consent or acquiescence of an official
   = recommendation: Define torture in the criminal code with every element of article 1, including acts by or with the consent or acquiescence of an official.

laws/family-code.xml:140:3: error CRC-1-child-age conflict: marriage is allowed from 16 (📜 exception), below 18
   | Статья 13: Брачный возраст устанавливается в »восемнадцать лет«. При наличии уважительных причин брак может быть заключён »с шестнадцати лет«.
   = norm: CRC art. 1, Definition of the child (treaty text)
   = values: age 16 years (at-least) from "с шестнадцати лет", in an exception, violates; age 18 years (at-least) from "восемнадцать лет"
   = recommendation: Set the minimum age of marriage at 18 for everyone, without exceptions.

laws/police & security act.xml:88:7: error CAT-2-no-exceptions conflict: superior orders are a defence to a charge of torture
   | Section 12(3): Where "public order" & safety <so require>, an officer's duty to obey »superior orders shall be a defence« | see s. 14, item 2.
   = norm: CAT art. 2(2), No exceptional circumstances (treaty text)
   = recommendation: Remove the defence of superior orders for torture; state that no circumstances justify it.

concord: info CAT-10-training gap: no provision requires training on the prohibition of torture
   = norm: CAT art. 10, Training (soft law)
   = recommendation: Require training on the prohibition of torture for police and prison staff.

concord: warning CAT-14-redress gap: no provision grants victims of torture redress and compensation
   = norm: CAT art. 14, Redress and compensation (treaty-body standard)
   = recommendation: Grant victims of torture an enforceable right to redress, compensation and rehabilitation.

concord: note CRC-21-adoption reserved: article 21 is covered by a reservation
   = norm: CRC art. 21, Adoption (treaty text)
   = reservation: Article 21 applies only to the extent that national law permits adoption, "as declared" on ratification.

summary: 2 conflicts, 2 gaps, 1 partial, 1 met, 1 not-applicable, 1 reserved; 1 suppressed, 1 baselined; 3 documents read, 1 not readable
)txt";

const char* kQuiet =
    R"txt(laws/criminal-code.xml:2041:9: error CAT-1-definition partial: torture is defined without the consent or acquiescence of an official
laws/family-code.xml:140:3: error CRC-1-child-age conflict: marriage is allowed from 16 (📜 exception), below 18
laws/police & security act.xml:88:7: error CAT-2-no-exceptions conflict: superior orders are a defence to a charge of torture
concord: info CAT-10-training gap: no provision requires training on the prohibition of torture
concord: warning CAT-14-redress gap: no provision grants victims of torture redress and compensation
summary: 2 conflicts, 2 gaps, 1 partial, 1 met, 1 not-applicable, 1 reserved; 1 suppressed, 1 baselined; 3 documents read, 1 not readable
)txt";

const char* kVerbose =
    R"txt(laws/criminal-code.xml:1502:11: note CAT-15-exclusion met: statements obtained by torture are inadmissible
   | Статья 75 [match]: Доказательства, »полученные с применением пыток«, признаются »недопустимыми« 𝟏.
   = norm: CAT art. 15, Statements obtained by torture (treaty text)
   = official text: [The official text of article 15, as read from --treaties.]

laws/criminal-code.xml:2041:9: error CAT-1-definition partial: torture is defined without the consent or acquiescence of an official
   | Статья 117 [anchor]: »Истязание«, то есть причинение »физических или психических страданий« путём систематического нанесения побоев, наказывается лишением свободы.
   | laws/criminal-code.xml:2045:5 Статья 117 [element:severe]: То же деяние, совершённое с применением »пытки«, наказывается строже.
   = norm: CAT art. 1, Definition of torture (treaty text)
   = text: Torture is severe pain or suffering, physical or mental, inflicted on purpose by or with the consent or acquiescence of a public official.
   = basis: CAT General Comment No. 2 (2008), para. 9
   = missing: consent or acquiescence of an official
   = recommendation: Define torture in the criminal code with every element of article 1, including acts by or with the consent or acquiescence of an official.

laws/criminal-code.xml:2041:112: warning CAT-4-penalties partial: the penalty for torture is at most 3 years
   | Статья 117 [anchor]: наказывается лишением свободы на срок »до трёх лет«
   = norm: CAT art. 4, Criminal offence and penalties (treaty text)
   = text: Torture is an offence punishable by penalties that take its grave nature into account.
   = missing: penalties proportionate to the grave nature of torture
   = recommendation: Punish torture with penalties proportionate to its gravity.
   = suppressed: Penalties under review, memo 2026-3 | item 4

laws/family-code.xml:140:3: error CRC-1-child-age conflict: marriage is allowed from 16 (📜 exception), below 18
   | Статья 13 [violation]: Брачный возраст устанавливается в »восемнадцать лет«. При наличии уважительных причин брак может быть заключён »с шестнадцати лет«.
   = norm: CRC art. 1, Definition of the child (treaty text)
   = text: A child is a person under 18; child marriage is not permitted.
   = basis: CEDAW/CRC Joint General Recommendation No. 31/18 (2019), para. 55(f)
   = values: age 16 years (at-least) from "с шестнадцати лет", in an exception, violates; age 18 years (at-least) from "восемнадцать лет"
   = recommendation: Set the minimum age of marriage at 18 for everyone, without exceptions.

laws/police & security act.xml:88:7: error CAT-2-no-exceptions conflict: superior orders are a defence to a charge of torture
   | Section 12(3) [violation]: Where "public order" & safety <so require>, an officer's duty to obey »superior orders shall be a defence« | see s. 14, item 2.
   = norm: CAT art. 2(2), No exceptional circumstances (treaty text)
   = text: No exceptional circumstances, and no order from a superior, may be invoked to justify torture.
   = recommendation: Remove the defence of superior orders for torture; state that no circumstances justify it.

concord: info CAT-10-training gap: no provision requires training on the prohibition of torture
   = norm: CAT art. 10, Training (soft law)
   = text: Education on the prohibition of torture is part of the training of officials.
   = recommendation: Require training on the prohibition of torture for police and prison staff.

concord: warning CAT-14-redress gap: no provision grants victims of torture redress and compensation
   = norm: CAT art. 14, Redress and compensation (treaty-body standard)
   = text: Victims obtain redress, including fair and adequate compensation and rehabilitation.
   = basis: CAT General Comment No. 3 (2012)
   = recommendation: Grant victims of torture an enforceable right to redress, compensation and rehabilitation.

concord: note CMW-68-smuggling not-applicable: the state is not a party to CMW
   = norm: CMW art. 68, Illegal or clandestine movements (treaty text)
   = text: Those who organise illegal movements of migrant workers are sanctioned.

concord: error CRC-19-corporal-punishment gap: no provision prohibits corporal punishment in the home
   = norm: CRC art. 19, Protection from all forms of violence (treaty-body standard)
   = text: Children are protected from all forms of violence, including corporal punishment at home.
   = basis: CRC General Comment No. 8 (2006)
   = recommendation: Prohibit corporal punishment of children in all settings, including the home.
   = baselined: recorded in the baseline

concord: note CRC-21-adoption reserved: article 21 is covered by a reservation
   = norm: CRC art. 21, Adoption (treaty text)
   = text: Where adoption is permitted, the best interests of the child are paramount.
   = reservation: Article 21 applies only to the extent that national law permits adoption, "as declared" on ratification.

summary: 2 conflicts, 2 gaps, 1 partial, 1 met, 1 not-applicable, 1 reserved; 1 suppressed, 1 baselined; 3 documents read, 1 not readable
)txt";

const char* kColor =
    R"txt(^[1mlaws/criminal-code.xml:2041:9:^[0m ^[1;31merror^[0m ^[1mCAT-1-definition^[0m partial: torture is defined without the consent or acquiescence of an official
   ^[1;34m|^[0m ^[1mСтатья 117:^[0m ^[1;4mИстязание^[0m, то есть причинение ^[1;4mфизических или психических страданий^[0m путём систематического нанесения побоев, наказывается лишением свободы.
   ^[1;34m=^[0m ^[1malso:^[0m laws/criminal-code.xml:2045:5 (Статья 117)
   ^[1;34m=^[0m ^[1mnorm:^[0m CAT art. 1, Definition of torture (treaty text)
   ^[1;34m=^[0m ^[1mmissing:^[0m consent or acquiescence of an official
   ^[1;34m=^[0m ^[1mrecommendation:^[0m Define torture in the criminal code with every element of article 1, including acts by or with the consent or acquiescence of an official.

^[1mlaws/family-code.xml:140:3:^[0m ^[1;31merror^[0m ^[1mCRC-1-child-age^[0m conflict: marriage is allowed from 16 (📜 exception), below 18
   ^[1;34m|^[0m ^[1mСтатья 13:^[0m Брачный возраст устанавливается в ^[1;4mвосемнадцать лет^[0m. При наличии уважительных причин брак может быть заключён ^[1;4mс шестнадцати лет^[0m.
   ^[1;34m=^[0m ^[1mnorm:^[0m CRC art. 1, Definition of the child (treaty text)
   ^[1;34m=^[0m ^[1mvalues:^[0m age 16 years (at-least) from "с шестнадцати лет", in an exception, violates; age 18 years (at-least) from "восемнадцать лет"
   ^[1;34m=^[0m ^[1mrecommendation:^[0m Set the minimum age of marriage at 18 for everyone, without exceptions.

^[1mlaws/police & security act.xml:88:7:^[0m ^[1;31merror^[0m ^[1mCAT-2-no-exceptions^[0m conflict: superior orders are a defence to a charge of torture
   ^[1;34m|^[0m ^[1mSection 12(3):^[0m Where "public order" & safety <so require>, an officer's duty to obey ^[1;4msuperior orders shall be a defence^[0m | see s. 14, item 2.
   ^[1;34m=^[0m ^[1mnorm:^[0m CAT art. 2(2), No exceptional circumstances (treaty text)
   ^[1;34m=^[0m ^[1mrecommendation:^[0m Remove the defence of superior orders for torture; state that no circumstances justify it.

^[1mconcord:^[0m ^[1;36minfo^[0m ^[1mCAT-10-training^[0m gap: no provision requires training on the prohibition of torture
   ^[1;34m=^[0m ^[1mnorm:^[0m CAT art. 10, Training (soft law)
   ^[1;34m=^[0m ^[1mrecommendation:^[0m Require training on the prohibition of torture for police and prison staff.

^[1mconcord:^[0m ^[1;33mwarning^[0m ^[1mCAT-14-redress^[0m gap: no provision grants victims of torture redress and compensation
   ^[1;34m=^[0m ^[1mnorm:^[0m CAT art. 14, Redress and compensation (treaty-body standard)
   ^[1;34m=^[0m ^[1mrecommendation:^[0m Grant victims of torture an enforceable right to redress, compensation and rehabilitation.

^[1mconcord:^[0m ^[1;32mnote^[0m ^[1mCRC-21-adoption^[0m reserved: article 21 is covered by a reservation
   ^[1;34m=^[0m ^[1mnorm:^[0m CRC art. 21, Adoption (treaty text)
   ^[1;34m=^[0m ^[1mreservation:^[0m Article 21 applies only to the extent that national law permits adoption, "as declared" on ratification.

^[1msummary:^[0m 2 conflicts, 2 gaps, 1 partial, 1 met, 1 not-applicable, 1 reserved; 1 suppressed, 1 baselined; 3 documents read, 1 not readable
)txt";

TEST_CASE("text: normal verbosity, no colour") {
  CHECK(Render(test::MakeSampleReport(), {}) == kNormal);
}

TEST_CASE("text: quiet prints failures only, without details") {
  CHECK(Render(test::MakeSampleReport(), Verbosity(0)) == kQuiet);
}

TEST_CASE("text: verbose prints everything, with roles, norm text and hidden findings") {
  CHECK(Render(test::MakeSampleReport(), Verbosity(2)) == kVerbose);
}

TEST_CASE("text: colour marks the matched words with bold underline") {
  RenderOptions options;
  options.color = true;
  CHECK(Visible(Render(test::MakeSampleReport(), options)) == kColor);
}

TEST_CASE("text: --min-severity drops findings from output and counts") {
  RenderOptions options;
  options.min_severity = Severity::kWarning;
  const std::string out = Render(test::MakeSampleReport(), options);
  CHECK(out.find("CAT-10-training") == std::string::npos);
  CHECK(out.substr(out.rfind("summary:")) ==
        "summary: 2 conflicts, 1 gap, 1 partial, 1 met, 1 not-applicable, 1 reserved; "
        "1 suppressed, 1 baselined; 3 documents read, 1 not readable\n");
}

TEST_CASE("text: control characters cannot reach the terminal") {
  Report report;
  Finding f;
  f.rule_id = "R-1";
  f.status = FindingStatus::kGap;
  f.message = "evil\x1b[31m red\ttab\nline\x7f";
  report.findings = {f};
  CHECK(Render(report, Verbosity(0)) ==
        "concord: error R-1 gap: evil\xEF\xBF\xBD[31m red tab line\xEF\xBF\xBD\n"
        "summary: 1 gap; 0 documents read\n");
}

TEST_CASE("text: a per-document finding without evidence is placed on its document") {
  Report report;
  report.norms = {
      test::MakeNorm("X-1", "x", "3", "Heading", Level::kCustomary, Severity::kWarning, "require")};
  Finding f;
  f.rule_id = "X-1";
  f.status = FindingStatus::kGap;
  f.severity = Severity::kWarning;
  f.message = "nothing found";
  f.document = "a b.xml";
  report.findings = {f};
  report.documents = {{"a b.xml", "akn3", "act", "", "", "en", 3, 10, true}};
  CHECK(Render(report, {}) ==
        "a b.xml: warning X-1 gap: nothing found\n"
        "   = norm: X art. 3, Heading (customary law)\n"
        "\n"
        "summary: 1 gap; 1 document read\n");
}

TEST_CASE("text: places beyond the third extra one are counted") {
  Report report;
  report.norms = {
      test::MakeNorm("P-1", "p", "1", "", Level::kTreaty, Severity::kError, "prohibit")};
  Finding f;
  f.rule_id = "P-1";
  f.status = FindingStatus::kConflict;
  f.message = "m";
  for (uint32_t line = 1; line <= 6; ++line) {
    f.evidence.push_back(test::MakeEvidence("d.xml", "", "s" + std::to_string(line),
                                            "s. " + std::to_string(line), line, 2, "q", {}, ""));
  }
  report.findings = {f};
  CHECK(Render(report, {}) ==
        "d.xml:1:2: error P-1 conflict: m\n"
        "   | s. 1: q\n"
        "   = also: d.xml:2:2 (s. 2)\n"
        "   = also: d.xml:3:2 (s. 3)\n"
        "   = also: d.xml:4:2 (s. 4)\n"
        "   = also: 2 more places\n"
        "   = norm: P art. 1 (treaty text)\n"
        "\n"
        "summary: 1 conflict; 0 documents read\n");
}

TEST_CASE("text: an empty report says so") {
  CHECK(Render(Report{}, {}) == "summary: no findings; 0 documents read\n");
}

TEST_CASE("text: order does not depend on the order of findings in the report") {
  Report report = test::MakeSampleReport();
  std::reverse(report.findings.begin(), report.findings.end());
  CHECK(Render(report, {}) == kNormal);
}

}  // namespace
}  // namespace concord
