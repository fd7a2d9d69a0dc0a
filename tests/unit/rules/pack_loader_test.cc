// Tests of LoadRulePack: the model of a pack with every construct, every
// error with its exact place and message, includes, the shipped packs, and
// where packs are found.

#include "pack_fixture.h"
#include "test_util.h"

#include "concord/rule_pack.h"

#include <stdlib.h>
#include <string>
#include <vector>

#include <doctest/doctest.h>

namespace concord {
namespace {

using test::LoadMessages;
using test::TempDir;
using Strings = std::vector<std::string>;

// The expression at `index`: kind, index and children.
void CheckExpr(const RulePack& pack, size_t index, Expr::Kind kind, uint32_t target,
               const std::vector<uint32_t>& children) {
  CAPTURE(index);
  REQUIRE(index < pack.exprs.size());
  const Expr& expr = pack.exprs[index];
  CHECK(expr.kind == kind);
  CHECK(expr.index == target);
  CHECK(expr.children == children);
}

TEST_CASE("A pack with every construct loads into the exact model") {
  TempDir dir;
  test::WriteDemoPack(dir);
  RulePack pack;
  Status status;
  CHECK(LoadMessages(dir, &pack, &status) == Strings{});
  REQUIRE(status.ok());

  CHECK(pack.id == "demo");
  CHECK(pack.version == "2026.11");
  CHECK(pack.title == "Demo pack");
  CHECK(pack.path == dir.path() + "/pack.xml");
  CHECK(pack.dir == dir.path());

  REQUIRE(pack.instruments.size() == 1);
  const Instrument& cat = pack.instruments[0];
  CHECK(cat.id == "cat");
  CHECK(cat.title == "Convention against Torture");
  CHECK(cat.adopted == "1984-12-10");
  CHECK(cat.outline == dir.path() + "/instruments/cat.akn.xml");
  CHECK(dir.Relative(cat.location.ToString()) == "pack.xml:4:3");

  REQUIRE(pack.concepts.size() == 2);
  CHECK(pack.concepts[0].id == "torture");
  CHECK(dir.Relative(pack.concepts[0].location.ToString()) == "concepts/torture.xml:2:3");
  REQUIRE(pack.concepts[0].terms.size() == 2);
  CHECK(pack.concepts[0].terms[0].lang == "en");
  CHECK(pack.concepts[0].terms[0].text == "tortur*");
  CHECK(pack.concepts[0].terms[0].gap == 0);
  CHECK(pack.concepts[0].terms[1].text == "пытк*");
  CHECK(pack.concepts[0].terms[1].gap == 2);
  CHECK(dir.Relative(pack.concepts[0].terms[1].location.ToString()) == "concepts/torture.xml:4:5");
  CHECK(pack.concepts[1].id == "pain");
  CHECK(pack.concepts[1].terms[0].lang == "");
  CHECK(pack.FindConcept("pain") == 1);
  CHECK(pack.FindConcept("nothing") == -1);

  REQUIRE(pack.subjects.size() == 1);
  CHECK(pack.subjects[0].id == "criminal");
  CHECK(pack.subjects[0].terms[0].text == "criminal code");
  REQUIRE(pack.numbers.size() == 1);
  CHECK(pack.numbers[0].word == "восемнадцатилетн*");
  CHECK(pack.numbers[0].value == 18);
  CHECK(pack.numbers[0].unit == Unit::kYear);

  REQUIRE(pack.inline_terms.size() == 4);
  CHECK(pack.inline_terms[0].text == "public official");
  CHECK(pack.inline_terms[1].text == "должностн* лиц*");
  CHECK(pack.inline_terms[1].lang == "ru");
  CHECK(pack.inline_terms[2].text == "permit*");
  CHECK(pack.inline_terms[3].text == "unless");

  using K = Expr::Kind;
  REQUIRE(pack.exprs.size() == 20);
  CheckExpr(pack, 0, K::kConcept, 0, {});
  CheckExpr(pack, 1, K::kConcept, 1, {});
  CheckExpr(pack, 2, K::kTerm, 0, {});
  CheckExpr(pack, 3, K::kTerm, 1, {});
  CheckExpr(pack, 4, K::kAll, 0, {2, 3});
  CheckExpr(pack, 5, K::kConcept, 0, {});
  CheckExpr(pack, 6, K::kTerm, 2, {});
  CheckExpr(pack, 7, K::kConcept, 1, {});
  CheckExpr(pack, 8, K::kNot, 0, {7});
  CheckExpr(pack, 9, K::kAny, 0, {6, 8});
  CheckExpr(pack, 10, K::kNear, 0, {5, 9});
  CHECK(pack.exprs[10].distance == 5);
  CheckExpr(pack, 11, K::kConcept, 1, {});
  CheckExpr(pack, 12, K::kNegated, 0, {11});
  CheckExpr(pack, 13, K::kAll, 0, {10, 12});
  CheckExpr(pack, 14, K::kConcept, 0, {});
  CheckExpr(pack, 15, K::kConcept, 1, {});
  CheckExpr(pack, 16, K::kTerm, 3, {});
  CheckExpr(pack, 17, K::kConcept, 0, {});
  CheckExpr(pack, 18, K::kConcept, 1, {});
  CheckExpr(pack, 19, K::kAll, 0, {17, 18});
  CHECK(dir.Relative(pack.exprs[13].location.ToString()) == "rules/torture.xml:21:5");
  CHECK(dir.Relative(pack.exprs[10].location.ToString()) == "rules/torture.xml:22:7");

  REQUIRE(pack.rules.size() == 4);
  const Rule& r1 = pack.rules[0];
  CHECK(r1.id == "CAT-1");
  CHECK(r1.severity == Severity::kError);
  CHECK(r1.level == Level::kTreaty);
  CHECK(r1.title == "Torture is defined");
  CHECK(r1.instrument == "cat");
  CHECK(r1.article == "1(1)");
  CHECK(r1.eid == "art_1__para_1");
  CHECK(r1.basis == "GC 2");
  CHECK(r1.subjects == Strings{"criminal", "family"});
  CHECK(r1.check == CheckKind::kElements);
  CHECK(r1.scope == Scope::kArticle);
  CHECK(r1.anchor == 0);
  CHECK(r1.expr == -1);
  CHECK(r1.min_elements == 1);
  REQUIRE(r1.elements.size() == 2);
  CHECK(r1.elements[0].id == "severe");
  CHECK(r1.elements[0].name == "severe pain");
  CHECK(r1.elements[0].expr == 1);
  CHECK(r1.elements[1].id == "official");
  CHECK(r1.elements[1].name == "official");
  CHECK(r1.elements[1].expr == 4);
  CHECK(r1.recommendation == "Define torture.");
  CHECK(r1.tags == Strings{"sdg:16.10", "nap:human-rights"});
  REQUIRE(r1.examples.size() == 2);
  CHECK(r1.examples[0].status == FindingStatus::kMet);
  CHECK(r1.examples[0].lang == "en");
  CHECK(r1.examples[0].heading == "Torture");
  CHECK(r1.examples[0].subject == "criminal");
  CHECK(r1.examples[0].text == "Torture means severe pain.");
  CHECK(r1.examples[0].missing.empty());
  CHECK(r1.examples[1].status == FindingStatus::kPartial);
  CHECK(r1.examples[1].missing == Strings{"official"});
  CHECK(r1.examples[1].text == "Пытка.");
  CHECK(dir.Relative(r1.examples[1].location.ToString()) == "rules/torture.xml:16:5");
  CHECK(dir.Relative(r1.location.ToString()) == "rules/torture.xml:2:3");
  CHECK(dir.Relative(r1.source_location.ToString()) == "rules/torture.xml:4:5");

  const Rule& r2 = pack.rules[1];
  CHECK(r2.check == CheckKind::kProhibit);
  CHECK(r2.scope == Scope::kSentence);
  CHECK(r2.expr == 13);
  CHECK(r2.level == Level::kTreatyBody);
  CHECK(r2.severity == Severity::kWarning);
  CHECK(r2.eid == "");
  CHECK(r2.subjects.empty());

  const Rule& r3 = pack.rules[2];
  CHECK(r3.check == CheckKind::kThreshold);
  CHECK(r3.scope == Scope::kDocument);
  CHECK(r3.anchor == 14);
  CHECK(r3.threshold.quantity == "age");
  CHECK(r3.threshold.unit == Unit::kMonth);
  CHECK(r3.threshold.op == Op::kGt);
  CHECK(r3.threshold.value == 15);
  CHECK(r3.threshold.parameter == "ilo-c138/minimum-age");
  CHECK(r3.threshold.select == Select::kMax);
  CHECK(r3.threshold.context == 15);
  CHECK(r3.threshold.exception == 16);
  CHECK(r3.level == Level::kSoftLaw);
  CHECK(r3.severity == Severity::kInfo);

  const Rule& r4 = pack.rules[3];
  CHECK(r4.check == CheckKind::kRequire);
  CHECK(r4.scope == Scope::kProvision);
  CHECK(r4.expr == 19);
  CHECK(r4.level == Level::kCustomary);
  CHECK(r4.threshold.parameter == "");
}

TEST_CASE("Threshold defaults") {
  TempDir dir;
  dir.Write("pack.xml", R"(<pack xmlns="urn:concord:rules:1" id="p" version="1" title="T">
<concept id="c"><term>age</term></concept>
<rule id="R" severity="error" level="T"><title>t</title>
<threshold value="18"><anchor><concept ref="c"/></anchor></threshold></rule>
</pack>)");
  RulePack pack;
  Status status;
  CHECK(LoadMessages(dir, &pack, &status) == Strings{});
  REQUIRE(pack.rules.size() == 1);
  const Threshold& t = pack.rules[0].threshold;
  CHECK(t.quantity == "any");
  CHECK(t.unit == Unit::kYear);
  CHECK(t.op == Op::kGe);
  CHECK(t.value == 18);
  CHECK(t.select == Select::kMin);
  CHECK(t.context == -1);
  CHECK(t.exception == -1);
  CHECK(pack.rules[0].scope == Scope::kProvision);
  CHECK(pack.rules[0].min_elements == 0);
}

// ---- Errors: each with its exact place and message ----

// Line 1 opens the pack and defines concept "c"; the snippet starts on line 2.
constexpr const char* kPrelude =
    R"(<pack xmlns="urn:concord:rules:1" id="p" version="1" title="T"><concept id="c"><term>torture</term></concept>)";
// A rule's opening with its title; the snippet adds a check and closes it.
#define RULE R"(<rule id="R" severity="error" level="T"><title>t</title>)"

// One message a line, so that a failure prints them all.
std::string Join(const Strings& lines) {
  std::string out;
  for (const std::string& line : lines) out += line + "\n";
  return out;
}

struct ErrorCase {
  const char* name;
  const char* snippet;
  Strings expected;
};

Strings LoadSnippet(const char* snippet, Status* status) {
  TempDir dir;
  dir.Write("pack.xml", std::string(kPrelude) + "\n" + snippet + "\n</pack>\n");
  RulePack pack;
  return LoadMessages(dir, &pack, status);
}

TEST_CASE("Every error is reported with its place, and loading goes on") {
  const ErrorCase cases[] = {
      {"malformed XML",
       "<rule id=\"R\">",
       {"pack.xml:3:3: error: malformed XML: Start-end tags mismatch"}},
      {"unknown element",
       "<rul id=\"R\"/>",
       {"pack.xml:2:1: error: unknown element <rul> in <pack>; did you mean <rule>?"}},
      {"unknown element in a rule",
       RULE "<require><concept ref=\"c\"/></require><recomendation/></rule>",
       {"pack.xml:2:94: error: unknown element <recomendation> in <rule>; did you mean "
        "<recommendation>?"}},
      {"unknown expression",
       RULE "<require><concpt ref=\"c\"/></require></rule>",
       {"pack.xml:2:66: error: unknown element <concpt> in <require>; did you mean <concept>?"}},
      {"foreign element",
       "<x:rule xmlns:x=\"urn:other\"/>",
       {"pack.xml:2:1: error: unknown element <x:rule> in <pack> (not in namespace "
        "urn:concord:rules:1)"}},
      {"text where elements belong",
       "stray words <concept id=\"d\"><term>x</term></concept>",
       {"pack.xml:2:1: error: unexpected text 'stray words' in <pack>"}},
      {"unknown attribute",
       "<concept id=\"d\" lang=\"en\"><term>x</term></concept>",
       {"pack.xml:2:17: error: unknown attribute 'lang' on <concept>"}},
      {"unknown attribute with a suggestion",
       RULE "<require><concept refs=\"c\"/></require></rule>",
       {"pack.xml:2:75: error: unknown attribute 'refs' on <concept>; did you mean 'ref'?",
        "pack.xml:2:66: error: missing required attribute 'ref' on <concept>"}},
      {"element without an id",
       "<concept><term>x</term></concept>",
       {"pack.xml:2:1: error: missing required attribute 'id' on <concept>"}},
      {"rule without attributes",
       "<rule><title>t</title><require><concept ref=\"c\"/></require></rule>",
       {"pack.xml:2:1: error: missing required attribute 'id' on <rule>",
        "pack.xml:2:1: error: missing required attribute 'severity' on <rule>",
        "pack.xml:2:1: error: missing required attribute 'level' on <rule>"}},
      {"invalid id",
       "<concept id=\"Torture\"><term>x</term></concept>",
       {"pack.xml:2:10: error: invalid concept id 'Torture' (use [a-z0-9-]+)"}},
      {"missing title",
       "<rule id=\"R\" severity=\"error\" level=\"T\"><require><concept "
       "ref=\"c\"/></require></rule>",
       {"pack.xml:2:1: error: missing required element <title> in <rule>"}},
      {"concept without terms",
       "<concept id=\"d\"></concept>",
       {"pack.xml:2:1: error: missing required element <term> in <concept>"}},
      {"duplicate rule id",
       RULE "<require><concept ref=\"c\"/></require></rule>\n" RULE
            "<require><concept ref=\"c\"/></require></rule>",
       {"pack.xml:3:7: error: duplicate rule id 'R' (first defined at pack.xml:2:7)"}},
      {"duplicate concept id",
       "<concept id=\"c\"><term>x</term></concept>",
       {"pack.xml:2:10: error: duplicate concept id 'c' (first defined at pack.xml:1:73)"}},
      {"duplicate instrument id",
       "<instrument id=\"cat\" title=\"A\"/>\n<instrument id=\"cat\" title=\"B\"/>",
       {"pack.xml:3:13: error: duplicate instrument id 'cat' (first defined at pack.xml:2:13)"}},
      {"duplicate title",
       RULE "<title>again</title><require><concept ref=\"c\"/></require></rule>",
       {"pack.xml:2:57: error: duplicate <title> in <rule>"}},
      {"unknown concept",
       "<concept id=\"torture\"><term>x</term></concept>\n" RULE
       "<require><concept ref=\"tortur\"/></require></rule>",
       {"pack.xml:3:75: error: unknown concept 'tortur'; did you mean 'torture'?"}},
      {"unknown severity and level",
       "<rule id=\"R\" severity=\"fatal\" level=\"X\"><title>t</title><require><concept "
       "ref=\"c\"/></require></rule>",
       {"pack.xml:2:14: error: unknown severity 'fatal' (expected error, warning, info)",
        "pack.xml:2:31: error: unknown level 'X' (expected T, TB, CIL, SL)"}},
      {"unknown scope",
       RULE "<require scope=\"chapter\"><concept ref=\"c\"/></require></rule>",
       {"pack.xml:2:66: error: unknown scope 'chapter' (expected sentence, provision, article, "
        "document)"}},
      {"unknown unit, op, select and quantity",
       RULE "<threshold unit=\"years\" op=\"=>\" select=\"least\" quantity=\"height\" "
            "value=\"18\"><anchor><concept ref=\"c\"/></anchor></threshold></rule>",
       {"pack.xml:2:104: error: unknown quantity 'height' (expected age, duration, any)",
        "pack.xml:2:68: error: unknown unit 'years' (expected year, month, week, day, hour); "
        "did you mean 'year'?",
        "pack.xml:2:81: error: unknown op '=>' (expected >=, >, <=, <, ==, ge, gt, le, lt, eq); "
        "did you mean '>'?",
        "pack.xml:2:89: error: unknown select 'least' (expected min, max, first, all)"}},
      {"value that is not a number",
       RULE
       "<threshold value=\"eighteen\"><anchor><concept ref=\"c\"/></anchor></threshold></rule>",
       {"pack.xml:2:68: error: value 'eighteen' is neither a number nor profile:NAME"}},
      {"profile value without a default",
       RULE "<threshold value=\"profile:min-age\"><anchor><concept "
            "ref=\"c\"/></anchor></threshold></rule>",
       {"pack.xml:2:68: error: value 'profile:min-age' needs a default"}},
      {"default without a profile value",
       RULE "<threshold value=\"18\" default=\"15\"><anchor><concept "
            "ref=\"c\"/></anchor></threshold></rule>",
       {"pack.xml:2:79: error: default is only allowed with value=\"profile:NAME\""}},
      {"threshold without value or anchor",
       RULE "<threshold/></rule>",
       {"pack.xml:2:57: error: missing required attribute 'value' on <threshold>",
        "pack.xml:2:57: error: missing required element <anchor> in <threshold>"}},
      {"more than one check",
       RULE
       "<require><concept ref=\"c\"/></require><prohibit><concept ref=\"c\"/></prohibit></rule>",
       {"pack.xml:2:94: error: more than one check in rule 'R': <prohibit> after <require>"}},
      {"no check",
       RULE "</rule>",
       {"pack.xml:2:1: error: rule 'R' has no check (one of <require>, <prohibit>, <elements>, "
        "<threshold>)"}},
      {"not with two children",
       RULE "<require><not><concept ref=\"c\"/><concept ref=\"c\"/></not></require></rule>",
       {"pack.xml:2:66: error: <not> takes exactly one expression, found 2"}},
      {"negated without a child",
       RULE "<require><negated/></require></rule>",
       {"pack.xml:2:66: error: <negated> takes exactly one expression, found 0"}},
      {"near without distance",
       RULE "<require><near><concept ref=\"c\"/><concept ref=\"c\"/></near></require></rule>",
       {"pack.xml:2:66: error: missing required attribute 'distance' on <near>"}},
      {"near with one child",
       RULE "<require><near distance=\"3\"><concept ref=\"c\"/></near></require></rule>",
       {"pack.xml:2:66: error: <near> needs at least 2 expressions, found 1"}},
      {"bad distance",
       RULE "<require><near distance=\"-1\"><concept ref=\"c\"/><concept "
            "ref=\"c\"/></near></require></rule>",
       {"pack.xml:2:72: error: distance must be a non-negative integer, not '-1'"}},
      {"empty all",
       RULE "<require><all/></require></rule>",
       {"pack.xml:2:66: error: <all> needs at least 1 expression, found 0"}},
      {"elements without anchor or element",
       RULE "<elements/></rule>",
       {"pack.xml:2:57: error: missing required element <anchor> in <elements>",
        "pack.xml:2:57: error: missing required element <element> in <elements>"}},
      {"elements with a bad min and a duplicate element",
       RULE "<elements min=\"3\"><anchor><concept ref=\"c\"/></anchor>"
            "<element id=\"a\"><concept ref=\"c\"/></element>"
            "<element id=\"a\"><concept ref=\"c\"/></element></elements></rule>",
       {"pack.xml:2:163: error: duplicate element id 'a' (first defined at pack.xml:2:110)",
        "pack.xml:2:67: error: min is 3 but there are only 2 elements"}},
      {"empty term",
       "<concept id=\"d\"><term lang=\"en\">  </term></concept>",
       {"pack.xml:2:17: error: empty term"}},
      {"misplaced star",
       "<concept id=\"d\"><term lang=\"en\">to*rture</term></concept>",
       {"pack.xml:2:17: error: misplaced '*' in term 'to*rture' (a '*' may only end a word)"}},
      {"bad gap",
       "<concept id=\"d\"><term gap=\"two\">a b</term></concept>",
       {"pack.xml:2:23: error: gap must be a non-negative integer, not 'two'"}},
      {"inline term errors",
       RULE "<require><term>*</term></require></rule>",
       {"pack.xml:2:66: error: misplaced '*' in term '*' (a '*' may only end a word)"}},
      {"example without status and lang",
       RULE "<require><concept ref=\"c\"/></require><example>text</example></rule>",
       {"pack.xml:2:94: error: missing required attribute 'status' on <example>",
        "pack.xml:2:94: error: missing required attribute 'lang' on <example>"}},
      {"example status and missing",
       RULE
       "<require><concept ref=\"c\"/></require><example status=\"passes\" lang=\"en\">a</example>"
       "<example status=\"met\" lang=\"en\" missing=\"x\">b</example><example status=\"gap\" "
       "lang=\"ru\"/></rule>",
       {"pack.xml:2:103: error: unknown status 'passes' (expected met, partial, gap, conflict)",
        "pack.xml:2:172: error: missing is only allowed on a partial example, not on status 'met'",
        "pack.xml:2:195: error: empty example"}},
      {"number errors",
       "<numbers lang=\"ru\"><number value=\"x\" unit=\"years\">a</number><number value=\"2\">два "
       "раза</number><numbr/></numbers>",
       {"pack.xml:2:28: error: value 'x' is not a number",
        "pack.xml:2:38: error: unknown unit 'years' (expected year, month, week, day, hour); did "
        "you mean 'year'?",
        "pack.xml:2:61: error: a number word must be one word, not 'два раза'",
        "pack.xml:2:96: error: unknown element <numbr> in <numbers>; did you mean <number>?"}},
      {"bad date",
       "<instrument id=\"cat\" title=\"C\" adopted=\"10.12.1984\"/>",
       {"pack.xml:2:32: error: adopted must be an ISO date (YYYY-MM-DD), not '10.12.1984'"}},
      {"include in a pack that cannot be read",
       "<include href=\"concepts/none.xml\"/>",
       {"pack.xml:2:1: error: cannot read include 'concepts/none.xml': cannot open file: No "
        "such file or directory"}},
  };
  for (const ErrorCase& c : cases) {
    std::string name = c.name;
    CAPTURE(name);
    Status status;
    CHECK(Join(LoadSnippet(c.snippet, &status)) == Join(c.expected));
    CHECK(status.code() == Status::Code::kParseError);
  }
}

TEST_CASE("An unknown subject is a warning, with a suggestion") {
  Status status;
  Strings messages =
      LoadSnippet("<subject id=\"family-law\"><term>family code</term></subject>\n" RULE
                  "<applies subject=\"crimnal family-law custom\"/><require><concept "
                  "ref=\"c\"/></require></rule>",
                  &status);
  CHECK(Join(messages) ==
        "pack.xml:3:66: warning: unknown subject 'crimnal'; did you mean 'criminal'?\n"
        "pack.xml:3:66: warning: unknown subject 'custom'\n");
  CHECK(status.ok());
}

TEST_CASE("Includes: fragments, one level deep, each error in its own file") {
  TempDir dir;
  dir.Write("pack.xml", R"xml(<pack xmlns="urn:concord:rules:1" id="p" version="1" title="T">
  <include href="a.xml"/>
  <include href="sub/b.xml"/>
  <include href="./a.xml"/>
  <include href="c.xml"/>
  <include href="d.xml"/>
  <include href="e.xml"/>
</pack>
)xml");
  dir.Write("a.xml", R"xml(<fragment xmlns="urn:concord:rules:1">
  <concept id="a"><term>alpha</term></concept>
  <include href="b.xml"/>
</fragment>
)xml");
  dir.Write("sub/b.xml", R"xml(<fragment xmlns="urn:concord:rules:1">
  <concept id="b"><term>beta</term></concept>
  <rule id="R" severity="error" level="T"><title>t</title><require><concept ref="a"/><concept ref="x"/></require></rule>
</fragment>
)xml");
  dir.Write("c.xml", "<pack xmlns=\"urn:concord:rules:1\"/>\n");
  dir.Write("d.xml", "<fragment>\n  <concept id=\"d\"><term>delta</term></concept>\n</fragment>\n");
  dir.Write("e.xml",
            "<fragment xmlns=\"urn:concord:rules:1\">\n  <concept id=\"e\">\n</fragment>\n");
  RulePack pack;
  Status status;
  Strings messages = LoadMessages(dir, &pack, &status);
  CHECK(Join(messages) ==
        "a.xml:3:3: error: <include> is only allowed in pack.xml (includes are one level deep)\n"
        "pack.xml:4:3: error: './a.xml' is already included (at pack.xml:2:3)\n"
        "c.xml:1:1: error: root element of an included file must be <fragment>, not <pack>\n"
        "d.xml:1:1: error: <fragment> is not in namespace urn:concord:rules:1 (add "
        "xmlns=\"urn:concord:rules:1\")\n"
        "e.xml:3:3: error: malformed XML: Start-end tags mismatch\n"
        "sub/b.xml:3:95: error: unknown concept 'x'\n");
  CHECK(status.code() == Status::Code::kParseError);
  CHECK(status.ToString() == dir.path() + "/pack.xml: error: rule pack has 6 errors");
  // What could be read was read.
  REQUIRE(pack.concepts.size() == 3);
  CHECK(pack.concepts[0].id == "a");
  CHECK(pack.concepts[1].id == "b");
  CHECK(pack.concepts[2].id == "d");
  CHECK(pack.rules.size() == 1);
  CHECK(dir.Relative(pack.rules[0].location.ToString()) == "sub/b.xml:3:3");
}

TEST_CASE("The pack file itself") {
  SUBCASE("a folder without pack.xml") {
    TempDir dir;
    RulePack pack;
    Status status;
    CHECK(Join(LoadMessages(dir, &pack, &status)) ==
          "pack.xml: error: cannot read rule pack: cannot open file: No such file or directory\n");
    CHECK(status.code() == Status::Code::kNotFound);
  }
  SUBCASE("a pack.xml path, a wrong root and missing attributes") {
    TempDir dir;
    std::string path = dir.Write("pack.xml", "<?xml version=\"1.0\"?>\n<rules id=\"Bad_Id\"/>\n");
    RulePack pack;
    Diagnostics diagnostics;
    Status status = LoadRulePack(path, &pack, &diagnostics);
    Strings messages;
    for (const Diagnostic& d : diagnostics) messages.push_back(dir.Relative(d.ToString()));
    CHECK(Join(messages) ==
          "pack.xml:2:1: error: root element must be <pack>, not <rules>\n"
          "pack.xml:2:1: error: missing required attribute 'version' on <rules>\n"
          "pack.xml:2:1: error: missing required attribute 'title' on <rules>\n"
          "pack.xml:2:8: error: invalid rules id 'Bad_Id' (use [a-z0-9-]+)\n");
    CHECK(status.code() == Status::Code::kParseError);
  }
  SUBCASE("a pack outside the namespace and a prefixed pack") {
    TempDir dir;
    dir.Write("pack.xml", "<pack id=\"p\" version=\"1\" title=\"T\"/>");
    RulePack pack;
    Status status;
    CHECK(Join(LoadMessages(dir, &pack, &status)) ==
          "pack.xml:1:1: error: <pack> is not in namespace urn:concord:rules:1 (add "
          "xmlns=\"urn:concord:rules:1\")\n");
    dir.Write("pack.xml",
              "<r:pack xmlns:r=\"urn:concord:rules:1\" id=\"p\" version=\"1\" title=\"T\">"
              "<r:concept id=\"c\"><r:term>x</r:term></r:concept><concept id=\"d\"/></r:pack>");
    CHECK(Join(LoadMessages(dir, &pack, &status)) ==
          "pack.xml:1:116: error: unknown element <concept> in <pack> (not in namespace "
          "urn:concord:rules:1)\n");
    CHECK(pack.concepts.size() == 1);
  }
}

TEST_CASE("The shipped packs load without errors") {
  std::vector<std::string> packs = FindPacks(test::SourceDir() + "/rules");
  CHECK(packs.size() >= 5);
  for (const std::string& folder : packs) {
    CAPTURE(folder);
    RulePack pack;
    Diagnostics diagnostics;
    Status status = LoadRulePack(folder, &pack, &diagnostics);
    std::string errors;
    for (const Diagnostic& d : diagnostics) {
      if (d.level == DiagnosticLevel::kError) errors += d.ToString() + "\n";
    }
    CHECK(errors == "");
    CHECK(status.ok());
    CHECK(!pack.id.empty());
  }
}

TEST_CASE("FindPacks lists pack folders, not the folders inside a pack") {
  TempDir dir;
  dir.Write("b/c/pack.xml", "");
  dir.Write("a/pack.xml", "");
  dir.Write("a/sub/pack.xml", "");
  dir.Write("d/readme.txt", "");
  CHECK(FindPacks(dir.path()) == Strings{dir.path() + "/a", dir.path() + "/b/c"});
  CHECK(FindPacks(dir.path() + "/a") == Strings{dir.path() + "/a"});
  CHECK(FindPacks(dir.path() + "/none").empty());
}

TEST_CASE("DefaultRulesDir: CONCORD_RULES, else the source tree's rules") {
  const char* saved = std::getenv("CONCORD_RULES");
  std::string previous = saved ? saved : "";
  setenv("CONCORD_RULES", "/somewhere/rules", 1);
  CHECK(DefaultRulesDir() == "/somewhere/rules");
  unsetenv("CONCORD_RULES");
  // A test binary runs from the build tree, which has no share/concord/rules.
  CHECK(DefaultRulesDir() == test::SourceDir() + "/rules");
  if (saved) setenv("CONCORD_RULES", previous.c_str(), 1);
}

}  // namespace
}  // namespace concord
