// WordTable: the distinct words of every compiled term, and which of them a
// document token satisfies.
//
// A pattern word is exact ("пыток") or a prefix ("пытк*"). Exact words sit in
// a hash table; prefixes in a byte trie, so a token satisfies every prefix
// pattern met while walking the trie along its bytes. Classifying a token
// therefore costs one hash lookup and a walk no longer than the token,
// whatever the number of terms.
//
// Thread-safety: const methods may be called concurrently.

#ifndef CONCORD_MATCH_WORD_TABLE_H_
#define CONCORD_MATCH_WORD_TABLE_H_

#include "hash.h"

#include "concord/matcher.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace concord::detail {

/// See the file comment.
class WordTable {
 public:
  WordTable();

  /// The id of the pattern word, adding it if it is new. Ids are dense, from 0.
  /// REQUIRES: word.norm is not empty.
  uint32_t Add(const TermWord& word);

  /// Number of distinct pattern words.
  uint32_t size() const { return word_count_; }

  /// Appends to *ids the id of every pattern word `token` satisfies (its
  /// exact word, then the prefixes it starts with, shortest first).
  void Classify(std::string_view token, std::vector<uint32_t>* ids) const;

 private:
  StringMap exact_;
  EdgeMap prefix_edges_;               // (node << 32 | byte) -> child node
  std::vector<uint32_t> prefix_word_;  // node -> id of the prefix ending there, or kNone
  uint32_t word_count_ = 0;
};

}  // namespace concord::detail

#endif  // CONCORD_MATCH_WORD_TABLE_H_
