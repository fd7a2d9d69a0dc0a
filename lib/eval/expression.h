// ExprEvaluator: decides whether a rule expression matches within a token
// range of one document, and which spans witness it.
//
// Semantics (docs/rule-format.md): concept and term match on their hits;
// all / any / not over the range; near within one sentence and a distance;
// negated when a negation cue shares a clause with the match.
//
// Thread-safety: stateless apart from the references it holds.

#ifndef CONCORD_EVAL_EXPRESSION_H_
#define CONCORD_EVAL_EXPRESSION_H_

#include "compiled_rules.h"
#include "document_index.h"

#include <vector>

namespace concord::eval {

class ExprEvaluator {
 public:
  ExprEvaluator(const CompiledRules& rules, size_t pack, const DocumentIndex& index)
      : rules_(rules), pack_(pack), index_(index) {}

  /// True if expression `e` (an index into the pack's exprs) matches within
  /// `range`. When `spans` is given, appends the spans that witness the match.
  bool Match(uint32_t e, Range range, std::vector<Span>* spans) const;

  /// The units of `scope` in which `e` may match, in document order: those
  /// holding a hit of a class `e` requires, or every unit when `e` requires
  /// none.
  std::vector<uint32_t> CandidateUnits(uint32_t e, Scope scope) const;

  /// Classes one of which every match of `e` needs (empty: none).
  const std::vector<uint32_t>& Required(uint32_t e) const {
    return rules_.pack_classes(pack_).required[e];
  }

 private:
  bool MatchNear(const Expr& expr, Range range, std::vector<Span>* spans) const;
  bool MatchNegated(const Expr& expr, Range range, std::vector<Span>* spans) const;
  bool NearInSentence(const Expr& expr, Range sentence, std::vector<Span>* spans) const;
  const Span* FindCue(const Span& s, const std::vector<uint32_t>& cue_classes,
                      const TokenStream& tokens) const;

  const CompiledRules& rules_;
  size_t pack_;
  const DocumentIndex& index_;
};

}  // namespace concord::eval

#endif  // CONCORD_EVAL_EXPRESSION_H_
