// The text diff, for terminals and CI logs: one compiler-style line per
// entry, `path:line:col: severity RULE-ID new conflict: message`, then its
// details, then a summary line.

#include "diff_render.h"

namespace concord::diff {
namespace {

std::string Same(const std::string& text) { return text; }

std::string Header(const DiffEntry& e) {
  const Finding& f = e.primary();
  std::string place = PlaceOf(f);
  std::string kind = DiffKindName(e.kind);
  if (e.kind == DiffKind::kChanged && e.worse) kind += " (worse)";
  return (place.empty() ? "concord" : place) + ": " + SeverityName(f.severity) + " " + f.rule_id +
         " " + kind + " " + Transition(e, "->") + ": " + f.message;
}

void Details(const DiffEntry& e, int verbosity, std::string* out) {
  const Finding& f = e.primary();
  const std::string quote = MarkedQuote(f, "\xC2\xBB", "\xC2\xAB", &Same);  // »…«
  if (!quote.empty()) *out += "   | " + quote + "\n";
  const std::string norm = NormLabel(e.norm);
  if (!norm.empty()) *out += "   = norm: " + norm + "\n";
  if (e.kind == DiffKind::kChanged) {
    if (MissingList(e.base) != MissingList(e.head)) {
      *out += "   = missing: " + MissingList(e.head) + " (was: " + MissingList(e.base) + ")\n";
    }
    if (ValueList(e.base) != ValueList(e.head)) {
      *out += "   = values: " + ValueList(e.head) + " (was: " + ValueList(e.base) + ")\n";
    }
    if (e.base.message != e.head.message) *out += "   = was: " + e.base.message + "\n";
  } else if (!f.missing.empty()) {
    *out += "   = missing: " + MissingList(f) + "\n";
  }
  if (e.kind == DiffKind::kClosed && e.has_head) {
    const std::string where = PlaceOf(e.head);
    *out += "   = now: " + (where.empty() ? "" : where + ": ") + e.head.message + "\n";
  }
  if (e.worse && !e.norm.recommendation.empty()) {
    *out += "   = recommendation: " + e.norm.recommendation + "\n";
  }
  if (verbosity >= 2) *out += "   = fingerprint: " + f.fingerprint + "\n";
}

}  // namespace

std::string RenderText(const ReportDiff& diff, const DiffRenderOptions& options) {
  std::string out;
  for (const DiffEntry* e : Shown(diff, options)) {
    out += Header(*e) + "\n";
    if (options.verbosity >= 1) Details(*e, options.verbosity, &out);
  }
  if (!out.empty()) out += "\n";
  out += "diff: " + Counts(diff, options) + " (" + diff.mode + "; base " + diff.base_label + ": " +
         std::to_string(diff.base_failing) + " failing, head " + diff.head_label + ": " +
         std::to_string(diff.head_failing) + " failing)\n";
  return out;
}

}  // namespace concord::diff
