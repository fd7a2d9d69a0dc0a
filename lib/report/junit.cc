// JUnit XML for CI dashboards: one <testsuite> per instrument, one
// <testcase> per finding (per rule in framework mode; per rule and document
// in per-document mode), a <failure> per partial, gap or conflict.
//
// Suppressed and baselined failures, not-applicable and reserved findings are
// <skipped> with the reason, so they neither fail the build nor vanish.

#include "escape.h"
#include "finding_order.h"
#include "norm_text.h"
#include "quote.h"
#include "renderers.h"

#include <fmt/format.h>

namespace concord::detail {
namespace {

std::string Attr(std::string_view text) { return XmlEscape(text, /*attribute=*/true); }

std::string PlaceOf(const Evidence& e) {
  std::string place = e.path;
  if (e.line > 0) place += fmt::format(":{}", e.line);
  if (e.line > 0 && e.column > 0) place += fmt::format(":{}", e.column);
  return place;
}

// The failure's body: where, what, the norm and what to do.
std::string FailureBody(const Norm& norm, const Finding& f) {
  std::string body;
  for (const Evidence& e : f.evidence) {
    std::string label = ProvisionLabel(e);
    body += PlaceOf(e) + (label.empty() ? "" : " " + label) + ": ";
    body += RenderQuote(e.quote, e.marks, QuoteStyle{nullptr, "»", "«"}) + "\n";
  }
  if (!f.document.empty() && f.evidence.empty()) body += "document: " + f.document + "\n";
  body += "norm: " + NormCitation(norm) + " (" + LevelDescription(norm.level) + ")\n";
  if (const std::string missing = JoinMissing(f); !missing.empty()) {
    body += "missing: " + missing + "\n";
  }
  if (const std::string values = JoinValues(f); !values.empty()) body += "values: " + values + "\n";
  if (!norm.recommendation.empty()) body += "recommendation: " + norm.recommendation + "\n";
  return body;
}

// Why a finding is skipped, or "" if it is not.
std::string SkipReason(const Finding& f) {
  if (!f.suppression.empty()) return "suppressed: " + f.suppression;
  if (f.baselined) return "baselined: " + f.message;
  if (f.status == FindingStatus::kNotApplicable) return "not-applicable: " + f.message;
  if (f.status == FindingStatus::kReserved) {
    return "reserved: " + (f.reservation.empty() ? f.message : f.reservation);
  }
  return {};
}

struct SuiteCounts {
  size_t tests = 0;
  size_t failures = 0;
  size_t skipped = 0;
};

SuiteCounts CountSuite(const std::vector<const Finding*>& findings) {
  SuiteCounts counts;
  for (const Finding* f : findings) {
    ++counts.tests;
    if (!SkipReason(*f).empty()) {
      ++counts.skipped;
    } else if (IsFailure(f->status)) {
      ++counts.failures;
    }
  }
  return counts;
}

void RenderTestcase(const Report& report, const Finding& f, std::string* out) {
  const Norm& norm = NormOf(report, f);
  std::string name = f.rule_id;
  if (!norm.title.empty()) name += ": " + norm.title;
  if (!f.document.empty()) name += " [" + f.document + "]";
  *out += fmt::format("    <testcase classname=\"{}\" name=\"{}\" time=\"0\"",
                      Attr(norm.instrument.empty() ? "concord" : norm.instrument), Attr(name));
  if (const std::string skip = SkipReason(f); !skip.empty()) {
    *out += fmt::format(">\n      <skipped message=\"{}\"/>\n    </testcase>\n", Attr(skip));
  } else if (IsFailure(f.status)) {
    const std::string message = std::string(FindingStatusName(f.status)) + ": " + f.message;
    *out +=
        fmt::format(">\n      <failure type=\"{}\" message=\"{}\">{}</failure>\n    </testcase>\n",
                    FindingStatusName(f.status), Attr(message), XmlEscape(FailureBody(norm, f)));
  } else {
    *out += "/>\n";
  }
}

}  // namespace

void RenderJunit(const Report& report, const RenderOptions& options, std::string* out) {
  const std::vector<const Finding*> findings = SelectFindings(report, options);
  std::vector<InstrumentGroup> groups = GroupByInstrument(report, findings);
  const SuiteCounts total = CountSuite(findings);
  *out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  *out += fmt::format(
      "<testsuites name=\"Concord\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\" "
      "time=\"0\">\n",
      total.tests, total.failures, total.skipped);
  for (InstrumentGroup& group : groups) {
    SortByArticle(report, &group.findings);
    const Norm& norm = *group.first_norm;
    const SuiteCounts counts = CountSuite(group.findings);
    std::string name = InstrumentShort(norm);
    if (!norm.instrument_title.empty()) name += ": " + norm.instrument_title;
    *out += fmt::format(
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\" "
        "time=\"0\">\n",
        Attr(name.empty() ? "concord" : name), counts.tests, counts.failures, counts.skipped);
    *out += fmt::format(
        "    <properties>\n      <property name=\"instrument\" value=\"{}\"/>\n"
        "      <property name=\"pack\" value=\"{}\"/>\n    </properties>\n",
        Attr(norm.instrument),
        Attr(norm.pack + (norm.pack_version.empty() ? "" : "@" + norm.pack_version)));
    for (const Finding* f : group.findings) RenderTestcase(report, *f, out);
    *out += "  </testsuite>\n";
  }
  *out += "</testsuites>\n";
}

}  // namespace concord::detail
