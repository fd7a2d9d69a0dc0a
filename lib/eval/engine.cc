#include "concord/engine.h"

#include "document_index.h"
#include "engine_impl.h"
#include "input_result.h"
#include "outcome_merge.h"
#include "rule_checker.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

namespace concord {
namespace {

using eval::DocOutcome;
using eval::InputResult;

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// Warns about suppressions that name no rule of any loaded pack.
void CheckSuppressionIds(const Document& doc, const Engine::Impl& impl, Diagnostics* out) {
  for (const Suppression& s : doc.suppressions) {
    bool known = std::any_of(
        impl.rules.begin(), impl.rules.end(),
        [&](const Engine::Impl::RuleRef& r) { return GlobMatch(s.rule_id, r.rule->id); });
    if (!known) {
      out->push_back(Diagnostic{DiagnosticLevel::kWarning, Location{doc.path, s.line, s.column},
                                "concord-ignore names no known rule '" + s.rule_id + "'"});
    }
  }
}

// Evaluates the selected rules on one loaded document.
void EvaluateDocument(const Engine::Impl& impl, const std::vector<size_t>& selected,
                      const CheckOptions& options, const Document& doc, eval::DocumentIndex* index,
                      InputResult* result) {
  result->summary.loaded = true;
  result->summary.format = doc.format;
  result->summary.doc_type = doc.doc_type;
  result->summary.frbr_work = doc.frbr_work;
  result->summary.title = doc.title;
  result->summary.language = doc.language;
  result->summary.provisions = static_cast<uint32_t>(doc.provisions.size());
  result->summary.bytes = doc.source_bytes;
  result->identity = doc.identity();
  result->outcomes.clear();
  result->outcomes.resize(selected.size());
  if (doc.is_treaty()) return;  // treaty texts are norms, never evidence
  result->evaluated = true;
  CheckSuppressionIds(doc, impl, &result->diagnostics);

  index->Build(doc, impl.compiled);
  std::vector<std::string> subjects = options.subjects;
  if (subjects.empty()) {
    for (const std::string& s : doc.subjects) subjects.push_back(Lower(s));
    for (const std::string& s : index->title_subjects()) subjects.push_back(s);
  }
  result->subject_known = !subjects.empty();
  for (size_t i = 0; i < selected.size(); ++i) {
    const Engine::Impl::RuleRef& ref = impl.rules[selected[i]];
    if (!eval::SubjectFits(ref.rule->subjects, subjects)) continue;
    eval::RuleChecker checker(impl.compiled, ref.pack, *index);
    result->outcomes[i] = std::make_unique<DocOutcome>(
        checker.Check(*ref.rule, impl.ThresholdValue(*ref.rule, options.profile)));
  }
}

// Runs `work(i, index)` for every input on `jobs` threads, each with its own
// DocumentIndex; results land by input index, so order never depends on jobs.
template <typename Work>
void ForEachInput(size_t count, int jobs, const std::function<void(size_t, uint64_t)>& progress,
                  std::vector<InputResult>* results, Work work) {
  std::atomic<size_t> next{0};
  std::mutex progress_mutex;
  size_t done = 0;
  uint64_t bytes = 0;
  auto worker = [&] {
    eval::DocumentIndex index;
    for (size_t i = next++; i < count; i = next++) {
      work(i, &index);
      if (progress) {
        std::lock_guard<std::mutex> lock(progress_mutex);
        bytes += (*results)[i].summary.bytes;
        progress(++done, bytes);
      }
    }
  };
  size_t threads = std::clamp<size_t>(static_cast<size_t>(std::max(jobs, 1)), 1, count);
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (std::thread& t : pool) t.join();
}

Finding MakeFinding(const Engine::Impl& impl, const CheckOptions& options, size_t norm_index,
                    const Engine::Impl::RuleRef& ref, DocOutcome outcome,
                    const std::string& document, const std::string& identity) {
  Finding f;
  f.norm = static_cast<uint32_t>(norm_index);
  f.rule_id = ref.rule->id;
  f.status = outcome.status;
  f.severity = ref.rule->severity;
  f.message = std::move(outcome.message);
  f.missing = std::move(outcome.missing);
  f.values = std::move(outcome.values);
  f.evidence = std::move(outcome.evidence);
  f.document = document;
  f.suppression = std::move(outcome.suppression);
  std::string where = identity;
  std::string provision;
  if (!f.evidence.empty()) {
    where = f.evidence.front().frbr_work.empty() ? f.evidence.front().path
                                                 : f.evidence.front().frbr_work;
    provision = f.evidence.front().provision_id;
  }
  f.fingerprint = eval::Fingerprint(f.rule_id, where, provision);

  if (const Profile* profile = options.profile) {
    const Rule& rule = *ref.rule;
    const Party* party = profile->FindParty(rule.instrument);
    const Instrument* instrument = impl.packs[ref.pack].FindInstrument(rule.instrument);
    std::string title = instrument ? instrument->title : rule.instrument;
    if ((!party || party->status != "party") && rule.level != Level::kCustomary) {
      f.status = FindingStatus::kNotApplicable;
      f.message = party ? "the state has signed but not ratified the " + title
                        : "the state is not party to the " + title;
      return f;
    }
    for (const Reservation& r : profile->reservations) {
      if (r.kind != "reservation" || r.instrument != rule.instrument) continue;
      bool covers = !r.rules.empty() ? GlobMatch(r.rules, rule.id)
                                     : r.article.empty() || rule.article == r.article ||
                                           (rule.article.rfind(r.article, 0) == 0 &&
                                            rule.article[r.article.size()] == '(');
      if (!covers) continue;
      f.reservation = r.text;
      if (IsFailure(f.status)) f.status = FindingStatus::kReserved;
      break;
    }
  }
  return f;
}

// Loads and evaluates `count` inputs with `load_and_check`, in input order.
std::vector<InputResult> Evaluate(
    size_t count, const CheckOptions& options,
    const std::function<void(size_t, eval::DocumentIndex*, InputResult*)>& load_and_check) {
  std::vector<InputResult> results(count);
  ForEachInput(
      count, options.jobs, options.progress, &results,
      [&](size_t i, eval::DocumentIndex* index) { load_and_check(i, index, &results[i]); });
  return results;
}

}  // namespace

namespace eval {

void BeginReport(const Engine::Impl& impl, const std::vector<size_t>& selected,
                 const CheckOptions& options, Report* report) {
  report->mode = options.per_document ? "per-document" : "framework";
  if (options.profile) {
    report->profile = options.profile->path;
    report->state = options.profile->state;
  }
  for (const RulePack& pack : impl.packs) {
    report->packs.push_back(PackSummary{pack.id, pack.version, pack.title, pack.path,
                                        static_cast<uint32_t>(pack.rules.size())});
  }
  for (size_t i : selected) report->norms.push_back(impl.MakeNorm(i, options));
}

void FinishReport(const Engine::Impl& impl, const std::vector<size_t>& selected,
                  const CheckOptions& options, std::vector<InputResult> results, Report* report) {
  for (InputResult& r : results) {
    report->documents.push_back(r.summary);
    report->diagnostics.insert(report->diagnostics.end(), r.diagnostics.begin(),
                               r.diagnostics.end());
  }
  if (options.per_document) {
    for (InputResult& r : results) {
      if (!r.evaluated) continue;
      for (size_t k = 0; k < selected.size(); ++k) {
        if (!r.outcomes[k]) continue;
        // A document of unknown subject is not about every subject: a rule
        // meant for another kind of law finding nothing there is no gap, nor
        // is an anchor there that holds none of the rule's elements.
        const DocOutcome& o = *r.outcomes[k];
        const bool nothing_found = (o.status == FindingStatus::kGap && !o.anchored) ||
                                   (o.status == FindingStatus::kPartial && o.score == 0);
        if (!r.subject_known && !impl.rules[selected[k]].rule->subjects.empty() && nothing_found) {
          continue;
        }
        report->findings.push_back(MakeFinding(impl, options, k, impl.rules[selected[k]],
                                               std::move(*r.outcomes[k]), r.summary.path,
                                               r.identity));
      }
    }
    return;
  }
  // No document could be read: no verdict on any norm (a gap over nothing
  // would blame documents nobody saw).
  bool any_loaded = false;
  for (const InputResult& r : results) any_loaded = any_loaded || r.summary.loaded;
  if (!any_loaded) return;
  for (size_t k = 0; k < selected.size(); ++k) {
    std::vector<const DocOutcome*> outcomes;
    for (const InputResult& r : results) {
      if (r.evaluated && r.outcomes[k]) outcomes.push_back(&*r.outcomes[k]);
    }
    const Engine::Impl::RuleRef& ref = impl.rules[selected[k]];
    report->findings.push_back(MakeFinding(
        impl, options, k, ref, eval::MergeOutcomes(*ref.rule, outcomes), "", "framework"));
  }
}

std::vector<InputResult> EvaluateFiles(const Engine::Impl& impl,
                                       const std::vector<std::string>& paths,
                                       const std::vector<size_t>& selected,
                                       const CheckOptions& options) {
  return Evaluate(
      paths.size(), options, [&](size_t i, eval::DocumentIndex* index, InputResult* result) {
        result->summary.path = paths[i];
        Document doc;
        Status status = LoadDocumentFile(paths[i], options.load, &doc, &result->diagnostics);
        if (!status.ok()) {
          result->diagnostics.push_back(Diagnostic::FromStatus(status));
          return;
        }
        result->summary.bytes = doc.source_bytes;
        EvaluateDocument(impl, selected, options, doc, index, result);
      });  // `doc` is released here, before the next input is loaded
}

}  // namespace eval

Engine::Engine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Engine::~Engine() = default;

Status Engine::Create(std::vector<RulePack> packs, std::unique_ptr<Engine>* out,
                      Diagnostics* diagnostics) {
  auto impl = std::make_unique<Impl>();
  impl->packs = std::move(packs);
  std::set<std::string> ids;
  bool duplicate = false;
  for (size_t p = 0; p < impl->packs.size(); ++p) {
    for (const Rule& rule : impl->packs[p].rules) {
      if (!ids.insert(rule.id).second) {
        diagnostics->push_back(Diagnostic{DiagnosticLevel::kError, rule.location,
                                          "rule id '" + rule.id + "' is defined by two packs"});
        duplicate = true;
      }
      impl->rules.push_back(Impl::RuleRef{p, &rule});
    }
    for (const Instrument& instrument : impl->packs[p].instruments) {
      InstrumentOutline outline;
      if (!instrument.outline.empty() && LoadOutline(instrument.outline, &outline).ok()) {
        impl->outlines.emplace(instrument.id, std::move(outline));
      }
    }
  }
  if (duplicate) return Status::InvalidArgument("duplicate rule ids across packs");
  Status status = impl->compiled.Build(impl->packs, diagnostics);
  if (!status.ok()) return status;
  out->reset(new Engine(std::move(impl)));
  return Status::Ok();
}

const std::vector<RulePack>& Engine::packs() const { return impl_->packs; }

void Engine::CheckFiles(const std::vector<std::string>& paths, const CheckOptions& options,
                        Report* report) const {
  std::vector<size_t> selected = impl_->Select(options);
  eval::BeginReport(*impl_, selected, options, report);
  eval::FinishReport(*impl_, selected, options,
                     eval::EvaluateFiles(*impl_, paths, selected, options), report);
}

void Engine::CheckDocuments(const std::vector<Document>& documents, const CheckOptions& options,
                            Report* report) const {
  std::vector<size_t> selected = impl_->Select(options);
  eval::BeginReport(*impl_, selected, options, report);
  std::vector<InputResult> results = Evaluate(
      documents.size(), options, [&](size_t i, eval::DocumentIndex* index, InputResult* result) {
        result->summary.path = documents[i].path;
        EvaluateDocument(*impl_, selected, options, documents[i], index, result);
      });
  eval::FinishReport(*impl_, selected, options, std::move(results), report);
}

std::vector<Norm> Engine::Norms(const CheckOptions& options) const {
  std::vector<Norm> norms;
  for (size_t i : impl_->Select(options)) norms.push_back(impl_->MakeNorm(i, options));
  return norms;
}

std::vector<size_t> Engine::Impl::Select(const CheckOptions& options) const {
  std::vector<size_t> out;
  auto any_glob = [](const std::vector<std::string>& globs, const std::string& id) {
    return std::any_of(globs.begin(), globs.end(),
                       [&](const std::string& g) { return GlobMatch(g, id); });
  };
  for (size_t i = 0; i < rules.size(); ++i) {
    const Rule& rule = *rules[i].rule;
    if (!options.only.empty() && !any_glob(options.only, rule.id)) continue;
    if (any_glob(options.skip, rule.id)) continue;
    if (!options.instruments.empty() &&
        std::find(options.instruments.begin(), options.instruments.end(), rule.instrument) ==
            options.instruments.end()) {
      continue;
    }
    if (!options.tags.empty() &&
        std::none_of(rule.tags.begin(), rule.tags.end(),
                     [&](const std::string& tag) { return any_glob(options.tags, tag); })) {
      continue;
    }
    out.push_back(i);
  }
  return out;
}

double Engine::Impl::ThresholdValue(const Rule& rule, const Profile* profile) const {
  const std::string& parameter = rule.threshold.parameter;
  if (profile && !parameter.empty()) {
    auto it = profile->parameters.find(parameter);
    if (it != profile->parameters.end()) return it->second;
  }
  return rule.threshold.value;
}

}  // namespace concord
