#include "counts.h"

#include <fmt/format.h>

namespace concord::detail {

void StatusCounts::Add(const Finding& finding) {
  const auto index = static_cast<size_t>(finding.status);
  ++all[index];
  ++total;
  if (finding.fails()) ++failing;
  if (!finding.suppression.empty()) {
    ++suppressed;
  } else if (finding.baselined) {
    ++baselined;
  } else {
    ++shown[index];
  }
}

StatusCounts CountFindings(const std::vector<const Finding*>& findings) {
  StatusCounts counts;
  for (const Finding* finding : findings) counts.Add(*finding);
  return counts;
}

std::string CountedStatus(FindingStatus status, uint32_t count) {
  std::string name = FindingStatusName(status);
  if (count != 1 && (status == FindingStatus::kGap || status == FindingStatus::kConflict)) {
    name += 's';
  }
  return name;
}

std::string DescribeCounts(const std::array<uint32_t, 6>& counts) {
  std::string out;
  for (FindingStatus status : kSummaryOrder) {
    const uint32_t count = counts[static_cast<size_t>(status)];
    if (count == 0) continue;
    if (!out.empty()) out += ", ";
    out += fmt::format("{} {}", count, CountedStatus(status, count));
  }
  return out.empty() ? "no findings" : out;
}

}  // namespace concord::detail
