// Which findings a renderer shows, in which order, and where each is placed.
//
// Every renderer starts from SelectFindings (the --min-severity filter, in
// report order); the text, CSV and JUnit renderers then sort for reading with
// SortForReading, so the same report always prints the same way whatever
// order evaluation produced.
//
// Private to lib/report. Thread-safety: pure functions.

#ifndef CONCORD_REPORT_FINDING_ORDER_H_
#define CONCORD_REPORT_FINDING_ORDER_H_

#include "concord/finding.h"
#include "concord/report.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace concord::detail {

/// The findings at or above options.min_severity, in report order.
std::vector<const Finding*> SelectFindings(const Report& report, const RenderOptions& options);

/// The norm a finding refers to; an empty norm (with the finding's rule id
/// missing) if Finding::norm is out of range, so renderers never crash on a
/// malformed report.
const Norm& NormOf(const Report& report, const Finding& finding);

/// Where a finding is reported: its first evidence; else, in per-document
/// mode, its document (line 0); else nowhere (empty path).
struct Place {
  std::string_view path;
  uint32_t line = 0;
  uint32_t column = 0;
};
Place PrimaryPlace(const Finding& finding);

/// Sorts for reading: findings with a path first, by path; within a path
/// those with evidence before those without; then line, column, rule id,
/// status and, last, report order (a stable sort).
void SortForReading(std::vector<const Finding*>* findings);

/// The findings of one instrument's norms grouped by instrument, instruments
/// in order of first appearance among the norms.
struct InstrumentGroup {
  const Norm* first_norm = nullptr;  ///< any norm of the instrument, for its titles
  std::vector<const Finding*> findings;
};
std::vector<InstrumentGroup> GroupByInstrument(const Report& report,
                                               const std::vector<const Finding*>& findings);

/// Sorts findings of one instrument as a concordance table lists them: by
/// article (CompareArticles), rule id, document, then report order.
void SortByArticle(const Report& report, std::vector<const Finding*>* findings);

/// Compares article numbers the way a reader would: digit runs by value
/// ("2" < "10" < "16(2)"), other characters as bytes. <0, 0 or >0.
int CompareArticles(std::string_view a, std::string_view b);

}  // namespace concord::detail

#endif  // CONCORD_REPORT_FINDING_ORDER_H_
