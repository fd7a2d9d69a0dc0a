// `rules test`: each rule example becomes a one-article document, evaluated
// against its own rule; the verdict and missing elements must match.

#include "document_index.h"
#include "engine_impl.h"
#include "rule_checker.h"

#include <algorithm>

namespace concord {
namespace {

Document ExampleDocument(const Rule& rule, const Example& example) {
  Document doc;
  doc.path = example.location.path;
  doc.format = "example";
  doc.doc_type = "act";
  doc.language = example.lang;
  doc.title = rule.id + " example";
  if (!example.subject.empty()) doc.subjects.push_back(example.subject);
  Provision p;
  p.kind = "article";
  p.id = "art_1";
  p.num = "1";
  p.heading = example.heading;
  p.text = example.text;
  p.end = 1;
  p.line = example.location.line;
  p.column = example.location.column;
  p.heading_segments.push_back(TextSegment{0, example.location.line, example.location.column});
  p.text_segments.push_back(TextSegment{0, example.location.line, example.location.column});
  doc.provisions.push_back(std::move(p));
  return doc;
}

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : " ") + s;
  return out.empty() ? "(none)" : out;
}

}  // namespace

void Engine::TestExamples(std::vector<ExampleOutcome>* outcomes) const {
  eval::DocumentIndex index;
  for (const Impl::RuleRef& ref : impl_->rules) {
    const Rule& rule = *ref.rule;
    for (const Example& example : rule.examples) {
      Document doc = ExampleDocument(rule, example);
      index.Build(doc, impl_->compiled);
      eval::RuleChecker checker(impl_->compiled, ref.pack, index);
      eval::DocOutcome got = checker.Check(rule, impl_->ThresholdValue(rule, nullptr));

      ExampleOutcome o;
      o.rule = &rule;
      o.example = &example;
      o.status = got.status;
      for (const MissingElement& m : got.missing) o.missing.push_back(m.id);
      std::vector<std::string> want = example.missing;
      std::vector<std::string> have = o.missing;
      std::sort(want.begin(), want.end());
      std::sort(have.begin(), have.end());
      bool status_ok = got.status == example.status;
      bool missing_ok = example.status != FindingStatus::kPartial || want == have;
      o.passed = status_ok && missing_ok;
      if (!status_ok) {
        o.message = std::string("expected ") + FindingStatusName(example.status) + ", got " +
                    FindingStatusName(got.status) + ": " + got.message;
      } else if (!missing_ok) {
        o.message = "expected missing " + Join(want) + ", got missing " + Join(have);
      }
      outcomes->push_back(std::move(o));
    }
  }
}

}  // namespace concord
