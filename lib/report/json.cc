// The JSON report: one object that mirrors the Report, in the versioned,
// documented schema docs/report.schema.json, with a stable field order.

#include "counts.h"
#include "finding_order.h"
#include "norm_text.h"
#include "quote.h"
#include "renderers.h"

#include <cmath>

#include <nlohmann/json.hpp>

namespace concord::detail {
namespace {

using Json = nlohmann::ordered_json;

Json NullIfEmpty(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

Json PackJson(const PackSummary& p) {
  return {{"id", p.id},
          {"version", p.version},
          {"title", p.title},
          {"path", p.path},
          {"rules", p.rules}};
}

Json DocumentJson(const DocumentSummary& d) {
  return {{"path", d.path},
          {"format", d.format},
          {"doc_type", d.doc_type},
          {"frbr_work", d.frbr_work},
          {"title", d.title},
          {"language", d.language},
          {"provisions", d.provisions},
          {"bytes", d.bytes},
          {"loaded", d.loaded}};
}

Json NormJson(const Norm& n) {
  return {{"id", n.rule_id},
          {"title", n.title},
          {"pack", n.pack},
          {"pack_version", n.pack_version},
          {"instrument", n.instrument},
          {"instrument_title", n.instrument_title},
          {"instrument_short", InstrumentShort(n)},
          {"article", n.article},
          {"eid", n.eid},
          {"heading", n.article_heading},
          {"summary", n.summary},
          {"official_text", n.official_text},
          {"basis", n.basis},
          {"level", LevelName(n.level)},
          {"level_description", LevelDescription(n.level)},
          {"severity", SeverityName(n.severity)},
          {"check", n.check},
          {"check_summary", n.check_summary},
          {"recommendation", n.recommendation},
          {"tags", n.tags},
          {"help_uri", n.help_uri},
          {"rule_file", n.rule_file},
          {"rule_line", n.rule_line}};
}

Json EvidenceJson(const Evidence& e) {
  Json marks = Json::array();
  for (const Mark& m : NormalizeMarks(e.quote, e.marks)) {
    marks.push_back(
        {{"begin", m.begin}, {"end", m.end}, {"text", e.quote.substr(m.begin, m.end - m.begin)}});
  }
  return {{"path", e.path},
          {"frbr_work", e.frbr_work},
          {"provision_id", e.provision_id},
          {"provision_num", e.provision_num},
          {"article_num", e.article_num},
          {"line", e.line},
          {"column", e.column},
          {"quote", e.quote},
          {"marks", std::move(marks)},
          {"role", e.role}};
}

Json ValueJson(const Value& v) {
  return {{"quantity", v.quantity},
          {"value", std::isfinite(v.value) ? Json(v.value) : Json(nullptr)},
          {"unit", v.unit},
          {"bound", v.bound},
          {"text", v.text},
          {"violates", v.violates},
          {"from_exception", v.from_exception},
          {"evidence", v.evidence >= 0 ? Json(v.evidence) : Json(nullptr)}};
}

Json FindingJson(const Report& report, const Finding& f) {
  Json missing = Json::array();
  for (const MissingElement& m : f.missing) missing.push_back({{"id", m.id}, {"name", m.name}});
  Json values = Json::array();
  for (const Value& v : f.values) values.push_back(ValueJson(v));
  Json evidence = Json::array();
  for (const Evidence& e : f.evidence) evidence.push_back(EvidenceJson(e));
  return {{"rule", f.rule_id},
          {"norm", f.norm < report.norms.size() ? Json(f.norm) : Json(nullptr)},
          {"status", FindingStatusName(f.status)},
          {"severity", SeverityName(f.severity)},
          {"fails", f.fails()},
          {"message", f.message},
          {"document", NullIfEmpty(f.document)},
          {"fingerprint", f.fingerprint},
          {"suppression", NullIfEmpty(f.suppression)},
          {"baselined", f.baselined},
          {"reservation", NullIfEmpty(f.reservation)},
          {"missing", std::move(missing)},
          {"values", std::move(values)},
          {"evidence", std::move(evidence)}};
}

Json SummaryJson(const Report& report, const std::vector<const Finding*>& findings) {
  const StatusCounts counts = CountFindings(findings);
  Json by_status = Json::object();
  for (size_t i = 0; i < counts.all.size(); ++i) {
    by_status[FindingStatusName(static_cast<FindingStatus>(i))] = counts.all[i];
  }
  std::array<uint32_t, 3> severities{};
  for (const Finding* f : findings) severities[static_cast<size_t>(f->severity)] += f->fails();
  std::array<uint32_t, 3> diagnostics{};
  for (const Diagnostic& d : report.diagnostics) ++diagnostics[static_cast<size_t>(d.level)];
  uint32_t loaded = 0;
  for (const DocumentSummary& d : report.documents) loaded += d.loaded;
  return {{"findings", counts.total},
          {"failing", counts.failing},
          {"suppressed", counts.suppressed},
          {"baselined", counts.baselined},
          {"by_status", std::move(by_status)},
          {"failing_by_severity",
           {{"error", severities[2]}, {"warning", severities[1]}, {"info", severities[0]}}},
          {"documents", report.documents.size()},
          {"documents_loaded", loaded},
          {"diagnostics",
           {{"error", diagnostics[2]}, {"warning", diagnostics[1]}, {"note", diagnostics[0]}}}};
}

Json DiagnosticJson(const Diagnostic& d) {
  return {{"level", DiagnosticLevelName(d.level)},
          {"path", d.location.path},
          {"line", d.location.line},
          {"column", d.location.column},
          {"message", d.message}};
}

template <typename Item, typename Convert>
Json ArrayOf(const std::vector<Item>& items, Convert convert) {
  Json array = Json::array();
  for (const Item& item : items) array.push_back(convert(item));
  return array;
}

}  // namespace

void RenderJson(const Report& report, const RenderOptions& options, std::string* out) {
  const std::vector<const Finding*> findings = SelectFindings(report, options);
  Json profile = nullptr;
  if (!report.profile.empty() || !report.state.empty()) {
    profile = {{"path", report.profile}, {"state", report.state}};
  }
  Json findings_json = Json::array();
  for (const Finding* f : findings) findings_json.push_back(FindingJson(report, *f));
  Json root = {
      {"schema", kJsonSchemaId},
      {"version", kJsonVersion},
      {"tool",
       {{"name", "concord"}, {"version", report.tool_version}, {"information_uri", kToolUri}}},
      {"mode", report.mode},
      {"profile", std::move(profile)},
      {"baseline", NullIfEmpty(report.baseline)},
      {"min_severity", SeverityName(options.min_severity)},
      {"packs", ArrayOf(report.packs, PackJson)},
      {"documents", ArrayOf(report.documents, DocumentJson)},
      {"norms", ArrayOf(report.norms, NormJson)},
      {"findings", std::move(findings_json)},
      {"summary", SummaryJson(report, findings)},
      {"diagnostics", ArrayOf(report.diagnostics, DiagnosticJson)}};
  *out = root.dump(2, ' ', false, Json::error_handler_t::replace);
  out->push_back('\n');
}

}  // namespace concord::detail
