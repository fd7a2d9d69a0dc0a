// RoleTable: element local name -> Role, for the vocabularies' fixed lists.
//
// A small open-addressing hash table (FNV-1a) built once per vocabulary;
// names not in the list are Role::kContainer. Private to lib/xml.
//
// Thread-safety: immutable after construction.

#ifndef CONCORD_XML_ROLE_TABLE_H_
#define CONCORD_XML_ROLE_TABLE_H_

#include "akn_elements.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace concord::xml {

/// One listed element.
struct RoleEntry {
  std::string_view name;
  Role role;
};

/// Looks up roles by local name.
class RoleTable {
 public:
  /// REQUIRES: fewer than 512 entries, each name once; `entries` outlives
  /// the table.
  explicit RoleTable(std::span<const RoleEntry> entries) {
    for (const RoleEntry& e : entries) {
      size_t h = Hash(e.name) & kMask;
      while (slots_[h]) h = (h + 1) & kMask;
      slots_[h] = &e;
    }
  }

  /// The role of `name`, or kContainer if it is not listed.
  Role Find(std::string_view name) const {
    size_t h = Hash(name) & kMask;
    while (const RoleEntry* e = slots_[h]) {
      if (e->name == name) return e->role;
      h = (h + 1) & kMask;
    }
    return Role::kContainer;
  }

 private:
  static constexpr size_t kMask = 1023;
  static size_t Hash(std::string_view s) {
    uint32_t h = 2166136261u;
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
  }
  std::array<const RoleEntry*, kMask + 1> slots_{};
};

}  // namespace concord::xml

#endif  // CONCORD_XML_ROLE_TABLE_H_
