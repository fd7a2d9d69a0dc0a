#include "outcome_merge.h"

namespace concord::eval {
namespace {

// How far a verdict goes towards meeting the norm, for picking the best.
int Rank(const DocOutcome& o) {
  switch (o.status) {
    case FindingStatus::kMet:
      return 3;
    case FindingStatus::kPartial:
      return 2;
    default:
      return o.anchored ? 1 : 0;
  }
}

// The conflicts, merged; unsuppressed ones first. Suppressed as a whole only
// when every conflict is.
DocOutcome MergeConflicts(const std::vector<const DocOutcome*>& outcomes, size_t count_hint) {
  DocOutcome merged;
  merged.status = FindingStatus::kConflict;
  merged.anchored = true;
  bool any_open = false;
  for (const DocOutcome* o : outcomes) {
    if (o && o->status == FindingStatus::kConflict && o->suppression.empty()) any_open = true;
  }
  for (const DocOutcome* o : outcomes) {
    if (!o || o->status != FindingStatus::kConflict) continue;
    if (any_open && !o->suppression.empty()) continue;
    if (merged.message.empty()) merged.message = o->message;
    if (!any_open && merged.suppression.empty()) merged.suppression = o->suppression;
    if (merged.evidence.size() < count_hint) AppendEvidence(*o, &merged);
  }
  return merged;
}

}  // namespace

void AppendEvidence(const DocOutcome& from, DocOutcome* to) {
  int32_t offset = static_cast<int32_t>(to->evidence.size());
  to->evidence.insert(to->evidence.end(), from.evidence.begin(), from.evidence.end());
  to->evidence_provisions.insert(to->evidence_provisions.end(), from.evidence_provisions.begin(),
                                 from.evidence_provisions.end());
  for (Value v : from.values) {
    if (v.evidence >= 0) v.evidence += offset;
    to->values.push_back(std::move(v));
  }
}

DocOutcome MergeOutcomes(const Rule& rule, const std::vector<const DocOutcome*>& outcomes) {
  constexpr size_t kMaxEvidence = 24;
  bool any = false;
  bool conflict = false;
  for (const DocOutcome* o : outcomes) {
    if (!o) continue;
    any = true;
    conflict = conflict || o->status == FindingStatus::kConflict;
  }
  if (!any) {
    DocOutcome none;
    if (rule.check == CheckKind::kProhibit) {
      none.status = FindingStatus::kMet;
      none.message = "no document in the run is of a subject this norm concerns";
    } else {
      none.message = "no document in the run is of a subject this norm concerns: " + rule.title;
    }
    return none;
  }
  if (conflict) return MergeConflicts(outcomes, kMaxEvidence);

  // Otherwise the best verdict, the first on a tie; for elements, the most
  // elements present.
  const DocOutcome* best = nullptr;
  for (const DocOutcome* o : outcomes) {
    if (!o) continue;
    if (!best || Rank(*o) > Rank(*best) || (Rank(*o) == Rank(*best) && o->score > best->score)) {
      best = o;
    }
  }
  DocOutcome merged = *best;
  if (IsFailure(merged.status) && merged.suppression.empty()) {
    // A framework-wide gap is suppressed if a document suppressed it.
    for (const DocOutcome* o : outcomes) {
      if (o && o->status == merged.status && !o->suppression.empty()) {
        merged.suppression = o->suppression;
        break;
      }
    }
  }
  return merged;
}

}  // namespace concord::eval
