// Tests of LintRulePack: every lint message, and the shipped packs.

#include "pack_fixture.h"
#include "test_util.h"

#include "concord/rule_pack.h"

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include <doctest/doctest.h>

namespace concord {
namespace {

using test::TempDir;

constexpr const char* kOutline =
    R"xml(<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <doc name="treaty">
    <meta><identification source="#concord"><FRBRWork>
      <FRBRthis value="/akn/un/treaty/1984-12-10/cat/!main"/>
      <FRBRuri value="/akn/un/treaty/1984-12-10/cat"/>
    </FRBRWork></identification></meta>
    <mainBody>
      <article eId="art_1"><num>Article 1</num>
        <paragraph eId="art_1__para_1"><num>1.</num><content><p>Defines torture.</p></content></paragraph>
      </article>
      <article eId="art_2"><num>Article 2</num><content><p>Prevention.</p></content></article>
    </mainBody>
  </doc>
</akomaNtoso>
)xml";

// Examples that satisfy the coverage check (met and failing in en and ru).
#define GOOD_EXAMPLES                                     \
  R"xml(<example status="met" lang="en">a</example>)xml"  \
  R"xml(<example status="gap" lang="en">b</example>)xml"  \
  R"xml(<example status="met" lang="ru">в</example>)xml" \
  R"xml(<example status="gap" lang="ru">г</example>)xml"

// The pack's header: line 1 opens it, line 2 declares the instrument, line 3
// a concept with en and ru terms; rules start on line 4.
constexpr const char* kHead =
    R"xml(<pack xmlns="urn:concord:rules:1" id="p" version="1" title="T">
<instrument id="cat" title="CAT" outline="cat.akn.xml"/>
<concept id="torture"><term lang="en">torture</term><term lang="ru">пытк*</term></concept>
)xml";

std::vector<std::string> Lint(const std::string& body, const TempDir& dir) {
  dir.Write("cat.akn.xml", kOutline);
  dir.Write("pack.xml", kHead + body + "</pack>\n");
  RulePack pack;
  Status status;
  std::vector<std::string> load = test::LoadMessages(dir, &pack, &status);
  REQUIRE_MESSAGE(status.ok(), status.ToString());
  REQUIRE(load.empty());
  Diagnostics diagnostics;
  LintRulePack(pack, &diagnostics);
  std::vector<std::string> messages;
  for (const Diagnostic& d : diagnostics) messages.push_back(dir.Relative(d.ToString()));
  return messages;
}

std::string Join(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) out += line + "\n";
  return out;
}

TEST_CASE("A complete pack lints clean") {
  TempDir dir;
  CHECK(Join(Lint(R"xml(<rule id="R" severity="error" level="T"><title>t</title>
<source instrument="cat" article="1(1)" eid="art_1__para_1"/>
<require><concept ref="torture"/></require><recommendation>Do it.</recommendation>
)xml" GOOD_EXAMPLES "</rule>\n<concept id=\"negation\"><term>not</term></concept>\n",
                  dir)) == "");
}

TEST_CASE("Citations resolve into the outline") {
  TempDir dir;
  std::string body = R"xml(<rule id="A" severity="error" level="T"><title>t</title>
<require><concept ref="torture"/></require><recommendation>r</recommendation>)xml" GOOD_EXAMPLES
                     R"xml(</rule>
<rule id="B" severity="error" level="T"><title>t</title><source instrument="catt" article="1"/>
<require><concept ref="torture"/></require><recommendation>r</recommendation>)xml" GOOD_EXAMPLES
                     R"xml(</rule>
<rule id="C" severity="error" level="T"><title>t</title><source instrument="cat"/>
<require><concept ref="torture"/></require><recommendation>r</recommendation>)xml" GOOD_EXAMPLES
                     R"xml(</rule>
<rule id="D" severity="error" level="T"><title>t</title><source instrument="cat" article="16"/>
<require><concept ref="torture"/></require><recommendation>r</recommendation>)xml" GOOD_EXAMPLES
                     R"xml(</rule>
<rule id="E" severity="error" level="T"><title>t</title><source instrument="cat" eid="art_2__para_3"/>
<require><concept ref="torture"/></require><recommendation>r</recommendation>)xml" GOOD_EXAMPLES
                     R"xml(</rule>
<rule id="F" severity="error" level="T"><title>t</title><source instrument="cat" article="1" eid="art_2"/>
<require><concept ref="torture"/></require><recommendation>r</recommendation>)xml" GOOD_EXAMPLES
                     R"xml(</rule>
)xml";
  CHECK(Join(Lint(body, dir)) ==
        "pack.xml:4:1: error: rule 'A' has no <source>\n"
        "pack.xml:6:57: error: unknown instrument 'catt'; did you mean 'cat'?\n"
        "pack.xml:8:57: error: <source> needs an article or an eid\n"
        "pack.xml:10:57: error: article 16 is not in the outline of instrument 'cat' "
        "(cat.akn.xml)\n"
        "pack.xml:12:57: warning: eid art_2__para_3 is not in the outline of instrument "
        "'cat'; only its article art_2 is\n"
        "pack.xml:14:57: warning: article 1 does not match eid art_2 (article 2)\n");
}

TEST_CASE("Outlines that are missing or cannot be read") {
  TempDir dir;
  dir.Write("bad.akn.xml",
            "<akomaNtoso "
            "xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">\n<doc>\n</akomaNtoso>\n");
  std::string body = R"xml(<instrument id="opcat" title="OPCAT"/>
<instrument id="cped" title="CPED" outline="instruments/cped.akn.xml"/>
<instrument id="bad" title="Bad" outline="bad.akn.xml"/>
<concept id="unused"><term lang="en">x</term></concept>
)xml";
  std::vector<std::string> messages = Lint(body, dir);
  REQUIRE(messages.size() == 5);
  CHECK(messages[0] == "pack.xml:4:1: error: instrument 'opcat' has no outline");
  CHECK(messages[1] ==
        "pack.xml:5:1: error: cannot load the outline of instrument 'cped': "
        "instruments/cped.akn.xml: cannot open file: No such file or directory");
  CHECK(messages[2].starts_with(
      "pack.xml:6:1: error: cannot load the outline of instrument 'bad': bad.akn.xml:3:"));
  CHECK(messages[3] == "pack.xml:3:1: warning: concept 'torture' is not used by any rule");
  CHECK(messages[4] == "pack.xml:7:1: warning: concept 'unused' is not used by any rule");
}

TEST_CASE("Recommendation, basis, severity and examples") {
  TempDir dir;
  std::string body = R"xml(<rule id="TB-1" severity="info" level="TB"><title>t</title>
<source instrument="cat" article="2"/>
<require><concept ref="torture"/></require>
<example status="met" lang="en">a</example>
<example status="conflict" lang="en">b</example>
<example status="partial" lang="ru" missing="x">c</example>
</rule>
<rule id="T-1" severity="info" level="T"><title>t</title><source instrument="cat" article="2"/>
<elements><anchor><concept ref="torture"/></anchor><element id="severe"><concept ref="torture"/></element></elements>
<recommendation>r</recommendation>)xml" GOOD_EXAMPLES R"xml(
<example status="partial" lang="en" missing="sever">d</example>
<example status="partial" lang="ru">e</example>
</rule>
)xml";
  CHECK(Join(Lint(body, dir)) ==
        "pack.xml:4:1: error: rule 'TB-1' has no <recommendation>\n"
        "pack.xml:4:1: error: rule 'TB-1' is level TB but has no <basis>\n"
        "pack.xml:4:1: error: rule 'TB-1' has no met example in ru\n"
        "pack.xml:8:1: error: a <require> check never gives status 'conflict'\n"
        "pack.xml:9:1: error: a <require> check never gives status 'partial'\n"
        "pack.xml:9:1: error: missing names 'x', which is not an element of rule 'TB-1'\n"
        "pack.xml:11:1: warning: rule 'T-1' is level T but severity info; a failure of a "
        "binding norm should be an error or a warning\n"
        "pack.xml:14:1: error: missing names 'sever', which is not an element of rule 'T-1'; "
        "did you mean 'severe'?\n"
        "pack.xml:15:1: warning: a partial example should list its missing elements\n");
}

TEST_CASE("Concept coverage and duplicate terms") {
  TempDir dir;
  std::string body =
      R"xml(<concept id="english-only"><term lang="en">pain</term><term lang="en" gap="1">severe pain</term><term lang="en">Pain</term><term lang="fr">pain</term><term lang="en" gap="2">severe  pain</term></concept>
<concept id="any-language"><term>x</term><term lang="fr">y</term></concept>
<subject id="family"><term lang="ru">семейн* кодекс*</term><term lang="ru">Семейн* Кодекс*</term></subject>
<rule id="R" severity="error" level="T"><title>t</title><source instrument="cat" article="2"/>
<require><concept ref="english-only"/><concept ref="any-language"/></require>
<recommendation>r</recommendation>)xml" GOOD_EXAMPLES R"xml(</rule>
)xml";
  CHECK(Join(Lint(body, dir)) ==
        "pack.xml:3:1: warning: concept 'torture' is not used by any rule\n"
        "pack.xml:4:97: warning: duplicate term 'Pain' in concept 'english-only' (same as at "
        "pack.xml:4:28)\n"
        "pack.xml:4:1: warning: concept 'english-only' has no ru term\n"
        "pack.xml:6:60: warning: duplicate term 'Семейн* Кодекс*' in subject 'family' (same as "
        "at pack.xml:6:22)\n");
}

// True if every instrument of `pack` has its outline file.
bool OutlinesWritten(const RulePack& pack) {
  for (const Instrument& instrument : pack.instruments) {
    if (!std::filesystem::exists(instrument.outline)) {
      std::fprintf(stderr, "skipped linting %s: outline %s is not written yet\n", pack.path.c_str(),
                   instrument.outline.c_str());
      return false;
    }
  }
  return true;
}

TEST_CASE("The shipped packs lint without errors") {
  for (const std::string& folder : FindPacks(test::SourceDir() + "/rules")) {
    CAPTURE(folder);
    RulePack pack;
    Diagnostics diagnostics;
    if (!LoadRulePack(folder, &pack, &diagnostics).ok()) continue;  // the loader test reports it
    if (!OutlinesWritten(pack)) continue;
    LintRulePack(pack, &diagnostics);
    std::string errors;
    for (const Diagnostic& d : diagnostics) {
      if (d.level == DiagnosticLevel::kError) errors += d.ToString() + "\n";
    }
    CHECK(errors == "");
  }
}

}  // namespace
}  // namespace concord
