#include "finding_order.h"

#include <algorithm>
#include <string>
#include <tuple>

namespace concord::detail {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The run of digits starting at text[*pos], without leading zeros, and
// advances *pos past it.
std::string_view DigitRun(std::string_view text, size_t* pos) {
  size_t start = *pos;
  while (*pos < text.size() && IsDigit(text[*pos])) ++*pos;
  while (start + 1 < *pos && text[start] == '0') ++start;
  return text.substr(start, *pos - start);
}

}  // namespace

std::vector<const Finding*> SelectFindings(const Report& report, const RenderOptions& options) {
  std::vector<const Finding*> selected;
  selected.reserve(report.findings.size());
  for (const Finding& finding : report.findings) {
    if (finding.severity >= options.min_severity) selected.push_back(&finding);
  }
  return selected;
}

const Norm& NormOf(const Report& report, const Finding& finding) {
  static const Norm kMissing;
  if (finding.norm < report.norms.size()) return report.norms[finding.norm];
  return kMissing;
}

Place PrimaryPlace(const Finding& finding) {
  if (!finding.evidence.empty()) {
    const Evidence& first = finding.evidence.front();
    return {first.path, first.line, first.column};
  }
  return {finding.document, 0, 0};
}

void SortForReading(std::vector<const Finding*>* findings) {
  auto key = [](const Finding* f) {
    const Place place = PrimaryPlace(*f);
    return std::make_tuple(place.path.empty(), place.path, f->evidence.empty(), place.line,
                           place.column, std::string_view(f->rule_id), f->status);
  };
  std::stable_sort(findings->begin(), findings->end(),
                   [&](const Finding* a, const Finding* b) { return key(a) < key(b); });
}

std::vector<InstrumentGroup> GroupByInstrument(const Report& report,
                                               const std::vector<const Finding*>& findings) {
  std::vector<InstrumentGroup> groups;
  auto group_of = [&](const Norm& norm) -> InstrumentGroup& {
    for (InstrumentGroup& group : groups) {
      if (group.first_norm->instrument == norm.instrument) return group;
    }
    groups.push_back({&norm, {}});
    return groups.back();
  };
  // Instruments in norm order, so the grouping does not depend on findings' order.
  std::vector<bool> used(report.norms.size() + 1, false);
  for (const Finding* finding : findings) {
    used[std::min<size_t>(finding->norm, report.norms.size())] = true;
  }
  for (size_t i = 0; i < report.norms.size(); ++i) {
    if (used[i]) group_of(report.norms[i]);
  }
  for (const Finding* finding : findings)
    group_of(NormOf(report, *finding)).findings.push_back(finding);
  return groups;
}

void SortByArticle(const Report& report, std::vector<const Finding*>* findings) {
  std::stable_sort(findings->begin(), findings->end(), [&](const Finding* a, const Finding* b) {
    if (const int c = CompareArticles(NormOf(report, *a).article, NormOf(report, *b).article)) {
      return c < 0;
    }
    if (a->rule_id != b->rule_id) return a->rule_id < b->rule_id;
    return a->document < b->document;
  });
}

int CompareArticles(std::string_view a, std::string_view b) {
  size_t i = 0;
  size_t j = 0;
  while (i < a.size() && j < b.size()) {
    if (IsDigit(a[i]) && IsDigit(b[j])) {
      const std::string_view x = DigitRun(a, &i);
      const std::string_view y = DigitRun(b, &j);
      if (x.size() != y.size()) return x.size() < y.size() ? -1 : 1;
      if (const int c = x.compare(y); c != 0) return c < 0 ? -1 : 1;
      continue;
    }
    if (a[i] != b[j])
      return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]) ? -1 : 1;
    ++i, ++j;
  }
  if (i < a.size()) return 1;
  if (j < b.size()) return -1;
  return 0;
}

}  // namespace concord::detail
