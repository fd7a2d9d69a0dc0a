// RuleChecker: the four checks (require, prohibit, elements, threshold) of
// one rule over one document, producing a DocOutcome. Framework mode merges
// the outcomes of every document (outcome_merge.h); per-document mode turns
// each into a finding.
//
// Thread-safety: stateless apart from the references it holds.

#ifndef CONCORD_EVAL_RULE_CHECKER_H_
#define CONCORD_EVAL_RULE_CHECKER_H_

#include "compiled_rules.h"
#include "document_index.h"
#include "evidence_builder.h"
#include "expression.h"

#include "concord/finding.h"
#include "concord/rule_pack.h"

#include <string>
#include <vector>

namespace concord::eval {

/// One rule's verdict over one document.
struct DocOutcome {
  FindingStatus status = FindingStatus::kGap;
  bool anchored = false;  ///< an anchor unit (elements, threshold) or a match (require) exists
  uint32_t score = 0;     ///< elements present in the best anchor unit
  std::string message;
  std::vector<MissingElement> missing;
  std::vector<Value> values;  ///< Value::evidence indexes `evidence`
  std::vector<Evidence> evidence;
  std::vector<uint32_t> evidence_provisions;  ///< provision index of each evidence
  std::string suppression;  ///< reason, when a <?concord-ignore?> covers the verdict
};

class RuleChecker {
 public:
  RuleChecker(const CompiledRules& rules, size_t pack, const DocumentIndex& index)
      : rules_(rules),
        pack_(rules.packs()[pack]),
        index_(index),
        exprs_(rules, pack, index),
        evidence_(index) {}

  /// Evaluates `rule` (of this checker's pack). `threshold_value` is the
  /// threshold's value after profile parameters are applied.
  DocOutcome Check(const Rule& rule, double threshold_value) const;

 private:
  DocOutcome Require(const Rule& rule) const;
  DocOutcome Prohibit(const Rule& rule) const;
  DocOutcome Elements(const Rule& rule) const;
  DocOutcome Threshold(const Rule& rule, double value) const;
  void ApplySuppressions(const Rule& rule, DocOutcome* outcome) const;

  const CompiledRules& rules_;
  const RulePack& pack_;
  const DocumentIndex& index_;
  ExprEvaluator exprs_;
  EvidenceBuilder evidence_;
};

/// A number as reports print it: "18", "1.5".
std::string FormatNumber(double value);

}  // namespace concord::eval

#endif  // CONCORD_EVAL_RULE_CHECKER_H_
