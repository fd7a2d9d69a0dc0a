// Hashing and the open-addressing maps the matcher is built from.
//
// The matcher's tables are read once per token of every scanned text, so they
// are flat arrays probed linearly rather than node-based std::unordered_map:
// one cache line per lookup in the common case, no allocation when reused.
//
// Thread-safety: const methods may be called concurrently.

#ifndef CONCORD_MATCH_HASH_H_
#define CONCORD_MATCH_HASH_H_

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace concord::detail {

/// A fast 64-bit hash of a short byte string (tokens are a few bytes long).
inline uint64_t HashBytes(std::string_view bytes) {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  uint64_t h = 0xCBF29CE484222325ull ^ (bytes.size() * kMul);
  const char* p = bytes.data();
  size_t n = bytes.size();
  while (n >= 8) {
    uint64_t chunk;
    std::memcpy(&chunk, p, 8);
    h = (h ^ chunk) * kMul;
    h ^= h >> 29;
    p += 8;
    n -= 8;
  }
  // The last 0-7 bytes, read without a variable-length copy: two overlapping
  // 4-byte loads, or the first, middle and last byte.
  uint64_t tail = 0;
  if (n >= 4) {
    uint32_t low, high;
    std::memcpy(&low, p, 4);
    std::memcpy(&high, p + n - 4, 4);
    tail = static_cast<uint64_t>(high) << 32 | low;
  } else if (n > 0) {
    tail = static_cast<uint64_t>(static_cast<unsigned char>(p[0])) << 16 |
           static_cast<uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8 |
           static_cast<unsigned char>(p[n - 1]);
  }
  h = (h ^ tail) * kMul;
  h ^= h >> 32;
  return h * kMul ^ (h >> 29);
}

/// A map from a 64-bit key (never ~0) to a 32-bit value, e.g. trie edges
/// keyed by (node << 32 | label).
class EdgeMap {
 public:
  static constexpr uint32_t kNone = ~0u;

  /// The value of `key`, or kNone.
  uint32_t Find(uint64_t key) const {
    if (slots_.empty()) return kNone;
    size_t mask = slots_.size() - 1;
    for (size_t i = Mix(key) & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.key == key) return slot.value;
      if (slot.key == kEmpty) return kNone;
    }
  }

  /// Inserts `key` -> `value` unless `key` is present; returns the stored value.
  uint32_t Insert(uint64_t key, uint32_t value) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    size_t mask = slots_.size() - 1;
    for (size_t i = Mix(key) & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.key == key) return slot.value;
      if (slot.key == kEmpty) {
        slot = Slot{key, value};
        ++size_;
        return value;
      }
    }
  }

  size_t size() const { return size_; }

 private:
  static constexpr uint64_t kEmpty = ~0ull;
  struct Slot {
    uint64_t key = kEmpty;
    uint32_t value = 0;
  };

  static size_t Mix(uint64_t key) {
    key *= 0x9E3779B97F4A7C15ull;
    return static_cast<size_t>(key ^ (key >> 31));
  }

  void Grow() {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, Slot{});
    size_ = 0;
    for (const Slot& slot : old) {
      if (slot.key != kEmpty) Insert(slot.key, slot.value);
    }
  }

  std::vector<Slot> slots_;
  size_t size_ = 0;
};

/// A map from byte strings to 32-bit values. Keys of up to kInlineBytes
/// bytes are stored in their slot, so finding one touches a single cache
/// line; longer keys go to a pool.
class StringMap {
 public:
  static constexpr uint32_t kNone = ~0u;
  static constexpr size_t kInlineBytes = 20;

  /// The value of `key`, or kNone. REQUIRES: hash == HashBytes(key).
  uint32_t Find(std::string_view key, uint64_t hash) const {
    if (slots_.empty()) return kNone;
    const uint32_t tag = Tag(hash);
    size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.size == kEmptySize) return kNone;
      if (slot.tag == tag && Equals(slot, key)) return slot.value;
    }
  }

  /// Inserts `key` -> `value` unless present; returns the stored value.
  /// REQUIRES: hash == HashBytes(key).
  uint32_t Insert(std::string_view key, uint64_t hash, uint32_t value) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    const uint32_t tag = Tag(hash);
    size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.size == kEmptySize) {
        slot.tag = tag;
        slot.value = value;
        slot.size = static_cast<uint32_t>(key.size());
        if (key.size() <= kInlineBytes) {
          std::memcpy(slot.key, key.data(), key.size());
        } else {
          uint32_t offset = static_cast<uint32_t>(pool_.size());
          std::memcpy(slot.key, &offset, sizeof offset);
          pool_.append(key);
        }
        ++size_;
        return value;
      }
      if (slot.tag == tag && Equals(slot, key)) return slot.value;
    }
  }

  /// Removes every key, keeping the memory.
  void Clear() {
    if (size_ == 0) return;
    std::fill(slots_.begin(), slots_.end(), Slot{});
    pool_.clear();
    size_ = 0;
  }

  size_t size() const { return size_; }
  /// Bytes held by the keys stored outside their slot.
  size_t pool_bytes() const { return pool_.size(); }

 private:
  static constexpr uint32_t kEmptySize = ~0u;
  struct alignas(32) Slot {
    uint32_t tag = 0;  // the hash's upper half, compared before the key
    uint32_t value = 0;
    uint32_t size = kEmptySize;
    char key[kInlineBytes] = {};  // the key, or the uint32 pool offset of a long key
  };

  static uint32_t Tag(uint64_t hash) { return static_cast<uint32_t>(hash >> 32); }

  // The key a full slot holds.
  std::string_view KeyOf(const Slot& slot) const {
    if (slot.size <= kInlineBytes) return std::string_view(slot.key, slot.size);
    uint32_t offset;
    std::memcpy(&offset, slot.key, sizeof offset);
    return std::string_view(pool_.data() + offset, slot.size);
  }

  bool Equals(const Slot& slot, std::string_view key) const {
    return slot.size == key.size() && std::memcmp(KeyOf(slot).data(), key.data(), key.size()) == 0;
  }

  void Grow() {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
      if (slot.size == kEmptySize) continue;
      size_t i = HashBytes(KeyOf(slot)) & mask;
      while (slots_[i].size != kEmptySize) i = (i + 1) & mask;
      slots_[i] = slot;
    }
  }

  std::vector<Slot> slots_;
  std::string pool_;
  size_t size_ = 0;
  static_assert(sizeof(Slot) == 32, "a slot is half a cache line");
};

}  // namespace concord::detail

#endif  // CONCORD_MATCH_HASH_H_
