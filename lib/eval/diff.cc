// DiffReports: pairs BASE's and HEAD's findings (by fingerprint, then by rule
// and document for a status change) and sorts the pairs into new, changed
// and closed entries (diff.h states the rules).

#include "concord/diff.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace concord {
namespace {

bool Failing(const Finding& f) { return IsFailure(f.status) && f.suppression.empty(); }

// How serious a failure is: partial < gap < conflict.
int Rank(FindingStatus status) {
  switch (status) {
    case FindingStatus::kPartial:
      return 1;
    case FindingStatus::kGap:
      return 2;
    case FindingStatus::kConflict:
      return 3;
    default:
      return 0;
  }
}

std::set<std::string> MissingIds(const Finding& f) {
  std::set<std::string> ids;
  for (const MissingElement& m : f.missing) ids.insert(m.id);
  return ids;
}

using ValueKey = std::tuple<std::string, double, std::string, std::string, bool>;

std::set<ValueKey> ValueKeys(const Finding& f, bool violating_only) {
  std::set<ValueKey> keys;
  for (const Value& v : f.values) {
    if (!violating_only || v.violates)
      keys.emplace(v.quantity, v.value, v.unit, v.bound, v.violates);
  }
  return keys;
}

bool Differs(const Finding& base, const Finding& head) {
  return base.status != head.status || MissingIds(base) != MissingIds(head) ||
         ValueKeys(base, false) != ValueKeys(head, false);
}

// True if `a` has an element `b` lacks.
template <typename T>
bool HasMore(const std::set<T>& a, const std::set<T>& b) {
  return std::any_of(a.begin(), a.end(), [&](const T& x) { return !b.count(x); });
}

bool Worse(const Finding& base, const Finding& head) {
  if (Rank(head.status) != Rank(base.status)) return Rank(head.status) > Rank(base.status);
  return HasMore(MissingIds(head), MissingIds(base)) ||
         HasMore(ValueKeys(head, true), ValueKeys(base, true));
}

// The rule and document a finding is about: one finding per slot and run.
std::string Slot(const Report& report, const Finding& f) {
  std::string document = f.document;
  for (const DocumentSummary& d : report.documents) {
    if (!f.document.empty() && d.path == f.document && !d.frbr_work.empty()) {
      document = d.frbr_work;
      break;
    }
  }
  return f.rule_id + '\x1f' + document;
}

const Norm* NormOf(const Report& report, const Finding& f) {
  return f.norm < report.norms.size() ? &report.norms[f.norm] : nullptr;
}

bool Evaluates(const Report& report, const std::string& rule_id) {
  return std::any_of(report.norms.begin(), report.norms.end(),
                     [&](const Norm& n) { return n.rule_id == rule_id; });
}

// Index pairs (base, head); -1 for a side without a finding.
using Pairs = std::vector<std::pair<int64_t, int64_t>>;

Pairs Match(const Report& base, const Report& head) {
  std::multimap<std::string, size_t> by_fingerprint;
  for (size_t j = 0; j < head.findings.size(); ++j) {
    by_fingerprint.emplace(head.findings[j].fingerprint, j);
  }
  Pairs pairs;
  std::vector<bool> head_used(head.findings.size(), false);
  std::vector<size_t> base_left;
  for (size_t i = 0; i < base.findings.size(); ++i) {
    auto range = by_fingerprint.equal_range(base.findings[i].fingerprint);
    auto it =
        std::find_if(range.first, range.second, [&](auto& e) { return !head_used[e.second]; });
    if (it == range.second) {
      base_left.push_back(i);
      continue;
    }
    head_used[it->second] = true;
    pairs.emplace_back(static_cast<int64_t>(i), static_cast<int64_t>(it->second));
  }
  // A finding whose fingerprint changed with its status (a partial that lost
  // its anchor, a conflict now met elsewhere) is the same rule and document
  // with another verdict: paired, so it is changed, closed with its new
  // status, or new with its old one.
  std::multimap<std::string, size_t> head_by_slot;
  for (size_t j = 0; j < head.findings.size(); ++j) {
    if (!head_used[j]) head_by_slot.emplace(Slot(head, head.findings[j]), j);
  }
  for (size_t i : base_left) {
    const Finding& b = base.findings[i];
    int64_t partner = -1;
    auto range = head_by_slot.equal_range(Slot(base, b));
    for (auto it = range.first; it != range.second; ++it) {
      if (!head_used[it->second] && head.findings[it->second].status != b.status) {
        partner = static_cast<int64_t>(it->second);
        head_used[it->second] = true;
        break;
      }
    }
    pairs.emplace_back(static_cast<int64_t>(i), partner);
  }
  for (size_t j = 0; j < head.findings.size(); ++j) {
    if (!head_used[j]) pairs.emplace_back(-1, static_cast<int64_t>(j));
  }
  return pairs;
}

DiffEntry MakeEntry(DiffKind kind, const Report& base, int64_t i, const Report& head, int64_t j) {
  DiffEntry e;
  e.kind = kind;
  e.worse = kind == DiffKind::kNew;
  e.has_base = i >= 0;
  e.has_head = j >= 0;
  if (e.has_base) e.base = base.findings[static_cast<size_t>(i)];
  if (e.has_head) e.head = head.findings[static_cast<size_t>(j)];
  const Norm* norm = e.has_head ? NormOf(head, e.head) : nullptr;
  if (!norm && e.has_base) norm = NormOf(base, e.base);
  if (norm) e.norm = *norm;
  if (e.norm.rule_id.empty()) e.norm.rule_id = e.primary().rule_id;
  return e;
}

auto SortKey(const DiffEntry& e) {
  const Finding& f = e.primary();
  const bool placed = !f.evidence.empty();
  const std::string& path = placed ? f.evidence.front().path : f.document;
  return std::make_tuple(e.kind, -static_cast<int>(f.severity), path.empty(), path, !placed,
                         placed ? f.evidence.front().line : 0u,
                         placed ? f.evidence.front().column : 0u, f.rule_id, f.fingerprint);
}

}  // namespace

const char* DiffKindName(DiffKind kind) {
  switch (kind) {
    case DiffKind::kNew:
      return "new";
    case DiffKind::kChanged:
      return "changed";
    case DiffKind::kClosed:
      return "closed";
  }
  return "";
}

uint32_t ReportDiff::Count(DiffKind kind, Severity min_severity) const {
  return static_cast<uint32_t>(std::count_if(
      entries.begin(), entries.end(),
      [&](const DiffEntry& e) { return e.kind == kind && e.severity() >= min_severity; }));
}

uint32_t ReportDiff::Worse(Severity min_severity) const {
  return static_cast<uint32_t>(
      std::count_if(entries.begin(), entries.end(), [&](const DiffEntry& e) {
        return e.kind == DiffKind::kChanged && e.worse && e.severity() >= min_severity;
      }));
}

uint32_t ReportDiff::Unchanged(Severity min_severity) const {
  uint32_t total = 0;
  for (size_t s = static_cast<size_t>(min_severity); s < unchanged.size(); ++s)
    total += unchanged[s];
  return total;
}

bool ReportDiff::Fails(Severity threshold) const {
  return std::any_of(entries.begin(), entries.end(), [&](const DiffEntry& e) {
    return e.kind != DiffKind::kClosed && e.worse && e.severity() >= threshold;
  });
}

Status DiffReports(const Report& base, const Report& head, ReportDiff* diff) {
  if (base.mode != head.mode) {
    return Status::InvalidArgument("BASE is a " + base.mode + " report and HEAD a " + head.mode +
                                   " one: compare two runs made the same way (--framework or "
                                   "--per-document on both sides)");
  }
  diff->tool_version = head.tool_version;
  diff->mode = head.mode;
  diff->entries.clear();
  diff->unchanged = {};
  diff->base_documents = static_cast<uint32_t>(base.documents.size());
  diff->head_documents = static_cast<uint32_t>(head.documents.size());
  diff->base_failing =
      static_cast<uint32_t>(std::count_if(base.findings.begin(), base.findings.end(), Failing));
  diff->head_failing =
      static_cast<uint32_t>(std::count_if(head.findings.begin(), head.findings.end(), Failing));
  for (auto [i, j] : Match(base, head)) {
    const bool was = i >= 0 && Failing(base.findings[static_cast<size_t>(i)]);
    const bool is = j >= 0 && Failing(head.findings[static_cast<size_t>(j)]);
    if (was && is) {
      const Finding& b = base.findings[static_cast<size_t>(i)];
      const Finding& h = head.findings[static_cast<size_t>(j)];
      if (!Differs(b, h)) {
        ++diff->unchanged[static_cast<size_t>(h.severity)];
        continue;
      }
      DiffEntry e = MakeEntry(DiffKind::kChanged, base, i, head, j);
      e.worse = Worse(b, h);
      diff->entries.push_back(std::move(e));
    } else if (was) {
      // A rule HEAD did not evaluate says nothing about HEAD.
      if (j < 0 && !Evaluates(head, base.findings[static_cast<size_t>(i)].rule_id)) continue;
      diff->entries.push_back(MakeEntry(DiffKind::kClosed, base, i, head, j));
    } else if (is) {
      diff->entries.push_back(MakeEntry(DiffKind::kNew, base, i, head, j));
    }
  }
  std::stable_sort(diff->entries.begin(), diff->entries.end(),
                   [](const DiffEntry& a, const DiffEntry& b) { return SortKey(a) < SortKey(b); });
  return Status::Ok();
}

bool ParseDiffFormat(std::string_view name, DiffFormat* format) {
  if (name == "text") {
    *format = DiffFormat::kText;
  } else if (name == "json") {
    *format = DiffFormat::kJson;
  } else if (name == "markdown" || name == "md") {
    *format = DiffFormat::kMarkdown;
  } else {
    return false;
  }
  return true;
}

}  // namespace concord
