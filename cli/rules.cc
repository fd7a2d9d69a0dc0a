// concord rules list|show|lint|test and concord explain: the packs themselves.

#include "command.h"
#include "output.h"

#include "concord/engine.h"

#include <algorithm>
#include <map>
#include <tuple>

#include <fmt/format.h>

namespace concord::cli {
namespace {

struct RulesFlags {
  std::vector<std::string> packs;  // positional (lint, test) or --rules
  std::string rule_id;
  std::string treaties;
};

// Loads the packs and builds an engine; prints problems and returns false.
bool OpenEngine(const std::vector<std::string>& paths, std::unique_ptr<Engine>* engine) {
  Diagnostics diagnostics;
  std::vector<RulePack> packs;
  Status status = LoadPacks(paths, &packs, &diagnostics);
  if (status.ok()) status = Engine::Create(std::move(packs), engine, &diagnostics);
  PrintDiagnostics(diagnostics);
  if (!status.ok() && !HasErrors(diagnostics)) PrintError(status.message());
  return status.ok();
}

std::string Source(const Norm& n) {
  std::string s = fmt::format("{} art. {}", n.instrument, n.article);
  if (!n.article_heading.empty()) s += " (" + n.article_heading + ")";
  return s;
}

ExitCode RunList(const RulesFlags& flags) {
  std::unique_ptr<Engine> engine;
  if (!OpenEngine(flags.packs, &engine)) return kExitError;
  std::vector<Norm> norms = engine->Norms(CheckOptions{});
  std::map<std::string, std::map<std::string, int>> counts;  // instrument -> level -> n
  for (const Norm& n : norms) {
    fmt::print("{:<44} {:<3} {:<7} {:<9} {}\n", n.rule_id, LevelName(n.level),
               SeverityName(n.severity), n.check, Source(n));
    ++counts[n.instrument][LevelName(n.level)];
  }
  fmt::print("\n{} rules in {} packs\n", norms.size(), engine->packs().size());
  for (const auto& [instrument, levels] : counts) {
    std::string line;
    int total = 0;
    for (const auto& [level, n] : levels) {
      line += fmt::format(" {} {}", level, n);
      total += n;
    }
    fmt::print("  {:<14} {:>3} rules:{}\n", instrument, total, line);
  }
  return kExitOk;
}

void PrintNorm(const Engine& engine, const Norm& n) {
  fmt::print("{}: {}\n", n.rule_id, n.title);
  fmt::print("  instrument:     {} ({})\n", n.instrument_title, n.instrument);
  fmt::print("  article:        {}{}\n", n.article,
             n.article_heading.empty() ? "" : " — " + n.article_heading);
  if (!n.official_text.empty()) {
    fmt::print("  official text:  {}\n", n.official_text);
  } else if (!n.summary.empty()) {
    fmt::print("  norm:           {}\n", n.summary);
  }
  if (!n.basis.empty()) fmt::print("  basis:          {}\n", n.basis);
  fmt::print("  level:          {} ({})\n", LevelName(n.level), LevelDescription(n.level));
  fmt::print("  severity:       {}\n", SeverityName(n.severity));
  fmt::print("  how it is checked: {} — {}\n", n.check, n.check_summary);
  fmt::print("  recommendation: {}\n", n.recommendation);
  if (!n.tags.empty()) fmt::print("  tags:           {}\n", fmt::join(n.tags, " "));
  fmt::print("  defined at:     {}:{}\n", n.rule_file, n.rule_line);
  for (const RulePack& pack : engine.packs()) {
    for (const Rule& rule : pack.rules) {
      if (rule.id != n.rule_id) continue;
      fmt::print("  examples:\n");
      for (const Example& e : rule.examples) {
        std::string missing =
            e.missing.empty() ? "" : " missing " + fmt::format("{}", fmt::join(e.missing, ","));
        fmt::print("    [{} {}{}] {}{}\n", FindingStatusName(e.status), e.lang, missing,
                   e.heading.empty() ? "" : e.heading + ". ", e.text);
      }
    }
  }
}

ExitCode RunShow(const RulesFlags& flags) {
  std::unique_ptr<Engine> engine;
  if (!OpenEngine(flags.packs, &engine)) return kExitError;
  Diagnostics diagnostics;
  TreatyTexts treaties;
  CheckOptions options;
  if (!flags.treaties.empty()) {
    LoadTreaties(flags.treaties, &treaties, &diagnostics).ok();
    PrintDiagnostics(diagnostics);
    options.treaties = &treaties;
  }
  std::vector<std::string> ids;
  for (const Norm& n : engine->Norms(options)) {
    if (n.rule_id == flags.rule_id) {
      PrintNorm(*engine, n);
      return kExitOk;
    }
    ids.push_back(n.rule_id);
  }
  std::string suggestion = Suggest(flags.rule_id, ids);
  PrintError("unknown rule '" + flags.rule_id + "'" +
             (suggestion.empty() ? "" : ", did you mean '" + suggestion + "'?"));
  return kExitError;
}

ExitCode RunLint(const RulesFlags& flags) {
  Diagnostics diagnostics;
  std::vector<RulePack> packs;
  Status status = LoadPacks(flags.packs, &packs, &diagnostics);
  for (const RulePack& pack : packs) LintRulePack(pack, &diagnostics);
  if (status.ok()) {
    std::unique_ptr<Engine> engine;  // also catches ids duplicated across packs
    Engine::Create(std::move(packs), &engine, &diagnostics).ok();
  }
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return std::tie(a.location.path, a.location.line, a.location.column) <
                            std::tie(b.location.path, b.location.line, b.location.column);
                   });
  PrintDiagnostics(diagnostics);
  if (!status.ok() && !HasErrors(diagnostics)) PrintError(status.message());
  return HasErrors(diagnostics) || !status.ok() ? kExitError : kExitOk;
}

ExitCode RunTest(const RulesFlags& flags) {
  std::unique_ptr<Engine> engine;
  if (!OpenEngine(flags.packs, &engine)) return kExitError;
  std::vector<ExampleOutcome> outcomes;
  engine->TestExamples(&outcomes);
  size_t failed = 0;
  for (const ExampleOutcome& o : outcomes) {
    if (o.passed) continue;
    ++failed;
    fmt::print(stderr, "{}: error: {} example ({} {}) fails: {}\n", o.example->location.ToString(),
               o.rule->id, FindingStatusName(o.example->status), o.example->lang, o.message);
  }
  size_t rules = 0;
  for (const RulePack& pack : engine->packs()) rules += pack.rules.size();
  fmt::print("{} examples of {} rules: {} passed, {} failed\n", outcomes.size(), rules,
             outcomes.size() - failed, failed);
  return failed ? kExitFindings : kExitOk;
}

}  // namespace

void SetupRules(CLI::App* command, CommandRun* run) {
  auto flags = std::make_shared<RulesFlags>();
  command->require_subcommand(1);
  CLI::App* list =
      command->add_subcommand("list", "List the rules with counts per instrument and level");
  list->add_option("--rules", flags->packs, "Rule pack folders (default: the built-in packs)");
  CLI::App* show = command->add_subcommand("show", "Show a rule: norm, basis, check, examples");
  show->add_option("rule", flags->rule_id, "Rule id")->required();
  show->add_option("--rules", flags->packs, "Rule pack folders (default: the built-in packs)");
  show->add_option("--treaties", flags->treaties, "Folder of official treaty texts to quote");
  CLI::App* lint = command->add_subcommand("lint", "Check packs for errors (exit 2 on any)");
  lint->add_option("packs", flags->packs, "Pack folders (default: the built-in packs)");
  CLI::App* test =
      command->add_subcommand("test", "Run every rule's examples (exit 1 on a failure)");
  test->add_option("packs", flags->packs, "Pack folders (default: the built-in packs)");
  *run = [flags, list, show, lint, test]() -> ExitCode {
    if (list->parsed()) return RunList(*flags);
    if (show->parsed()) return RunShow(*flags);
    if (lint->parsed()) return RunLint(*flags);
    if (test->parsed()) return RunTest(*flags);
    return kExitError;
  };
}

void SetupExplain(CLI::App* command, CommandRun* run) {
  auto flags = std::make_shared<RulesFlags>();
  command->add_option("rule", flags->rule_id, "Rule id, e.g. CAT-1-definition")->required();
  command->add_option("--rules", flags->packs, "Rule pack folders (default: the built-in packs)");
  command->add_option("--treaties", flags->treaties, "Folder of official treaty texts to quote");
  *run = [flags] { return RunShow(*flags); };
}

}  // namespace concord::cli
