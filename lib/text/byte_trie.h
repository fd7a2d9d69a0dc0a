// A byte trie of keys with int32 payloads, for prefix lookups.
//
// Finds every key that is a prefix of a string in one walk along it, so a
// token is checked against any number of word stems in time proportional to
// the shared prefix (usually one or two bytes for ordinary words).
//
// Thread-safety: const methods are thread-safe.

#ifndef CONCORD_TEXT_BYTE_TRIE_H_
#define CONCORD_TEXT_BYTE_TRIE_H_

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace concord::text {

class ByteTrie {
 public:
  ByteTrie() { nodes_.emplace_back(); }

  /// Sets the payload (>= 0) of `key`, replacing an earlier one.
  void Insert(std::string_view key, int32_t payload) {
    uint32_t node = 0;
    for (unsigned char b : key) node = FindOrAdd(node, b);
    nodes_[node].payload = payload;
  }

  /// Calls fn(length, payload) for each key that is a prefix of `s` (the
  /// empty key excepted), shortest first; stops early if fn returns false.
  template <typename Fn>
  void ForEachPrefix(std::string_view s, Fn&& fn) const {
    uint32_t node = 0;
    for (size_t i = 0; i < s.size(); ++i) {
      node = Find(node, static_cast<unsigned char>(s[i]));
      if (node == 0) return;
      if (nodes_[node].payload >= 0 && !fn(i + 1, nodes_[node].payload)) return;
    }
  }

  bool empty() const { return nodes_.size() == 1; }

  /// False if no key starts with the first two bytes of `s` (an early exit
  /// that needs no walk; Cyrillic letters share their first byte).
  bool MayStartWith(std::string_view s) const {
    if (s.empty()) return false;
    const uint32_t node = root_[static_cast<unsigned char>(s[0])];
    return node != 0 && (s.size() == 1 || nodes_[node].payload >= 0 ||
                         Find(node, static_cast<unsigned char>(s[1])) != 0);
  }

 private:
  struct Node {
    std::vector<std::pair<unsigned char, uint32_t>> children;  // sorted by byte
    int32_t payload = -1;
  };

  static bool ByteLess(const std::pair<unsigned char, uint32_t>& e, unsigned char b) {
    return e.first < b;
  }

  // The child of `node` on byte `b`, or 0 (the root is never a child).
  uint32_t Find(uint32_t node, unsigned char b) const {
    if (node == 0) return root_[b];
    const auto& children = nodes_[node].children;
    auto it = std::lower_bound(children.begin(), children.end(), b, ByteLess);
    return it != children.end() && it->first == b ? it->second : 0;
  }

  uint32_t FindOrAdd(uint32_t node, unsigned char b) {
    if (uint32_t child = Find(node, b)) return child;
    const uint32_t child = static_cast<uint32_t>(nodes_.size());
    if (node == 0) {
      root_[b] = child;
    } else {
      auto& children = nodes_[node].children;
      children.insert(std::lower_bound(children.begin(), children.end(), b, ByteLess), {b, child});
    }
    nodes_.emplace_back();
    return child;
  }

  std::vector<Node> nodes_;
  std::array<uint32_t, 256> root_{};  // the root's children, by byte
};

}  // namespace concord::text

#endif  // CONCORD_TEXT_BYTE_TRIE_H_
