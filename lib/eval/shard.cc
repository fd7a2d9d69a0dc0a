// Sharded runs: Engine::CheckShard keeps the unmerged outcomes of one shard's
// inputs; Engine::MergeShards checks that the shards make up one run and
// hands every input's outcomes, in input order, to the same FinishReport a
// single run uses.

#include "engine_impl.h"
#include "input_result.h"

#include "concord/merge.h"

#include <charconv>
#include <map>

namespace concord {
namespace {

using eval::DocOutcome;
using eval::InputResult;

bool ParseNumber(std::string_view text, uint32_t* out) {
  if (text.empty()) return false;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), *out);
  return ec == std::errc() && end == text.data() + text.size();
}

ShardOutcome ToShardOutcome(uint32_t norm, DocOutcome o) {
  ShardOutcome s;
  s.norm = norm;
  s.status = o.status;
  s.anchored = o.anchored;
  s.score = o.score;
  s.message = std::move(o.message);
  s.missing = std::move(o.missing);
  s.values = std::move(o.values);
  s.evidence = std::move(o.evidence);
  s.suppression = std::move(o.suppression);
  return s;
}

// The outcome as the framework merge sees it. evidence_provisions only serve
// suppressions inside one document, which the shard already applied.
DocOutcome ToDocOutcome(const ShardOutcome& s) {
  DocOutcome o;
  o.status = s.status;
  o.anchored = s.anchored;
  o.score = s.score;
  o.message = s.message;
  o.missing = s.missing;
  o.values = s.values;
  o.evidence = s.evidence;
  o.suppression = s.suppression;
  return o;
}

std::vector<std::string> SelectedIds(const Engine::Impl& impl,
                                     const std::vector<size_t>& selected) {
  std::vector<std::string> ids;
  for (size_t i : selected) ids.push_back(impl.rules[i].rule->id);
  return ids;
}

std::string PackList(const std::vector<PackSummary>& packs) {
  std::string out;
  for (const PackSummary& p : packs) out += (out.empty() ? "" : ", ") + p.id + " " + p.version;
  return out.empty() ? "no packs" : out;
}

bool SamePacks(const std::vector<PackSummary>& a, const std::vector<PackSummary>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].id != b[i].id || a[i].version != b[i].version) return false;
  }
  return true;
}

std::string Spec(const ShardSpec& s) {
  return std::to_string(s.index) + "/" + std::to_string(s.count);
}

Status Mismatch(const Shard& shard, const std::string& what) {
  return Status::InvalidArgument(what, Location{shard.path});
}

// The shards against each other: one run, every shard once.
Status CheckShardSet(const std::vector<Shard>& shards) {
  if (shards.empty()) return Status::InvalidArgument("no shards to merge");
  const Shard& first = shards.front();
  std::map<uint32_t, const Shard*> by_index;
  for (const Shard& s : shards) {
    if (s.spec.count != first.spec.count || s.inputs != first.inputs) {
      return Mismatch(s, "shard " + Spec(s.spec) + " of " + std::to_string(s.inputs) +
                             " inputs does not belong with " + first.path + " (shard " +
                             Spec(first.spec) + " of " + std::to_string(first.inputs) + " inputs)");
    }
    if (s.mode != first.mode || s.profile != first.profile || s.norms != first.norms ||
        !SamePacks(s.packs, first.packs) || s.tool_version != first.tool_version) {
      return Mismatch(s, "checked with other options than " + first.path +
                             " (mode, profile, rules or Concord version differ)");
    }
    auto [it, added] = by_index.emplace(s.spec.index, &s);
    if (!added) return Mismatch(s, "shard " + Spec(s.spec) + " is also in " + it->second->path);
  }
  for (uint32_t k = 1; k <= first.spec.count; ++k) {
    if (!by_index.count(k)) {
      return Status::InvalidArgument("shard " + std::to_string(k) + "/" +
                                     std::to_string(first.spec.count) +
                                     " is missing: give every shard of the run");
    }
  }
  return Status::Ok();
}

// The shards against this engine and options.
Status CheckShardOptions(const Shard& shard, const std::vector<PackSummary>& packs,
                         const std::vector<std::string>& norms, const CheckOptions& options) {
  if (!SamePacks(shard.packs, packs)) {
    return Mismatch(shard, "checked with " + PackList(shard.packs) + ", this merge loads " +
                               PackList(packs) + ": give merge the same --rules");
  }
  if (shard.norms != norms) {
    return Mismatch(shard, "checked " + std::to_string(shard.norms.size()) +
                               " rules, this merge selects " + std::to_string(norms.size()) +
                               ": give merge the same --only, --skip, --instrument and --tag");
  }
  const std::string profile = options.profile ? options.profile->path : "";
  if (shard.profile != profile) {
    return Mismatch(shard, "checked with profile '" + shard.profile + "', this merge has '" +
                               profile + "': give merge the same --profile");
  }
  return Status::Ok();
}

// Every input's result, by position; an error if a position is missing,
// repeated, or in the wrong shard.
Status Collect(const std::vector<Shard>& shards, size_t rules, std::vector<InputResult>* results) {
  const uint64_t inputs = shards.front().inputs;
  results->clear();
  results->resize(inputs);
  std::vector<bool> seen(inputs, false);
  for (const Shard& s : shards) {
    for (const ShardDocument& d : s.documents) {
      if (d.position >= inputs || d.position % s.spec.count + 1 != s.spec.index ||
          seen[d.position]) {
        return Mismatch(s, "input " + std::to_string(d.position) + " (" + d.summary.path +
                               ") does not belong to shard " + Spec(s.spec));
      }
      seen[d.position] = true;
      InputResult& r = (*results)[d.position];
      r.summary = d.summary;
      r.diagnostics = d.diagnostics;
      r.identity = d.identity;
      r.evaluated = d.evaluated;
      r.subject_known = d.subject_known;
      r.outcomes.clear();
      r.outcomes.resize(rules);
      for (const ShardOutcome& o : d.outcomes) {
        if (o.norm >= rules) return Mismatch(s, "outcome of an unknown rule");
        r.outcomes[o.norm] = std::make_unique<DocOutcome>(ToDocOutcome(o));
      }
    }
  }
  for (uint64_t i = 0; i < inputs; ++i) {
    if (!seen[i]) {
      return Status::InvalidArgument("input " + std::to_string(i) + " is in no shard (shard " +
                                     std::to_string(i % shards.front().spec.count + 1) + "/" +
                                     std::to_string(shards.front().spec.count) +
                                     " lists fewer documents than the run has)");
    }
  }
  return Status::Ok();
}

}  // namespace

bool ParseShardSpec(std::string_view text, ShardSpec* spec, std::string* error) {
  const size_t slash = text.find('/');
  ShardSpec s;
  if (slash == std::string_view::npos || !ParseNumber(text.substr(0, slash), &s.index) ||
      !ParseNumber(text.substr(slash + 1), &s.count) || s.index < 1 || s.index > s.count) {
    *error = "--shard takes K/N with 1 <= K <= N, e.g. 2/8, not '" + std::string(text) + "'";
    return false;
  }
  *spec = s;
  return true;
}

std::vector<size_t> ShardPositions(size_t inputs, const ShardSpec& spec) {
  std::vector<size_t> positions;
  if (spec.count == 0 || spec.index == 0) return positions;
  for (size_t i = spec.index - 1; i < inputs; i += spec.count) positions.push_back(i);
  return positions;
}

void Engine::CheckShard(const std::vector<std::string>& paths, const ShardSpec& spec,
                        const CheckOptions& options, Shard* shard) const {
  const std::vector<size_t> selected = impl_->Select(options);
  const std::vector<size_t> positions = ShardPositions(paths.size(), spec);
  std::vector<std::string> mine;
  for (size_t p : positions) mine.push_back(paths[p]);
  std::vector<InputResult> results;
  if (!mine.empty()) results = eval::EvaluateFiles(*impl_, mine, selected, options);

  Report header;
  eval::BeginReport(*impl_, selected, options, &header);
  shard->spec = spec;
  shard->inputs = paths.size();
  shard->mode = header.mode;
  shard->profile = header.profile;
  shard->packs = std::move(header.packs);
  shard->norms = SelectedIds(*impl_, selected);
  for (size_t k = 0; k < results.size(); ++k) {
    InputResult& r = results[k];
    ShardDocument d;
    d.position = positions[k];
    d.summary = std::move(r.summary);
    d.diagnostics = std::move(r.diagnostics);
    d.identity = std::move(r.identity);
    d.evaluated = r.evaluated;
    d.subject_known = r.subject_known;
    for (size_t n = 0; n < r.outcomes.size(); ++n) {
      if (r.outcomes[n]) {
        d.outcomes.push_back(ToShardOutcome(static_cast<uint32_t>(n), std::move(*r.outcomes[n])));
      }
    }
    shard->documents.push_back(std::move(d));
  }
}

Status Engine::MergeShards(const std::vector<Shard>& shards, const CheckOptions& options,
                           Report* report) const {
  Status status = CheckShardSet(shards);
  if (!status.ok()) return status;
  CheckOptions merged = options;
  merged.per_document = shards.front().mode == "per-document";
  const std::vector<size_t> selected = impl_->Select(merged);
  Report header;
  eval::BeginReport(*impl_, selected, merged, &header);
  status = CheckShardOptions(shards.front(), header.packs, SelectedIds(*impl_, selected), merged);
  if (!status.ok()) return status;
  std::vector<InputResult> results;
  status = Collect(shards, selected.size(), &results);
  if (!status.ok()) return status;
  eval::BeginReport(*impl_, selected, merged, report);
  eval::FinishReport(*impl_, selected, merged, std::move(results), report);
  return Status::Ok();
}

}  // namespace concord
