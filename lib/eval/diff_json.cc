// The JSON diff ("schema": "https://concord.dev/diff/1"), documented in
// docs/ci.md: stable field order, every field always present.

#include "diff_render.h"

#include <cmath>

#include <nlohmann/json.hpp>

namespace concord::diff {
namespace {

using Json = nlohmann::ordered_json;

Json SideJson(const Finding& f) {
  Json missing = Json::array();
  for (const MissingElement& m : f.missing) missing.push_back(m.id);
  Json values = Json::array();
  for (const Value& v : f.values) {
    values.push_back({{"quantity", v.quantity},
                      {"value", std::isfinite(v.value) ? Json(v.value) : Json(nullptr)},
                      {"unit", v.unit},
                      {"bound", v.bound},
                      {"text", v.text},
                      {"violates", v.violates}});
  }
  Json location = nullptr;
  std::string quote;
  if (!f.evidence.empty()) {
    const Evidence& e = f.evidence.front();
    location = {{"path", e.path},
                {"frbr_work", e.frbr_work},
                {"provision_id", e.provision_id},
                {"provision_num", e.provision_num},
                {"line", e.line},
                {"column", e.column}};
    quote = e.quote;
  }
  return {{"status", FindingStatusName(f.status)},
          {"message", f.message},
          {"document", f.document.empty() ? Json(nullptr) : Json(f.document)},
          {"fingerprint", f.fingerprint},
          {"suppression", f.suppression.empty() ? Json(nullptr) : Json(f.suppression)},
          {"missing", std::move(missing)},
          {"values", std::move(values)},
          {"location", std::move(location)},
          {"quote", quote}};
}

Json EntryJson(const DiffEntry& e) {
  const Finding& f = e.primary();
  return {{"kind", DiffKindName(e.kind)},
          {"worse", e.worse},
          {"rule", f.rule_id},
          {"severity", SeverityName(f.severity)},
          {"title", e.norm.title},
          {"instrument", e.norm.instrument},
          {"article", e.norm.article},
          {"norm", NormLabel(e.norm)},
          {"fingerprint", f.fingerprint},
          {"base", e.has_base ? SideJson(e.base) : Json(nullptr)},
          {"head", e.has_head ? SideJson(e.head) : Json(nullptr)},
          {"recommendation", e.norm.recommendation}};
}

}  // namespace

std::string RenderJson(const ReportDiff& diff, const DiffRenderOptions& options) {
  const Severity min = options.min_severity;
  Json entries = Json::array();
  for (const DiffEntry* e : Shown(diff, options)) entries.push_back(EntryJson(*e));
  Json root = {{"schema", "https://concord.dev/diff/1"},
               {"version", 1},
               {"tool", {{"name", "concord"}, {"version", diff.tool_version}}},
               {"mode", diff.mode},
               {"base",
                {{"source", diff.base_label},
                 {"documents", diff.base_documents},
                 {"failing", diff.base_failing}}},
               {"head",
                {{"source", diff.head_label},
                 {"documents", diff.head_documents},
                 {"failing", diff.head_failing}}},
               {"min_severity", SeverityName(min)},
               {"summary",
                {{"new", diff.Count(DiffKind::kNew, min)},
                 {"changed", diff.Count(DiffKind::kChanged, min)},
                 {"worse", diff.Worse(min)},
                 {"closed", diff.Count(DiffKind::kClosed, min)},
                 {"unchanged", diff.Unchanged(min)}}},
               {"entries", std::move(entries)}};
  return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace concord::diff
