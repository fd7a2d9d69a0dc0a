// Comparing two runs: what a change to the legislation (a draft, a pull
// request) closes, opens and changes. `concord diff BASE HEAD` checks both
// sides (or reads two saved JSON reports) and calls DiffReports.
//
// Findings are matched by fingerprint (rule id + document FRBR work URI or
// path + provision id), so a statute that moved to another path, or text
// inserted above a finding, changes nothing. A finding is failing when its
// status is partial, gap or conflict and no <?concord-ignore?> suppresses it
// (baselines play no part: the diff is its own baseline). Then:
//  - new: failing in HEAD, and not failing (or absent) in BASE;
//  - closed: failing in BASE, and met, not failing or gone in HEAD;
//  - changed: failing on both sides with another status, other values or
//    other missing elements.
// A finding whose fingerprint is on one side only is paired with the
// unpaired finding of the same rule and document on the other side when
// their statuses differ: a partial whose anchor was deleted becomes a gap
// that rests on no provision (one changed entry, not a closed and a new
// one); a conflict at article 13 that is now met by article 5 is closed, and
// the entry says it is met. With the same status they stay apart: a conflict
// that moved from article 13 to article 20 is closed there and new here.
// A change is *worse* when the status got more serious (partial < gap <
// conflict), an element went missing, or a value now violates the norm.
//
// Thread-safety: plain data and pure functions.

#ifndef CONCORD_DIFF_H_
#define CONCORD_DIFF_H_

#include "concord/finding.h"
#include "concord/status.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace concord {

/// What happened to a finding between BASE and HEAD.
enum class DiffKind : uint8_t { kNew, kChanged, kClosed };

/// "new", "changed", "closed".
const char* DiffKindName(DiffKind kind);

/// One entry of a diff.
struct DiffEntry {
  DiffKind kind = DiffKind::kNew;
  /// For kChanged: the change makes the finding more serious. Always true
  /// for kNew, false for kClosed.
  bool worse = false;
  Norm norm;              ///< the rule (HEAD's, or BASE's for a rule gone from HEAD)
  bool has_base = false;  ///< false: no BASE finding (kNew of a finding absent in BASE)
  Finding base;
  bool has_head = false;  ///< false: no HEAD finding (kClosed of a finding gone)
  Finding head;

  /// The finding that says where: HEAD's for new and changed, else BASE's.
  const Finding& primary() const { return kind == DiffKind::kClosed || !has_head ? base : head; }
  /// The entry's severity (its primary finding's).
  Severity severity() const { return primary().severity; }
};

/// A whole comparison.
struct ReportDiff {
  std::string tool_version;
  std::string mode;        ///< both sides' mode: "framework" or "per-document"
  std::string base_label;  ///< what BASE was, as given on the command line
  std::string head_label;
  /// new first, then changed, then closed; each by severity (error first),
  /// then place (path, line, column), rule id and fingerprint.
  std::vector<DiffEntry> entries;
  /// Findings failing on both sides, the same, by severity (Severity as index).
  std::array<uint32_t, 3> unchanged{};
  uint32_t base_failing = 0;  ///< failing findings in BASE
  uint32_t head_failing = 0;
  uint32_t base_documents = 0;
  uint32_t head_documents = 0;

  /// Entries of `kind` at or above `min_severity`.
  uint32_t Count(DiffKind kind, Severity min_severity = Severity::kInfo) const;
  /// Changed entries that are worse, at or above `min_severity`.
  uint32_t Worse(Severity min_severity = Severity::kInfo) const;
  /// Unchanged failing findings at or above `min_severity`.
  uint32_t Unchanged(Severity min_severity = Severity::kInfo) const;
  /// True if a new entry, or a changed one that is worse, is at or above
  /// `threshold`: what makes `concord diff` exit 1.
  bool Fails(Severity threshold) const;
};

/// Compares two reports. InvalidArgument if their modes differ (framework
/// against per-document findings cannot be matched).
Status DiffReports(const Report& base, const Report& head, ReportDiff* diff);

/// Output formats of a diff.
enum class DiffFormat : uint8_t { kText, kJson, kMarkdown };

/// Parses "text", "json", "markdown" (or "md").
bool ParseDiffFormat(std::string_view name, DiffFormat* format);

/// How to render a diff.
struct DiffRenderOptions {
  /// Entries below this severity are left out, counts included. Default: info.
  Severity min_severity = Severity::kInfo;
  /// 0: one line per entry; 1: with the quote, what changed and, for new
  /// and worse entries, the recommendation (default); 2: also fingerprints.
  int verbosity = 1;
};

/// Renders `diff`: text for terminals and logs, json
/// ("schema": "https://concord.dev/diff/1", docs/ci.md), markdown for a
/// pull-request comment.
std::string RenderDiff(const ReportDiff& diff, DiffFormat format, const DiffRenderOptions& options);

}  // namespace concord

#endif  // CONCORD_DIFF_H_
