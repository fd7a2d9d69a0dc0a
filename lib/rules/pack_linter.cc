// LintRulePack: what a loadable pack may still get wrong. Citations must
// resolve into the instrument outlines, every rule needs a recommendation and
// examples that can pass and fail in English and Russian, TB rules need a
// basis, concepts need terms in both languages, and severities should fit
// levels.

#include "spelling.h"

#include "concord/matcher.h"
#include "concord/outline.h"
#include "concord/rule_pack.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace concord {
namespace {

constexpr const char* kLintLanguages[] = {"en", "ru"};

class Linter {
 public:
  Linter(const RulePack& pack, Diagnostics* diagnostics) : pack_(pack), diagnostics_(diagnostics) {}

  void Run() {
    LoadOutlines();
    for (const Rule& rule : pack_.rules) LintRule(rule);
    LintConcepts();
  }

 private:
  void Error(const Location& where, std::string message) {
    diagnostics_->push_back(Diagnostic{DiagnosticLevel::kError, where, std::move(message)});
  }
  void Warning(const Location& where, std::string message) {
    diagnostics_->push_back(Diagnostic{DiagnosticLevel::kWarning, where, std::move(message)});
  }

  void LoadOutlines();
  void LintRule(const Rule& rule);
  void LintSource(const Rule& rule);
  void LintCitation(const Rule& rule, const Instrument& instrument,
                    const InstrumentOutline& outline);
  void LintExamples(const Rule& rule);
  void LintExample(const Rule& rule, const Example& example);
  void LintConcepts();
  void LintTerms(std::string_view kind, const std::string& id, const std::vector<TermSpec>& terms);

  const RulePack& pack_;
  Diagnostics* diagnostics_;
  std::map<std::string, InstrumentOutline> outlines_;  // by instrument id, if loaded
};

void Linter::LoadOutlines() {
  for (const Instrument& instrument : pack_.instruments) {
    if (instrument.outline.empty()) {
      Error(instrument.location, "instrument '" + instrument.id + "' has no outline");
      continue;
    }
    InstrumentOutline outline;
    Status status = LoadOutline(instrument.outline, &outline);
    if (!status.ok()) {
      // "path: message", or "path:line:col: message" for a malformed outline.
      std::string where =
          status.location().line != 0 ? status.location().ToString() : instrument.outline;
      Error(instrument.location, "cannot load the outline of instrument '" + instrument.id +
                                     "': " + where + ": " + status.message());
      continue;
    }
    outlines_.emplace(instrument.id, std::move(outline));
  }
}

void Linter::LintRule(const Rule& rule) {
  const std::string name = "rule '" + rule.id + "'";
  LintSource(rule);
  if (rule.recommendation.empty()) Error(rule.location, name + " has no <recommendation>");
  if (rule.level == Level::kTreatyBody && rule.basis.empty()) {
    Error(rule.location, name + " is level TB but has no <basis>");
  }
  if (rule.severity == Severity::kInfo &&
      (rule.level == Level::kTreaty || rule.level == Level::kCustomary)) {
    Warning(rule.location, name + " is level " + std::string(LevelName(rule.level)) +
                               " but severity info; a failure of a binding norm should be an "
                               "error or a warning");
  }
  LintExamples(rule);
}

void Linter::LintSource(const Rule& rule) {
  if (rule.instrument.empty()) {
    Error(rule.location, "rule '" + rule.id + "' has no <source>");
    return;
  }
  const Instrument* instrument = pack_.FindInstrument(rule.instrument);
  if (instrument == nullptr) {
    std::vector<std::string_view> ids;
    for (const Instrument& known : pack_.instruments) ids.push_back(known.id);
    Error(rule.source_location,
          "unknown instrument '" + rule.instrument + "'" + DidYouMean(rule.instrument, ids));
    return;
  }
  if (rule.article.empty() && rule.eid.empty()) {
    Error(rule.source_location, "<source> needs an article or an eid");
    return;
  }
  auto outline = outlines_.find(instrument->id);
  if (outline != outlines_.end()) LintCitation(rule, *instrument, outline->second);
}

void Linter::LintCitation(const Rule& rule, const Instrument& instrument,
                          const InstrumentOutline& outline) {
  std::string cited = rule.eid.empty() ? "article " + rule.article : "eid " + rule.eid;
  const ArticleOutline* article = outline.Find(rule.eid, rule.article);
  if (article == nullptr) {
    Error(rule.source_location, cited + " is not in the outline of instrument '" + instrument.id +
                                    "' (" + instrument.outline + ")");
    return;
  }
  if (!rule.eid.empty() && !outline.HasProvision(rule.eid)) {
    Warning(rule.source_location, "eid " + rule.eid + " is not in the outline of instrument '" +
                                      instrument.id + "'; only its article " + article->eid +
                                      " is");
  }
  if (!rule.article.empty() && !rule.eid.empty() &&
      BareArticleNumber(rule.article) != article->num) {
    Warning(rule.source_location, "article " + rule.article + " does not match eid " + rule.eid +
                                      " (article " + article->num + ")");
  }
}

// The statuses each check can produce.
bool CanProduce(CheckKind check, FindingStatus status) {
  switch (status) {
    case FindingStatus::kMet:
      return true;
    case FindingStatus::kPartial:
      return check == CheckKind::kElements;
    case FindingStatus::kGap:
      return check != CheckKind::kProhibit;
    case FindingStatus::kConflict:
      return check == CheckKind::kProhibit || check == CheckKind::kThreshold;
    default:
      return false;
  }
}

void Linter::LintExamples(const Rule& rule) {
  for (const char* lang : kLintLanguages) {
    bool met = false, failing = false;
    for (const Example& example : rule.examples) {
      if (example.lang != lang) continue;
      met = met || example.status == FindingStatus::kMet;
      failing = failing || IsFailure(example.status);
    }
    std::string name = "rule '" + rule.id + "'";
    if (!met) Error(rule.location, name + " has no met example in " + lang);
    if (!failing) Error(rule.location, name + " has no failing example in " + lang);
  }
  for (const Example& example : rule.examples) LintExample(rule, example);
}

void Linter::LintExample(const Rule& rule, const Example& example) {
  if (!CanProduce(rule.check, example.status)) {
    Error(example.location, "a <" + std::string(CheckKindName(rule.check)) +
                                "> check never gives status '" + FindingStatusName(example.status) +
                                "'");
  }
  std::vector<std::string_view> ids;
  for (const Element& element : rule.elements) ids.push_back(element.id);
  for (const std::string& missing : example.missing) {
    if (std::find(ids.begin(), ids.end(), missing) != ids.end()) continue;
    Error(example.location, "missing names '" + missing + "', which is not an element of rule '" +
                                rule.id + "'" + DidYouMean(missing, ids));
  }
  if (example.status == FindingStatus::kPartial && example.missing.empty()) {
    Warning(example.location, "a partial example should list its missing elements");
  }
}

void Linter::LintConcepts() {
  std::set<uint32_t> used;
  for (const Expr& expr : pack_.exprs) {
    if (expr.kind == Expr::Kind::kConcept) used.insert(expr.index);
  }
  for (uint32_t i = 0; i < pack_.concepts.size(); ++i) {
    const Concept& concept_ = pack_.concepts[i];
    LintTerms("concept", concept_.id, concept_.terms);
    if (!used.count(i)) {
      if (concept_.id != "negation") {
        Warning(concept_.location, "concept '" + concept_.id + "' is not used by any rule");
      }
      continue;
    }
    for (const char* lang : kLintLanguages) {
      bool covered = false;
      for (const TermSpec& term : concept_.terms) covered |= term.lang.empty() || term.lang == lang;
      if (!covered) {
        Warning(concept_.location, "concept '" + concept_.id + "' has no " + lang + " term");
      }
    }
  }
  for (const Subject& subject : pack_.subjects) LintTerms("subject", subject.id, subject.terms);
}

void Linter::LintTerms(std::string_view kind, const std::string& id,
                       const std::vector<TermSpec>& terms) {
  // Two terms are the same when their language, normalized words and gap are
  // (one word in two languages documents both: "prescription" en and fr).
  std::map<std::string, const TermSpec*> seen;
  for (const TermSpec& term : terms) {
    std::vector<TermWord> words;
    if (!SplitTerm(term.text, &words).ok()) continue;
    std::string key = term.lang + ' ' + std::to_string(words.size() > 1 ? term.gap : 0);
    for (const TermWord& word : words) key += ' ' + word.norm + (word.prefix ? "*" : "");
    auto [it, inserted] = seen.emplace(key, &term);
    if (inserted) continue;
    Warning(term.location, "duplicate term '" + term.text + "' in " + std::string(kind) + " '" +
                               id + "' (same as at " + it->second->location.ToString() + ")");
  }
}

}  // namespace

void LintRulePack(const RulePack& pack, Diagnostics* diagnostics) {
  Linter(pack, diagnostics).Run();
}

}  // namespace concord
