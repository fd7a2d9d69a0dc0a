// Baselines: findings a repository has accepted for now, so that CI fails
// only on new ones.
//
// A baseline records failing findings by fingerprint (rule id + document FRBR
// work URI or path + provision id, never line numbers), so editing a statute
// above a known gap does not make it new. The file is JSON:
//   {"version": 1, "tool": "concord", "findings": [
//     {"fingerprint": "...", "rule": "...", "document": "...",
//      "provision": "...", "status": "gap"}, ...]}
// (document and provision are for people; only the fingerprint matches).
//
// Thread-safety: plain data and pure functions.

#ifndef CONCORD_BASELINE_H_
#define CONCORD_BASELINE_H_

#include "concord/finding.h"
#include "concord/status.h"

#include <set>
#include <string>
#include <vector>

namespace concord {

/// One accepted finding.
struct BaselineEntry {
  std::string fingerprint;
  std::string rule;
  std::string document;
  std::string provision;
  std::string status;
};

/// A loaded baseline.
struct Baseline {
  std::string path;
  std::vector<BaselineEntry> entries;
  std::set<std::string> fingerprints;
};

/// Loads a baseline file. Malformed JSON or a missing field is
/// Status::ParseError with file:line:col.
Status LoadBaseline(const std::string& path, Baseline* baseline);

/// Marks every finding whose fingerprint is in `baseline` as baselined.
void ApplyBaseline(const Baseline& baseline, Report* report);

/// The baseline of `report`: every failing, unsuppressed finding.
std::string SerializeBaseline(const Report& report);

/// `baseline` without the entries no finding of `report` matches any more.
std::string PruneBaseline(const Baseline& baseline, const Report& report);

}  // namespace concord

#endif  // CONCORD_BASELINE_H_
