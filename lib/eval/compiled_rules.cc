#include "compiled_rules.h"

#include <algorithm>

namespace concord::eval {
namespace {

// Negation cues every pack gets; a pack's own `negation` concept adds to them.
constexpr const char* kBuiltinNegation[] = {
    // en
    "not", "no", "never", "neither", "nor", "without", "prohibit*", "forbid*", "cannot",
    // ru
    "не", "нет", "ни", "без", "запрещ*", "недопуст*", "нельзя",
    // fr, es
    "ne", "pas", "interdit*", "prohib*"};

// Negation words that only bound a quantity or offer a choice ("not more than
// two years", "не позднее", "with or without"): a cue inside one of these
// negates nothing.
constexpr const char* kBoundPhrases[] = {
    // en
    "not more", "not less", "not later", "not earlier", "not exceed*", "not over", "not under",
    "no more", "no less", "no later", "no earlier", "or without", "or not",
    // ru
    "не более", "не менее", "не позднее", "не позже", "не ранее", "не свыше", "не старше",
    "не моложе", "не реже", "не чаще", "не выше", "не ниже", "не превыша*", "или без", "либо без",
    "без такового", "без таковой", "без таковых",
    // fr, es
    "pas plus", "pas moins", "no más", "no menos", "no mayor", "no menor"};

}  // namespace

Status CompiledRules::Build(const std::vector<RulePack>& packs, Diagnostics* diagnostics) {
  packs_ = &packs;
  std::vector<Term> terms;
  uint32_t next = 0;
  const uint32_t builtin_negation = next++;
  for (const char* cue : kBuiltinNegation) terms.push_back(Term{cue, 0, builtin_negation});
  bound_phrases_ = next++;
  for (const char* phrase : kBoundPhrases) terms.push_back(Term{phrase, 0, bound_phrases_});

  pack_classes_.assign(packs.size(), PackClasses{});
  std::vector<NumberWord> lexicon;
  for (size_t p = 0; p < packs.size(); ++p) {
    const RulePack& pack = packs[p];
    PackClasses& classes = pack_classes_[p];
    classes.negation.push_back(builtin_negation);
    classes.concept_base = next;
    for (size_t c = 0; c < pack.concepts.size(); ++c) {
      for (const TermSpec& t : pack.concepts[c].terms) terms.push_back(Term{t.text, t.gap, next});
      if (pack.concepts[c].id == "negation") classes.negation.push_back(next);
      ++next;
    }
    classes.inline_base = next;
    for (const TermSpec& t : pack.inline_terms) terms.push_back(Term{t.text, t.gap, next++});
    for (const Subject& subject : pack.subjects) {
      for (const TermSpec& t : subject.terms) terms.push_back(Term{t.text, t.gap, next});
      subjects_.push_back(SubjectClass{subject.id, next++});
    }
    lexicon.insert(lexicon.end(), pack.numbers.begin(), pack.numbers.end());
  }
  class_count_ = next;

  Status status = Matcher::Compile(terms, &matcher_);
  if (!status.ok()) {
    diagnostics->push_back(Diagnostic::FromStatus(status));
    return status;
  }
  status = NumberReader::Create(std::move(lexicon), &numbers_);
  if (!status.ok()) {
    diagnostics->push_back(Diagnostic::FromStatus(status));
    return status;
  }
  for (size_t p = 0; p < packs.size(); ++p) ComputeRequired(p);
  return Status::Ok();
}

// Fills PackClasses::required bottom-up. Expressions refer only to earlier
// or later nodes, so this recurses through an explicit memo.
void CompiledRules::ComputeRequired(size_t p) {
  const RulePack& pack = (*packs_)[p];
  PackClasses& classes = pack_classes_[p];
  classes.required.assign(pack.exprs.size(), {});
  std::vector<uint8_t> state(pack.exprs.size(), 0);  // 0 new, 1 visiting, 2 done
  std::vector<uint32_t> stack;
  for (uint32_t root = 0; root < pack.exprs.size(); ++root) {
    if (state[root] == 2) continue;
    stack.push_back(root);
    while (!stack.empty()) {
      uint32_t e = stack.back();
      const Expr& expr = pack.exprs[e];
      if (state[e] == 0) {
        state[e] = 1;
        for (uint32_t child : expr.children) {
          if (state[child] == 0) stack.push_back(child);
        }
        continue;
      }
      stack.pop_back();
      if (state[e] == 2) continue;
      state[e] = 2;
      std::vector<uint32_t>& out = classes.required[e];
      switch (expr.kind) {
        case Expr::Kind::kConcept:
          out = {ConceptClass(p, expr.index)};
          break;
        case Expr::Kind::kTerm:
          out = {InlineClass(p, expr.index)};
          break;
        case Expr::Kind::kAll:
        case Expr::Kind::kNear:
          // Any one child's requirement will do; the smallest prunes most.
          for (uint32_t child : expr.children) {
            const auto& r = classes.required[child];
            if (!r.empty() && (out.empty() || r.size() < out.size())) out = r;
          }
          break;
        case Expr::Kind::kAny: {
          bool unconstrained = false;
          for (uint32_t child : expr.children) {
            const auto& r = classes.required[child];
            if (r.empty()) unconstrained = true;
            out.insert(out.end(), r.begin(), r.end());
          }
          if (unconstrained) out.clear();
          break;
        }
        case Expr::Kind::kNegated:
          if (!expr.children.empty()) out = classes.required[expr.children[0]];
          break;
        case Expr::Kind::kNot:
          break;
      }
      std::sort(out.begin(), out.end());
      out.erase(std::unique(out.begin(), out.end()), out.end());
    }
  }
}

}  // namespace concord::eval
