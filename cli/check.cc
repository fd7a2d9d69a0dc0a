// concord check: statutes against rule packs, reported in the chosen formats.

#include "command.h"
#include "eval_flags.h"
#include "output.h"
#include "progress.h"
#include "shard.h"
#include "version.h"

#include "concord/baseline.h"
#include "concord/engine.h"
#include "concord/file.h"
#include "concord/report.h"

#include <filesystem>
#include <thread>

namespace concord::cli {
namespace {

// The flags as given (ripgrep's low layer).
struct CheckFlags {
  std::vector<std::string> paths;
  std::vector<std::string> rules;
  std::string treaties;
  std::string profile;
  bool per_document = false;
  bool framework = false;
  std::vector<std::string> subjects;
  ReportFlags report;
  std::vector<std::string> only;
  std::vector<std::string> skip;
  std::vector<std::string> instruments;
  std::vector<std::string> tags;
  int jobs = 0;
  bool prune_baseline = false;
  std::string shard;
};

// The repository root SARIF paths are relative to: the nearest folder above
// the current one holding .git, else the current folder.
std::string RepositoryRoot() {
  std::error_code ec;
  std::filesystem::path dir = std::filesystem::current_path(ec);
  for (std::filesystem::path d = dir; !d.empty(); d = d.parent_path()) {
    if (std::filesystem::exists(d / ".git", ec)) return d.string();
    if (d == d.parent_path()) break;
  }
  return dir.string();
}

// The total size of the inputs, for the progress display.
uint64_t TotalBytes(const std::vector<std::string>& files) {
  uint64_t total = 0;
  std::error_code ec;
  for (const std::string& f : files) {
    auto size = std::filesystem::file_size(f, ec);
    if (!ec) total += size;
  }
  return total;
}

// Whether a finding counts towards exit code 1.
bool Fails(const Finding& f, const std::string& fail_on) {
  if (!f.fails() || fail_on == "never") return false;
  Severity threshold = Severity::kError;
  ParseSeverity(fail_on, &threshold);
  return f.severity >= threshold;
}

ExitCode RunCheck(const CheckFlags& flags) {
  Severity min_severity = Severity::kInfo;
  if (!ParseSeverityFlags(flags.report, &min_severity)) return kExitError;
  std::vector<OutputTarget> targets;
  std::string error;
  if (!ParseTargets(flags.report.format, flags.report.output, flags.report.reports, &targets,
                    &error)) {
    PrintError(error);
    return kExitError;
  }

  Diagnostics setup;
  std::vector<RulePack> packs;
  Status status = LoadPacks(flags.rules, &packs, &setup);
  Profile profile;
  if (status.ok() && !flags.profile.empty()) {
    Status s = LoadProfile(flags.profile, &profile);
    if (!s.ok()) setup.push_back(Diagnostic::FromStatus(s));
    if (s.ok()) CheckProfileInstruments(profile, packs, &setup);
  }
  TreatyTexts treaties;
  if (!flags.treaties.empty()) LoadTreaties(flags.treaties, &treaties, &setup).ok();
  Baseline baseline;
  if (!flags.report.baseline.empty()) {
    Status s = LoadBaseline(flags.report.baseline, &baseline);
    if (!s.ok()) setup.push_back(Diagnostic::FromStatus(s));
  } else if (flags.prune_baseline) {
    setup.push_back(
        Diagnostic{DiagnosticLevel::kError, Location{}, "--prune-baseline needs --baseline FILE"});
  }
  std::unique_ptr<Engine> engine;
  if (status.ok() && !HasErrors(setup)) status = Engine::Create(std::move(packs), &engine, &setup);
  if (!status.ok() || HasErrors(setup)) {
    PrintDiagnostics(setup);
    if (!status.ok() && !HasErrors(setup)) PrintError(status.message());
    return kExitError;
  }

  Diagnostics input_errors;
  std::vector<std::string> files = ExpandInputs(flags.paths, &input_errors);
  CheckOptions options;
  options.per_document =
      flags.per_document || (files.size() == 1 && !flags.framework && flags.paths.size() == 1);
  options.subjects = flags.subjects;
  options.profile = flags.profile.empty() ? nullptr : &profile;
  options.only = flags.only;
  options.skip = flags.skip;
  options.instruments = flags.instruments;
  options.tags = flags.tags;
  options.treaties = flags.treaties.empty() ? nullptr : &treaties;
  options.jobs = flags.jobs > 0
                     ? flags.jobs
                     : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  if (!flags.shard.empty()) {
    return RunShard(
        {flags.shard, flags.report.format, flags.report.output, !flags.report.reports.empty(),
         !flags.report.baseline.empty() || !flags.report.write_baseline.empty() ||
             flags.prune_baseline},
        *engine, files, options, setup, input_errors);
  }

  Report report;
  report.tool_version = kVersion;
  report.diagnostics = setup;  // warnings from loading packs and profile
  {
    Progress progress(files.size(), TotalBytes(files), !flags.report.quiet && files.size() > 1);
    options.progress = progress.Callback();
    engine->CheckFiles(files, options, &report);
  }
  if (!flags.report.baseline.empty()) {
    report.baseline = flags.report.baseline;
    ApplyBaseline(baseline, &report);
  }
  report.diagnostics.insert(report.diagnostics.begin(), input_errors.begin(), input_errors.end());
  if (files.empty() && input_errors.empty()) {
    report.diagnostics.push_back(
        Diagnostic{DiagnosticLevel::kError, Location{}, "no input files to check"});
  }

  PrintDiagnostics(report.diagnostics);
  RenderOptions render = MakeRenderOptions(flags.report, min_severity);
  render.root = RepositoryRoot();
  if (!WriteReports(report, targets, render)) return kExitError;
  if (!flags.report.write_baseline.empty()) {
    Status s = WriteFileAtomically(flags.report.write_baseline, SerializeBaseline(report));
    if (!s.ok()) {
      PrintDiagnostics({Diagnostic::FromStatus(s)});
      return kExitError;
    }
  }
  if (flags.prune_baseline) {
    Status s = WriteFileAtomically(flags.report.baseline, PruneBaseline(baseline, report));
    if (!s.ok()) {
      PrintDiagnostics({Diagnostic::FromStatus(s)});
      return kExitError;
    }
  }
  if (HasErrors(report.diagnostics)) return kExitError;
  for (const Finding& f : report.findings) {
    if (Fails(f, flags.report.fail_on)) return kExitFindings;
  }
  return kExitOk;
}

}  // namespace

void SetupCheck(CLI::App* command, CommandRun* run) {
  auto flags = std::make_shared<CheckFlags>();
  command->add_option("paths", flags->paths, "Statutes to check: XML files, folders, globs")
      ->required();
  command->add_option("--rules", flags->rules,
                      "Rule pack folder, pack.xml or folder of packs (repeatable; default: the "
                      "built-in packs)");
  command->add_option("--treaties", flags->treaties,
                      "Folder of official treaty texts in Akoma Ntoso, quoted verbatim in reports");
  command->add_option("--profile", flags->profile,
                      "State profile: parties, reservations, declared parameters");
  command->add_flag("--per-document", flags->per_document,
                    "One verdict per document (default for a single file)");
  command->add_flag("--framework", flags->framework,
                    "One verdict per norm over all documents (default for several)");
  command->add_option(
      "--subject", flags->subjects,
      "Subject of the documents (criminal, family, labour ...), replacing their own");
  command->add_option("--only", flags->only, "Check only rules matching GLOB (repeatable)");
  command->add_option("--skip", flags->skip, "Skip rules matching GLOB (repeatable)");
  command->add_option("--instrument", flags->instruments,
                      "Check only rules of this instrument id (repeatable), e.g. cat");
  command->add_option("--tag", flags->tags, "Check only rules with this tag (repeatable)");
  command->add_option("-j,--jobs", flags->jobs, "Documents checked in parallel (default: cores)");
  AddReportFlags(command, &flags->report);
  command->add_flag("--prune-baseline", flags->prune_baseline,
                    "Drop entries of --baseline that no longer occur (rewrites the file)");
  command
      ->add_option("--shard", flags->shard,
                   "Check the K-th of N parts of the inputs (K/N) and write a shard file for "
                   "concord merge")
      ->configurable(false);  // one value per process, never one for all
  *run = [flags] { return RunCheck(*flags); };
}

}  // namespace concord::cli
