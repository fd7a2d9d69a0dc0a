// DiffReports: new, closed and changed findings between two runs, the
// pairing rules, the exit decision, and the three renderings.

#include "concord/diff.h"

#include "eval_fixture.h"

#include <doctest/doctest.h>

namespace concord::test {
namespace {

Norm MakeNorm(const std::string& id, Severity severity = Severity::kError) {
  Norm n;
  n.rule_id = id;
  n.title = id + " title";
  n.instrument = "crc";
  n.article = "1";
  n.article_heading = "Definition of the child";
  n.severity = severity;
  n.recommendation = "Set 18.";
  return n;
}

Evidence At(const std::string& path, uint32_t line, const std::string& provision,
            const std::string& quote = "") {
  Evidence e;
  e.path = path;
  e.frbr_work = "/akn/xx/act/family";
  e.provision_id = provision;
  e.provision_num = "Article " + provision;
  e.line = line;
  e.column = 3;
  e.quote = quote;
  return e;
}

// A report of one norm per finding, in framework mode.
struct Builder {
  Report report;
  Builder() { report.mode = "framework"; }
  Builder& Add(const std::string& rule, FindingStatus status, const std::string& fingerprint,
               std::vector<Evidence> evidence = {}, Severity severity = Severity::kError) {
    report.norms.push_back(MakeNorm(rule, severity));
    Finding f;
    f.norm = static_cast<uint32_t>(report.norms.size() - 1);
    f.rule_id = rule;
    f.status = status;
    f.severity = severity;
    f.message = rule + " is " + FindingStatusName(status);
    f.fingerprint = fingerprint;
    f.evidence = std::move(evidence);
    report.findings.push_back(std::move(f));
    return *this;
  }
  Finding& Last() { return report.findings.back(); }
};

std::string Kinds(const ReportDiff& d) {
  std::string out;
  for (const DiffEntry& e : d.entries) {
    out += std::string(out.empty() ? "" : " ") + DiffKindName(e.kind) + ":" + e.primary().rule_id +
           (e.kind == DiffKind::kChanged && e.worse ? "(worse)" : "");
  }
  return out;
}

TEST_CASE("new, closed, changed and unchanged by fingerprint") {
  Builder base;
  base.Add("A", FindingStatus::kConflict, "fa", {At("statutes/family.xml", 40, "art_13")})
      .Add("B", FindingStatus::kGap, "fb")
      .Add("C", FindingStatus::kPartial, "fc")
      .Add("D", FindingStatus::kMet, "fd")
      .Add("E", FindingStatus::kGap, "fe");
  base.report.findings[2].missing = {{"severe", "severe pain"}};
  Builder head;
  head.Add("A", FindingStatus::kMet, "fa", {At("drafts/family.xml", 41, "art_13")})
      .Add("B", FindingStatus::kGap, "fb")
      .Add("C", FindingStatus::kPartial, "fc")
      .Add("D", FindingStatus::kConflict, "fd", {At("drafts/family.xml", 60, "art_20")})
      .Add("E", FindingStatus::kGap, "fe", {}, Severity::kWarning);
  head.report.findings[2].missing = {{"severe", "severe pain"}, {"official", "by an official"}};
  head.report.findings[4].suppression = "accepted until 2027";

  ReportDiff d;
  REQUIRE(DiffReports(base.report, head.report, &d).ok());
  CHECK(Kinds(d) == "new:D changed:C(worse) closed:A closed:E");
  CHECK(d.Unchanged() == 1);  // B
  CHECK(d.base_failing == 4);
  CHECK(d.head_failing == 3);
  const DiffEntry& closed = d.entries[2];
  CHECK(closed.has_head);
  CHECK(closed.head.status == FindingStatus::kMet);
  CHECK(closed.primary().evidence.at(0).path == "statutes/family.xml");
  CHECK(d.entries[0].has_base);  // D was met
  CHECK(d.Fails(Severity::kError));
}

TEST_CASE("a changed status pairs findings whose fingerprints differ") {
  Builder base;
  base.Add("EL", FindingStatus::kPartial, "anchored-at-art-5", {At("cc.xml", 10, "art_5")})
      .Add("PRO", FindingStatus::kConflict, "at-art-13", {At("fc.xml", 40, "art_13")});
  Builder head;
  head.Add("EL", FindingStatus::kGap, "no-provision")
      .Add("PRO", FindingStatus::kConflict, "at-art-20", {At("fc.xml", 70, "art_20")});
  ReportDiff d;
  REQUIRE(DiffReports(base.report, head.report, &d).ok());
  // The partial lost its anchor: one changed entry. The conflict moved to
  // another provision with the same status: closed there, new here.
  CHECK(Kinds(d) == "new:PRO changed:EL(worse) closed:PRO");
  CHECK(d.entries[1].base.fingerprint == "anchored-at-art-5");
  CHECK(d.entries[1].head.fingerprint == "no-provision");
}

TEST_CASE("better changes and closings do not fail; new ones fail at their severity") {
  Builder base;
  base.Add("G", FindingStatus::kConflict, "g").Add("H", FindingStatus::kPartial, "h");
  base.report.findings[1].missing = {{"a", "a"}, {"b", "b"}};
  Builder head;
  head.Add("G", FindingStatus::kGap, "g").Add("H", FindingStatus::kPartial, "h");
  head.report.findings[1].missing = {{"a", "a"}};
  ReportDiff d;
  REQUIRE(DiffReports(base.report, head.report, &d).ok());
  CHECK(Kinds(d) == "changed:G changed:H");
  CHECK_FALSE(d.Fails(Severity::kInfo));

  Builder warn;
  warn.Add("W", FindingStatus::kGap, "w", {}, Severity::kWarning);
  Builder none;
  none.report.norms.push_back(MakeNorm("W", Severity::kWarning));
  REQUIRE(DiffReports(none.report, warn.report, &d).ok());
  CHECK(Kinds(d) == "new:W");
  CHECK_FALSE(d.entries[0].has_base);
  CHECK_FALSE(d.Fails(Severity::kError));
  CHECK(d.Fails(Severity::kWarning));
}

TEST_CASE("values: a new violating value is worse") {
  Builder base;
  base.Add("T", FindingStatus::kConflict, "t");
  base.Last().values.push_back(Value{"age", 16, "year", "at-least", "16", true, true, -1});
  Builder head;
  head.Add("T", FindingStatus::kConflict, "t");
  head.Last().values.push_back(Value{"age", 14, "year", "at-least", "14", true, true, -1});
  ReportDiff d;
  REQUIRE(DiffReports(base.report, head.report, &d).ok());
  CHECK(Kinds(d) == "changed:T(worse)");
  head.Last().values[0] = base.report.findings[0].values[0];
  REQUIRE(DiffReports(base.report, head.report, &d).ok());
  CHECK(d.entries.empty());
  CHECK(d.Unchanged() == 1);
}

TEST_CASE("a rule HEAD did not evaluate closes nothing; modes must match") {
  Builder base;
  base.Add("OLD", FindingStatus::kGap, "old");
  Builder head;
  ReportDiff d;
  REQUIRE(DiffReports(base.report, head.report, &d).ok());
  CHECK(d.entries.empty());
  head.report.norms.push_back(MakeNorm("OLD"));
  REQUIRE(DiffReports(base.report, head.report, &d).ok());
  CHECK(Kinds(d) == "closed:OLD");
  CHECK_FALSE(d.entries[0].has_head);

  head.report.mode = "per-document";
  Status status = DiffReports(base.report, head.report, &d);
  CHECK(status.ToString() ==
        "error: BASE is a framework report and HEAD a per-document one: compare two runs made "
        "the same way (--framework or --per-document on both sides)");
}

TEST_CASE("per-document: the same statute under another path is the same document") {
  Fixture f(R"(<concept id="torture"><term>tortur*</term></concept>
               <concept id="amnesty"><term>amnesty</term></concept>)" +
            Rule("PRO", R"(<prohibit scope="sentence"><concept ref="torture"/>
                            <concept ref="amnesty"/></prohibit>)") +
            Rule("REQ", R"(<require><concept ref="torture"/></require>)"));
  CheckOptions options;
  options.per_document = true;
  Document old_text = Article("statutes/cc.xml", "Torture is punished. No amnesty for torture.");
  Document draft = Article("drafts/cc.xml", "Torture is punished. An amnesty may cover torture.");
  draft.frbr_work = old_text.frbr_work;
  Report base = f.Check({old_text}, options);
  Report head = f.Check({draft}, options);
  ReportDiff d;
  REQUIRE(DiffReports(base, head, &d).ok());
  // "No amnesty for torture" already reads as a conflict (the prohibit check
  // does not see the negation); the draft's wording is a conflict too: the
  // same fingerprint, the same status, unchanged.
  CHECK(d.Unchanged() + d.entries.size() >= 1);
  Document fixed = Article("drafts/cc.xml", "Torture is punished.");
  fixed.frbr_work = old_text.frbr_work;
  REQUIRE(DiffReports(head, f.Check({fixed}, options), &d).ok());
  CHECK(Kinds(d) == "closed:PRO");
  CHECK(d.entries[0].head.status == FindingStatus::kMet);
}

TEST_CASE("text, markdown and json renderings") {
  Builder base;
  base.Add("A-AGE", FindingStatus::kConflict, "fa",
           {At("statutes/family.xml", 40, "13", "Marriage from 16 years.")});
  base.Last().evidence[0].marks = {{14, 16}};
  Builder head;
  head.Add("A-AGE", FindingStatus::kMet, "fa", {At("drafts/family.xml", 41, "13")})
      .Add("B-ABUSE", FindingStatus::kGap, "fb");
  ReportDiff d;
  REQUIRE(DiffReports(base.report, head.report, &d).ok());
  d.base_label = "statutes/family.xml";
  d.head_label = "drafts/family.xml";
  CHECK(RenderDiff(d, DiffFormat::kText, {}) ==
        "concord: error B-ABUSE new gap: B-ABUSE is gap\n"
        "   = norm: CRC art. 1, Definition of the child\n"
        "   = recommendation: Set 18.\n"
        "statutes/family.xml:40:3: error A-AGE closed conflict -> met: A-AGE is conflict\n"
        "   | Article 13: Marriage from \xC2\xBB"
        "16\xC2\xAB years.\n"
        "   = norm: CRC art. 1, Definition of the child\n"
        "   = now: drafts/family.xml:41:3: A-AGE is met\n"
        "\n"
        "diff: 1 new, 0 changed, 1 closed, 0 unchanged (framework; base statutes/family.xml: 1 "
        "failing, head drafts/family.xml: 1 failing)\n");
  CHECK(RenderDiff(d, DiffFormat::kText, {.min_severity = Severity::kInfo, .verbosity = 0}) ==
        "concord: error B-ABUSE new gap: B-ABUSE is gap\n"
        "statutes/family.xml:40:3: error A-AGE closed conflict -> met: A-AGE is conflict\n"
        "\n"
        "diff: 1 new, 0 changed, 1 closed, 0 unchanged (framework; base statutes/family.xml: 1 "
        "failing, head drafts/family.xml: 1 failing)\n");
  CHECK(RenderDiff(d, DiffFormat::kMarkdown, {}) ==
        "### Concord: 1 new, 0 changed, 1 closed, 0 unchanged\n"
        "\n"
        "Base `statutes/family.xml` (1 failing), head `drafts/family.xml` (1 failing), "
        "framework mode.\n"
        "\n"
        "|  | severity | rule | norm | status | where | message |\n"
        "|---|---|---|---|---|---|---|\n"
        "| **new** | error | `B-ABUSE` | CRC art. 1, Definition of the child | gap | framework | "
        "B-ABUSE is gap |\n"
        "| closed | error | `A-AGE` | CRC art. 1, Definition of the child | conflict \xE2\x86\x92 "
        "met | `statutes/family.xml:40:3` | A-AGE is conflict |\n"
        "\n"
        "<details><summary>New and worse findings</summary>\n"
        "\n"
        "- `B-ABUSE` gap: B-ABUSE is gap\n"
        "\n"
        "  Recommendation: Set 18.\n"
        "\n"
        "</details>\n");
  const std::string json = RenderDiff(d, DiffFormat::kJson, {.min_severity = Severity::kError});
  CHECK(json.find("\"schema\": \"https://concord.dev/diff/1\"") != std::string::npos);
  CHECK(json.find("\"new\": 1,\n    \"changed\": 0,\n    \"worse\": 0,\n    \"closed\": 1,\n"
                  "    \"unchanged\": 0") != std::string::npos);
  CHECK(json.find("\"kind\": \"closed\"") != std::string::npos);
  CHECK(json.find("\"quote\": \"Marriage from 16 years.\"") != std::string::npos);
}

}  // namespace
}  // namespace concord::test
