#include "phrase_trie.h"

#include <algorithm>
#include <utility>

namespace concord::detail {
namespace {

uint64_t EdgeKey(uint32_t node, uint32_t word) { return static_cast<uint64_t>(node) << 32 | word; }

// Offsets of each key's run in a list sorted by key: begin[k]..begin[k + 1].
template <typename T, typename KeyOf>
std::vector<uint32_t> RunOffsets(const std::vector<T>& sorted, size_t keys, KeyOf key_of) {
  std::vector<uint32_t> begin(keys + 1, 0);
  for (const T& item : sorted) ++begin[key_of(item) + 1];
  for (size_t k = 0; k < keys; ++k) begin[k + 1] += begin[k];
  return begin;
}

}  // namespace

uint32_t PhraseTrie::Root(uint32_t gap) {
  for (const auto& [root_gap, node] : roots_) {
    if (root_gap == gap) return node;
  }
  roots_.emplace_back(gap, node_count_);
  return node_count_++;
}

void PhraseTrie::Add(const std::vector<uint32_t>& words, uint32_t gap, uint32_t term_id) {
  uint32_t node = Root(gap);
  for (uint32_t word : words) {
    uint32_t child = edge_map_.Insert(EdgeKey(node, word), node_count_);
    if (child == node_count_) {
      edges_.push_back(Edge{node, word, child});
      ++node_count_;
    }
    node = child;
  }
  ends_.emplace_back(node, term_id);
}

void PhraseTrie::Freeze(uint32_t word_count) {
  auto is_root = [this](uint32_t node) {
    return std::any_of(roots_.begin(), roots_.end(),
                       [node](const auto& r) { return r.second == node; });
  };
  auto gap_of = [this](uint32_t root) {
    for (const auto& [gap, node] : roots_) {
      if (node == root) return gap;
    }
    return 0u;
  };
  std::vector<Edge> first, inner;
  for (const Edge& edge : edges_) (is_root(edge.parent) ? first : inner).push_back(edge);

  auto by_word = [](const Edge& a, const Edge& b) { return a.word < b.word; };
  std::stable_sort(first.begin(), first.end(), by_word);
  start_begin_ = RunOffsets(first, word_count, [](const Edge& e) { return e.word; });
  for (const Edge& edge : first) starts_.push_back(Start{edge.child, gap_of(edge.parent)});

  std::sort(inner.begin(), inner.end(), [](const Edge& a, const Edge& b) {
    return a.parent != b.parent ? a.parent < b.parent : a.word < b.word;
  });
  child_begin_ = RunOffsets(inner, node_count_, [](const Edge& e) { return e.parent; });
  child_mask_.assign(node_count_, 0);
  for (const Edge& edge : inner) {
    children_.push_back(Child_{edge.word, edge.child});
    child_mask_[edge.parent] |= uint64_t{1} << (edge.word & 63);
  }

  std::stable_sort(ends_.begin(), ends_.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  term_begin_ = RunOffsets(ends_, node_count_, [](const auto& e) { return e.first; });
  for (const auto& end : ends_) terms_.push_back(end.second);

  edge_map_ = EdgeMap();
  std::vector<Edge>().swap(edges_);
  std::vector<std::pair<uint32_t, uint32_t>>().swap(ends_);
}

uint32_t PhraseTrie::FindChild(uint32_t node, uint32_t word) const {
  const Child_* begin = children_.data() + child_begin_[node];
  const Child_* end = children_.data() + child_begin_[node + 1];
  if (end - begin > 8) {
    begin =
        std::lower_bound(begin, end, word, [](const Child_& c, uint32_t w) { return c.word < w; });
  }
  for (; begin != end && begin->word <= word; ++begin) {
    if (begin->word == word) return begin->node;
  }
  return kNone;
}

}  // namespace concord::detail
