#include "byte_trie.h"

#include <string>
#include <utility>
#include <vector>

#include <doctest/doctest.h>

namespace concord::text {
namespace {

std::vector<std::pair<size_t, int32_t>> Prefixes(const ByteTrie& t, std::string_view s) {
  std::vector<std::pair<size_t, int32_t>> out;
  t.ForEachPrefix(s, [&](size_t len, int32_t v) {
    out.emplace_back(len, v);
    return true;
  });
  return out;
}

TEST_CASE("ByteTrie finds every key that prefixes a string") {
  ByteTrie t;
  CHECK(t.empty());
  t.Insert("два", 2);
  t.Insert("двадцати", 20);
  t.Insert("b", 7);
  t.Insert("abc", 3);
  t.Insert("ab", 1);
  t.Insert("ab", 4);  // replaces
  CHECK_FALSE(t.empty());
  using V = std::vector<std::pair<size_t, int32_t>>;
  CHECK(Prefixes(t, "abcd") == V{{2, 4}, {3, 3}});
  CHECK(Prefixes(t, "ab") == V{{2, 4}});
  CHECK(Prefixes(t, "a") == V{});
  CHECK(Prefixes(t, "") == V{});
  CHECK(Prefixes(t, "b") == V{{1, 7}});
  CHECK(Prefixes(t, "двадцатилетний") == V{{6, 2}, {16, 20}});
  CHECK(t.MayStartWith("abx"));
  CHECK(t.MayStartWith("a"));
  CHECK(t.MayStartWith("bz"));  // "b" is a key
  CHECK_FALSE(t.MayStartWith("ax"));
  CHECK_FALSE(t.MayStartWith("x"));
  CHECK_FALSE(t.MayStartWith(""));
  CHECK(t.MayStartWith("двадцать"));
  CHECK_FALSE(t.MayStartWith("пять"));  // shares only the first byte
  // Stops when fn returns false.
  int calls = 0;
  t.ForEachPrefix("abcd", [&](size_t, int32_t) { return ++calls < 1; });
  CHECK(calls == 1);
}

}  // namespace
}  // namespace concord::text
