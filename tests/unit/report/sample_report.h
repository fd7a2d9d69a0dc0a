// A realistic Report for the renderer tests and the validation program.
//
// A framework-mode profile run over three national documents (Russian and
// English) and one unreadable file, against ten norms of three instruments
// (CAT, CRC, CMW): every status, every severity and level, a suppressed and a
// baselined finding, a reservation, marked quotes, values, missing elements,
// and strings that need escaping in every format (& < > " ' | , newline,
// control and non-BMP characters, a path with a space and an ampersand).
// The norm summaries are Concord's own short paraphrases, not treaty text.

#ifndef CONCORD_TESTS_UNIT_REPORT_SAMPLE_REPORT_H_
#define CONCORD_TESTS_UNIT_REPORT_SAMPLE_REPORT_H_

#include "concord/finding.h"

#include <string>
#include <string_view>
#include <vector>

namespace concord::test {

/// The byte range of `needle` in `quote` (which must contain it).
inline Mark MarkOf(std::string_view quote, std::string_view needle) {
  const size_t at = quote.find(needle);
  return Mark{static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

inline Evidence MakeEvidence(std::string path, std::string frbr, std::string id, std::string num,
                             uint32_t line, uint32_t column, std::string quote,
                             const std::vector<std::string_view>& marked, std::string role) {
  Evidence e;
  e.path = std::move(path);
  e.frbr_work = std::move(frbr);
  e.provision_id = std::move(id);
  e.provision_num = num;
  e.article_num = std::move(num);
  e.line = line;
  e.column = column;
  e.quote = std::move(quote);
  for (std::string_view m : marked) e.marks.push_back(MarkOf(e.quote, m));
  e.role = std::move(role);
  return e;
}

inline Norm MakeNorm(std::string rule_id, std::string instrument, std::string article,
                     std::string heading, Level level, Severity severity, std::string check) {
  Norm n;
  n.rule_id = std::move(rule_id);
  n.instrument = std::move(instrument);
  n.article = std::move(article);
  n.article_heading = std::move(heading);
  n.level = level;
  n.severity = severity;
  n.check = std::move(check);
  n.eid = "art_" + n.article.substr(0, n.article.find('('));
  if (n.instrument == "cat" || n.instrument == "cmw") {
    n.pack = "un-core";
    n.pack_version = "2026.11";
  } else {
    n.pack = "un-women-children";
    n.pack_version = "2026.11";
  }
  n.help_uri = "https://concord.dev/rules/" + n.rule_id;
  n.rule_file = "rules/" + n.pack + "/rules/" + n.instrument + ".xml";
  return n;
}

inline const char* kCriminalCode = "laws/criminal-code.xml";
inline const char* kPoliceAct = "laws/police & security act.xml";
inline const char* kFamilyCode = "laws/family-code.xml";

/// The sample report described above. Findings are in norm order.
inline Report MakeSampleReport() {
  Report r;
  r.tool_version = "0.1.0";
  r.mode = "framework";
  r.profile = "profiles/example.xml";
  r.state = "Republic of Example";
  r.packs = {{"un-core", "2026.11", "Core UN human-rights treaties", "rules/un-core", 41},
             {"un-women-children", "2026.11", "Women's and children's rights",
              "rules/un-women-children", 23}};
  r.documents = {{kCriminalCode, "akn3", "act", "/akn/xx/act/1997-07-16/167", "Уголовный кодекс",
                  "ru", 412, 901234, true},
                 {kPoliceAct, "akn3", "act", "/akn/xx/act/2003/12", "Police & Security Act", "en",
                  57, 48210, true},
                 {kFamilyCode, "akn2", "act", "/akn/xx/act/1998/270", "Семейный кодекс", "ru", 171,
                  210004, true},
                 {"laws/broken.xml", "", "", "", "", "", 0, 311, false}};

  // 0: CAT art. 1, partial (Russian, two evidence places, a missing element).
  Norm cat1 = MakeNorm("CAT-1-definition", "cat", "1", "Definition of torture", Level::kTreaty,
                       Severity::kError, "elements");
  cat1.title = "Torture is defined with every element of CAT article 1";
  cat1.summary =
      "Torture is severe pain or suffering, physical or mental, inflicted on purpose "
      "by or with the consent or acquiescence of a public official.";
  cat1.basis = "CAT General Comment No. 2 (2008), para. 9";
  cat1.check_summary = "an article defining torture has every element of article 1";
  cat1.recommendation =
      "Define torture in the criminal code with every element of article 1, "
      "including acts by or with the consent or acquiescence of an official.";
  cat1.tags = {"sdg:16.10", "nap:human-rights"};
  cat1.rule_line = 12;
  // 1: CAT art. 2(2), conflict (English, every XML-special character).
  Norm cat2 = MakeNorm("CAT-2-no-exceptions", "cat", "2(2)", "No exceptional circumstances",
                       Level::kTreaty, Severity::kError, "prohibit");
  cat2.title = "No exceptional circumstances or superior orders justify torture";
  cat2.summary =
      "No exceptional circumstances, and no order from a superior, may be invoked to justify "
      "torture.";
  cat2.recommendation =
      "Remove the defence of superior orders for torture; state that no circumstances justify it.";
  cat2.tags = {"nap:human-rights"};
  cat2.rule_line = 48;
  // 2: CAT art. 14, gap without evidence (treaty-body standard, warning).
  Norm cat14 = MakeNorm("CAT-14-redress", "cat", "14", "Redress and compensation",
                        Level::kTreatyBody, Severity::kWarning, "require");
  cat14.title = "Victims of torture have an enforceable right to redress";
  cat14.summary =
      "Victims obtain redress, including fair and adequate compensation and rehabilitation.";
  cat14.basis = "CAT General Comment No. 3 (2012)";
  cat14.recommendation =
      "Grant victims of torture an enforceable right to redress, compensation and rehabilitation.";
  // 3: CAT art. 15, met.
  Norm cat15 = MakeNorm("CAT-15-exclusion", "cat", "15", "Statements obtained by torture",
                        Level::kTreaty, Severity::kError, "require");
  cat15.title = "Statements obtained by torture are inadmissible";
  cat15.summary =
      "A statement made as a result of torture is not invoked as evidence, except against the "
      "torturer.";
  cat15.official_text = "[The official text of article 15, as read from --treaties.]";
  cat15.recommendation = "Exclude statements obtained by torture from evidence.";
  // 4: CAT art. 4, partial but suppressed.
  Norm cat4 = MakeNorm("CAT-4-penalties", "cat", "4", "Criminal offence and penalties",
                       Level::kTreaty, Severity::kWarning, "elements");
  cat4.title = "Torture carries penalties that reflect its grave nature";
  cat4.summary =
      "Torture is an offence punishable by penalties that take its grave nature into account.";
  cat4.recommendation = "Punish torture with penalties proportionate to its gravity.";
  // 5: CAT art. 10, gap (soft law, info) — hidden by --min-severity warning.
  Norm cat10 = MakeNorm("CAT-10-training", "cat", "10", "Training", Level::kSoftLaw,
                        Severity::kInfo, "require");
  cat10.title = "Law-enforcement training covers the prohibition of torture";
  cat10.summary = "Education on the prohibition of torture is part of the training of officials.";
  cat10.recommendation =
      "Require training on the prohibition of torture for police and prison staff.";
  // 6: CRC art. 1, conflict with values (threshold).
  Norm crc1 = MakeNorm("CRC-1-child-age", "crc", "1", "Definition of the child", Level::kTreaty,
                       Severity::kError, "threshold");
  crc1.instrument_title = "Convention on the Rights of the Child";
  crc1.instrument_short = "CRC";
  crc1.title = "Marriage is allowed only from 18";
  crc1.summary = "A child is a person under 18; child marriage is not permitted.";
  crc1.basis = "CEDAW/CRC Joint General Recommendation No. 31/18 (2019), para. 55(f)";
  crc1.check_summary = "the minimum age of marriage, exceptions included, is at least 18";
  crc1.recommendation = "Set the minimum age of marriage at 18 for everyone, without exceptions.";
  crc1.tags = {"sdg:5.3", "nap:children"};
  // 7: CRC art. 19, gap, baselined.
  Norm crc19 =
      MakeNorm("CRC-19-corporal-punishment", "crc", "19", "Protection from all forms of violence",
               Level::kTreatyBody, Severity::kError, "require");
  crc19.instrument_title = "Convention on the Rights of the Child";
  crc19.instrument_short = "CRC";
  crc19.title = "Corporal punishment is prohibited in all settings";
  crc19.summary =
      "Children are protected from all forms of violence, including corporal punishment at home.";
  crc19.basis = "CRC General Comment No. 8 (2006)";
  crc19.recommendation =
      "Prohibit corporal punishment of children in all settings, including the home.";
  // 8: CRC art. 21, reserved.
  Norm crc21 = MakeNorm("CRC-21-adoption", "crc", "21", "Adoption", Level::kTreaty,
                        Severity::kWarning, "require");
  crc21.instrument_title = "Convention on the Rights of the Child";
  crc21.instrument_short = "CRC";
  crc21.title = "Adoption serves the best interests of the child";
  crc21.summary = "Where adoption is permitted, the best interests of the child are paramount.";
  crc21.recommendation = "Make the child's best interests the paramount consideration in adoption.";
  // 9: CMW art. 68, not applicable (not a party).
  Norm cmw68 = MakeNorm("CMW-68-smuggling", "cmw", "68", "Illegal or clandestine movements",
                        Level::kTreaty, Severity::kError, "require");
  cmw68.instrument_title =
      "International Convention on the Protection of the Rights of All "
      "Migrant Workers and Members of Their Families";
  cmw68.title = "Sanctions for organising clandestine movements of migrant workers";
  cmw68.summary = "Those who organise illegal movements of migrant workers are sanctioned.";
  cmw68.recommendation = "Sanction the organisers of clandestine movements of migrant workers.";
  for (Norm* n : {&cat1, &cat2, &cat14, &cat15, &cat4, &cat10}) {
    n->instrument_title =
        "Convention against Torture and Other Cruel, Inhuman or Degrading "
        "Treatment or Punishment";
    n->instrument_short = "CAT";
  }
  r.norms = {cat1, cat2, cat14, cat15, cat4, cat10, crc1, crc19, crc21, cmw68};

  auto finding = [&](uint32_t norm, FindingStatus status, std::string message) {
    Finding f;
    f.norm = norm;
    f.rule_id = r.norms[norm].rule_id;
    f.status = status;
    f.severity = r.norms[norm].severity;
    f.message = std::move(message);
    f.fingerprint = "fp-" + f.rule_id;
    return f;
  };
  const std::string crim = "/akn/xx/act/1997-07-16/167";
  Finding f0 = finding(0, FindingStatus::kPartial,
                       "torture is defined without the consent or acquiescence of an official");
  f0.missing = {{"acquiescence", "consent or acquiescence of an official"}};
  f0.evidence = {
      MakeEvidence(kCriminalCode, crim, "art_117__para_1", "Статья 117", 2041, 9,
                   "Истязание, то есть причинение физических или психических страданий путём "
                   "систематического нанесения побоев, наказывается лишением свободы.",
                   {"Истязание", "физических или психических страданий"}, "anchor"),
      MakeEvidence(kCriminalCode, crim, "art_117__para_2", "Статья 117", 2045, 5,
                   "То же деяние, совершённое с применением пытки, наказывается строже.", {"пытки"},
                   "element:severe")};
  f0.fingerprint = "6f1c2a9e04b7d3c5";
  Finding f1 =
      finding(1, FindingStatus::kConflict, "superior orders are a defence to a charge of torture");
  f1.evidence = {MakeEvidence(kPoliceAct, "/akn/xx/act/2003/12", "sec_12__subsec_3",
                              "Section 12(3)", 88, 7,
                              "Where \"public order\" & safety <so require>, an officer's duty to "
                              "obey superior orders shall be a defence | see s. 14, item 2.",
                              {"superior orders shall be a defence"}, "violation")};
  Finding f2 = finding(2, FindingStatus::kGap,
                       "no provision grants victims of torture redress and compensation");
  Finding f3 = finding(3, FindingStatus::kMet, "statements obtained by torture are inadmissible");
  f3.evidence = {MakeEvidence(kCriminalCode, crim, "art_75__para_2", "Статья 75", 1502, 11,
                              "Доказательства, полученные с применением пыток, признаются "
                              "недопустимыми 𝟏.",
                              {"полученные с применением пыток", "недопустимыми"}, "match")};
  Finding f4 = finding(4, FindingStatus::kPartial, "the penalty for torture is at most 3 years");
  f4.missing = {{"gravity", "penalties proportionate to the grave nature of torture"}};
  f4.evidence = {MakeEvidence(kCriminalCode, crim, "art_117__para_1", "Статья 117", 2041, 112,
                              "наказывается лишением свободы на срок до трёх лет", {"до трёх лет"},
                              "anchor")};
  f4.suppression = "Penalties under review, memo 2026-3 | item 4";
  Finding f5 = finding(5, FindingStatus::kGap,
                       "no provision requires training on the prohibition of torture");
  Finding f6 =
      finding(6, FindingStatus::kConflict, "marriage is allowed from 16 (📜 exception), below 18");
  const std::string marriage =
      "Брачный возраст устанавливается в восемнадцать лет. При наличии "
      "уважительных причин брак может быть заключён с шестнадцати лет.";
  f6.evidence = {MakeEvidence(kFamilyCode, "/akn/xx/act/1998/270", "art_13__para_2", "Статья 13",
                              140, 3, marriage, {"с шестнадцати лет", "восемнадцать лет"},
                              "violation")};
  f6.values = {{"age", 16, "year", "at-least", "с шестнадцати лет", true, true, 0},
               {"age", 18, "year", "at-least", "восемнадцать лет", false, false, 0}};
  Finding f7 =
      finding(7, FindingStatus::kGap, "no provision prohibits corporal punishment in the home");
  f7.baselined = true;
  Finding f8 = finding(8, FindingStatus::kReserved, "article 21 is covered by a reservation");
  f8.reservation =
      "Article 21 applies only to the extent that national law permits adoption,\n"
      "\"as declared\" on ratification.";
  Finding f9 = finding(9, FindingStatus::kNotApplicable, "the state is not a party to CMW");
  r.findings = {f0, f1, f2, f3, f4, f5, f6, f7, f8, f9};

  r.diagnostics = {{DiagnosticLevel::kError,
                    {"laws/broken.xml", 3, 7},
                    "mismatched end tag: expected </article>"},
                   {DiagnosticLevel::kWarning,
                    {kCriminalCode, 12, 1},
                    "unknown rule id 'CAT-99' in <?concord-ignore?>"}};
  return r;
}

}  // namespace concord::test

#endif  // CONCORD_TESTS_UNIT_REPORT_SAMPLE_REPORT_H_
