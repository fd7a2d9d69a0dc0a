#include "eval_flags.h"

#include "output.h"

#include <algorithm>
#include <thread>

namespace concord::cli {

void AddEvalFlags(CLI::App* command, EvalFlags* flags, EvalCommand which) {
  const bool evaluate = which != EvalCommand::kMerge;
  const bool check = which == EvalCommand::kCheck;
  command->add_option("--rules", flags->rules,
                      "Rule pack folder, pack.xml or folder of packs (repeatable; default: the "
                      "built-in packs)");
  command->add_option("--treaties", flags->treaties,
                      "Folder of official treaty texts in Akoma Ntoso, quoted verbatim in reports");
  command->add_option("--profile", flags->profile,
                      "State profile: parties, reservations, declared parameters");
  if (evaluate) {
    command->add_flag("--per-document", flags->per_document,
                      check ? "One verdict per document (default for a single file)"
                            : "One verdict per document (default when both sides are single "
                              "files)");
    command->add_flag("--framework", flags->framework,
                      check ? "One verdict per norm over all documents (default for several)"
                            : "One verdict per norm over all documents (default otherwise)");
    command->add_option(
        "--subject", flags->subjects,
        "Subject of the documents (criminal, family, labour ...), replacing their own");
  }
  command->add_option("--only", flags->only, "Check only rules matching GLOB (repeatable)");
  command->add_option("--skip", flags->skip, "Skip rules matching GLOB (repeatable)");
  command->add_option("--instrument", flags->instruments,
                      "Check only rules of this instrument id (repeatable), e.g. cat");
  command->add_option("--tag", flags->tags, "Check only rules with this tag (repeatable)");
  if (evaluate) {
    command->add_option("-j,--jobs", flags->jobs, "Documents checked in parallel (default: cores)");
  }
}

void CheckProfileInstruments(const Profile& profile, const std::vector<RulePack>& packs,
                             Diagnostics* diagnostics) {
  std::vector<std::string> known;
  for (const RulePack& pack : packs) {
    for (const Instrument& instrument : pack.instruments) known.push_back(instrument.id);
  }
  auto check = [&](const std::string& id, const Location& where) {
    if (std::find(known.begin(), known.end(), id) != known.end()) return;
    std::string suggestion = Suggest(id, known);
    diagnostics->push_back(
        Diagnostic{DiagnosticLevel::kError, where,
                   "unknown instrument '" + id + "' (no loaded rule pack cites it)" +
                       (suggestion.empty() ? "" : "; did you mean '" + suggestion + "'?")});
  };
  for (const Party& party : profile.parties) check(party.instrument, party.location);
  for (const Reservation& r : profile.reservations) check(r.instrument, r.location);
}

bool LoadEvalSetup(const EvalFlags& flags, EvalSetup* setup) {
  Diagnostics& diagnostics = setup->diagnostics;
  std::vector<RulePack> packs;
  Status status = LoadPacks(flags.rules, &packs, &diagnostics);
  if (status.ok() && !flags.profile.empty()) {
    Status s = LoadProfile(flags.profile, &setup->profile);
    if (!s.ok()) diagnostics.push_back(Diagnostic::FromStatus(s));
    if (s.ok()) CheckProfileInstruments(setup->profile, packs, &diagnostics);
  }
  if (!flags.treaties.empty()) LoadTreaties(flags.treaties, &setup->treaties, &diagnostics).ok();
  if (status.ok() && !HasErrors(diagnostics)) {
    status = Engine::Create(std::move(packs), &setup->engine, &diagnostics);
  }
  if (!status.ok() || HasErrors(diagnostics)) {
    PrintDiagnostics(diagnostics);
    if (!status.ok() && !HasErrors(diagnostics)) PrintError(status.message());
    return false;
  }
  CheckOptions& options = setup->options;
  options.subjects = flags.subjects;
  options.profile = flags.profile.empty() ? nullptr : &setup->profile;
  options.only = flags.only;
  options.skip = flags.skip;
  options.instruments = flags.instruments;
  options.tags = flags.tags;
  options.treaties = flags.treaties.empty() ? nullptr : &setup->treaties;
  options.jobs = flags.jobs > 0
                     ? flags.jobs
                     : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  return true;
}

}  // namespace concord::cli
