// Framework mode: one rule's outcomes over every document of the framework,
// merged into one verdict (DESIGN.md section 6): met if any document meets
// the norm, a conflict anywhere is a conflict, and for definitions the best
// anchor unit over all documents decides.

#ifndef CONCORD_EVAL_OUTCOME_MERGE_H_
#define CONCORD_EVAL_OUTCOME_MERGE_H_

#include "rule_checker.h"

#include "concord/rule_pack.h"

#include <vector>

namespace concord::eval {

/// Merges the outcomes (document order; null where the rule did not apply to
/// a document). With no outcome at all, a prohibition is met and every other
/// check is a gap.
DocOutcome MergeOutcomes(const Rule& rule, const std::vector<const DocOutcome*>& outcomes);

/// Appends `from`'s evidence and values to `to`, keeping value->evidence links.
void AppendEvidence(const DocOutcome& from, DocOutcome* to);

}  // namespace concord::eval

#endif  // CONCORD_EVAL_OUTCOME_MERGE_H_
