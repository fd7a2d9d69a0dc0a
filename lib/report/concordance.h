// The concordance model behind the Markdown and HTML reports: per
// instrument, one row per finding (treaty article, norm, the national
// provisions that bear on it, status), with counts per instrument, level and
// status.
//
// Private to lib/report. Thread-safety: the model points into the Report,
// which must outlive it.

#ifndef CONCORD_REPORT_CONCORDANCE_H_
#define CONCORD_REPORT_CONCORDANCE_H_

#include "counts.h"

#include "concord/finding.h"
#include "concord/report.h"

#include <array>
#include <string>
#include <vector>

namespace concord::detail {

/// One row: a norm, its verdict and the provisions it rests on.
struct ConcordanceRow {
  const Norm* norm = nullptr;
  const Finding* finding = nullptr;
  /// The finding's evidence with one entry per (path, provision id), in
  /// evidence order.
  std::vector<const Evidence*> provisions;
};

/// One instrument's table.
struct ConcordanceTable {
  const Norm* first_norm = nullptr;  ///< a norm of the instrument, for its titles
  std::vector<ConcordanceRow> rows;  ///< by article, rule id, document
  StatusCounts counts;
};

/// The whole concordance.
struct Concordance {
  std::vector<ConcordanceTable> tables;  ///< instruments in pack order
  StatusCounts total;
  std::array<StatusCounts, 4> by_level;  ///< indexed by Level
  size_t documents_read = 0;
  size_t documents_unreadable = 0;
};

/// Builds the concordance of the findings SelectFindings keeps.
Concordance BuildConcordance(const Report& report, const RenderOptions& options);

/// "path#L12" for a link to an evidence line (relative to options.root,
/// percent-encoded; no fragment when the line is unknown).
std::string EvidenceLink(const Evidence& evidence, const RenderOptions& options);

/// The path as shown next to a link (relative to options.root).
std::string DisplayPath(const std::string& path, const RenderOptions& options);

/// "un-core 2026.11, un-women-children 2026.11".
std::string DescribePacks(const Report& report);

/// "3 documents read, 1 not readable".
std::string DescribeDocuments(const Concordance& concordance);

/// A short explanation of a row's status beyond the status itself:
/// "suppressed: reason", "baselined" or "".
std::string HiddenReason(const Finding& finding);

}  // namespace concord::detail

#endif  // CONCORD_REPORT_CONCORDANCE_H_
