// The threshold check: a quantity near the anchor must compare with a value;
// exception clauses that lower it are conflicts (docs/rule-format.md).

#include "rule_checker.h"

#include <algorithm>
#include <cmath>

namespace concord::eval {
namespace {

// One quantity read in an anchor unit and how it fares.
struct Judged {
  Quantity quantity;
  double value = 0;  // in the rule's unit; for a relative change, base +/- amount
  bool from_exception = false;
  bool relative = false;
  bool violates = false;
};

bool Compare(double found, Op op, double required) {
  constexpr double kEpsilon = 1e-9;
  switch (op) {
    case Op::kGe:
      return found >= required - kEpsilon;
    case Op::kGt:
      return found > required + kEpsilon;
    case Op::kLe:
      return found <= required + kEpsilon;
    case Op::kLt:
      return found < required - kEpsilon;
    case Op::kEq:
      return std::fabs(found - required) < kEpsilon;
  }
  return false;
}

// The end of a range that a comparison judges: the lower end for minimums,
// the upper end for maximums.
double JudgedEnd(const Quantity& q, Op op, Unit unit) {
  bool upper = op == Op::kLe || op == Op::kLt;
  return ConvertUnit(upper ? q.upper : q.value, q.unit, unit);
}

std::string UnitWords(double value, Unit unit) {
  std::string name = UnitName(unit);
  return FormatNumber(value) + " " + name + (std::fabs(value - 1) < 1e-9 ? "" : "s");
}

// How many sentences either side of a value the anchor must hold in, in a
// unit of more than twice as many.
constexpr uint32_t kLocalSentences = 15;

}  // namespace

DocOutcome RuleChecker::Threshold(const Rule& rule, double required) const {
  DocOutcome out;
  const concord::Threshold& t = rule.threshold;
  if (rule.anchor < 0) return out;
  const uint32_t anchor = static_cast<uint32_t>(rule.anchor);
  const std::vector<Range>& units = index_.Units(rule.scope);
  const TokenStream& tokens = index_.tokens();
  const bool age = t.quantity == "age";
  const std::string norm = std::string(OpName(t.op)) + " " + UnitWords(required, t.unit);

  bool met = false;
  bool conflict = false;
  DocOutcome met_outcome;
  std::vector<Span> first_anchor;
  std::vector<Quantity> quantities;
  for (uint32_t u : exprs_.CandidateUnits(anchor, rule.scope)) {
    std::vector<Span> anchor_spans;
    if (!exprs_.Match(anchor, units[u], &anchor_spans)) continue;
    if (!out.anchored) first_anchor = anchor_spans;
    out.anchored = true;
    std::vector<uint32_t> anchor_sentences;
    for (const Span& s : anchor_spans) anchor_sentences.push_back(tokens.tokens[s.first].sentence);

    index_.QuantitiesIn(units[u], &quantities);
    // In a unit far longer than a provision (a law published as one block),
    // a value counts only where the anchor holds around it.
    const Range unit_range = units[u];
    const uint32_t unit_first = tokens.tokens[unit_range.begin].sentence;
    const uint32_t unit_last = tokens.tokens[unit_range.end - 1].sentence;
    const bool long_unit = unit_last - unit_first > 2 * kLocalSentences;
    auto anchored_near = [&](uint32_t sentence) {
      const uint32_t from = std::max(unit_first, sentence - std::min(sentence, kLocalSentences));
      const uint32_t to = std::min(unit_last, sentence + kLocalSentences);
      const Range local{std::max(unit_range.begin, index_.SentenceRange(from).begin),
                        std::min(unit_range.end, index_.SentenceRange(to).end)};
      return exprs_.Match(anchor, local, nullptr);
    };
    // Sentences whose wording already marks some quantity as an age: there a
    // bare number of years is something else (a contract term, a penalty).
    std::vector<uint32_t> age_sentences;
    for (const Quantity& q : quantities) {
      if (q.is_age) age_sentences.push_back(tokens.tokens[q.first_token].sentence);
    }
    auto contains = [](const std::vector<uint32_t>& v, uint32_t x) {
      return std::find(v.begin(), v.end(), x) != v.end();
    };
    std::vector<Judged> base, others;
    for (const Quantity& q : quantities) {
      if (q.unit == Unit::kNone) continue;
      uint32_t sentence = tokens.tokens[q.first_token].sentence;
      if (age) {
        // Ages are read in years only: a number of months is never an age
        // here. A bounded number of years ("from sixteen years") counts as an
        // age in a sentence of the anchor that states no other age; a plain
        // term ("for five years") does not.
        bool inferred = q.bound != Bound::kExact && !q.is_range &&
                        contains(anchor_sentences, sentence) && !contains(age_sentences, sentence);
        if (q.unit != Unit::kYear || !(q.is_age || inferred)) continue;
      } else if (t.quantity == "duration" && (q.is_age || q.retrospective)) {
        continue;  // "under sixteen years of age", "within the past five years"
      }
      double value = JudgedEnd(q, t.op, t.unit);
      if (std::isnan(value)) continue;
      if (long_unit && !anchored_near(sentence)) continue;
      Range sentence_range = index_.SentenceRange(sentence);
      if (t.context >= 0 &&
          !exprs_.Match(static_cast<uint32_t>(t.context), sentence_range, nullptr)) {
        continue;
      }
      Judged j{q, value, false, q.relative != 0, false};
      j.from_exception = t.exception >= 0 &&
                         exprs_.Match(static_cast<uint32_t>(t.exception), sentence_range, nullptr);
      (j.relative || j.from_exception ? others : base).push_back(j);
    }

    // The base values the selection judges.
    std::vector<Judged> judged;
    if (!base.empty()) {
      switch (t.select) {
        case Select::kMin:
          judged.push_back(*std::min_element(
              base.begin(), base.end(),
              [](const Judged& a, const Judged& b) { return a.value < b.value; }));
          break;
        case Select::kMax:
          judged.push_back(*std::max_element(
              base.begin(), base.end(),
              [](const Judged& a, const Judged& b) { return a.value < b.value; }));
          break;
        case Select::kFirst:
          judged.push_back(base.front());
          break;
        case Select::kAll:
          judged = base;
          break;
      }
    }
    // Exceptions are judged each; a relative change applies to the base value.
    for (Judged j : others) {
      if (j.relative) {
        if (judged.empty()) continue;  // nothing to lower or raise here
        double amount = ConvertUnit(j.quantity.is_range ? j.quantity.upper : j.quantity.value,
                                    j.quantity.unit, t.unit);
        j.value = judged.front().value + j.quantity.relative * amount;
      }
      judged.push_back(j);
    }
    if (judged.empty()) continue;

    DocOutcome unit_outcome;
    bool unit_conflict = false;
    for (Judged& j : judged) {
      j.violates = !Compare(j.value, t.op, required);
      unit_conflict = unit_conflict || j.violates;
      Value v;
      v.quantity = t.quantity;
      v.value = j.value;
      v.unit = UnitName(t.unit);
      Bound bound = j.quantity.bound;
      if (j.relative && j.quantity.relative < 0) {
        // "reduced by not more than two years": the result is at least 16.
        if (bound == Bound::kAtMost)
          bound = Bound::kAtLeast;
        else if (bound == Bound::kAtLeast)
          bound = Bound::kAtMost;
      }
      v.bound = BoundName(bound);
      v.text = evidence_.Words(Span{j.quantity.first_token, j.quantity.last_token});
      v.violates = j.violates;
      v.from_exception = j.from_exception || j.relative;
      v.evidence = static_cast<int32_t>(unit_outcome.evidence.size());
      const char* role = j.violates ? "violation" : (v.from_exception ? "exception" : "value");
      evidence_.Add({Span{j.quantity.first_token, j.quantity.last_token}}, role,
                    &unit_outcome.evidence, &unit_outcome.evidence_provisions, 1);
      unit_outcome.values.push_back(std::move(v));
    }
    if (unit_conflict) {
      // Keep every violating unit's values and evidence.
      size_t offset = out.evidence.size();
      for (Value& v : unit_outcome.values) {
        if (v.evidence >= 0) v.evidence += static_cast<int32_t>(offset);
        out.values.push_back(std::move(v));
      }
      out.evidence.insert(out.evidence.end(), unit_outcome.evidence.begin(),
                          unit_outcome.evidence.end());
      out.evidence_provisions.insert(out.evidence_provisions.end(),
                                     unit_outcome.evidence_provisions.begin(),
                                     unit_outcome.evidence_provisions.end());
      conflict = true;
    } else if (!met) {
      met = true;
      met_outcome = std::move(unit_outcome);
    }
  }

  if (conflict) {
    out.status = FindingStatus::kConflict;
    // The violating values lead: the finding's line is where the law falls short.
    std::vector<size_t> order(out.evidence.size());
    for (size_t e = 0; e < order.size(); ++e) order[e] = e;
    std::stable_partition(order.begin(), order.end(),
                          [&](size_t e) { return out.evidence[e].role == "violation"; });
    std::vector<size_t> new_index(order.size());
    std::vector<Evidence> evidence;
    std::vector<uint32_t> provisions;
    for (size_t k = 0; k < order.size(); ++k) {
      new_index[order[k]] = k;
      evidence.push_back(std::move(out.evidence[order[k]]));
      provisions.push_back(out.evidence_provisions[order[k]]);
    }
    out.evidence = std::move(evidence);
    out.evidence_provisions = std::move(provisions);
    for (Value& v : out.values) {
      if (v.evidence >= 0) v.evidence = static_cast<int32_t>(new_index[v.evidence]);
    }
    const Value* worst = nullptr;
    for (const Value& v : out.values) {
      if (v.violates && (!worst || (t.op == Op::kGe || t.op == Op::kGt ? v.value < worst->value
                                                                       : v.value > worst->value))) {
        worst = &v;
      }
    }
    out.message = "allows " + UnitWords(worst->value, t.unit) +
                  (worst->from_exception ? " by way of exception" : "") +
                  " where the norm requires " + norm;
    return out;
  }
  if (met) {
    met_outcome.status = FindingStatus::kMet;
    met_outcome.anchored = true;
    met_outcome.message =
        UnitWords(met_outcome.values.front().value, t.unit) + " meets the norm (" + norm + ")";
    return met_outcome;
  }
  if (out.anchored) {
    evidence_.Add(first_anchor, "anchor", &out.evidence, &out.evidence_provisions, 2);
    out.message = "the provision states no " + (age ? std::string("age") : t.quantity) + " in " +
                  UnitName(t.unit) + "s; the norm requires " + norm;
  } else {
    out.message = "no provision found: " + rule.title;
  }
  return out;
}

}  // namespace concord::eval
