// The compiled matcher: a WordTable classifies tokens into pattern words;
// single-word terms are emitted directly from the word id; multi-word terms
// are followed through a PhraseTrie keyed by word ids, looking ahead at most
// gap + 1 tokens within the sentence.

#include "concord/matcher.h"

#include "match_scratch.h"
#include "phrase_trie.h"
#include "word_table.h"

#include <algorithm>
#include <atomic>
#include <string>
#include <utility>

namespace concord {
namespace {

using TokenClass = MatchScratch::Impl::TokenClass;
using Frame = MatchScratch::Impl::Frame;

// Bounds of the token cache a scratch keeps between scans.
constexpr size_t kMaxCachedTokens = size_t{1} << 17;
constexpr size_t kMaxCachedBytes = size_t{4} << 20;
// Tokens classified at a time (extended to the end of a sentence, since
// phrases never cross one): the per-token class copies stay in cache and
// their memory does not grow with the document.
constexpr uint32_t kChunkTokens = 4096;

std::atomic<uint64_t> next_serial{1};

// Lists of term ids per word id, built as vectors of vectors and frozen into
// one array.
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

// One past the last token of the sentence of tokens[i].
uint32_t SentenceEnd(const TokenStream& tokens, uint32_t i) {
  const uint32_t sentence = tokens.tokens[i].sentence;
  uint32_t end = i + 1;
  while (end < tokens.tokens.size() && tokens.tokens[end].sentence == sentence) ++end;
  return end;
}

class CompiledMatcher final : public Matcher {
 public:
  Status Add(const Term& term);
  void Freeze();

  void Scan(const TokenStream& tokens, MatchScratch* scratch,
            std::vector<Hit>* hits) const override;
  size_t term_count() const override { return term_count_; }

 private:
  // Empties the scratch's cache if it describes another matcher or is too big.
  void Prepare(MatchScratch::Impl* s) const;
  // Sets s->token_class[i - begin] for the tokens [begin, end), classifying
  // the tokens not cached.
  void Classify(const TokenStream& tokens, uint32_t begin, uint32_t end,
                MatchScratch::Impl* s) const;
  // Classifies `token` into a new class of the scratch; its index (0: no pattern).
  uint32_t AddClass(std::string_view token, MatchScratch::Impl* s) const;
  // Every phrase whose first word, at token `first`, reached phrase node `node`;
  // no phrase reaches `sentence_end` (the first token of the next sentence).
  void FollowPhrases(uint32_t first, uint32_t node, uint32_t gap, uint32_t sentence_end,
                     uint32_t base, MatchScratch::Impl* s) const;
  // Extends `frame` by one word within tokens (frame.token, end), adding the
  // hits of phrases that start at `first` and the frames that go on.
  // s->token_class holds the classes of the chunk starting at token `base`.
  void Extend(Frame frame, uint32_t first, uint32_t end, uint32_t base,
              MatchScratch::Impl* s) const;

  detail::WordTable words_;
  detail::PhraseTrie phrases_;
  IdLists single_terms_;  // word id -> ids of the one-word terms
  size_t term_count_ = 0;
  uint64_t serial_ = next_serial.fetch_add(1);
};

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
  std::vector<uint32_t> ids;
  for (const TermWord& word : words) ids.push_back(words_.Add(word));
  phrases_.Add(ids, term.gap, term.id);
  return Status::Ok();
}

void CompiledMatcher::Freeze() {
  single_terms_.Freeze(words_.size());
  phrases_.Freeze(words_.size());
}

void CompiledMatcher::Prepare(MatchScratch::Impl* s) const {
  if (s->matcher_serial != serial_ || s->classes.empty() || s->cache.size() > kMaxCachedTokens ||
      s->cache.pool_bytes() > kMaxCachedBytes) {
    s->ClearCache();
    s->matcher_serial = serial_;
  }
}

uint32_t CompiledMatcher::AddClass(std::string_view token, MatchScratch::Impl* s) const {
  s->classified.clear();
  words_.Classify(token, &s->classified);
  if (s->classified.empty()) return 0;
  TokenClass token_class;
  token_class.begin = static_cast<uint32_t>(s->data.size());
  token_class.words = static_cast<uint32_t>(s->classified.size());
  for (uint32_t word : s->classified) token_class.mask |= uint64_t{1} << (word & 63);
  s->data.insert(s->data.end(), s->classified.begin(), s->classified.end());
  for (uint32_t word : s->classified) {
    s->data.insert(s->data.end(), single_terms_.begin(word), single_terms_.end(word));
  }
  auto singles = s->data.begin() + token_class.begin + token_class.words;
  std::sort(singles, s->data.end());
  s->data.erase(std::unique(singles, s->data.end()), s->data.end());
  token_class.singles = static_cast<uint32_t>(s->data.end() - singles);
  for (uint32_t word : s->classified) {
    for (detail::PhraseTrie::Start start : phrases_.starts(word)) {
      s->data.push_back(start.node);
      s->data.push_back(start.gap);
      ++token_class.starts;
    }
  }
  s->classes.push_back(token_class);
  return static_cast<uint32_t>(s->classes.size() - 1);
}

void CompiledMatcher::Classify(const TokenStream& tokens, uint32_t begin, uint32_t end,
                               MatchScratch::Impl* s) const {
  s->token_class.resize(end - begin);
  for (uint32_t i = begin; i < end; ++i) {
    std::string_view norm = tokens.norm(i);
    uint64_t hash = detail::HashBytes(norm);
    uint32_t index = s->cache.Find(norm, hash);
    if (index == detail::StringMap::kNone) index = s->cache.Insert(norm, hash, AddClass(norm, s));
    s->token_class[i - begin] = s->classes[index];
  }
}

void CompiledMatcher::Extend(Frame frame, uint32_t first, uint32_t end, uint32_t base,
                             MatchScratch::Impl* s) const {
  const uint64_t child_mask = phrases_.child_mask(frame.node);
  for (uint32_t j = frame.token + 1; j < end; ++j) {
    const TokenClass& next_class = s->token_class[j - base];
    if ((next_class.mask & child_mask) == 0) continue;
    const uint32_t* words = s->data.data() + next_class.begin;
    for (uint32_t k = 0; k < next_class.words; ++k) {
      uint32_t child = phrases_.Child(frame.node, words[k]);
      if (child == detail::PhraseTrie::kNone) continue;
      for (uint32_t term : phrases_.terms(child)) s->local.push_back(Hit{term, first, j});
      if (!phrases_.has_children(child)) continue;
      Frame next{child, j};
      auto seen = [&](const Frame& f) { return f.node == next.node && f.token == next.token; };
      if (std::any_of(s->visited.begin(), s->visited.end(), seen)) continue;
      s->visited.push_back(next);
      s->stack.push_back(next);
    }
  }
}

void CompiledMatcher::FollowPhrases(uint32_t first, uint32_t node, uint32_t gap,
                                    uint32_t sentence_end, uint32_t base,
                                    MatchScratch::Impl* s) const {
  auto window_end = [&](uint32_t token) { return std::min(sentence_end, token + 2 + gap); };
  Extend(Frame{node, first}, first, window_end(first), base, s);
  while (!s->stack.empty()) {
    Frame frame = s->stack.back();
    s->stack.pop_back();
    Extend(frame, first, window_end(frame.token), base, s);
  }
}

void CompiledMatcher::Scan(const TokenStream& tokens, MatchScratch* scratch,
                           std::vector<Hit>* hits) const {
  MatchScratch::Impl* s = scratch->impl();
  Prepare(s);
  const uint32_t n = static_cast<uint32_t>(tokens.tokens.size());
  uint32_t sentence_end = 0;  // one past the last token of token i's sentence
  uint32_t base = 0;          // the chunk [base, chunk_end) whose classes are in s->token_class
  uint32_t chunk_end = 0;
  for (uint32_t i = 0; i < n; ++i) {
    if (i == chunk_end) {
      base = i;
      chunk_end = i + std::min(kChunkTokens, n - i);
      if (chunk_end < n) chunk_end = SentenceEnd(tokens, chunk_end - 1);
      Classify(tokens, base, chunk_end, s);
    }
    const TokenClass token_class = s->token_class[i - base];
    if (token_class.words == 0) continue;
    const uint32_t* singles = s->data.data() + token_class.begin + token_class.words;
    for (uint32_t k = 0; k < token_class.singles; ++k) hits->push_back(Hit{singles[k], i, i});
    if (token_class.starts == 0) continue;
    // Phrases: every hit ends after token i, so they follow the one-word hits.
    if (sentence_end <= i) sentence_end = SentenceEnd(tokens, i);
    s->local.clear();
    s->visited.clear();
    const uint32_t* starts = singles + token_class.singles;
    for (uint32_t k = 0; k < token_class.starts; ++k) {
      FollowPhrases(i, starts[2 * k], starts[2 * k + 1], sentence_end, base, s);
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
