// The two halves of a check run, shared by Engine::CheckFiles and the shard
// code (shard.cc): evaluating inputs into per-document outcomes, and turning
// the outcomes of every input, in input order, into the report's documents,
// diagnostics and findings. A sharded run evaluates a subset of the inputs in
// each process and merges with the same FinishReport, so a merged report
// cannot drift from a single run's.

#ifndef CONCORD_EVAL_INPUT_RESULT_H_
#define CONCORD_EVAL_INPUT_RESULT_H_

#include "engine_impl.h"
#include "rule_checker.h"

#include "concord/engine.h"

#include <memory>
#include <string>
#include <vector>

namespace concord::eval {

/// What one input produced: its summary, diagnostics and each selected rule's
/// outcome (empty where the rule does not apply to the document).
struct InputResult {
  DocumentSummary summary;
  Diagnostics diagnostics;
  std::string identity;  ///< FRBR work URI or path
  bool evaluated = false;
  bool subject_known = false;  ///< from metadata, title or --subject
  /// One per selected rule (Engine::Impl::Select order); null where the rule
  /// does not apply. Pointers, not optionals: a run keeps every input's slots
  /// until the report is merged, so an empty slot costs 8 bytes, not the size
  /// of a DocOutcome.
  std::vector<std::unique_ptr<DocOutcome>> outcomes;
};

/// Loads and evaluates `paths` on options.jobs threads; results are in the
/// order of `paths` whatever the number of jobs. `selected` is
/// impl.Select(options).
std::vector<InputResult> EvaluateFiles(const Engine::Impl& impl,
                                       const std::vector<std::string>& paths,
                                       const std::vector<size_t>& selected,
                                       const CheckOptions& options);

/// Sets the report's mode, profile, packs and norms.
void BeginReport(const Engine::Impl& impl, const std::vector<size_t>& selected,
                 const CheckOptions& options, Report* report);

/// Appends the documents, diagnostics and findings of `results` (every input
/// of the run, in input order) to the report.
void FinishReport(const Engine::Impl& impl, const std::vector<size_t>& selected,
                  const CheckOptions& options, std::vector<InputResult> results, Report* report);

}  // namespace concord::eval

#endif  // CONCORD_EVAL_INPUT_RESULT_H_
