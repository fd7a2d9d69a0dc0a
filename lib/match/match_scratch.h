// MatchScratch::Impl: a scan's working memory, kept between scans.
//
// The token cache maps each distinct normalized token to the pattern words it
// satisfies (a span of `ids`), so a token is classified once: once per scan
// at worst, and once per run while the same scratch serves the same matcher
// and the cache stays under its bound (then it is emptied and rebuilt).
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
  /// A run of `ids`: the pattern words one token satisfies.
  struct Span {
    uint32_t begin = 0;
    uint32_t count = 0;
  };
  /// A phrase-trie node reached at a token, still to be extended.
  struct Frame {
    uint32_t node = 0;
    uint32_t token = 0;
  };

  uint64_t matcher_serial = 0;       ///< the matcher the cache describes (0: none)
  detail::StringMap cache;           ///< normalized token -> index into spans
  std::vector<Span> spans;           ///< spans[0] is the empty span
  std::vector<uint32_t> ids;         ///< pattern-word ids, by span
  std::vector<uint32_t> token_span;  ///< per token of the stream: index into spans
  std::vector<uint32_t> classified;  ///< WordTable::Classify output buffer
  std::vector<Frame> stack;          ///< phrase frames to extend
  std::vector<Frame> visited;        ///< frames pushed for the current start token
  std::vector<Hit> local;            ///< hits starting at the current token

  /// Empties the cache, keeping its memory.
  void ClearCache() {
    cache.Clear();
    spans.assign(1, Span{});
    ids.clear();
  }
};

}  // namespace concord

#endif  // CONCORD_MATCH_MATCH_SCRATCH_H_
