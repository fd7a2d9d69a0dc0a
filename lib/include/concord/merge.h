// Sharded runs: `concord check --shard K/N` checks every N-th input and keeps
// each document's per-rule outcomes, unmerged; `concord merge` combines the
// shards of one run into the report a single run over all the inputs gives,
// byte for byte (Engine::CheckShard and Engine::MergeShards in engine.h).
//
// Inputs are assigned by position: the i-th input (0-based, in the order
// ExpandInputs lists them: arguments in order, each folder's files sorted)
// belongs to shard i mod N + 1. Every shard must therefore see the same
// inputs; the merge checks that each position is covered exactly once.
//
// A shard file is JSON ("schema": "https://concord.dev/shard/1", see
// docs/scale.md). It carries the outcomes, not findings: the framework merge
// (met if any document meets the norm, a conflict anywhere is a conflict)
// runs only once, in MergeShards, with the same code as a single run.
//
// Thread-safety: plain data and pure functions.

#ifndef CONCORD_MERGE_H_
#define CONCORD_MERGE_H_

#include "concord/diagnostic.h"
#include "concord/finding.h"
#include "concord/status.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace concord {

/// Which part of the inputs a process checks: shard `index` (1-based) of `count`.
struct ShardSpec {
  uint32_t index = 1;
  uint32_t count = 1;
};

/// Parses "K/N" (1 <= K <= N). On failure *error says why.
bool ParseShardSpec(std::string_view text, ShardSpec* spec, std::string* error);

/// The positions of `inputs` inputs that belong to `spec`, ascending.
std::vector<size_t> ShardPositions(size_t inputs, const ShardSpec& spec);

/// One rule's verdict over one document, before the framework merge: what
/// the rule's check found there.
struct ShardOutcome {
  uint32_t norm = 0;  ///< index into Shard::norms
  FindingStatus status = FindingStatus::kGap;
  bool anchored = false;  ///< an anchor unit or a match exists
  uint32_t score = 0;     ///< elements present in the best anchor unit
  std::string message;
  std::vector<MissingElement> missing;
  std::vector<Value> values;  ///< Value::evidence indexes `evidence`
  std::vector<Evidence> evidence;
  std::string suppression;
};

/// One input of a shard.
struct ShardDocument {
  uint64_t position = 0;  ///< the input's position in the whole run
  DocumentSummary summary;
  Diagnostics diagnostics;  ///< loading diagnostics of this input
  std::string identity;     ///< FRBR work URI or path
  bool evaluated = false;   ///< false for treaties and unreadable files
  bool subject_known = false;
  std::vector<ShardOutcome> outcomes;  ///< the rules that applied, norm order
};

/// What one shard process produced.
struct Shard {
  std::string path;  ///< the file it was read from, for messages (not stored)
  std::string tool_version;
  ShardSpec spec;
  uint64_t inputs = 0;  ///< inputs of the whole run, over all shards
  std::string mode;     ///< "framework" or "per-document"
  std::string profile;  ///< the profile's path, if any
  std::vector<PackSummary> packs;
  std::vector<std::string> norms;  ///< rule ids evaluated, pack order
  /// Diagnostics about the inputs as given (a missing path, an empty
  /// folder); every shard has the same ones.
  Diagnostics input_errors;
  std::vector<ShardDocument> documents;  ///< this shard's inputs, in order
};

/// The shard as JSON (compact, one line, ending in a newline).
std::string SerializeShard(const Shard& shard);

/// Reads a shard file's text; `path` names it in errors. Returns ParseError
/// for text that is not a shard and Unsupported for another version.
Status ParseShard(std::string_view text, const std::string& path, Shard* shard);

}  // namespace concord

#endif  // CONCORD_MERGE_H_
