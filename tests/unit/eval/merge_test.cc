// Sharded runs: ShardSpec parsing, positions, the shard file round trip, and
// merges of 1, 2, 3 and 5 shards against a single run over the same files.

#include "concord/merge.h"

#include "eval_fixture.h"

#include <cmath>

#include <doctest/doctest.h>

namespace concord::test {
namespace {

const char* kPack = R"(
  <subject id="criminal"><term>criminal code</term></subject>
  <concept id="torture"><term>tortur*</term></concept>
  <concept id="amnesty"><term>amnesty</term></concept>
  <concept id="child"><term>child</term></concept>
  <concept id="severe"><term>severe</term></concept>
  <concept id="official"><term>official</term></concept>
)";

std::string Rules() {
  return std::string(kPack) +
         Rule("CAT-REQ", R"(<require scope="article"><concept ref="torture"/></require>)") +
         Rule(
             "CAT-PRO",
             R"(<prohibit scope="sentence"><concept ref="torture"/><concept ref="amnesty"/></prohibit>)",
             "", "T", "warning") +
         Rule("CAT-EL",
              R"(<elements scope="article"><anchor><concept ref="torture"/></anchor>
                 <element id="severe" name="severe pain"><concept ref="severe"/></element>
                 <element id="official" name="by an official"><concept ref="official"/></element>
                 </elements>)") +
         Rule(
             "CRC-AGE",
             R"(<threshold scope="article" quantity="age" unit="year" op="&gt;=" value="18" select="min">
                 <anchor><concept ref="child"/></anchor></threshold>)",
             "", "T", "error", "crc") +
         Rule("CAT-CRIM",
              R"(<applies subject="criminal"/><require><concept ref="amnesty"/></require>)");
}

// A one-article AKN 3.0 act.
std::string Act(const std::string& work, const std::string& title, const std::string& text) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">\n"
         "<act><meta><identification source=\"#t\"><FRBRWork><FRBRthis value=\"" +
         work + "/!main\"/><FRBRuri value=\"" + work +
         "\"/></FRBRWork></identification></meta>\n<preface><p><docTitle>" + title +
         "</docTitle></p></preface>\n<body><article eId=\"art_1\"><num>Article 1</num>"
         "<content><p>" +
         text + "</p></content></article></body></act></akomaNtoso>\n";
}

// Seven statutes in a temporary folder, one unreadable.
class Corpus {
 public:
  Corpus() {
    dir_ = std::filesystem::temp_directory_path() /
           ("concord-merge-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++));
    std::filesystem::create_directories(dir_);
    Write("a.xml", Act("/akn/xx/act/1/a", "Criminal Code", "Theft is punished."));
    Write("b.xml", Act("/akn/xx/act/1/b", "Police Act",
                       "Torture is severe pain. An amnesty never covers torture."));
    Write("c.xml", Act("/akn/xx/act/1/c", "Children Act", "A child is a person under 16 years."));
    Write("d.xml", "<akomaNtoso><act><body>");  // malformed
    Write("e.xml", Act("/akn/xx/act/1/e", "Criminal Code",
                       "Torture by an official is punished. An amnesty covers torture."));
    Write("f.xml", Act("/akn/xx/act/1/f", "Children Act", "A child is a person under 18 years."));
    Write("g.xml", Act("/akn/xx/act/1/g", "Amnesty Act", "Amnesty is granted for theft."));
  }
  ~Corpus() {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  std::vector<std::string> Files() const {
    std::vector<std::string> files;
    for (const char* name : {"a.xml", "b.xml", "c.xml", "d.xml", "e.xml", "f.xml", "g.xml"}) {
      files.push_back((dir_ / name).string());
    }
    return files;
  }

 private:
  void Write(const char* name, const std::string& text) { std::ofstream(dir_ / name) << text; }
  static inline int counter_ = 0;
  std::filesystem::path dir_;
};

void CheckSameEvidence(const Evidence& a, const Evidence& b) {
  CHECK(a.path == b.path);
  CHECK(a.frbr_work == b.frbr_work);
  CHECK(a.provision_id == b.provision_id);
  CHECK(a.provision_num == b.provision_num);
  CHECK(a.line == b.line);
  CHECK(a.column == b.column);
  CHECK(a.quote == b.quote);
  CHECK(a.role == b.role);
  REQUIRE(a.marks.size() == b.marks.size());
  for (size_t i = 0; i < a.marks.size(); ++i) {
    CHECK(a.marks[i].begin == b.marks[i].begin);
    CHECK(a.marks[i].end == b.marks[i].end);
  }
}

void CheckSameReport(const Report& a, const Report& b) {
  CHECK(a.mode == b.mode);
  CHECK(a.norms.size() == b.norms.size());
  REQUIRE(a.documents.size() == b.documents.size());
  for (size_t i = 0; i < a.documents.size(); ++i) {
    CHECK(a.documents[i].path == b.documents[i].path);
    CHECK(a.documents[i].loaded == b.documents[i].loaded);
    CHECK(a.documents[i].bytes == b.documents[i].bytes);
    CHECK(a.documents[i].title == b.documents[i].title);
  }
  REQUIRE(a.diagnostics.size() == b.diagnostics.size());
  for (size_t i = 0; i < a.diagnostics.size(); ++i) {
    CHECK(a.diagnostics[i].ToString() == b.diagnostics[i].ToString());
  }
  REQUIRE(a.findings.size() == b.findings.size());
  for (size_t i = 0; i < a.findings.size(); ++i) {
    const Finding& x = a.findings[i];
    const Finding& y = b.findings[i];
    CAPTURE(x.rule_id);
    CAPTURE(x.document);
    CHECK(x.rule_id == y.rule_id);
    CHECK(x.status == y.status);
    CHECK(x.message == y.message);
    CHECK(x.document == y.document);
    CHECK(x.fingerprint == y.fingerprint);
    CHECK(x.suppression == y.suppression);
    REQUIRE(x.missing.size() == y.missing.size());
    for (size_t k = 0; k < x.missing.size(); ++k) CHECK(x.missing[k].id == y.missing[k].id);
    REQUIRE(x.values.size() == y.values.size());
    for (size_t k = 0; k < x.values.size(); ++k) {
      CHECK(x.values[k].value == y.values[k].value);
      CHECK(x.values[k].text == y.values[k].text);
      CHECK(x.values[k].violates == y.values[k].violates);
      CHECK(x.values[k].evidence == y.values[k].evidence);
    }
    REQUIRE(x.evidence.size() == y.evidence.size());
    for (size_t k = 0; k < x.evidence.size(); ++k) CheckSameEvidence(x.evidence[k], y.evidence[k]);
  }
}

// Checks `files` in `count` shards, through the file format, and merges them.
Report Sharded(const Engine& engine, const std::vector<std::string>& files, uint32_t count,
               const CheckOptions& options) {
  std::vector<Shard> shards;
  for (uint32_t k = count; k >= 1; --k) {  // any order
    Shard shard;
    engine.CheckShard(files, ShardSpec{k, count}, options, &shard);
    shard.tool_version = "test";
    Shard read;
    Status status = ParseShard(SerializeShard(shard), "shard-" + std::to_string(k), &read);
    REQUIRE_MESSAGE(status.ok(), status.ToString());
    shards.push_back(std::move(read));
  }
  Report report;
  Status status = engine.MergeShards(shards, options, &report);
  REQUIRE_MESSAGE(status.ok(), status.ToString());
  return report;
}

TEST_CASE("ParseShardSpec takes K/N with 1 <= K <= N") {
  ShardSpec spec;
  std::string error;
  CHECK(ParseShardSpec("2/8", &spec, &error));
  CHECK(spec.index == 2);
  CHECK(spec.count == 8);
  CHECK(ParseShardSpec("1/1", &spec, &error));
  for (const char* bad : {"0/3", "4/3", "3", "/3", "1/", "a/b", "1/3x", "-1/3", "1//3", ""}) {
    CAPTURE(bad);
    CHECK_FALSE(ParseShardSpec(bad, &spec, &error));
    CHECK(error == "--shard takes K/N with 1 <= K <= N, e.g. 2/8, not '" + std::string(bad) + "'");
  }
}

TEST_CASE("ShardPositions deals inputs round robin") {
  CHECK(ShardPositions(7, {1, 3}) == std::vector<size_t>{0, 3, 6});
  CHECK(ShardPositions(7, {2, 3}) == std::vector<size_t>{1, 4});
  CHECK(ShardPositions(7, {3, 3}) == std::vector<size_t>{2, 5});
  CHECK(ShardPositions(2, {3, 3}).empty());
  CHECK(ShardPositions(3, {1, 1}) == std::vector<size_t>{0, 1, 2});
}

TEST_CASE("merged shards give the single run's report, framework and per-document") {
  Fixture f(Rules());
  Corpus corpus;
  const std::vector<std::string> files = corpus.Files();
  for (bool per_document : {false, true}) {
    CheckOptions options;
    options.per_document = per_document;
    options.jobs = 2;
    Report single;
    f.engine().CheckFiles(files, options, &single);
    REQUIRE(single.findings.size() >= 5);
    for (uint32_t count : {1u, 2u, 3u, 5u, 9u}) {
      CAPTURE(per_document);
      CAPTURE(count);
      CheckSameReport(Sharded(f.engine(), files, count, options), single);
    }
  }
}

TEST_CASE("the shard file keeps outcomes exactly") {
  Shard shard;
  shard.tool_version = "0.1";
  shard.spec = {2, 3};
  shard.inputs = 5;
  shard.mode = "framework";
  shard.profile = "p.xml";
  shard.packs.push_back(PackSummary{"un", "2026.1", "UN", "rules/un", 3});
  shard.norms = {"A", "B"};
  shard.input_errors.push_back(Diagnostic{DiagnosticLevel::kError, Location{"x/"}, "no XML"});
  ShardDocument d;
  d.position = 4;
  d.summary = DocumentSummary{"b.xml", "akn3", "act", "/akn/b", "B Act", "eng", 3, 99, true};
  d.diagnostics.push_back(Diagnostic{DiagnosticLevel::kWarning, Location{"b.xml", 3, 4}, "w"});
  d.identity = "/akn/b";
  d.evaluated = true;
  d.subject_known = true;
  ShardOutcome o;
  o.norm = 1;
  o.status = FindingStatus::kConflict;
  o.anchored = true;
  o.score = 2;
  o.message = "age 16 \"below\" 18";
  o.missing.push_back(MissingElement{"m", "the m"});
  o.values.push_back(Value{"age", 16.5, "year", "at-least", "16", true, true, 0});
  o.values.push_back(Value{"age", std::nan(""), "", "", "", false, false, -1});
  o.evidence.push_back(
      Evidence{"b.xml", "/akn/b", "art_1", "Article 1", "1", 7, 9, "Age 16.", {{4, 6}}, "value"});
  o.suppression = "why";
  d.outcomes.push_back(o);
  d.outcomes.push_back(ShardOutcome{});  // all defaults
  shard.documents.push_back(d);

  Shard read;
  REQUIRE(ParseShard(SerializeShard(shard), "s.json", &read).ok());
  CHECK(read.path == "s.json");
  CHECK(read.tool_version == "0.1");
  CHECK(read.spec.index == 2);
  CHECK(read.spec.count == 3);
  CHECK(read.inputs == 5);
  CHECK(read.profile == "p.xml");
  CHECK(read.packs.at(0).version == "2026.1");
  CHECK(read.norms == std::vector<std::string>{"A", "B"});
  CHECK(read.input_errors.at(0).ToString() == "x/: error: no XML");
  const ShardDocument& rd = read.documents.at(0);
  CHECK(rd.position == 4);
  CHECK(rd.summary.title == "B Act");
  CHECK(rd.summary.bytes == 99);
  CHECK(rd.diagnostics.at(0).ToString() == "b.xml:3:4: warning: w");
  CHECK(rd.identity == "/akn/b");
  CHECK(rd.subject_known);
  const ShardOutcome& ro = rd.outcomes.at(0);
  CHECK(ro.norm == 1);
  CHECK(ro.status == FindingStatus::kConflict);
  CHECK(ro.anchored);
  CHECK(ro.score == 2);
  CHECK(ro.message == o.message);
  CHECK(ro.missing.at(0).name == "the m");
  CHECK(ro.values.at(0).value == 16.5);
  CHECK(ro.values.at(0).from_exception);
  CHECK(ro.values.at(0).evidence == 0);
  CHECK(std::isnan(ro.values.at(1).value));
  CHECK(ro.values.at(1).evidence == -1);
  CHECK(ro.evidence.at(0).marks.at(0).end == 6);
  CHECK(ro.evidence.at(0).column == 9);
  CHECK(ro.suppression == "why");
  const ShardOutcome& blank = rd.outcomes.at(1);
  CHECK(blank.status == FindingStatus::kGap);
  CHECK(blank.message.empty());
  CHECK(blank.evidence.empty());
}

TEST_CASE("ParseShard errors") {
  Shard s;
  Status status = ParseShard("{\n  \"schema\": ,\n}", "s.json", &s);
  CHECK(status.ToString() == "s.json:2:13: error: not a shard file: malformed JSON");
  status = ParseShard("{\"schema\": \"https://concord.dev/report/1\"}", "r.json", &s);
  CHECK(status.ToString() ==
        "r.json: error: not a shard file (written by concord check --shard; expected \"schema\": "
        "\"https://concord.dev/shard/1\")");
  status =
      ParseShard("{\"schema\": \"https://concord.dev/shard/1\", \"version\": 2}", "v.json", &s);
  CHECK(status.ToString() == "v.json: error: shard file version 2 (this Concord reads version 1)");
  status = ParseShard(
      "{\"schema\": \"https://concord.dev/shard/1\", \"version\": 1, \"shard\": {\"index\": 4, "
      "\"count\": 3}}",
      "i.json", &s);
  CHECK(status.ToString() == "i.json: error: invalid shard file: shard index out of range");
}

TEST_CASE("MergeShards refuses incomplete or mixed shards") {
  Fixture f(Rules());
  Corpus corpus;
  const std::vector<std::string> files = corpus.Files();
  CheckOptions options;
  auto shard = [&](uint32_t k, uint32_t n, const std::vector<std::string>& inputs) {
    Shard s;
    f.engine().CheckShard(inputs, ShardSpec{k, n}, options, &s);
    s.path = "s" + std::to_string(k) + "of" + std::to_string(n);
    return s;
  };
  Report report;
  CHECK(f.engine().MergeShards({}, options, &report).ToString() == "error: no shards to merge");
  CHECK(f.engine()
            .MergeShards({shard(1, 3, files), shard(3, 3, files)}, options, &report)
            .ToString() == "error: shard 2/3 is missing: give every shard of the run");
  CHECK(f.engine()
            .MergeShards({shard(1, 2, files), shard(1, 2, files)}, options, &report)
            .ToString() == "s1of2: error: shard 1/2 is also in s1of2");
  CHECK(f.engine()
            .MergeShards({shard(1, 2, files), shard(2, 3, files)}, options, &report)
            .ToString() ==
        "s2of3: error: shard 2/3 of 7 inputs does not belong with s1of2 (shard 1/2 of 7 inputs)");
  std::vector<std::string> fewer(files.begin(), files.end() - 1);
  CHECK(f.engine()
            .MergeShards({shard(1, 2, files), shard(2, 2, fewer)}, options, &report)
            .ToString() ==
        "s2of2: error: shard 2/2 of 6 inputs does not belong with s1of2 (shard 1/2 of 7 inputs)");
  CheckOptions only = options;
  only.only = {"CAT-*"};
  CHECK(f.engine().MergeShards({shard(1, 1, files)}, only, &report).ToString() ==
        "s1of1: error: checked 5 rules, this merge selects 4: give merge the same --only, "
        "--skip, --instrument and --tag");
  Shard tampered = shard(1, 1, files);
  tampered.documents.pop_back();
  CHECK(f.engine().MergeShards({tampered}, options, &report).ToString() ==
        "error: input 6 is in no shard (shard 1/1 lists fewer documents than the run "
        "has)");
  CHECK(report.findings.empty());
  CHECK(report.norms.empty());
}

}  // namespace
}  // namespace concord::test
