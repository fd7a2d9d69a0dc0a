// SARIF 2.1.0 for code scanning (GitHub and other SARIF viewers).
//
// One run; tool.driver.rules holds every norm of the report (ruleIndex is
// the norm's index); results are the failures (partial, gap, conflict).
// Choices and their reasons are in docs/reports.md ("sarif").

#include "artifact_path.h"
#include "finding_order.h"
#include "norm_text.h"
#include "quote.h"
#include "renderers.h"
#include "sarif_rules.h"

#include <nlohmann/json.hpp>

namespace concord::detail {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kSarifSchema = "https://json.schemastore.org/sarif-2.1.0.json";
constexpr const char* kSrcRoot = "%SRCROOT%";

const char* SarifLevel(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "note";
  }
  return "warning";
}

const char* SarifLevel(DiagnosticLevel level) {
  switch (level) {
    case DiagnosticLevel::kError:
      return "error";
    case DiagnosticLevel::kWarning:
      return "warning";
    case DiagnosticLevel::kNote:
      return "note";
  }
  return "error";
}

Json Text(const std::string& text) { return {{"text", text}}; }

class SarifRenderer {
 public:
  SarifRenderer(const Report& report, const RenderOptions& options)
      : report_(report), options_(options) {}

  Json Render() {
    const std::vector<const Finding*> findings = SelectFindings(report_, options_);
    bool baseline = !report_.baseline.empty();
    for (const Finding* f : findings) baseline = baseline || f->baselined;
    Json results = Json::array();
    for (const Finding* f : findings) {
      if (IsFailure(f->status)) results.push_back(Result(*f, baseline));
    }
    Json rules = Json::array();
    for (const Norm& norm : report_.norms) rules.push_back(SarifRule(norm));
    Json driver = {{"name", kToolName},
                   {"version", report_.tool_version},
                   {"informationUri", kToolUri},
                   {"rules", std::move(rules)}};
    if (report_.tool_version.empty()) driver.erase("version");
    Json run = {{"tool", {{"driver", std::move(driver)}}},
                {"invocations", Json::array({Invocation()})},
                {"columnKind", "unicodeCodePoints"},
                {"results", std::move(results)},
                {"properties", RunProperties()}};
    return {{"$schema", kSarifSchema}, {"version", "2.1.0"}, {"runs", Json::array({run})}};
  }

 private:
  Json Result(const Finding& f, bool baseline) {
    Json result = {{"ruleId", f.rule_id}};
    if (f.norm < report_.norms.size()) result["ruleIndex"] = f.norm;
    result["level"] = SarifLevel(f.severity);
    result["message"] = Text(ResultMessage(f));
    Json locations = Json::array();
    if (!f.evidence.empty()) {
      locations.push_back(EvidenceLocation(f.evidence.front()));
    } else if (const std::string path = FallbackPath(f); !path.empty()) {
      locations.push_back(FileLocation(path, f.document.empty()
                                                 ? "nowhere in the legal framework (reported "
                                                   "on the first document read)"
                                                 : "nowhere in this document"));
    }
    result["locations"] = std::move(locations);
    if (f.evidence.size() > 1) {
      Json related = Json::array();
      for (size_t i = 1; i < f.evidence.size(); ++i) {
        Json location = EvidenceLocation(f.evidence[i]);
        location["id"] = i;
        related.push_back(std::move(location));
      }
      result["relatedLocations"] = std::move(related);
    }
    if (!f.fingerprint.empty()) result["partialFingerprints"] = {{"concord/v1", f.fingerprint}};
    if (baseline) result["baselineState"] = f.baselined ? "unchanged" : "new";
    if (!f.suppression.empty()) {
      result["suppressions"] =
          Json::array({{{"kind", "inSource"}, {"justification", f.suppression}}});
    }
    result["properties"] = ResultProperties(f);
    return result;
  }

  static std::string ResultMessage(const Finding& f) {
    std::string text = std::string(FindingStatusName(f.status)) + ": " + f.message;
    if (const std::string missing = JoinMissing(f); !missing.empty()) {
      text += "\nMissing: " + missing;
    }
    if (const std::string values = JoinValues(f); !values.empty()) text += "\nValues: " + values;
    return text;
  }

  // Where a finding without evidence goes: its document (per-document mode),
  // else the first national document of the run that was read.
  std::string FallbackPath(const Finding& f) const {
    if (!f.document.empty()) return f.document;
    for (const DocumentSummary& d : report_.documents) {
      if (d.loaded && d.doc_type != "treaty") return d.path;
    }
    return {};
  }

  Json ArtifactLocation(const std::string& path) const {
    const ArtifactPath artifact = ResolveArtifact(path, options_.root);
    Json location = {{"uri", artifact.uri}};
    if (artifact.relative) location["uriBaseId"] = kSrcRoot;
    return location;
  }

  Json FileLocation(const std::string& path, const std::string& message) const {
    return {{"physicalLocation",
             {{"artifactLocation", ArtifactLocation(path)}, {"region", {{"startLine", 1}}}}},
            {"message", Text(message)}};
  }

  Json EvidenceLocation(const Evidence& e) const {
    Json physical = {{"artifactLocation", ArtifactLocation(e.path)}};
    if (e.line > 0) {
      Json region = {{"startLine", e.line}};
      if (e.column > 0) region["startColumn"] = e.column;
      physical["region"] = std::move(region);
    }
    Json location = {{"physicalLocation", std::move(physical)}};
    if (!e.provision_id.empty()) {
      const std::string qualified =
          e.frbr_work.empty() ? e.provision_id : e.frbr_work + "#" + e.provision_id;
      location["logicalLocations"] = Json::array(
          {{{"name", ProvisionLabel(e)}, {"fullyQualifiedName", qualified}, {"kind", "element"}}});
    }
    const std::string label = ProvisionLabel(e);
    const std::string quote = RenderQuote(e.quote, e.marks, QuoteStyle{nullptr, "»", "«"});
    location["message"] = Text(label.empty() ? quote : label + ": " + quote);
    return location;
  }

  Json ResultProperties(const Finding& f) const {
    const Norm& norm = NormOf(report_, f);
    Json missing = Json::array();
    for (const MissingElement& m : f.missing) missing.push_back(m.name.empty() ? m.id : m.name);
    Json values = Json::array();
    for (const Value& v : f.values) values.push_back(FormatValue(v));
    const Evidence* first = f.evidence.empty() ? nullptr : &f.evidence.front();
    Json properties = {{"status", FindingStatusName(f.status)},
                       {"level", LevelName(norm.level)},
                       {"instrument", norm.instrument},
                       {"article", norm.article},
                       {"provisionId", first ? first->provision_id : ""},
                       {"frbrWork", first ? first->frbr_work : ""},
                       {"missing", std::move(missing)},
                       {"values", std::move(values)}};
    if (!f.document.empty()) properties["document"] = f.document;
    if (f.baselined) properties["baselined"] = true;
    return properties;
  }

  Json Invocation() const {
    Json notifications = Json::array();
    bool errors = false;
    for (const Diagnostic& d : report_.diagnostics) {
      errors = errors || d.level == DiagnosticLevel::kError;
      Json notification = {{"level", SarifLevel(d.level)}, {"message", Text(d.message)}};
      if (!d.location.path.empty()) {
        Json physical = {{"artifactLocation", ArtifactLocation(d.location.path)}};
        if (d.location.line > 0) {
          physical["region"] = {{"startLine", d.location.line}};
          if (d.location.column > 0) physical["region"]["startColumn"] = d.location.column;
        }
        notification["locations"] = Json::array({{{"physicalLocation", std::move(physical)}}});
      }
      notifications.push_back(std::move(notification));
    }
    return {{"executionSuccessful", !errors}, {"toolExecutionNotifications", notifications}};
  }

  Json RunProperties() const {
    Json packs = Json::array();
    for (const PackSummary& p : report_.packs) packs.push_back(p.id + "@" + p.version);
    Json properties = {{"mode", report_.mode}, {"packs", std::move(packs)}};
    if (!report_.profile.empty()) properties["profile"] = report_.profile;
    if (!report_.state.empty()) properties["state"] = report_.state;
    return properties;
  }

  const Report& report_;
  const RenderOptions& options_;
};

}  // namespace

void RenderSarif(const Report& report, const RenderOptions& options, std::string* out) {
  *out =
      SarifRenderer(report, options).Render().dump(2, ' ', false, Json::error_handler_t::replace);
  out->push_back('\n');
}

}  // namespace concord::detail
