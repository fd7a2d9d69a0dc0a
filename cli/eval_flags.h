// The evaluation flags `concord diff` and `concord merge` share with
// `concord check` (rules, treaties, profile, rule selection, mode), and the
// loaded engine they give.

#ifndef CONCORD_CLI_EVAL_FLAGS_H_
#define CONCORD_CLI_EVAL_FLAGS_H_

#include "concord/engine.h"
#include "concord/profile.h"
#include "concord/rule_pack.h"

#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace concord::cli {

/// The flags as given.
struct EvalFlags {
  std::vector<std::string> rules;
  std::string treaties;
  std::string profile;
  std::vector<std::string> only;
  std::vector<std::string> skip;
  std::vector<std::string> instruments;
  std::vector<std::string> tags;
  // Evaluation only (diff):
  bool per_document = false;
  bool framework = false;
  std::vector<std::string> subjects;
  int jobs = 0;
};

/// Which command declares the flags: check and diff evaluate documents,
/// merge only selects rules.
enum class EvalCommand { kCheck, kDiff, kMerge };

/// Declares --rules, --treaties, --profile, --only, --skip, --instrument and
/// --tag; for check and diff, also --per-document, --framework, --subject and -j.
void AddEvalFlags(CLI::App* command, EvalFlags* flags, EvalCommand which);

/// A loaded engine with the profile and treaty texts its options point to.
/// Not copyable or movable: `options` holds pointers into it.
struct EvalSetup {
  EvalSetup() = default;
  EvalSetup(const EvalSetup&) = delete;
  EvalSetup& operator=(const EvalSetup&) = delete;

  std::unique_ptr<Engine> engine;
  Profile profile;
  TreatyTexts treaties;
  Diagnostics diagnostics;  ///< warnings from loading packs and the profile
  CheckOptions options;     ///< mode left for the caller to set
};

/// Adds an error for every instrument `profile` names that no pack of
/// `packs` cites (a misspelt id would silently make rules not-applicable).
void CheckProfileInstruments(const Profile& profile, const std::vector<RulePack>& packs,
                             Diagnostics* diagnostics);

/// Loads the packs, profile and treaty texts the flags name and fills
/// `setup->options`. Prints the diagnostics (with any the caller put in
/// `setup->diagnostics` first) and returns false on errors.
bool LoadEvalSetup(const EvalFlags& flags, EvalSetup* setup);

}  // namespace concord::cli

#endif  // CONCORD_CLI_EVAL_FLAGS_H_
