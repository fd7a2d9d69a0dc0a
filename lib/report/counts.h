// Counting findings by status for summaries (text, json, junit, markdown,
// html).
//
// Private to lib/report. Thread-safety: plain data.

#ifndef CONCORD_REPORT_COUNTS_H_
#define CONCORD_REPORT_COUNTS_H_

#include "concord/finding.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace concord::detail {

/// The statuses in the order summaries list them: failures first, worst first.
inline constexpr std::array<FindingStatus, 6> kSummaryOrder = {
    FindingStatus::kConflict, FindingStatus::kGap,           FindingStatus::kPartial,
    FindingStatus::kMet,      FindingStatus::kNotApplicable, FindingStatus::kReserved};

/// Counts of a set of findings.
struct StatusCounts {
  std::array<uint32_t, 6> all{};    ///< every finding, by status
  std::array<uint32_t, 6> shown{};  ///< neither suppressed nor baselined, by status
  uint32_t total = 0;
  uint32_t failing = 0;     ///< Finding::fails()
  uint32_t suppressed = 0;  ///< with a suppression reason
  uint32_t baselined = 0;   ///< baselined and not suppressed

  void Add(const Finding& finding);
  uint32_t of(FindingStatus status) const { return all[static_cast<size_t>(status)]; }
  uint32_t shown_of(FindingStatus status) const { return shown[static_cast<size_t>(status)]; }
};

/// Counts of `findings`.
StatusCounts CountFindings(const std::vector<const Finding*>& findings);

/// "1 conflict, 2 gaps, 1 partial" from `counts` (zero counts left out;
/// "no findings" if all are zero).
std::string DescribeCounts(const std::array<uint32_t, 6>& counts);

/// "gap"/"gaps", "conflict"/"conflicts"; other statuses do not change.
std::string CountedStatus(FindingStatus status, uint32_t count);

}  // namespace concord::detail

#endif  // CONCORD_REPORT_COUNTS_H_
