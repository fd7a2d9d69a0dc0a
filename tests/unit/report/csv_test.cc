// Golden test of the CSV report (RFC 4180) and its edge cases.

#include "report/sample_report.h"

#include "concord/report.h"

#include <string>

#include <doctest/doctest.h>

namespace concord {
namespace {

std::string Render(const Report& report, const RenderOptions& options = {}) {
  std::string out;
  REQUIRE(RenderReport(report, ReportFormat::kCsv, options, &out).ok());
  return out;
}

// One line per record below; the quoted fields with a line break inside
// continue on the next literal.
const char* kGolden =
    "rule_id,title,instrument,article,heading,level,severity,status,message,document,path,line,"
    "column,provision_id,provision,quote,marked,missing,values,reservation,recommendation,"
    "suppression,baselined,fingerprint,evidence_count\r\n"
    "CAT-15-exclusion,Statements obtained by torture are inadmissible,cat,15,Statements obtained "
    "by torture,T,error,met,statements obtained by torture are "
    "inadmissible,,laws/criminal-code.xml,1502,11,art_75__para_2,Статья 75,\"Доказательства, "
    "полученные с применением пыток, признаются недопустимыми 𝟏.\",полученные с применением пыток "
    "… недопустимыми,,,,,,false,fp-CAT-15-exclusion,1\r\n"
    "CAT-1-definition,Torture is defined with every element of CAT article 1,cat,1,Definition of "
    "torture,T,error,partial,torture is defined without the consent or acquiescence of an "
    "official,,laws/criminal-code.xml,2041,9,art_117__para_1,Статья 117,\"Истязание, то есть "
    "причинение физических или психических страданий путём систематического нанесения побоев, "
    "наказывается лишением свободы.\",Истязание … физических или психических страданий,consent or "
    "acquiescence of an official,,,\"Define torture in the criminal code with every element of "
    "article 1, including acts by or with the consent or acquiescence of an "
    "official.\",,false,6f1c2a9e04b7d3c5,2\r\n"
    "CAT-4-penalties,Torture carries penalties that reflect its grave nature,cat,4,Criminal "
    "offence and penalties,T,warning,partial,the penalty for torture is at most 3 "
    "years,,laws/criminal-code.xml,2041,112,art_117__para_1,Статья 117,наказывается лишением "
    "свободы на срок до трёх лет,до трёх лет,penalties proportionate to the grave nature of "
    "torture,,,Punish torture with penalties proportionate to its gravity.,\"Penalties under "
    "review, memo 2026-3 | item 4\",false,fp-CAT-4-penalties,1\r\n"
    "CRC-1-child-age,Marriage is allowed only from 18,crc,1,Definition of the "
    "child,T,error,conflict,\"marriage is allowed from 16 (📜 exception), below "
    "18\",,laws/family-code.xml,140,3,art_13__para_2,Статья 13,Брачный возраст устанавливается в "
    "восемнадцать лет. При наличии уважительных причин брак может быть заключён с шестнадцати "
    "лет.,восемнадцать лет … с шестнадцати лет,,\"age 16 years (at-least) from \"\"с шестнадцати "
    "лет\"\", in an exception, violates; age 18 years (at-least) from \"\"восемнадцать "
    "лет\"\"\",,\"Set the minimum age of marriage at 18 for everyone, without "
    "exceptions.\",,false,fp-CRC-1-child-age,1\r\n"
    "CAT-2-no-exceptions,No exceptional circumstances or superior orders justify "
    "torture,cat,2(2),No exceptional circumstances,T,error,conflict,superior orders are a defence "
    "to a charge of torture,,laws/police & security act.xml,88,7,sec_12__subsec_3,Section "
    "12(3),\"Where \"\"public order\"\" & safety <so require>, an officer's duty to obey superior "
    "orders shall be a defence | see s. 14, item 2.\",superior orders shall be a defence,,,,Remove "
    "the defence of superior orders for torture; state that no circumstances justify "
    "it.,,false,fp-CAT-2-no-exceptions,1\r\n"
    "CAT-10-training,Law-enforcement training covers the prohibition of "
    "torture,cat,10,Training,SL,info,gap,no provision requires training on the prohibition of "
    "torture,,,,,,,,,,,,Require training on the prohibition of torture for police and prison "
    "staff.,,false,fp-CAT-10-training,0\r\n"
    "CAT-14-redress,Victims of torture have an enforceable right to redress,cat,14,Redress and "
    "compensation,TB,warning,gap,no provision grants victims of torture redress and "
    "compensation,,,,,,,,,,,,\"Grant victims of torture an enforceable right to redress, "
    "compensation and rehabilitation.\",,false,fp-CAT-14-redress,0\r\n"
    "CMW-68-smuggling,Sanctions for organising clandestine movements of migrant "
    "workers,cmw,68,Illegal or clandestine movements,T,error,not-applicable,the state is not a "
    "party to CMW,,,,,,,,,,,,,,false,fp-CMW-68-smuggling,0\r\n"
    "CRC-19-corporal-punishment,Corporal punishment is prohibited in all "
    "settings,crc,19,Protection from all forms of violence,TB,error,gap,no provision prohibits "
    "corporal punishment in the home,,,,,,,,,,,,\"Prohibit corporal punishment of children in all "
    "settings, including the home.\",,true,fp-CRC-19-corporal-punishment,0\r\n"
    "CRC-21-adoption,Adoption serves the best interests of the "
    "child,crc,21,Adoption,T,warning,reserved,article 21 is covered by a "
    "reservation,,,,,,,,,,,\"Article 21 applies only to the extent that national law permits "
    "adoption,\n"
    "\"\"as declared\"\" on ratification.\",,,false,fp-CRC-21-adoption,0\r\n";

TEST_CASE("csv: the sample report, one row per finding in reading order") {
  CHECK(Render(test::MakeSampleReport()) == kGolden);
}

TEST_CASE("csv: an empty report has only the header") {
  const std::string out = Render(Report{});
  CHECK(out.rfind("rule_id,title,instrument,", 0) == 0);
  CHECK(out.find("\r\n") == out.size() - 2);
}

TEST_CASE("csv: --min-severity drops rows") {
  RenderOptions options;
  options.min_severity = Severity::kError;
  const std::string out = Render(test::MakeSampleReport(), options);
  size_t rows = 0;
  for (size_t at = out.find("\r\n"); at != std::string::npos; at = out.find("\r\n", at + 2)) ++rows;
  CHECK(rows == 1 + 6);
  CHECK(out.find("CAT-10-training") == std::string::npos);
}

}  // namespace
}  // namespace concord
