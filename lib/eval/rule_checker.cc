#include "rule_checker.h"

#include "concord/engine.h"

#include <algorithm>
#include <cmath>

namespace concord::eval {
namespace {

// The suppression covering `provision` for `rule_id`, or nullptr.
const Suppression* Covering(const Document& doc, const std::string& rule_id, int64_t provision) {
  for (const Suppression& s : doc.suppressions) {
    if (!GlobMatch(s.rule_id, rule_id)) continue;
    if (s.provision < 0) return &s;
    if (provision < 0) continue;
    const Provision& holder = doc.provisions[static_cast<size_t>(s.provision)];
    if (provision >= s.provision && provision < holder.end) return &s;
  }
  return nullptr;
}

}  // namespace

std::string FormatNumber(double value) {
  if (std::fabs(value - std::round(value)) < 1e-9) {
    return std::to_string(static_cast<long long>(std::llround(value)));
  }
  std::string s = std::to_string(value);
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

DocOutcome RuleChecker::Check(const Rule& rule, double threshold_value) const {
  DocOutcome outcome;
  switch (rule.check) {
    case CheckKind::kRequire:
      outcome = Require(rule);
      break;
    case CheckKind::kProhibit:
      outcome = Prohibit(rule);
      break;
    case CheckKind::kElements:
      outcome = Elements(rule);
      break;
    case CheckKind::kThreshold:
      outcome = Threshold(rule, threshold_value);
      break;
  }
  ApplySuppressions(rule, &outcome);
  return outcome;
}

DocOutcome RuleChecker::Require(const Rule& rule) const {
  DocOutcome out;
  if (rule.expr < 0) return out;
  uint32_t e = static_cast<uint32_t>(rule.expr);
  const std::vector<Range>& units = index_.Units(rule.scope);
  for (uint32_t u : exprs_.CandidateUnits(e, rule.scope)) {
    std::vector<Span> spans;
    if (!exprs_.Match(e, units[u], &spans)) continue;
    out.status = FindingStatus::kMet;
    out.anchored = true;
    evidence_.Add(std::move(spans), "match", &out.evidence, &out.evidence_provisions);
    out.message = "the required provision is present";
    return out;
  }
  out.message = "no provision found: " + rule.title;
  return out;
}

DocOutcome RuleChecker::Prohibit(const Rule& rule) const {
  DocOutcome out;
  out.status = FindingStatus::kMet;
  if (rule.expr < 0) return out;
  uint32_t e = static_cast<uint32_t>(rule.expr);
  const std::vector<Range>& units = index_.Units(rule.scope);
  size_t count = 0;
  for (uint32_t u : exprs_.CandidateUnits(e, rule.scope)) {
    std::vector<Span> spans;
    if (!exprs_.Match(e, units[u], &spans)) continue;
    ++count;
    evidence_.Add(std::move(spans), "violation", &out.evidence, &out.evidence_provisions, 4);
  }
  if (count == 0) {
    out.message = "no provision contradicts the norm";
    return out;
  }
  out.status = FindingStatus::kConflict;
  out.anchored = true;
  out.message = count == 1
                    ? "a provision contradicts the norm: " + rule.title
                    : std::to_string(count) + " provisions contradict the norm: " + rule.title;
  return out;
}

DocOutcome RuleChecker::Elements(const Rule& rule) const {
  DocOutcome out;
  if (rule.anchor < 0) return out;
  uint32_t anchor = static_cast<uint32_t>(rule.anchor);
  const std::vector<Range>& units = index_.Units(rule.scope);
  // The anchor unit holding the most elements; the first on a tie.
  int64_t best = -1;
  std::vector<Span> best_anchor;
  std::vector<std::vector<Span>> best_elements;
  // Whether each element holds: one that holds by the absence of words (a
  // <not>) matches without any span.
  std::vector<char> best_matched;
  uint32_t best_count = 0;
  for (uint32_t u : exprs_.CandidateUnits(anchor, rule.scope)) {
    std::vector<Span> anchor_spans;
    if (!exprs_.Match(anchor, units[u], &anchor_spans)) continue;
    std::vector<std::vector<Span>> found(rule.elements.size());
    std::vector<char> matched(rule.elements.size(), 0);
    uint32_t count = 0;
    for (size_t i = 0; i < rule.elements.size(); ++i) {
      if (exprs_.Match(rule.elements[i].expr, units[u], &found[i])) {
        matched[i] = 1;
        ++count;
      } else {
        found[i].clear();
      }
    }
    if (best < 0 || count > best_count) {
      best = u;
      best_count = count;
      best_anchor = std::move(anchor_spans);
      best_elements = std::move(found);
      best_matched = std::move(matched);
      if (count == rule.elements.size()) break;
    }
  }
  if (best < 0) {
    out.message = "no provision found: " + rule.title;
    return out;
  }
  out.anchored = true;
  out.score = best_count;
  uint32_t needed =
      rule.min_elements == 0
          ? static_cast<uint32_t>(rule.elements.size())
          : std::min<uint32_t>(rule.min_elements, static_cast<uint32_t>(rule.elements.size()));
  evidence_.Add(best_anchor, "anchor", &out.evidence, &out.evidence_provisions, 2);
  for (size_t i = 0; i < rule.elements.size(); ++i) {
    if (!best_matched[i]) {
      out.missing.push_back(MissingElement{rule.elements[i].id, rule.elements[i].name});
    } else if (!best_elements[i].empty()) {
      evidence_.Add(best_elements[i], "element:" + rule.elements[i].id, &out.evidence,
                    &out.evidence_provisions, 1);
    }
  }
  if (best_count >= needed) {
    out.status = FindingStatus::kMet;
    out.missing.clear();
    out.message = "all " + std::to_string(rule.elements.size()) + " elements are present";
    return out;
  }
  out.status = FindingStatus::kPartial;
  std::string names;
  for (const MissingElement& m : out.missing) {
    if (!names.empty()) names += ", ";
    names += m.name;
  }
  const size_t total = rule.elements.size();
  out.message = best_count > 0 ? "lacks " + std::to_string(out.missing.size()) + " of " +
                                     std::to_string(total) + " elements: " + names
                : total == 1 ? "lacks the element: " + names
                             : "lacks all " + std::to_string(total) + " elements: " + names;
  return out;
}

void RuleChecker::ApplySuppressions(const Rule& rule, DocOutcome* outcome) const {
  const Document& doc = index_.document();
  if (doc.suppressions.empty()) return;
  if (outcome->status == FindingStatus::kConflict) {
    // Drop suppressed evidence; suppressed as a whole when none is left.
    std::string reason;
    std::vector<size_t> keep;
    for (size_t i = 0; i < outcome->evidence.size(); ++i) {
      const Suppression* s = Covering(doc, rule.id, outcome->evidence_provisions[i]);
      if (s) {
        if (reason.empty()) reason = s->reason.empty() ? "(no reason given)" : s->reason;
      } else {
        keep.push_back(i);
      }
    }
    if (keep.empty()) {
      outcome->suppression = reason;
    } else if (keep.size() < outcome->evidence.size()) {
      std::vector<Evidence> evidence;
      std::vector<uint32_t> provisions;
      std::vector<int32_t> remap(outcome->evidence.size(), -1);
      for (size_t i : keep) {
        remap[i] = static_cast<int32_t>(evidence.size());
        evidence.push_back(std::move(outcome->evidence[i]));
        provisions.push_back(outcome->evidence_provisions[i]);
      }
      for (Value& v : outcome->values) {
        if (v.evidence >= 0) v.evidence = remap[static_cast<size_t>(v.evidence)];
      }
      outcome->evidence = std::move(evidence);
      outcome->evidence_provisions = std::move(provisions);
    }
    return;
  }
  if (!IsFailure(outcome->status)) return;
  int64_t provision = outcome->evidence_provisions.empty()
                          ? -1
                          : static_cast<int64_t>(outcome->evidence_provisions.front());
  if (const Suppression* s = Covering(doc, rule.id, provision)) {
    outcome->suppression = s->reason.empty() ? "(no reason given)" : s->reason;
  }
}

}  // namespace concord::eval
