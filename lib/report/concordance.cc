#include "concordance.h"

#include "artifact_path.h"
#include "finding_order.h"

#include <fmt/format.h>

namespace concord::detail {
namespace {

std::vector<const Evidence*> DistinctProvisions(const Finding& finding) {
  std::vector<const Evidence*> provisions;
  for (const Evidence& e : finding.evidence) {
    bool seen = false;
    for (const Evidence* p : provisions) {
      seen = seen || (p->path == e.path && p->provision_id == e.provision_id);
    }
    if (!seen) provisions.push_back(&e);
  }
  return provisions;
}

}  // namespace

Concordance BuildConcordance(const Report& report, const RenderOptions& options) {
  Concordance concordance;
  const std::vector<const Finding*> findings = SelectFindings(report, options);
  for (InstrumentGroup& group : GroupByInstrument(report, findings)) {
    SortByArticle(report, &group.findings);
    ConcordanceTable table;
    table.first_norm = group.first_norm;
    for (const Finding* f : group.findings) {
      const Norm& norm = NormOf(report, *f);
      table.rows.push_back({&norm, f, DistinctProvisions(*f)});
      table.counts.Add(*f);
      concordance.total.Add(*f);
      concordance.by_level[static_cast<size_t>(norm.level)].Add(*f);
    }
    concordance.tables.push_back(std::move(table));
  }
  for (const DocumentSummary& d : report.documents) {
    ++(d.loaded ? concordance.documents_read : concordance.documents_unreadable);
  }
  return concordance;
}

std::string EvidenceLink(const Evidence& evidence, const RenderOptions& options) {
  std::string link = ResolveArtifact(evidence.path, options.root).uri;
  if (evidence.line > 0) link += fmt::format("#L{}", evidence.line);
  return link;
}

std::string DisplayPath(const std::string& path, const RenderOptions& options) {
  return ResolveArtifact(path, options.root).display;
}

std::string DescribePacks(const Report& report) {
  std::string out;
  for (const PackSummary& p : report.packs) {
    if (!out.empty()) out += ", ";
    out += p.id;
    if (!p.version.empty()) out += " " + p.version;
  }
  return out;
}

std::string DescribeDocuments(const Concordance& concordance) {
  const size_t read = concordance.documents_read;
  std::string out = fmt::format("{} document{} read", read, read == 1 ? "" : "s");
  if (concordance.documents_unreadable > 0) {
    out += fmt::format(", {} not readable", concordance.documents_unreadable);
  }
  return out;
}

std::string HiddenReason(const Finding& finding) {
  if (!finding.suppression.empty()) return "suppressed: " + finding.suppression;
  if (finding.baselined) return "baselined";
  return {};
}

}  // namespace concord::detail
