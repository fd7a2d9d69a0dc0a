// A temporary folder of pack files for the rules tests, and a loader that
// returns diagnostics as the strings users see, with the folder left out.

#ifndef CONCORD_TESTS_UNIT_RULES_PACK_FIXTURE_H_
#define CONCORD_TESTS_UNIT_RULES_PACK_FIXTURE_H_

#include "test_util.h"

#include "concord/rule_pack.h"

#include <filesystem>
#include <string>
#include <vector>

namespace concord::test {

/// A pack with every construct of the format (pack.xml and two fragments).
inline constexpr const char* kDemoPack = R"xml(<?xml version="1.0" encoding="UTF-8"?>
<pack xmlns="urn:concord:rules:1" id="demo" version="2026.11"
      title="Demo   pack">
  <instrument id="cat" title="Convention against
      Torture" adopted="1984-12-10" outline="instruments/cat.akn.xml"/>
  <include href="concepts/torture.xml"/>
  <subject id="criminal"><term lang="en">criminal code</term></subject>
  <numbers lang="ru"><number value="18" unit="year">восемнадцатилетн*</number></numbers>
  <include href="rules/torture.xml"/>
</pack>
)xml";

inline constexpr const char* kDemoConcepts = R"xml(<fragment xmlns="urn:concord:rules:1">
  <concept id="torture">
    <term lang="en">tortur*</term>
    <term lang="ru" gap="2">пытк*</term>
  </concept>
  <concept id="pain"><term>severe pain</term></concept>
</fragment>
)xml";

inline constexpr const char* kDemoRules = R"xml(<fragment xmlns="urn:concord:rules:1">
  <rule id="CAT-1" severity="error" level="T">
    <title>Torture is defined</title>
    <source instrument="cat" article="1(1)" eid="art_1__para_1"/>
    <basis>GC 2</basis>
    <applies subject="criminal family"/>
    <elements scope="article" min="1">
      <anchor><concept ref="torture"/></anchor>
      <element id="severe" name="severe pain"><concept ref="pain"/></element>
      <element id="official"><term lang="en">public official</term><term lang="ru">должностн* лиц*</term></element>
    </elements>
    <recommendation>Define
      torture.</recommendation>
    <tags>sdg:16.10  nap:human-rights</tags>
    <example status="met" lang="en" heading="Torture" subject="criminal">Torture means severe pain.</example>
    <example status="partial" missing="official" lang="ru">Пытка.</example>
  </rule>
  <rule id="CAT-2" severity="warning" level="TB">
    <title>No torture</title>
    <source instrument="cat" article="2"/>
    <prohibit scope="sentence">
      <near distance="5"><concept ref="torture"/><any><term>permit*</term><not><concept ref="pain"/></not></any></near>
      <negated><concept ref="pain"/></negated>
    </prohibit>
  </rule>
  <rule id="ILO-138" severity="info" level="SL">
    <title>Minimum age</title>
    <source instrument="cat" eid="art_3"/>
    <threshold scope="document" quantity="age" unit="month" op="gt" value="profile:ilo-c138/minimum-age" default="15" select="max">
      <anchor><concept ref="torture"/></anchor>
      <context><concept ref="pain"/></context>
      <exception><term>unless</term></exception>
    </threshold>
  </rule>
  <rule id="R-4" severity="error" level="CIL">
    <title>Require</title>
    <require><concept ref="torture"/><concept ref="pain"/></require>
  </rule>
</fragment>
)xml";

/// Writes the demo pack into `dir`.
inline void WriteDemoPack(const TempDir& dir) {
  dir.Write("pack.xml", kDemoPack);
  dir.Write("concepts/torture.xml", kDemoConcepts);
  dir.Write("rules/torture.xml", kDemoRules);
}

/// Loads the pack in `dir` and returns its diagnostics as strings relative to
/// the folder; *status gets the loader's status.
inline std::vector<std::string> LoadMessages(const TempDir& dir, RulePack* pack, Status* status) {
  Diagnostics diagnostics;
  *status = LoadRulePack(dir.path(), pack, &diagnostics);
  std::vector<std::string> messages;
  for (const Diagnostic& d : diagnostics) messages.push_back(dir.Relative(d.ToString()));
  return messages;
}

}  // namespace concord::test

#endif  // CONCORD_TESTS_UNIT_RULES_PACK_FIXTURE_H_
