// MatchScratch::Impl: a scan's working memory, kept between scans.
//
// The token cache maps each distinct normalized token to its class: the
// pattern words it satisfies, the one-word terms it is (sorted, unique) and
// the phrase-trie nodes its words start. A token is classified once: once per
// scan at worst, and once per run while the same scratch serves the same
// matcher and the cache stays under its bound (then it is emptied and
// rebuilt). Scanning a token is then one hash lookup plus work per hit.
//
// Thread-safety: none; one scratch per thread.

#ifndef CONCORD_MATCH_MATCH_SCRATCH_H_
#define CONCORD_MATCH_MATCH_SCRATCH_H_

#include "hash.h"

#include "concord/matcher.h"

#include <cstdint>
#include <vector>

namespace concord {

struct MatchScratch::Impl {
  /// What a distinct token is: runs of `data` starting at `begin`: `words`
  /// pattern-word ids, then `singles` term ids, then `starts` (node, gap) pairs.
  /// `mask` has bit (id % 64) of each of its word ids: a phrase node whose
  /// child mask (PhraseTrie::Child) shares no bit cannot continue with it.
  struct TokenClass {
    uint64_t mask = 0;
    uint32_t begin = 0;
    uint32_t words = 0;
    uint32_t singles = 0;
    uint32_t starts = 0;
  };
  /// A phrase-trie node reached at a token, still to be extended.
  struct Frame {
    uint32_t node = 0;
    uint32_t token = 0;
  };

  uint64_t matcher_serial = 0;      ///< the matcher the cache describes (0: none)
  detail::StringMap cache;          ///< normalized token -> index into classes
  std::vector<TokenClass> classes;  ///< classes[0] is the class of no pattern
  std::vector<uint32_t> data;       ///< the classes' runs
  /// Per token of the chunk being scanned (a few thousand tokens ending at a
  /// sentence end): a copy of its class, so that the scan reads classes in
  /// token order rather than jumping through the cache.
  std::vector<TokenClass> token_class;
  std::vector<uint32_t> classified;  ///< WordTable::Classify output buffer
  std::vector<Frame> stack;          ///< phrase frames to extend
  std::vector<Frame> visited;        ///< frames pushed for the current start token
  std::vector<Hit> local;            ///< phrase hits starting at the current token

  /// Empties the cache, keeping its memory.
  void ClearCache() {
    cache.Clear();
    classes.assign(1, TokenClass{});
    data.clear();
  }
};

}  // namespace concord

#endif  // CONCORD_MATCH_MATCH_SCRATCH_H_
