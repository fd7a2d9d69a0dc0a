// Engine internals shared by engine.cc, norms.cc and example_runner.cc.

#ifndef CONCORD_EVAL_ENGINE_IMPL_H_
#define CONCORD_EVAL_ENGINE_IMPL_H_

#include "compiled_rules.h"
#include "rule_checker.h"

#include "concord/engine.h"
#include "concord/outline.h"

#include <map>
#include <string>
#include <vector>

namespace concord {

struct Engine::Impl {
  /// A rule and the index of its pack.
  struct RuleRef {
    size_t pack = 0;
    const Rule* rule = nullptr;
  };

  std::vector<RulePack> packs;
  eval::CompiledRules compiled;
  std::vector<RuleRef> rules;  ///< every rule, pack order
  /// Instrument id -> its shipped outline (missing outlines are left out).
  std::map<std::string, InstrumentOutline> outlines;

  /// The rules CheckOptions select, as indexes into `rules`.
  std::vector<size_t> Select(const CheckOptions& options) const;
  /// The threshold value of a rule after profile parameters.
  double ThresholdValue(const Rule& rule, const Profile* profile) const;
  /// The Norm of rules[i].
  Norm MakeNorm(size_t i, const CheckOptions& options) const;
};

namespace eval {

/// True if a rule for `rule_subjects` applies to a document of `doc_subjects`
/// (either empty means yes).
bool SubjectFits(const std::vector<std::string>& rule_subjects,
                 const std::vector<std::string>& doc_subjects);

/// The stable fingerprint of a finding: rule id + document identity +
/// provision id, never line numbers (16 hex digits).
std::string Fingerprint(std::string_view rule_id, std::string_view document,
                        std::string_view provision);

}  // namespace eval
}  // namespace concord

#endif  // CONCORD_EVAL_ENGINE_IMPL_H_
