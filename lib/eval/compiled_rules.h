// CompiledRules: every pack's vocabulary compiled into one Matcher.
//
// Concepts and inline terms of all packs become "classes": a hit of any term
// of a concept is a hit of its class. Built-in negation cues and each pack's
// `negation` concept form extra classes, and so do subject title terms. The
// class numbering is global across packs; PackClasses maps a pack's local
// concept and term indexes to it.
//
// Thread-safety: immutable after Build.

#ifndef CONCORD_EVAL_COMPILED_RULES_H_
#define CONCORD_EVAL_COMPILED_RULES_H_

#include "concord/diagnostic.h"
#include "concord/matcher.h"
#include "concord/quantity.h"
#include "concord/rule_pack.h"

#include <memory>
#include <string>
#include <vector>

namespace concord::eval {

/// Where one pack's concepts and inline terms sit in the global class space.
struct PackClasses {
  uint32_t concept_base = 0;
  uint32_t inline_base = 0;
  /// Classes whose hits are negation cues for this pack (built-in first).
  std::vector<uint32_t> negation;
  /// For each expression of the pack: classes one of which every match needs
  /// (empty: the expression can match without any hit, e.g. <not>).
  std::vector<std::vector<uint32_t>> required;
};

/// A subject and the class of its title terms.
struct SubjectClass {
  std::string id;
  uint32_t cls = 0;
};

class CompiledRules {
 public:
  /// Compiles `packs` (which must outlive this object).
  Status Build(const std::vector<RulePack>& packs, Diagnostics* diagnostics);

  const Matcher& matcher() const { return *matcher_; }
  const NumberReader& numbers() const { return *numbers_; }
  const std::vector<RulePack>& packs() const { return *packs_; }
  const PackClasses& pack_classes(size_t pack) const { return pack_classes_[pack]; }
  const std::vector<SubjectClass>& subjects() const { return subjects_; }
  uint32_t class_count() const { return class_count_; }
  /// The class of phrases in which a negation word only bounds a quantity
  /// ("not more than", "не позднее") and negates nothing.
  uint32_t bound_phrases() const { return bound_phrases_; }

  uint32_t ConceptClass(size_t pack, uint32_t concept_index) const {
    return pack_classes_[pack].concept_base + concept_index;
  }
  uint32_t InlineClass(size_t pack, uint32_t term_index) const {
    return pack_classes_[pack].inline_base + term_index;
  }

 private:
  void ComputeRequired(size_t pack);

  const std::vector<RulePack>* packs_ = nullptr;
  std::unique_ptr<Matcher> matcher_;
  std::unique_ptr<NumberReader> numbers_;
  std::vector<PackClasses> pack_classes_;
  std::vector<SubjectClass> subjects_;
  uint32_t class_count_ = 0;
  uint32_t bound_phrases_ = 0;
};

}  // namespace concord::eval

#endif  // CONCORD_EVAL_COMPILED_RULES_H_
