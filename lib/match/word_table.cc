#include "word_table.h"

namespace concord::detail {
namespace {

uint64_t EdgeKey(uint32_t node, uint32_t label) {
  return static_cast<uint64_t>(node) << 32 | label;
}

}  // namespace

WordTable::WordTable() : prefix_word_(1, EdgeMap::kNone) {}  // node 0 is the trie's root

uint32_t WordTable::Add(const TermWord& word) {
  if (!word.prefix) {
    uint32_t id = exact_.Insert(word.norm, HashBytes(word.norm), word_count_);
    if (id == word_count_) ++word_count_;
    return id;
  }
  uint32_t node = 0;
  for (unsigned char byte : word.norm) {
    uint32_t next = static_cast<uint32_t>(prefix_word_.size());
    uint32_t child = prefix_edges_.Insert(EdgeKey(node, byte), next);
    if (child == next) prefix_word_.push_back(EdgeMap::kNone);
    node = child;
  }
  if (prefix_word_[node] == EdgeMap::kNone) prefix_word_[node] = word_count_++;
  return prefix_word_[node];
}

void WordTable::Classify(std::string_view token, std::vector<uint32_t>* ids) const {
  uint32_t exact = exact_.Find(token, HashBytes(token));
  if (exact != StringMap::kNone) ids->push_back(exact);
  if (prefix_edges_.size() == 0) return;
  uint32_t node = 0;
  for (unsigned char byte : token) {
    node = prefix_edges_.Find(EdgeKey(node, byte));
    if (node == EdgeMap::kNone) return;
    if (prefix_word_[node] != EdgeMap::kNone) ids->push_back(prefix_word_[node]);
  }
}

}  // namespace concord::detail
