#include "abbreviations.h"

#include <algorithm>
#include <iterator>

namespace concord::text {
namespace {

struct Entry {
  std::string_view word;
  AbbrevKind kind;
};

constexpr AbbrevKind A = AbbrevKind::kAlways;
constexpr AbbrevKind L = AbbrevKind::kBeforeLower;
constexpr AbbrevKind D = AbbrevKind::kBeforeDigit;

// Sorted by word (byte order) for binary search.
constexpr Entry kEntries[] = {
    {"al", A},      {"art", A},  {"arts", A}, {"cf", A},  {"ch", A},   {"dr", A},   {"e.g", L},
    {"etc", L},     {"fig", A},  {"i.e", L},  {"inc", A}, {"mr", A},   {"mrs", A},  {"ms", A},
    {"no", D},      {"nos", D},  {"num", A},  {"p", A},   {"pag", A},  {"para", A}, {"paras", A},
    {"pp", A},      {"prof", A}, {"sec", A},  {"sr", A},  {"sra", A},  {"ss", A},   {"st", A},
    {"subpara", A}, {"v", A},    {"vol", A},  {"vs", A},  {"абз", A},  {"г", A},    {"гг", A},
    {"гл", A},      {"др", L},   {"им", A},   {"млн", A}, {"млрд", A}, {"п", A},    {"подп", A},
    {"пп", A},      {"прим", A}, {"разд", A}, {"ред", A}, {"руб", A},  {"см", A},   {"ст", A},
    {"т.д", L},     {"т.е", L},  {"т.к", L},  {"т.н", A}, {"т.п", L},  {"тыс", A},  {"ч", A},
};

constexpr bool kSorted =
    std::is_sorted(std::begin(kEntries), std::end(kEntries),
                   [](const Entry& a, const Entry& b) { return a.word < b.word; });
static_assert(kSorted, "kEntries must be sorted for binary search");

}  // namespace

AbbrevKind LookupAbbreviation(std::string_view word) {
  if (word.size() > 8) return AbbrevKind::kNone;  // "subpara" is the longest
  auto it = std::lower_bound(std::begin(kEntries), std::end(kEntries), word,
                             [](const Entry& e, std::string_view w) { return e.word < w; });
  if (it != std::end(kEntries) && it->word == word) return it->kind;
  return AbbrevKind::kNone;
}

bool IsCompoundAbbreviation(std::string_view compound) {
  return compound.find('.') != std::string_view::npos &&
         LookupAbbreviation(compound) != AbbrevKind::kNone;
}

}  // namespace concord::text
