// PhraseTrie: the terms of two or more words, as a trie keyed by word ids.
//
// One root per distinct gap, so a path's gap is known from where it starts.
// While terms are added, edges live in a hash map; Freeze turns them into
// flat arrays: for each word id the nodes a phrase's first word reaches (so a
// scan never probes a root), and for each node its children sorted by word
// id (a node rarely has more than a few, so a lookup reads one cache line).
//
// Thread-safety: after Freeze, const methods may be called concurrently.

#ifndef CONCORD_MATCH_PHRASE_TRIE_H_
#define CONCORD_MATCH_PHRASE_TRIE_H_

#include "hash.h"

#include <cstdint>
#include <span>
#include <vector>

namespace concord::detail {

/// See the file comment.
class PhraseTrie {
 public:
  static constexpr uint32_t kNone = EdgeMap::kNone;

  /// Where a phrase starting with some word continues.
  struct Start {
    uint32_t node = 0;  ///< the node its first word reaches
    uint32_t gap = 0;   ///< the gap of every term below that node
  };

  /// Adds a term of two or more word ids whose consecutive words may stand up
  /// to `gap` other tokens apart. REQUIRES: not frozen; words.size() >= 2.
  void Add(const std::vector<uint32_t>& words, uint32_t gap, uint32_t term_id);

  /// Builds the lookup arrays; `word_count` bounds the word ids added.
  void Freeze(uint32_t word_count);

  /// The nodes reached by phrases whose first word is `word`.
  std::span<const Start> starts(uint32_t word) const {
    return {starts_.data() + start_begin_[word], starts_.data() + start_begin_[word + 1]};
  }

  /// The child of `node` along `word`, or kNone. Most calls find none, so a
  /// 64-bit mask of the node's child words (by word id mod 64) answers them
  /// before the children are read.
  uint32_t Child(uint32_t node, uint32_t word) const {
    if ((child_mask_[node] >> (word & 63) & 1) == 0) return kNone;
    return FindChild(node, word);
  }

  /// Bit (word % 64) of every word that continues a phrase from `node`.
  uint64_t child_mask(uint32_t node) const { return child_mask_[node]; }

  /// True if some term continues below `node`.
  bool has_children(uint32_t node) const { return child_begin_[node] != child_begin_[node + 1]; }

  /// The ids of the terms that end at `node`.
  std::span<const uint32_t> terms(uint32_t node) const {
    return {terms_.data() + term_begin_[node], terms_.data() + term_begin_[node + 1]};
  }

 private:
  struct Edge {
    uint32_t parent = 0;
    uint32_t word = 0;
    uint32_t child = 0;
  };
  struct Child_ {
    uint32_t word = 0;
    uint32_t node = 0;
  };

  uint32_t Root(uint32_t gap);
  uint32_t FindChild(uint32_t node, uint32_t word) const;

  // Building.
  EdgeMap edge_map_;                                  // (node << 32 | word) -> child
  std::vector<Edge> edges_;                           // every edge, in insertion order
  std::vector<std::pair<uint32_t, uint32_t>> roots_;  // (gap, root node)
  std::vector<std::pair<uint32_t, uint32_t>> ends_;   // (node, term id)
  uint32_t node_count_ = 0;

  // Frozen.
  std::vector<uint32_t> start_begin_;  // by word id, into starts_
  std::vector<Start> starts_;
  std::vector<uint64_t> child_mask_;   // by node: bit (word % 64) of each child word
  std::vector<uint32_t> child_begin_;  // by node, into children_
  std::vector<Child_> children_;       // sorted by word within a node
  std::vector<uint32_t> term_begin_;   // by node, into terms_
  std::vector<uint32_t> terms_;
};

}  // namespace concord::detail

#endif  // CONCORD_MATCH_PHRASE_TRIE_H_
