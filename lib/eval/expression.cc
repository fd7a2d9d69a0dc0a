#include "expression.h"

#include <algorithm>
#include <limits>

namespace concord::eval {
namespace {

void AppendHits(std::span<const Span> hits, std::vector<Span>* spans) {
  if (spans) spans->insert(spans->end(), hits.begin(), hits.end());
}

void SortUnique(std::vector<uint32_t>* v) {
  std::sort(v->begin(), v->end());
  v->erase(std::unique(v->begin(), v->end()), v->end());
}

}  // namespace

bool ExprEvaluator::Match(uint32_t e, Range range, std::vector<Span>* spans) const {
  const RulePack& pack = rules_.packs()[pack_];
  const Expr& expr = pack.exprs[e];
  switch (expr.kind) {
    case Expr::Kind::kConcept:
    case Expr::Kind::kTerm: {
      uint32_t cls = expr.kind == Expr::Kind::kConcept ? rules_.ConceptClass(pack_, expr.index)
                                                       : rules_.InlineClass(pack_, expr.index);
      std::span<const Span> hits = index_.HitsIn(cls, range);
      AppendHits(hits, spans);
      return !hits.empty();
    }
    case Expr::Kind::kAll: {
      size_t mark = spans ? spans->size() : 0;
      for (uint32_t child : expr.children) {
        if (!Match(child, range, spans)) {
          if (spans) spans->resize(mark);
          return false;
        }
      }
      return true;
    }
    case Expr::Kind::kAny: {
      bool any = false;
      for (uint32_t child : expr.children) {
        if (Match(child, range, spans)) {
          any = true;
          if (!spans) return true;
        }
      }
      return any;
    }
    case Expr::Kind::kNot:
      return expr.children.empty() || !Match(expr.children[0], range, nullptr);
    case Expr::Kind::kNear:
      return MatchNear(expr, range, spans);
    case Expr::Kind::kNegated:
      return MatchNegated(expr, range, spans);
  }
  return false;
}

bool ExprEvaluator::MatchNear(const Expr& expr, Range range, std::vector<Span>* spans) const {
  // Sentences where the first constrained child can match.
  std::vector<uint32_t> sentences;
  const std::vector<uint32_t>* required = nullptr;
  for (uint32_t child : expr.children) {
    if (!Required(child).empty()) {
      required = &Required(child);
      break;
    }
  }
  const TokenStream& tokens = index_.tokens();
  if (required) {
    for (uint32_t cls : *required) {
      for (const Span& s : index_.HitsIn(cls, range)) {
        sentences.push_back(tokens.tokens[s.first].sentence);
      }
    }
    SortUnique(&sentences);
  } else if (range.begin < range.end) {
    for (uint32_t s = tokens.tokens[range.begin].sentence;
         s <= tokens.tokens[range.end - 1].sentence; ++s) {
      sentences.push_back(s);
    }
  }
  bool any = false;
  for (uint32_t s : sentences) {
    Range sentence = index_.SentenceRange(s);
    sentence.begin = std::max(sentence.begin, range.begin);
    sentence.end = std::min(sentence.end, range.end);
    if (NearInSentence(expr, sentence, spans)) {
      any = true;
      if (!spans) return true;
    }
  }
  return any;
}

// Every child matches in `sentence`, and some choice of one match per child
// leaves at most `distance` other words inside the stretch they cover.
bool ExprEvaluator::NearInSentence(const Expr& expr, Range sentence,
                                   std::vector<Span>* spans) const {
  std::vector<std::vector<Span>> per_child(expr.children.size());
  for (size_t i = 0; i < expr.children.size(); ++i) {
    if (!Match(expr.children[i], sentence, &per_child[i]) || per_child[i].empty()) {
      // A child that matches without spans (a <not>) places no constraint.
      if (!Match(expr.children[i], sentence, nullptr)) return false;
    }
  }
  size_t lead = 0;
  while (lead < per_child.size() && per_child[lead].empty()) ++lead;
  if (lead == per_child.size()) return true;
  for (const Span& a : per_child[lead]) {
    std::vector<Span> chosen{a};
    for (size_t i = 0; i < per_child.size(); ++i) {
      if (i == lead || per_child[i].empty()) continue;
      const Span* best = nullptr;
      uint32_t best_gap = std::numeric_limits<uint32_t>::max();
      for (const Span& b : per_child[i]) {
        uint32_t gap =
            b.first > a.last ? b.first - a.last : (a.first > b.last ? a.first - b.last : 0);
        if (gap < best_gap) {
          best_gap = gap;
          best = &b;
        }
      }
      chosen.push_back(*best);
    }
    std::sort(chosen.begin(), chosen.end(),
              [](const Span& x, const Span& y) { return x.first < y.first; });
    uint32_t covered = 0;
    uint32_t reach = chosen.front().first;  // first token not yet counted
    for (const Span& s : chosen) {
      uint32_t from = std::max(reach, s.first);
      if (s.last + 1 > from) covered += s.last + 1 - from;
      reach = std::max(reach, s.last + 1);
    }
    uint32_t stretch = reach - chosen.front().first;
    if (stretch - covered <= expr.distance) {
      if (spans) spans->insert(spans->end(), chosen.begin(), chosen.end());
      return true;
    }
  }
  return false;
}

bool ExprEvaluator::MatchNegated(const Expr& expr, Range range, std::vector<Span>* spans) const {
  if (expr.children.empty()) return false;
  std::vector<Span> inner;
  if (!Match(expr.children[0], range, &inner)) return false;
  const TokenStream& tokens = index_.tokens();
  const PackClasses& classes = rules_.pack_classes(pack_);
  bool any = false;
  for (const Span& s : inner) {
    const Span* cue = FindCue(s, classes.negation, tokens);
    if (!cue) continue;
    any = true;
    if (!spans) return true;
    spans->push_back(s);
    spans->push_back(*cue);
  }
  return any;
}

// A negation cue in one of the clauses `s` spans, not part of `s` itself.
const Span* ExprEvaluator::FindCue(const Span& s, const std::vector<uint32_t>& cue_classes,
                                   const TokenStream& tokens) const {
  uint32_t first_clause = tokens.tokens[s.first].clause;
  uint32_t last_clause = tokens.tokens[s.last].clause;
  Range sentence = index_.SentenceRange(tokens.tokens[s.first].sentence);
  std::span<const Span> bounds = index_.HitsIn(rules_.bound_phrases(), sentence);
  auto in_bound_phrase = [&](const Span& cue) {
    return std::any_of(bounds.begin(), bounds.end(),
                       [&](const Span& b) { return b.first <= cue.first && cue.last <= b.last; });
  };
  for (uint32_t cls : cue_classes) {
    for (const Span& cue : index_.HitsIn(cls, sentence)) {
      bool overlaps = cue.first <= s.last && s.first <= cue.last;
      uint32_t clause = tokens.tokens[cue.first].clause;
      if (overlaps || clause < first_clause || clause > last_clause) continue;
      if (!in_bound_phrase(cue)) return &cue;
    }
  }
  return nullptr;
}

std::vector<uint32_t> ExprEvaluator::CandidateUnits(uint32_t e, Scope scope) const {
  std::vector<uint32_t> units;
  const std::vector<uint32_t>& required = Required(e);
  if (required.empty()) {
    size_t count = index_.Units(scope).size();
    units.resize(count);
    for (uint32_t u = 0; u < count; ++u) units[u] = u;
    return units;
  }
  for (uint32_t cls : required) {
    for (const Span& s : index_.Hits(cls)) units.push_back(index_.UnitOf(scope, s.first));
  }
  SortUnique(&units);
  return units;
}

}  // namespace concord::eval
