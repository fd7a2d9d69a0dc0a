// Engine: evaluates national documents against rule packs and produces a
// Report of findings. This is the stage the CLI's `check` and `rules test`
// call; it wires loading, tokenizing, matching and the four checks together.
//
// Every term of every loaded pack is compiled into one Matcher, so each
// document is tokenized and scanned once whatever the number of rules. Each
// document is then evaluated against every rule on its own and released; in
// framework mode the per-document outcomes are merged into one finding per
// rule (met if any document meets the norm, a conflict anywhere is a
// conflict). Documents are processed in parallel (CheckOptions::jobs) and the
// report is identical whatever the number of jobs.
//
// Thread-safety: a created Engine is immutable; Check may run concurrently.

#ifndef CONCORD_ENGINE_H_
#define CONCORD_ENGINE_H_

#include "concord/document.h"
#include "concord/finding.h"
#include "concord/loader.h"
#include "concord/outline.h"
#include "concord/profile.h"
#include "concord/rule_pack.h"
#include "concord/status.h"

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace concord {

struct Shard;
struct ShardSpec;

/// What to check and how.
struct CheckOptions {
  /// One verdict per document instead of one per legal framework. Default:
  /// false (the CLI turns it on for a single input file).
  bool per_document = false;
  /// Subjects given on the command line; they replace every document's own.
  std::vector<std::string> subjects;
  /// The state profile, or nullptr: every instrument applies.
  const Profile* profile = nullptr;
  /// Rule id globs to keep (empty: all) and to drop.
  std::vector<std::string> only;
  std::vector<std::string> skip;
  /// Keep only rules of these instrument ids / with one of these tags (empty: all).
  std::vector<std::string> instruments;
  std::vector<std::string> tags;
  /// Official treaty texts (--treaties): instrument id -> outline of the
  /// official text, for verbatim quotes. nullptr: outlines only.
  const std::vector<std::pair<std::string, InstrumentOutline>>* treaties = nullptr;
  /// Documents loaded and scanned at once. Default: 1.
  int jobs = 1;
  /// Called after each input with (inputs done, bytes done); may be empty.
  /// Called from worker threads, serialized.
  std::function<void(size_t, uint64_t)> progress;
  LoadOptions load;
};

/// The verdict one rule example got in `rules test`.
struct ExampleOutcome {
  const Rule* rule = nullptr;
  const Example* example = nullptr;
  FindingStatus status = FindingStatus::kGap;
  std::vector<std::string> missing;  ///< element ids reported missing
  bool passed = false;
  std::string message;  ///< what differs, when not passed
};

class Engine {
 public:
  /// Compiles `packs` (every concept's terms into one matcher). Errors (an
  /// uncompilable term, duplicate rule ids across packs) go to *diagnostics
  /// and make the status an error.
  static Status Create(std::vector<RulePack> packs, std::unique_ptr<Engine>* out,
                       Diagnostics* diagnostics);

  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;
  ~Engine();

  /// The packs, as given to Create.
  const std::vector<RulePack>& packs() const;

  /// Loads every file in `paths` (in order; files that cannot be loaded are
  /// reported in report->diagnostics and skipped) and checks them.
  void CheckFiles(const std::vector<std::string>& paths, const CheckOptions& options,
                  Report* report) const;

  /// Checks documents already loaded.
  void CheckDocuments(const std::vector<Document>& documents, const CheckOptions& options,
                      Report* report) const;

  /// `check --shard K/N`: loads and evaluates the inputs of `paths` (the
  /// whole run's input list) that belong to `spec` (ShardPositions in
  /// merge.h) and fills *shard with each document's unmerged outcomes, for
  /// MergeShards. Defined in lib/eval/shard.cc.
  void CheckShard(const std::vector<std::string>& paths, const ShardSpec& spec,
                  const CheckOptions& options, Shard* shard) const;

  /// `concord merge`: appends to *report what CheckFiles over all the
  /// shards' inputs appends with the same options: the mode is the shards'.
  /// InvalidArgument, naming the shard file, when a shard is missing or
  /// repeated, or the shards disagree with each other or with this engine and
  /// options (packs, rules, profile, version); *report is then untouched.
  Status MergeShards(const std::vector<Shard>& shards, const CheckOptions& options,
                     Report* report) const;

  /// Evaluates every example of every rule as a one-article document.
  void TestExamples(std::vector<ExampleOutcome>* outcomes) const;

  /// The Norm (report metadata) of every rule, in pack order, with outline
  /// headings and summaries and, when given, official texts.
  std::vector<Norm> Norms(const CheckOptions& options) const;

  struct Impl;

 private:
  explicit Engine(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

/// Expands command-line inputs into the XML files to check: files as given,
/// folders searched recursively for *.xml (sorted), and glob patterns.
/// A missing path or a folder without XML is an error diagnostic.
std::vector<std::string> ExpandInputs(const std::vector<std::string>& inputs,
                                      Diagnostics* diagnostics);

/// Loads the packs named on a command line: each path is a pack folder, a
/// pack.xml, or a folder of pack folders; with no path, the built-in packs
/// (DefaultRulesDir). Every pack error goes to *diagnostics.
Status LoadPacks(const std::vector<std::string>& paths, std::vector<RulePack>* packs,
                 Diagnostics* diagnostics);

/// Official treaty texts, by instrument id.
using TreatyTexts = std::vector<std::pair<std::string, InstrumentOutline>>;

/// Loads the user's official treaty texts from `dir` (AKN files of doc type
/// treaty, e.g. made with `concord import --treaty`). The instrument id is the
/// last segment of each FRBR work URI (/akn/un/treaty/1984-12-10/cat -> cat).
Status LoadTreaties(const std::string& dir, TreatyTexts* texts, Diagnostics* diagnostics);

/// True if `text` matches the glob `pattern` ('*' any run, '?' one character).
bool GlobMatch(std::string_view pattern, std::string_view text);

}  // namespace concord

#endif  // CONCORD_ENGINE_H_
