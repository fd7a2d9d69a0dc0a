// Checks shared by the corpus tests of the loaders.

#ifndef CONCORD_TESTS_CORPUS_LOADER_CORPUS_UTIL_H_
#define CONCORD_TESTS_CORPUS_LOADER_CORPUS_UTIL_H_

#include "concord/document.h"

#include <doctest/doctest.h>

namespace concord::test {

// The tree invariants of document.h.
inline void CheckTree(const Document& doc) {
  const int32_t n = static_cast<int32_t>(doc.provisions.size());
  for (int32_t i = 0; i < n; ++i) {
    const Provision& p = doc.provisions[static_cast<size_t>(i)];
    CAPTURE(p.id);
    CHECK(!p.id.empty());
    CHECK(!p.kind.empty());
    CHECK(p.line > 0);
    CHECK(p.column > 0);
    CHECK(p.end > i);
    CHECK(p.end <= n);
    if (p.parent >= 0) {
      const Provision& parent = doc.provisions[static_cast<size_t>(p.parent)];
      CHECK(p.parent < i);
      CHECK(p.end <= parent.end);
      CHECK(p.depth == parent.depth + 1);
    } else {
      CHECK(p.depth == 0);
    }
    uint32_t previous = 0;
    for (const TextSegment& s : p.text_segments) {
      CHECK(s.offset < p.text.size());
      CHECK(s.offset >= previous);
      previous = s.offset;
    }
    if (!p.text.empty()) CHECK(!p.text_segments.empty());
  }
}

}  // namespace concord::test

#endif  // CONCORD_TESTS_CORPUS_LOADER_CORPUS_UTIL_H_
