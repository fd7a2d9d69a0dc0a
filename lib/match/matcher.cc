// The compiled matcher: a WordTable classifies tokens into pattern words;
// single-word terms are emitted directly from the word id; multi-word terms
// are followed through a trie keyed by word ids, one root per distinct gap,
// looking ahead at most gap + 1 tokens within the sentence.

#include "concord/matcher.h"

#include "match_scratch.h"
#include "word_table.h"

#include <algorithm>
#include <atomic>
#include <string>
#include <utility>

namespace concord {
namespace {

using detail::EdgeMap;
using Span = MatchScratch::Impl::Span;
using Frame = MatchScratch::Impl::Frame;

// Bounds of the token cache a scratch keeps between scans.
constexpr size_t kMaxCachedTokens = size_t{1} << 17;
constexpr size_t kMaxCachedBytes = size_t{4} << 20;

std::atomic<uint64_t> next_serial{1};

uint64_t EdgeKey(uint32_t node, uint32_t word) { return static_cast<uint64_t>(node) << 32 | word; }

// Lists of term ids per key (word id or trie node), built as vectors of
// vectors and frozen into one array.
class IdLists {
 public:
  void Add(uint32_t key, uint32_t id) {
    if (key >= building_.size()) building_.resize(key + 1);
    building_[key].push_back(id);
  }
  void Freeze(size_t keys) {
    building_.resize(std::max(keys, building_.size()));
    begin_.assign(1, 0);
    for (std::vector<uint32_t>& list : building_) {
      ids_.insert(ids_.end(), list.begin(), list.end());
      begin_.push_back(static_cast<uint32_t>(ids_.size()));
    }
    building_.clear();
    building_.shrink_to_fit();
  }
  const uint32_t* begin(uint32_t key) const { return ids_.data() + begin_[key]; }
  const uint32_t* end(uint32_t key) const { return ids_.data() + begin_[key + 1]; }
  bool empty(uint32_t key) const { return begin_[key] == begin_[key + 1]; }

 private:
  std::vector<std::vector<uint32_t>> building_;
  std::vector<uint32_t> begin_;
  std::vector<uint32_t> ids_;
};

class CompiledMatcher final : public Matcher {
 public:
  Status Add(const Term& term);
  void Freeze();

  void Scan(const TokenStream& tokens, MatchScratch* scratch,
            std::vector<Hit>* hits) const override;
  size_t term_count() const override { return term_count_; }

 private:
  uint32_t Root(uint32_t gap);
  void Prepare(MatchScratch::Impl* s) const;
  void Classify(const TokenStream& tokens, MatchScratch::Impl* s) const;
  // Every phrase starting with word `word` at token `first`, through the trie of `root`.
  void FollowPhrases(const TokenStream& tokens, uint32_t first, uint32_t word, uint32_t root,
                     uint32_t gap, MatchScratch::Impl* s) const;

  detail::WordTable words_;
  EdgeMap edges_;                                     // (phrase node << 32 | word id) -> child node
  std::vector<std::pair<uint32_t, uint32_t>> roots_;  // (gap, root node), by gap
  uint32_t node_count_ = 0;
  std::vector<bool> has_children_;  // by phrase node
  IdLists single_terms_;            // word id -> ids of the one-word terms
  IdLists node_terms_;              // phrase node -> ids of the terms ending there
  size_t term_count_ = 0;
  uint64_t serial_ = next_serial.fetch_add(1);
};

uint32_t CompiledMatcher::Root(uint32_t gap) {
  for (const auto& [root_gap, node] : roots_) {
    if (root_gap == gap) return node;
  }
  roots_.emplace_back(gap, node_count_);
  has_children_.push_back(false);
  return node_count_++;
}

Status CompiledMatcher::Add(const Term& term) {
  std::vector<TermWord> words;
  Status status = SplitTerm(term.text, &words);
  if (!status.ok()) {
    return Status::InvalidArgument("term id " + std::to_string(term.id) + ": " + status.message());
  }
  for (const TermWord& word : words) {
    if (word.norm.empty()) {
      return Status::InvalidArgument("term id " + std::to_string(term.id) + ": a word of '" +
                                     term.text + "' normalizes to nothing");
    }
  }
  ++term_count_;
  if (words.size() == 1) {
    single_terms_.Add(words_.Add(words[0]), term.id);
    return Status::Ok();
  }
  uint32_t node = Root(term.gap);
  for (const TermWord& word : words) {
    has_children_[node] = true;
    uint32_t child = edges_.Insert(EdgeKey(node, words_.Add(word)), node_count_);
    if (child == node_count_) {
      has_children_.push_back(false);
      ++node_count_;
    }
    node = child;
  }
  node_terms_.Add(node, term.id);
  return Status::Ok();
}

void CompiledMatcher::Freeze() {
  single_terms_.Freeze(words_.size());
  node_terms_.Freeze(node_count_);
}

void CompiledMatcher::Prepare(MatchScratch::Impl* s) const {
  if (s->matcher_serial != serial_ || s->spans.empty() || s->cache.size() > kMaxCachedTokens ||
      s->cache.pool_bytes() > kMaxCachedBytes) {
    s->ClearCache();
    s->matcher_serial = serial_;
  }
}

void CompiledMatcher::Classify(const TokenStream& tokens, MatchScratch::Impl* s) const {
  s->token_span.resize(tokens.tokens.size());
  for (size_t i = 0; i < tokens.tokens.size(); ++i) {
    std::string_view norm = tokens.norm(i);
    uint64_t hash = detail::HashBytes(norm);
    uint32_t span = s->cache.Find(norm, hash);
    if (span == detail::StringMap::kNone) {
      s->classified.clear();
      words_.Classify(norm, &s->classified);
      span = 0;
      if (!s->classified.empty()) {
        span = static_cast<uint32_t>(s->spans.size());
        s->spans.push_back(Span{static_cast<uint32_t>(s->ids.size()),
                                static_cast<uint32_t>(s->classified.size())});
        s->ids.insert(s->ids.end(), s->classified.begin(), s->classified.end());
      }
      s->cache.Insert(norm, hash, span);
    }
    s->token_span[i] = span;
  }
}

void CompiledMatcher::FollowPhrases(const TokenStream& tokens, uint32_t first, uint32_t word,
                                    uint32_t root, uint32_t gap, MatchScratch::Impl* s) const {
  uint32_t start = edges_.Find(EdgeKey(root, word));
  if (start == EdgeMap::kNone) return;
  const uint32_t sentence = tokens.tokens[first].sentence;
  const size_t n = tokens.tokens.size();
  s->stack.assign(1, Frame{start, first});
  while (!s->stack.empty()) {
    Frame frame = s->stack.back();
    s->stack.pop_back();
    size_t last = std::min<size_t>(n - 1, size_t{frame.token} + 1 + gap);
    for (size_t j = frame.token + 1; j <= last; ++j) {
      if (tokens.tokens[j].sentence != sentence) break;
      Span span = s->spans[s->token_span[j]];
      for (uint32_t k = span.begin; k < span.begin + span.count; ++k) {
        uint32_t child = edges_.Find(EdgeKey(frame.node, s->ids[k]));
        if (child == EdgeMap::kNone) continue;
        for (const uint32_t* t = node_terms_.begin(child); t != node_terms_.end(child); ++t) {
          s->local.push_back(Hit{*t, first, static_cast<uint32_t>(j)});
        }
        Frame next{child, static_cast<uint32_t>(j)};
        if (!has_children_[child]) continue;
        auto seen = [&](const Frame& f) { return f.node == next.node && f.token == next.token; };
        if (std::any_of(s->visited.begin(), s->visited.end(), seen)) continue;
        s->visited.push_back(next);
        s->stack.push_back(next);
      }
    }
  }
}

void CompiledMatcher::Scan(const TokenStream& tokens, MatchScratch* scratch,
                           std::vector<Hit>* hits) const {
  MatchScratch::Impl* s = scratch->impl();
  Prepare(s);
  Classify(tokens, s);
  for (uint32_t i = 0; i < tokens.tokens.size(); ++i) {
    Span span = s->spans[s->token_span[i]];
    if (span.count == 0) continue;
    s->local.clear();
    s->visited.clear();
    for (uint32_t k = span.begin; k < span.begin + span.count; ++k) {
      uint32_t word = s->ids[k];
      for (const uint32_t* t = single_terms_.begin(word); t != single_terms_.end(word); ++t) {
        s->local.push_back(Hit{*t, i, i});
      }
      for (const auto& [gap, root] : roots_) FollowPhrases(tokens, i, word, root, gap, s);
    }
    if (s->local.size() > 1) {
      auto order = [](const Hit& a, const Hit& b) {
        return a.last_token != b.last_token ? a.last_token < b.last_token : a.term < b.term;
      };
      auto same = [](const Hit& a, const Hit& b) {
        return a.last_token == b.last_token && a.term == b.term;
      };
      std::sort(s->local.begin(), s->local.end(), order);
      s->local.erase(std::unique(s->local.begin(), s->local.end(), same), s->local.end());
    }
    hits->insert(hits->end(), s->local.begin(), s->local.end());
  }
}

}  // namespace

MatchScratch::MatchScratch() : impl_(std::make_unique<Impl>()) {}
MatchScratch::~MatchScratch() = default;

Status Matcher::Compile(const std::vector<Term>& terms, std::unique_ptr<Matcher>* out) {
  auto matcher = std::make_unique<CompiledMatcher>();
  for (const Term& term : terms) {
    if (Status status = matcher->Add(term); !status.ok()) return status;
  }
  matcher->Freeze();
  *out = std::move(matcher);
  return Status::Ok();
}

}  // namespace concord
